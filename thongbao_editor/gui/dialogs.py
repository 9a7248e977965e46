"""Small dialogs shared by the editor's windows."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a Yes/No question whose safe answer, No, is the default."""
    answer = QMessageBox.question(parent, title, text, Button.Yes | Button.No, Button.No)
    return answer == Button.Yes

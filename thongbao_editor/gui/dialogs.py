"""Small dialogs shared by the editor's windows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a Yes/No question whose safe answer, No, is the default."""
    answer = QMessageBox.question(parent, title, text, Button.Yes | Button.No, Button.No)
    return answer == Button.Yes


def replace_dialog(old: QDialog | None, new: QDialog, *, modal: bool = True) -> QDialog:
    """Show ``new`` in place of the previous dialog of its kind (``old`` is deleted)."""
    if old is not None:
        old.deleteLater()
    if modal:
        new.open()
    else:
        new.show()
    return new

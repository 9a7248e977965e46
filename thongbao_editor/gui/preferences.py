"""File > Preferences: where LibreOffice is, the user template library folder,
the interface language and the autosave interval.

Stored with QSettings (keys in gui/settings.py) and applied by
:func:`apply_preferences`, which the main window also calls when it starts.
An empty LibreOffice path or library folder means "the usual one": LibreOffice
is then searched for (render/soffice_paths.py) and the library is the
platform's per-user data folder (templates/library.py ``default_user_dir``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..render import soffice_paths
from ..templates.library import default_user_dir
from . import settings as cfg

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def apply_preferences(window) -> None:
    """Make the stored preferences take effect in ``window`` (the language is
    applied by the window itself when it changes)."""
    soffice_paths.set_preferred(cfg.soffice_path())
    if getattr(window, "autosaver", None) is not None:
        window.autosaver.timer.setInterval(cfg.autosave_seconds() * 1000)


def _with_button(field: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.soffice = QLineEdit(cfg.soffice_path())
        self.soffice.setObjectName("sofficePath")
        self.soffice_button = QPushButton()
        self.soffice_button.clicked.connect(self._choose_soffice)
        self.soffice_status = QLabel()
        self.soffice_status.setWordWrap(True)
        self.soffice.textChanged.connect(self._show_soffice_status)
        self.library = QLineEdit(cfg.user_library())
        self.library.setObjectName("libraryPath")
        self.library_button = QPushButton()
        self.library_button.clicked.connect(self._choose_library)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(cfg.language())))
        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(*cfg.AUTOSAVE_RANGE)
        self.autosave.setValue(cfg.autosave_seconds())
        self.error = QLabel()
        self.error.setObjectName("preferencesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self.labels[0], _with_button(self.soffice, self.soffice_button))
        form.addRow(None, self.soffice_status)
        form.addRow(self.labels[1], _with_button(self.library, self.library_button))
        form.addRow(self.labels[2], self.language)
        form.addRow(self.labels[3], self.autosave)
        for label, field in zip(self.labels, (self.soffice, self.library, self.language, self.autosave),
                                strict=True):
            label.setBuddy(field)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        texts = (self.tr("LibreOffice program"), self.tr("User template library"),
                 self.tr("Interface language"), self.tr("Autosave every"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.soffice_button.setText(self.tr("Choose…"))
        self.library_button.setText(self.tr("Choose…"))
        self.soffice.setPlaceholderText(self.tr("found automatically"))
        self.library.setPlaceholderText(str(default_user_dir()))
        self.autosave.setSuffix(self.tr(" s"))
        self._show_soffice_status()

    @Slot()
    def _show_soffice_status(self) -> None:
        path = self.soffice.text().strip()
        found = path if path and soffice_paths.runnable(path) else (None if path else _search_soffice())
        if found:
            self.soffice_status.setText(self.tr("Page view and PDF use: %s") % found)
        elif path:
            self.soffice_status.setText(self.tr("No program at this path."))
        else:
            self.soffice_status.setText(self.tr(
                "LibreOffice was not found. The page view and PDF export need it (free, from "
                "libreoffice.org); writing and exporting .docx work without it."))

    @Slot()
    def _choose_soffice(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("LibreOffice program"), self.soffice.text())
        if path:
            self.soffice.setText(path)

    @Slot()
    def _choose_library(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("User template library"),
                                                self.library.text() or str(default_user_dir()))
        if path:
            self.library.setText(path)

    def problem(self) -> str:
        """Why the values cannot be saved ("" when they can)."""
        soffice = self.soffice.text().strip()
        if soffice and not soffice_paths.runnable(soffice):
            return self.tr("The LibreOffice program %s does not exist or cannot be run.") % soffice
        library = self.library.text().strip()
        if library and os.path.exists(library) and not os.path.isdir(library):
            return self.tr("%s is a file, not a folder.") % library
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        store = cfg.settings()
        store.setValue(cfg.SOFFICE, self.soffice.text().strip())
        store.setValue(cfg.USER_LIBRARY, self.library.text().strip())
        store.setValue(cfg.AUTOSAVE_SECONDS, self.autosave.value())
        super().accept()

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def open_preferences(window) -> PreferencesDialog:
    """Show the dialog (window-modal, not blocking); OK applies the values."""
    dialog = PreferencesDialog(window)

    def accepted() -> None:
        apply_preferences(window)
        if dialog.chosen_language() != cfg.language():
            window.choose_language(dialog.chosen_language())

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _search_soffice() -> str | None:
    """What the search finds without a path set in Preferences."""
    preferred = soffice_paths.preferred()
    soffice_paths.set_preferred(None)
    try:
        return soffice_paths.find_soffice()
    finally:
        soffice_paths.set_preferred(preferred)

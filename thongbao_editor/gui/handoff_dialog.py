"""File → Export signing package…: the hand-off to the văn thư (``thongbao issue``).

The dialog asks for a folder (and a file name, by default the draft's), and
whether the signature block is laid out for a digital signature; the package
(final .docx, PDF/A-2b, metadata JSON: :mod:`thongbao_editor.handoff`) is
written in a worker thread through the editor's warm LibreOffice.  A notice
not ready to sign lists what is missing (activating a line goes to its field);
existing files are replaced only after a question.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from . import settings as cfg
from .export import ExportWorker, add_run_area, start_worker
from .preview import libreoffice_available


class HandoffWorker(ExportWorker):
    """Writes the package in a worker thread (errors reported as ExportWorker does)."""

    def __init__(self, notice, folder: str, stem: str, esign: bool):
        super().__init__(notice, folder, "handoff", True)
        self.stem, self.esign = stem, esign
        self.cancel = threading.Event()
        self.pages = 0

    def work(self) -> None:
        from ..handoff import write_package
        package = write_package(self.notice, self.path, stem=self.stem, force=True,
                                esign=self.esign, cancel=self.cancel)
        self.pages = package.pages


class HandoffDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export signing package"))
        self.setMinimumWidth(600)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "For the văn thư: the final .docx, a PDF/A-2b with every font embedded for the signing "
            "tool, and the registration data (.metadata.json). The number and the day may stay "
            "blank: the văn thư gives them at registration."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._on_browse_clicked)
        rl.addWidget(self.folder_edit, 1)
        rl.addWidget(self.browse)
        form.addRow(self.tr("Folder:"), row)
        self.name_edit = QLineEdit()
        form.addRow(self.tr("File name:"), self.name_edit)
        lay.addLayout(form)
        self.esign = QCheckBox(self.tr("Digital signature: leave room for the signature and seal images"))
        self.esign.setChecked(True)
        lay.addWidget(self.esign)
        add_run_area(self, lay)
        self._thread: QThread | None = None
        self._worker: HandoffWorker | None = None
        self._problem_list: list = []
        doc = window.document
        folder = doc.path.parent if doc.path else Path(str(cfg.settings().value(cfg.LAST_DIR, "") or Path.home()))
        self.folder_edit.setText(str(folder / "ho-so-trinh-ky"))
        self.name_edit.setText(doc.path.stem if doc.path else "thong-bao")
        if not libreoffice_available():
            self.export_button.setEnabled(False)
            self._say(self.tr("LibreOffice is not installed, so the PDF cannot be made. Install "
                              "LibreOffice (package libreoffice-writer) and try again."), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a51d2d;" if error else "")

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def is_running(self) -> bool:
        return self._thread is not None

    def targets(self) -> list[Path]:
        folder, stem = Path(self.folder_edit.text().strip()), self.name_edit.text().strip()
        return [folder / f"{stem}{ext}" for ext in (".docx", ".pdf", ".metadata.json")]

    @Slot()
    def start_export(self) -> None:
        folder, stem = self.folder_edit.text().strip(), self.name_edit.text().strip()
        if not folder or not stem or self.is_running():
            return
        self.problems.clear()
        self.problems.hide()
        existing = [p.name for p in self.targets() if p.exists()]
        if existing and QMessageBox.question(
                self, self.tr("Replace files?"),
                self.tr("%s already exist in this folder. Replace them?") % ", ".join(existing)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.export_button.setEnabled(False)
        self.progress.show()
        self._say(self.tr("Making the package…"))
        start_worker(self, HandoffWorker(copy.deepcopy(self.window_.document.notice), folder, stem,
                                         self.esign.isChecked()))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._worker.cancel.set()
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    @Slot(str)
    def _on_worker_finished(self, error: str) -> None:
        pages = self._worker.pages if self._worker else 0
        self._stop_thread()
        if error:
            self._say(self.tr("The package could not be made: %s\nThe notice is still open and "
                              "unchanged.") % error, error=True)
            return
        folder = self.folder_edit.text().strip()
        self._say(self.tr("Written to %1: .docx, PDF/A-2b (%2 pages), .metadata.json.")
                  .replace("%1", folder).replace("%2", str(pages)))
        cfg.settings().setValue(cfg.LAST_DIR, folder)

    @Slot(list)
    def _on_worker_refused(self, problems: list) -> None:
        self._stop_thread()
        self._say(self.tr("The notice is not ready to sign yet. Activate a problem to go to its field:"),
                  error=True)
        self._problem_list = problems
        for p in problems:
            self.problems.addItem(QListWidgetItem(p.message()))
        self.problems.show()
        self.problems.setCurrentRow(0)
        self.problems.setFocus()

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        """Go to the field: a checker finding by its part and path, a missing
        field (model.validate) by its path."""
        from ..checks.finding import Finding
        from .findings_nav import focus_finding
        problem = self._problem_list[self.problems.row(item)]
        self.reject()  # modal: close it so that the user can type in the field
        if isinstance(problem, Finding):
            focus_finding(self.window_, problem)
        else:
            self.window_.focus_problem(str(problem.path))

    def done(self, result: int) -> None:
        self._stop_thread()
        super().done(result)


class HandoffAction(QObject):
    """File → Export signing package… (after Export…)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: HandoffDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("exportSigningPackage")
        self.action.triggered.connect(self.show_dialog)
        actions = window.file_menu.actions()
        after = actions.index(window.export_action) + 1
        window.file_menu.insertAction(actions[after] if after < len(actions) else None, self.action)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export signing &package…"))

    @Slot()
    def show_dialog(self) -> None:
        self.dialog = HandoffDialog(self.window)
        self.dialog.open()

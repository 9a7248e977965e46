"""The export dialog: .docx (draft or final) and PDF when LibreOffice is there.

A final export the engine refuses lists each problem; activating one jumps
to its field.  Rendering runs in a worker thread behind a busy progress bar,
so the window stays responsive; a write failure is reported and the notice
stays in the editor untouched.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ..checks.readiness import final_refusals
from ..errors import FinalExportRefused, ThongbaoError
from . import settings as cfg
from .findings_nav import focus_finding
from .preview import libreoffice_available


log = logging.getLogger(__name__)

PROBLEM_PATH_ROLE = 0x0100 + 7


class ExportWorker(QObject):
    finished = Signal(str)  # "" on success, else the message
    refused = Signal(list)

    def __init__(self, notice, path: str, fmt: str, final: bool):
        super().__init__()
        self.notice, self.path, self.fmt, self.final = notice, path, fmt, final

    def work(self) -> None:
        from .. import api
        if self.fmt == "pdf":
            api.render_pdf(self.notice, self.path, final=self.final)
        else:
            api.render_docx(self.notice, self.path, final=self.final)

    @Slot()
    def run(self) -> None:
        """:meth:`work`, its refusal or error reported through the signals."""
        try:
            self.work()
        except FinalExportRefused as exc:
            self.refused.emit(list(exc.problems))
            return
        except ThongbaoError as exc:
            self.finished.emit(exc.message())
            return
        except Exception as exc:  # noqa: BLE001 - report, never crash the editor
            log.warning("export failed", exc_info=True)
            self.finished.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit("")


def add_run_area(dialog: QDialog, lay: QVBoxLayout) -> None:
    """The lower part of an export dialog: a busy bar, a status line, the list of
    problems (activated: ``dialog._on_problem_activated``) and Close / Export
    (``dialog.start_export``)."""
    dialog.progress = QProgressBar()
    dialog.progress.setRange(0, 0)
    dialog.progress.hide()
    lay.addWidget(dialog.progress)
    dialog.status = QLabel()
    dialog.status.setWordWrap(True)
    lay.addWidget(dialog.status)
    dialog.problems = QListWidget()
    dialog.problems.setAccessibleName(dialog.tr("Problems"))
    dialog.problems.itemActivated.connect(dialog._on_problem_activated)
    dialog.problems.hide()
    lay.addWidget(dialog.problems, 1)
    dialog.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    dialog.export_button = dialog.buttons.addButton(dialog.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
    dialog.export_button.clicked.connect(dialog.start_export)
    dialog.buttons.rejected.connect(dialog.reject)
    lay.addWidget(dialog.buttons)


def start_worker(dialog: QDialog, worker: ExportWorker) -> None:
    """Run ``worker`` in a new thread of ``dialog`` (``dialog._thread``/``_worker``);
    its signals go to ``dialog._on_worker_finished``/``_on_worker_refused``."""
    dialog._thread = QThread(dialog)
    dialog._worker = worker
    worker.moveToThread(dialog._thread)
    dialog._thread.started.connect(worker.run)
    worker.finished.connect(dialog._on_worker_finished)
    worker.refused.connect(dialog._on_worker_refused)
    dialog._thread.start()


class ExportDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.docx_draft = QRadioButton(self.tr("Word (.docx), draft (marked DỰ THẢO)"))
        self.docx_final = QRadioButton(self.tr("Word (.docx), final, ready to sign"))
        self.pdf = QRadioButton(self.tr("PDF (through LibreOffice)"))
        self.group = QButtonGroup(self)
        for i, b in enumerate((self.docx_draft, self.docx_final, self.pdf)):
            self.group.addButton(b, i)
            lay.addWidget(b)
        (self.docx_final if window.document.final else self.docx_draft).setChecked(True)
        self.has_libreoffice = libreoffice_available()
        if not self.has_libreoffice:
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(self.tr("LibreOffice is not installed."))
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Export to"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._on_browse_clicked)
        self.browse.setAutoDefault(False)  # Enter on a problem must not open a file chooser
        rl.addWidget(QLabel(self.tr("File:")))
        rl.addWidget(self.path_edit, 1)
        rl.addWidget(self.browse)
        lay.addWidget(row)
        add_run_area(self, lay)
        self.group.idToggled.connect(self._on_format_toggled)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._suggest_path()

    def fmt(self) -> str:
        return "pdf" if self.pdf.isChecked() else "docx"

    def final(self) -> bool:
        return self.docx_final.isChecked()

    def _suggest_path(self) -> None:
        doc = self.window_.document
        folder = Path(str(cfg.settings().value(cfg.LAST_DIR, "") or Path.home()))
        stem = doc.path.stem if doc.path else "thong-bao"
        folder = doc.path.parent if doc.path else folder
        self.path_edit.setText(str(folder / f"{stem}.{self.fmt()}"))

    @Slot(int, bool)
    def _on_format_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            current = Path(self.path_edit.text())
            self.path_edit.setText(str(current.with_suffix("." + self.fmt())))

    @Slot()
    def _on_browse_clicked(self) -> None:
        pattern = "PDF (*.pdf)" if self.fmt() == "pdf" else "Word (*.docx)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              pattern)
        if path:
            self.path_edit.setText(path)

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def start_export(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.is_running():
            return
        self.problems.clear()
        self.problems.hide()
        notice = self.window_.document.notice
        if self.final():
            problems = final_refusals(notice)  # the same rule as the status-bar badge
            if problems:
                self.show_problems(problems)
                return
        self.export_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        start_worker(self, ExportWorker(copy.deepcopy(notice), path, self.fmt(), self.final()))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    @Slot(str)
    def _on_worker_finished(self, error: str) -> None:
        path = self._worker.path if self._worker else ""
        # a draft (DỰ THẢO) export is the one sent for review: it is recorded as a version
        exported = self._worker.notice if self._worker and not self._worker.final else None
        self._stop_thread()
        if error:
            self.status.setText(self.tr("Export failed: %s\nThe notice is still open and unchanged.")
                                % error)
            self.status.setStyleSheet("color: #a51d2d;")
        else:
            self.status.setText(self.tr("Exported to %s") % path)
            self.status.setStyleSheet("")
            cfg.settings().setValue(cfg.LAST_DIR, str(Path(path).parent))
            versions = getattr(self.window_, "version_actions", None)
            if versions is not None and exported is not None:
                versions.record_export(exported, path)

    @Slot(list)
    def _on_worker_refused(self, problems: list) -> None:
        self._stop_thread()
        self.show_problems(problems)

    def show_problems(self, problems: list) -> None:
        self.status.setText(self.tr("The final version cannot be exported yet. "
                                    "Activate a problem to go to its field:"))
        self.status.setStyleSheet("color: #a51d2d;")
        self.problems.clear()
        self._refusals = list(problems)
        for p in problems:
            item = QListWidgetItem(p.message())
            item.setData(PROBLEM_PATH_ROLE, p.field_path)
            self.problems.addItem(item)
        self.problems.show()
        self.problems.setCurrentRow(0)
        self.problems.setFocus()

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        # The dialog is modal: close it, or the user could not type in the field.
        self.reject()
        focus_finding(self.window_, self._refusals[self.problems.row(item)])

    def done(self, result: int) -> None:
        self._stop_thread()
        super().done(result)

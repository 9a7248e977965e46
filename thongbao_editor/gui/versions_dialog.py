"""Versions in the File menu: save as a named version, the version history
(open read-only, restore, compare), the returned file, the tracked-changes export.

The history itself is ``model/versions.py`` (a folder beside the draft); the
comparison is :mod:`.review`.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QInputDialog,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout)

from ..errors import RenderError, ThongbaoError, os_reason
from ..model.edit import replace_notice_op
from ..model.draft import atomic_write_bytes
from ..model.versions import Version, current_user, list_versions, load_version, save_version
from .dialogs import replace_dialog

if TYPE_CHECKING:  # the comparison (and the compare engine) loads when first used, not at start-up
    from .review import CompareDialog

log = logging.getLogger(__name__)


def local_time(v: Version) -> str:
    return v.when.astimezone().strftime("%H:%M, %d/%m/%Y")


class VersionsDialog(QDialog):
    """Tệp → Lịch sử phiên bản: the versions of the open draft."""

    def __init__(self, actions: "VersionActions"):
        super().__init__(actions.window)
        self.setObjectName("versionsDialog")
        self.actions = actions
        self.window = actions.window
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("versionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.open_button, self.restore_button = QPushButton(), QPushButton()
        self.compare_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.open_button, self.restore_button, self.compare_button):
            box.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(box)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Version history"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Time"), self.tr("Who"), self.tr("Kind")])
        self.open_button.setText(self.tr("Open (read-only)"))
        self.restore_button.setText(self.tr("Restore"))
        self.compare_button.setText(self.tr("Compare"))

    def kind_text(self, kind: str) -> str:
        return {"save": self.tr("saved"), "review": self.tr("sent for review"),
                "restore": self.tr("before a restore")}.get(kind, kind)

    def reload(self) -> None:
        self.versions = self.actions.versions()
        self.table.setRowCount(len(self.versions))
        for row, v in enumerate(self.versions):
            for col, text in enumerate((v.name, local_time(v), v.author, self.kind_text(v.kind))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.versions:
            self.table.selectRow(len(self.versions) - 1)
        self._update_buttons()

    def selected(self) -> list[Version]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.versions[r] for r in rows]

    @Slot()
    def _update_buttons(self) -> None:
        n = len(self.selected())
        self.open_button.setEnabled(n == 1)
        self.restore_button.setEnabled(n == 1)
        self.compare_button.setEnabled(n in (1, 2))

    @Slot()
    def open_selected(self) -> None:
        if len(self.selected()) != 1:
            return
        [v] = self.selected()
        notice = self.actions.load(v)
        if notice is None:
            return
        from ..render.html import notice_html
        view = QDialog(self)
        view.setObjectName("versionView")
        view.setWindowTitle(self.tr("%s (read-only)") % v.name)
        browser = QTextBrowser()
        browser.setHtml(notice_html(notice))
        QVBoxLayout(view).addWidget(browser)
        view.resize(800, 700)
        view.open()

    @Slot()
    def restore_selected(self) -> None:
        if len(self.selected()) != 1:
            return
        [v] = self.selected()
        if self.actions.restore(v):
            self.reload()

    @Slot()
    def compare_selected(self) -> None:
        from .review import CompareDialog
        chosen = self.selected()
        if len(chosen) not in (1, 2):
            return
        if len(chosen) == 1:  # the draft against the version: its changes can be taken over
            notice = self.actions.load(chosen[0])
            if notice is not None:
                self.actions.show_compare(CompareDialog(
                    self.window, self.window.document.notice, notice, document=self.window.document,
                    old_title=self.tr("the draft"), new_title=chosen[0].name))
            return
        a, b = chosen
        old, new = self.actions.load(a), self.actions.load(b)
        if old is not None and new is not None:
            self.actions.show_compare(CompareDialog(self.window, old, new, old_title=a.name, new_title=b.name))


class VersionActions(QObject):
    """The version entries of the File menu."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.compare: CompareDialog | None = None
        self.save_version_action = self._action("saveVersion", self.save_as_version)
        self.history_action = self._action("versionHistory", self.show_history)
        self.returned_action = self._action("openReturned", self.open_returned)
        self.tracked_action = self._action("exportTracked", self.export_tracked)
        menu = window.file_menu
        before = window.export_action
        for a in (self.save_version_action, self.history_action, self.returned_action, self.tracked_action):
            menu.insertAction(before, a)
        menu.insertSeparator(before)

    def _action(self, name: str, slot) -> QAction:
        a = QAction(self.window)
        a.setObjectName(name)
        a.triggered.connect(slot)
        return a

    def retranslate(self) -> None:
        self.save_version_action.setText(self.tr("Save as a &version…"))
        self.history_action.setText(self.tr("Version &history…"))
        self.returned_action.setText(self.tr("Open the file returned by the &leader…"))
        self.tracked_action.setText(self.tr("Export with tracked &changes (.docx)…"))

    # -- helpers -------------------------------------------------------------------
    def _error(self, exc: ThongbaoError) -> None:
        QMessageBox.warning(self.window, self.tr("Versions"), exc.message())

    def _draft_path(self) -> Path | None:
        """The saved draft's path; asks to save a new draft first."""
        doc = self.window.document
        if doc.path is None:
            QMessageBox.information(self.window, self.tr("Versions"),
                                    self.tr("Save the draft first: its versions are kept beside it."))
            if not self.window.save_as():
                return None
        return doc.path

    def versions(self) -> list[Version]:
        path = self.window.document.path
        if path is None:
            return []
        try:
            return list_versions(path)
        except ThongbaoError as exc:
            self._error(exc)
            return []

    def load(self, v: Version):
        try:
            return load_version(self.window.document.path, v.id)
        except ThongbaoError as exc:
            self._error(exc)
            return None

    def record(self, name: str, kind: str) -> Version | None:
        try:
            return save_version(self.window.document.path, self.window.document.notice, name, kind=kind)
        except ThongbaoError as exc:
            self._error(exc)
            return None

    def record_export(self, notice, path: str) -> Version | None:
        """An export (for review) of a saved draft is recorded as a version;
        a failure is told in the status bar (the export itself succeeded)."""
        draft = self.window.document.path
        if draft is None:
            return None
        try:
            return save_version(draft, notice, self.tr("Sent for review: %s") % Path(path).name, kind="review")
        except ThongbaoError as exc:
            self.window.statusBar().showMessage(exc.message(), 10000)
            return None

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = replace_dialog(self.dialog, dialog)
        return dialog

    def show_compare(self, dialog: CompareDialog) -> CompareDialog:
        self.compare = replace_dialog(self.compare, dialog, modal=False)
        return dialog

    # -- the actions ------------------------------------------------------------------
    @Slot()
    def save_as_version(self) -> Version | None:
        if self._draft_path() is None:
            return None
        n = len(self.versions()) + 1
        name, ok = QInputDialog.getText(self.window, self.tr("Save as a version"), self.tr("Version name:"),
                                        text=self.tr("Version %d") % n)
        if not ok or not self.window.save():
            return None
        v = self.record(name, "save")
        if v is not None:
            self.window.statusBar().showMessage(self.tr("Saved as version «%s»") % v.name, 5000)
        return v

    @Slot()
    def show_history(self) -> VersionsDialog | None:
        if self._draft_path() is None:
            return None
        return self._show(VersionsDialog(self))

    def restore(self, v: Version) -> bool:
        notice = self.load(v)
        if notice is None:
            return False
        self.record(self.tr("Before restoring «%s»") % v.name, "restore")
        doc = self.window.document
        doc.apply(replace_notice_op(doc.notice, notice), self.tr("Restore version «%s»") % v.name)
        return True

    @Slot()
    def open_returned(self, path: str | None = None) -> CompareDialog | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open the returned file"), "",
                                                  self.tr("Word or draft files (*.docx *.json)"))
        if not path:
            return None
        from ..compare.inputs import compare_returned
        from .review import CompareDialog
        try:
            returned, changes = compare_returned(self.window.document.notice, path)
        except ThongbaoError as exc:
            self._error(exc)
            return None
        return self.show_compare(CompareDialog(
            self.window, self.window.document.notice, returned, document=self.window.document,
            old_title=self.tr("the draft"), new_title=Path(path).name, changes=changes))

    @Slot()
    def export_tracked(self, out: str | None = None, version: Version | None = None) -> bool:
        draft = self._draft_path()
        if draft is None:
            return False
        versions = self.versions()
        if not versions:
            QMessageBox.information(self.window, self.tr("Versions"), self.tr(
                "There is no earlier version to compare with yet: save a version first (File → Save as a version)."))
            return False
        if version is None:
            names = [f"{v.name} — {local_time(v)}" for v in versions]
            name, ok = QInputDialog.getItem(self.window, self.tr("Export with tracked changes"),
                                            self.tr("Changes since the version:"), names, len(names) - 1, False)
            if not ok:
                return False
            version = versions[names.index(name)]
        if not out:
            start = str(draft.with_name(draft.stem + "_so-sanh.docx"))
            out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export with tracked changes"), start,
                                                 self.tr("Word documents (*.docx)"))
        if not out:
            return False
        return self._write_tracked(version, Path(out))

    def _write_tracked(self, version: Version, out: Path) -> bool:
        from ..render.tracked import render_tracked_bytes
        old = self.load(version)
        if old is None:
            return False
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        try:
            if out.exists() and out.samefile(self.window.document.path):
                raise RenderError("render.over_draft", file=str(out))
            data = render_tracked_bytes(old, copy.deepcopy(self.window.document.notice),
                                        author=current_user() or None)
            try:
                atomic_write_bytes(out, data)
            except OSError as exc:
                raise RenderError("render.write", file=str(out), reason=os_reason(exc)) from None
        except ThongbaoError as exc:
            self._error(exc)
            return False
        self.record(self.tr("Sent for review: %s") % out.name, "review")
        self.window.statusBar().showMessage(self.tr("Exported %s") % out, 5000)
        return True

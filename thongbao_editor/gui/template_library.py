"""The template library: built-in (read-only) and user templates and agency
profiles; preview, import and export of single files, deleting user ones."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..errors import ThongbaoError
from ..render.html import notice_html
from ..templates import Library, instantiate
from ..templates.files import PROFILE_KIND, TEMPLATE_KIND
from ..templates.library import Entry
from ..templates.values import display
from .busy import run_busy
from .dialogs import confirm

log = logging.getLogger(__name__)

FILE_FILTER = "Mẫu / hồ sơ cơ quan (*.toml)"
KIND_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
BUILTIN_ROLE = Qt.ItemDataRole.UserRole + 2


class TemplateLibraryDialog(QDialog):
    def __init__(self, parent: QWidget | None, library: Library):
        super().__init__(parent)
        self.setObjectName("templateLibraryDialog")
        self.library = library
        self.resize(1200, 720)
        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryTree")
        self.tree.setColumnCount(3)
        self.tree.currentItemChanged.connect(self.show_preview)
        self.preview = QTextBrowser()
        self.preview.setObjectName("libraryPreview")
        self.preview.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.preview)
        split.setSizes([520, 680])
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_dialog)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_current)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.import_button, self.export_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        lay.addLayout(row)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Template library"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Where"), self.tr("Title")])
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("&Export…"))
        self.delete_button.setText(self.tr("&Delete"))

    # -- list ---------------------------------------------------------------------------
    def reload(self, select: tuple[str, str] | None = None) -> None:
        self.tree.clear()
        groups = {TEMPLATE_KIND: QTreeWidgetItem([self.tr("Notice templates")]),
                  PROFILE_KIND: QTreeWidgetItem([self.tr("Agency profiles")])}
        current = None
        for kind, top in groups.items():
            self.tree.addTopLevelItem(top)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for e in self.library.entries(kind):
                where = self.tr("built-in, read-only") if e.builtin else self.tr("your library")
                if e.sample:
                    where += " · " + self.tr("sample")
                item = QTreeWidgetItem([e.name, where, e.title or e.error])
                item.setData(0, KIND_ROLE, kind)
                item.setData(0, NAME_ROLE, e.name)
                item.setData(0, BUILTIN_ROLE, e.builtin)
                if e.builtin:
                    item.setToolTip(0, self.tr("Built-in: cannot be changed or deleted"))
                if e.error:
                    item.setForeground(2, Qt.GlobalColor.darkRed)
                    item.setToolTip(2, e.error)
                top.addChild(item)
                if select == (kind, e.name):
                    current = item
            top.setExpanded(True)
        for col in (0, 1):
            self.tree.resizeColumnToContents(col)
        if current is None:
            current = groups[TEMPLATE_KIND].child(0)
        self.tree.setCurrentItem(current)
        self.show_preview()

    def current(self) -> tuple[str, str, bool] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, NAME_ROLE), bool(item.data(0, BUILTIN_ROLE))

    def select(self, kind: str, name: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                if item.data(0, KIND_ROLE) == kind and item.data(0, NAME_ROLE) == name:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    # -- preview ------------------------------------------------------------------------
    @Slot()
    def show_preview(self, *_args) -> None:
        cur = self.current()
        self.export_button.setEnabled(cur is not None)
        self.delete_button.setEnabled(cur is not None and not cur[2])
        if cur is None:
            self.preview.setHtml("")
            return
        kind, name, _builtin = cur
        try:
            html = self._template_html(name) if kind == TEMPLATE_KIND else self._profile_html(name)
        except ThongbaoError as exc:
            html = f"<p style='color:#a51d2d'>{escape(exc.message())}</p>"
        self.preview.setHtml(html)

    def _template_html(self, name: str) -> str:
        tpl = self.library.template(name)
        rows = "".join(
            f"<tr><td>{escape(v.label)}{' *' if v.required else ''}</td><td>{v.name}</td>"
            f"<td>{v.type}</td></tr>" for v in tpl.variables)
        variables = self.tr("Variables")
        head = (f"<h3>{escape(tpl.title)}</h3><p>{escape(tpl.description)}</p>"
                f"<p><b>{variables}</b></p><table cellpadding='2'>{rows}</table>")
        profiles = [e.name for e in self.library.entries(PROFILE_KIND) if not e.error]
        if not profiles:
            return head
        profile = self.library.profile(profiles[0])
        try:
            body = notice_html(instantiate(tpl, profile, tpl.examples()))
        except ThongbaoError as exc:
            body = f"<p style='color:#a51d2d'>{escape(exc.message())}</p>"
        note = self.tr("Preview with the examples of the template and the profile %s:") % profile.name
        return head + f"<hr><p><i>{escape(note)}</i></p>" + body

    def _profile_html(self, name: str) -> str:
        p = self.library.profile(name)
        header, signers = self.tr("Header"), self.tr("Signers")
        people, groups = self.tr("People"), self.tr("Recipient groups")
        lines = [f"<h3>{escape(p.title)}</h3><p>{escape(p.description)}</p>",
                 f"<p><b>{header}</b><br>"
                 + "<br>".join(escape(x) for x in [*p.parent_agency, *p.agency])
                 + f"<br>Số: …/{escape(p.symbol)} — {escape(p.place)}</p>",
                 f"<p><b>{signers}</b></p><ul>"]
        for s in p.signers:
            lines.append(f"<li>{escape(s.name)}: {escape(' / '.join(s.authority))}</li>")
        lines.append(f"</ul><p><b>{people}</b></p><ul>")
        for pid, person in p.all_people().items():
            lines.append(f"<li>{escape(pid)}: {escape(display('person', person))}</li>")
        lines.append(f"</ul><p><b>{groups}</b></p><ul>")
        for group, members in p.recipients.items():
            lines.append(f"<li>@{escape(group)}: {escape(' '.join(members))}</li>")
        lines.append("</ul>")
        return "".join(lines)

    # -- import, export, delete ---------------------------------------------------------
    def _error(self, title: str, message: str) -> None:
        self.message.setStyleSheet("color: #a51d2d;")
        self.message.setText(message)
        QMessageBox.warning(self, title, message)

    def _done(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)

    @Slot()
    def import_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a template or profile"), "",
                                              FILE_FILTER)
        return self.import_path(path) if path else False

    def _import(self, path: str, force: bool = False) -> Entry:
        """The library's import — file format, Jinja syntax and a trial
        fill-in with the shipped profiles, in the worker process — run off
        the GUI thread: a template that runs away takes seconds to refuse."""
        return run_busy(self, self.tr("Checking %s (a trial fill-in)…") % Path(path).name,
                        lambda: self.library.import_file(path, force=force))

    def import_path(self, path: str) -> bool:
        try:
            try:
                entry = self._import(path)
            except ThongbaoError as exc:
                if exc.code != "template.exists":
                    raise
                if not confirm(
                    self, self.tr("Replace?"),
                    self.tr("Your library already has %s. Replace it with the imported file?")
                    % Path(path).stem):
                    return False
                entry = self._import(path, force=True)
        except ThongbaoError as exc:
            self._error(self.tr("Cannot import"), self.tr("The file was not imported: %s")
                        % exc.message())
            return False
        self.reload(select=(entry.kind, entry.name))
        self._done(self.tr("Imported %s.") % entry.name)
        return True

    @Slot()
    def export_dialog(self) -> bool:
        cur = self.current()
        if cur is None:
            return False
        kind, name, _ = cur
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"{name}.toml", FILE_FILTER)
        if not path:
            return False
        try:
            self.library.export(kind, name, path)
        except ThongbaoError as exc:
            self._error(self.tr("Cannot export"), exc.message())
            return False
        self._done(self.tr("Exported %s to %s.") % (name, path))
        return True

    @Slot()
    def delete_current(self) -> bool:
        cur = self.current()
        if cur is None or cur[2]:
            return False
        kind, name, _ = cur
        if not confirm(
            self, self.tr("Delete?"),
            self.tr("Delete %s from your library? This cannot be undone.") % name):
            return False
        try:
            self.library.delete(kind, name)
        except ThongbaoError as exc:
            self._error(self.tr("Cannot delete"), exc.message())
            return False
        self.reload()
        self._done(self.tr("Deleted %s.") % name)
        return True

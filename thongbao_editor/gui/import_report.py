"""Importing a Word notice in the editor: File → Import from Word file…, dropping
a .docx/.doc/.odt on the window, and the "Import results" panel.

The engine (:mod:`thongbao_editor.importer`) makes the draft and the report;
this module only asks for the file, shows the draft as a new unsaved notice,
and lists part by part what was recognised, what could not be placed (a
click selects that paragraph in the body), the warnings and the tracked
changes found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QMessageBox, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from .. import errors
from . import settings as cfg

PART_SECTIONS = {"header": "header", "title": "header", "opening": "opening", "body": "body",
                 "closing": "closing", "recipients": "closing", "storage": "closing",
                 "signature": "signature", "footnotes": "footnotes"}
#: Where an item of the tree leads: ("section", key) or ("body", path).
TARGET = Qt.ItemDataRole.UserRole


class ImportReportPanel(QWidget):
    """The report of the last import as a tree: parts, unplaced paragraphs, warnings, revisions."""

    activated = Signal(object)  # ("section", key) or ("body", path tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("importReportTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemClicked.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.retranslate()

    def set_report(self, report) -> None:
        self.report = report
        self.refill()

    def refill(self) -> None:
        self.tree.clear()
        r = self.report
        if r is None:
            return
        lang = errors.language()
        parts = self._group(self.tr("Recognised"), str(sum(p.found for p in r.parts)) + f"/{len(r.parts)}")
        for p in r.parts:
            item = QTreeWidgetItem(parts, [("✓ " if p.found else "✗ ") + p.label(lang),
                                           p.summary or self.tr("(not found)")])
            item.setData(0, TARGET, ("section", PART_SECTIONS.get(p.name, "header")))
            item.setToolTip(1, p.summary)
        if r.unplaced:
            group = self._group(self.tr("Kept as plain paragraphs (not placed)"), str(len(r.unplaced)))
            for u in r.unplaced:
                item = QTreeWidgetItem(group, [self.tr("Paragraph %1: %2").replace("%1", str(u.position))
                                               .replace("%2", u.why(lang)), u.text])
                item.setToolTip(1, u.text)
                if u.path is not None:
                    item.setData(0, TARGET, ("body", tuple(u.path)))
        if r.warnings:
            group = self._group(self.tr("Warnings"), str(len(r.warnings)))
            for w in r.warnings:
                item = QTreeWidgetItem(group, [w.message(lang)])
                item.setFirstColumnSpanned(True)
                item.setToolTip(0, w.message(lang))
        if r.revisions:
            group = self._group(self.tr("Tracked changes"), str(len(r.revisions)))
            for rev in r.revisions:
                QTreeWidgetItem(group, [f"{rev.kind} · {rev.author} · {rev.date[:10]}", rev.text])
        self.tree.expandAll()
        metrics = self.tree.fontMetrics()
        labels = [parts.child(i).text(0) for i in range(parts.childCount())]
        labels += [f"{self.tr('Paragraph %1: %2')} {u.why(lang)}" for u in r.unplaced]
        self.tree.setColumnWidth(0, max(metrics.horizontalAdvance(t) for t in labels) + 60)

    def _group(self, title: str, count: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title, count])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET)
        if target:
            self.activated.emit(target)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Part"), self.tr("What was found")])
        self.refill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ImportDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReportDock")
        self.panel = ImportReportPanel(self)
        self.setWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import results"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def word_suffixes() -> tuple[str, ...]:
    """The file endings the importer takes (the importer loads when first needed, not at start-up)."""
    from ..importer import SUFFIXES
    return SUFFIXES


class ImportActions(QObject):
    """File → Import from Word file…, drops of Word files, and the results dock."""

    @property
    def suffixes(self) -> tuple[str, ...]:
        return word_suffixes()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("importWord")
        self.action.setShortcut("Ctrl+Shift+I")
        self.action.triggered.connect(self.import_dialog)
        window.addAction(self.action)
        window.file_menu.insertAction(window.save_action, self.action)
        self.dock = ImportDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findings_dock, self.dock)  # wide, beside the checker's findings
        window.view_menu.addAction(self.dock.toggleViewAction())
        self.dock.hide()
        self.dock.panel.activated.connect(self.go_to)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Import from Word file…"))
        self.action.setStatusTip(self.tr("Open a notice written in Word (.docx, .doc, .odt) as a new draft"))

    # -- drops --------------------------------------------------------------------
    @staticmethod
    def word_file(mime) -> str | None:
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            path = url.toLocalFile()
            if path and Path(path).suffix.lower() in word_suffixes():
                return path
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self.word_file(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and (path := self.word_file(event.mimeData())):
            event.acceptProposedAction()
            self.import_path(path)
            return True
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- importing ------------------------------------------------------------------
    @Slot()
    def import_dialog(self) -> None:
        if not self.window.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import from Word file"), str(cfg.settings().value(cfg.LAST_DIR, "")),
            self.tr("Word documents (*.docx *.doc *.odt *.rtf);;All files (*)"))
        if path:
            self.import_path(path, ask=False)

    def import_path(self, path: str, *, ask: bool = True) -> bool:
        """Import ``path`` as a new, unsaved draft; a file that cannot be read shows why."""
        from ..importer import import_file
        from .document import NoticeDocument

        if ask and not self.window.maybe_save():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            notice, report = import_file(path)
        except errors.ThongbaoError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Cannot import the file"), exc.message())
            return False
        QGuiApplication.restoreOverrideCursor()
        document = NoticeDocument(notice)
        self.window.set_document(document)
        document.undo_stack.resetClean()  # a new draft nobody saved yet: closing asks
        self.window._update_title()
        self.dock.panel.set_report(report)
        self.dock.show()
        self.dock.raise_()
        self.window.statusBar().showMessage(
            self.tr("Imported %1: %2 of %3 parts recognised, %4 paragraph(s) not placed.")
            .replace("%1", Path(path).name).replace("%2", str(sum(p.found for p in report.parts)))
            .replace("%3", str(len(report.parts))).replace("%4", str(len(report.unplaced))), 15000)
        return True

    @Slot(object)
    def go_to(self, target) -> None:
        kind, where = target
        if kind == "body":
            self.window.show_section("body")
            self.window.sections["body"].select_path(tuple(where))
        else:
            self.window.show_section(where)


def install(window) -> ImportActions:
    return ImportActions(window)

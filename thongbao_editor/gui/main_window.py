"""The main window: navigation list of the notice's parts, one form section
per part, the preview beside them, menus, files, autosave."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QDateTime, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QFileDialog, QLineEdit,
                               QListWidget, QMainWindow, QMenu, QMessageBox, QPlainTextEdit,
                               QScrollArea, QSplitter, QStackedWidget, QTextEdit, QToolButton,
                               QWidget)

from ..errors import ThongbaoError
from ..model import LoadReport, Notice, load_draft
from . import file_guard
from . import settings as cfg
from .autosave import Autosaver, Recovered
from .document import NoticeDocument
from .forms.appendices import AppendicesSection
from .forms import (AbbreviationsSection, BodySection, ClosingSection, FootnotesSection,
                    HeaderSection, OpeningSection, SignatureSection)
from .preview import PreviewPane
from .undo_bridge import SharedUndo

log = logging.getLogger(__name__)

DRAFT_FILTER = "Bản nháp thông báo (*.json)"

#: Navigation order: (key, section class).  Keys are the first part of a
#: problem path, so a problem jumps to its section.
SECTIONS = [
    ("header", HeaderSection),
    ("opening", OpeningSection),
    ("body", BodySection),
    ("closing", ClosingSection),
    ("signature", SignatureSection),
    ("footnotes", FootnotesSection),
    ("abbreviations", AbbreviationsSection),
    ("appendices", AppendicesSection),
]
PATH_SECTIONS = {"recipients": "closing", "storage": "closing"}


def _readable_time(iso: str) -> str:
    """``2026-11-28T10:20:07`` → ``10:20, 28/11/2026`` (as the recovery prompt says it)."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return when.toString("HH:mm, dd/MM/yyyy") if when.isValid() else iso


class KeepShortcuts(QObject):
    """Stops text fields from claiming the window's own shortcuts.

    On Linux Qt's text fields take Ctrl+E as "end of line" (an emacs binding), so
    Ctrl+E typed in a field never reached File > Export.  Installed on each
    field: the ShortcutOverride of those keys stays unaccepted, and the window's
    action fires."""

    def __init__(self, parent: QObject, keys) -> None:
        super().__init__(parent)
        self.keys = {QKeySequence(k)[0].toCombined() for k in keys}

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.keyCombination().toCombined() in self.keys):
            event.ignore()
            return True
        return False

    def watch(self, root: QWidget) -> None:
        for cls in (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox):
            for field in root.findChildren(cls):
                field.installEventFilter(self)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, *, autosave: bool = True):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document: NoticeDocument | None = None
        self.sections: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.stack = QStackedWidget()
        self.preview = PreviewPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self._make_actions()
        self._make_menus()
        self.keep_shortcuts = KeepShortcuts(self, [self.export_action.shortcut()])
        self.shared_undo = SharedUndo(self)  # one undo history: the document's
        from . import findings
        self.findings_dock = findings.install(self)
        from .templates_dialog import TemplateActions  # templates: its own menu block
        self.template_actions = TemplateActions(self)
        from .import_report import install as install_import  # File → Import from Word…, drops
        self.import_actions = install_import(self)
        from .versions_dialog import VersionActions  # versions, compare, the returned file
        self.version_actions = VersionActions(self)
        from . import profile_wizard, start_page  # issue 12: set up my office, start page, guide
        self.profile_menu = profile_wizard.ProfileMenu(self)
        self.start_page = start_page.install(self)
        start_page.install_screen_fit(QApplication.instance())
        from .find_replace import FindActions  # Edit > Find…, Replace… (Ctrl+F, Ctrl+H)
        self.find_actions = FindActions(self)
        from .handoff_dialog import HandoffAction  # File → Export signing package…
        self.handoff_action = HandoffAction(self)
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self._on_problems_button_clicked)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.problems_timer = QTimer(self, singleShot=True, interval=300)
        self.problems_timer.timeout.connect(self._update_problems)
        self._problems: list = []
        self.set_document(NoticeDocument(Notice()))
        self.autosaver = Autosaver(self) if autosave else None
        from .preferences import apply_preferences
        apply_preferences(self)
        self._restore_layout()
        self.retranslate()

    # -- actions and menus ---------------------------------------------------------
    def _action(self, slot, shortcut=None, name: str = "") -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.new_file, K.New, "new")
        self.open_action = self._action(self.open_dialog, K.Open, "open")
        self.save_action = self._action(self.save, K.Save, "save")
        self.save_as_action = self._action(self.save_as, "Ctrl+Shift+S", "saveAs")
        self.export_action = self._action(self.export_dialog, "Ctrl+E", "export")
        self.quit_action = self._action(self.close, K.Quit, "quit")
        self.undo_action = self._action(lambda: self.document.undo_stack.undo(), K.Undo, "undo")
        self.redo_action = self._action(lambda: self.document.undo_stack.redo(), "Ctrl+Y", "redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.lang_vi_action = self._action(lambda: self.choose_language("vi"), None, "langVi")
        self.lang_en_action = self._action(lambda: self.choose_language("en"), None, "langEn")
        self.about_action = self._action(self.about, None, "about")
        self.prefs_action = self._action(self.open_preferences, None, "preferences")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for a in (self.new_action, self.open_action):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        for a in (self.save_action, self.save_as_action, self.export_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.prefs_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.addAction(self.lang_vi_action)
        self.lang_menu.addAction(self.lang_en_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lang_menu.setTitle(self.tr("Interface language"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        for a, text in ((self.new_action, self.tr("&New")), (self.open_action, self.tr("&Open…")),
                        (self.save_action, self.tr("&Save")),
                        (self.save_as_action, self.tr("Save &as…")),
                        (self.export_action, self.tr("&Export…")),
                        (self.quit_action, self.tr("&Quit")), (self.undo_action, self.tr("&Undo")),
                        (self.redo_action, self.tr("&Redo")),
                        (self.lang_vi_action, "Tiếng Việt"), (self.lang_en_action, "English"),
                        (self.about_action, self.tr("&About")),
                        (self.prefs_action, self.tr("&Preferences…"))):
            a.setText(text)
        names = {"header": self.tr("Document information"), "opening": self.tr("Opening"),
                 "body": self.tr("Body"), "closing": self.tr("Closing and recipients"),
                 "signature": self.tr("Signing block"), "footnotes": self.tr("Footnotes"),
                 "abbreviations": self.tr("Abbreviations"), "appendices": self.tr("Appendices")}
        for row, (key, _cls) in enumerate(SECTIONS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
        self.nav.setAccessibleName(self.tr("Parts of the notice"))
        for section in self.sections.values():
            section.retranslate()
        self.preview.retranslate()
        self.findings_dock.retranslate()
        self.template_actions.retranslate()
        self.version_actions.retranslate()
        self.profile_menu.retranslate()
        self.start_page.retranslate()
        self.guide_action.setText(self.tr("User &guide"))
        self.find_actions.retranslate()
        self.handoff_action.retranslate()
        self._update_title()
        if self.document is not None:
            self._update_undo_actions()
            self._update_problems()

    # -- document ------------------------------------------------------------------
    def show_start_page(self) -> None:
        self.start_page.show_in(self)

    def leave_start_page(self) -> None:
        if hasattr(self, "central_stack"):
            self.start_page.leave(self)

    def set_document(self, document: NoticeDocument) -> None:
        """Show ``document`` (the forms are rebuilt for it)."""
        self.leave_start_page()
        old = self.document
        self.document = document
        document.setParent(self)
        self._build_forms(document)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        document.path_changed.connect(self._update_title)
        document.edit_refused.connect(lambda: file_guard.refuse_edit(self))
        self.preview.set_document(document)
        self.findings_dock.panel.set_document(document)
        document.changed.connect(lambda _part: self.problems_timer.start())
        self.problems_timer.start()
        if hasattr(self, "autosaver") and self.autosaver is not None:
            self.autosaver.save_now()
        if old is not None and old is not document:
            file_guard.release(old)
            old.deleteLater()
        self.retranslate()

    def _build_forms(self, document: NoticeDocument) -> None:
        """(Re)build one form section per part (labels are translated when built)."""
        current = max(self.nav.currentRow(), 0)
        for old in self.sections.values():
            # The old forms are deleted later; they must not react to edits meanwhile
            # (nor after, when the same document stays: a language switch).
            old.detach()
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.sections.clear()
        for key, cls in SECTIONS:
            section = cls(document)
            section.setObjectName(f"section_{key}")
            if section.extra.count() == 0:
                section.extra.addStretch(1)  # keep short forms at the top
            self.sections[key] = section
            section.attach()
            if key in ("body", "footnotes", "abbreviations"):
                self.stack.addWidget(section)
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(section)
                self.stack.addWidget(scroll)
            self.nav.addItem("")
            section.load()
        self.nav.blockSignals(False)
        self.keep_shortcuts.watch(self.stack)
        self.shared_undo.watch(self.stack)
        self.nav.setCurrentRow(current)
        self.stack.setCurrentIndex(current)
        body = self.sections["body"]
        body.tree.selectionModel().currentChanged.connect(self._on_body_current_changed)
        file_guard.apply_read_only(self)

    def section(self, key: str):
        return self.sections[key]

    def show_section(self, key: str) -> None:
        row = [k for k, _ in SECTIONS].index(key)
        self.nav.setCurrentRow(row)

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            key = SECTIONS[row][0]
            if key == "footnotes":
                self.sections[key].load()
            path = self.sections["body"].current_path() if key == "body" else None
            if path:
                self.preview.scroll_to_path(path)
            else:
                self.preview.browser.scrollToAnchor(f"part-{key}")

    @Slot()
    def _update_problems(self) -> None:
        """How many fields a final export still needs (click: go to the first)."""
        from ..checks.readiness import final_refusals  # the export dialog's rule too
        self._problems = final_refusals(self.document.notice)
        n = len(self._problems)
        self.problems_button.setText(
            self.tr("%n field(s) to fill before the final version", "", n) if n
            else self.tr("Ready for the final version"))
        self.problems_button.setToolTip("\n".join(p.message() for p in self._problems[:15]))

    @Slot()
    def _on_problems_button_clicked(self) -> None:
        if self._problems:
            from .findings_nav import focus_finding
            focus_finding(self, self._problems[0])

    @Slot()
    def _update_undo_actions(self, *_args) -> None:
        """Undo/Redo say what they will undo, and are greyed out when empty."""
        stack = self.document.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo %s") % undo if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %s") % redo if redo else self.tr("&Redo"))

    @Slot()
    def _on_body_current_changed(self, *_args) -> None:
        path = self.sections["body"].current_path()
        if path:
            self.preview.scroll_to_path(path)

    @Slot()
    def _update_title(self) -> None:
        doc = self.document
        name = doc.path.name if doc and doc.path else self.tr("Untitled")
        if doc is not None and doc.read_only:
            name += " " + self.tr("[read-only]")
        self.setWindowTitle(f"{name}[*] — " + self.tr("Conclusion notice editor"))
        self.setWindowModified(bool(doc and doc.is_modified()))

    def focus_problem(self, path: str) -> bool:
        """Jump to the field a problem ``path`` names (``header.summary``, ``body[0][1]``)."""
        head = path.split(".")[0].split("[")[0]
        key = PATH_SECTIONS.get(head, head)
        if key not in self.sections:
            return False
        self.show_section(key)
        return self.sections[key].focus_path(path)

    # -- files -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if self.document is None or not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The notice has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    @Slot()
    def new_file(self) -> None:
        if self.maybe_save():
            self.set_document(NoticeDocument(Notice()))

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open draft"),
                                              str(cfg.settings().value(cfg.LAST_DIR, "")),
                                              DRAFT_FILTER)
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a draft; a bad file shows the engine's message and changes nothing."""
        if ask and not self.maybe_save():
            return False
        report = LoadReport()
        try:
            notice = load_draft(path, report)
        except ThongbaoError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the draft"), exc.message())
            return False
        path = Path(path).resolve()  # the working folder may change (recovery, export)
        claimed = file_guard.claim(self, path)  # another editor has it: read-only?
        if claimed is None:
            return False
        document = NoticeDocument(notice, path)
        file_guard.attach(document, *claimed, report.digest)
        self.set_document(document)
        cfg.add_recent_file(str(path))
        cfg.settings().setValue(cfg.LAST_DIR, str(path.parent))
        if report.fixes:
            self.statusBar().showMessage(
                self.tr("%n field(s) had characters removed on loading.", "", len(report.fixes)),
                10000)
        return True

    def offer_recovery(self) -> bool:
        """Offer the notices left in recovery files by a session that died;
        True when one was recovered (and is now open)."""
        from .autosave import find_recovery_files
        for recovered in find_recovery_files():
            name = recovered.original or self.tr("an untitled notice")
            answer = QMessageBox.question(
                self, self.tr("Recover unsaved work?"),
                self.tr("The editor did not close normally. Unsaved changes to %s "
                        "(autosaved %s) can be recovered. Recover them?")
                % (name, _readable_time(recovered.saved_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.open_recovered(recovered)
                return True
            try:
                recovered.file.unlink()
            except OSError:
                log.warning("cannot delete %s", recovered.file)
        return False

    def open_recovered(self, recovered: Recovered) -> None:
        document = NoticeDocument(recovered.notice, recovered.original)
        document.undo_stack.resetClean()  # unsaved until the user saves it
        self.set_document(document)
        if self.autosaver is not None:
            self.autosaver.save_now()
        try:
            recovered.file.unlink()
        except OSError:
            log.warning("cannot delete %s", recovered.file)

    @Slot()
    def save(self) -> bool:
        if self.document.read_only:
            return file_guard.refuse_save(self)
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    @Slot()
    def save_as(self) -> bool:
        start = str(self.document.path or Path(str(cfg.settings().value(cfg.LAST_DIR, "")))
                    / "thong-bao.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save draft"), start, DRAFT_FILTER)
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        saved = file_guard.save(self, path)  # asks if the file changed on disk meanwhile
        if not isinstance(saved, str):
            return saved  # not saved, or saved by the Save as it offered
        self.document.set_path(path)
        self.document.mark_saved()
        cfg.add_recent_file(str(Path(path).resolve()))
        cfg.settings().setValue(cfg.LAST_DIR, str(Path(path).resolve().parent))
        if self.autosaver is not None:
            self.autosaver.discard()
        self.statusBar().showMessage(self.tr("Saved %s") % path, 5000)
        return True

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = cfg.recent_files()
        for f in files:
            a = self.recent_menu.addAction(f)
            a.triggered.connect(lambda _c=False, p=f: self.open_path(p))
        if not files:
            a = self.recent_menu.addAction(self.tr("(none)"))
            a.setEnabled(False)

    # -- export, language, about -------------------------------------------------
    @Slot()
    def export_dialog(self) -> None:
        from .export import ExportDialog
        dialog = ExportDialog(self)
        dialog.open()
        self._export_dialog = dialog

    def choose_language(self, lang: str) -> None:
        from .app import install_translator
        cfg.set_language(lang)
        install_translator(QApplication.instance(), lang)
        if self.document is not None:
            self._build_forms(self.document)  # field labels and hints too
        self.retranslate()

    @Slot()
    def open_preferences(self) -> None:
        from .preferences import open_preferences
        self._preferences_dialog = open_preferences(self)

    @Slot()
    def about(self) -> None:
        from .. import __version__
        QMessageBox.about(self, self.tr("About"),
                          self.tr("Thông báo editor %s — drafts conclusion notices following "
                                  "Nghị định 30/2020/NĐ-CP.") % __version__)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- layout memory and closing ----------------------------------------------
    def _restore_layout(self) -> None:
        s = cfg.settings()
        from .start_page import fit_main_window
        fit_main_window(self, s.value(cfg.GEOMETRY))
        state = s.value(cfg.SPLITTER)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            QTimer.singleShot(0, lambda: self.splitter.setSizes([180, 560, 620]))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.maybe_save():
            event.ignore()
            return
        s = cfg.settings()
        s.setValue(cfg.GEOMETRY, self.saveGeometry())
        s.setValue(cfg.SPLITTER, self.splitter.saveState())
        if self.autosaver is not None:
            self.autosaver.stop()
        file_guard.release(self.document)
        self.preview.shutdown()
        event.accept()

"""Templates in the editor (issue 4): "New from template", "Change template
values", and the menu entries that open them, "Save as template" and the
template library (``template_save.py``, ``template_library.py``).

The dialogs only call :mod:`thongbao_editor.templates`; the user library
folder is shared with the command line (``templates.library.default_user_dir``).
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QMessageBox, QScrollArea, QSplitter, QTextBrowser,
                               QVBoxLayout, QWidget)

from ..errors import ThongbaoError
from ..model import Notice
from ..model.numbering import number_tree
from ..model.parts import PARTS as PARTS_NAMES, part_name
from ..render.html import notice_html
from ..templates import Library, generate, instantiate, resolve_values, variables_op
from ..templates.library import default_user_dir
from ..templates.files import PROFILE_KIND, TEMPLATE_KIND, NoticeTemplate, Profile
from . import settings as cfg
from .dialogs import replace_dialog
from .document import NoticeDocument
from .template_form import VariableForm

log = logging.getLogger(__name__)


def user_library_dir() -> Path:
    """The user's library: the same folder as the command line's
    (``$THONGBAO_USER_DIR``, else the folder set in Preferences, else the
    platform's per-user data folder), so a template saved in the editor is
    listed by ``thongbao template list``."""
    return default_user_dir(cfg.user_library())


def user_library() -> Library:
    return Library(user_library_dir())


def problem_html(message: str) -> str:
    from html import escape
    return f"<p style='color:#a51d2d'>{escape(message)}</p>"


class _Texts(QObject):
    """Plural texts shared by the template dialogs: ``self.tr`` with a count is
    what pyside6-lupdate recognises as a plural (``translate(..., n)`` is not),
    and a subclass's own ``self.tr`` would look in the subclass's context."""

    def fields_to_fill(self, count: int) -> str:
        return self.tr("%n field(s) still need attention. Until they are filled, the preview "
                       "shows the template's examples for them.", "", count)


def describe_path(notice: Notice, path: str) -> str:
    """A user-facing name for a part ``path`` of the apply report."""
    if path == "body":
        return QCoreApplication.translate("TemplateReport", "Body: sections that the new values would "
                                          "add or remove were not changed, because the body was edited")
    if path in PARTS_NAMES:
        return part_name(path)
    if path.startswith("body["):
        try:
            idx = tuple(int(x) for x in path[5:-1].split("]["))
            node = notice.node_at(idx)
        except (ValueError, IndexError, KeyError):
            return path
        label = number_tree(notice.body, notice.numbering).get(id(node), "")
        text = node.text.text
        text = text if len(text) <= 90 else text[:88] + "…"
        return QCoreApplication.translate("TemplateReport", "Body %s «%s»") % (label or "-", text)
    return path


# ---------------------------------------------------------------------------
# New from template / change values


class TemplateFormDialog(QDialog):
    """A template's form on the left, the resulting notice on the right."""

    def __init__(self, parent: QWidget | None, library: Library):
        super().__init__(parent)
        self.library = library
        self.template: NoticeTemplate | None = None
        self.profile: Profile | None = None
        self.resize(1200, 780)
        self.top = QFormLayout()
        self.form = VariableForm()
        self.form.checked.connect(self.update_preview)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        self.preview.setOpenLinks(False)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a51d2d;")
        self.message.setVisible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setSizes([560, 640])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.top)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def result_notice(self) -> Notice:
        raise NotImplementedError

    @Slot()
    def update_preview(self) -> None:
        ok = self.template is not None and self.form.ok()
        self.ok_button().setEnabled(ok)
        if self.template is None:
            self.preview.setHtml("")
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        if ok:
            try:
                html = notice_html(self.result_notice())
            except ThongbaoError as exc:
                self.ok_button().setEnabled(False)
                html = problem_html(exc.message())
        else:
            count = len(self.form.problems)
            head = problem_html(_Texts().fields_to_fill(count))
            try:
                html = head + notice_html(self.example_notice())
            except ThongbaoError as exc:
                html = head + problem_html(exc.message())
        self.preview.setHtml(html)
        bar.setValue(position)

    def signer_id(self) -> str | None:
        return None

    def example_notice(self) -> Notice:
        """The notice with the template's examples in the fields that are not right yet."""
        examples = self.template.examples()
        given = {k: v for k, v in self.form.given().items() if k not in self.form.problems}
        for name in self.form.problems:
            if name in examples:
                given[name] = examples[name]
        values = resolve_values(self.template, self.profile, given, check_required=False)
        return generate(self.template, self.profile, values, self.signer_id())

    def accept(self) -> None:
        self.form.refresh()
        if not self.form.ok():
            first = next(iter(self.form.problems))
            if first in self.form.fields:
                self.form.fields[first].editor.setFocus()
            self.show_error(QCoreApplication.translate(
                "TemplateFormDialog", "Some fields need attention (marked in red)."))
            return
        try:
            self.notice = self.result_notice()
        except ThongbaoError as exc:
            self.show_error(exc.message())
            return
        super().accept()


class NewFromTemplateDialog(TemplateFormDialog):
    """Pick a template, a profile and a signer; fill the generated form."""

    def __init__(self, parent: QWidget | None, library: Library):
        super().__init__(parent, library)
        self.setObjectName("newFromTemplateDialog")
        self.notice: Notice | None = None
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.signer_combo = QComboBox()
        self.signer_combo.setObjectName("signerCombo")
        self.template_label, self.profile_label, self.signer_label = QLabel(), QLabel(), QLabel()
        self.top.addRow(self.template_label, self.template_combo)
        self.top.addRow(self.profile_label, self.profile_combo)
        self.top.addRow(self.signer_label, self.signer_combo)
        self.retranslate()
        self.fill_lists()
        from .profile_wizard import own_profiles  # the user's own office before the samples
        own = own_profiles(library)
        if own:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(own[0]))
        self.template_combo.currentIndexChanged.connect(self.choose)
        self.profile_combo.currentIndexChanged.connect(self.choose)
        self.signer_combo.currentIndexChanged.connect(self.update_preview)
        self.choose()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New notice from a template"))
        self.template_label.setText(self.tr("&Template:"))
        self.template_label.setBuddy(self.template_combo)
        self.profile_label.setText(self.tr("Issuing &agency profile:"))
        self.profile_label.setBuddy(self.profile_combo)
        self.signer_label.setText(self.tr("&Signer:"))
        self.signer_label.setBuddy(self.signer_combo)

    def fill_lists(self) -> None:
        for kind, combo in ((TEMPLATE_KIND, self.template_combo),
                            (PROFILE_KIND, self.profile_combo)):
            combo.clear()
            for e in self.library.entries(kind):
                if e.error:
                    continue
                marks = []
                if not e.builtin:
                    marks.append(self.tr("user"))
                if e.sample:
                    marks.append(self.tr("sample"))
                text = f"{e.title} ({e.name})" + (f" [{', '.join(marks)}]" if marks else "")
                combo.addItem(text, e.name)

    def select(self, template: str, profile: str) -> None:
        """Choose a template and a profile by name (as the user would)."""
        self.template_combo.setCurrentIndex(self.template_combo.findData(template))
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile))

    @Slot()
    def choose(self) -> None:
        tname, pname = self.template_combo.currentData(), self.profile_combo.currentData()
        if not tname or not pname:
            return
        try:
            self.template = self.library.template(tname)
            self.profile = self.library.profile(pname)
        except ThongbaoError as exc:
            self.template = None
            self.show_error(exc.message())
            self.update_preview()
            return
        self.show_error("")
        self.signer_combo.blockSignals(True)
        self.signer_combo.clear()
        for s in self.profile.signers:
            self.signer_combo.addItem(f"{s.name} — {' / '.join(s.authority)}", s.id)
        self.signer_combo.setCurrentIndex(self.signer_combo.findData(self.profile.signer().id))
        self.signer_combo.blockSignals(False)
        self.form.build(self.template, self.profile)

    def signer_id(self) -> str | None:
        return self.signer_combo.currentData()

    def result_notice(self) -> Notice:
        return instantiate(self.template, self.profile, self.form.given(), self.signer_id())


class ChangeValuesDialog(TemplateFormDialog):
    """The form of the template that made the notice, prefilled; OK applies
    the new values as one undoable command."""

    def __init__(self, parent: QWidget | None, library: Library, document: NoticeDocument):
        super().__init__(parent, library)
        self.setObjectName("changeValuesDialog")
        self.document = document
        self.report = None
        self.notice = None
        link = document.notice.template
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.top.addRow(self.info)
        self.retranslate()
        try:
            self.template = library.template(link.name)
            self.profile = library.profile(link.profile)
        except ThongbaoError as exc:
            self.template = None
            self.show_error(exc.message())
            self.update_preview()
            return
        self.form.build(self.template, self.profile, dict(link.values))

    def retranslate(self) -> None:
        link = self.document.notice.template
        self.setWindowTitle(self.tr("Change template values"))
        self.info.setText(self.tr("Template %s, profile %s. Parts of the notice you have not "
                                  "edited are written again with the new values; parts you "
                                  "edited are kept and listed afterwards.")
                          % (link.name, link.profile))

    def changes(self) -> dict:
        given = self.form.given()
        out = dict(given)
        for key in self.document.notice.template.values:
            if key not in given:
                out[key] = ""  # cleared: back to the default
        return out

    def result_notice(self) -> Notice:
        """The notice as it will be (``self.op`` is the edit that makes it)."""
        notice = copy.deepcopy(self.document.notice)
        self.op, self.report = variables_op(notice, self.changes(), self.template, self.profile)
        self.op.apply(notice)
        return notice


# ---------------------------------------------------------------------------
# Menu entries


class TemplateActions(QObject):
    """The template entries of the main window's menus."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.new_action = QAction(window)
        self.new_action.setObjectName("newFromTemplate")
        self.new_action.triggered.connect(self.new_from_template)
        self.change_action = QAction(window)
        self.change_action.setObjectName("changeTemplateValues")
        self.change_action.triggered.connect(self.change_values)
        self.save_action = QAction(window)
        self.save_action.setObjectName("saveAsTemplate")
        self.save_action.triggered.connect(self.save_as_template)
        self.library_action = QAction(window)
        self.library_action.setObjectName("templateLibrary")
        self.library_action.triggered.connect(self.show_library)
        window.file_menu.insertAction(window.open_action, self.new_action)
        self.menu = window.menuBar().addMenu("")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        for a in (self.change_action, self.save_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.library_action)
        self.menu.aboutToShow.connect(self.update_actions)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Templates"))
        self.new_action.setText(self.tr("New from &template…"))
        self.change_action.setText(self.tr("&Change template values…"))
        self.save_action.setText(self.tr("&Save as template…"))
        self.library_action.setText(self.tr("Template &library…"))

    @Slot()
    def update_actions(self) -> None:
        doc = self.window.document
        self.change_action.setEnabled(doc is not None and doc.notice.template is not None)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = replace_dialog(self.dialog, dialog)
        return dialog

    @Slot()
    def new_from_template(self) -> QDialog | None:
        if not self.window.maybe_save():
            return None
        dialog = NewFromTemplateDialog(self.window, user_library())
        dialog.accepted.connect(lambda: self._open_new(dialog.notice))
        return self._show(dialog)

    def _open_new(self, notice: Notice) -> None:
        document = NoticeDocument(notice)
        self.window.set_document(document)
        document.undo_stack.resetClean()  # a new notice with content: unsaved
        self.window.statusBar().showMessage(
            self.tr("New notice from template %s.") % notice.template.name, 8000)

    @Slot()
    def change_values(self) -> QDialog | None:
        doc = self.window.document
        if doc is None or doc.notice.template is None:
            QMessageBox.information(self.window, self.tr("Change template values"),
                                    self.tr("This notice was not made from a template, so it has "
                                            "no template values to change."))
            return None
        dialog = ChangeValuesDialog(self.window, user_library(), doc)
        dialog.accepted.connect(lambda: self._apply(doc, dialog))
        return self._show(dialog)

    def _apply(self, doc: NoticeDocument, dialog: ChangeValuesDialog) -> None:
        report = dialog.report
        doc.apply(dialog.op, self.tr("Change template values"))
        if report.kept:
            lines = "\n".join("• " + describe_path(doc.notice, p) for p in report.kept)
            QMessageBox.information(
                self.window, self.tr("Check the parts you edited"),
                self.tr("%n part(s) were updated. These parts were edited by hand and were "
                        "kept as they are; they still mention an old value:", "",
                        len(report.updated)) + "\n\n" + lines)
        else:
            self.window.statusBar().showMessage(
                self.tr("%n part(s) were updated.", "", len(report.updated)), 8000)

    @Slot()
    def save_as_template(self) -> QDialog:
        from .template_save import SaveAsTemplateDialog
        return self._show(SaveAsTemplateDialog(self.window, user_library(),
                                               self.window.document.notice))

    @Slot()
    def show_library(self) -> QDialog:
        from .template_library import TemplateLibraryDialog
        return self._show(TemplateLibraryDialog(self.window, user_library()))

""""Save as template": the current notice becomes a notice template in the
user library, with the values the user picks replaced by variables.

The user fills a table — value as it appears in the notice, variable name,
label — (prefilled from the template the notice was made from, if any); the
dialog counts where each value occurs, and ``notice_to_template`` writes the
template.  The header, signer and layout belong to the agency profile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..errors import ThongbaoError
from ..model import Notice
from ..model.text import clean
from ..templates import Library, check_name, notice_to_template
from ..templates.files import TEMPLATE_KIND
from ..templates.values import UnitName
from .busy import run_busy
from .dialogs import confirm

log = logging.getLogger(__name__)

VALUE, NAME, LABEL, TYPE, COUNT = range(5)


def notice_texts(notice: Notice) -> list[str]:
    """Every piece of text a template could replace values in."""
    out = [notice.header.summary, notice.closing.text, *notice.recipients]
    o = notice.opening
    if o.override is not None:
        out += [p.text for p in o.override]
    else:
        out += [*o.basis, *o.units, o.chair.name, o.chair.title, o.chair.role, o.attendees,
                o.participants, o.activities, o.reporters, o.report_subject]
    out += [node.text.text for _path, node in notice.walk_body()]
    return out


class SaveAsTemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None, library: Library, notice: Notice):
        super().__init__(parent)
        self.setObjectName("saveAsTemplateDialog")
        self.library = library
        self.notice = notice
        self.texts = notice_texts(notice)
        self.saved_name: str | None = None
        self.resize(900, 560)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateName")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("templateTitle")
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("templateDescription")
        self.name_label, self.title_label, self.description_label = QLabel(), QLabel(), QLabel()
        top = QFormLayout()
        top.addRow(self.name_label, self.name_edit)
        top.addRow(self.title_label, self.title_edit)
        top.addRow(self.description_label, self.description_edit)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("variablesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addVariable")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeVariable")
        self.remove_button.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a51d2d;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.suggest()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save as template"))
        self.name_label.setText(self.tr("File &name:"))
        self.name_label.setBuddy(self.name_edit)
        self.name_edit.setPlaceholderText(self.tr("lower-case letters, digits and hyphens: "
                                                  "kiem-tra-xa"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_label.setBuddy(self.title_edit)
        self.description_label.setText(self.tr("&Description:"))
        self.description_label.setBuddy(self.description_edit)
        self.intro.setText(self.tr(
            "Each value below is replaced by its variable everywhere in the notice; a new "
            "notice made from the template asks for it. Type the value exactly as it appears "
            "in the notice (e.g. huyện Cao Lộc)."))
        self.table.setHorizontalHeaderLabels([self.tr("Value in the notice"),
                                              self.tr("Variable name"), self.tr("Form label"),
                                              self.tr("Type"), self.tr("Occurrences")])
        self.add_button.setText(self.tr("&Add value"))
        self.remove_button.setText(self.tr("&Remove value"))

    # -- rows -------------------------------------------------------------------------
    def suggest(self) -> None:
        """Rows for the text values of the template the notice was made from."""
        link = self.notice.template
        if link is None:
            return
        labels = {}
        try:
            tpl = self.library.template(link.name)
            labels = {v.name: v.label for v in tpl.variables if v.type in ("text", "unit")}
        except ThongbaoError:
            tpl = None
        for name, value in link.values.items():
            if not isinstance(value, str) or len(value.strip()) < 3:
                continue
            if tpl is not None and name not in labels:
                continue
            if self.count(value):
                self.add_row(value, name, labels.get(name, ""))

    def count(self, value: str) -> int:
        return sum(t.count(value) for t in self.texts) if value else 0

    def add_row(self, value: str = "", name: str = "", label: str = "") -> int:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        for col, text in ((VALUE, value), (NAME, name), (LABEL, label)):
            self.table.setItem(r, col, QTableWidgetItem(text))
        for col in (TYPE, COUNT):
            item = QTableWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, col, item)
        self.table.blockSignals(False)
        self._update_row(r)
        return r

    @Slot()
    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows or [self.table.rowCount() - 1]:
            if r >= 0:
                self.table.removeRow(r)

    def _update_row(self, r: int) -> None:
        self.table.blockSignals(True)
        value = clean(self.cell(r, VALUE))
        self.table.item(r, TYPE).setText(self.tr("unit") if UnitName(value).kind else self.tr("text"))
        self.table.item(r, COUNT).setText(str(self.count(value)))
        self.table.blockSignals(False)

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE:
            self._update_row(item.row())

    def cell(self, r: int, col: int) -> str:
        item = self.table.item(r, col)
        return item.text() if item is not None else ""

    def set_cell(self, r: int, col: int, text: str) -> None:
        self.table.item(r, col).setText(text)

    # -- saving -----------------------------------------------------------------------
    def replacements(self) -> tuple[dict[str, str], dict[str, str]]:
        repl, labels = {}, {}
        for r in range(self.table.rowCount()):
            value, name = clean(self.cell(r, VALUE)), clean(self.cell(r, NAME))
            if not value and not name:
                continue
            if not value or not name:
                raise ValueError(self.tr("Row %d needs both a value and a variable name.") % (r + 1))
            if not self.count(value):
                raise ValueError(self.tr("«%s» does not occur in the notice.") % value)
            repl[value] = name
            label = clean(self.cell(r, LABEL))
            if label:
                labels[name] = label
        return repl, labels

    def template_text(self) -> str:
        name = clean(self.name_edit.text())
        title = clean(self.title_edit.text())
        check_name(name)
        if not title:
            raise ValueError(self.tr("Give the template a title."))
        repl, labels = self.replacements()
        profile = None
        link = self.notice.template
        if link is not None and link.profile:
            try:
                profile = self.library.profile(link.profile)
            except ThongbaoError:
                log.info("profile %s not found; recipients are copied as they are", link.profile)
        return notice_to_template(self.notice, repl, name=name, title=title,
                                  description=clean(self.description_edit.text()),
                                  profile=profile, labels=labels)

    def _save(self, name: str, text: str, force: bool = False) -> None:
        """Save into the library — after ``template check`` with the shipped
        profiles, in the worker process — off the GUI thread."""
        run_busy(self, self.tr("Checking the template (a trial fill-in)…"),
                 lambda: self.library.save_text(TEMPLATE_KIND, name, text, force=force))

    def accept(self) -> None:
        try:
            text = self.template_text()
            name = clean(self.name_edit.text())
            try:
                self._save(name, text)
            except ThongbaoError as exc:
                if exc.code != "template.exists":
                    raise
                if not confirm(
                    self, self.tr("Replace template?"),
                    self.tr("Your library already has a template named %s. Replace it?") % name):
                    return
                self._save(name, text, force=True)
        except ThongbaoError as exc:
            self.message.setText(exc.message())
            return
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self.saved_name = name
        log.info("saved the notice as template %s", name)
        super().accept()

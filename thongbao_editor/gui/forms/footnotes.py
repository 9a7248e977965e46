"""Every footnote of the notice in print order, editable in place."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ...model import Footnote, RichText
from ...model.footnotes import FootnoteRef, footnote_order
from ...model.numbering import number_tree
from ...model.text import parse_markup, to_markup
from ...model.edit import FieldPath, SetFootnote
from .base import FormSection

log = logging.getLogger(__name__)


class FootnotesSection(FormSection):
    part = "footnotes"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("footnotes")
        self.table.setAccessibleName(self.tr("Footnotes"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("In"), self.tr("Footnote text")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.extra.addWidget(self.table, 1)
        self.refs: list[FootnoteRef] = []

    def title(self) -> str:
        return self.tr("Footnotes")

    def load_extra(self) -> None:
        notice = self.document.notice
        self.refs = footnote_order(notice)
        labels = number_tree(notice.body, notice.numbering)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.refs))
        for r, ref in enumerate(self.refs):
            number = QTableWidgetItem(str(ref.number))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if ref.part == "body":
                node = notice.node_at(ref.path)
                label = labels.get(id(node), "")
                where = f"{label} {node.text.text[:40]}…".strip()
            elif ref.part == "closing":
                where = self.tr("Closing")
            else:
                where = self.tr("Opening")
            place = QTableWidgetItem(where)
            place.setFlags(place.flags() & ~Qt.ItemFlag.ItemIsEditable)
            text = QTableWidgetItem(to_markup(RichText(ref.footnote.content)))
            self.table.setItem(r, 0, number)
            self.table.setItem(r, 1, place)
            self.table.setItem(r, 2, text)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)

    def set_footnote_text(self, row: int, markup: str) -> None:
        """Edit footnote ``row`` (0-based) as a user typing into the table."""
        self.table.item(row, 2).setText(markup)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 2 or item.row() >= len(self.refs):
            return
        ref = self.refs[item.row()]
        try:
            rich = parse_markup(item.text())
        except ValueError:
            rich = RichText.plain(item.text())
        new = Footnote(tuple(rich.runs()))
        if new == ref.footnote or not rich:
            return
        if ref.part == "body":
            target = ref.path
        elif ref.part == "opening":
            target = FieldPath.parse("opening.override").item(ref.path[0])
        else:
            target = FieldPath.parse(ref.part)
        self.document.apply(SetFootnote(target, ref.index, new), self.tr("Edit footnote"))

    def on_document_changed(self, part: str) -> None:
        if part in ("body", "closing", "opening"):
            # Rebuilt when shown: typing in the body must stay cheap.
            self._stale = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if getattr(self, "_stale", True):
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._stale = False
        super().load()

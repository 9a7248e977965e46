"""The appendices (phụ lục) of the notice: their list, each one's title and
orientation, and a small editor for its table (add/remove rows, Tab between
cells, paste tab-separated lines from Excel or Word as rows).

Every change is a model operation (``model/table_edit.py``) pushed through
``document.apply``, so it is one undo step like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QWidget)

from ...model import Kind, Node
from ...model.edit import Batch, FieldPath, SetField
from ...model.notice import Appendix
from ...model.table_edit import InsertAppendix, InsertRow, RemoveAppendix, RemoveRow, SetCell
from ...model.tables import TASK_COLUMNS, Cell, Table, task_table
from ...model.text import RichText, clean, parse_markup
from ...render.appendices import appendix_names
from .base import FormSection


def cell_text(markup: str) -> RichText:
    """What the user typed into a cell: markup (**đậm**, *nghiêng*, [^chú thích]), or plain text."""
    try:
        return parse_markup(markup)
    except ValueError:
        return RichText.plain(markup)


def pasted_rows(text: str, columns: int) -> list[tuple[Cell, ...]]:
    """Tab-separated lines (a range copied from Excel or Word) as table rows
    of ``columns`` cells (extra cells dropped, missing ones empty)."""
    rows = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        values = (line.split("\t") + [""] * columns)[:columns]
        rows.append(tuple(Cell(RichText.plain(clean(v))) for v in values))
    return rows


class _PasteRows(QObject):
    """Ctrl+V in the table pastes the clipboard's lines as new rows."""

    def __init__(self, section: "AppendicesSection") -> None:
        super().__init__(section)
        self.section = section

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            return self.section.paste_rows(QGuiApplication.clipboard().text())
        return False


class AppendicesSection(FormSection):
    part = "appendices"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.list = QListWidget()
        self.list.setObjectName("appendix_list")
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.extra.addWidget(self.list)
        self.add_button, self.remove_button = self._buttons(self._on_add, self._on_remove)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("appendix_title")
        self.title_edit.editingFinished.connect(self._on_title)
        self.landscape = QCheckBox()
        self.landscape.setObjectName("appendix_landscape")
        self.landscape.toggled.connect(self._on_landscape)
        self.reference = QLabel()
        self.reference.setObjectName("appendix_reference")
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra.addWidget(self.title_edit)
        self.extra.addWidget(self.landscape)
        self.extra.addWidget(self.reference)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("appendix_table")
        self.table.itemChanged.connect(self._on_cell_changed)
        self.table.installEventFilter(_PasteRows(self))
        self.extra.addWidget(self.table, 1)
        self.add_row_button, self.remove_row_button = self._buttons(self._on_add_row,
                                                                    self._on_remove_row)
        self.retranslate()

    def _buttons(self, *slots) -> list[QPushButton]:
        """A row of buttons under the last widget, one per slot (texts set in retranslate)."""
        row, out = QHBoxLayout(), []
        for slot in slots:
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
            out.append(button)
        row.addStretch(1)
        self.extra.addLayout(row)
        return out

    def title(self) -> str:
        return self.tr("Appendices")

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(self.tr("Add task appendix"))
        self.remove_button.setText(self.tr("Remove appendix"))
        self.title_edit.setPlaceholderText(self.tr("Title of the appendix"))
        self.title_edit.setAccessibleName(self.tr("Title of the appendix"))
        self.landscape.setText(self.tr("Landscape pages"))
        self.table.setAccessibleName(self.tr("Table of the appendix"))
        self.add_row_button.setText(self.tr("Add row"))
        self.remove_row_button.setText(self.tr("Remove row"))

    # -- where things are ----------------------------------------------------------
    def current(self) -> int:
        return self.list.currentRow()

    def table_path(self) -> FieldPath | None:
        """The first table of the current appendix."""
        i = self.current()
        if not 0 <= i < len(self.document.notice.appendices):
            return None
        for k, node in enumerate(self.document.notice.appendices[i].content):
            if node.table is not None:
                return FieldPath.parse(f"appendices[{i}].content[{k}].table")
        return None

    # -- model -> widgets ----------------------------------------------------------
    def load_extra(self) -> None:
        notice = self.document.notice
        names = appendix_names(notice)
        labels = [f"{name} — {a.title}" if a.title else name
                  for name, a in zip(names, notice.appendices, strict=True)]
        keep = self.current()
        self.list.blockSignals(True)
        if [self.list.item(r).text() for r in range(self.list.count())] != labels:
            self.list.clear()
            self.list.addItems(labels)
        self.list.setCurrentRow(min(max(keep, 0), len(labels) - 1) if labels else -1)
        self.list.blockSignals(False)
        self._load_current()

    def _load_current(self) -> None:
        i, notice = self.current(), self.document.notice
        appendix = notice.appendices[i] if 0 <= i < len(notice.appendices) else None
        for w in (self.title_edit, self.landscape, self.table, self.remove_button,
                  self.add_row_button, self.remove_row_button):
            w.setEnabled(appendix is not None)
        self.title_edit.blockSignals(True)
        self.landscape.blockSignals(True)
        if self.title_edit.text() != (appendix.title if appendix else ""):
            self.title_edit.setText(appendix.title if appendix else "")
        self.landscape.setChecked(bool(appendix and appendix.landscape))
        self.title_edit.blockSignals(False)
        self.landscape.blockSignals(False)
        self.reference.setText(self.tr("To refer to this appendix in the body, type %1 (printed as "
                                       "its current number).").replace("%1", "{{phuluc:%s}}" % appendix.key)
                               if appendix and appendix.key else "")
        path = self.table_path()
        self._show_table(path.get(notice) if path else None)

    def _show_table(self, table: Table | None) -> None:
        cur = (self.table.currentRow(), self.table.currentColumn())
        self.table.blockSignals(True)
        columns = table.columns if table else 0
        self.table.setColumnCount(columns)
        self.table.setRowCount(len(table.rows) if table else 0)
        if table is not None:
            header = [c.text.text for c in table.header[0]] if table.header else []
            self.table.setHorizontalHeaderLabels(header + [""] * (columns - len(header)))
            for r, row in enumerate(table.rows):
                for c in range(columns):
                    text = row[c].text.to_markup() if c < len(row) else ""
                    self.table.setItem(r, c, QTableWidgetItem(text))
        if cur[0] >= 0:
            self.table.setCurrentCell(min(cur[0], self.table.rowCount() - 1), cur[1])
        self.table.blockSignals(False)

    # -- widgets -> model ----------------------------------------------------------
    @Slot(int)
    def _on_current_changed(self, _row: int) -> None:
        self._load_current()

    @Slot()
    def _on_add(self) -> None:
        n = len(self.document.notice.appendices)
        keys = {a.key for a in self.document.notice.appendices}
        key = next(f"pl{k}" for k in range(1, n + 2) if f"pl{k}" not in keys)  # {{phuluc:pl1}}
        appendix = Appendix(self.tr("Task assignments"), True,
                            [Node(Kind.PARAGRAPH, table=task_table([("", "", "", "", "")]))], key)
        self.document.apply(InsertAppendix(n, appendix), self.tr("Add appendix"))
        self.list.setCurrentRow(n)

    @Slot()
    def _on_remove(self) -> None:
        if self.current() >= 0:
            self.document.apply(RemoveAppendix(self.current()), self.tr("Remove appendix"))

    @Slot()
    def _on_title(self) -> None:
        i = self.current()
        value = clean(self.title_edit.text())
        if 0 <= i < len(self.document.notice.appendices) \
                and value != self.document.notice.appendices[i].title:
            self.document.apply(SetField(FieldPath.parse(f"appendices[{i}].title"), value),
                                self.tr("Edit appendix title"))

    @Slot(bool)
    def _on_landscape(self, on: bool) -> None:
        i = self.current()
        if 0 <= i < len(self.document.notice.appendices):
            self.document.apply(SetField(FieldPath.parse(f"appendices[{i}].landscape"), on),
                                self.tr("Change page orientation"))

    @Slot(QTableWidgetItem)
    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        path = self.table_path()
        if self._loading or path is None:
            return
        row = path.get(self.document.notice).rows[item.row()]
        if item.column() >= len(row):
            return
        text = cell_text(item.text())
        if text != row[item.column()].text:
            self.document.apply(SetCell(path, item.row(), item.column(), text), self.tr("Edit cell"))

    @Slot()
    def _on_add_row(self) -> None:
        path = self.table_path()
        if path is not None:
            at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 \
                else self.table.rowCount()
            self.document.apply(InsertRow(path, at, self._numbered(at)), self.tr("Add row"))
            self.table.setCurrentCell(at, min(1, self.table.columnCount() - 1))

    def _numbered(self, at: int) -> tuple[Cell, ...] | None:
        """A new row of a task table starts with its number (STT)."""
        path = self.table_path()
        table = path.get(self.document.notice)
        if table.kind != "tasks":
            return None
        return (Cell(RichText.plain(str(at + 1))),) + tuple(Cell() for _ in TASK_COLUMNS[1:])

    @Slot()
    def _on_remove_row(self) -> None:
        path, row = self.table_path(), self.table.currentRow()
        if path is not None and row >= 0:
            self.document.apply(RemoveRow(path, row), self.tr("Remove row"))

    def paste_rows(self, text: str) -> bool:
        """Insert the tab-separated lines of ``text`` as rows after the current
        one (one undo step); False when there is nothing to paste."""
        path = self.table_path()
        if path is None:
            return False
        rows = pasted_rows(text, self.table.columnCount())
        if not rows:
            return False
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        ops = tuple(InsertRow(path, at + k, row) for k, row in enumerate(rows))
        self.document.apply(Batch(ops), self.tr("Paste rows"))
        self.table.setCurrentCell(at + len(rows) - 1, 0)
        return True


__all__ = ["AppendicesSection", "cell_text", "pasted_rows"]

"""The table editor shared by the appendices and the body: header rows (bold,
edited like any cell) above the body rows, add/remove rows and columns, Tab
between cells, Ctrl+V pastes a range copied from Excel or Word as rows; a
task table can be printed as prose items instead of a grid.

Every change is one model operation (``model/table_edit.py``) pushed through
``document.apply``: one undo step each.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...model.edit import Batch, FieldPath, SetField
from ...model.table_edit import InsertColumn, InsertRow, RemoveColumn, RemoveRow, SetCell
from ...model.tables import TASK_COLUMNS, Cell, Table, grid_starts
from ...model.text import RichText, clean, parse_markup

# Item data: (header row?, row index in header/rows, cell index in the row).
_WHERE = Qt.ItemDataRole.UserRole


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


def new_task_row(number: int) -> tuple[Cell, ...]:
    """An empty task row that starts with its number (STT)."""
    return (Cell(RichText.plain(str(number))),) + tuple(Cell() for _ in TASK_COLUMNS[1:])


class _PasteRows(QObject):
    """Ctrl+V in the table pastes the clipboard's lines as new rows."""

    def __init__(self, editor: "TableEditor") -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            return self.editor.paste_rows(QGuiApplication.clipboard().text())
        return False


class TableEditor(QWidget):
    """Edits the table at ``path()`` (a :class:`FieldPath` or None) of ``document``."""

    def __init__(self, document, path: Callable[[], FieldPath | None], name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.path = document, path
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName(name)
        self.table.itemChanged.connect(self._on_cell_changed)
        self.table.installEventFilter(_PasteRows(self))
        self.items_box = QCheckBox()
        self.items_box.setObjectName(f"{name}_items")
        self.items_box.toggled.connect(self._on_items_toggled)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.items_box)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for slot in (self.add_row, self.remove_row, self.add_column, self.remove_column):
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        lay.addLayout(row)
        (self.add_row_button, self.remove_row_button, self.add_column_button,
         self.remove_column_button) = self.buttons
        self.retranslate()

    def retranslate(self) -> None:
        self.add_row_button.setText(self.tr("Add row"))
        self.remove_row_button.setText(self.tr("Remove row"))
        self.add_column_button.setText(self.tr("Add column"))
        self.remove_column_button.setText(self.tr("Remove column"))
        self.items_box.setText(self.tr("Print the tasks as items (- …) instead of a table"))
        self.table.setAccessibleName(self.tr("Table"))

    # -- model -> widgets ----------------------------------------------------------
    def current_table(self) -> Table | None:
        path = self.path()
        return path.get(self.document.notice) if path is not None else None

    def reload(self) -> None:
        table = self.current_table()
        has = table is not None
        tasks = has and table.kind == "tasks"
        for w in (self.table, self.add_row_button, self.remove_row_button):
            w.setEnabled(has)
        for w in (self.add_column_button, self.remove_column_button):  # a task table keeps its columns
            w.setEnabled(has and not tasks)
        self.remove_column_button.setEnabled(has and not tasks and table.columns > 1)
        self.items_box.setVisible(bool(tasks))
        self.items_box.blockSignals(True)
        self.items_box.setChecked(bool(tasks and table.style == "items"))
        self.items_box.blockSignals(False)
        self._show(table)

    def _show(self, table: Table | None) -> None:
        cur = (self.table.currentRow(), self.table.currentColumn())
        self._loading = True
        self.table.blockSignals(True)
        self.table.clearSpans()
        self.table.clearContents()
        columns = table.columns if table else 0
        rows = [(True, i, r) for i, r in enumerate(table.header)] if table else []
        rows += [(False, i, r) for i, r in enumerate(table.rows)] if table else []
        self.table.setColumnCount(columns)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([str(c + 1) for c in range(columns)])
        self.table.setVerticalHeaderLabels([self.tr("Header") if header else str(i + 1)
                                            for header, i, _ in rows])
        for r, (header, i, row) in enumerate(rows):
            self._show_row(r, header, i, row, columns)
        if cur[0] >= 0 and rows:
            self.table.setCurrentCell(min(cur[0], len(rows) - 1), min(max(cur[1], 0), columns - 1))
        self.table.blockSignals(False)
        self._loading = False

    def _show_row(self, r: int, header: bool, i: int, row: list[Cell], columns: int) -> None:
        starts = grid_starts(row)
        for c in range(columns):
            item = QTableWidgetItem()
            if c in starts:
                k = starts.index(c)
                item.setText("" if row[k].merged else row[k].text.to_markup())
                item.setData(_WHERE, (header, i, k))
                if row[k].span > 1:
                    self.table.setSpan(r, c, 1, row[k].span)
            if item.data(_WHERE) is None or row[item.data(_WHERE)[2]].merged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if header:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(r, c, item)

    # -- where the cursor is ---------------------------------------------------------
    def _header_rows(self) -> int:
        table = self.current_table()
        return len(table.header) if table else 0

    def _body_row_after_cursor(self) -> int:
        """The index among the body rows just after the current row."""
        table = self.current_table()
        r = self.table.currentRow()
        return len(table.rows) if r < 0 else max(r + 1 - self._header_rows(), 0)

    # -- widgets -> model ----------------------------------------------------------
    @Slot(QTableWidgetItem)
    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        path, where = self.path(), item.data(_WHERE)
        if self._loading or path is None or where is None:
            return
        header, i, k = where
        table = path.get(self.document.notice)
        cell = (table.header if header else table.rows)[i][k]
        text = cell_text(item.text())
        if text != cell.text:
            self.document.apply(SetCell(path, i, k, text, header), self.tr("Edit cell"))

    @Slot(bool)
    def _on_items_toggled(self, on: bool) -> None:
        path = self.path()
        if path is not None:
            self.document.apply(SetField(FieldPath.parse(f"{path}.style"), "items" if on else "grid"),
                                self.tr("Print tasks as items") if on else self.tr("Print tasks as a table"))

    def _new_row(self, at: int) -> tuple[Cell, ...] | None:
        table = self.current_table()
        return new_task_row(at + 1) if table.kind == "tasks" else None

    @Slot()
    def add_row(self) -> None:
        path = self.path()
        if path is not None:
            at = self._body_row_after_cursor()
            self.document.apply(InsertRow(path, at, self._new_row(at)), self.tr("Add row"))
            self.table.setCurrentCell(self._header_rows() + at, min(1, self.table.columnCount() - 1))

    @Slot()
    def remove_row(self) -> None:
        path, r = self.path(), self.table.currentRow() - self._header_rows()
        if path is not None and r >= 0:
            self.document.apply(RemoveRow(path, r), self.tr("Remove row"))

    @Slot()
    def add_column(self) -> None:
        path = self.path()
        if path is not None:
            c = self.table.currentColumn()
            at = c + 1 if c >= 0 else self.table.columnCount()
            self.document.apply(InsertColumn(path, at), self.tr("Add column"))
            self.table.setCurrentCell(max(self.table.currentRow(), 0), at)

    @Slot()
    def remove_column(self) -> None:
        path, c = self.path(), self.table.currentColumn()
        if path is not None and c >= 0 and self.table.columnCount() > 1:
            self.document.apply(RemoveColumn(path, c), self.tr("Remove column"))

    def paste_rows(self, text: str) -> bool:
        """Insert the tab-separated lines of ``text`` as rows after the current
        one (one undo step); False when there is nothing to paste."""
        path = self.path()
        if path is None:
            return False
        rows = pasted_rows(text, self.table.columnCount())
        if not rows:
            return False
        at = self._body_row_after_cursor()
        ops = tuple(InsertRow(path, at + k, row) for k, row in enumerate(rows))
        self.document.apply(Batch(ops), self.tr("Paste rows"))
        self.table.setCurrentCell(self._header_rows() + at + len(rows) - 1, 0)
        return True


__all__ = ["TableEditor", "cell_text", "new_task_row", "pasted_rows"]

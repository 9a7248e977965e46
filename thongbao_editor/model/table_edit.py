"""Edit operations for appendices and tables (see :mod:`.edit`).

A table is addressed by the :class:`FieldPath` of the ``table`` field of the
node carrying it (``appendices[0].content[1].table``,
``body[2].children[0].table``); rows by their index in ``header`` or
``rows``, columns by their grid column (spans counted).  Each operation
returns a :class:`Change` whose inverse undoes it exactly.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from .edit import Change, InsertItem, RemoveItem, SetField
from .notice import Appendix, Notice
from .paths import FieldPath
from .tables import Cell, Table
from .text import RichText

APPENDICES = FieldPath.of("appendices")


def _table(notice: Notice, path: FieldPath) -> Table:
    table = path.get(notice)
    if not isinstance(table, Table):
        raise IndexError(f"{path}: no table")
    return table


def InsertAppendix(index: int, appendix: Appendix) -> InsertItem:
    """Insert ``appendix`` at ``index`` of the appendices."""
    return InsertItem(APPENDICES, index, appendix)


def RemoveAppendix(index: int) -> RemoveItem:
    """Remove appendix ``index``."""
    return RemoveItem(APPENDICES, index)


@dataclass(frozen=True)
class SetCell:
    """Set the text of cell ``col`` (its place in the row) of row ``row`` of
    ``rows`` (or of ``header`` when ``header``)."""

    table: FieldPath
    row: int
    col: int
    text: RichText
    header: bool = False

    def apply(self, notice: Notice) -> Change:
        rows = _table(notice, self.table).header if self.header else _table(notice, self.table).rows
        cell = rows[self.row][self.col]
        old, cell.text = cell.text, self.text
        return Change(self, SetCell(self.table, self.row, self.col, old, self.header),
                      self.table.part, self.table)


@dataclass(frozen=True)
class InsertRow:
    """Insert a row at ``index`` of the body rows: ``cells``, or empty cells
    across the grid when ``cells`` is None."""

    table: FieldPath
    index: int
    cells: tuple[Cell, ...] | None = None

    def apply(self, notice: Notice) -> Change:
        table = _table(notice, self.table)
        if not 0 <= self.index <= len(table.rows):
            raise IndexError(self.index)
        row = copy.deepcopy(list(self.cells)) if self.cells is not None else \
            [Cell() for _ in range(max(table.columns, 1))]
        table.rows.insert(self.index, row)
        return Change(self, RemoveRow(self.table, self.index), self.table.part, self.table)


@dataclass(frozen=True)
class RemoveRow:
    table: FieldPath
    index: int

    def apply(self, notice: Notice) -> Change:
        old = _table(notice, self.table).rows.pop(self.index)
        return Change(self, InsertRow(self.table, self.index, tuple(old)), self.table.part,
                      self.table)


def _covering(row: list[Cell], column: int) -> tuple[int, int]:
    """(index of the cell covering grid ``column``, grid column where it starts);
    (len(row), width) when the row ends at or before ``column``."""
    start = 0
    for i, cell in enumerate(row):
        if start <= column < start + cell.span:
            return i, start
        start += cell.span
    return len(row), start


@dataclass(frozen=True)
class InsertColumn:
    """Insert an empty grid column before ``column``: a cell spanning it grows."""

    table: FieldPath
    column: int

    def apply(self, notice: Notice) -> Change:
        table = _table(notice, self.table)
        if not 0 <= self.column <= table.columns:
            raise IndexError(self.column)
        for row in table.header + table.rows:
            i, start = _covering(row, self.column)
            if i < len(row) and start < self.column:
                row[i].span += 1
            elif start == self.column:
                row.insert(i, Cell())
        if table.widths is not None:
            table.widths.insert(self.column, sum(table.widths) / max(len(table.widths), 1) or 20.0)
        return Change(self, RemoveColumn(self.table, self.column), self.table.part, self.table)


@dataclass(frozen=True)
class RemoveColumn:
    """Remove grid column ``column``: a cell spanning it shrinks, a one-column
    cell goes (the inverse puts the whole table back)."""

    table: FieldPath
    column: int

    def apply(self, notice: Notice) -> Change:
        table = _table(notice, self.table)
        if not 0 <= self.column < table.columns:
            raise IndexError(self.column)
        old = copy.deepcopy(table)
        for row in table.header + table.rows:
            i, _ = _covering(row, self.column)
            if i < len(row):
                if row[i].span > 1:
                    row[i].span -= 1
                else:
                    row.pop(i)
        if table.widths is not None:
            table.widths.pop(self.column)
        return Change(self, SetField(self.table, old), self.table.part, self.table)


__all__ = ["InsertAppendix", "InsertColumn", "InsertRow", "RemoveAppendix", "RemoveColumn",
           "RemoveRow", "SetCell"]

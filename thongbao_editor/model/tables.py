"""Tables and appendices (phụ lục) of a notice, and task assignments as data.

A :class:`Table` is a grid of :class:`Cell` (rich text: bold, italic,
footnotes), with header rows repeated on each page, optional column widths
and simple merges: a cell spanning ``span`` grid columns, and a cell that
continues the one above it (``merged``, a vertical merge).  A table sits in
the body as an unlabelled paragraph node carrying it (``Node.table``), so the
numbering skips it, and in an appendix (``notice.Appendix``).

A task table (``kind="tasks"``) has the columns of :data:`TASK_COLUMNS`; its
rows read as :class:`Task` records whose deadline is a date
(:func:`parse_deadline`), for the checker and the spreadsheet export.  Its
``style`` "items" prints it as prose items instead of a grid
(``render/task_items.py``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from .text import RichText

#: The columns of a task table (STT, nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp, thời hạn, ghi chú).
TASK_COLUMNS: tuple[str, ...] = ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                 "Thời hạn", "Ghi chú")
#: Widths (mm) of a task table's columns on a landscape A4 page.
TASK_WIDTHS: tuple[float, ...] = (15, 92, 45, 45, 28, 25)
TABLE_KINDS = ("", "tasks")
#: How a table prints: a grid, or (a task table only) one "- " item paragraph per task.
TABLE_STYLES = ("grid", "items")
#: ``{{phuluc:key}}`` in the body: printed as the current name of the appendix ``key``.
APPENDIX_REFERENCE = re.compile(r"\{\{phuluc:([a-z0-9][a-z0-9_-]*)\}\}")
_DMY = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")


@dataclass
class Cell:
    text: RichText = field(default_factory=RichText)
    span: int = 1  # grid columns this cell covers (horizontal merge)
    merged: bool = False  # continues the cell above (vertical merge)

    @classmethod
    def make(cls, text: RichText | str = "", span: int = 1, merged: bool = False) -> "Cell":
        if isinstance(text, str):
            text = RichText.from_markup(text)
        return cls(text, span, merged)


@dataclass
class Table:
    header: list[list[Cell]] = field(default_factory=list)  # rows repeated on each page
    rows: list[list[Cell]] = field(default_factory=list)
    widths: list[float] | None = None  # column widths in mm; None: equal shares
    kind: str = ""  # "" or "tasks"
    style: str = "grid"  # "grid" or, for a task table, "items" (prose items)

    @property
    def columns(self) -> int:
        """Grid columns: the widest row, counting spans."""
        return max((sum(c.span for c in row) for row in self.header + self.rows), default=0)


def grid_starts(row: list[Cell]) -> list[int]:
    """The grid column where each cell of ``row`` starts (spans counted)."""
    out, start = [], 0
    for cell in row:
        out.append(start)
        start += cell.span
    return out


@dataclass(frozen=True)
class Task:
    """One row of a task table; ``deadline_text`` as written, ``deadline``
    the date it names (None when blank or not a real date)."""

    row: int
    number: str
    task: str
    lead: str
    support: str
    deadline_text: str
    deadline: _dt.date | None
    notes: str


def parse_deadline(text: str) -> _dt.date | None:
    """``dd/mm/yyyy`` -> a date; None for a blank; ValueError when it is not
    a date or does not exist (``31/02/2025``)."""
    if not text.strip():
        return None
    m = _DMY.fullmatch(text)
    if not m:
        raise ValueError(text)
    day, month, year = (int(g) for g in m.groups())
    return _dt.date(year, month, day)


def task_table(tasks: list[tuple[str, str, str, str, str]]) -> Table:
    """A task table from ``(task, lead, support, deadline dd/mm/yyyy, notes)`` rows."""
    header = [[Cell.make(f"**{name}**") for name in TASK_COLUMNS]]
    rows = [[Cell.make(str(i)), *(Cell(RichText.plain(v)) for v in row)]
            for i, row in enumerate(tasks, 1)]
    return Table(header, rows, list(TASK_WIDTHS), "tasks")


def table_tasks(table: Table) -> list[Task]:
    """The rows of a task table as :class:`Task` records ([] for another kind)."""
    if table.kind != "tasks":
        return []
    out = []
    for i, row in enumerate(table.rows):
        texts = [c.text.text for c in row] + [""] * (len(TASK_COLUMNS) - len(row))
        try:
            deadline = parse_deadline(texts[4])
        except ValueError:
            deadline = None
        out.append(Task(i, *(t.strip() for t in texts[:4]), texts[4].strip(), deadline,
                        texts[5].strip()))
    return out


def without_references(text: str, notice) -> str:
    """``text`` with its references to existing appendices taken out (what is
    left of ``{{…}}`` is a placeholder still to fill)."""
    keys = {a.key for a in notice.appendices if a.key}
    return APPENDIX_REFERENCE.sub(lambda m: "" if m.group(1) in keys else m.group(0), text)


def notice_tables(notice) -> list[tuple[str, tuple, Table]]:
    """``(part, place, table)`` of every table: ``("body", node path, t)`` and
    ``("appendices", (appendix, content index), t)``, in print order."""
    out = [("body", path, node.table) for path, node in notice.walk_body()
           if node.table is not None]
    for a, appendix in enumerate(notice.appendices):
        out += [("appendices", (a, i), node.table) for i, node in enumerate(appendix.content)
                if node.table is not None]
    return out


def notice_tasks(notice) -> list[tuple[str, tuple, Task]]:
    """Every task of every task table with where its table sits."""
    return [(part, place, task) for part, place, table in notice_tables(notice)
            for task in table_tasks(table)]


__all__ = ["APPENDIX_REFERENCE", "Cell", "TABLE_KINDS", "TABLE_STYLES", "TASK_COLUMNS", "TASK_WIDTHS",
           "Table", "Task", "grid_starts", "notice_tables", "notice_tasks", "parse_deadline",
           "table_tasks", "task_table", "without_references"]

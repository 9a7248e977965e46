"""A task table printed as prose items (``Table.style == "items"``).

Each task becomes one ``- `` item paragraph of the body, worded as practice
writes assignments in a conclusion notice::

    - Sở Kế hoạch và Đầu tư chủ trì, phối hợp với UBND huyện Cao Lộc: rà soát …
      Thời hạn: trước ngày 1/4/2024.

The cells keep their bold/italic/footnotes; a deadline that reads as a date
prints as :func:`~thongbao_editor.model.vnformat.short_date`, any other text
as written.  The checker's task rules read the table itself, so they apply
whichever way it prints.
"""

from __future__ import annotations

from ..model import RichText, Run
from ..model.tables import Table, Task, table_tasks
from ..model.vnformat import short_date

DEADLINE_WORDS = "Thời hạn: trước ngày"
NOTES_WORDS = "Ghi chú:"


def _cells(table: Table, row: int) -> list[RichText]:
    cells = [c.text for c in table.rows[row]]
    return cells + [RichText()] * (6 - len(cells))


def _sentence_end(pieces: list) -> None:
    """End the text so far with a full stop (unless it has one)."""
    text = "".join(p.text for p in pieces if isinstance(p, Run)).rstrip()
    if text and not text.endswith((".", "!", "?", "…")):
        pieces.append(Run("."))


def task_item(table: Table, row: int) -> RichText:
    """The prose of task ``row``: lead, supporting units, the task, its deadline and notes."""
    return _item(table, table_tasks(table)[row])


def _item(table: Table, task: Task) -> RichText:
    _, what, lead, support, _, notes = _cells(table, task.row)
    pieces: list = []
    if task.lead:
        pieces += [*lead.pieces, Run(" chủ trì")]
        if task.support:
            pieces += [Run(", phối hợp với "), *support.pieces]
        pieces.append(Run(": "))
    pieces += what.pieces
    _sentence_end(pieces)
    if task.deadline_text:
        date = short_date(task.deadline) if task.deadline else task.deadline_text
        pieces.append(Run(f" {DEADLINE_WORDS} {date}."))
    if task.notes:
        pieces += [Run(f" {NOTES_WORDS} "), *notes.pieces]
        _sentence_end(pieces)
    return RichText(tuple(pieces)).normalized()


def task_items(table: Table) -> list[RichText]:
    """One item text per task row of a task table."""
    return [_item(table, task) for task in table_tasks(table)]


__all__ = ["DEADLINE_WORDS", "task_item", "task_items"]

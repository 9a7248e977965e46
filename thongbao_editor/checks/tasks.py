"""Task-table rules: every row of a task table (``Table.kind == "tasks"``,
see ``model/tables.py``) has a lead unit and a deadline that exists and does
not lie before the notice date."""

from __future__ import annotations

from typing import Iterable

from ..model.footnotes import node_field
from ..model.tables import notice_tables, parse_deadline, table_tasks
from ..render.appendices import REFERENCE
from .context import Context
from .facts import deadline_reference, past_deadline
from .finding import Finding, Severity
from .registry import make, rule

LEAD_COLUMN, DEADLINE_COLUMN = 2, 4


def _cell_part(part: str, place: tuple, row: int, column: int) -> str:
    """The field path of a task table's cell text (the finding's part)."""
    if part == "body":
        where = node_field(place)
    else:
        where = f"appendices[{place[0]}].content[{place[1]}]"
    return f"{where}.table.rows[{row}][{column}].text"


def _task_rows(ctx: Context):
    for part, place, table in notice_tables(ctx.notice):
        for task in table_tasks(table):
            yield part, place, task


@rule("tasks.deadline", Severity.ERROR, "Thời hạn nhiệm vụ sai",
      "A task deadline that is wrong", "practice (bảng phân công nhiệm vụ)")
# a date that does not exist: error; a deadline already past at the notice date: warning
def deadline(ctx: Context) -> Iterable[Finding]:
    ref = deadline_reference(ctx)
    for part, place, task in _task_rows(ctx):
        where = (_cell_part(part, place, task.row, DEADLINE_COLUMN), ())
        text, n = task.deadline_text, task.number or str(task.row + 1)
        if not text:
            continue
        try:
            date = parse_deadline(text)
        except ValueError:
            yield make("tasks.deadline", where,
                       f"Nhiệm vụ {n}: thời hạn «{text}» không phải ngày có thật (dd/mm/yyyy).",
                       f"Task {n}: the deadline «{text}» is not a real date (dd/mm/yyyy).",
                       span=(0, len(text)), text=text)
            continue
        late = past_deadline("tasks.deadline", where, ref, date, f"Nhiệm vụ {n}: thời hạn {text}",
                             f"Task {n}: the deadline {text}", span=(0, len(text)), text=text)
        if late is not None:
            yield late


@rule("tasks.lead_missing", Severity.ERROR, "Nhiệm vụ chưa có đơn vị chủ trì",
      "A task without a lead unit", "practice (bảng phân công nhiệm vụ)")
def lead_missing(ctx: Context) -> Iterable[Finding]:
    for part, place, task in _task_rows(ctx):
        if task.task and not task.lead:
            n = task.number or str(task.row + 1)
            yield make("tasks.lead_missing", (_cell_part(part, place, task.row, LEAD_COLUMN), ()),
                       f"Nhiệm vụ {n} «{task.task[:40]}» chưa có đơn vị chủ trì.",
                       f"Task {n} «{task.task[:40]}» has no lead unit.")


@rule("tasks.appendix_reference", Severity.ERROR, "Dẫn chiếu phụ lục không có",
      "A reference to an appendix that does not exist", "practice (phụ lục kèm theo)")
def appendix_reference(ctx: Context) -> Iterable[Finding]:
    keys = {a.key for a in ctx.notice.appendices if a.key}
    for seg, m, span in ctx.finditer(REFERENCE):
        if m[1] not in keys:
            known = ", ".join(sorted(keys)) or "—"
            yield make("tasks.appendix_reference", seg,
                       f"«{m.group(0)}»: không có phụ lục mang tên «{m[1]}» (có: {known}); "
                       "khi in sẽ giữ nguyên chữ này.",
                       f"«{m.group(0)}»: no appendix is named «{m[1]}» (there are: {known}); "
                       "it would print as typed.", span=span)

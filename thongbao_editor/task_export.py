"""The assigned tasks of a notice as a spreadsheet (.xlsx through openpyxl,
or .csv) for follow-up: one row per task of every task table, with the
notice's number, date and summary (``thongbao tasks``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

from .errors import RenderError
from .model import Notice
from .model.tables import notice_tasks
from .render.appendices import appendix_names
from .render.blocks import number_line

COLUMNS = ("Số thông báo", "Ngày ban hành", "Trích yếu", "Vị trí", "STT", "Nhiệm vụ",
           "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú")
DATE_FORMAT = "DD/MM/YYYY"
WIDTHS = (16, 14, 40, 12, 6, 60, 30, 30, 14, 20)


def task_rows(notice: Notice) -> list[tuple]:
    """One row per task (COLUMNS); dates as ``datetime.date`` when known,
    a deadline that is not a date as written."""
    h = notice.header
    number = number_line(h.number, h.symbol).removeprefix("Số: ").strip()
    try:
        issued: dt.date | str = h.date.as_date() or ""
    except ValueError:
        issued = ""
    names = appendix_names(notice)
    rows = []
    for part, place, task in notice_tasks(notice):
        where = "Nội dung" if part == "body" else names[place[0]]
        rows.append((number, issued, h.summary, where, task.number, task.task, task.lead,
                     task.support, task.deadline or task.deadline_text, task.notes))
    return rows


def xlsx_bytes(rows: list[tuple]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=2):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_bytes(rows: list[tuple]) -> bytes:
    """UTF-8 with a byte-order mark (Excel reads Vietnamese right), dates dd/mm/yyyy."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([f"{v:%d/%m/%Y}" if isinstance(v, dt.date) else v for v in row])
    return out.getvalue().encode("utf-8-sig")


def export_tasks(notice: Notice, path: str | os.PathLike[str], *, draft_file: str = "",
                 overwrite: bool = False) -> int:
    """Write the tasks to ``path`` (.xlsx or .csv, by its suffix); returns the
    number of tasks.  Raises RenderError when there are none, the suffix is
    unknown, the file exists (without ``overwrite``) or cannot be written."""
    from .api import _check_target, _write

    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise RenderError("tasks.format", file=str(path))
    rows = task_rows(notice)
    if not rows:
        raise RenderError("tasks.none", file=draft_file)
    _check_target(path, overwrite)
    _write(path, xlsx_bytes(rows) if suffix == ".xlsx" else csv_bytes(rows), overwrite)
    return len(rows)

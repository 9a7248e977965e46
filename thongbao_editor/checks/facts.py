"""Fact rules: dates that exist and come in order, footnotes, empty parts,
recipients listed twice."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterable

from ..model import Kind
from .context import Context
from .finding import Finding, Severity
from .registry import make, rule

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT

_SLASH_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])")
_WORD_DATE = re.compile(r"[nN]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_MONTH = re.compile(r"tháng\s+(\d{1,2})/(\d{4})(?![\w/])")
_DEADLINE = re.compile(r"(?:trước|chậm nhất(?: là)?|hạn chót(?: là)?|không muộn hơn|"
                       r"hoàn thành trước)\s+(?:ngày\s+)?(?:\*+)?$", re.I)
_MONTH_DEADLINE = re.compile(r"(?:chậm nhất|trước|hoàn thành|xong)\s+trong\s+$|"
                             r"(?:chậm nhất|trước)\s+(?:là\s+)?$", re.I)


def _make_date(day: int, month: int, year: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@rule("facts.date_invalid", E, "Ngày không có thật", "A date that does not exist", "practice")
def date_invalid(ctx: Context) -> Iterable[Finding]:
    for pattern in (_SLASH_DATE, _WORD_DATE):
        for seg, m, span in ctx.finditer(pattern):
            if _make_date(int(m[1]), int(m[2]), int(m[3])) is None:
                yield make("facts.date_invalid", seg, f"Ngày «{m.group(0)}» không có thật.",
                           f"The date «{m.group(0)}» does not exist.", span=span)
    for seg, mm, span in ctx.finditer(_MONTH):
        if not 1 <= int(mm[1]) <= 12:
            yield make("facts.date_invalid", seg, f"«{mm.group(0)}»: không có tháng {mm[1]}.",
                       f"«{mm.group(0)}»: there is no month {mm[1]}.", span=span)


def deadline_reference(ctx: Context) -> tuple[dt.date | None, str, str]:
    """The date a deadline must not precede: the notice date if known, else the
    inspection; with how to name it in Vietnamese and English."""
    notice_date = ctx.notice.header.date.as_date()
    if notice_date is not None:
        return notice_date, f"ngày ban hành ({notice_date:%d/%m/%Y})", \
            f"the notice date ({notice_date:%d/%m/%Y})"
    insp = ctx.notice.opening.inspection_date
    if insp is not None:
        return insp, f"ngày kiểm tra ({insp.day}/{insp.month}/{insp.year})", \
            f"the inspection date ({insp.day}/{insp.month}/{insp.year})"
    return None, "", ""


def past_deadline(rule_id: str, where, ref: tuple[dt.date | None, str, str], last_day: dt.date | None,
                  what_vi: str, what_en: str, **kwargs) -> Finding | None:
    """The warning for a deadline whose ``last_day`` lies before ``ref`` (from
    :func:`deadline_reference`), or None: the one rule for deadlines in
    sentences (``facts.date_order``) and in task tables (``tasks.deadline``)."""
    day, ref_vi, ref_en = ref
    if day is None or last_day is None or last_day >= day:
        return None
    return make(rule_id, where, f"{what_vi} đã qua so với {ref_vi}.", f"{what_en} is before {ref_en}.",
                severity=W, **kwargs)


@rule("facts.date_order", E, "Ngày tháng không đúng trình tự", "Dates out of order", "practice")
def date_order(ctx: Context) -> Iterable[Finding]:
    n = ctx.notice
    notice_date = n.header.date.as_date()
    insp = n.opening.inspection_date
    if insp is not None:
        h = n.header.date
        after = (notice_date is not None and insp > notice_date) or \
            (h.month is not None and (insp.year, insp.month) > (h.year, h.month)) or insp.year > h.year
        if after:
            shown = f"{h.day or '…'}/{h.month or '…'}/{h.year}"
            yield make("facts.date_order", ("opening.inspection_date", ()),
                       f"Ngày kiểm tra {insp.day}/{insp.month}/{insp.year} sau ngày ban hành thông báo "
                       f"({shown}).",
                       f"The inspection date {insp.day}/{insp.month}/{insp.year} is after the notice "
                       f"date ({shown}).")
    ref = deadline_reference(ctx)
    if ref[0] is None:
        return
    for pattern in (_SLASH_DATE, _WORD_DATE):
        for seg, m, span in ctx.finditer(pattern):
            if not _DEADLINE.search(seg.text[max(0, span[0] - 30):span[0]]):
                continue
            f = past_deadline("facts.date_order", seg, ref, _make_date(int(m[1]), int(m[2]), int(m[3])),
                              f"Thời hạn «{m.group(0)}»", f"The deadline «{m.group(0)}»", span=span)
            if f is not None:
                yield f
    for seg, mm, span in ctx.finditer(_MONTH):
        month, year = int(mm[1]), int(mm[2])
        if not 1 <= month <= 12 or \
                not _MONTH_DEADLINE.search(seg.text[max(0, span[0] - 30):span[0]]):
            continue
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        f = past_deadline("facts.date_order", seg, ref, end, f"Thời hạn «{mm.group(0)}»",
                          f"The deadline «{mm.group(0)}»", span=span)
        if f is not None:
            yield f


@rule("facts.footnote", E, "Chú thích rỗng hoặc lặp", "An empty or repeated footnote", "practice")
def footnotes(ctx: Context) -> Iterable[Finding]:
    seen: dict[str, str] = {}
    number = 0
    for seg in ctx.segments:
        if seg.kind != "footnote":
            continue
        number += 1
        text = " ".join(seg.text.split()).rstrip(".;, ")
        if not text:
            yield make("facts.footnote", seg, f"Chú thích {number} không có nội dung.",
                       f"Footnote {number} is empty.")
            continue
        key = text.casefold()
        if key in seen:
            yield make("facts.footnote", seg,
                       f"Chú thích {number} trùng nội dung với chú thích {seen[key]}; "
                       "một chú thích chỉ gắn một lần.",
                       f"Footnote {number} repeats footnote {seen[key]}; anchor a footnote once.",
                       severity=W, span=(0, len(seg.text)))
        else:
            seen[key] = str(number)


@rule("facts.empty_heading", E, "Đề mục không có nội dung", "An empty heading", "practice")
def empty_heading(ctx: Context) -> Iterable[Finding]:
    for path, node in ctx.notice.walk_body():
        if node.kind.labelled and node.heading and not node.text:
            label = ctx.labels.get(id(node), "")
            yield make("facts.empty_heading", ("body", path),
                       f"Đề mục {label} chưa có tên.", f"Heading {label} has no text.")


@rule("facts.empty_section", W, "Mục hoặc đoạn trống", "An empty section or paragraph", "practice")
def empty_section(ctx: Context) -> Iterable[Finding]:
    for path, node in ctx.notice.walk_body():
        label = ctx.labels.get(id(node), "")
        if node.kind.labelled and node.heading and node.text and not node.children and \
                node.kind in (Kind.MUC, Kind.KHOAN, Kind.SUB_KHOAN, Kind.DIEM):
            yield make("facts.empty_section", ("body", path),
                       f"Đề mục {label} «{node.text.text[:40]}» chưa có nội dung bên dưới.",
                       f"Heading {label} «{node.text.text[:40]}» has nothing under it.")
        elif not node.text and not node.children and not node.heading and node.table is None:
            yield make("facts.empty_section", ("body", path), "Đoạn trống.", "An empty paragraph.")


def _recipient_key(line: str) -> str:
    line = re.sub(r"\([^)]*\)", "", line)
    return " ".join(line.casefold().replace("-", " ").strip(" ;.,").split())


@rule("facts.duplicate_recipient", W, "Nơi nhận bị lặp", "A recipient listed twice", "practice")
def duplicate_recipient(ctx: Context) -> Iterable[Finding]:
    seen: dict[str, int] = {}
    for i, line in enumerate(ctx.notice.recipients):
        key = _recipient_key(line)
        if not key:
            continue
        if key in seen:
            yield make("facts.duplicate_recipient", ("recipients", (i,)),
                       f"«{line}» đã có ở dòng {seen[key] + 1} của nơi nhận.",
                       f"«{line}» is already line {seen[key] + 1} of the recipients.",
                       span=(0, len(line)), text=line, fix="")
        else:
            seen[key] = i


@rule("facts.footnote_end", W, "Chú thích kết thúc không đúng dấu câu",
      "A footnote does not end with a full stop", "practice")
def footnote_end(ctx: Context) -> Iterable[Finding]:
    notes = [s for s in ctx.segments if s.kind == "footnote" and s.text.strip()]
    with_stop = sum(s.text.rstrip().endswith((".", "!", "?", "…", ".”")) for s in notes)
    number = 0
    for seg in ctx.segments:
        if seg.kind != "footnote":
            continue
        number += 1
        text = seg.text.rstrip()
        if not text:
            continue
        if text[-1] in ",;:-–":
            yield make("facts.footnote_end", seg,
                       f"Chú thích {number} kết thúc bằng dấu «{text[-1]}».",
                       f"Footnote {number} ends with «{text[-1]}».",
                       span=(len(text) - 1, len(text)), fix=".")
        elif not text.endswith((".", "!", "?", "…", ".”")) and with_stop * 2 > len(notes):
            yield make("facts.footnote_end", seg,
                       f"Chú thích {number} thiếu dấu chấm ở cuối, khác các chú thích khác.",
                       f"Footnote {number} lacks the final full stop the other footnotes have.",
                       span=(len(text), len(text)), fix=".", severity=H)

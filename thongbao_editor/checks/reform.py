"""Rules that know the 2025 reform of local government (issue 12).

Since 1 July 2025 there are two tiers: 34 provinces and centrally-run cities,
and 3,321 communes, wards and special zones — no districts (huyện, thị xã,
quận) and no thị trấn.

- ``reform.place_name``: the địa danh of Nghị định 30 (Phụ lục I) for the
  unit the header names — its own name, with its type kept for a unit named
  after a person, a historical event or by a number (``Xã Hoàng Văn Thụ``,
  ``Phường 1 Bảo Lộc``), without it otherwise (``Chi Lăng``, ``Hà Nội``).
  The rule itself is :func:`thongbao_editor.templates.units.place_name`, the
  one the profile generator uses.
- ``reform.district``: a notice dated after 1 July 2025 that names a huyện,
  thị xã, thị trấn or the cấp huyện as a current unit.  A quotation and a
  historical reference (``(cũ)``, ``trước đây``, ``nguyên``, ``trước sắp
  xếp``, a year before 2025 or a date before July 2025 in the same sentence)
  are allowed.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..templates.units import fold, header_unit, keeps_type, place_name
from .context import Context
from .finding import Finding, Severity
from .registry import make, rule

W = Severity.WARNING
REFORM_DATE = (2025, 7)

# --------------------------------------------------------------------------
# Place name


@rule("reform.place_name", W, "Địa danh chưa theo quy tắc của Nghị định 30",
      "The place name does not follow Nghị định 30", "NĐ30 Phụ lục I (địa danh)")
def place_rule(ctx: Context) -> Iterable[Finding]:
    header = ctx.notice.header
    unit = header_unit(header.agency, header.parent_agency)
    place = header.place.strip()
    if unit is None or not place:
        return
    kind, proper = unit
    expected = place_name(kind, proper)
    with_type, bare = fold(f"{kind} {proper}"), fold(proper)
    if fold(place) not in (with_type, bare) or fold(place) == fold(expected):
        return  # another place (the unit's seat) or already right
    span = (header.place.index(place), header.place.index(place) + len(place))
    if keeps_type(proper):
        fixed = place_name(kind, place)  # the user's own spelling of the name
        yield make("reform.place_name", ("header.place", ()),
                   f"Đơn vị đặt theo tên người, sự kiện lịch sử hoặc bằng số: địa danh ghi cả loại "
                   f"đơn vị, «{fixed}».",
                   f"A unit named after a person, an event or by a number: the place keeps its type, "
                   f"«{fixed}».", span=span, text=header.place, fix=fixed)
    else:
        fixed = place[len(kind) + 1:].strip()
        yield make("reform.place_name", ("header.place", ()),
                   f"Địa danh ghi tên riêng của đơn vị, không kèm loại: «{fixed}».",
                   f"The place is the unit's own name without its type: «{fixed}».",
                   span=span, text=header.place, fix=fixed)


# --------------------------------------------------------------------------
# Districts after the reform

_DISTRICT = re.compile(r"\b(cấp huyện|huyện|thị xã|thị trấn)\b", re.IGNORECASE)
_HISTORY = re.compile(r"\(cũ\)|\bcũ\b|trước đây|trước khi sắp xếp|trước sắp xếp|\bnguyên\b|"
                      r"\bđã giải thể\b|kết thúc hoạt động|\b(?:19\d\d|20(?:0\d|1\d|2[0-4]))\b|"
                      r"\b\d{1,2}/(?:0?[1-6])/2025\b", re.IGNORECASE)
_QUOTES = (("“", "”"), ("«", "»"), ('"', '"'))
_SENTENCE_END = re.compile(r"[.;:!?]\s|\n|\x00")


def after_reform(ctx: Context) -> bool:
    d = ctx.notice.header.date
    if d.year != REFORM_DATE[0]:
        return d.year > REFORM_DATE[0]
    return d.month is not None and d.month >= REFORM_DATE[1]


def _quoted(text: str, pos: int) -> bool:
    for left, right in _QUOTES:
        before = text[:pos]
        if left == right:
            if before.count(left) % 2 == 1:
                return True
        elif before.rfind(left) > before.rfind(right):
            return True
    return False


def _sentence(text: str, start: int, end: int) -> str:
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    b = _SENTENCE_END.search(text, end)
    return text[a: b.start() if b else len(text)]


def _lines(ctx: Context) -> Iterable[tuple[str, tuple[int, ...], str]]:
    """(part, path, text) of every place a unit may be named."""
    h = ctx.notice.header  # the summary is prose: a segment of the context
    for i, line in enumerate(h.parent_agency):
        yield "header.parent_agency", (i,), line
    for i, line in enumerate(h.agency):
        yield "header.agency", (i,), line
    for i, line in enumerate(ctx.notice.recipients):
        yield "recipients", (i,), line


def _district_finding(where, text: str, word: str, span: tuple[int, int]) -> Finding:
    return make("reform.district", where,
                f"«{word}»: từ ngày 01/7/2025 chính quyền địa phương còn hai cấp (tỉnh và xã, phường, "
                f"đặc khu), không còn cấp huyện, thị xã, thị trấn. Hãy ghi đơn vị hiện nay, hoặc ghi rõ "
                f"đây là đơn vị cũ (ví dụ «huyện Cao Lộc (cũ)»).",
                f"«{word}»: since 1 July 2025 local government has two tiers (province; commune, ward or "
                f"special zone): there are no districts, district towns or townships. Name the current "
                f"unit, or mark it as former (e.g. «huyện Cao Lộc (cũ)»).",
                span=span, text=text)


@rule("reform.district", W, "Nhắc đến cấp huyện sau ngày 01/7/2025",
      "A district named after 1 July 2025", "Luật Tổ chức chính quyền địa phương 2025")
def district(ctx: Context) -> Iterable[Finding]:
    if not after_reform(ctx):
        return
    for seg, m, span in ctx.finditer(_DISTRICT):
        if not _quoted(seg.text, span[0]) and not _HISTORY.search(_sentence(seg.text, *span)):
            yield _district_finding(seg, seg.text, m.group(1), span)
    for part, path, text in _lines(ctx):
        for m in _DISTRICT.finditer(text):
            if not _quoted(text, m.start()) and not _HISTORY.search(_sentence(text, *m.span())):
                yield _district_finding((part, path), text, m.group(1), m.span())

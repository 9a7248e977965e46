"""Appendices (phụ lục) and tables in the one block walk (:mod:`.blocks`).

NĐ 30 Phụ lục I: an appendix starts on a new page with "Phụ lục" and its
Roman number when there are several, its title in bold upper case, then the
italic line "(Kèm theo Thông báo số …/TB-… ngày … tháng … năm … của …)"
generated from the header.  The body refers to an appendix with
``{{phuluc:key}}``, printed as its current name, so reordering keeps it right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Notice, RichText, Run
from ..model.numbering import roman
from ..model.tables import APPENDIX_REFERENCE
from ..model.vnformat import full_date

APPENDIX_WORD = "Phụ lục"
REFERENCE = APPENDIX_REFERENCE
_UNIT_NOUNS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")


@dataclass(frozen=True)
class AppendixBlock:
    """One appendix as printed: ``name`` ("Phụ lục II"), the bold upper-case
    ``title``, the italic ``attached`` line, and its paragraphs (tables among them)."""

    name: str
    title: str
    attached: str
    landscape: bool
    index: int
    paragraphs: list = field(default_factory=list)  # blocks.Paragraph


def appendix_names(notice: Notice) -> list[str]:
    """"Phụ lục" for a single appendix, "Phụ lục I", "Phụ lục II"… for several."""
    n = len(notice.appendices)
    return [APPENDIX_WORD if n == 1 else f"{APPENDIX_WORD} {roman(i)}" for i in range(1, n + 1)]


def resolve_references(rich: RichText, names: dict[str, str]) -> RichText:
    """``rich`` with each ``{{phuluc:key}}`` of a known key replaced by the appendix's name."""
    if "{{phuluc:" not in rich.text:
        return rich
    pieces = tuple(Run(REFERENCE.sub(lambda m: names.get(m.group(1), m.group(0)), p.text),
                       p.bold, p.italic) if isinstance(p, Run) else p for p in rich.pieces)
    return RichText(pieces)


def reference_names(notice: Notice) -> dict[str, str]:
    return {a.key: name for a, name in zip(notice.appendices, appendix_names(notice), strict=True)
            if a.key}


def agency_phrase(lines: list[str]) -> str:
    """The issuing agency as a sentence names it: ``ỦY BAN NHÂN DÂN`` / ``TỈNH
    LẠNG SƠN`` -> ``Ủy ban nhân dân tỉnh Lạng Sơn``."""
    words = []
    for i, line in enumerate(line.strip() for line in lines if line.strip()):
        low = line.lower()
        if i == 0:
            words.append(low[:1].upper() + low[1:])
            continue
        noun = next((u for u in _UNIT_NOUNS if low.startswith(u + " ")), "")
        rest = low[len(noun):].split()
        words.append(" ".join(([noun] if noun else []) + [w[:1].upper() + w[1:] for w in rest]))
    return " ".join(words)


def attached_line(notice: Notice, number_symbol: str) -> str:
    """``(Kèm theo Thông báo số 05/TB-UBND ngày 05 tháng 02 năm 2024 của Ủy ban
    nhân dân tỉnh Lạng Sơn)``; ``number_symbol`` as the header prints it, so a
    blank number or date stays blank."""
    h = notice.header
    date = full_date(year=h.date.year, month=h.date.month, day=h.date.day)
    agency = agency_phrase(h.agency)
    doc_type = h.doc_type.strip().capitalize() or "Thông báo"
    return f"(Kèm theo {doc_type} số {number_symbol} {date}" + (f" của {agency})" if agency else ")")

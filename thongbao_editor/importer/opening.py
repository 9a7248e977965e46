"""Give an imported opening back its facts when a template wrote it.

The product's ``kiem-tra`` opening is generated from the inspection facts.
An imported opening that reads exactly like that template's output is turned
back into those facts, so the draft stays linked to its template (changing
the date or the chair rewrites the sentences).  The candidate facts are read
with a pattern and accepted only if rendering them again gives the very same
text; anything else stays free text (``opening.override``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import Notice, Opening, Person, RichText

_P1 = re.compile(
    r"^Thực hiện (?P<basis>.+?); ngày (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}), "
    r"đồng chí (?P<who>.+?) đã tổ chức kiểm tra tại (?P<unit>.+?)\."
    r"(?: Tham dự làm việc có (?P<attendees>.+?)\.)?"
    r"(?: Thành phần của (?P=unit) tham dự: (?P<participants>.+?)\.)?$")
_P2 = re.compile(
    r"^Sau khi (?P<activities>.+?); nghe (?P<reporters>.+?) báo cáo (?P<subject>.+); "
    r"ý kiến tham gia của các thành phần tham dự làm việc, đồng chí (?P<name>[^,]+), "
    r"(?P<title>.+) kết luận như sau:$")
#: Between two documents the inspection implements: "; " before "Kế hoạch số …".
_BASIS_SPLIT = re.compile(r"; (?=[A-ZĐ][^;]{0,40}? số \d)")
_UNIT_KINDS = ("huyện ", "xã ", "thành phố ", "thị xã ", "thị trấn ", "phường ", "quận ", "tỉnh ")


def _units(text: str) -> list[str]:
    parts = re.split(r", | và ", text)
    if len(parts) > 1 and all(p.startswith(_UNIT_KINDS) for p in parts):
        return parts
    return [text]


def _candidate(p1: str, p2: str) -> Opening | None:
    m1, m2 = _P1.match(p1), _P2.match(p2)
    if not (m1 and m2):
        return None
    name, title = m2["name"], m2["title"]
    who = m1["who"]
    prefix = f"{name}, {title}"
    if not who.startswith(prefix):
        return None
    role = who[len(prefix):].removeprefix(", ")
    try:
        date = dt.date(int(m1["y"]), int(m1["m"]), int(m1["d"]))
    except ValueError:
        return None
    return Opening(template="kiem-tra", basis=_BASIS_SPLIT.split(m1["basis"]), inspection_date=date,
                   chair=Person(name, title, role), units=_units(m1["unit"]),
                   attendees=m1["attendees"] or "", participants=m1["participants"] or "",
                   activities=m2["activities"], reporters=m2["reporters"],
                   report_subject=m2["subject"])


def opening_facts(notice: Notice, paragraphs: list[RichText]) -> Opening | None:
    """The facts from which the template writes exactly ``paragraphs``, or None."""
    if len(paragraphs) != 2 or any(p.footnotes() or any(r.bold or r.italic for r in p.runs())
                                   for p in paragraphs):
        return None
    candidate = _candidate(paragraphs[0].text, paragraphs[1].text)
    if candidate is None:
        return None
    from ..render.opening import generated_opening

    trial = dataclasses.replace(notice, opening=candidate)
    try:
        again = generated_opening(trial)
    except Exception:  # noqa: BLE001 - a template that cannot render is simply no match
        return None
    return candidate if again == [paragraphs[0].text, paragraphs[1].text] else None

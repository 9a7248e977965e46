"""Typed values of template variables: parsing what a user typed, checking
it, and converting to and from JSON (as stored in a draft's ``template``).

Types (see docs/templates.md):

``text``    a line of text (normalised: NFC, whitespace folded)
``unit``    the name of a unit as written in running text: ``huyện Cao Lộc``,
            ``xã Bình Trung``, ``phường Đông Kinh``, ``Sở Tài chính``; in a
            template it also offers ``.kind`` (``huyện``), ``.name``
            (``Cao Lộc``) and ``.agency`` (``UBND huyện Cao Lộc``, or the unit
            itself when it is an agency such as a Sở)
``date``    a date: ``2024-04-10`` or ``10/4/2024``
``number``  ``12``, ``115.492`` (dot groups thousands), ``25,65`` or ``10.2``
``person``  name, title, role: a profile's person id (``pct``), or the
            parts ``chair.name=…``, ``chair.title=…``, ``chair.role=…``
``list``    several lines of text: one per line, or separated by `` | ``
``partial_date``  an issue date the văn thư completes: a year (``2026``), a
            year and month (``4/2026``, ``2026-04``) or a full date; printed
            ``2026``, ``2026-04`` or ``2026-04-10`` (what a template's ``date`` takes)

A value of ``-`` (or ``—``) means "leave this out": the variable is empty and
neither the profile's nor the template's default is used (an empty value
means "use the default").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

from ..errors import FieldProblem
from ..model import Person
from ..model.draft import YEAR_HIGH, YEAR_LOW
from ..model.text import clean

TYPES = ("text", "unit", "date", "number", "person", "list", "partial_date")
#: Given as a value: "leave this out" (no default), unlike an empty value.
OMIT = frozenset({"-", "—", "–"})
PERSON_PARTS = ("name", "title", "role")

# Administrative units, longest first, as they appear before a proper name.
_UNIT_KINDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "huyện", "quận", "xã", "phường",
               "tỉnh")


class ValueProblem(ValueError):
    """A value does not fit its type; ``problem`` is the translatable reason."""

    def __init__(self, code: str, **params: object):
        self.problem = FieldProblem(code, **params)
        super().__init__(self.problem.message())


class UnitName(str):
    """A unit's name as written in running text, with its parts."""

    @property
    def kind(self) -> str:
        low = self.lower()
        for k in _UNIT_KINDS:
            if low.startswith(k + " "):
                return k
        return ""

    @property
    def name(self) -> str:
        k = self.kind
        return str(self[len(k):]).strip() if k else str(self)

    @property
    def agency(self) -> str:
        """The People's Committee of an administrative unit, or the unit itself."""
        return f"UBND {self}" if self.kind else str(self)


def empty(vtype: str) -> Any:
    """What an optional variable without a value holds in a template."""
    if vtype == "list":
        return []
    if vtype in ("text", "unit"):
        return UnitName("") if vtype == "unit" else ""
    return None


def is_omitted(value: Any) -> bool:
    """Is ``value`` the "leave this out" mark (``-``), alone or as a list's only item?"""
    if isinstance(value, str):
        return value.strip() in OMIT
    if isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value if str(v).strip()]
        return bool(items) and all(v in OMIT for v in items)
    return False


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return not any(str(v).strip() for v in value)
    if isinstance(value, Person):  # a title alone ("đồng chí Phó Chủ tịch UBND tỉnh") is a value
        return not (value.name.strip() or value.title.strip())
    if isinstance(value, Mapping):
        return not any(str(value.get(k) or "").strip() for k in ("id", "name", "title"))
    return False


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean(str(value))
    date = None
    try:
        if _ISO.match(text):
            date = dt.date.fromisoformat(text)
        elif m := _VN_DATE.match(text):
            date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        raise ValueProblem("value.no_such_date", text=text) from None
    if date is None:
        raise ValueProblem("value.date", text=text)
    if not YEAR_LOW <= date.year <= YEAR_HIGH:  # 2204 for 2024: a draft could not be reopened
        raise ValueProblem("value.year_range", text=text, low=YEAR_LOW, high=YEAR_HIGH)
    return date


class PartialDate(str):
    """An issue date that may lack its day or month: "2026", "2026-04", "2026-04-10"."""

    def __new__(cls, year: int, month: int | None = None, day: int | None = None):
        text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
        obj = super().__new__(cls, text)
        obj.year, obj.month, obj.day = year, month, day if month else None
        return obj


_PARTIAL = (re.compile(r"^(?P<y>\d{4})$"), re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$"),
            re.compile(r"^(?P<m>\d{1,2})/(?P<y>\d{4})$"))


def parse_partial_date(value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    text = clean(str(value))
    for pattern in _PARTIAL:
        if m := pattern.match(text):
            year, month = int(m.group("y")), int(m.groupdict().get("m") or 0) or None
            if month is not None and not 1 <= month <= 12:
                raise ValueProblem("value.no_such_date", text=text)
            if not YEAR_LOW <= year <= YEAR_HIGH:
                raise ValueProblem("value.year_range", text=text, low=YEAR_LOW, high=YEAR_HIGH)
            return PartialDate(year, month)
    try:
        d = parse_date(text)
    except ValueProblem as exc:
        if exc.problem.code == "value.date":
            raise ValueProblem("value.partial_date", text=text) from None
        raise
    return PartialDate(d.year, d.month, d.day)


_INT = re.compile(r"^-?\d+$")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_COMMA_DECIMAL = re.compile(r"^-?\d+(\.\d{3})*,\d+$")
_DOT_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def parse_number(value: Any) -> int | float:
    if isinstance(value, bool):
        raise ValueProblem("value.number", text=str(value).lower())
    if isinstance(value, (int, float)):
        return value
    text = clean(str(value)).replace(" ", "")
    if len(text) > 100:  # no figure in a notice is this long; int() would refuse 4300 digits
        raise ValueProblem("value.number", text=text[:40] + "…")
    if _INT.match(text):
        return int(text)
    if _GROUPED.match(text):  # 115.492 — dot groups thousands (Vietnamese)
        return int(text.replace(".", ""))
    if _COMMA_DECIMAL.match(text):  # 25,65 or 1.234,5
        return float(text.replace(".", "").replace(",", "."))
    if _DOT_DECIMAL.match(text):  # 10.2 — read as a decimal point
        return float(text)
    raise ValueProblem("value.number", text=text)


def parse_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        text = str(value)
        items = re.split(r"\r?\n|\s\|\s", text) if text.strip() else []
    return [c for c in (clean(i) for i in items) if c]


def parse_person(value: Any, people: Mapping[str, Person]) -> Person:
    """A Person from a profile id, a Person, or a mapping of parts."""
    if isinstance(value, Person):
        return Person(clean(value.name), clean(value.title), clean(value.role))
    if isinstance(value, Mapping):
        unknown = set(value) - set(PERSON_PARTS) - {"id"}
        if unknown:
            raise ValueProblem("value.person_parts", parts=", ".join(sorted(map(str, unknown))))
        base = Person()
        if value.get("id"):
            base = parse_person(str(value["id"]), people)
        return Person(clean(str(value.get("name") or base.name)),
                      clean(str(value.get("title") or base.title)),
                      clean(str(value.get("role") or base.role)))
    key = clean(str(value))
    if key in people:
        p = people[key]
        return Person(p.name, p.title, p.role)
    raise KeyError(key)


def coerce(vtype: str, value: Any, people: Mapping[str, Person] | None = None) -> Any:
    """The typed value of ``value`` (raises :class:`ValueProblem` or, for a
    person id that the profile lacks, ``KeyError``)."""
    if vtype == "text":
        if isinstance(value, (list, dict)):
            raise ValueProblem("value.one_line")
        return clean(str(value))
    if vtype == "unit":
        if isinstance(value, (list, dict)):
            raise ValueProblem("value.one_line")
        return UnitName(clean(str(value)))
    if vtype == "date":
        return parse_date(value)
    if vtype == "number":
        return parse_number(value)
    if vtype == "list":
        return parse_list(value)
    if vtype == "person":
        return parse_person(value, people or {})
    if vtype == "partial_date":
        return parse_partial_date(value)
    raise ValueProblem("tpl.variable_type", type=vtype, types=", ".join(TYPES))


def to_json(vtype: str, value: Any) -> Any:
    """The JSON form stored in a draft."""
    if value is None:
        return None
    if vtype == "date":
        return value.isoformat()
    if vtype == "person":
        return {"name": value.name, "title": value.title, "role": value.role}
    if vtype == "list":
        return list(value)
    if vtype in ("text", "unit", "partial_date"):
        return str(value)
    return value


def display(vtype: str, value: Any) -> str:
    """A short human form (for ``template show`` and the GUI form)."""
    if value is None:
        return ""
    if vtype == "date":
        return f"{value.day}/{value.month}/{value.year}"
    if vtype == "person":
        return ", ".join(p for p in (value.name, value.title, value.role) if p)
    if vtype == "list":
        return " | ".join(value)
    if vtype == "partial_date" and value.month:
        return "/".join(str(x) for x in (value.day, value.month, value.year) if x)
    return str(value)

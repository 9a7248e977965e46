"""Draft files: UTF-8 JSON with a ``format_version`` (see docs/draft-format.md).

:func:`load_draft` raises :class:`~thongbao_editor.errors.DraftError` naming
the file and the field path for anything it cannot take; :func:`save_draft`
writes a temporary file in the same folder and replaces the target, so a
crash never leaves a truncated draft.  Text is normalised on the way in;
what was removed is reported in :attr:`LoadReport.fixes`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import DraftError, FieldProblem, Text, os_reason
from ..fileio import Links, atomic_write_bytes, read_bounded
from ..locking import write_lock
from .notice import (
    CONFIDENTIALITY_LEVELS, DEFAULT_NUMBERING, LAYOUT_LIMITS, URGENCY_LEVELS, Abbreviation, Header,
    IssueDate, Kind, Layout, Margins, Node, Notice, Opening, Person, Signature, Storage, TemplateLink, layout_value,
)
from . import draft_tables
from .draft_write import FORMAT_VERSION, notice_to_dict
from .json_strict import ROOT_PATH, parse_json
from .numbering import NumberingFormatError, check_format
from .text import MarkupError, RichText, normalize_text, parse_markup, removed_positions

MAX_DEPTH = 12
#: Size limits of a draft file (docs/draft-format.md states them; the
#: largest integer is json_strict.MAX_INT_DIGITS digits long).
MAX_DRAFT_BYTES = 16 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000  # one text field (a paragraph, the summary…)
#: The years a draft may carry (header date); templates refuse others so
#: that every draft they make can be opened again.
YEAR_LOW, YEAR_HIGH = 1900, 2200
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

#: The fields of each object of format version 1, by path (``""`` is the
#: top level).  :func:`notice_to_dict` writes exactly these; docs/
#: draft-format.schema.json describes them (a test keeps the three in step).
FIELDS: dict[str, tuple[str, ...]] = {
    "": ("format_version", "header", "opening", "body", "closing", "recipients", "storage",
         "signature", "abbreviations", "layout", "numbering", "silenced", "template",
         "appendices"),
    "template": ("name", "profile", "signer", "values"),
    "header": ("parent_agency", "agency", "number", "symbol", "place", "date", "doc_type",
               "summary", "urgency", "confidentiality"),
    "header.date": ("year", "month", "day"),
    "opening": ("template", "basis", "inspection_date", "chair", "units", "attendees",
                "participants", "activities", "reporters", "report_subject", "override"),
    "opening.chair": ("name", "title", "role"),
    "node": ("kind", "text", "heading", "children", "table"),
    "storage": ("units", "copies", "initials"),
    "signature": ("authority", "signer"),
    "abbreviation": ("short", "full"),
    "layout": ("margins", "body_size", "first_line_indent_cm", "paragraph_after_pt",
               "line_spacing", "signature_space_lines"),
    "layout.margins": ("top", "bottom", "left", "right"),
    **draft_tables.FIELDS,
}


@dataclass
class LoadReport:
    """What loading changed: ``(field path, removed characters)`` pairs, and
    where in each field the first few were (``positions``, by field path); and
    the SHA-256 of the bytes read (to tell later whether the file changed)."""

    fixes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    positions: dict[str, tuple[int, ...]] = field(default_factory=dict)
    digest: str = ""


class _Problem(Exception):
    def __init__(self, path: str, problem: FieldProblem):
        super().__init__(path)
        self.path, self.problem = path, problem


_TYPE_NAMES = {str: ("chuỗi văn bản", "a string"), int: ("số nguyên", "an integer"),
               float: ("số", "a number"), bool: ("true/false", "true/false"),
               list: ("danh sách", "a list"), dict: ("đối tượng", "an object"),
               type(None): ("null", "null")}


def _type_name(t: type) -> Text:
    vi, en = _TYPE_NAMES.get(t, (t.__name__, t.__name__))
    return Text(vi, en)



# Reasons shown inside "giá trị không hợp lệ: …" / "invalid value: …".
_MARKUP_REASONS = {
    "** (bold) not closed": "thiếu ** đóng chữ đậm",
    "* (italic) not closed": "thiếu * đóng chữ nghiêng",
    "footnote not closed with ]": "chú thích thiếu dấu ] đóng",
    "footnote inside a footnote": "chú thích lồng trong chú thích",
}


def markup_reason(exc: MarkupError) -> Text:
    vi = _MARKUP_REASONS.get(exc.reason, exc.reason)
    return Text(f"{vi} (ở ký tự {exc.position})", str(exc))


class _Reader:
    """Typed access to a JSON object, with the field path for errors."""

    def __init__(self, report: LoadReport):
        self.report = report

    def fail(self, path: str, code: str, **params: object) -> None:
        raise _Problem(path, FieldProblem(code, **params))

    def wrong_type(self, path: str, expected: type, value: Any) -> None:
        self.fail(path, "field.type", expected=_type_name(expected), actual=_type_name(type(value)))

    def get(self, obj: dict, key: str, path: str, types: tuple[type, ...], default: Any = ...):
        full = f"{path}.{key}" if path else key
        if key not in obj:
            if default is ...:
                self.fail(full, "field.missing")
            return default
        value = obj[key]
        expected = _type_name(float if float in types else types[0])  # int or float: "a number"
        if isinstance(value, bool) and bool not in types:
            self.fail(full, "field.type", expected=expected, actual=_type_name(bool))
        if not isinstance(value, types):
            self.fail(full, "field.type", expected=expected, actual=_type_name(type(value)))
        return value

    def known(self, obj: dict, path: str, keys: tuple[str, ...]) -> None:
        """Refuse fields this format version does not define (a typo would
        otherwise be dropped without a word)."""
        for key in obj:
            if key not in keys:
                self.fail(f"{path}.{key}" if path else key, "field.unknown", name=key)

    def obj(self, obj: dict, key: str, path: str, default: Any = ...) -> dict:
        value = self.get(obj, key, path, (dict,), default)
        return value if value is not None else {}

    def text(self, obj: dict, key: str, path: str, default: Any = ...) -> str:
        value = self.get(obj, key, path, (str,), default)
        return self.clean(value, f"{path}.{key}" if path else key)

    def clean(self, value: str, path: str) -> str:
        self.length(value, path)
        result = normalize_text(value)
        if result.removed:
            self.report.fixes.append((path, result.removed))
            self.report.positions[path] = removed_positions(value)
        return result.text

    def rich(self, value: Any, path: str) -> RichText:
        if not isinstance(value, str):
            self.wrong_type(path, str, value)
        self.length(value, path)
        try:
            rich = parse_markup(value)
        except MarkupError as exc:
            self.fail(path, "field.value", reason=markup_reason(exc))
        removed = normalize_text(value).removed
        if removed:
            self.report.fixes.append((path, removed))
            self.report.positions[path] = removed_positions(value)
        return rich

    def length(self, value: str, path: str) -> None:
        if len(value) > MAX_TEXT_CHARS:
            from .vnformat import number  # Babel, only for this message
            self.fail(path, "field.value", reason=Text(
                f"dài {number(len(value))} ký tự, quá giới hạn {number(MAX_TEXT_CHARS)}",
                f"{len(value):,} characters, over the limit of {MAX_TEXT_CHARS:,}"))

    def strings(self, obj: dict, key: str, path: str, default: Any = ...) -> list[str]:
        full = f"{path}.{key}" if path else key
        values = self.get(obj, key, path, (list,), default)
        out = []
        for i, v in enumerate(values):
            if not isinstance(v, str):
                self.wrong_type(f"{full}[{i}]", str, v)
            out.append(self.clean(v, f"{full}[{i}]"))
        return out

    def items(self, obj: dict, key: str, path: str, each: Callable[[dict, str], Any],
              default: Any = ...) -> list:
        full = f"{path}.{key}" if path else key
        values = self.get(obj, key, path, (list,), default)
        out = []
        for i, v in enumerate(values):
            item_path = f"{full}[{i}]"
            if not isinstance(v, dict):
                self.wrong_type(item_path, dict, v)
            out.append(each(v, item_path))
        return out

    def number(self, obj: dict, key: str, path: str, low: float, high: float, default: Any,
               types: tuple[type, ...] = (int, float)):
        value = self.get(obj, key, path, types, default)
        if not low <= value <= high:
            self.fail(f"{path}.{key}", "field.value", reason=f"{value} ∉ [{low}, {high}]")
        return value


# --------------------------------------------------------------------------
# dict -> Notice


def notice_from_dict(data: Any, report: LoadReport | None = None) -> Notice:
    """Build a :class:`Notice` from parsed JSON; raises ``_Problem``-free
    :class:`DraftError` (without a file name) on a bad field."""
    report = report if report is not None else LoadReport()
    try:
        return _notice(_Reader(report), data)
    except _Problem as p:
        raise DraftError("draft.field", file="", path=p.path, problem=p.problem) from None


def _notice(r: _Reader, data: Any) -> Notice:
    if not isinstance(data, dict):
        r.wrong_type(ROOT_PATH, dict, data)
    version = r.get(data, "format_version", "", (int,))
    if version < 1:
        r.fail("format_version", "field.value", reason=str(version))
    r.known(data, "", FIELDS[""])
    return Notice(
        header=_header(r, r.obj(data, "header", "")),
        opening=_opening(r, r.obj(data, "opening", "", None)),
        body=r.items(data, "body", "", lambda v, p: _node(r, v, p, 0), []),
        closing=r.rich(r.get(data, "closing", "", (str,), ""), "closing"),
        recipients=r.strings(data, "recipients", "", []),
        storage=_storage(r, r.obj(data, "storage", "", None)),
        signature=_signature(r, r.obj(data, "signature", "", None)),
        abbreviations=r.items(data, "abbreviations", "",
                              lambda v, p: _abbreviation(r, v, p),
                              []),
        layout=_layout(r, r.obj(data, "layout", "", None)),
        numbering=_numbering(r, r.obj(data, "numbering", "", None)),
        silenced=_silenced(r, r.obj(data, "silenced", "", None)),
        template=_template_link(r, r.get(data, "template", "", (dict, type(None)), None)),
        appendices=_appendices(r, data),
    )


def _appendices(r: _Reader, data: dict) -> list:
    out = r.items(data, "appendices", "", lambda v, p: draft_tables.read_appendix(
        r, v, p, lambda n, q: _node(r, n, q, 1)), [])
    draft_tables.check_keys(r, out)
    return out


def _json_value(r: _Reader, value: Any, path: str, depth: int = 0) -> Any:
    """A template variable's value: text, number, true/false, null, or a list
    or object of those (one level deep); text is normalised."""
    if isinstance(value, str):
        return r.clean(value, path)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if depth == 0 and isinstance(value, list):
        return [_json_value(r, v, f"{path}[{i}]", 1) for i, v in enumerate(value)]
    if depth == 0 and isinstance(value, dict):
        return {str(k): _json_value(r, v, f"{path}.{k}", 1) for k, v in value.items()}
    r.wrong_type(path, str, value)


def _template_link(r: _Reader, t: dict | None) -> TemplateLink | None:
    if t is None:
        return None
    p = "template"
    r.known(t, p, FIELDS[p])
    values = r.obj(t, "values", p, {})
    return TemplateLink(
        name=r.text(t, "name", p),
        profile=r.text(t, "profile", p, ""),
        signer=r.text(t, "signer", p, ""),
        values={str(k): _json_value(r, v, f"{p}.values.{k}") for k, v in values.items()},
    )


def _header(r: _Reader, h: dict) -> Header:
    p = "header"
    r.known(h, p, FIELDS[p])
    date = r.obj(h, "date", p)
    r.known(date, f"{p}.date", FIELDS["header.date"])
    year = r.get(date, "year", f"{p}.date", (int,))
    month = r.get(date, "month", f"{p}.date", (int, type(None)), None)
    day = r.get(date, "day", f"{p}.date", (int, type(None)), None)
    if not YEAR_LOW <= year <= YEAR_HIGH:
        r.fail(f"{p}.date.year", "field.value", reason=str(year))
    if month is not None and not 1 <= month <= 12:
        r.fail(f"{p}.date.month", "field.value", reason=str(month))
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except (ValueError, OverflowError):  # OverflowError: a day of 10**30
            r.fail(f"{p}.date.day", "field.value",
                   reason=Text(f"tháng {month or 1}/{year} không có ngày {day}",
                               f"{year}-{month or 1:02d} has no day {day}"))
    return Header(
        parent_agency=r.strings(h, "parent_agency", p, []),
        agency=r.strings(h, "agency", p),
        number=r.text(h, "number", p, ""),
        symbol=r.text(h, "symbol", p),
        place=r.text(h, "place", p),
        date=IssueDate(year, month, day),
        doc_type=r.text(h, "doc_type", p, "THÔNG BÁO"),
        summary=r.text(h, "summary", p),
        urgency=_level(r, h, "urgency", URGENCY_LEVELS),
        confidentiality=_level(r, h, "confidentiality", CONFIDENTIALITY_LEVELS),
    )


def _level(r: _Reader, h: dict, key: str, levels: tuple[str, ...]) -> str:
    """An optional mark of the header: absent or "" is none."""
    value = r.text(h, key, "header", "")
    if value and value not in levels:
        r.fail(f"header.{key}", "field.value",
               reason=f"{value!r} ∉ {{{', '.join(repr(v) for v in levels)}}}")
    return value


def _iso_date(r: _Reader, value: str | None, path: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        # Only YYYY-MM-DD: Python 3.11 would also take 20240410 or 2024-W15-3.
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        r.fail(path, "field.value", reason=f"{value!r} (YYYY-MM-DD)")


def _opening(r: _Reader, o: dict) -> Opening:
    p = "opening"
    r.known(o, p, FIELDS[p])
    chair = r.obj(o, "chair", p, None)
    r.known(chair, f"{p}.chair", FIELDS["opening.chair"])
    override = r.get(o, "override", p, (list, type(None)), None)
    return Opening(
        template=r.text(o, "template", p, "kiem-tra"),
        basis=r.strings(o, "basis", p, []),
        inspection_date=_iso_date(r, r.get(o, "inspection_date", p, (str, type(None)), None),
                                  f"{p}.inspection_date"),
        chair=Person(r.text(chair, "name", f"{p}.chair", ""), r.text(chair, "title", f"{p}.chair", ""),
                     r.text(chair, "role", f"{p}.chair", "")),
        units=r.strings(o, "units", p, []),
        attendees=r.text(o, "attendees", p, ""),
        participants=r.text(o, "participants", p, ""),
        activities=r.text(o, "activities", p, ""),
        reporters=r.text(o, "reporters", p, ""),
        report_subject=r.text(o, "report_subject", p, ""),
        override=None if override is None else
        [r.rich(v, f"{p}.override[{i}]") for i, v in enumerate(override)],
    )


def _node(r: _Reader, n: dict, path: str, depth: int) -> Node:
    if depth > MAX_DEPTH:
        r.fail(path, "field.value", reason=Text(f"cây nội dung sâu quá {MAX_DEPTH} cấp",
                                                f"the body tree is deeper than {MAX_DEPTH} levels"))
    r.known(n, path, FIELDS["node"])
    kind_name = r.get(n, "kind", path, (str,))
    try:
        kind = Kind(kind_name)
    except ValueError:
        r.fail(f"{path}.kind", "field.value",
               reason=f"{kind_name!r} ∉ {{{', '.join(k.value for k in Kind)}}}")
    heading = r.get(n, "heading", path, (bool,), kind.heading_by_default)
    children = r.items(n, "children", path, lambda v, p: _node(r, v, p, depth + 1), [])
    for i, child in enumerate(children):
        if child.kind.labelled and child.kind.rank <= kind.rank:
            r.fail(f"{path}.children[{i}].kind", "field.value",
                   reason=Text(f"{child.kind.value} không thể nằm trong {kind.value}",
                               f"{child.kind.value} cannot be under {kind.value}"))
    if kind is Kind.PARAGRAPH and children:
        r.fail(f"{path}.children", "field.value",
               reason=Text("đoạn văn (paragraph) không có mục con",
                           "a paragraph cannot have children"))
    node = Node(kind, r.rich(r.get(n, "text", path, (str,), ""), f"{path}.text"),
                heading and kind.labelled, children)
    table = r.get(n, "table", path, (dict, type(None)), None)
    if table is not None:
        node.table = draft_tables.read_table(r, table, f"{path}.table")
    return node


def _abbreviation(r: _Reader, a: dict, p: str) -> Abbreviation:
    r.known(a, p, FIELDS["abbreviation"])
    return Abbreviation(r.text(a, "short", p), r.text(a, "full", p))


def _storage(r: _Reader, s: dict) -> Storage:
    p = "storage"
    r.known(s, p, FIELDS[p])
    copies = r.get(s, "copies", p, (int, type(None)), None)
    if copies is not None and not 0 <= copies <= 999:
        r.fail(f"{p}.copies", "field.value", reason=str(copies))
    return Storage(r.strings(s, "units", p, []), copies, r.text(s, "initials", p, ""))


def _signature(r: _Reader, s: dict) -> Signature:
    p = "signature"
    r.known(s, p, FIELDS[p])
    return Signature(r.strings(s, "authority", p, []), r.text(s, "signer", p, ""))


def _layout(r: _Reader, lay: dict) -> Layout:
    """Layout values must lie inside Nghị định 30's ranges (spec §1–2)."""
    p = "layout"
    r.known(lay, p, FIELDS[p])
    m = r.obj(lay, "margins", p, None)
    mp = f"{p}.margins"
    r.known(m, mp, FIELDS[mp])
    d = Layout()

    def value(obj: dict, attr: str, path: str):
        limit, key = LAYOUT_LIMITS[attr], attr.rsplit(".", 1)[-1]
        high = limit.high if limit.high is not None else float("inf")
        return r.number(obj, key, path, limit.low, high, layout_value(d, attr),
                        (int,) if limit.integer else (int, float))

    return Layout(
        margins=Margins(**{side: value(m, f"margins.{side}", mp)
                           for side in ("top", "bottom", "left", "right")}),
        **{attr: value(lay, attr, p) for attr in LAYOUT_LIMITS if "." not in attr},
    )


def _silenced(r: _Reader, s: dict) -> dict[str, str]:
    """Checker rules silenced for this notice: ``{rule id: reason}`` (optional key)."""
    out = {}
    for key in s:
        out[r.clean(key, "silenced")] = r.text(s, key, "silenced")
    return out


def _checked(build: Callable[[_Reader], Any]) -> Any:
    try:
        return build(_Reader(LoadReport()))
    except _Problem as p:
        raise DraftError("draft.field", file="", path=p.path, problem=p.problem) from None


def layout_from_dict(data: Any) -> Layout:
    """A :class:`Layout` from a ``layout`` object (as in a draft file), with
    the same Nghị định 30 range checks; raises :class:`DraftError` whose
    ``path`` names the field (``layout.margins.left``).  Agency profiles use it."""
    return _checked(lambda r: _layout(r, data if isinstance(data, dict) else
                                      r.wrong_type("layout", dict, data)))


def numbering_from_dict(data: Any) -> dict[Kind, str]:
    """Numbering formats per level from a ``numbering`` object (checked)."""
    return _checked(lambda r: _numbering(r, data if isinstance(data, dict) else
                                         r.wrong_type("numbering", dict, data)))


def _numbering(r: _Reader, num: dict) -> dict[Kind, str]:
    out = dict(DEFAULT_NUMBERING)
    for key, value in num.items():
        path = f"numbering.{key}"
        try:
            kind = Kind(key)
        except ValueError:
            kind = None
        if kind is None or not kind.labelled:  # an unlabelled paragraph has no numbering
            r.fail(path, "field.unknown", name=key)
        if not isinstance(value, str):
            r.wrong_type(path, str, value)
        try:
            check_format(kind, value)
        except NumberingFormatError as exc:
            r.fail(path, "field.value", reason=exc.reason)
        out[kind] = value
    return out


def dumps(notice: Notice) -> str:
    return json.dumps(notice_to_dict(notice), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------
# Files


def loads(text: str, file: str = "", report: LoadReport | None = None) -> Notice:
    data = parse_json(text, file)
    if isinstance(data, dict) and isinstance(data.get("format_version"), int) \
            and not isinstance(data["format_version"], bool) \
            and data["format_version"] > FORMAT_VERSION:
        raise DraftError("draft.newer", file=file, version=data["format_version"],
                         supported=FORMAT_VERSION)
    try:
        return notice_from_dict(data, report)
    except DraftError as exc:
        exc.params["file"] = file
        raise DraftError(exc.code, **exc.params) from None


def load_draft(path: str | os.PathLike[str], report: LoadReport | None = None) -> Notice:
    """Read a draft file; raises :class:`DraftError` naming the file and field.
    The file must be a regular file of at most :data:`MAX_DRAFT_BYTES`."""
    path = Path(path)
    try:
        raw = read_bounded(path, MAX_DRAFT_BYTES)
    except FileNotFoundError:
        raise DraftError("draft.not_found", file=str(path)) from None
    except OSError as exc:
        raise DraftError("draft.unreadable", file=str(path), reason=os_reason(exc)) from None
    if report is not None:
        report.digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError("draft.not_utf8", file=str(path), position=exc.start) from None
    return loads(text, str(path), report)


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of the draft file now on disk (None: there is none)."""
    try:
        return hashlib.sha256(read_bounded(path, MAX_DRAFT_BYTES)).hexdigest()
    except FileNotFoundError:
        return None
    except OSError:
        return ""


def utf8_bytes(text: str) -> bytes:
    """UTF-8 of ``text``; lone UTF-16 surrogates (half an emoji from a widget),
    which UTF-8 cannot hold, are joined into pairs or become U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return joined.encode("utf-8")


def save_draft(notice: Notice, path: str | os.PathLike[str], *, overwrite: bool = True,
               links: Links = Links.FOLLOW, expect: str | None = None) -> str:
    """Save atomically under the draft's write lock (:func:`~thongbao_editor.
    locking.write_lock`); returns the SHA-256 of what was written.

    A symbolic link at ``path`` is followed (the user's own draft may live
    elsewhere on purpose) unless ``links`` says otherwise (batch outputs).
    ``overwrite=False``: the file must not exist (checked atomically).
    ``expect``: the digest the file had when it was read (``LoadReport.digest``);
    if it changed since, :class:`DraftError` ``draft.changed`` and nothing is
    written.  Raises :class:`DraftError` if the file cannot be written."""
    data = utf8_bytes(dumps(notice))
    try:
        with write_lock(path):
            if expect is not None and file_digest(path) != expect:
                raise DraftError("draft.changed", file=str(path))
            atomic_write_bytes(path, data, links=links, overwrite=overwrite)
    except FileExistsError:
        raise DraftError("file.exists", file=str(path)) from None
    except OSError as exc:
        raise DraftError("draft.write", file=str(path), reason=os_reason(exc)) from None
    return hashlib.sha256(data).hexdigest()

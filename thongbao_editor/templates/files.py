"""Reading notice templates and agency profiles (TOML text files).

Both are untrusted: every problem becomes a
:class:`~thongbao_editor.errors.TemplateError` naming the file and the line
(or the field, when TOML cannot tell the line).  The formats are described
in docs/templates.md; :class:`NoticeTemplate` and :class:`Profile` are the
parsed forms, ready for :mod:`.engine` and for the editor's dialogs.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from ..errors import DraftError, FieldProblem, TemplateError
from ..model import Kind, Layout, Person
from ..model.draft import layout_from_dict, numbering_from_dict
from ..model.text import clean
from .values import TYPES

log = logging.getLogger(__name__)

FORMAT = 1
TEMPLATE_KIND = "notice-template"
PROFILE_KIND = "agency-profile"
MAX_FILE_BYTES = 512 * 1024
NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
VARIABLE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
RESERVED = frozenset({"profile", "loop", "range", "namespace", "dict", "true", "false", "none",
                      "self", "caller", "varargs", "kwargs"})


# --------------------------------------------------------------------------
# Parsed forms


@dataclass
class Variable:
    name: str
    label: str
    type: str = "text"
    required: bool = False
    default: Any = None  # Jinja text (or a list of them, or a number); None = none
    help: str = ""
    example: Any = None  # a sample value: previews, `template check`, tests


@dataclass
class NoticeTemplate:
    name: str
    title: str
    description: str = ""
    variables: list[Variable] = field(default_factory=list)
    doc_type: str = "THÔNG BÁO"
    summary: str = ""  # Jinja
    date: str = ""  # Jinja -> "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    opening: dict[str, Any] = field(default_factory=dict)  # facts (Jinja) or {"paragraphs": …}
    body: str = ""  # Jinja -> outline (see outline.py)
    closing: str = ""  # Jinja -> markup
    recipients: list[str] = field(default_factory=list)  # Jinja lines or "@group"
    abbreviations: list[tuple[str, str]] = field(default_factory=list)
    numbering: dict[Kind, str] | None = None
    file: str = ""  # where it was read from (for messages)
    lines: dict[str, int] = field(default_factory=dict)  # field -> line offset in the file
    source: str = ""  # the file's text (export writes it back unchanged)

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    def examples(self) -> dict[str, Any]:
        return {v.name: v.example for v in self.variables if v.example is not None}


@dataclass
class Signer:
    id: str
    name: str
    authority: list[str]
    default: bool = False


@dataclass
class Profile:
    name: str
    title: str
    description: str = ""
    sample: bool = False
    issuer: str = ""  # how sentences name the issuer: "UBND tỉnh", "Văn phòng UBND tỉnh"
    parent_agency: list[str] = field(default_factory=list)
    agency: list[str] = field(default_factory=list)
    symbol: str = "TB-UBND"
    place: str = ""
    layout: Layout = field(default_factory=Layout)
    signers: list[Signer] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    recipients: dict[str, list[str]] = field(default_factory=dict)
    storage_units: list[str] = field(default_factory=list)
    storage_initials: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    source: str = ""

    def signer(self, signer_id: str | None = None) -> Signer:
        if signer_id:
            for s in self.signers:
                if s.id == signer_id:
                    return s
            raise TemplateError("template.person_not_found", profile=self.name, name=signer_id,
                                available=", ".join(s.id for s in self.signers) or "-",
                                variable="signer")
        return next((s for s in self.signers if s.default), self.signers[0])

    def all_people(self) -> dict[str, Person]:
        """People a ``person`` variable may name by id."""
        return dict(self.people)


class ProfileView:
    """What templates see as ``profile``: read-only text attributes."""

    def __init__(self, p: Profile):
        self.name = p.name
        self.issuer = p.issuer
        self.place = p.place
        self.symbol = p.symbol
        self.agency = " ".join(p.agency)
        self.parent_agency = " ".join(p.parent_agency)
        self.sample = p.sample
        # the level, for defaults that suit it: "xã", "phường", "đặc khu" or "tỉnh"/"thành phố"
        self.level = profile_level(p)
        self.commune = self.level in ("xã", "phường", "đặc khu")


def profile_level(p: Profile) -> str:
    """The administrative level a profile issues at, read from its header
    (``XÃ CHI LĂNG``, ``UBND PHƯỜNG …``, ``TỈNH …``); a Sở is provincial."""
    from .units import header_unit
    unit = header_unit(p.agency, p.parent_agency)
    return unit[0] if unit else "tỉnh"


# --------------------------------------------------------------------------
# TOML with line numbers


def _toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise TemplateError("template.file", file=file, line=m.group(1) if m else "?",
                            reason=re.sub(r"\s*\(at line.*\)$", "", str(exc))) from None
    except RecursionError:  # arrays or inline tables nested a thousand deep
        raise TemplateError("template.file", file=file, line=_deep_line(text),
                            reason=FieldProblem("tpl.too_deep")) from None
    except ValueError:  # an integer of 4,300+ digits (Python refuses to convert it)
        m = _LONG_DIGITS.search(text)
        line = text.count("\n", 0, m.start()) + 1 if m else "?"
        digits = len(m.group().replace("_", "")) if m else "?"
        raise TemplateError("template.file", file=file, line=line,
                            reason=FieldProblem("tpl.big_integer", digits=digits)) from None


_LONG_DIGITS = re.compile(r"[0-9][0-9_]{4000,}")
_NESTING_SHOWN = 100


def _deep_line(text: str) -> int | str:
    """The line where brackets (outside quotes) first nest deeper than
    :data:`_NESTING_SHOWN` levels: where a too-deep value starts."""
    depth, quote, line = 0, "", 1
    for c in text:
        if c == "\n":
            line += 1
        elif quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "[{":
            depth += 1
            if depth > _NESTING_SHOWN:
                return line
        elif c in "]}":
            depth -= 1
    return "?"


def key_line(text: str, key: str, after: str | None = None) -> int:
    """The line (1-based) where ``key = …`` is written (after the table
    header ``after``), or 0 if it cannot be found."""
    lines = text.splitlines()
    start = 0
    if after:
        for i, line in enumerate(lines):
            if line.strip() == after:
                start = i
                break
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(start, len(lines)):
        if pattern.match(lines[i]):
            return i + 1
    return 0


_SEGMENT = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")


def path_line(text: str, path: str) -> int:
    """The line of the field ``path`` (``variables[3].type``,
    ``notice.opening.basis``, ``layout.margins.left``), or 0."""
    parts = [(m.group(1), int(m.group(2)) if m.group(2) else None)
             for m in _SEGMENT.finditer(path)]
    lines = text.splitlines()
    for cut in range(len(parts) - 1, 0, -1):
        table = ".".join(name for name, _ in parts[:cut])
        index = parts[cut - 1][1]
        header = f"[[{table}]]" if index is not None else f"[{table}]"
        seen, start = -1, None
        for i, line in enumerate(lines):
            if line.strip() == header:
                seen += 1
                if index is None or seen == index:
                    start = i
                    break
        if start is None:
            continue
        key = re.compile(rf"^\s*{re.escape(parts[cut][0])}\s*=")
        for i in range(start + 1, len(lines)):
            if lines[i].lstrip().startswith("["):
                break
            if key.match(lines[i]):
                return i + 1
        return start + 1  # the table itself
    key = re.compile(rf"^\s*{re.escape(parts[0][0])}\s*=") if parts else None
    for i, line in enumerate(lines):
        if line.lstrip().startswith("["):
            break
        if key is not None and key.match(line):
            return i + 1
    return key_line(text, parts[-1][0]) if parts else 0


def content_offset(text: str, line: int) -> int:
    """The offset to add to a line inside a string value that starts on
    file line ``line``: a multi-line string begins on the next line."""
    if not line:
        return 0
    src = text.splitlines()[line - 1]
    value = src.split("=", 1)[1].strip() if "=" in src else ""
    if value in ('"""', "'''"):
        return line
    return line - 1


def read_text(data: bytes, file: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise TemplateError("template.file", file=file, line="-",
                            reason=FieldProblem("tpl.too_big", size=f"{MAX_FILE_BYTES // 1024} KB"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError("template.file", file=file, line=line,
                            reason=FieldProblem("tpl.not_utf8")) from None


_TYPE_WORDS = {str: "string", int: "integer", float: "float", bool: "boolean", list: "array",
               dict: "table"}


class _Fields:
    """Typed access to a TOML table, with the field path for errors."""

    def __init__(self, file: str, text: str):
        self.file, self.text = file, text

    def fail(self, path: str, code: str | FieldProblem, **params: object) -> None:
        """Raise a TemplateError for ``path``; the reason is a catalogue
        code (translated when shown) or a FieldProblem."""
        reason = code if isinstance(code, FieldProblem) else FieldProblem(code, **params)
        line = path_line(self.text, path)
        if line:
            raise TemplateError("template.file_at", file=self.file, line=line, path=path,
                                reason=reason)
        raise TemplateError("template.field", file=self.file, path=path, reason=reason)

    def get(self, table: dict, key: str, path: str, types: tuple[type, ...], default: Any = ...):
        full = f"{path}.{key}" if path else key
        if key not in table:
            if default is ...:
                self.fail(full, "field.missing")
            return default
        value = table[key]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            self.fail(full, "field.type", expected="/".join(_TYPE_WORDS.get(t, t.__name__) for t in types),
                      actual=_TYPE_WORDS.get(type(value), type(value).__name__))
        return value

    def text_(self, table: dict, key: str, path: str, default: Any = ...) -> str:
        return clean(self.get(table, key, path, (str,), default))

    def strings(self, table: dict, key: str, path: str, default: Any = ...) -> list[str]:
        values = self.get(table, key, path, (list,), default)
        for i, v in enumerate(values):
            if not isinstance(v, str):
                self.fail(f"{path}.{key}[{i}]", "field.type", expected="string",
                          actual=_TYPE_WORDS.get(type(v), type(v).__name__))
        return [clean(v) for v in values]

    def known(self, table: dict, path: str, keys: set[str]) -> None:
        for k in table:
            if k not in keys:
                self.fail(f"{path}.{k}" if path else k, "field.unknown", name=k)


def _kind_check(f: _Fields, data: dict, kind: str) -> None:
    found = f.get(data, "kind", "", (str,))
    if found != kind:
        f.fail("kind", "tpl.kind", expected=kind, actual=found)
    version = f.get(data, "format", "", (int,), FORMAT)
    if version > FORMAT:
        f.fail("format", "tpl.newer", version=version, supported=FORMAT)


def file_kind(text: str, file: str) -> str:
    data = _toml(text, file)
    kind = data.get("kind")
    if kind not in (TEMPLATE_KIND, PROFILE_KIND):
        raise TemplateError("template.field", file=file, path="kind",
                            reason=FieldProblem("tpl.kind", expected=f"{TEMPLATE_KIND}|{PROFILE_KIND}",
                                                actual=kind))
    return kind


# --------------------------------------------------------------------------
# Notice templates

_OPENING_FACTS = {"template", "basis", "inspection_date", "chair_name", "chair_title", "chair_role",
                  "units", "attendees", "participants", "activities", "reporters", "report_subject"}


def parse_template(text: str, name: str, file: str) -> NoticeTemplate:
    data = _toml(text, file)
    f = _Fields(file, text)
    _kind_check(f, data, TEMPLATE_KIND)
    f.known(data, "", {"kind", "format", "title", "description", "variables", "notice"})
    variables = []
    seen: set[str] = set()
    for i, v in enumerate(f.get(data, "variables", "", (list,), [])):
        p = f"variables[{i}]"
        if not isinstance(v, dict):
            f.fail(p, "tpl.table", table="[[variables]]")
        f.known(v, p, {"name", "label", "type", "required", "default", "help", "example"})
        vname = f.get(v, "name", p, (str,))
        if not VARIABLE.match(vname) or vname in RESERVED:
            f.fail(f"{p}.name", "tpl.variable_name", name=vname)
        if vname in seen:
            f.fail(f"{p}.name", "tpl.variable_twice", name=vname)
        seen.add(vname)
        vtype = f.get(v, "type", p, (str,), "text")
        if vtype not in TYPES:
            f.fail(f"{p}.type", "tpl.variable_type", type=vtype, types=", ".join(TYPES))
        default = f.get(v, "default", p, (str, int, float, list, dict), None)
        variables.append(Variable(
            name=vname, label=f.text_(v, "label", p), type=vtype,
            required=f.get(v, "required", p, (bool,), False), default=default,
            help=f.text_(v, "help", p, ""),
            example=f.get(v, "example", p, (str, int, float, list, dict), None)))
    n = f.get(data, "notice", "", (dict,))
    f.known(n, "notice", {"doc_type", "summary", "date", "opening", "body", "closing",
                          "recipients", "abbreviations", "numbering"})
    opening = f.get(n, "opening", "notice", (dict,))
    if "paragraphs" in opening:
        f.known(opening, "notice.opening", {"paragraphs"})
        f.get(opening, "paragraphs", "notice.opening", (str,))
    else:
        f.known(opening, "notice.opening", _OPENING_FACTS)
        for k, v in opening.items():
            if not isinstance(v, str):
                f.fail(f"notice.opening.{k}", "field.type", expected="string",
                       actual=_TYPE_WORDS.get(type(v), type(v).__name__))
    abbreviations = []
    for i, a in enumerate(f.get(n, "abbreviations", "notice", (list,), [])):
        p = f"notice.abbreviations[{i}]"
        if not isinstance(a, dict):
            f.fail(p, "tpl.table", table="{ short = …, full = … }")
        abbreviations.append((f.text_(a, "short", p), f.text_(a, "full", p)))
    numbering = None
    if "numbering" in n:
        try:
            numbering = numbering_from_dict(f.get(n, "numbering", "notice", (dict,)))
        except DraftError as exc:
            f.fail(f"notice.{exc.path}", exc.params["problem"])  # type: ignore[arg-type]
    lines = {k: content_offset(text, key_line(text, k, "[notice]"))
             for k in ("summary", "date", "body", "closing", "recipients")}
    for k in opening:
        lines[f"opening.{k}"] = content_offset(text, key_line(text, k, "[notice.opening]"))
    for i, v in enumerate(variables):
        if isinstance(v.default, str):
            lines[f"variables.{v.name}.default"] = content_offset(
                text, path_line(text, f"variables[{i}].default"))
        elif isinstance(v.default, list):  # an error names the "default = [" line
            lines[f"variables.{v.name}.default"] = max(
                path_line(text, f"variables[{i}].default") - 1, 0)
    tpl = NoticeTemplate(
        name=name, title=f.text_(data, "title", ""), description=f.text_(data, "description", "", ""),
        variables=variables, doc_type=f.text_(n, "doc_type", "notice", "THÔNG BÁO"),
        summary=f.get(n, "summary", "notice", (str,)), date=f.get(n, "date", "notice", (str,)),
        opening=dict(opening), body=f.get(n, "body", "notice", (str,)),
        closing=f.get(n, "closing", "notice", (str,)),
        recipients=f.strings(n, "recipients", "notice"), abbreviations=abbreviations,
        numbering=numbering, file=file, lines=lines, source=text)
    return tpl


# --------------------------------------------------------------------------
# Agency profiles


def parse_profile(text: str, name: str, file: str) -> Profile:
    data = _toml(text, file)
    f = _Fields(file, text)
    _kind_check(f, data, PROFILE_KIND)
    f.known(data, "", {"kind", "format", "title", "description", "sample", "issuer", "header",
                       "layout", "signers", "people", "recipients", "storage", "defaults"})
    h = f.get(data, "header", "", (dict,))
    f.known(h, "header", {"parent_agency", "agency", "symbol", "place"})
    agency = f.strings(h, "agency", "header")
    if not agency:
        f.fail("header.agency", "tpl.need_agency")
    symbol = f.text_(h, "symbol", "header")
    if not re.fullmatch(r"[A-ZĐ]+(?:-[A-ZĐ0-9]+)*", symbol):
        f.fail("header.symbol", "tpl.symbol", symbol=symbol)
    try:
        layout = layout_from_dict(f.get(data, "layout", "", (dict,), {}))
    except DraftError as exc:
        f.fail(exc.path, exc.params["problem"])  # type: ignore[arg-type]
    signers = []
    for i, s in enumerate(f.get(data, "signers", "", (list,))):
        p = f"signers[{i}]"
        if not isinstance(s, dict):
            f.fail(p, "tpl.table", table="[[signers]]")
        f.known(s, p, {"id", "name", "authority", "default"})
        authority = f.strings(s, "authority", p)
        if not authority:
            f.fail(f"{p}.authority", "tpl.need_authority")
        signers.append(Signer(f.text_(s, "id", p), f.text_(s, "name", p),
                              [a.upper() for a in authority], f.get(s, "default", p, (bool,), False)))
    if not signers:
        f.fail("signers", "tpl.need_signer")
    people = {}
    for i, s in enumerate(f.get(data, "people", "", (list,), [])):
        p = f"people[{i}]"
        if not isinstance(s, dict):
            f.fail(p, "tpl.table", table="[[people]]")
        f.known(s, p, {"id", "name", "title", "role"})
        people[f.text_(s, "id", p)] = Person(f.text_(s, "name", p), f.text_(s, "title", p),
                                             f.text_(s, "role", p, ""))
    recipients = {}
    for key, lines in f.get(data, "recipients", "", (dict,), {}).items():
        recipients[key] = f.strings({key: lines}, key, "recipients")
    storage = f.get(data, "storage", "", (dict,), {})
    f.known(storage, "storage", {"units", "initials"})
    return Profile(
        name=name, title=f.text_(data, "title", ""), description=f.text_(data, "description", "", ""),
        sample=f.get(data, "sample", "", (bool,), False), issuer=f.text_(data, "issuer", ""),
        parent_agency=f.strings(h, "parent_agency", "header", []), agency=agency, symbol=symbol,
        place=f.text_(h, "place", "header"), layout=layout, signers=signers, people=people,
        recipients=recipients, storage_units=f.strings(storage, "units", "storage", []),
        storage_initials=f.text_(storage, "initials", "storage", ""),
        defaults=dict(f.get(data, "defaults", "", (dict,), {})), file=file, source=text)

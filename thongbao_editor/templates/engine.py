"""Filling a template in: values -> Notice, and back.

- :func:`resolve_values` checks and types what the user gave, adds the
  profile's values and the template's defaults (a default is Jinja text that
  may use the variables declared before it).  Order, later wins:
  template default < profile ``[defaults]`` < the values given (the GUI form,
  ``--set``, a CSV row).
- :func:`instantiate` makes a :class:`Notice` and records the template, the
  profile and the given values in ``notice.template``.
- :func:`apply_variables` changes values in a notice made from a template:
  every part the template generated and the user left alone is generated
  again; parts the user edited are kept and reported.

"Save as template" is in :mod:`.saving`, ``template check`` in :mod:`.checking`.

Everything runs under one time/size budget of the sandbox
(:mod:`thongbao_editor.render.jinja_env`).
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..errors import FieldProblem, RenderError, TemplateError
from ..model.draft import YEAR_HIGH, YEAR_LOW, markup_reason
from ..model import (Abbreviation, Header, IssueDate, Node, Notice, Opening, Person, RichText,
                     Signature, Storage, TemplateLink)
from ..model.notice import DEFAULT_NUMBERING
from ..model.edit import Batch, FieldPath, SetField, SetNodeText
from ..model.text import MarkupError, clean, parse_markup
from ..render.jinja_env import budget, render_string
from .files import NoticeTemplate, Profile, ProfileView, Variable
from .outline import OutlineError, parse_outline
from .usage import used_variables
from .values import ValueProblem, coerce, display, empty, is_empty, is_omitted, to_json

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------
# Values


def _group_parts(values: Mapping[str, Any]) -> dict[str, Any]:
    """``chair.name=…`` style keys into ``{"chair": {"name": …}}``."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if "." in key:
            base, part = key.split(".", 1)
            target = out.setdefault(base, {})
            if not isinstance(target, dict):  # "chair=pct" and "chair.role=…" together
                target = out[base] = {"id": target}
            target[part] = value
        elif isinstance(out.get(key), dict) and not isinstance(value, dict):
            out[key]["id"] = value
        else:
            out[key] = value
    return out


def _render(tpl: NoticeTemplate, field_name: str, source: str, context: Mapping[str, Any]) -> str:
    return render_string(source, tpl.file or tpl.name, line_offset=tpl.lines.get(field_name, 0),
                         **context)


def _coerce(tpl: NoticeTemplate, profile: Profile, var: Variable, value: Any) -> Any:
    try:
        return coerce(var.type, value, profile.all_people())
    except KeyError as exc:
        raise TemplateError("template.person_not_found", profile=profile.name, name=exc.args[0],
                            available=", ".join(profile.all_people()) or "-",
                            variable=var.name) from None
    except ValueProblem as exc:
        raise TemplateError("template.value", label=var.label, name=var.name,
                            reason=exc.problem) from None


def resolve_values(tpl: NoticeTemplate, profile: Profile, given: Mapping[str, Any] | None = None,
                   *, check_required: bool = True,
                   problems: dict[str, TemplateError | RenderError] | None = None) -> dict[str, Any]:
    """Every declared variable with its typed value (see module doc).

    Raises the first problem — unless ``problems`` is given: then each
    variable's problem is stored there under its name (``""`` for values
    the template does not declare), the variable is left empty, and the
    others are still resolved (for a form that marks every bad field)."""
    given = _group_parts(given or {})
    unknown = [k for k in given if tpl.variable(k) is None]
    if unknown:
        err = TemplateError("template.unknown_variable", template=tpl.name, name=unknown[0],
                            available=", ".join(v.name for v in tpl.variables))
        if problems is None:
            raise err
        problems[""] = err
    context: dict[str, Any] = {"profile": ProfileView(profile)}
    values: dict[str, Any] = {}
    used = set(used_variables(tpl))  # one nobody uses is neither asked for nor required
    with budget():
        for var in tpl.variables:
            try:
                raw = given.get(var.name)
                if is_omitted(raw):  # "-": leave it out, no default
                    raw = None
                elif is_empty(raw) and var.name in profile.defaults:
                    raw = profile.defaults[var.name]
                if is_empty(raw) and var.default is not None and not is_omitted(given.get(var.name)):
                    raw = _render_default(tpl, var, context)
                value = empty(var.type) if is_empty(raw) else _coerce(tpl, profile, var, raw)
                if check_required and var.required and is_empty(value) and var.name in used:
                    raise TemplateError("template.required", label=var.label, name=var.name)
            except (TemplateError, RenderError) as exc:
                if var.name in used:  # an unused one's value goes nowhere: no problem
                    if problems is None:
                        raise
                    problems[var.name] = exc
                value = empty(var.type)
            values[var.name] = value
            context[var.name] = value
    return values


def value_problems(tpl: NoticeTemplate, profile: Profile,
                   given: Mapping[str, Any]) -> dict[str, TemplateError | RenderError]:
    """What is wrong with a form's values, per variable name (empty: all good)."""
    problems: dict[str, TemplateError | RenderError] = {}
    resolve_values(tpl, profile, given, problems=problems)
    return problems


def _render_default(tpl: NoticeTemplate, var: Variable, context: Mapping[str, Any]) -> Any:
    name = f"variables.{var.name}.default"
    if isinstance(var.default, str):
        return _render(tpl, name, var.default, context)
    if isinstance(var.default, list):
        return [_render(tpl, name, str(v), context) for v in var.default]
    return var.default


def explicit_json(tpl: NoticeTemplate, profile: Profile, given: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON form of the values the user gave (stored in the draft)."""
    out = {}
    for key, value in _group_parts(given).items():
        var = tpl.variable(key)
        if var is None or is_empty(value):
            continue
        if is_omitted(value):  # kept as given: "leave this out" again when re-applied
            out[key] = "-"
            continue
        out[key] = to_json(var.type, _coerce(tpl, profile, var, value))
    return out


# --------------------------------------------------------------------------
# Generation


def _lines(text: str) -> list[str]:
    return [c for c in (clean(x) for x in text.splitlines()) if c]


def _rich(tpl: NoticeTemplate, field_name: str, text: str) -> RichText:
    try:
        return parse_markup(text)
    except MarkupError as exc:
        raise TemplateError("template.field", file=tpl.file or tpl.name, path=f"notice.{field_name}",
                            reason=FieldProblem("field.value", reason=markup_reason(exc))) from None


def _issue_date(tpl: NoticeTemplate, text: str) -> IssueDate:
    text = clean(text)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        raise TemplateError("template.field", file=tpl.file or tpl.name, path="notice.date",
                            reason=FieldProblem("tpl.date_text", text=text,
                                                pattern="YYYY, YYYY-MM, YYYY-MM-DD"))
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        dt.date(year, month or 1, day or 1)  # type: ignore[arg-type]
    except ValueError:
        raise TemplateError("template.field", file=tpl.file or tpl.name, path="notice.date",
                            reason=FieldProblem("value.no_such_date", text=text)) from None
    if not YEAR_LOW <= year <= YEAR_HIGH:  # the draft reader would refuse it
        raise TemplateError("template.field", file=tpl.file or tpl.name, path="notice.date",
                            reason=FieldProblem("value.year_range", text=text, low=YEAR_LOW,
                                                high=YEAR_HIGH))
    return IssueDate(year, month, day)  # type: ignore[arg-type]


def _opening(tpl: NoticeTemplate, ctx: Mapping[str, Any]) -> Opening:
    o = tpl.opening
    if "paragraphs" in o:
        text = _render(tpl, "opening.paragraphs", o["paragraphs"], ctx)
        paras = [_rich(tpl, "opening.paragraphs", " ".join(p.split()))
                 for p in re.split(r"\n\s*\n", text) if p.strip()]
        return Opening(template="", override=paras)

    def r(key: str) -> str:
        return clean(_render(tpl, f"opening.{key}", o[key], ctx)) if key in o else ""

    date_text = r("inspection_date")
    try:
        date = dt.date.fromisoformat(date_text) if date_text else None
    except ValueError:
        raise TemplateError("template.field", file=tpl.file or tpl.name,
                            path="notice.opening.inspection_date",
                            reason=FieldProblem("tpl.date_text", text=date_text,
                                                pattern="YYYY-MM-DD")) from None
    return Opening(
        template=r("template") or "kiem-tra",
        basis=_lines(_render(tpl, "opening.basis", o["basis"], ctx)) if "basis" in o else [],
        inspection_date=date,
        chair=Person(r("chair_name"), r("chair_title"), r("chair_role")),
        units=_lines(_render(tpl, "opening.units", o["units"], ctx)) if "units" in o else [],
        attendees=r("attendees"), participants=r("participants"), activities=r("activities"),
        reporters=r("reporters"), report_subject=r("report_subject"))


def _body(tpl: NoticeTemplate, ctx: Mapping[str, Any]) -> list[Node]:
    text = _render(tpl, "body", tpl.body, ctx)
    try:
        return parse_outline(text)
    except OutlineError as exc:
        raise TemplateError("template.body_line", file=tpl.file or tpl.name, line=exc.line,
                            reason=exc.problem, text=exc.text) from None


def _recipients(tpl: NoticeTemplate, profile: Profile, ctx: Mapping[str, Any]) -> list[str]:
    out: list[str] = []
    for entry in tpl.recipients:
        if entry.startswith("@"):
            out.extend(profile.recipients.get(entry[1:], []))
            continue
        out.extend(_lines(_render(tpl, "recipients", entry, ctx)))
    # Each recipient line starts with a capital ("Thôn Nà Làng;") and ends with ";".
    out = [line[:1].upper() + line[1:] for line in out]
    return [line if line.endswith((";", ".")) else line + ";" for line in out]


def generate(tpl: NoticeTemplate, profile: Profile, values: Mapping[str, Any],
             signer: str | None = None) -> Notice:
    """The notice the template makes from typed ``values`` (no link recorded)."""
    ctx = {**values, "profile": ProfileView(profile)}
    sig = profile.signer(signer)
    with budget():
        return Notice(
            header=Header(parent_agency=list(profile.parent_agency), agency=list(profile.agency),
                          number="", symbol=profile.symbol, place=profile.place,
                          date=_issue_date(tpl, _render(tpl, "date", tpl.date, ctx)),
                          doc_type=tpl.doc_type,
                          summary=clean(_render(tpl, "summary", tpl.summary, ctx))),
            opening=_opening(tpl, ctx),
            body=_body(tpl, ctx),
            closing=_rich(tpl, "closing", clean(_render(tpl, "closing", tpl.closing, ctx))),
            recipients=_recipients(tpl, profile, ctx),
            storage=Storage(list(profile.storage_units), None, profile.storage_initials),
            signature=Signature(list(sig.authority), sig.name),
            abbreviations=[Abbreviation(s, f) for s, f in tpl.abbreviations],
            layout=copy.deepcopy(profile.layout),
            numbering=dict(tpl.numbering or DEFAULT_NUMBERING),
        )


def instantiate(tpl: NoticeTemplate, profile: Profile, given: Mapping[str, Any] | None = None,
                signer: str | None = None) -> Notice:
    """A new notice from ``tpl`` and ``profile`` with the user's values."""
    given = dict(given or {})
    with budget():
        values = resolve_values(tpl, profile, given)
        notice = generate(tpl, profile, values, signer)
    link = TemplateLink(tpl.name, profile.name, profile.signer(signer).id,
                        explicit_json(tpl, profile, given))
    SetField(FieldPath.of("template"), link).apply(notice)
    return notice


# --------------------------------------------------------------------------
# Changing values later


@dataclass
class ApplyReport:
    """What :func:`apply_variables` did: parts regenerated, and parts kept
    because the user had edited them (their paths, as in validate.py)."""

    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _same_shape(a: list[Node], b: list[Node]) -> bool:
    return len(a) == len(b) and all(x.kind == y.kind and _same_shape(x.children, y.children)
                                    for x, y in zip(a, b, strict=False))


def _pairs(old: list[Node], new: list[Node]):
    """(old, new) generated nodes at the same place with the same kind."""
    for x, y in zip(old, new, strict=False):
        if x.kind == y.kind:
            yield x, y
            yield from _pairs(x.children, y.children)


def variables_op(notice: Notice, changes: Mapping[str, Any], tpl: NoticeTemplate,
                 profile: Profile, new_profile: Profile | None = None,
                 signer: str | None = None) -> tuple[Batch, ApplyReport]:
    """The edit (one :class:`~thongbao_editor.model.edit.Batch`) that sets new
    values (``changes``, merged over the recorded ones) and regenerates every
    part the template generated that the user has not edited; and the report
    of what it changes and what it keeps.  ``notice`` is not changed.
    ``profile`` is the one the notice was made with; with ``new_profile``
    (and its ``signer``) the notice moves to that profile: the header,
    signature and storage lines it generated are regenerated too."""
    link = notice.template
    if link is None:
        raise TemplateError("template.no_link")
    old_given = dict(link.values)
    new_given = dict(old_given)
    for key, value in _group_parts(changes).items():
        before = new_given.get(key)
        if isinstance(value, dict) and isinstance(before, dict) and "id" not in value:
            value = {**before, **value}
        new_given[key] = value
    new_given = {k: v for k, v in new_given.items() if not is_empty(v)}
    with budget():
        old = generate(tpl, profile, resolve_values(tpl, profile, old_given, check_required=False),
                       link.signer or None)
        dest = new_profile or profile
        new_signer = dest.signer(signer).id if new_profile is not None else link.signer or None
        new = generate(tpl, dest, resolve_values(tpl, dest, new_given), new_signer)
    report = ApplyReport()
    ops: list = []

    def swap(path: str, current: Any, before: Any, after: Any, target: str | None = None) -> None:
        if current == before:
            if before != after:
                report.updated.append(path)
                ops.append(SetField(FieldPath.parse(target or path), after))
        elif before != after:
            report.kept.append(path)

    h = notice.header
    if new_profile is not None:
        for name in ("parent_agency", "agency", "symbol", "place"):
            swap(f"header.{name}", getattr(h, name), getattr(old.header, name), getattr(new.header, name))
        swap("signature", notice.signature, old.signature, new.signature)
        swap("storage", notice.storage, old.storage, new.storage)
    swap("header.summary", h.summary, old.header.summary, new.header.summary)
    swap("header.date", h.date, old.header.date, new.header.date)
    o, oo, no = notice.opening, old.opening, new.opening
    if oo.override is not None or no.override is not None:
        swap("opening", o.override, oo.override, no.override, "opening.override")
    else:
        for name in ("basis", "inspection_date", "units", "attendees", "participants",
                     "activities", "reporters", "report_subject"):
            swap(f"opening.{name}", getattr(o, name), getattr(oo, name), getattr(no, name))
        swap("opening.chair", o.chair, oo.chair, no.chair)
    swap("closing", notice.closing, old.closing, new.closing)
    swap("recipients", notice.recipients, old.recipients, new.recipients)

    if _body_equal(notice.body, old.body):
        if not _body_equal(old.body, new.body):
            report.updated.append("body")
            ops.append(SetField(FieldPath.of("body"), new.body))
    else:
        mapping = {(x.kind, x.text.to_markup()): y.text for x, y in _pairs(old.body, new.body)
                   if x.text != y.text}
        for path, node in notice.walk_body():
            where = "body" + "".join(f"[{i}]" for i in path)
            key = (node.kind, node.text.to_markup())
            if key in mapping:
                ops.append(SetNodeText(path, mapping[key]))
                report.updated.append(where)
            elif _mentions(node.text.text, old_given, new_given):
                report.kept.append(where)
        if not _same_shape(old.body, new.body):
            report.kept.append("body")
    ops.append(SetField(FieldPath.of("template", "values"), explicit_json(tpl, dest, new_given)))
    if new_profile is not None:
        ops.append(SetField(FieldPath.of("template", "profile"), new_profile.name))
        ops.append(SetField(FieldPath.of("template", "signer"), new_signer))
    return Batch(tuple(ops)), report


def apply_variables(notice: Notice, changes: Mapping[str, Any], tpl: NoticeTemplate,
                    profile: Profile) -> ApplyReport:
    """Set new values (``changes``, merged over the recorded ones) and
    regenerate, in place, every part of ``notice`` the template generated
    that the user has not edited.  Returns what changed and what was kept."""
    op, report = variables_op(notice, changes, tpl, profile)
    op.apply(notice)
    return report


def _body_equal(a: list[Node], b: list[Node]) -> bool:
    return len(a) == len(b) and all(
        x.kind == y.kind and x.heading == y.heading and x.text == y.text
        and _body_equal(x.children, y.children) for x, y in zip(a, b, strict=False))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, Mapping):
        return [v for v in value.values() if isinstance(v, str)]
    return []


def _mentions(text: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Does user-edited ``text`` still name an old value that changed
    (a text, a list item, a person's name or title)?"""
    for key, value in old.items():
        if new.get(key) == value:
            continue
        still = set(_strings(new.get(key)))
        if any(len(s) > 2 and s in text and s not in still for s in _strings(value)):
            return True
    return False


def describe_variables(tpl: NoticeTemplate, profile: Profile | None = None) -> list[dict[str, Any]]:
    """The variables a template uses (:func:`.usage.used_variables`), for a
    form or ``template show --json``: name, label,
    type, required, help, default (as written), example, and — with a
    profile — the value the profile gives and the people to choose from."""
    out = []
    resolved: dict[str, Any] = {}
    if profile is not None:  # what the form shows before the user types anything
        resolved = resolve_values(tpl, profile, {}, check_required=False, problems={})
    used = set(used_variables(tpl))
    for v in (v for v in tpl.variables if v.name in used):  # never ask for one nobody uses
        item = {"name": v.name, "label": v.label, "type": v.type, "required": v.required,
                "help": v.help, "default": v.default, "example": v.example}
        if profile is not None:
            item["value"] = display(v.type, resolved.get(v.name))
            if v.name in profile.defaults:
                item["profile_value"] = profile.defaults[v.name]
            if v.type == "person":
                item["choices"] = {k: display("person", p) for k, p in profile.all_people().items()}
        out.append(item)
    return out


__all__ = ["ApplyReport", "apply_variables", "variables_op", "describe_variables", "explicit_json", "generate",
           "instantiate", "resolve_values", "value_problems"]

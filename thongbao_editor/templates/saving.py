""""Save as template": a notice back into a notice template (TOML text).

The header, signer and layout belong to the agency profile and are not
copied; the literals the user picks become variables everywhere.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import FieldProblem, TemplateError
from ..model import Notice
from ..model.notice import DEFAULT_NUMBERING
from .files import RESERVED, VARIABLE, Profile
from .outline import format_outline
from .toml_write import dumps_template
from .values import UnitName

def _jinja_literal(text: str) -> str:
    """Text that Jinja prints unchanged (``{`` cannot start a tag)."""
    return text.replace("{", "{{ '{' }}")


def _substitute(text: str, replacements: Mapping[str, str]) -> str:
    if not replacements:
        return _jinja_literal(text)
    keys = sorted(replacements, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(_jinja_literal(text[pos:m.start()]))
        out.append("{{ " + replacements[m.group(0)] + " }}")
        pos = m.end()
    out.append(_jinja_literal(text[pos:]))
    return "".join(out)


def _recipient_entries(lines: list[str], profile: Profile | None,
                       sub: Any) -> list[str]:
    """Recipient lines, with runs equal to a profile group written ``@group``."""
    out: list[str] = []
    groups = sorted(((k, v) for k, v in (profile.recipients.items() if profile else []) if v),
                    key=lambda kv: -len(kv[1]))
    i = 0
    while i < len(lines):
        for key, group in groups:
            if lines[i:i + len(group)] == group:
                out.append(f"@{key}")
                i += len(group)
                break
        else:
            out.append(sub(lines[i]))
            i += 1
    return out


def notice_to_template(notice: Notice, replacements: Mapping[str, str], *, name: str,
                       title: str, description: str = "", profile: Profile | None = None,
                       labels: Mapping[str, str] | None = None) -> str:
    """"Save as template": the TOML text of a template that makes ``notice``
    again, with each literal in ``replacements`` (value -> variable name)
    replaced by that variable everywhere.  The variables are declared as
    required text (``unit`` when the value names an administrative unit) with
    the replaced value as their example.  The header, signer, recipients
    groups and layout belong to the agency profile and are not copied; with
    ``profile``, recipient lines equal to one of its groups become ``@group``
    so that another profile's groups take their place.  ``labels`` (variable
    name -> form label) replaces the label made from the variable name."""
    for value, var in replacements.items():
        if not VARIABLE.match(var) or var in RESERVED:
            raise TemplateError("template.value", label=value, name=var,
                                reason=FieldProblem("tpl.variable_name", name=var))
        if not value.strip():
            raise TemplateError("template.value", label=value, name=var,
                                reason=FieldProblem("tpl.empty_value"))
    sub = lambda s: _substitute(s, replacements)  # noqa: E731
    variables = []
    for value, var in replacements.items():
        if any(v["name"] == var for v in variables):
            continue
        vtype = "unit" if UnitName(value).kind else "text"
        label = (labels or {}).get(var) or var.replace("_", " ").capitalize()
        variables.append({"name": var, "label": label, "type": vtype,
                          "required": True, "example": value})
    o = notice.opening
    if o.override is not None:
        opening: dict[str, str] = {"paragraphs": "\n\n".join(sub(p.to_markup()) for p in o.override)}
    else:
        opening = {
            "template": o.template,
            "basis": "\n".join(sub(b) for b in o.basis),
            "inspection_date": sub(o.inspection_date.isoformat()) if o.inspection_date else "",
            "chair_name": sub(o.chair.name), "chair_title": sub(o.chair.title),
            "chair_role": sub(o.chair.role), "units": "\n".join(sub(u) for u in o.units),
            "attendees": sub(o.attendees), "participants": sub(o.participants),
            "activities": sub(o.activities), "reporters": sub(o.reporters),
            "report_subject": sub(o.report_subject),
        }
    d = notice.header.date
    date = f"{d.year}" + (f"-{d.month:02d}" if d.month else "") + \
        (f"-{d.day:02d}" if d.month and d.day else "")
    notice_table = {
        "doc_type": notice.header.doc_type,
        "summary": sub(notice.header.summary),
        "date": sub(date),
        "closing": sub(notice.closing.to_markup()),
        "recipients": _recipient_entries(notice.recipients, profile, sub),
        "abbreviations": [{"short": a.short, "full": a.full} for a in notice.abbreviations],
        "numbering": {k.value: v for k, v in notice.numbering.items() if DEFAULT_NUMBERING.get(k) != v},
        "body": format_outline(notice.body, sub),
        "opening": opening,
    }
    return dumps_template(name=name, title=title, description=description, variables=variables,
                          notice=notice_table)


__all__ = ["notice_to_template"]

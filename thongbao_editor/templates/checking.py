"""`thongbao template check`: every problem of a template, with file and line."""

from __future__ import annotations

import jinja2

from ..errors import FieldProblem, RenderError, TemplateError
from ..render.jinja_env import environment
from .engine import instantiate
from .files import NoticeTemplate, Profile


def template_sources(tpl: NoticeTemplate) -> list[tuple[str, str]]:
    """(field, Jinja text) of every piece of template text in ``tpl``."""
    out = [("summary", tpl.summary), ("date", tpl.date), ("body", tpl.body),
           ("closing", tpl.closing)]
    out += [("recipients", r) for r in tpl.recipients if not r.startswith("@")]
    out += [(f"opening.{k}", v) for k, v in tpl.opening.items()]
    for v in tpl.variables:
        defaults = v.default if isinstance(v.default, list) else [v.default]
        out += [(f"variables.{v.name}.default", d) for d in defaults if isinstance(d, str)]
    return out


def syntax_errors(tpl: NoticeTemplate) -> list[RenderError]:
    """Jinja syntax errors (and refused include/import/extends) in every field."""
    errors = []
    for field_name, source in template_sources(tpl):
        try:
            environment().parse(source)
        except jinja2.TemplateSyntaxError as exc:
            errors.append(RenderError("render.template", template=tpl.file or tpl.name,
                                      line=(exc.lineno or 0) + tpl.lines.get(field_name, 0),
                                      reason=f"{field_name}: {exc.message}"))
    return errors


def check_template(tpl: NoticeTemplate, profiles: list[Profile]) -> list[str]:
    """Problems of a template, as messages with file and line: Jinja syntax
    in every field, then a fill-in with the examples for each profile (which
    must give a notice that is ready to sign: checks.readiness.final_refusals,
    the rule of a final export, with the sample profiles' values accepted)."""
    from ..checks.readiness import final_refusals
    problems: list[str] = [err.message() for err in syntax_errors(tpl)]
    if problems:
        return problems
    for v in tpl.variables:
        if v.required and v.example is None and v.type != "person":
            problems.append(TemplateError("template.field", file=tpl.file or tpl.name,
                                          path=f"variables.{v.name}.example",
                                          reason=FieldProblem("tpl.need_example")).message())
    for profile in profiles:
        try:
            notice = instantiate(tpl, profile, tpl.examples())
        except (TemplateError, RenderError) as exc:
            problems.append(f"[{profile.name}] {exc.message()}")
            continue
        for p in final_refusals(notice, allow_samples=profile.sample):
            problems.append(f"[{profile.name}] {tpl.file or tpl.name}: {p.message()}")
    return problems


__all__ = ["check_template", "syntax_errors", "template_sources"]

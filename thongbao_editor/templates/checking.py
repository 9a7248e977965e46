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


def _is_limit(exc: Exception) -> bool:
    reason = exc.params.get("reason") if isinstance(exc, RenderError) else None
    return isinstance(reason, FieldProblem) and reason.code.startswith("template.limit_")


def fill_problems(tpl: NoticeTemplate, profile: Profile) -> tuple[list[str], bool]:
    """(problems, stop) of a fill-in with the examples for ``profile``: the
    notice must be ready to sign by the rule of a final export,
    checks.readiness.final_refusals, with the sample profiles' values
    accepted); ``stop`` when a limit of the budget was hit."""
    from ..checks.readiness import final_refusals

    try:
        notice = instantiate(tpl, profile, tpl.examples())
    except (TemplateError, RenderError) as exc:
        return [f"[{profile.name}] {exc.message()}"], _is_limit(exc)
    return [f"[{profile.name}] {tpl.file or tpl.name}: {p.message()}"
            for p in final_refusals(notice, allow_samples=profile.sample)], False


def check_template(tpl: NoticeTemplate, profiles: list[Profile]) -> list[str]:
    """Problems of a template, as messages with file and line: Jinja syntax
    in every field, then a fill-in with the examples for each profile (which
    must give a notice that is ready to sign: checks.readiness.final_refusals).

    The fill-ins run in a worker process with a hard deadline and a memory
    cap (:mod:`.trial`): the template is not trusted yet."""
    from .trial import trial_problems

    problems: list[str] = [err.message() for err in syntax_errors(tpl)]
    if problems:
        return problems
    for v in tpl.variables:
        if v.required and v.example is None and v.type != "person":
            problems.append(TemplateError("template.field", file=tpl.file or tpl.name,
                                          path=f"variables.{v.name}.example",
                                          reason=FieldProblem("tpl.need_example")).message())
    for profile in profiles:
        found, stop = trial_problems(tpl, profile)
        problems += found
        if stop:
            break
    return problems


__all__ = ["check_template", "fill_problems", "syntax_errors", "template_sources"]

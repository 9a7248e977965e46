"""Which of its declared variables a template actually uses (issue 12).

A template declares variables under ``[[variables]]``; the ones worth
asking for are those its texts refer to.  Jinja's own analysis
(:func:`jinja2.meta.find_undeclared_variables`) names the variables each
text of :func:`~.checking.template_sources` reads — the summary, date,
opening, body, closing and recipients — and a variable used there brings in
the variables its default reads (``default = "{{ unit }}"``), and so on.
A declared variable that no text reaches is not used: the new-from-template
form and ``thongbao template show`` leave it out, filling in does not
require it, and ``thongbao template check`` warns about it.

The analysis is static: a variable read only inside ``{% if x %}…`` counts
as used whatever ``x`` turns out to be.  A text that does not parse makes
every declared variable count as used (``template check`` reports the
syntax error itself).  No Qt here."""

from __future__ import annotations

import functools

import jinja2
from jinja2 import meta

from ..errors import TemplateError
from ..render.jinja_env import environment
from .files import NoticeTemplate

_DEFAULT_PREFIX = "variables."


@functools.lru_cache(maxsize=128)
def names_read(source: str) -> frozenset[str] | None:
    """The names ``source`` reads from its context; None if it does not parse."""
    try:
        return frozenset(meta.find_undeclared_variables(environment().parse(source)))
    except jinja2.TemplateSyntaxError:
        return None


def _default_sources(tpl: NoticeTemplate) -> dict[str, list[str]]:
    from .checking import template_sources  # checking imports the engine, which imports this

    out: dict[str, list[str]] = {}
    for field_name, source in template_sources(tpl):
        if field_name.startswith(_DEFAULT_PREFIX):
            out.setdefault(field_name[len(_DEFAULT_PREFIX):].rsplit(".", 1)[0], []).append(source)
    return out


def used_variables(tpl: NoticeTemplate) -> list[str]:
    """The names of ``tpl``'s declared variables that its texts use, directly
    or through another used variable's default, in declaration order."""
    from .checking import template_sources

    declared = [v.name for v in tpl.variables]
    roots = [s for f, s in template_sources(tpl) if not f.startswith(_DEFAULT_PREFIX)]
    defaults = _default_sources(tpl)
    used: set[str] = set()
    todo = list(roots)
    while todo:
        names = names_read(todo.pop())
        if names is None:
            return declared
        for name in names - used:
            used.add(name)
            todo += defaults.get(name, [])
    return [n for n in declared if n in used]


def unused_variables(tpl: NoticeTemplate) -> list[str]:
    """Declared variables no text of ``tpl`` uses, in declaration order."""
    used = set(used_variables(tpl))
    return [v.name for v in tpl.variables if v.name not in used]


def unused_warnings(tpl: NoticeTemplate) -> list[str]:
    """One warning of ``template check`` per declared variable nobody uses."""
    return [TemplateError("template.unused_variable", file=tpl.file or tpl.name, name=name,
                          label=tpl.variable(name).label).message()  # type: ignore[union-attr]
            for name in unused_variables(tpl)]


__all__ = ["names_read", "unused_variables", "unused_warnings", "used_variables"]

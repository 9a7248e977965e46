"""The one Jinja environment every template runs in: sandboxed, strict.

``SandboxedEnvironment`` blocks attribute tricks (``__class__``, ``mro`` …);
``StrictUndefined`` turns a missing variable into an error with the
template's name and line, never an empty string in a signed notice.  There
is no loader that reaches the file system: templates are handed in as text.
"""

from __future__ import annotations

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import RenderError
from ..model import vnformat


def _join(values, sep: str = ", ", last: str | None = None) -> str:
    values = [str(v) for v in values if str(v).strip()]
    if last is not None and len(values) > 1:
        return sep.join(values[:-1]) + last + values[-1]
    return sep.join(values)


def make_environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        short_date=vnformat.short_date,
        full_date=vnformat.full_date,
        number=vnformat.number,
        percent=vnformat.percent,
        join_vi=_join,
    )
    return env


_ENV: SandboxedEnvironment | None = None


def environment() -> SandboxedEnvironment:
    global _ENV
    if _ENV is None:
        _ENV = make_environment()
    return _ENV


def render_string(source: str, name: str, **context: object) -> str:
    """Render template text; errors become :class:`RenderError` with name and line."""
    env = environment()
    try:
        template = env.from_string(source)
        template.name = name
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError("render.template", template=name, line=exc.lineno, reason=exc.message) from None
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError, ValueError) as exc:
        raise RenderError("render.template", template=name, line=_line_of(exc), reason=str(exc)) from None


def _line_of(exc: BaseException) -> object:
    tb = exc.__traceback__
    line: object = "?"
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line

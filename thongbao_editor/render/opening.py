"""The two opening paragraphs, generated from the inspection facts.

The wording lives in ``templates/openings/<name>.j2`` (the document language
belongs to templates, not code).  Paragraphs are separated by a blank line.
A notice whose ``opening.override`` is set uses that free text instead.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import RenderError
from ..model import Notice, Person, RichText
from ..paths import templates_dir
from .jinja_env import render_string


@lru_cache(maxsize=16)
def opening_source(name: str) -> str:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise RenderError("render.template", template=name, line="-", reason="bad template name")
    path = templates_dir().joinpath("openings", f"{name}.j2")
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise RenderError("render.template", template=f"openings/{name}.j2", line="-",
                          reason="not found") from None


#: What an empty required fact prints as in a draft; a final export refuses it.
MISSING = "[…]"


def opening_context(notice: Notice) -> dict[str, object]:
    o = notice.opening
    chair = Person(o.chair.name or MISSING, o.chair.title or MISSING, o.chair.role)
    return {
        "basis": o.basis or [MISSING],
        "date": o.inspection_date,
        "chair": chair,
        "units": o.units or [MISSING],
        "attendees": o.attendees,
        "participants": o.participants,
        "activities": o.activities or MISSING,
        "reporters": o.reporters or MISSING,
        "report_subject": o.report_subject or MISSING,
        "place": notice.header.place,
    }


def generated_opening(notice: Notice) -> list[str]:
    """The paragraphs the template makes from the facts (ignores the override)."""
    text = render_string(opening_source(notice.opening.template),
                         f"openings/{notice.opening.template}.j2", **opening_context(notice))
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def opening_paragraphs(notice: Notice) -> list[RichText]:
    """What the notice prints as its opening."""
    if notice.opening.override is not None:
        return [p for p in notice.opening.override if p]
    return [RichText.plain(p) for p in generated_opening(notice)]

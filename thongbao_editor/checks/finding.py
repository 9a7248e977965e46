"""What a rule reports: a :class:`Finding` with a location a GUI can jump to.

A location names the *part* of the notice (``header.date``, ``body``,
``recipients``, ``signature.authority`` …), a *path* (the body-tree path of
:class:`~thongbao_editor.render.blocks.Paragraph`, or the index of a line in a
list part such as ``recipients`` or ``opening.basis``), optionally which
footnote of that field (its index among the field's footnotes), and a
character *span* ``(start, end)`` in the plain text of that field or footnote
(``RichText.text`` for rich fields, the string itself for plain ones).

A :class:`Fix` is offered only when the correction is certain: it replaces the
span with ``replacement``.  In a list part, a fix whose span covers the whole
line with an empty replacement removes the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


def _lang(lang: str | None) -> str:
    from ..errors import language
    return lang or language()


class Severity(StrEnum):
    ERROR = "error"  # NĐ 30 forbids it or a fact is wrong: blocks the final export
    WARNING = "warning"  # a reviewing leader would send it back
    HINT = "hint"  # worth a look; may be right

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "hint": 2}[self.value]


@dataclass(frozen=True)
class Fix:
    """A certain correction: replace the finding's span with ``replacement``."""

    replacement: str


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message_vi: str
    message_en: str
    part: str
    path: tuple[int, ...] = ()
    span: tuple[int, int] | None = None
    footnote: int | None = None  # index of the footnote inside the field, if the span is there
    suggestion_vi: str = ""
    suggestion_en: str = ""
    fix: Fix | None = None
    excerpt: str = field(default="", compare=False)  # the text around the span, for lists

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the engine's language, see errors.language)."""
        return self.message_en if _lang(lang) == "en" else self.message_vi

    def suggestion(self, lang: str | None = None) -> str:
        return self.suggestion_en if _lang(lang) == "en" else self.suggestion_vi

    @property
    def location(self) -> tuple[str, tuple[int, ...], int | None]:
        return (self.part, self.path, self.footnote)

    @property
    def field_path(self) -> str:
        """The field as one string: ``header.summary``, ``recipients[2]``,
        ``body[0][1].footnotes[0]`` (as :class:`model.validate.Problem` names it)."""
        path = self.part + "".join(f"[{i}]" for i in self.path)
        return path if self.footnote is None else f"{path}.footnotes[{self.footnote}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": {"vi": self.message_vi, "en": self.message_en},
            "suggestion": {"vi": self.suggestion_vi, "en": self.suggestion_en},
            "location": {
                "part": self.part,
                "path": list(self.path),
                "footnote": self.footnote,
                "span": list(self.span) if self.span else None,
            },
            "fix": {"replacement": self.fix.replacement} if self.fix else None,
            "excerpt": self.excerpt,
        }


def errors_block_final(findings: list[Finding]) -> list[Finding]:
    """The errors among ``findings``.  Whether a notice may be exported as
    final is decided by :func:`thongbao_editor.checks.readiness.final_refusals`
    alone, which counts these among its refusals."""
    return [f for f in findings if f.severity is Severity.ERROR]

"""The rule registry: each rule is a small function ``fn(ctx) -> Iterable[Finding]``
registered with :func:`rule` under a stable id (``form.…``, ``writing.…``,
``facts.…``), a default severity and a one-line title in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from .finding import Finding, Fix, Severity

if TYPE_CHECKING:
    from .context import Context, Segment


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title_vi: str
    title_en: str
    source: str  # "NĐ30 …" or "practice"
    fn: Callable[["Context"], Iterable[Finding]]

    def title(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title_vi


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, title_vi: str, title_en: str, source: str):
    """Register ``fn`` as the rule ``rule_id``."""

    def register(fn: Callable[["Context"], Iterable[Finding]]):
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, title_vi, title_en, source, fn)
        return fn

    return register


def _excerpt(text: str, span: tuple[int, int] | None, width: int = 30) -> str:
    if span is None:
        return text if len(text) <= 2 * width + 10 else text[: 2 * width] + "…"
    start, end = span
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def make(rule_id: str, where: "Segment | tuple[str, tuple[int, ...]]", vi: str, en: str, *,
         span: tuple[int, int] | None = None, suggestion_vi: str = "", suggestion_en: str = "",
         fix: str | None = None, severity: Severity | None = None,
         text: str | None = None) -> Finding:
    """A finding of ``rule_id`` at a segment (or at ``(part, path)``)."""
    from .context import Segment

    if isinstance(where, Segment):
        part, path, footnote, text = where.part, where.path, where.footnote, where.text
    else:
        (part, path), footnote = where, None
    return Finding(
        rule=rule_id,
        severity=severity or RULES[rule_id].severity,
        message_vi=vi,
        message_en=en,
        part=part,
        path=tuple(path),
        span=span,
        footnote=footnote,
        suggestion_vi=suggestion_vi,
        suggestion_en=suggestion_en,
        fix=Fix(fix) if fix is not None else None,
        excerpt=_excerpt(text, span) if text is not None else "",
    )

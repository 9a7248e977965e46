"""Bounded output: at most :data:`CAP` findings per rule and part.

A pasted run of 100,000 ``[`` would otherwise give 100,000 findings (18 MB of
``check --json``).  The engine keeps the first :data:`CAP` findings of each
rule in each part and replaces the rest by one summary finding, "… và N chỗ
khác" / "… and N more", at the first place left out.  A rule that can tell
how many more there are without making each finding yields :class:`More`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..model.vnformat import number
from ..model.parts import part_phrase
from .finding import Finding, Severity

#: Findings listed per rule and part; the rest are summarised.
CAP = 50


@dataclass(frozen=True)
class More:
    """Yielded by a rule: ``count`` more findings in ``part`` (from ``path`` on)
    that it did not make one by one."""

    part: str
    count: int
    severity: Severity
    path: tuple[int, ...] = ()


@dataclass
class _Left:
    count: int
    severity: Severity
    path: tuple[int, ...]


def _summary(rule_id: str, part: str, left: _Left) -> Finding:
    n = number(left.count)
    return Finding(rule_id, left.severity,
                   f"… và {n} chỗ khác cùng loại trong {part_phrase(part, 'vi')} (không liệt kê).",
                   f"… and {left.count:,} more like this in {part_phrase(part, 'en')} (not listed).",
                   part, left.path)


def capped(rule_id: str, items: Iterable[Finding | More], cap: int = CAP) -> list[Finding]:
    """The first ``cap`` findings of each part, then one summary per part with more."""
    kept: list[Finding] = []
    shown: dict[str, int] = {}
    left: dict[str, _Left] = {}
    for item in items:
        if isinstance(item, Finding) and shown.get(item.part, 0) < cap:
            shown[item.part] = shown.get(item.part, 0) + 1
            kept.append(item)
            continue
        count = item.count if isinstance(item, More) else 1
        if count <= 0:
            continue
        if item.part not in left:
            left[item.part] = _Left(0, item.severity, item.path)
        rest = left[item.part]
        rest.count += count
        if item.severity is not rest.severity and item.severity.rank < rest.severity.rank:
            rest.severity = item.severity
    kept += [_summary(rule_id, part, rest) for part, rest in left.items()]
    return kept


__all__ = ["CAP", "More", "capped"]

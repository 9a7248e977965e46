"""Run every registered rule over a notice."""

from __future__ import annotations

import logging
from pathlib import Path

from ..model import Notice
from . import facts, form, reform, sample, tasks, writing  # noqa: F401  (registers the rules)
from ..model.parts import PART_RANK
from .capping import capped
from .context import Context, load_user_list
from .finding import Finding, Severity
from .registry import RULES, make

log = logging.getLogger(__name__)


def print_order(f: Finding):
    """Sort key: part in print order, then place inside it, then severity."""
    return (PART_RANK.get(f.part, len(PART_RANK)), f.path, -1 if f.footnote is None else f.footnote,
            f.span or (-1, -1), f.severity.rank, f.rule)


def check_notice(notice: Notice, *, disabled: dict[str, str] | None = None,
                 known_abbreviations: dict[str, str] | None = None,
                 known_abbreviations_file: str | Path | None = None) -> list[Finding]:
    """Every finding on ``notice``, in print order (at most ``capping.CAP`` per
    rule and part, then a summary finding "… và N chỗ khác").

    ``disabled`` maps rule ids to the reason they are off (an office's
    settings); the notice's own ``silenced`` rules (with the reason kept in
    the draft) are skipped too.  ``known_abbreviations`` and
    ``known_abbreviations_file`` (``SHORT`` or ``SHORT = full form`` per line)
    extend the shipped list of abbreviations that need no spelling out; a
    file that cannot be read raises :class:`OSError`.
    """
    known = dict(known_abbreviations or {})
    if known_abbreviations_file is not None:
        known.update(load_user_list(known_abbreviations_file))
    ctx = Context(notice, known_abbreviations=known)
    skip = set(disabled or ()) | set(getattr(notice, "silenced", {}) or ())
    out: list[Finding] = []
    for rule_id, rule in RULES.items():
        if rule_id in skip:
            continue
        try:
            out.extend(capped(rule_id, rule.fn(ctx)))
        except Exception as exc:  # a broken rule must not stop the others
            log.error("rule %s failed", rule_id, exc_info=True)
            out.append(make(rule_id, ("body", ()), f"Quy tắc {rule_id} gặp lỗi: {exc}",
                            f"Rule {rule_id} failed: {exc}", severity=Severity.HINT))
    for rule_id in sorted(getattr(notice, "silenced", {}) or ()):
        if rule_id not in RULES:
            out.append(Finding("meta.unknown_silenced", Severity.HINT,
                               f"Quy tắc được tắt «{rule_id}» không tồn tại.",
                               f"The silenced rule «{rule_id}» does not exist.", "silenced"))
    out.sort(key=print_order)
    return out


def count(findings: list[Finding]) -> dict[str, int]:
    out = {s.value: 0 for s in Severity}
    for f in findings:
        out[f.severity.value] += 1
    return out

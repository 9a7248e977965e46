"""Apply a finding's quick fix to the model (for the editor and for tests).

:func:`fix_op` turns the finding into the model's edit operation that
replaces the finding's span in the field it names with the fix's
replacement, keeping bold/italic and footnote anchors around it.  In a list
part (recipients, storage units, authority lines, agency lines…), an empty
replacement over the whole line removes the line.  The editor pushes that
operation as one undo step; :func:`apply_fix` applies it to a plain notice.
"""

from __future__ import annotations

from ..model import Notice
from ..model.edit import FieldPath, splice_op, splice_rich
from ..model.paths import TextTarget
from .finding import Finding

_LISTS = {"header.agency", "header.parent_agency", "opening.basis", "opening.units",
          "recipients", "storage.units", "signature.authority"}
_STRINGS = {"header.number", "header.symbol", "header.place", "header.summary",
            "header.doc_type", "storage.initials", "signature.signer", "opening.attendees",
            "opening.participants", "opening.activities", "opening.reporters",
            "opening.report_subject", "opening.chair.name", "opening.chair.title",
            "opening.chair.role"}

__all__ = ["FixError", "apply_fix", "fix_op", "fix_target", "splice_rich"]


class FixError(ValueError):
    """The finding has no fix, or its location no longer exists."""


def fix_target(notice: Notice, finding: Finding) -> TextTarget:
    """Where the text a finding points at lives, as a typed address."""
    part = finding.part
    if part == "body":
        return tuple(finding.path)
    if part == "closing":
        return FieldPath.of("closing")
    if part == "opening" and notice.opening.override is not None and finding.path:
        return FieldPath.of("opening", "override", finding.path[0])
    if part in _LISTS and finding.path:
        return FieldPath.parse(part).item(finding.path[0])
    if part in _STRINGS:
        return FieldPath.parse(part)
    raise FixError(f"no quick fix for {part}")


def fix_op(notice: Notice, finding: Finding):
    """The edit operation of ``finding.fix``; raises :class:`FixError` if it cannot apply."""
    if finding.fix is None or finding.span is None:
        raise FixError("no certain fix for this finding")
    start, end = finding.span
    try:
        return splice_op(notice, fix_target(notice, finding), start, end,
                         finding.fix.replacement, finding.footnote, drop_empty_item=True)
    except (IndexError, AttributeError) as exc:
        raise FixError(f"{finding.part} {finding.path}: {exc}") from None


def apply_fix(notice: Notice, finding: Finding) -> None:
    """Apply ``finding.fix`` to ``notice`` in place; raises :class:`FixError` if it cannot."""
    fix_op(notice, finding).apply(notice)

"""Comparing two notices part by part (no Qt): :func:`diff_notices`, the
word-level steps of each change, and :func:`apply_change` / :func:`revert_change`
to take changes over one by one."""

from .apply import Applied, apply_change, revert_change
from .changes import CHANGED, DELETED, INSERTED, MOVED, Change
from .engine import diff_notices
from .words import WordOp, tokens, word_ops

__all__ = ["Applied", "CHANGED", "Change", "DELETED", "INSERTED", "MOVED", "WordOp", "apply_change",
           "diff_notices", "revert_change", "tokens", "word_ops"]

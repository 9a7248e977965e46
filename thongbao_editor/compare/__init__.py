"""Comparing two notices part by part (no Qt): :func:`diff_notices`, the
word-level steps of each change, and :class:`Taking` to take changes over
one by one through the model's edit operations."""

from .apply import Taking
from .changes import CHANGED, DELETED, INSERTED, MOVED, Change
from .engine import diff_notices
from .words import WordOp, tokens, word_ops

__all__ = ["CHANGED", "Change", "DELETED", "INSERTED", "MOVED", "Taking", "WordOp", "diff_notices",
           "tokens", "word_ops"]

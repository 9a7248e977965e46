"""Word-level differences by Vietnamese words.

Text is cut into tokens after Unicode NFC: a *word* is a run of letters,
digits and combining marks (a Vietnamese syllable with all its diacritics,
``nghiêng``, ``Thường``, ``02b``), a run of spaces is one token, and every
other character (punctuation, symbols) is a token of its own.  Differences
are computed on these tokens, so a change never starts or ends in the middle
of a syllable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

# \w covers letters (precomposed Vietnamese letters included) and digits; the
# combining marks keep a syllable whole when a mark has no precomposed form.
_TOKEN = re.compile(r"[\w\u0300-\u036f]+|\s+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` (NFC); joined they give the NFC text back."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class WordOp:
    """One step turning the old text into the new one.

    ``op`` is ``equal``, ``insert``, ``delete`` or ``replace``; ``old`` and
    ``new`` are the texts on each side (equal: the same; insert: old empty;
    delete: new empty)."""

    op: str
    old: str
    new: str

    def as_dict(self) -> dict[str, str]:
        return {"op": self.op, "old": self.old, "new": self.new}


def opcodes(old: list, new: list) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes between two token lists (no junk heuristic)."""
    return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def joined_opcodes(a: list, b: list, blank=str.isspace) -> list[tuple[str, int, int, int, int]]:
    """:func:`opcodes`, with neighbouring changes joined, and an unchanged
    stretch of spaces (``blank`` tokens) between two changes folded into
    them, so ``nghiêm túc`` → ``kịp thời`` is one replacement."""
    codes = opcodes(a, b)
    out: list[tuple[str, int, int, int, int]] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(codes):
        between = tag == "equal" and k + 1 < len(codes) and all(blank(t) for t in a[i1:i2])
        if out and out[-1][0] != "equal" and (tag != "equal" or between):
            _t, p1, _p2, q1, _q2 = out.pop()
            tag = "replace" if i2 > p1 and j2 > q1 else ("insert" if j2 > q1 else "delete")
            out.append((tag, p1, i2, q1, j2))
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def word_ops(old: str, new: str) -> list[WordOp]:
    """The word-level steps from ``old`` to ``new`` (see :func:`joined_opcodes`)."""
    a, b = tokens(old), tokens(new)
    return [WordOp(tag, "".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2 in joined_opcodes(a, b)]


def word_list(text: str) -> list[str]:
    """The tokens of ``text`` without the spaces (what similarity is measured on)."""
    return [t for t in tokens(text) if not t.isspace()]

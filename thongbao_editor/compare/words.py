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


def word_ops(old: str, new: str) -> list[WordOp]:
    """The word-level steps from ``old`` to ``new``; neighbouring steps of the
    same kind are joined, and a space between two changes joins them."""
    a, b = tokens(old), tokens(new)
    out: list[WordOp] = []
    for tag, i1, i2, j1, j2 in opcodes(a, b):
        out.append(WordOp(tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    return _merge_spaces(out)


def _merge_spaces(ops: list[WordOp]) -> list[WordOp]:
    """Fold an equal run of spaces lying between two changes into one change,
    so ``nghiêm túc`` → ``kịp thời`` reads as one replacement."""
    out: list[WordOp] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (op.op == "equal" and not op.old.strip() and out and out[-1].op != "equal"
                and i + 1 < len(ops) and ops[i + 1].op != "equal"):
            prev, nxt = out.pop(), ops[i + 1]
            out.append(_join(_join(prev, op), nxt))
            i += 2
            continue
        if out and out[-1].op != "equal" and op.op != "equal":
            out.append(_join(out.pop(), op))
        else:
            out.append(op)
        i += 1
    return out


def _join(a: WordOp, b: WordOp) -> WordOp:
    old, new = a.old + b.old, a.new + b.new
    op = "replace" if old and new else ("insert" if new else "delete")
    return WordOp(op, old, new)


def similarity(old: str, new: str) -> float:
    """How alike two texts are, 0–1, by their word tokens."""
    a = [t for t in tokens(old) if not t.isspace()]
    b = [t for t in tokens(new) if not t.isspace()]
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()

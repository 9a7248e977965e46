"""What one difference between two notices is (plain data, JSON-ready)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .words import WordOp

INSERTED, DELETED, CHANGED, MOVED = "inserted", "deleted", "changed", "moved"
KINDS = (INSERTED, DELETED, CHANGED, MOVED)

#: The parts of a notice, in the order a reader meets them; changes are listed in this order.
PARTS = ("header", "opening", "body", "closing", "recipients", "storage", "signature",
         "abbreviations", "layout", "numbering", "silenced", "template", "appendices")


@dataclass
class Change:
    """One difference.

    ``path`` names the place in the NEW notice (in the old one for a
    deletion), e.g. ``header.summary``, ``recipients[3]``,
    ``body[1].children[0].children[2]`` or ``body[0].children[1].footnotes[0]``;
    ``old_path`` is the place in the old notice of a body node.  ``old`` and
    ``new`` are the texts (``None`` on the side where the part is absent) and
    ``ops`` the word-level steps between them.  ``target`` is what
    :class:`~thongbao_editor.compare.apply.Taking` needs (not serialised).
    """

    part: str
    path: str
    kind: str
    old: str | None
    new: str | None
    ops: list[WordOp] = field(default_factory=list)
    old_path: str | None = None
    detail: str = ""
    author: str = ""  # who made it, when the returned file says (Word tracked changes)
    target: Any = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"part": self.part, "path": self.path, "kind": self.kind,
                               "old": self.old, "new": self.new}
        if self.old_path is not None and self.old_path != self.path:
            out["old_path"] = self.old_path
        if self.detail:
            out["detail"] = self.detail
        if self.author:
            out["author"] = self.author
        out["ops"] = [op.as_dict() for op in self.ops]
        return out


def path_text(path: tuple[int, ...]) -> str:
    """``(1, 0, 2)`` → ``body[1].children[0].children[2]``."""
    return "body" + "".join(f"[{i}]" if k == 0 else f".children[{i}]" for k, i in enumerate(path))


def body_path(text: str | None) -> tuple[tuple[int, ...], int | None] | None:
    """``body[1].children[0].footnotes[2]`` → ``((1, 0), 2)``; ``None`` outside the body."""
    if not text or not text.startswith("body["):
        return None
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", text)]
    if ".footnotes[" in text:
        return tuple(numbers[:-1]), numbers[-1]
    return tuple(numbers), None

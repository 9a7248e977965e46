"""The footnotes of a notice in print order: the one place that numbers them.

Footnotes may sit in the free-text opening (``opening.override``), in body
paragraphs and in the closing sentence; they are printed (and numbered 1, 2,
…) in that order.  The renderer, the checker and the editor's footnote table
all read :func:`footnote_order`, so they cannot disagree about a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from .notice import Notice
from .text import Footnote


@dataclass(frozen=True)
class FootnoteRef:
    """Footnote ``number`` (from 1) and where it sits.

    ``part`` is ``"opening"`` (a paragraph of ``opening.override``, ``path`` =
    ``(paragraph,)``), ``"body"`` (``path`` = the node's body path) or
    ``"closing"`` (``path`` = ``()``); ``index`` is which footnote of that
    rich text it is."""

    number: int
    part: str
    path: tuple[int, ...]
    index: int
    footnote: Footnote

    @property
    def field_path(self) -> str:
        """``body[0][1].footnotes[0]``, ``closing.footnotes[1]``."""
        return self.part + "".join(f"[{i}]" for i in self.path) + f".footnotes[{self.index}]"


def rich_texts(notice: Notice):
    """``(part, path, rich text)`` of every rich text that may hold footnotes, in print order."""
    for i, paragraph in enumerate(notice.opening.override or ()):
        yield "opening", (i,), paragraph
    for path, node in notice.walk_body():
        yield "body", path, node.text
    yield "closing", (), notice.closing


def footnote_order(notice: Notice) -> list[FootnoteRef]:
    """Every footnote of ``notice``, numbered in print order."""
    out: list[FootnoteRef] = []
    for part, path, rich in rich_texts(notice):
        for i, note in enumerate(rich.footnotes()):
            out.append(FootnoteRef(len(out) + 1, part, path, i, note))
    return out


def footnote_numbers(notice: Notice) -> dict[tuple[str, tuple[int, ...], int], int]:
    """The printed number of each footnote, by ``(part, path, index in its text)``."""
    return {(r.part, r.path, r.index): r.number for r in footnote_order(notice)}


__all__ = ["FootnoteRef", "footnote_numbers", "footnote_order", "rich_texts"]

"""The footnotes of a notice in print order: the one place that numbers them.

Footnotes may sit in the free-text opening (``opening.override``), in body
paragraphs and in the closing sentence; they are printed (and numbered 1, 2,
…) in that order.  The renderer, the checker and the editor's footnote table
all read :func:`footnote_order`, so they cannot disagree about a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from .notice import Notice
from .tables import Table
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
    """``(part, path, rich text)`` of every rich text that may hold footnotes, in print order.

    A table cell and an appendix paragraph have as ``part`` the field path of
    their text (``body[0].children[1].table.rows[2][1].text``,
    ``appendices[0].content[0].text``) and ``path`` ``()``."""
    for i, paragraph in enumerate(notice.opening.override or ()):
        yield "opening", (i,), paragraph
    for path, node in notice.walk_body():
        if node.table is not None:
            yield from _cells(node_field(path), node.table)
        else:
            yield "body", path, node.text
    yield "closing", (), notice.closing
    for a, appendix in enumerate(notice.appendices):
        for i, node in enumerate(appendix.content):
            where = f"appendices[{a}].content[{i}]"
            if node.table is not None:
                yield from _cells(where, node.table)
            else:
                yield f"{where}.text", (), node.text


def node_field(path: tuple[int, ...]) -> str:
    """The field path of the body node at ``path``: ``body[0].children[2]``."""
    return "body" + "".join(f"[{i}]" if k == 0 else f".children[{i}]" for k, i in enumerate(path))


def _cells(where: str, table: Table):
    for key, rows in (("header", table.header), ("rows", table.rows)):
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                yield f"{where}.table.{key}[{r}][{c}].text", (), cell.text


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


__all__ = ["FootnoteRef", "footnote_numbers", "footnote_order", "node_field", "rich_texts"]

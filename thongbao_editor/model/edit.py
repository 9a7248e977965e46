"""The edit operations: the one way anything changes a notice.

Each operation is a small frozen dataclass; ``op.apply(notice)`` changes the
notice and returns a :class:`Change` naming what changed (the part, the
field or node) and holding the inverse operation, so undo is ``apply`` of
the inverse.  Values are copied on the way in, so an operation can be
applied, undone and applied again.

A :class:`NoticeEditor` owns one notice, applies operations to it and tells
its listeners before and after each step (the desktop editor's tree model
and forms follow it; nobody announces a change by hand)::

    editor = NoticeEditor(notice)
    editor.listen(lambda change: print(change.part))
    change = editor.apply(SetField(FieldPath.of("header", "summary"), "Kết luận …"))
    editor.apply(change.inverse)  # undo
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Protocol

from .notice import Kind, Node, Notice
from .paths import FieldPath, NodePath, TextTarget, part_of
from .text import Footnote, RichText, Run, clean


class Op(Protocol):
    def apply(self, notice: Notice) -> "Change": ...


@dataclass(frozen=True)
class Change:
    """What one applied operation did; ``inverse`` undoes it."""

    op: Any
    inverse: Any
    part: str  # "header", "body", "recipients"… ("" for a batch: see ``parts``)
    where: FieldPath | NodePath | None = None
    steps: tuple["Change", ...] = ()

    @property
    def parts(self) -> tuple[str, ...]:
        out = [self.part] if self.part else []
        for s in self.steps:
            out += [p for p in s.parts if p not in out]
        return tuple(out)


def _siblings(notice: Notice, parent: NodePath) -> list[Node]:
    return notice.node_at(parent).children if parent else notice.body


# -- fields --------------------------------------------------------------------------


@dataclass(frozen=True)
class SetField:
    """Set a field (or one item of a list field) to ``value``."""

    path: FieldPath
    value: Any

    def apply(self, notice: Notice) -> Change:
        old = self.path.get(notice)
        self.path.set(notice, copy.deepcopy(self.value))
        return Change(self, SetField(self.path, old), self.path.part, self.path)


@dataclass(frozen=True)
class InsertItem:
    """Insert ``value`` into the list field ``path`` at ``index``."""

    path: FieldPath
    index: int
    value: Any

    def apply(self, notice: Notice) -> Change:
        items = self.path.get(notice)
        if not 0 <= self.index <= len(items):  # list.insert would clamp it: undo would miss
            raise IndexError(self.path.item(self.index))
        items.insert(self.index, copy.deepcopy(self.value))
        return Change(self, RemoveItem(self.path, self.index), self.path.part,
                      self.path.item(self.index))


@dataclass(frozen=True)
class RemoveItem:
    """Remove item ``index`` of the list field ``path``."""

    path: FieldPath
    index: int

    def apply(self, notice: Notice) -> Change:
        old = self.path.get(notice).pop(self.index)
        return Change(self, InsertItem(self.path, self.index, old), self.path.part,
                      self.path.item(self.index))


# -- the body tree ---------------------------------------------------------------------


@dataclass(frozen=True)
class SetNodeText:
    path: NodePath
    text: RichText

    def apply(self, notice: Notice) -> Change:
        node = notice.node_at(self.path)
        old, node.text = node.text, self.text
        return Change(self, SetNodeText(self.path, old), "body", self.path)


@dataclass(frozen=True)
class SetNodeKind:
    """Change a node's level and heading flag (only a labelled node is a heading)."""

    path: NodePath
    kind: Kind
    heading: bool

    def apply(self, notice: Notice) -> Change:
        node = notice.node_at(self.path)
        old = SetNodeKind(self.path, node.kind, node.heading)
        node.kind, node.heading = self.kind, self.heading and self.kind.labelled
        return Change(self, old, "body", self.path)


@dataclass(frozen=True)
class InsertNode:
    """Insert ``node`` (with its children) as child ``row`` of ``parent``."""

    parent: NodePath
    row: int
    node: Node

    def apply(self, notice: Notice) -> Change:
        siblings = _siblings(notice, self.parent)
        if not 0 <= self.row <= len(siblings):
            raise IndexError(self.parent + (self.row,))
        siblings.insert(self.row, copy.deepcopy(self.node))
        path = self.parent + (self.row,)
        return Change(self, RemoveNode(path), "body", path)


@dataclass(frozen=True)
class RemoveNode:
    path: NodePath

    def apply(self, notice: Notice) -> Change:
        node = _siblings(notice, self.path[:-1]).pop(self.path[-1])
        return Change(self, InsertNode(self.path[:-1], self.path[-1], node), "body", self.path)


@dataclass(frozen=True)
class MoveNode:
    """Move node ``path`` to child ``row`` of ``parent``; ``parent`` and
    ``row`` are counted after the node was taken out."""

    path: NodePath
    parent: NodePath
    row: int

    def apply(self, notice: Notice) -> Change:
        # Counted after the node is taken out, the parent is never inside it;
        # find both lists first so that a bad path changes nothing.
        siblings = _siblings(notice, self.path[:-1])
        target = _siblings(notice, self.target_before()[0])
        if not 0 <= self.path[-1] < len(siblings) \
                or not 0 <= self.row <= len(target) - (target is siblings):
            raise IndexError(self.parent + (self.row,))
        target.insert(self.row, siblings.pop(self.path[-1]))
        new = self.parent + (self.row,)
        return Change(self, MoveNode(new, self.path[:-1], self.path[-1]), "body", new)

    def target_before(self) -> tuple[NodePath, int]:
        """``parent`` and ``row`` counted before the node is taken out
        (what a view that moves rows in one step needs)."""
        depth, parent = len(self.path) - 1, list(self.parent)
        if len(parent) > depth and tuple(parent[:depth]) == self.path[:-1] \
                and parent[depth] >= self.path[-1]:
            parent[depth] += 1
        row = self.row
        if tuple(self.parent) == self.path[:-1] and row >= self.path[-1]:
            row += 1
        return tuple(parent), row


# -- rich text -----------------------------------------------------------------------


def get_text(notice: Notice, target: TextTarget) -> RichText:
    return target.get(notice) if isinstance(target, FieldPath) else notice.node_at(target).text


def set_text_op(target: TextTarget, text: RichText):
    """The operation that sets the rich text at ``target``."""
    return SetField(target, text) if isinstance(target, FieldPath) else SetNodeText(target, text)


def replace_footnote(rich: RichText, index: int, new: Footnote) -> RichText:
    """``rich`` with its footnote ``index`` (0-based) replaced by ``new``."""
    pieces, k = [], 0
    for p in rich.pieces:
        if isinstance(p, Footnote):
            pieces.append(new if k == index else p)
            k += 1
        else:
            pieces.append(p)
    if index >= k:
        raise IndexError(f"footnote {index}")
    return RichText(tuple(pieces))


@dataclass(frozen=True)
class SetFootnote:
    """Set the text of footnote ``index`` (0-based, in that rich text) at ``target``."""

    target: TextTarget
    index: int
    footnote: Footnote

    def apply(self, notice: Notice) -> Change:
        rich = get_text(notice, self.target)
        old = rich.footnotes()[self.index]
        set_text_op(self.target, replace_footnote(rich, self.index, self.footnote)).apply(notice)
        return Change(self, SetFootnote(self.target, self.index, old), part_of(self.target),
                      self.target)


# -- several steps as one ----------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """Several operations applied in order as one edit (one undo step)."""

    ops: tuple = ()

    def apply(self, notice: Notice) -> Change:
        return _batch_change(self, [op.apply(notice) for op in self.ops])

    def flat(self) -> Iterator[Any]:
        for op in self.ops:
            yield from (op.flat() if isinstance(op, Batch) else (op,))


def _batch_change(batch: Batch, changes: list[Change]) -> Change:
    inverse = Batch(tuple(c.inverse for c in reversed(changes)))
    return Change(batch, inverse, "", None, tuple(changes))


def replace_notice_op(current: Notice, new: Notice) -> Batch:
    """Set every part of ``current`` that differs to ``new``'s (one edit)."""
    ops = []
    for f in dataclasses.fields(Notice):
        value = getattr(new, f.name)
        if getattr(current, f.name) != value:
            ops.append(SetField(FieldPath.of(f.name), value))
    return Batch(tuple(ops))


# -- replacing a span of text (quick fixes, find and replace) ---------------------------


def splice_rich(rich: RichText, start: int, end: int, replacement: str) -> RichText:
    """``rich`` with plain-text characters ``start:end`` replaced (formatting kept)."""
    chars: list[tuple[str, bool, bool]] = []
    anchors: list[tuple[int, Footnote]] = []
    for p in rich.pieces:
        if isinstance(p, Footnote):
            anchors.append((len(chars), p))
        else:
            chars.extend((c, p.bold, p.italic) for c in p.text)
    if not 0 <= start <= end <= len(chars):
        raise IndexError(f"span {start}:{end} outside the text")
    ref = chars[start] if start < len(chars) else (chars[start - 1] if chars else ("", False, False))
    new = chars[:start] + [(c, ref[1], ref[2]) for c in replacement] + chars[end:]
    delta = len(replacement) - (end - start)
    moved = []
    for idx, fn in anchors:
        if idx >= end and (idx > start or end > start):
            idx += delta
        elif start < idx < end:
            idx = start + len(replacement)
        moved.append((idx, fn))
    return _assemble(new, moved)


def _assemble(chars: list[tuple[str, bool, bool]], anchors: list[tuple[int, Footnote]]) -> RichText:
    pieces: list = []
    anchor_i = 0
    for i in range(len(chars) + 1):
        while anchor_i < len(anchors) and anchors[anchor_i][0] == i:
            pieces.append(anchors[anchor_i][1])
            anchor_i += 1
        if i == len(chars):
            break
        c, b, it = chars[i]
        if pieces and isinstance(pieces[-1], Run) and (pieces[-1].bold, pieces[-1].italic) == (b, it):
            pieces[-1] = Run(pieces[-1].text + c, b, it)
        else:
            pieces.append(Run(c, b, it))
    pieces.extend(fn for _, fn in anchors[anchor_i:])
    return RichText(tuple(pieces)).normalized()


def _splice_footnote(rich: RichText, footnote: int, start: int, end: int, repl: str) -> Footnote:
    notes = rich.footnotes()
    if footnote >= len(notes):
        raise IndexError("footnote no longer exists")
    content = splice_rich(RichText(notes[footnote].content), start, end, repl)
    return Footnote(tuple(content.runs()))


def splice_op(notice: Notice, target: TextTarget, start: int, end: int, replacement: str,
              footnote: int | None = None, *, drop_empty_item: bool = False):
    """The operation replacing characters ``start:end`` of the text at
    ``target`` (of its footnote ``footnote`` if given) with ``replacement``.
    With ``drop_empty_item``, emptying a whole item of a list field removes
    the item.  Raises IndexError when the place no longer exists."""
    value = get_text(notice, target)
    if isinstance(value, RichText):
        if footnote is not None:
            return SetFootnote(target, footnote,
                               _splice_footnote(value, footnote, start, end, replacement))
        return set_text_op(target, splice_rich(value, start, end, replacement))
    if not isinstance(value, str):
        raise IndexError(f"{target} is not a text")
    if not 0 <= start <= end <= len(value):
        raise IndexError(f"span {start}:{end} outside the text")
    parent = target.parent
    if drop_empty_item and replacement == "" and (start, end) == (0, len(value)) \
            and parent is not None and isinstance(target.steps[-1], int):
        return RemoveItem(parent, target.steps[-1])
    return SetField(target, clean(value[:start] + replacement + value[end:]))


# -- the editor -------------------------------------------------------------------------


class NoticeEditor:
    """One notice and the operations applied to it, announced to listeners.

    ``before`` listeners get each single operation just before it is
    applied (a view that must announce row moves in advance needs it);
    ``after`` listeners get its :class:`Change`.  A :class:`Batch` is
    announced step by step.
    """

    def __init__(self, notice: Notice | None = None):
        self.notice = notice if notice is not None else Notice()
        self._before: list[Callable[[Any], None]] = []
        self._after: list[Callable[[Change], None]] = []

    def listen(self, after: Callable[[Change], None] | None = None,
               before: Callable[[Any], None] | None = None) -> None:
        if after is not None:
            self._after.append(after)
        if before is not None:
            self._before.append(before)

    def unlisten(self, after: Callable[[Change], None] | None = None,
                 before: Callable[[Any], None] | None = None) -> None:
        if after in self._after:
            self._after.remove(after)
        if before in self._before:
            self._before.remove(before)

    def apply(self, op) -> Change:
        """Apply ``op``; its :class:`Change` (with the inverse) is returned."""
        if isinstance(op, Batch):
            return _batch_change(op, [self.apply(o) for o in op.ops])
        for fn in list(self._before):
            fn(op)
        change = op.apply(self.notice)
        for fn in list(self._after):
            fn(change)
        return change


__all__ = ["Batch", "Change", "FieldPath", "InsertItem", "InsertNode", "MoveNode", "NodePath",
           "NoticeEditor", "Op", "RemoveItem", "RemoveNode", "SetField", "SetFootnote",
           "SetNodeKind", "SetNodeText", "TextTarget", "get_text", "replace_footnote",
           "replace_notice_op", "set_text_op", "splice_op", "splice_rich"]

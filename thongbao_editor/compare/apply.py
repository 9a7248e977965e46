"""Taking one change over into a notice, through the model's edit operations.

:class:`Taking` turns one :class:`~.changes.Change` into the model operation
(``SetField``, ``InsertItem``, ``RemoveItem``, ``SetNodeText``,
``SetNodeKind``, ``InsertNode``, ``RemoveNode``, ``MoveNode``,
``SetFootnote`` or a ``Batch`` of them, see :mod:`thongbao_editor.model.edit`)
that makes the notice take the new side of the change.  The operation is
computed against the notice as it is now: the OLD side of the comparison, or
what it became by changes taken earlier.  A change that no longer fits
raises :class:`~thongbao_editor.errors.CompareError` before anything is
changed.

Whoever applies :attr:`Taking.op` (the editor's undo stack, or
``op.apply(notice)``) calls :meth:`Taking.done` right after it and
:meth:`Taking.undone` right after applying its inverse.  Body changes find
their nodes by identity, and these two keep the comparison's record of which
node is which: the copy an inserted node became, and the nodes an undone
deletion put back (the model re-inserts copies).  Undoing comes in the
reverse order of taking, as an undo stack does.
"""

from __future__ import annotations

from typing import Any

from ..errors import CompareError
from ..model import Node, Notice, RichText
from ..model.edit import (Batch, InsertItem, InsertNode, MoveNode, RemoveItem, RemoveNode, SetField,
                          SetFootnote, SetNodeKind, SetNodeText)
from ..model.paths import FieldPath, NodePath
from ..model.footnotes import node_field
from ..model.text import Footnote
from .changes import DELETED, INSERTED, MOVED, Change
from .engine import BodyContext, FieldTarget, FootnoteTarget, LineTarget, NodeTarget


class Taking:
    """One change as the model operation :attr:`op` on ``notice`` as it is now."""

    def __init__(self, notice: Notice, change: Change):
        self.change = change
        self.ctx: BodyContext | None = getattr(change.target, "ctx", None)
        #: Where an inserted node lands, and (new node, the copy in ``op``) pairs.
        self._inserted: tuple[NodePath, list[tuple[Node, Node]]] | None = None
        self._places = _places(notice, self.ctx) if self.ctx else []
        self.op = self._make(notice)

    def done(self, notice: Notice) -> None:
        """The operation was applied: an inserted node's copy is now the
        counterpart of the new node."""
        if self._inserted is None or self.ctx is None:
            return
        where, pairs = self._inserted
        copies = dict(zip((id(b) for _n, b in pairs), _subtree(notice.node_at(where)), strict=True))
        for new, built in pairs:
            self.ctx.counterpart[id(new)] = copies[id(built)]

    def undone(self, notice: Notice) -> None:
        """The operation's inverse was applied: the notice is as before
        :attr:`op`; every tracked node is the one at its place then."""
        if self.ctx is None:
            return
        if self._inserted is not None:
            for new, _built in self._inserted[1]:
                self.ctx.counterpart.pop(id(new), None)
        for table, key, path in self._places:
            table[key] = notice.node_at(path)

    # -- making the operation --------------------------------------------------------
    def _make(self, notice: Notice) -> Any:
        t = self.change.target
        if isinstance(t, FieldTarget):
            return SetField(FieldPath.parse(t.attr), t.new_value)
        if isinstance(t, LineTarget):
            return _line_op(notice, t, self.change.path)
        if isinstance(t, FootnoteTarget):
            return _footnote_op(notice, t, self.change.path)
        if isinstance(t, NodeTarget):
            return self._node_op(notice, t)
        raise CompareError("compare.stale", path=self.change.path)

    def _node_op(self, notice: Notice, t: NodeTarget) -> Any:
        kind, path = self.change.kind, self.change.path
        here = _paths(notice)
        if kind == INSERTED:
            parent = _parent_path(t, here, path)
            row = _row(notice, t, parent, None)
            pairs: list[tuple[Node, Node]] = []
            built = _copy_inserted(t, t.new.node, pairs)
            self._inserted = (parent + (row,), pairs)
            return InsertNode(parent, row, built)
        if kind == DELETED:
            node = t.ctx.remaining.get(id(t.old.node))
            return _delete_op(t, node, _find(here, node, path))
        node = _counterpart(t, t.new, path)
        where = _find(here, node, path)
        steps: list[Any] = []
        if kind == MOVED:
            move = _move_op(notice, t, where, here, path)
            steps.append(move)
            where = move.parent + (move.row,)
        steps += _node_ops(node, where, t.new.node)
        return steps[0] if len(steps) == 1 else Batch(tuple(steps))


def _subtree(node: Node) -> list[Node]:
    return [node] + [n for _p, n in node.walk()]


def _paths(notice: Notice) -> dict[int, NodePath]:
    """id(node) → its path, for every node of the body."""
    return {id(node): p for p, node in notice.walk_body()}


def _places(notice: Notice, ctx: BodyContext) -> list[tuple[dict, int, NodePath]]:
    """Where each node the comparison tracks is now: (table, key, path)."""
    here = _paths(notice)
    return [(table, key, here[id(node)]) for table in (ctx.counterpart, ctx.remaining)
            for key, node in table.items() if id(node) in here]


# --------------------------------------------------------------------------
# Lines


def _nearest(lines: list[str], text: str | None, index: int) -> int | None:
    hits = [i for i, line in enumerate(lines) if line == text]
    return min(hits, key=lambda i: abs(i - index)) if hits else None


def _line_op(notice: Notice, t: LineTarget, path: str) -> Any:
    field = FieldPath.parse(t.attr)
    lines = field.get(notice)
    if t.old_line is not None:
        i = _nearest(lines, t.old_line, t.old_index)
        if i is None:
            raise CompareError("compare.stale", path=path)
        return RemoveItem(field, i) if t.new_line is None else SetField(field.item(i), t.new_line)
    before = t.new_lines[t.new_index - 1] if t.new_index > 0 else None
    after = t.new_lines[t.new_index + 1] if t.new_index + 1 < len(t.new_lines) else None
    i = _nearest(lines, before, t.new_index - 1)
    if i is not None:
        return InsertItem(field, i + 1, t.new_line)
    j = _nearest(lines, after, t.new_index)
    return InsertItem(field, j if j is not None else min(t.new_index, len(lines)), t.new_line)


# --------------------------------------------------------------------------
# Body nodes


def _find(here: dict[int, NodePath], node: Node | None, path: str) -> NodePath:
    """The path of ``node`` in the notice (``here``: id → path)."""
    found = here.get(id(node)) if node is not None else None
    if found is None:
        raise CompareError("compare.stale", path=path)
    return found


def _counterpart(t: NodeTarget | FootnoteTarget, entry, path: str) -> Node:
    node = t.ctx.counterpart.get(id(entry.node))
    if node is None:
        raise CompareError("compare.stale", path=path)
    return node


def _parent_path(t: NodeTarget, here: dict[int, NodePath], path: str) -> NodePath:
    """Where the new node's parent's counterpart is (``()``: the top level)."""
    return () if t.new.parent is None else _find(here, _counterpart(t, t.new.parent, path), path)


def _row(notice: Notice, t: NodeTarget, parent: NodePath, moving: Node | None) -> int:
    """The row where the new node stands among ``parent``'s children (without
    ``moving``): after the counterpart of the nearest earlier sibling that is
    in place, else first."""
    children = notice.node_at(parent).children if parent else notice.body
    siblings = [s for s in children if s is not moving]
    new_siblings = t.new.parent.node.children if t.new.parent else t.ctx.new_body
    for prev in reversed(new_siblings[:t.new.path[-1]]):
        mate = t.ctx.counterpart.get(id(prev))
        for i, s in enumerate(siblings):
            if s is mate:
                return i + 1
    return 0


def _copy_inserted(t: NodeTarget, node: Node, pairs: list[tuple[Node, Node]]) -> Node:
    """A copy of an inserted node with its inserted descendants (the matched
    ones come with their own moves); ``pairs`` gets (new node, copy)."""
    matched = t.ctx.matched_new
    out = Node(node.kind, node.text, node.heading,
               [_copy_inserted(t, c, pairs) for c in node.children if id(c) not in matched])
    pairs.append((node, out))
    return out


def _delete_op(t: NodeTarget, node: Node, where: NodePath) -> Any:
    """Remove the node at ``where``; its children that have a partner (moved
    elsewhere in the new notice) stay in its place until their own move is taken."""
    partners = {id(n) for n in t.ctx.counterpart.values()}
    steps: list[Any] = []
    for k, child in enumerate(node.children):
        if id(child) in partners:
            j = len(steps)
            steps.append(MoveNode(where + (k - j,), where[:-1], where[-1] + 1 + j))
    steps.append(RemoveNode(where))
    return steps[0] if len(steps) == 1 else Batch(tuple(steps))


def _move_op(notice: Notice, t: NodeTarget, where: NodePath, here: dict[int, NodePath],
             path: str) -> MoveNode:
    parent = _parent_path(t, here, path)
    if parent[:len(where)] == where:  # its new parent is inside it now
        raise CompareError("compare.stale", path=path)
    row = _row(notice, t, parent, notice.node_at(where))
    depth = len(where) - 1  # count the parent as it is once the node is taken out
    if len(parent) > depth and parent[:depth] == where[:-1] and parent[depth] > where[-1]:
        parent = parent[:depth] + (parent[depth] - 1,) + parent[depth + 1:]
    return MoveNode(where, parent, row)


def _node_ops(node: Node, where: NodePath, new: Node) -> list[Any]:
    """Give the node at ``where`` the kind, heading and text of ``new``."""
    out: list[Any] = []
    if (node.kind, node.heading) != (new.kind, new.heading):
        out.append(SetNodeKind(where, new.kind, new.heading))
    ours = node.text.footnotes()
    if len(ours) == len(new.text.footnotes()):  # keep footnotes taken over (or not) on their own
        it = iter(ours)
        text = RichText(tuple(next(it) if isinstance(p, Footnote) else p for p in new.text.pieces))
    else:
        text = new.text
    if text != node.text:
        out.append(SetNodeText(where, text))
    if node.table != new.table:
        out.append(SetField(FieldPath.parse(node_field(where) + ".table"), new.table))
    return out


def _footnote_op(notice: Notice, t: FootnoteTarget, path: str) -> SetFootnote:
    where = _find(_paths(notice), _counterpart(t, t.new, path), path)
    notes = notice.node_at(where).text.footnotes()
    if t.index >= len(notes) or notes[t.index].content != t.old_content:
        raise CompareError("compare.stale", path=path)
    return SetFootnote(where, t.index, Footnote(t.new_content))

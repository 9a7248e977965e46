"""Taking one change over into a notice, and taking it back.

``apply_change(notice, change)`` makes ``notice`` (the OLD side of the
comparison, or a notice it became by earlier applied changes) take the new
side of ``change``; it returns an :class:`Applied` that
:func:`revert_change` undoes exactly.  Reverts must come in the reverse
order of the applies (as an undo stack does).  Body changes find their nodes
by identity, so the notice must be the one the comparison was made on.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..errors import CompareError as ApplyError
from ..model import Node, Notice, RichText
from ..model.text import Footnote
from .changes import DELETED, INSERTED, MOVED, Change
from .engine import FieldTarget, FootnoteTarget, LineTarget, NodeTarget, get_attr


@dataclass
class Applied:
    """What was changed, to put it back: attribute values and list contents."""

    change: Change
    attrs: list[tuple[Any, str, Any]] = field(default_factory=list)
    lists: list[tuple[list, list]] = field(default_factory=list)
    counterparts: list[int] = field(default_factory=list)

    def set(self, obj: Any, name: str, value: Any) -> None:
        self.attrs.append((obj, name, getattr(obj, name)))
        setattr(obj, name, value)

    def keep(self, items: list) -> list:
        self.lists.append((items, list(items)))
        return items


def apply_change(notice: Notice, change: Change) -> Applied:
    done = Applied(change)
    t = change.target
    if isinstance(t, FieldTarget):
        owner, name = _owner(notice, t.attr)
        done.set(owner, name, copy.deepcopy(t.new_value))
    elif isinstance(t, LineTarget):
        _apply_line(notice, t, done)
    elif isinstance(t, FootnoteTarget):
        _apply_footnote(notice, t, done)
    elif isinstance(t, NodeTarget):
        _apply_node(notice, t, done)
    else:
        raise ApplyError("compare.stale", path=change.path)
    return done


def revert_change(notice: Notice, done: Applied) -> None:
    for items, contents in reversed(done.lists):
        items[:] = contents
    for obj, name, value in reversed(done.attrs):
        setattr(obj, name, value)
    t = done.change.target
    for key in done.counterparts:
        t.ctx.counterpart.pop(key, None)


def _owner(notice: Notice, attr: str) -> tuple[Any, str]:
    head, _, name = attr.rpartition(".")
    return (get_attr(notice, head) if head else notice), name


# --------------------------------------------------------------------------
# Lines


def _nearest(lines: list[str], text: str | None, index: int) -> int | None:
    hits = [i for i, line in enumerate(lines) if line == text]
    return min(hits, key=lambda i: abs(i - index)) if hits else None


def _apply_line(notice: Notice, t: LineTarget, done: Applied) -> None:
    lines = done.keep(get_attr(notice, t.attr))
    if t.old_line is not None:
        i = _nearest(lines, t.old_line, t.old_index)
        if i is None:
            raise ApplyError("compare.stale", path=done.change.path)
        if t.new_line is None:
            del lines[i]
        else:
            lines[i] = t.new_line
        return
    before = t.new_lines[t.new_index - 1] if t.new_index > 0 else None
    after = t.new_lines[t.new_index + 1] if t.new_index + 1 < len(t.new_lines) else None
    i = _nearest(lines, before, t.new_index - 1)
    if i is not None:
        lines.insert(i + 1, t.new_line)
        return
    j = _nearest(lines, after, t.new_index)
    lines.insert(j if j is not None else min(t.new_index, len(lines)), t.new_line)


# --------------------------------------------------------------------------
# Body nodes


def _find(nodes: list[Node], target: Node) -> tuple[list[Node], int] | None:
    for i, node in enumerate(nodes):
        if node is target:
            return nodes, i
        found = _find(node.children, target)
        if found:
            return found
    return None


def _counterpart(t: NodeTarget | FootnoteTarget, entry, path: str) -> Node:
    node = t.ctx.counterpart.get(id(entry.node))
    if node is None:
        raise ApplyError("compare.stale", path=path)
    return node


def _siblings_in(notice: Notice, t: NodeTarget, path: str) -> list[Node]:
    """The list the new node's counterpart belongs in."""
    parent = t.new.parent
    if parent is None:
        return notice.body
    return _counterpart(t, parent, path).children


def _insert_at(notice: Notice, t: NodeTarget, node: Node, done: Applied) -> None:
    """Put ``node`` where the new node stands: after the counterpart of the
    nearest earlier sibling that is in place, else first."""
    siblings = done.keep(_siblings_in(notice, t, done.change.path))
    parent_children = t.new.parent.node.children if t.new.parent else t.ctx.new_body
    k = t.new.path[-1]
    for prev in reversed(parent_children[:k]):
        mate = t.ctx.counterpart.get(id(prev))
        for i, s in enumerate(siblings):
            if s is mate:
                siblings.insert(i + 1, node)
                return
    siblings.insert(0, node)


def _copy_inserted(t: NodeTarget, node: Node, done: Applied) -> Node:
    """A copy of an inserted node with its inserted descendants (the matched
    ones come with their own moves)."""
    matched = t.ctx.matched_new
    out = Node(node.kind, node.text, node.heading,
               [_copy_inserted(t, c, done) for c in node.children if id(c) not in matched])
    t.ctx.counterpart[id(node)] = out
    done.counterparts.append(id(node))
    return out


def _set_node(node: Node, new: Node, done: Applied) -> None:
    done.set(node, "kind", new.kind)
    done.set(node, "heading", new.heading)
    ours = node.text.footnotes()
    if len(ours) == len(new.text.footnotes()):  # keep footnotes taken over (or not) on their own
        it = iter(ours)
        text = RichText(tuple(next(it) if isinstance(p, Footnote) else p for p in new.text.pieces))
    else:
        text = new.text
    done.set(node, "text", text)


def _apply_node(notice: Notice, t: NodeTarget, done: Applied) -> None:
    kind, path = done.change.kind, done.change.path
    if kind == INSERTED:
        _insert_at(notice, t, _copy_inserted(t, t.new.node, done), done)
        return
    node = t.old.node
    where = _find(notice.body, node)
    if where is None:
        raise ApplyError("compare.stale", path=path)
    siblings, i = where
    done.keep(siblings)
    if kind == DELETED:
        kept = [c for c in node.children if id(c) in t.ctx.matched_old]
        siblings[i:i + 1] = kept  # nodes moved out stay until their own move is taken
        return
    if kind == MOVED:
        del siblings[i]
        _insert_at(notice, t, node, done)
    _set_node(node, t.new.node, done)


def _apply_footnote(notice: Notice, t: FootnoteTarget, done: Applied) -> None:
    node = _counterpart(t, t.new, done.change.path)
    pieces = list(node.text.pieces)
    notes = [i for i, p in enumerate(pieces) if isinstance(p, Footnote)]
    if t.index >= len(notes) or pieces[notes[t.index]].content != t.old_content:
        raise ApplyError("compare.stale", path=done.change.path)
    pieces[notes[t.index]] = Footnote(t.new_content)
    done.set(node, "text", RichText(tuple(pieces)))

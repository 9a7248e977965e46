"""Undo commands: each changes the notice model (never a widget).

Field edits name their target with a dotted path (``header.summary``,
``opening.chair.name``, ``signature.authority``).  Consecutive edits of the
same field within :data:`MERGE_SECONDS` merge into one undo step, so typing
a sentence is undone in sensible pieces.  Structural edits of the body tree
go through :class:`~thongbao_editor.gui.body_model.BodyTreeModel` so views
stay in step.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Kind, Node, RichText

MERGE_SECONDS = 2.0
_FIELD_ID = 1001
_NODE_TEXT_ID = 1002


def get_field(notice: Any, path: str) -> Any:
    obj = notice
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj


def set_field(notice: Any, path: str, value: Any) -> None:
    *parents, name = path.split(".")
    obj = notice
    for p in parents:
        obj = getattr(obj, p)
    setattr(obj, name, value)


def part_of(path: str) -> str:
    return path.split(".")[0]


class SetField(QUndoCommand):
    """Set one field of the notice; typing in the same field merges."""

    def __init__(self, document, path: str, value: Any, text: str | None = None,
                 merge: bool = True):
        super().__init__(text or QCoreApplication.translate("commands", "Edit %s") % path)
        self.document, self.path = document, path
        self.old = copy.deepcopy(get_field(document.notice, path))
        self.new = value
        self.merge = merge
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt API
        return _FIELD_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetField) or other.path != self.path or not other.merge:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = other.new
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        set_field(self.document.notice, self.path, copy.deepcopy(self.new))
        self.document.notify(part_of(self.path))

    def undo(self) -> None:
        set_field(self.document.notice, self.path, copy.deepcopy(self.old))
        self.document.notify(part_of(self.path))


# ---------------------------------------------------------------------------
# Body tree


class SetNodeText(QUndoCommand):
    def __init__(self, document, path: tuple[int, ...], text: RichText, merge: bool = True):
        super().__init__(QCoreApplication.translate("commands", "Edit paragraph text"))
        self.document, self.path = document, tuple(path)
        self.old = document.notice.node_at(self.path).text
        self.new = text
        self.merge = merge
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003
        return _NODE_TEXT_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetNodeText) or other.path != self.path or not other.merge:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def _apply(self, text: RichText) -> None:
        self.document.body_model.set_node_text(self.path, text)
        self.document.notify("body")

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class SetNodeKind(QUndoCommand):
    """Change a node's level and/or heading flag."""

    def __init__(self, document, path: tuple[int, ...], kind: Kind, heading: bool):
        super().__init__(QCoreApplication.translate("commands", "Change paragraph level"))
        self.document, self.path = document, tuple(path)
        node = document.notice.node_at(self.path)
        self.old = (node.kind, node.heading)
        self.new = (kind, heading and kind.labelled)

    def _apply(self, value: tuple[Kind, bool]) -> None:
        self.document.body_model.set_node_kind(self.path, *value)
        self.document.notify("body")

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class InsertNode(QUndoCommand):
    def __init__(self, document, parent_path: tuple[int, ...], row: int, node: Node,
                 text: str | None = None):
        super().__init__(text or QCoreApplication.translate("commands", "Add paragraph"))
        self.document, self.parent_path, self.row, self.node = document, tuple(parent_path), row, node

    def redo(self) -> None:
        self.document.body_model.insert_node(self.parent_path, self.row, self.node)
        self.document.notify("body")

    def undo(self) -> None:
        self.document.body_model.remove_node(self.parent_path + (self.row,))
        self.document.notify("body")


class RemoveNode(QUndoCommand):
    def __init__(self, document, path: tuple[int, ...]):
        super().__init__(QCoreApplication.translate("commands", "Delete paragraph"))
        self.document, self.path = document, tuple(path)
        self.node: Node | None = None

    def redo(self) -> None:
        self.node = self.document.body_model.remove_node(self.path)
        self.document.notify("body")

    def undo(self) -> None:
        assert self.node is not None
        self.document.body_model.insert_node(self.path[:-1], self.path[-1], self.node)
        self.document.notify("body")


class MoveNode(QUndoCommand):
    """Move a node (with its children) to ``new_parent`` at ``row`` (row in
    the parent's children *after* the node was taken out)."""

    def __init__(self, document, path: tuple[int, ...], new_parent: tuple[int, ...], row: int,
                 text: str | None = None):
        super().__init__(text or QCoreApplication.translate("commands", "Move paragraph"))
        self.document = document
        self.path, self.new_parent, self.row = tuple(path), tuple(new_parent), row

    def redo(self) -> None:
        self.document.body_model.move_node(self.path, self.new_parent, self.row)
        self.document.notify("body")

    def undo(self) -> None:
        self.document.body_model.move_node(self.new_parent + (self.row,), self.path[:-1],
                                           self.path[-1])
        self.document.notify("body")

"""Undo commands: thin wrappers that apply one of the model's edit
operations (``thongbao_editor.model.edit``) and, on undo, its inverse.

The model announces every change itself (the document turns that into
``changed(part)``, the tree model into row signals), so a command never
notifies anybody.  Consecutive edits of the same field or paragraph within
:data:`MERGE_SECONDS` merge into one undo step, so typing a sentence is
undone in sensible pieces.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Kind, Node, RichText
from ..model import edit as ops
from ..model.paths import FieldPath

MERGE_SECONDS = 2.0
_MERGE_ID = 1001


class EditCommand(QUndoCommand):
    """Apply ``op`` on redo and its inverse on undo.

    Commands with the same ``merge_key`` (not None) pushed within
    :data:`MERGE_SECONDS` of each other merge: the merged command redoes the
    last operation and undoes back to the state before the first."""

    def __init__(self, document, op, text: str = "", merge_key: Any = None):
        super().__init__(text or QCoreApplication.translate("commands", "Edit"))
        self.document, self.op, self.merge_key = document, op, merge_key
        self.inverse = None
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt API
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key \
                or self.merge_key is None or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.op, self.stamp = other.op, other.stamp
        return True

    def redo(self) -> None:
        self.inverse = self.document.perform(self.op).inverse

    def undo(self) -> None:
        self.document.perform(self.inverse)


def field_path(path: str | FieldPath) -> FieldPath:
    return path if isinstance(path, FieldPath) else FieldPath.parse(path)


def get_field(notice, path: str | FieldPath) -> Any:
    return field_path(path).get(notice)


# The commands the forms push, by name (each is an EditCommand).

def SetField(document, path: str | FieldPath, value: Any, text: str | None = None,  # noqa: N802
             merge: bool = True) -> EditCommand:
    """Set one field of the notice; typing in the same field merges."""
    path = field_path(path)
    text = text or QCoreApplication.translate("commands", "Edit %s") % path
    return EditCommand(document, ops.SetField(path, value), text,
                       ("field", path) if merge else None)


def SetNodeText(document, path: tuple[int, ...], text: RichText,  # noqa: N802
                merge: bool = True) -> EditCommand:
    return EditCommand(document, ops.SetNodeText(tuple(path), text),
                       QCoreApplication.translate("commands", "Edit paragraph text"),
                       ("node", tuple(path)) if merge else None)


def SetNodeKind(document, path: tuple[int, ...], kind: Kind, heading: bool) -> EditCommand:  # noqa: N802
    """Change a node's level and/or heading flag."""
    return EditCommand(document, ops.SetNodeKind(tuple(path), kind, heading),
                       QCoreApplication.translate("commands", "Change paragraph level"))


def InsertNode(document, parent_path: tuple[int, ...], row: int, node: Node,  # noqa: N802
               text: str | None = None) -> EditCommand:
    return EditCommand(document, ops.InsertNode(tuple(parent_path), row, node),
                       text or QCoreApplication.translate("commands", "Add paragraph"))


def RemoveNode(document, path: tuple[int, ...]) -> EditCommand:  # noqa: N802
    return EditCommand(document, ops.RemoveNode(tuple(path)),
                       QCoreApplication.translate("commands", "Delete paragraph"))


def MoveNode(document, path: tuple[int, ...], new_parent: tuple[int, ...], row: int,  # noqa: N802
             text: str | None = None) -> EditCommand:
    """Move a node (with its children) to ``new_parent`` at ``row`` (row in
    the parent's children *after* the node was taken out)."""
    return EditCommand(document, ops.MoveNode(tuple(path), tuple(new_parent), row),
                       text or QCoreApplication.translate("commands", "Move paragraph"))

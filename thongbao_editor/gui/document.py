"""One document object per open file: the notice, its path and its undo stack.

The notice is owned by a Qt-free :class:`~thongbao_editor.model.edit.NoticeEditor`;
every edit is one of the model's operations, applied through an undo command
on :attr:`NoticeDocument.undo_stack` (:meth:`NoticeDocument.apply`).  The
editor announces each change; the document turns that into ``changed(part)``
(once per part per command) so that forms reload and the preview refreshes,
and the tree model follows the same announcements.  "Modified" means the
undo stack is not at its clean index.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import Notice
from ..model.edit import Change, NoticeEditor
from .body_model import BodyTreeModel


log = logging.getLogger(__name__)


class _GuardedStack(QUndoStack):
    """The document's undo stack; refuses every command while the document
    is read-only (whoever pushes it), so a read-only notice never changes."""

    def push(self, command) -> None:
        document = self.parent()
        if getattr(document, "read_only", False):
            document.edit_refused.emit()
            return
        super().push(command)


class NoticeDocument(QObject):
    """The notice being edited, with its file path and undo stack."""

    #: A part of the notice changed ("header", "opening", "body", ...).
    changed = Signal(str)
    path_changed = Signal()
    #: An edit was refused: the document is read-only (see file_guard.py).
    edit_refused = Signal()

    def __init__(self, notice: Notice | None = None, path: str | Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.editor = NoticeEditor(notice)
        self._path = Path(path) if path else None
        self.undo_stack = _GuardedStack(self)
        self._depth = 0
        self._pending: list[str] = []
        self.editor.listen(self._on_edited)
        self.body_model = BodyTreeModel(self)
        #: Whether the user marked the notice ready to sign (export default).
        self.final = False
        #: Bumped on every change (merged typing does not move the stack index).
        self.revision = 0
        #: Open read-only (another editor has the file); its editing lock
        #: (locking.FileLock) and the SHA-256 of the file as read or saved.
        self.read_only = False
        self.editing_lock = None
        self.disk_digest: str | None = None

    @property
    def notice(self) -> Notice:
        return self.editor.notice

    # -- file -----------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.path_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    # -- edits ------------------------------------------------------------------
    def apply(self, op, text: str = "", merge_key: Any = None) -> None:
        """Apply the model operation ``op`` as one undoable step."""
        from .commands import EditCommand
        self.undo_stack.push(EditCommand(self, op, text, merge_key))

    def push(self, command) -> None:
        self.undo_stack.push(command)

    def perform(self, op) -> Change:
        """Apply ``op`` to the notice now, without an undo step (undo
        commands call this); ``changed`` is emitted once per part after it."""
        self._depth += 1
        try:
            return self.editor.apply(op)
        finally:
            self._depth -= 1
            if not self._depth:
                pending, self._pending = self._pending, []
                for part in pending:
                    self.notify(part)

    def _on_edited(self, change: Change) -> None:
        if not self._depth:  # applied through the editor directly
            self.notify(change.part)
        elif change.part not in self._pending:
            self._pending.append(change.part)

    def notify(self, part: str) -> None:
        """Announce a change that is not an edit of the notice (e.g. "view")."""
        log.debug("changed: %s", part)
        self.revision += 1
        self.changed.emit(part)


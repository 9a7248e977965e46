"""One document object per open file: the notice, its path and its undo stack.

"Modified" means the undo stack is not at its clean index.  Every edit is a
command pushed on :attr:`NoticeDocument.undo_stack` (see ``commands.py``);
after a command changes the model, :meth:`NoticeDocument.notify` emits
``changed(part)`` so that forms reload and the preview refreshes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import Notice
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
        self.notice = notice if notice is not None else Notice()
        self._path = Path(path) if path else None
        self.undo_stack = _GuardedStack(self)
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
    def push(self, command) -> None:
        self.undo_stack.push(command)

    def notify(self, part: str) -> None:
        log.debug("changed: %s", part)
        self.revision += 1
        self.changed.emit(part)

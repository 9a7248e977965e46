"""Two editors, one file.

An editor window holds the *editing lock* of the draft it has open
(:func:`thongbao_editor.locking.lock_path` with purpose ``"editing"``, a
QLockFile).  Opening a draft whose lock another editor holds warns and offers
it read-only (or to edit anyway, or not to open it).  A read-only document
refuses every edit and Save; Save as makes it the user's own copy.

Saving checks that the file on disk is still the one that was opened
(its SHA-256, checked under the draft's write lock); if another editor or
program changed it meanwhile, the user chooses: reload theirs, overwrite it
with this one, or save this one under another name.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget)

from ..errors import DraftError
from ..locking import FileLock, lock_path
from ..model import save_draft

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Role = QMessageBox.ButtonRole

OPEN_READ_ONLY, EDIT_ANYWAY, RELOAD, OVERWRITE, SAVE_AS = (
    "read_only", "edit_anyway", "reload", "overwrite", "save_as")


def choose(parent: QWidget, title: str, text: str,
           options: list[tuple[str, str, QMessageBox.ButtonRole]], default: str) -> str | None:
    """A warning with one button per option; the key of the one pressed
    (None: Cancel or Esc)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("fileGuardQuestion")
    buttons = {}
    for key, label, role in options:
        button = box.addButton(label, role)
        button.setObjectName(f"choice_{key}")
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
    box.setEscapeButton(box.button(QMessageBox.StandardButton.Cancel))
    box.exec()
    return buttons.get(box.clickedButton())


def editing_lock(path: str | os.PathLike[str]) -> FileLock:
    return FileLock(lock_path(path, "editing"))


def claim(window, path: str | os.PathLike[str]) -> tuple[FileLock | None, bool] | None:
    """The editing lock for opening ``path`` and whether to open it read-only;
    None when the user chose not to open it.  The window's current document
    hands its lock over when it is the same file (reopening, reloading)."""
    current = getattr(window.document, "editing_lock", None)
    if current is not None and current.file == lock_path(path, "editing"):
        window.document.editing_lock = None
        return current, window.document.read_only
    lock = editing_lock(path)
    if lock.acquire():
        return lock, False
    if not lock.held_elsewhere():  # a read-only folder: nobody can lock, nobody can save there
        log.info("cannot create the editing lock for %s", path)
        return None, False
    holder = lock.holder()
    who = holder.describe().message() if holder else translate("FileGuard", "another editor")
    answer = choose(window, translate("FileGuard", "Already open"),
                    translate("FileGuard", "%1 is already open in another editor (%2).\n\nOpen it read-only? "
                       "Editing it in both would make one editor replace the other's work.")
                    .replace("%1", str(path)).replace("%2", who),
                    [(OPEN_READ_ONLY, translate("FileGuard", "Open read-only"), Role.AcceptRole),
                     (EDIT_ANYWAY, translate("FileGuard", "Edit anyway"), Role.DestructiveRole)],
                    OPEN_READ_ONLY)
    if answer is None:
        return None
    return None, answer == OPEN_READ_ONLY


def attach(document, lock: FileLock | None, read_only: bool, digest: str | None) -> None:
    """Give ``document`` its editing lock, read-only flag and on-disk digest."""
    document.editing_lock = lock
    document.read_only = read_only
    document.disk_digest = digest


def release(document) -> None:
    lock = getattr(document, "editing_lock", None)
    if lock is not None:
        lock.release()
        document.editing_lock = None


def apply_read_only(window) -> None:
    """Make every field of the forms read-only while the document is
    (text stays selectable and copyable; buttons and lists are disabled)."""
    if not getattr(window.document, "read_only", False):
        return
    for w in window.stack.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            w.setReadOnly(True)
        elif isinstance(w, QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            w.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        elif isinstance(w, (QComboBox, QAbstractButton)):
            w.setEnabled(False)


def refuse_edit(window) -> None:
    """An edit reached a read-only document (a shortcut, a quick fix): say
    so, and show the notice as it is again."""
    window.statusBar().showMessage(
        translate("FileGuard", "This notice is open read-only (another editor has it open); use Save as to keep "
           "your own copy."), 8000)
    for section in window.sections.values():
        QTimer.singleShot(0, section.load)


def refuse_save(window) -> bool:
    QMessageBox.information(
        window, translate("FileGuard", "Read-only"),
        translate("FileGuard", "This notice is open read-only because another editor has it open. Use Save as "
           "to keep your own copy."))
    return False


def save(window, path: str | os.PathLike[str]) -> str | bool:
    """Save the window's document to ``path``: the SHA-256 written (the
    caller records the save), True when a nested Save as did everything,
    False when nothing was saved."""
    doc = window.document
    wanted = lock_path(path, "editing")
    held = getattr(doc, "editing_lock", None)
    new_lock = None
    if held is None or held.file != wanted:
        new_lock = editing_lock(path)
        if not new_lock.acquire() and new_lock.held_elsewhere():
            QMessageBox.warning(window, translate("FileGuard", "Cannot save"),
                                translate("FileGuard", "%1 is open in another editor; save under another name.")
                                .replace("%1", str(path)))
            return False
    same = doc.path is not None and same_file(path, doc.path)
    expect = getattr(doc, "disk_digest", None) if same else None
    try:
        digest = save_draft(doc.notice, path, expect=expect)
    except DraftError as exc:
        if exc.code != "draft.changed":
            QMessageBox.critical(window, translate("FileGuard", "Cannot save"), exc.message())
            return _drop(new_lock)
        answer = ask_changed(window, path)
        if answer == OVERWRITE:
            return save_overwriting(window, path, new_lock)
        _drop(new_lock)
        if answer == RELOAD:
            window.open_path(path, ask=False)
        elif answer == SAVE_AS:
            return window.save_as()
        return False
    _took(doc, new_lock, digest, window)
    return digest


def save_overwriting(window, path, new_lock: FileLock | None) -> str | bool:
    doc = window.document
    try:
        digest = save_draft(doc.notice, path)
    except DraftError as exc:
        QMessageBox.critical(window, translate("FileGuard", "Cannot save"), exc.message())
        return _drop(new_lock)
    _took(doc, new_lock, digest, window)
    return digest


def ask_changed(window, path) -> str | None:
    return choose(window, translate("FileGuard", "Changed on disk"),
                  translate("FileGuard", "%1 was changed on disk by another editor or program since you opened it.\n\n"
                     "Reload it (your changes here are lost), overwrite it with your version "
                     "(the other changes are lost), or save yours under another name?")
                  .replace("%1", str(path)),
                  [(RELOAD, translate("FileGuard", "Reload"), Role.DestructiveRole),
                   (OVERWRITE, translate("FileGuard", "Overwrite"), Role.DestructiveRole),
                   (SAVE_AS, translate("FileGuard", "Save as…"), Role.AcceptRole)],
                  SAVE_AS)


def _drop(lock: FileLock | None) -> bool:
    if lock is not None:
        lock.release()
    return False


def _took(doc, new_lock: FileLock | None, digest: str, window) -> None:
    """After a save: the document now owns the file it was saved to."""
    if new_lock is not None and new_lock.held:
        release(doc)
        doc.editing_lock = new_lock
    doc.disk_digest = digest
    if getattr(doc, "read_only", False):
        doc.read_only = False
        window._build_forms(doc)  # editable again: its own copy


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    return Path(os.path.realpath(a)) == Path(os.path.realpath(b))

"""Autosave and crash recovery.

While the document is dirty, its notice is written every few seconds to a
recovery file in ``AppDataLocation/recovery`` (atomically).  The file is
deleted when the document is saved or the window closes cleanly; if the
program dies, the next start finds it and offers the notice back.

Each editor holds a QLockFile (``<recovery file>.lock``, see
:mod:`thongbao_editor.locking`) for its recovery file as long as it runs:
a file whose lock is held by another running editor is not a crash and is
not offered; Qt tells a dead holder from a live one on every platform.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Slot

from ..errors import ThongbaoError
from ..fileio import read_bounded
from ..locking import FileLock
from ..model import Notice, notice_from_dict, notice_to_dict
from ..model.draft import MAX_DRAFT_BYTES, atomic_write_bytes, utf8_bytes

log = logging.getLogger(__name__)

INTERVAL_MS = 3000


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass
class Recovered:
    file: Path
    original: str | None
    saved_at: str
    notice: Notice


def owner_lock(file: Path) -> FileLock:
    """The lock an editor holds on its recovery file while it runs."""
    return FileLock(file.with_name(file.name + ".lock"))


def _owner_running(file: Path) -> bool:
    """Whether another running editor writes ``file`` (it is editing that
    notice: not a crash).  A window of this same process that is gone
    without closing counts as crashed (one editor window per process)."""
    lock = owner_lock(file)
    if lock.acquire():
        lock.release()
        return False
    if not lock.held_elsewhere():
        return False
    holder = lock.holder()
    return not (holder is not None and holder.this_process)


def find_recovery_files() -> list[Recovered]:
    """Recovery files left by sessions that did not close cleanly."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.glob("*.json")):
        if _owner_running(f):
            continue
        try:
            data = json.loads(read_bounded(f, 4 * MAX_DRAFT_BYTES).decode("utf-8"))
            notice = notice_from_dict(data["draft"])
            out.append(Recovered(f, data.get("original"), str(data.get("saved_at", "")), notice))
        except (OSError, ValueError, KeyError, TypeError, ThongbaoError):
            log.warning("unreadable recovery file %s", f, exc_info=True)
    return out


class Autosaver(QObject):
    """Writes the window's current document to its recovery file on a timer."""

    def __init__(self, window, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.file = recovery_dir() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("cannot create %s", self.file.parent, exc_info=True)
        self.lock = owner_lock(self.file)
        if not self.lock.acquire():
            log.warning("cannot lock %s", self.lock.file)
        self._written_index = -1
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.save_now()

    def save_now(self) -> bool:
        """Write the recovery file if the document changed since the last write."""
        document = self.window.document
        if not document.is_modified():
            self.discard()
            return False
        stamp = (id(document), document.undo_stack.index(), document.revision)
        if stamp == self._written_index:
            return False
        data = {
            "original": str(document.path) if document.path else None,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "draft": notice_to_dict(document.notice),
        }
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.file, utf8_bytes(json.dumps(data, ensure_ascii=False)))
        except OSError:
            log.warning("cannot write recovery file %s", self.file, exc_info=True)
            return False
        self._written_index = stamp
        log.debug("autosaved to %s", self.file)
        return True

    def discard(self) -> None:
        self._written_index = -1
        try:
            self.file.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("cannot delete recovery file %s", self.file, exc_info=True)

    def stop(self) -> None:
        self.timer.stop()
        self.discard()
        self.lock.release()

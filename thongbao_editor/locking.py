"""Advisory file locks shared by the command line and the editor (Qt's QLockFile).

Two locks sit next to a draft, both hidden files in its folder:

- the **write lock** ``.NAME.lock``, held for the few milliseconds of a
  read-modify-write (``thongbao apply``) or a save (:func:`write_lock`):
  two writers take turns instead of losing one's update;
- the **editing lock** ``.NAME.editing.lock``, held by an editor window for
  as long as it has the draft open (:class:`FileLock`): a second editor
  learns who has it open and offers it read-only.

The editor's crash-recovery files use the same :class:`FileLock` to tell a
running editor's file from a crashed one's.  QLockFile writes the process id,
host and program name into the lock file and treats a lock whose process is
gone as stale, on Linux, Windows and macOS alike (no ``/proc`` or
``os.kill``).  PySide6 is imported inside the functions, so the engine and
the command line still import without Qt until a lock is taken.
"""

from __future__ import annotations

import errno
import os
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import DraftError, Text, os_reason

#: How long a writer waits for another one's write lock.
WRITE_WAIT_SECONDS = 10.0
#: A write lock older than this is stale even if its process seems alive
#: (a lock left on a network share by a computer that crashed).
WRITE_STALE_SECONDS = 60.0


def lock_path(path: str | os.PathLike[str], purpose: str = "") -> Path:
    """The lock file for ``path`` (its real path: a link and its target share it)."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".{real.name}{'.' + purpose if purpose else ''}.lock")


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: process id, computer name, program name."""

    pid: int
    host: str
    app: str

    @property
    def this_process(self) -> bool:
        return self.pid == os.getpid() and self.host in ("", socket.gethostname())

    def describe(self) -> Text:
        return Text(f"tiến trình {self.pid} ({self.app}) trên máy {self.host}",
                    f"process {self.pid} ({self.app}) on {self.host}")


#: Age after which a lock file naming no process counts as left by a killed writer.
EMPTY_STALE_SECONDS = 2.0


class FileLock:
    """A QLockFile that is never stale while its process runs (``stale_seconds=0``).

    ``acquire()`` returns False when another live process holds it;
    :meth:`holder` then says who.  The lock is released by :meth:`release`,
    when the object is garbage-collected, or when the process dies."""

    def __init__(self, file: str | os.PathLike[str], stale_seconds: float = 0):
        from PySide6.QtCore import QLockFile
        self.file = Path(file)
        self._lock = QLockFile(str(self.file))
        self._lock.setStaleLockTime(int(stale_seconds * 1000))

    def acquire(self, wait_seconds: float = 0) -> bool:
        """Take the lock, waiting up to ``wait_seconds``.  A lock file that
        names no process (one killed between creating the file and writing
        its id into it) is removed once it is :data:`EMPTY_STALE_SECONDS` old:
        Qt would otherwise wait for the stale time, which is 0 (never) here."""
        deadline = time.monotonic() + wait_seconds
        while True:
            slice_ms = int(max(0.0, min(0.2, deadline - time.monotonic())) * 1000)
            if self._lock.tryLock(slice_ms):
                return True
            if self._orphaned():
                self._lock.removeStaleLockFile()
                continue
            if time.monotonic() >= deadline:
                return False

    def _orphaned(self) -> bool:
        try:
            age = time.time() - self.file.stat().st_mtime
        except OSError:
            return False
        return self.held_elsewhere() and self.holder() is None and age > EMPTY_STALE_SECONDS

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def held_elsewhere(self) -> bool:
        """After a failed :meth:`acquire`: another process holds it (rather
        than the lock file could not be created at all)."""
        from PySide6.QtCore import QLockFile
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> Holder | None:
        """Who holds the lock file now (None: nobody, or unreadable)."""
        info = self._lock.getLockInfo()  # (pid, host, app); PySide6 drops the bool
        if not isinstance(info, tuple) or len(info) != 3 or not info[0]:
            return None
        return Holder(int(info[0]), str(info[1]), str(info[2]))


_held: dict[Path, tuple[int, int]] = {}  # lock file -> (thread id, depth)
_guard = threading.Lock()


@contextmanager
def write_lock(path: str | os.PathLike[str], wait_seconds: float = WRITE_WAIT_SECONDS
               ) -> Iterator[None]:
    """Hold the write lock of ``path`` (re-entrant in one thread): the block
    runs while no other process that takes it is writing ``path``.  Raises
    :class:`DraftError` ``file.locked`` after ``wait_seconds``."""
    file = lock_path(path)
    me = threading.get_ident()
    with _guard:
        owner, depth = _held.get(file, (None, 0))
        nested = owner == me
        if nested:
            _held[file] = (me, depth + 1)
    if nested:
        try:
            yield
        finally:
            with _guard:
                _held[file] = (me, _held[file][1] - 1)
        return
    lock = FileLock(file, WRITE_STALE_SECONDS)
    if not lock.acquire(wait_seconds):
        raise _locked_error(path, lock)
    with _guard:
        _held[file] = (me, 1)
    try:
        yield
    finally:
        with _guard:
            del _held[file]
        lock.release()


def _locked_error(path: str | os.PathLike[str], lock: FileLock) -> DraftError:
    if not lock.held_elsewhere():  # the lock file cannot be made: the folder is the trouble
        folder = lock.file.parent
        exc = (PermissionError(errno.EACCES, "") if folder.is_dir()
               else FileNotFoundError(errno.ENOENT, ""))
        return DraftError("draft.write", file=str(path), reason=os_reason(exc))
    holder = lock.holder()
    who = holder.describe() if holder else Text("một chương trình khác", "another program")
    return DraftError("file.locked", file=str(path), holder=who, lock=str(lock.file))


__all__ = ["FileLock", "Holder", "WRITE_WAIT_SECONDS", "lock_path", "write_lock"]

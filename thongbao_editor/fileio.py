"""Reading and writing the user's files safely (no Qt).

One reader and one writer for every file the product takes in or puts out:

- :func:`read_bounded` checks that the input is a regular file (or a link to
  one) and its size *before* reading, and never reads more than the limit
  plus one byte: a FIFO, ``/dev/zero`` or a 1.5 GB file is refused at once.
- :func:`atomic_write_bytes` writes a temporary file in the target's folder
  and renames it over the target: the target holds the old or the new
  content, never half of it.  It refuses a target that exists and is not a
  regular file (``/dev/null``, a FIFO, a folder), and how it treats a
  symbolic link at the target is explicit (:data:`Links`): followed (the
  user's own draft), followed only while it stays inside the folder the
  write was asked for (the default), or never (batch outputs).  With
  ``overwrite=False`` it creates the file exclusively: two writers that
  both say "must not exist" cannot both succeed.  It also removes stale
  temporary files of its own naming pattern left next to the target by a
  writer that was killed.

Refusals are :class:`RefusedFile` (an :class:`OSError`), so every caller's
``except OSError`` turns them into its own message through
:func:`~thongbao_editor.errors.os_reason`.
"""

from __future__ import annotations

import errno
import glob
import logging
import os
import re
import stat
import tempfile
import time
from enum import Enum
from pathlib import Path

from .errors import Text

log = logging.getLogger(__name__)

#: A temporary file of ours older than this is left over by a killed writer.
STALE_TEMP_SECONDS = 120


class Links(Enum):
    """What :func:`atomic_write_bytes` does when the target is a symbolic link."""

    FOLLOW = "follow"  # replace the file the link points to, wherever it is
    INSIDE = "inside"  # follow it only to a file in the same folder; else refuse
    NEVER = "never"  # refuse any link


class RefusedFile(OSError):
    """A file the product will not read or write; :attr:`reason` says why
    in both languages (``os_reason`` shows it)."""

    def __init__(self, err: int, reason: Text, path: str | os.PathLike[str]):
        super().__init__(err, reason.en, str(path))
        self.reason = reason


def _size_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


def not_regular(path: str | os.PathLike[str]) -> RefusedFile:
    return RefusedFile(errno.EINVAL, Text(
        "đó không phải tệp thông thường (là thư mục, thiết bị hay ống FIFO)",
        "it is not a regular file (a folder, a device or a FIFO)"), path)


def too_big(path: str | os.PathLike[str], limit: int) -> RefusedFile:
    size = _size_text(limit)
    return RefusedFile(errno.EFBIG, Text(f"tệp lớn hơn {size}", f"the file is larger than {size}"),
                       path)


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path``, refused (:class:`RefusedFile`) unless it is a
    regular file of at most ``limit`` bytes.  The type and size are checked
    on the opened file before anything is read (a FIFO is opened without
    waiting for a writer), and at most ``limit + 1`` bytes are read, so a
    file that grows while being read is refused too."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise not_regular(path)
        if st.st_size > limit:
            raise too_big(path, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise too_big(path, limit)
    return data


def _link_outside(link: Path, folder: Path) -> RefusedFile:
    return RefusedFile(errno.EPERM, Text(
        f"đó là liên kết (symlink) trỏ ra ngoài thư mục {folder} (tới {os.path.realpath(link)}); "
        "không ghi qua liên kết",
        f"it is a symbolic link out of {folder} (to {os.path.realpath(link)}); "
        "nothing is written through it"), link)


def _a_link(link: Path) -> RefusedFile:
    return RefusedFile(errno.EPERM, Text(
        f"đó là liên kết (symlink, tới {os.path.realpath(link)}); không ghi qua liên kết",
        f"it is a symbolic link (to {os.path.realpath(link)}); nothing is written through it"),
        link)


def write_target(path: str | os.PathLike[str], links: Links = Links.INSIDE) -> Path:
    """The file a write to ``path`` would replace, after the link rule and
    the regular-file rule; raises :class:`RefusedFile`."""
    path = Path(path)
    folder = Path(os.path.realpath(path.parent))
    target = folder / path.name
    if os.path.islink(target):
        if links is Links.NEVER:
            raise _a_link(target)
        real = Path(os.path.realpath(target))
        if links is Links.INSIDE and real.parent != folder:
            raise _link_outside(target, folder)
        target = real
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(path)
    return target


def check_new_target(path: str | os.PathLike[str], links: Links = Links.INSIDE, *,
                     overwrite: bool = True) -> Path:
    """:func:`write_target`, and without ``overwrite`` :class:`FileExistsError`
    for anything already at ``path`` (a file, or a link even to nothing): the
    early answer of a command, before its work; the write itself is then made
    exclusive by :func:`atomic_write_bytes` (``overwrite=False``)."""
    target = write_target(path, links)
    if not overwrite and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    return target


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names :func:`atomic_write_bytes` gives its temporary files for ``name``."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def remove_stale_temps(target: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete temporary files of ours for ``target`` (``.NAME.xxxxxxxx.tmp``)
    older than ``older_than`` seconds: what a killed writer left behind.
    Other files, and a temporary file a writer may still be using, stay."""
    pattern, now, removed = temp_pattern(target.name), time.time(), []
    try:
        candidates = [p for p in target.parent.glob(f".{glob.escape(target.name)}.*.tmp")
                      if pattern.fullmatch(p.name)]
    except OSError:
        return removed
    for p in candidates:
        try:
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than:
                os.unlink(p)
                removed.append(p)
        except OSError:
            continue
    if removed:
        log.info("removed %d stale temporary file(s) next to %s", len(removed), target)
    return removed


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *,
                       links: Links = Links.INSIDE, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder
    and a rename: the target is either the old or the new content.

    ``links`` says whether a symbolic link at ``path`` is followed (see
    :class:`Links`).  A target that exists and is not a regular file is
    refused.  With ``overwrite=False`` an existing target raises
    :class:`FileExistsError`, atomically (two such writers cannot both
    succeed).  Returns the file written (the link's target when followed)."""
    target = write_target(path, links)
    remove_stale_temps(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = os.stat(target).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, target)
        else:
            _create_exclusive(tmp, target, data)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


def _create_exclusive(tmp: str, target: Path, data: bytes) -> None:
    """Put ``tmp`` at ``target`` only if nothing is there (a hard link is
    created atomically or fails with EEXIST); where hard links are not
    available, an exclusive create and a direct write."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # e.g. FAT or some network shares: no hard links
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    os.unlink(tmp)


__all__ = ["Links", "RefusedFile", "STALE_TEMP_SECONDS", "atomic_write_bytes", "check_new_target",
           "read_bounded",
           "remove_stale_temps", "temp_pattern", "write_target"]

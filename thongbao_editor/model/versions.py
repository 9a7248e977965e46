"""The version history of a draft, kept next to it.

For the draft ``TB-kiem-tra.json`` the history is the folder
``TB-kiem-tra.json.versions/`` beside it (move or copy the two together):

* ``index.json`` — ``{"format_version": 1, "versions": [...]}``, one entry per
  version: ``id`` (1, 2, …), ``name`` ("Trình lãnh đạo lần 1"), ``time``
  (ISO 8601, UTC), ``author`` (who saved it), ``kind`` (``save``: an explicit
  save marked as a version; ``review``: recorded by an export for review;
  ``restore``: the draft as it was before a version was restored), and
  ``file``;
* ``0001.json``, ``0002.json`` … — each version as a complete draft file
  (the format of ``model/draft.py``), written once and never changed.

The draft file itself holds no history.  Every file is written atomically
(``draft.atomic_write_bytes``); the index is written after the version file,
so a crash leaves at worst an unlisted version file, never a listed missing one.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import DraftError, Text, VersionsError, os_reason
from ..fileio import Links, atomic_write_bytes, read_bounded
from .draft import dumps, load_draft, utf8_bytes
from .notice import Notice

FORMAT_VERSION = 1
SUFFIX = ".versions"
INDEX = "index.json"
MAX_INDEX_BYTES = 5 * 1024 * 1024
KINDS = ("save", "review", "restore")


@dataclass(frozen=True)
class Version:
    id: int
    name: str
    time: str  # ISO 8601, UTC
    author: str
    kind: str
    file: str

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.time)


def versions_dir(draft: str | os.PathLike[str]) -> Path:
    """The history folder of ``draft`` (beside it, named after it)."""
    p = Path(draft)
    return p.with_name(p.name + SUFFIX)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


def _bad(folder: Path, reason_vi: str, reason_en: str) -> VersionsError:
    return VersionsError("versions.bad", file=str(folder / INDEX), reason=Text(reason_vi, reason_en))


def list_versions(draft: str | os.PathLike[str]) -> list[Version]:
    """The versions of ``draft``, oldest first (none when it has no history)."""
    folder = versions_dir(draft)
    index = folder / INDEX
    try:
        raw = read_bounded(index, MAX_INDEX_BYTES)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise VersionsError("versions.bad", file=str(index), reason=os_reason(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        entries = data["versions"]
        out = [Version(int(e["id"]), str(e["name"]), str(e["time"]), str(e.get("author", "")),
                       str(e.get("kind", "save")), str(e["file"])) for e in entries]
        for v in out:
            v.when  # noqa: B018 - the time must be readable
            _check_file_name(folder, v.file)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise _bad(folder, "mục lục không đọc được", "the index cannot be read") from None
    return out


def _check_file_name(folder: Path, name: str) -> Path:
    """A version file is a plain name inside the folder (no path, no link out)."""
    if not name or Path(name).name != name or name in (".", ".."):
        raise _bad(folder, f"tên tệp phiên bản không hợp lệ: {name!r}", f"invalid version file name: {name!r}")
    return folder / name


def _write(folder: Path, name: str, data: bytes) -> None:
    path = folder / name
    try:
        atomic_write_bytes(path, data, links=Links.NEVER)
    except OSError as exc:
        raise VersionsError("versions.write", file=str(path), reason=os_reason(exc)) from None


def save_version(draft: str | os.PathLike[str], notice: Notice, name: str, *, kind: str = "save",
                 author: str | None = None, now: dt.datetime | None = None) -> Version:
    """Record ``notice`` as a new version of ``draft``; returns it."""
    if kind not in KINDS:
        raise ValueError(kind)
    folder = versions_dir(draft)
    if folder.is_symlink():
        raise VersionsError("versions.write", file=str(folder),
                            reason=Text("đó là một liên kết", "it is a symbolic link"))
    existing = list_versions(draft)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise VersionsError("versions.write", file=str(folder), reason=os_reason(exc)) from None
    vid = max((v.id for v in existing), default=0) + 1
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    version = Version(vid, name.strip() or f"Phiên bản {vid}", when.isoformat(),
                      current_user() if author is None else author, kind, f"{vid:04d}.json")
    _write(folder, version.file, utf8_bytes(dumps(notice)))
    index = {"format_version": FORMAT_VERSION, "versions": [asdict(v) for v in existing + [version]]}
    _write(folder, INDEX, utf8_bytes(json.dumps(index, ensure_ascii=False, indent=2) + "\n"))
    return version


def load_version(draft: str | os.PathLike[str], version_id: int) -> Notice:
    """The notice as it was in version ``version_id`` of ``draft``."""
    folder = versions_dir(draft)
    for v in list_versions(draft):
        if v.id == version_id:
            try:
                return load_draft(_check_file_name(folder, v.file))
            except DraftError as exc:
                raise VersionsError("versions.bad", file=str(folder / v.file), reason=exc.message()) from None
    raise VersionsError("versions.not_found", file=str(draft), version=version_id)

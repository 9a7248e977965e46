"""The per-user data and cache folders, chosen as each platform wants them (Qt-free).

Windows: ``%APPDATA%\\thongbao-editor`` (roaming, follows the user between
office PCs); macOS: ``~/Library/Application Support/thongbao-editor``; Linux
and others: ``$XDG_DATA_HOME/thongbao-editor``, else
``~/.local/share/thongbao-editor``.  That is Qt's GenericDataLocation joined
with the application's name, so the editor's own QStandardPaths
AppDataLocation (``<this folder>/thongbao-editor``: organisation, then
application) lies inside it: one folder to back up or delete.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

NAME = "thongbao-editor"


def user_data_dir(platform: str | None = None, env: Mapping[str, str] | None = None,
                  home: Path | None = None) -> Path:
    """The folder for the user's templates, profiles and the editor's data
    (``platform``, ``env`` and ``home`` default to this machine's)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / NAME


def user_cache_dir(platform: str | None = None, env: Mapping[str, str] | None = None,
                   home: Path | None = None) -> Path:
    """The folder for what can be made again (LibreOffice's profiles):
    ``%LOCALAPPDATA%`` on Windows, ``~/Library/Caches`` on macOS,
    ``$XDG_CACHE_HOME`` (else ``~/.cache``) elsewhere."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform == "win32":
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    return base / NAME

"""Where LibreOffice (``soffice``) is looked for, on Windows, macOS and Linux.

In order: ``$THONGBAO_SOFFICE`` (an explicit choice: used or nothing); the
path set in the editor's Preferences (:func:`set_preferred`; skipped when it
no longer exists); ``soffice``/``libreoffice`` on PATH; on Windows the path
LibreOffice's installer writes to the registry
(``SOFTWARE\\LibreOffice\\UNO\\InstallPath``, machine-wide or per user);
then the usual install folders of each platform (:func:`candidates`).

:func:`child_env` is the environment LibreOffice is started with: from the
Linux application bundle it must not inherit the bundle's library path.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sys
from collections.abc import Mapping

log = logging.getLogger(__name__)

_preferred: str | None = None

LINUX = (
    "/usr/lib/libreoffice/program/soffice",
    "/usr/lib64/libreoffice/program/soffice",
    "/usr/local/lib/libreoffice/program/soffice",
    "/opt/libreoffice*/program/soffice",
    "/snap/bin/libreoffice",
    "/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice",
    "~/.local/share/flatpak/exports/bin/org.libreoffice.LibreOffice",
)
MACOS = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "~/Applications/LibreOffice.app/Contents/MacOS/soffice",
)
# Windows: inside each of these folders (from the environment), then the
# fixed defaults for a process whose environment lacks them.
WINDOWS_ROOTS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
WINDOWS_PROGRAM = os.path.join("LibreOffice", "program", "soffice.exe")
WINDOWS_DEFAULTS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
REGISTRY_KEYS = (r"SOFTWARE\LibreOffice\UNO\InstallPath",
                 r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath")


def preferred() -> str | None:
    """The LibreOffice chosen in the editor's Preferences, if any."""
    return _preferred


def set_preferred(path: str | None) -> None:
    """The LibreOffice chosen in the editor's Preferences (None: search)."""
    global _preferred
    _preferred = path or None


def candidates(platform: str | None = None, env: Mapping[str, str] | None = None) -> list[str]:
    """The usual places (glob patterns) of ``soffice`` on ``platform``
    (``sys.platform`` values), best first."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform == "win32":
        found = [os.path.join(env[root], WINDOWS_PROGRAM) for root in WINDOWS_ROOTS if env.get(root)]
        if env.get("LOCALAPPDATA"):  # a per-user install (no administrator rights)
            found.append(os.path.join(env["LOCALAPPDATA"], "Programs", WINDOWS_PROGRAM))
        found.extend(WINDOWS_DEFAULTS)
        return list(dict.fromkeys(found))
    if platform == "darwin":
        return [os.path.expanduser(p) for p in MACOS]
    return [os.path.expanduser(p) for p in LINUX]


def registry_paths() -> list[str]:
    """``soffice.exe`` in the folders LibreOffice's installer recorded (Windows)."""
    try:
        import winreg
    except ImportError:
        return []
    found = []
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        for key in REGISTRY_KEYS:
            try:
                with winreg.OpenKey(hive, key) as handle:
                    folder, _kind = winreg.QueryValueEx(handle, "")
            except OSError:
                continue
            if isinstance(folder, str) and folder:
                found.append(os.path.join(folder, "soffice.exe"))
    return found


def runnable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def find_soffice() -> str | None:
    """The LibreOffice executable, or ``None`` when it is not installed."""
    explicit = os.environ.get("THONGBAO_SOFFICE")
    if explicit:
        return explicit if runnable(explicit) else None
    if _preferred:
        if runnable(_preferred):
            return _preferred
        log.info("LibreOffice set in Preferences is missing: %s", _preferred)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for path in registry_paths():
        if runnable(path):
            return path
    for pattern in candidates():
        for path in sorted(glob.glob(pattern), reverse=True):
            if runnable(path):
                return path
    return None


def child_env() -> dict[str, str] | None:
    """The environment to start LibreOffice with (None: this process's own).

    A program frozen by PyInstaller on Linux runs with ``LD_LIBRARY_PATH``
    pointing into the bundle (the previous value kept as
    ``LD_LIBRARY_PATH_ORIG``); LibreOffice must load its own libraries."""
    if not getattr(sys, "frozen", False) or sys.platform == "win32":
        return None
    env = dict(os.environ)
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        env.pop("LD_LIBRARY_PATH", None)
    else:
        env["LD_LIBRARY_PATH"] = original
    return env

"""Every QSettings key the editor uses, in one place."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .autosave import INTERVAL_MS

ORGANIZATION = "thongbao-editor"
APPLICATION = "thongbao-editor"

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
FINDINGS_SHOWN = "window/findings_shown"
RECENT_FILES = "files/recent"
LAST_DIR = "files/last_dir"
LANGUAGE = "ui/language"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def recent_files() -> list[str]:
    value = settings().value(RECENT_FILES, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in recent_files() if f != path]
    files = files[:MAX_RECENT]
    settings().setValue(RECENT_FILES, files)
    return files


def language() -> str:
    return str(settings().value(LANGUAGE, "vi"))


def set_language(lang: str) -> None:
    settings().setValue(LANGUAGE, lang)


# Preferences (gui/preferences.py).
SOFFICE = "tools/soffice"
USER_LIBRARY = "files/user_library"
AUTOSAVE_SECONDS = "files/autosave_seconds"
DEFAULT_AUTOSAVE_SECONDS = INTERVAL_MS // 1000
AUTOSAVE_RANGE = (1, 600)


def soffice_path() -> str:
    """The LibreOffice chosen in Preferences ("" : found automatically)."""
    return str(settings().value(SOFFICE, "") or "")


def user_library() -> str:
    """The user template library chosen in Preferences ("" : the default)."""
    return str(settings().value(USER_LIBRARY, "") or "")


def autosave_seconds() -> int:
    try:
        seconds = int(settings().value(AUTOSAVE_SECONDS, DEFAULT_AUTOSAVE_SECONDS))
    except (TypeError, ValueError):
        seconds = DEFAULT_AUTOSAVE_SECONDS
    return min(max(seconds, AUTOSAVE_RANGE[0]), AUTOSAVE_RANGE[1])

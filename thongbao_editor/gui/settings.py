"""Every QSettings key the editor uses, in one place."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "thongbao-editor"
APPLICATION = "thongbao-editor"

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
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

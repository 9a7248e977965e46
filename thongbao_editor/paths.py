"""Where the shipped data lives.

The top-level ``templates/`` and ``resources/`` folders are installed inside
the package as ``thongbao_editor._templates`` and ``thongbao_editor._resources``
(see pyproject.toml).  From a source checkout they are read in place.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _data(name: str) -> Traversable:
    try:
        return importlib.resources.files(f"thongbao_editor._{name}")
    except ModuleNotFoundError:
        return _SOURCE_ROOT / name


def templates_dir() -> Traversable:
    """The shipped templates: base .docx, notice templates, agency profiles."""
    return _data("templates")


def resources_dir() -> Traversable:
    """Icons, translations and UI styles."""
    return _data("resources")

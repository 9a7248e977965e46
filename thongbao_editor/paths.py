"""Where the shipped data lives.

The top-level ``templates/`` and ``resources/`` folders are installed inside
the package as ``thongbao_editor._templates`` and ``thongbao_editor._resources``
(see pyproject.toml) and found through importlib; from a source checkout they
are read in place.  Both are returned as :class:`pathlib.Path`.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


@cache
def _data(name: str) -> Path:
    try:
        spec = importlib.util.find_spec(f"thongbao_editor._{name}")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _SOURCE_ROOT / name


def templates_dir() -> Path:
    """The shipped templates: base .docx, notice templates, agency profiles."""
    return _data("templates")


def resources_dir() -> Path:
    """Icons, translations and UI styles."""
    return _data("resources")


def docs_dir() -> Path:
    """The user guide and reference documents (docs/), shipped with the application."""
    return _data("docs")

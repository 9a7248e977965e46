"""Reading either side of a comparison: a draft (.json) or a Word file (.docx).

A .docx is read through the Word import (``thongbao_editor.api.import_docx``,
issue 8), imported only when a .docx is given; without it the user is told
that importing Word files is not available.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import CompareError, DraftError, os_reason
from ..model import LoadReport, Notice, load_draft

#: The largest draft read for a comparison (a real notice is well under 1 MB).
MAX_DRAFT_BYTES = 20 * 1024 * 1024


def is_docx(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() == ".docx"


def load_side(path: str | os.PathLike[str], report: LoadReport | None = None) -> tuple[Notice, Any]:
    """The notice in ``path`` and, for a .docx, the import's report (its
    tracked changes with their authors); ``None`` for a draft."""
    p = Path(path)
    if is_docx(p):
        try:
            from ..api import import_docx  # issue 8's Word import
        except ImportError:
            raise CompareError("compare.no_import", file=str(p)) from None
        return import_docx(p)
    if p.suffix.lower() != ".json":
        raise CompareError("compare.input_kind", file=str(p))
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise DraftError("draft.not_found", file=str(p)) from None
    except OSError as exc:
        raise DraftError("draft.unreadable", file=str(p), reason=os_reason(exc)) from None
    if size > MAX_DRAFT_BYTES:
        raise CompareError("compare.too_big", file=str(p), size="20 MB")
    return load_draft(p, report), None

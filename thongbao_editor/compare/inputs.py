"""Reading either side of a comparison: a draft (.json) or a Word file (.docx).

A .docx is read through the Word import (``thongbao_editor.api.import_docx``,
issue 8), imported only when a .docx is given; a draft through
:func:`~thongbao_editor.model.load_draft`, whose bounded reader decides the
size limit.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from ..errors import CompareError, ThongbaoError
from ..model import LoadReport, Notice, load_draft
from .changes import Change
from .engine import diff_notices


def is_docx(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() == ".docx"


def load_side(path: str | os.PathLike[str], report: LoadReport | None = None) -> tuple[Notice, Any]:
    """The notice in ``path`` and, for a .docx, the import's report (its
    tracked changes with their authors); ``None`` for a draft."""
    p = Path(path)
    if is_docx(p):
        from ..api import import_docx  # issue 8's Word import

        return import_docx(p)
    if p.suffix.lower() != ".json":
        raise CompareError("compare.input_kind", file=str(p))
    return load_draft(p, report), None  # the loader refuses a file that is too big (fileio.read_bounded)


def like_reference(imported: Notice, reference: Notice) -> Notice:
    """An imported notice made comparable with the draft it came from: what a
    Word file does not carry (page layout, numbering patterns, silenced
    checks, the template link) is taken from the draft, and a generated
    opening that reads exactly as the draft's is given the draft's facts."""
    from ..render.opening import opening_paragraphs

    out = copy.deepcopy(imported)
    # the importer does not read tables and appendices yet: they are taken from the draft too
    for name in ("layout", "numbering", "silenced", "template", "abbreviations", "appendices"):
        setattr(out, name, copy.deepcopy(getattr(reference, name)))
    if out.opening.override is not None and reference.opening.override is None:
        try:
            theirs = [p.text for p in out.opening.override]
            ours = [p.text for p in opening_paragraphs(reference)]
        except ThongbaoError:
            return out
        if theirs == ours:
            out.opening = copy.deepcopy(reference.opening)
    return out


def attribute_authors(changes: list[Change], revisions: list) -> None:
    """Name on each change the authors of the Word revisions it holds
    (revisions as the import reports them: kind, author, text)."""
    for c in changes:
        added = "".join(op.new for op in c.ops if op.op != "equal")
        removed = "".join(op.old for op in c.ops if op.op != "equal")
        authors = set()
        for r in revisions:
            text = (getattr(r, "text", "") or "").strip()
            author = getattr(r, "author", "") or ""
            kind = getattr(r, "kind", "")
            if not text or not author:
                continue
            if (kind == "insert" and text in added) or (kind == "delete" and text in removed) \
                    or (kind == "move" and text in (c.new or "")):
                authors.add(author)
        c.author = ", ".join(sorted(authors))


def load_pair(old_path: str | os.PathLike[str],
              new_path: str | os.PathLike[str]) -> tuple[Notice, Notice, list[Change]]:
    """Both sides of ``thongbao diff`` and their changes; a Word file is made
    comparable with the draft on the other side (:func:`like_reference`)."""
    old, old_report = load_side(old_path)
    new, new_report = load_side(new_path)
    if new_report is not None and old_report is None:
        new = like_reference(new, old)
    elif old_report is not None and new_report is None:
        old = like_reference(old, new)
    changes = diff_notices(old, new)
    for report in (old_report, new_report):
        if report is not None:
            attribute_authors(changes, getattr(report, "revisions", []))
    return old, new, changes


def compare_returned(draft: Notice, path: str | os.PathLike[str]) -> tuple[Notice, list[Change]]:
    """The file the leader returned, as a notice comparable with ``draft``,
    and the changes from the draft to it (with the Word revisions' authors)."""
    returned, report = load_side(path)
    if report is not None:
        returned = like_reference(returned, draft)
    changes = diff_notices(draft, returned)
    if report is not None:
        attribute_authors(changes, getattr(report, "revisions", []))
    return returned, changes

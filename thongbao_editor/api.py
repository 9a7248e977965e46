"""The small Python API for scripts and batch jobs.

    from thongbao_editor.api import load_draft, render_docx
    notice = load_draft("examples/cao-loc-2024.json")
    data = render_docx(notice)                 # .docx as bytes
    render_docx(notice, "out.docx", final=True)  # or written (atomically) to a path

Errors are :class:`thongbao_editor.errors.ThongbaoError` subclasses whose
``message()`` is a Vietnamese (or English) sentence for the user.
"""

from __future__ import annotations

import os

from .errors import RenderError, os_reason
from .model import Notice, load_draft, save_draft
from .fileio import write_target
from .model.draft import atomic_write_bytes

__all__ = ["load_draft", "save_draft", "render_docx", "render_pdf", "final_refusals", "import_docx", "Notice"]


def final_refusals(notice: Notice) -> list:
    """Everything that stops a final (ready-to-sign) export, in print order
    (see :func:`thongbao_editor.checks.readiness.final_refusals`, the one rule).
    Each item is a checker :class:`~thongbao_editor.checks.Finding`: it has
    ``message(lang)``, ``part``/``path``/``footnote``/``span`` and ``field_path``."""
    from .checks.readiness import final_refusals as refusals
    return refusals(notice)


def render_docx(notice: Notice, path: str | os.PathLike[str] | None = None, *,
                final: bool = False) -> bytes | None:
    """Render ``notice`` to .docx.  Returns the bytes, or writes them to ``path``.

    ``final=True`` refuses (:class:`~thongbao_editor.errors.FinalExportRefused`)
    while anything but the number and the day/month is missing, or the checker
    finds an error (see :func:`final_refusals`).
    """
    from .render.docx import render_docx_bytes

    try:
        data = render_docx_bytes(notice, final=final)  # final: refuses through final_refusals
    except SyntaxError as exc:  # lxml: a text over libxml2's 10,000,000-byte node limit
        raise _too_long(notice) or exc from None
    if path is None:
        return data
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None
    return None


def _too_long(notice: Notice) -> RenderError | None:
    """Which field is over the draft format's length limit (the same check
    as loading a draft), as a RenderError naming it; None if none is."""
    from .errors import DraftError
    from .model import notice_from_dict, notice_to_dict
    try:
        notice_from_dict(notice_to_dict(notice))
    except DraftError as exc:
        return RenderError("render.field", path=exc.path, problem=exc.params.get("problem", ""))
    return None


def render_pdf(notice: Notice, path: str | os.PathLike[str], *, final: bool = False,
               timeout: float = 120) -> None:
    """Render to PDF through LibreOffice (raises PdfError when it is not installed)."""
    from .render.pdf import docx_bytes_to_pdf

    try:  # a target that will be refused is refused before LibreOffice runs
        write_target(path)
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None
    data = render_docx(notice, final=final)
    assert data is not None
    pdf = docx_bytes_to_pdf(data, timeout=timeout)
    try:
        atomic_write_bytes(path, pdf)
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None


def import_docx(path: str | os.PathLike[str]):
    """Import a notice written in Word (.docx; .doc/.odt/.rtf through LibreOffice).

    Returns ``(notice, report)``: the structured draft and an
    :class:`~thongbao_editor.importer.ImportReport` (parts recognised,
    paragraphs kept but not placed, warnings, tracked revisions).  Raises
    :class:`~thongbao_editor.errors.ImportFileError` when nothing can be
    imported.  The source file is never modified."""
    from .importer import import_file

    return import_file(path)

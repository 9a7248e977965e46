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
from .fileio import atomic_write_bytes, check_new_target

__all__ = ["load_draft", "save_draft", "render_docx", "render_pdf", "final_refusals", "import_docx", "Notice"]


def final_refusals(notice: Notice) -> list:
    """Everything that stops a final (ready-to-sign) export, in print order
    (see :func:`thongbao_editor.checks.readiness.final_refusals`, the one rule).
    Each item is a checker :class:`~thongbao_editor.checks.Finding`: it has
    ``message(lang)``, ``part``/``path``/``footnote``/``span`` and ``field_path``."""
    from .checks.readiness import final_refusals as refusals
    return refusals(notice)


def render_docx(notice: Notice, path: str | os.PathLike[str] | None = None, *,
                final: bool = False, overwrite: bool = True) -> bytes | None:
    """Render ``notice`` to .docx.  Returns the bytes, or writes them to ``path``.

    ``overwrite=False``: ``path`` must not exist (``RenderError("file.exists")``,
    checked before rendering and again atomically when the file is created).

    ``final=True`` refuses (:class:`~thongbao_editor.errors.FinalExportRefused`)
    while anything but the number and the day/month is missing, or the checker
    finds an error (see :func:`final_refusals`).
    """
    from .render.docx import render_docx_bytes

    if path is not None:
        _check_target(path, overwrite)
    try:
        data = render_docx_bytes(notice, final=final)  # final: refuses through final_refusals
    except SyntaxError as exc:  # lxml: a text over libxml2's 10,000,000-byte node limit
        raise _too_long(notice) or exc from None
    if path is None:
        return data
    _write(path, data, overwrite)
    return None


def _check_target(path: str | os.PathLike[str], overwrite: bool) -> None:
    """Refuse a target before any work: the link and regular-file rules of
    :func:`~thongbao_editor.fileio.write_target`, then, without ``overwrite``,
    any existing file (``file.exists``)."""
    try:
        check_new_target(path, overwrite=overwrite)
    except FileExistsError:
        raise RenderError("file.exists", file=str(path)) from None
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None


def _write(path: str | os.PathLike[str], data: bytes, overwrite: bool) -> None:
    try:
        atomic_write_bytes(path, data, overwrite=overwrite)
    except FileExistsError:  # created meanwhile by another writer
        raise RenderError("file.exists", file=str(path)) from None
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None


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
               timeout: float = 120, overwrite: bool = True) -> None:
    """Render to PDF through LibreOffice (raises PdfError when it is not installed).
    ``overwrite=False``: ``path`` must not exist, as for :func:`render_docx`."""
    from .render.pdf import docx_bytes_to_pdf

    _check_target(path, overwrite)  # refused before LibreOffice runs
    data = render_docx(notice, final=final)
    assert data is not None
    _write(path, docx_bytes_to_pdf(data, timeout=timeout), overwrite)


def import_docx(path: str | os.PathLike[str]):
    """Import a notice written in Word (.docx; .doc/.odt/.rtf through LibreOffice).

    Returns ``(notice, report)``: the structured draft and an
    :class:`~thongbao_editor.importer.ImportReport` (parts recognised,
    paragraphs kept but not placed, warnings, tracked revisions).  Raises
    :class:`~thongbao_editor.errors.ImportFileError` when nothing can be
    imported.  The source file is never modified."""
    from .importer import import_file

    return import_file(path)

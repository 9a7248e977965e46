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

from .errors import FinalExportRefused, RenderError, os_reason
from .model import Notice, load_draft, save_draft
from .model.draft import atomic_write_bytes

__all__ = ["load_draft", "save_draft", "render_docx", "render_pdf", "final_refusals", "import_docx", "Notice"]

#: Checker rules already covered by model.validate.final_problems.
_COVERED_BY_VALIDATE = {"form.required"}


def final_refusals(notice: Notice) -> list:
    """Everything that stops a final (ready-to-sign) export: empty or placeholder
    fields (spec §6) and the checker's errors, as a reviewer would refuse it.
    Each item has ``message(lang)``; validate problems have ``path``, checker
    findings ``part``/``path``/``span``."""
    from .checks import check_notice
    from .checks.finding import errors_block_final
    from .model.validate import final_problems
    from .render.opening import opening_paragraphs

    problems: list = list(final_problems(notice, [p.text for p in opening_paragraphs(notice)]))
    problems += [f for f in errors_block_final(check_notice(notice))
                 if f.rule not in _COVERED_BY_VALIDATE]
    return problems


def render_docx(notice: Notice, path: str | os.PathLike[str] | None = None, *,
                final: bool = False) -> bytes | None:
    """Render ``notice`` to .docx.  Returns the bytes, or writes them to ``path``.

    ``final=True`` refuses (:class:`~thongbao_editor.errors.FinalExportRefused`)
    while anything but the number and the day/month is missing, or the checker
    finds an error (see :func:`final_refusals`).
    """
    from .render.docx import render_docx_bytes

    if final and (problems := final_refusals(notice)):
        raise FinalExportRefused(problems)

    data = render_docx_bytes(notice, final=final)
    if path is None:
        return data
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None
    return None


def render_pdf(notice: Notice, path: str | os.PathLike[str], *, final: bool = False,
               timeout: float = 120) -> None:
    """Render to PDF through LibreOffice (raises PdfError when it is not installed)."""
    from .render.pdf import docx_bytes_to_pdf

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

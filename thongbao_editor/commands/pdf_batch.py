"""PDF for many notices in one command: one warm LibreOffice for the whole run."""

from __future__ import annotations

import contextlib
import os
from typing import Iterator

from ..api import render_docx, render_pdf
from ..errors import PdfError
from ..model import Notice


@contextlib.contextmanager
def batch_office(pdf: bool) -> Iterator[None]:
    """With ``pdf``: LibreOffice must be installed (said once, before any row),
    and one warm LibreOffice serves every row, shut down when the run ends."""
    if not pdf:
        yield
        return
    from ..render import office
    from ..render.pdf import find_soffice

    if find_soffice() is None:
        raise PdfError("pdf.no_libreoffice")
    with office.session():
        yield


def docx_and_pdf(notice: Notice, target: str | os.PathLike[str], *, final: bool = False) -> None:
    """The row's .docx, and its PDF beside it (same name, .pdf)."""
    render_docx(notice, target, final=final)
    render_pdf(notice, os.path.splitext(os.fspath(target))[0] + ".pdf", final=final)

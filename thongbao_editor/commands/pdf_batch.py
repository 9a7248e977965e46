"""PDF for many notices in one command: one warm LibreOffice for the whole run."""

from __future__ import annotations

import contextlib
from typing import Iterator

from ..errors import PdfError


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

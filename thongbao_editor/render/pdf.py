"""PDF through LibreOffice (``soffice --headless --convert-to pdf``).

LibreOffice is optional: :func:`find_soffice` (where it is looked for:
``soffice_paths.py``) returns ``None`` when it is not
installed and :func:`docx_bytes_to_pdf` then raises ``PdfError`` with code
``pdf.no_libreoffice`` (a clear message; the .docx export still works).

Each conversion runs in its own temporary directory.  LibreOffice needs a user
profile; starting from an empty one costs seconds, so a persistent profile is
kept under the user cache directory and reused.  Two LibreOffice processes
cannot share a profile, so the persistent profile is taken with an exclusive,
non-blocking lock (``fcntl``/``msvcrt``); a conversion that finds it busy
uses a fresh profile in its temporary directory instead.  On timeout the whole
process group is killed, so no ``soffice.bin`` is left behind.

That is the cold path.  When a warm LibreOffice runs (:mod:`.office`: the
editor's, or a batch run's) the conversion goes through it instead, in
≈ 0.1 s rather than ≈ 1 s.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import PdfError
from . import office
from .soffice_paths import find_soffice

log = logging.getLogger(__name__)


@contextmanager
def _profile(tmp: Path) -> Iterator[Path]:
    """The persistent profile if no other conversion holds it, else a fresh one."""
    profile, lock_file = office.persistent_profile("lo-profile", tmp / "profile")
    try:
        yield profile
    finally:
        if lock_file is not None:
            lock_file.close()  # closing releases the lock


#: LibreOffice's PDF export, as the page view and ``thongbao pdf`` use it.
PDF_FILTER = "pdf:writer_pdf_Export"
#: PDF/A-2b (ISO 19005-2, level B): every font embedded, XMP metadata declaring
#: ``pdfaid:part=2``/``conformance=B``; what the signing tools archive.
PDFA2B_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


def run_conversion(soffice: str, convert_to: str, src: Path, out_dir: Path, timeout: float,
                   cancel: threading.Event | None = None) -> tuple[int, bytes]:
    """``soffice --convert-to CONVERT_TO`` of ``src`` into ``out_dir``: through the warm
    LibreOffice when one runs, else one started for this file alone (its folder is the
    working folder).  Returns (exit status, error output); raises PdfError when
    LibreOffice cannot be started, on timeout or on cancel."""
    err = _warm_convert(soffice, src, out_dir, convert_to, timeout, cancel)
    if err is not None and any(out_dir.iterdir()):
        return 0, err
    return _cold_convert(soffice, src, out_dir, convert_to, timeout, cancel)


def docx_bytes_to_pdf(data: bytes, timeout: float = 120,
                      cancel: threading.Event | None = None, *, pdfa: bool = False) -> bytes:
    """Convert .docx bytes to PDF bytes with LibreOffice (PDF/A-2b with ``pdfa``).

    Through this process's warm LibreOffice when a session is open
    (:mod:`.office`), else through the editor's warm one when it runs, else a
    cold ``soffice --convert-to``.  Setting ``cancel`` (from another thread)
    stops LibreOffice at once and raises ``PdfError("pdf.cancelled")`` — the
    editor does so when it closes.
    """
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("pdf.no_libreoffice")
    filter_spec = PDFA2B_FILTER if pdfa else PDF_FILTER
    with tempfile.TemporaryDirectory(prefix="thongbao-pdf-") as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "notice.docx"
        src.write_bytes(data)
        out_dir = tmp / "out"
        out_dir.mkdir()
        pdf = out_dir / "notice.pdf"
        code, err = run_conversion(soffice, filter_spec, src, out_dir, timeout, cancel)
        if code != 0 or not pdf.exists():
            reason = err.decode("utf-8", "replace").strip().splitlines()
            reason_text = reason[-1] if reason else f"exit status {code}"
            raise PdfError("pdf.failed", reason=reason_text[:300])
        return pdf.read_bytes()


def _warm_convert(soffice: str, src: Path, out_dir: Path, filter_spec: str, timeout: float,
                  cancel: threading.Event | None) -> bytes | None:
    """Convert through a warm LibreOffice: stderr, or ``None`` when there is none."""
    server = office.current_server()
    if server is not None and server.soffice == soffice:
        try:
            return server.convert(src, out_dir, filter_spec, timeout, cancel)
        except office.ServerGone as exc:
            log.info("no warm LibreOffice (%s); converting cold", exc)
            return None
    profile = office.shared_profile() if server is None else None
    if profile is None:
        return None
    _code, err = office.run_client(soffice, profile, ["--convert-to", filter_spec, "--outdir",
                                                      str(out_dir), str(src)], timeout, cancel, out_dir)
    return err


def _cold_convert(soffice: str, src: Path, out_dir: Path, filter_spec: str,
                  timeout: float, cancel: threading.Event | None) -> tuple[int, bytes]:
    """One LibreOffice started for this file alone (its folder holds a fresh
    profile when the persistent one is busy)."""
    with _profile(src.parent) as profile:
        return office.run_client(soffice, profile.resolve().as_uri(),
                                 ["--nodefault", "--convert-to", filter_spec, "--outdir", str(out_dir),
                                  str(src)], timeout, cancel, src.parent)

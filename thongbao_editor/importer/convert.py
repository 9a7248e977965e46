"""Other word-processor formats → .docx through LibreOffice.

The same LibreOffice as PDF export (:func:`render.pdf.find_soffice`, its
profile lock and its process-group timeout); a clear ``import.no_libreoffice``
message when it is not installed.  The source is copied into a temporary
folder first, so LibreOffice never touches the user's file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import ImportFileError, PdfError, os_reason
from ..render.pdf import find_soffice, run_conversion
from .package import OLE_MAGIC, ZIP_MAGIC, read_source

#: What each kind of file is, for the message and LibreOffice's input name.
SUFFIXES = {"doc": ".doc", "odt": ".odt", "rtf": ".rtf", "docm": ".docx"}


def sniff(name: str, data: bytes) -> str:
    """``docx``, ``doc``, ``odt``, ``rtf`` or ``""`` (unknown), from the bytes first."""
    if data.startswith(ZIP_MAGIC):
        head = data[:200]
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head:
            return "odt"
        return "docx"
    if data.startswith(OLE_MAGIC):
        return "doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    return ""


def convert_to_docx(file: str, data: bytes, kind: str, timeout: float = 120) -> bytes:
    soffice = find_soffice()
    if soffice is None:
        raise ImportFileError("import.no_libreoffice", file=file)
    with tempfile.TemporaryDirectory(prefix="thongbao-import-") as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / ("source" + SUFFIXES.get(kind, ".doc"))
        src.write_bytes(data)
        out_dir = tmp / "out"
        out_dir.mkdir()
        try:
            code, err = run_conversion(soffice, "docx:MS Word 2007 XML", src, out_dir, timeout)
        except OSError as exc:
            raise ImportFileError("import.convert_failed", file=file, reason=os_reason(exc)) from None
        except PdfError as exc:  # LibreOffice could not be started, or timed out
            raise ImportFileError("import.convert_failed", file=file, reason=exc.message()) from None
        out = out_dir / "source.docx"
        if code != 0 or not out.exists():
            lines = err.decode("utf-8", "replace").strip().splitlines()
            raise ImportFileError("import.convert_failed", file=file,
                                  reason=(lines[-1] if lines else f"exit status {code}")[:300])
        return read_source(str(out), file)

"""Import an existing notice from Word (.docx; .doc/.odt/.rtf through LibreOffice).

    from thongbao_editor.importer import import_file
    notice, report = import_file("thong-bao-cu.docx")

The source file is read once (size-checked) and never modified.  Qt-free.
"""

from __future__ import annotations

import os

from ..errors import ImportFileError
from ..model import Notice
from .convert import convert_to_docx, sniff
from .notice import build_notice
from .package import is_encrypted_ole, open_package, read_source
from .reader import Revision, read_document
from .report import ImportReport, Note, PartReport, Unplaced

__all__ = ["import_file", "import_bytes", "ImportReport", "PartReport", "Unplaced", "Note", "Revision",
           "SUFFIXES"]

#: File name endings the importer accepts (the folder form of the CLI picks these).
SUFFIXES = (".docx", ".docm", ".doc", ".odt", ".rtf")


def import_bytes(data: bytes, file: str) -> tuple[Notice, ImportReport]:
    """Import a file already read into memory (``file`` names it in messages)."""
    if is_encrypted_ole(data):
        raise ImportFileError("import.encrypted", file=file)
    kind = sniff(file, data)
    converted = ""
    if kind in ("doc", "odt", "rtf"):
        data, converted = convert_to_docx(file, data, kind), kind
    elif kind != "docx":
        if not data:
            raise ImportFileError("import.empty", file=file)
        raise ImportFileError("import.not_docx", file=file)
    pkg = open_package(file, data)
    notice, report = build_notice(read_document(pkg), file, converted)
    if converted:
        report.warn("import.warn.converted", kind=f".{converted}")
    return notice, report


def import_file(path: str | os.PathLike[str]) -> tuple[Notice, ImportReport]:
    """Import the notice in ``path``: the draft and what the import found.

    Raises :class:`~thongbao_editor.errors.ImportFileError` (a one-line message
    naming the file) when nothing can be imported."""
    file = os.fspath(path)
    return import_bytes(read_source(file), file)

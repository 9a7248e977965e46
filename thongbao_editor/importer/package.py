"""Reading a .docx package safely: size-checked, bomb-proof, never written.

The file is read once into memory (after checking its size), so the source is
never opened for writing nor locked.  The zip's directory is checked before
anything is inflated: member count, each member's declared size, the total,
and the compression ratio; members are then inflated with a hard cap, so a
lying directory cannot exhaust memory.  XML parts are parsed by lxml with no
network access, no DTD loading and no entity expansion.
"""

from __future__ import annotations

import errno
import io
import os
import posixpath
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..errors import ImportFileError, os_reason
from ..fileio import RefusedFile, read_bounded

MAX_FILE = 100 * 1024 * 1024  # the .docx itself
MAX_MEMBERS = 5000
MAX_PART = 64 * 1024 * 1024  # one inflated XML part
MAX_TOTAL = 256 * 1024 * 1024  # every part we read, inflated
MAX_RATIO = 200  # inflated / compressed, for parts over 1 MB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_DOC = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True,
                          remove_pis=True)


def read_source(path: str, file: str | None = None) -> bytes:
    """The bytes of ``path``, size-checked first by :func:`~thongbao_editor.fileio.read_bounded`
    (``import.*`` errors name ``file``, by default ``path``)."""
    file = file or path
    if os.path.isdir(path):
        raise ImportFileError("import.is_dir", file=file)
    try:
        return read_bounded(path, MAX_FILE)
    except OSError as exc:
        if isinstance(exc, RefusedFile) and exc.errno == errno.EFBIG:
            raise ImportFileError("import.too_big", file=file, size=f"{MAX_FILE // (1024 * 1024)} MB") from None
        raise ImportFileError("import.unreadable", file=file, reason=os_reason(exc)) from None


def is_encrypted_ole(data: bytes) -> bool:
    """A password-protected .docx is an OLE file holding an ``EncryptedPackage``."""
    return data.startswith(OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data


@dataclass
class Package:
    """The parts of a .docx that the importer reads, parsed."""

    file: str
    document: etree._Element
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    footnotes: etree._Element | None = None
    endnotes: etree._Element | None = None
    settings: etree._Element | None = None
    members: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self, file: str, data: bytes):
        self.file = file
        self.total = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ImportFileError("import.not_docx", file=file) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFileError("import.bomb", file=file)
        self.infos = {i.filename: i for i in infos}

    def raw(self, name: str) -> bytes | None:
        info = self.infos.get(name)
        if info is None:
            return None
        if info.file_size > MAX_PART or (info.file_size > 1024 * 1024
                                         and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise ImportFileError("import.bomb", file=self.file)
        try:
            with self.zip.open(info) as fh:
                data = fh.read(MAX_PART + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
            raise ImportFileError("import.corrupt", file=self.file, part=name) from None
        self.total += len(data)
        if len(data) > MAX_PART or self.total > MAX_TOTAL:
            raise ImportFileError("import.bomb", file=self.file)
        return data

    def xml(self, name: str | None) -> etree._Element | None:
        if not name:
            return None
        data = self.raw(name)
        if data is None:
            return None
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            raise ImportFileError("import.corrupt", file=self.file, part=name) from None

    def rels(self, part: str) -> dict[str, str]:
        """Relationship type → target part name, for ``part``."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, str] = {}
        if root is None:
            return out
        for rel in root.findall(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            out.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], target)
        return out


def open_package(file: str, data: bytes) -> Package:
    """Parse the parts the importer needs (``import.*`` errors when it cannot)."""
    reader = _Reader(file, data)
    main = reader.rels("").get("officeDocument") or (
        "word/document.xml" if "word/document.xml" in reader.infos else None)
    document = reader.xml(main)
    if document is None:
        raise ImportFileError("import.not_docx", file=file)
    if document.tag != f"{{{W_NS}}}document":
        raise ImportFileError("import.strict", file=file)
    rels = reader.rels(main)
    return Package(
        file=file,
        document=document,
        styles=reader.xml(rels.get("styles")),
        numbering=reader.xml(rels.get("numbering")),
        footnotes=reader.xml(rels.get("footnotes")),
        endnotes=reader.xml(rels.get("endnotes")),
        settings=reader.xml(rels.get("settings")),
        members=list(reader.infos),
    )

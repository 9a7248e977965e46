"""The hand-off to the văn thư: a package ready for registration and ký số.

    from thongbao_editor.handoff import write_package
    package = write_package(notice, "ho-so/", stem="tb-cao-loc", esign=True)

writes, for a notice that passes the readiness rule of a final export
(:func:`thongbao_editor.api.final_refusals`; the number and the day/month
may stay blank for the văn thư):

- ``<stem>.docx``: the final .docx (no DỰ THẢO mark);
- ``<stem>.pdf``: the same document as **PDF/A-2b** through LibreOffice
  (every font embedded, real selectable text, page size and layout those of
  the .docx, XMP metadata ``pdfaid:part=2``/``conformance=B``);
- ``<stem>.metadata.json``: what the e-office systems register (NĐ 30
  Phụ lục VI): document type, number and symbol, date, summary, signer's
  title and name, recipients, page count — see :func:`metadata`.

``esign=True`` lays the signature block out for a digital signature
(NĐ 30 Phụ lục I): the space between the authority lines and the signer's
name is made tall enough for the signer's image and the agency's seal image
at real size (:data:`ESIGN_IMAGE_MM`).  Nothing is signed or stamped here:
the signing tool (VGCA Sign, VNPT SmartCA, the e-office system) places the
images, the number and the date on the PDF.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import RenderError, os_reason
from .fileio import Links, atomic_write_bytes, check_new_target
from .model import Notice

#: Height (mm) kept free between the authority lines and the signer's name for
#: a digital signature: the agency's seal image at real size (round seals of
#: People's Committees are about 35–42 mm across) over the signer's image.
ESIGN_IMAGE_MM = 40
#: A single-spaced Times New Roman line is about 1.15 em high.
_LINE_EM = 1.15
_PT_MM = 25.4 / 72
#: The signature space's style (TBSignatureSpace in the base .docx) is 14 pt.
SIGNATURE_SPACE_PT = 14
FORMAT = "thongbao-handoff/1"
#: Separate appendix files are named ``<stem>.phu-luc-N.docx`` / ``.pdf``.
APPENDIX_FILE = "phu-luc"


@dataclass(frozen=True)
class Package:
    docx: Path
    pdf: Path
    metadata: Path
    pages: int
    appendices: tuple[tuple[Path, Path], ...] = ()  # (docx, pdf) of each separate appendix


def esign_space_lines(image_mm: float = ESIGN_IMAGE_MM) -> int:
    """Empty lines of the signature space that hold an image ``image_mm`` high."""
    return math.ceil(image_mm / (SIGNATURE_SPACE_PT * _LINE_EM * _PT_MM))


def with_esign_layout(notice: Notice) -> Notice:
    """A copy of ``notice`` whose signature space holds the signature images."""
    out = copy.deepcopy(notice)
    out.layout.signature_space_lines = max(out.layout.signature_space_lines, esign_space_lines())
    return out


def pdf_page_count(pdf: bytes) -> int:
    """Pages of a PDF LibreOffice wrote (page objects are not in object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def _clean_recipient(line: str) -> str:
    return line.strip().lstrip("-").strip().rstrip(";.").strip()


def metadata(notice: Notice, *, pages: int, files: dict[str, bytes] | None = None,
             esign: bool = False) -> dict:
    """The registration data of the notice (blank number/date stay blank)."""
    h = notice.header
    date = h.date
    authority = [line.strip() for line in notice.signature.authority if line.strip()]
    data: dict = {
        "format": FORMAT,
        "document_type": h.doc_type.strip().capitalize(),
        "number": h.number.strip(),
        "symbol": h.symbol.strip(),
        "number_and_symbol": f"{h.number.strip()}/{h.symbol.strip()}",
        "date": date.as_date().isoformat() if date.as_date() else None,
        "date_parts": {"year": date.year, "month": date.month, "day": date.day},
        "place": h.place.strip(),
        "issuer": [line.strip() for line in h.agency if line.strip()],
        "parent_issuer": [line.strip() for line in h.parent_agency if line.strip()],
        "summary": " ".join(h.summary.split()),
        "urgency": h.urgency or None,
        "confidentiality": h.confidentiality or None,
        "signer": {"name": notice.signature.signer.strip(),
                   "title": authority[-1] if authority else "",
                   "authority": authority},
        "recipients": [_clean_recipient(r) for r in notice.recipients if _clean_recipient(r)],
        "storage": notice.storage.line() if notice.storage.units or notice.storage.initials else "",
        "pages": pages,
        "language": "vi",
        "electronic_signature_layout": esign,
        "producer": f"thongbao-editor {__version__}",
    }
    if files:
        data["files"] = {kind: {"name": name, "sha256": hashlib.sha256(blob).hexdigest()}
                         for kind, (name, blob) in files.items()}
    return data


def _targets(out_dir: Path, stem: str, force: bool, appendices: int = 0) -> dict[str, Path]:
    targets = {"docx": out_dir / f"{stem}.docx", "pdf": out_dir / f"{stem}.pdf",
               "metadata": out_dir / f"{stem}.metadata.json"}
    for i in range(1, appendices + 1):
        targets |= {f"appendix{i}.{ext}": out_dir / f"{stem}.{APPENDIX_FILE}-{i}.{ext}"
                    for ext in ("docx", "pdf")}
    for path in targets.values():
        try:  # never write through a link, wherever it points
            check_new_target(path, Links.NEVER, overwrite=force)
        except FileExistsError:
            raise RenderError("file.exists", file=str(path)) from None
        except OSError as exc:
            if os.path.islink(path):
                raise RenderError("handoff.link", file=str(path)) from None
            raise RenderError("render.write", file=str(path), reason=os_reason(exc)) from None
    return targets


def write_package(notice: Notice, out_dir: str | os.PathLike[str], *, stem: str = "thong-bao",
                  force: bool = False, esign: bool = False, timeout: float = 120,
                  cancel: threading.Event | None = None,
                  appendices_separate: bool = False) -> Package:
    """Write the hand-off package of ``notice`` into ``out_dir`` (see module doc).

    ``appendices_separate`` writes each appendix as its own .docx and PDF/A
    (``<stem>.phu-luc-N.*``) instead of inside the notice's files.

    Raises :class:`FinalExportRefused` when the notice is not ready to sign,
    ``RenderError("file.exists")`` for an existing file without ``force``,
    ``PdfError`` when LibreOffice is missing or fails (nothing is written then).
    """
    from .render.docx import render_docx_bytes
    from .render.pdf import docx_bytes_to_pdf

    out = Path(out_dir)
    separate = len(notice.appendices) if appendices_separate else 0
    laid_out = with_esign_layout(notice) if esign else notice
    # final=True refuses through the one readiness rule, before any file is looked at
    docx = render_docx_bytes(laid_out, final=True, appendices=not separate)
    targets = _targets(out, stem, force, separate)
    pdf = docx_bytes_to_pdf(docx, timeout=timeout, cancel=cancel, pdfa=True)
    pages = pdf_page_count(pdf)
    meta = metadata(laid_out, pages=pages, esign=esign,
                    files={"docx": (targets["docx"].name, docx), "pdf": (targets["pdf"].name, pdf)})
    meta["files"]["pdf"]["conformance"] = "PDF/A-2b"
    blobs = {"docx": docx, "pdf": pdf}
    if separate:
        blobs |= _separate_appendices(laid_out, targets, timeout, cancel)
        meta["attachments"] = _attachments(laid_out, targets, blobs)
    blobs["metadata"] = (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        out.mkdir(parents=True, exist_ok=True)
        for kind, path in targets.items():
            atomic_write_bytes(path, blobs[kind], links=Links.NEVER)
    except OSError as exc:
        raise RenderError("render.write", file=str(out), reason=os_reason(exc)) from None
    return Package(targets["docx"], targets["pdf"], targets["metadata"], pages,
                   tuple((targets[f"appendix{i}.docx"], targets[f"appendix{i}.pdf"])
                         for i in range(1, separate + 1)))


def _separate_appendices(notice: Notice, targets: dict[str, Path], timeout: float,
                         cancel: threading.Event | None) -> dict[str, bytes]:
    """The .docx and PDF/A of each appendix on its own."""
    from .render.docx import render_appendix_docx_bytes
    from .render.pdf import docx_bytes_to_pdf

    out = {}
    for i in range(1, len(notice.appendices) + 1):
        docx = render_appendix_docx_bytes(notice, i - 1, final=True)
        out[f"appendix{i}.docx"] = docx
        out[f"appendix{i}.pdf"] = docx_bytes_to_pdf(docx, timeout=timeout, cancel=cancel, pdfa=True)
    return out


def _attachments(notice: Notice, targets: dict[str, Path], blobs: dict[str, bytes]) -> list[dict]:
    """The separate appendices in the metadata: name, title, pages, files."""
    from .render.appendices import appendix_names

    out = []
    for i, (name, appendix) in enumerate(zip(appendix_names(notice), notice.appendices, strict=True), 1):
        files = {ext: {"name": targets[f"appendix{i}.{ext}"].name,
                       "sha256": hashlib.sha256(blobs[f"appendix{i}.{ext}"]).hexdigest()}
                 for ext in ("docx", "pdf")}
        files["pdf"]["conformance"] = "PDF/A-2b"
        out.append({"name": name, "title": appendix.title,
                    "pages": pdf_page_count(blobs[f"appendix{i}.pdf"]), "files": files})
    return out

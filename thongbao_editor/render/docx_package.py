"""The .docx package around the rendered document: base parts and the zip.

The styles, settings, font table (and theme/web settings, when an office saved
the base from Word) come from ``templates/base.docx``; the renderer writes the
document, the two headers, the footnotes, the properties, the content types
and the relationships itself, so what the base may hold (a sample body, old
headers, python-docx properties) never leaks into a notice.

The zip is deterministic: fixed entry order, fixed timestamps (1980-01-01),
fixed permissions — the same notice gives the same bytes, so golden files work.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..errors import FieldProblem, RenderError
from ..paths import templates_dir

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

#: Parts taken from the base: (zip name, content type, relationship type or None)
BASE_PARTS = (
    ("word/styles.xml", f"{WML}.styles+xml", f"{REL_NS}/styles"),
    ("word/settings.xml", f"{WML}.settings+xml", f"{REL_NS}/settings"),
    ("word/fontTable.xml", f"{WML}.fontTable+xml", f"{REL_NS}/fontTable"),
    ("word/webSettings.xml", f"{WML}.webSettings+xml", f"{REL_NS}/webSettings"),
    ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
     f"{REL_NS}/theme"),
)
REQUIRED_STYLES = (
    "TBBody", "TBOpening", "TBHeading1", "TBHeading2", "TBHeading3", "TBHeading4", "TBLabelled",
    "TBItem", "TBSubItem", "TBClosing", "TBParentAgency", "TBAgency", "TBNumber",
    "TBNationalTitle", "TBMotto", "TBDate", "TBRule", "TBDocType", "TBSummary", "TBTitleRule",
    "TBRecipientsLabel", "TBRecipient", "TBAuthority", "TBSignatureSpace", "TBSigner",
    "FootnoteText", "FootnoteReference", "TBPageNumber", "TBDraftMark", "TBLayoutTable",
)


#: Sizes (pt) NĐ 30 allows for the parts an office may restyle (spec §1–2).
#: The body styles follow ``notice.layout`` and are not listed.
STYLE_SIZE_RANGES = {
    "TBNationalTitle": (12, 13), "TBMotto": (13, 14), "TBParentAgency": (12, 13),
    "TBAgency": (12, 13), "TBNumber": (13, 13), "TBDate": (13, 14), "TBDocType": (13, 14),
    "TBSummary": (13, 14), "TBAuthority": (13, 14), "TBSigner": (13, 14),
    "TBRecipientsLabel": (12, 12), "TBRecipient": (11, 11), "FootnoteText": (11, 12),
    "TBPageNumber": (13, 14),
}


@dataclass(frozen=True)
class Base:
    """The parts of a base .docx the renderer keeps, and its part sizes."""

    parts: tuple[tuple[str, bytes], ...]  # (name, data) in BASE_PARTS order
    styles: bytes
    sizes: tuple[tuple[str, float], ...] = ()  # effective size (pt) of STYLE_SIZE_RANGES' styles

    def size(self, style_id: str) -> float:
        return dict(self.sizes)[style_id]

    def part(self, name: str) -> bytes | None:
        return dict(self.parts).get(name)


def default_base_path() -> str:
    return str(templates_dir().joinpath("base.docx"))


def load_base(path: str | None = None) -> Base:
    """Read and check a base .docx (cached per path, re-read when the file changes)."""
    try:
        st = Path(path or default_base_path()).stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    return _load_base(path, stamp)


def clear_base_cache() -> None:
    """Forget every base .docx read so far (tests; a profile switch)."""
    _load_base.cache_clear()


@lru_cache(maxsize=8)
def _load_base(path: str | None, _stamp: tuple[int, int] | None) -> Base:
    if path is None:
        source = templates_dir().joinpath("base.docx")
        shown = "templates/base.docx"
    else:
        source, shown = Path(path), str(path)
    try:
        data = source.read_bytes()
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
        parts = []
        for name, _ct, _rel in BASE_PARTS:
            if name in names:
                parts.append((name, z.read(name)))
    except (OSError, zipfile.BadZipFile) as exc:
        raise RenderError("render.base_docx", file=shown,
                          reason=getattr(exc, "strerror", None) or str(exc)) from None
    found = dict(parts)
    if "word/styles.xml" not in found:
        raise RenderError("render.base_docx", file=shown, reason="word/styles.xml missing")
    try:
        styles = etree.fromstring(found["word/styles.xml"])
        settings = etree.fromstring(found.get("word/settings.xml") or
                                    f'<w:settings xmlns:w="{W_NS}"/>'.encode())
    except etree.XMLSyntaxError as exc:
        raise RenderError("render.base_docx", file=shown, reason=str(exc)) from None
    ids = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    missing = [s for s in REQUIRED_STYLES if s not in ids]
    if missing:
        raise RenderError("render.base_docx", file=shown,
                          reason="missing styles " + ", ".join(missing))
    sizes = style_sizes(styles)
    for style_id, (low, high) in STYLE_SIZE_RANGES.items():
        if not low <= sizes[style_id] <= high:
            name = styles.xpath(f"string(w:style[@w:styleId='{style_id}']/w:name/@w:val)",
                                namespaces={"w": W_NS}) or style_id
            raise RenderError("render.base_docx", file=shown, reason=FieldProblem(
                "layout.style_size", style=name, value=f"{sizes[style_id]:g}",
                low=f"{low:g}", high=f"{high:g}"))
    found["word/settings.xml"] = _clean_settings(settings)
    kept = tuple((name, found[name]) for name, _c, _r in BASE_PARTS if name in found)
    return Base(kept, found["word/styles.xml"], tuple(sorted(sizes.items())))


def style_sizes(styles: etree._Element) -> dict[str, float]:
    """Effective font size (pt) of every style, following ``basedOn`` to the defaults."""
    by_id = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
    default_pt = int(default.get(f"{W}val")) / 2 if default is not None else 10.0

    def size(style_id: str | None, depth: int = 0) -> float:
        style = by_id.get(style_id)
        if style is None or depth > 20:
            return default_pt
        sz = style.find(f"{W}rPr/{W}sz")
        if sz is not None and (sz.get(f"{W}val") or "").isdigit():
            return int(sz.get(f"{W}val")) / 2
        based = style.find(f"{W}basedOn")
        return size(based.get(f"{W}val") if based is not None else None, depth + 1)

    return {style_id: size(style_id) for style_id in by_id if style_id}


def _clean_settings(settings: etree._Element) -> bytes:
    """Settings of the base, minus what points at parts we do not write
    (attached template, endnote separators), plus the footnote separators."""
    for tag in ("attachedTemplate", "endnotePr", "footnotePr", "rsids", "documentProtection"):
        for el in settings.findall(f"{W}{tag}"):
            settings.remove(el)
    pr = etree.Element(f"{W}footnotePr")
    for fid in ("-1", "0"):
        etree.SubElement(pr, f"{W}footnote").set(f"{W}id", fid)
    # footnotePr must come after characterSpacingControl etc.; before compat is safe.
    compat = settings.find(f"{W}compat")
    if compat is not None:
        compat.addprevious(pr)
    else:
        settings.append(pr)
    return etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)


@lru_cache(maxsize=32)
def styles_for_layout(styles: bytes, body_size: float, indent_twips: int, after_twips: int,
                      line_240: int) -> bytes:
    """The base styles with the body style (TB Body) set to the notice's layout."""
    root = etree.fromstring(styles)
    for style in root.iter(f"{W}style"):
        if style.get(f"{W}styleId") != "TBBody":
            continue
        ppr = _child(style, "pPr", before=("rPr", "tblPr"))
        spacing = _child(ppr, "spacing")
        spacing.set(f"{W}after", str(after_twips))
        spacing.set(f"{W}line", str(line_240))
        spacing.set(f"{W}lineRule", "auto")
        ind = _child(ppr, "ind")
        for attr in ("firstLineChars", "hanging", "hangingChars"):
            ind.attrib.pop(f"{W}{attr}", None)
        ind.set(f"{W}firstLine", str(indent_twips))
        rpr = _child(style, "rPr")
        half = str(round(body_size * 2))
        _child(rpr, "sz").set(f"{W}val", half)
        _child(rpr, "szCs").set(f"{W}val", half)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _child(parent: etree._Element, tag: str, before: tuple[str, ...] = ()) -> etree._Element:
    el = parent.find(f"{W}{tag}")
    if el is None:
        el = etree.Element(f"{W}{tag}")
        for b in before:
            nxt = parent.find(f"{W}{b}")
            if nxt is not None:
                nxt.addprevious(el)
                break
        else:
            parent.append(el)
    return el


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>thongbao-editor</Application><DocSecurity>0</DocSecurity></Properties>"
)

#: Relationship ids the document refers to (see docx.py).
HEADER_DEFAULT_RID = "rIdHeaderDefault"
HEADER_FIRST_RID = "rIdHeaderFirst"


def package(base: Base, *, styles: bytes, document: str, footnotes: str, header_default: str,
            header_first: str, core: str) -> bytes:
    """Assemble the .docx bytes (deterministic)."""
    own = [
        ("word/document.xml", f"{WML}.document.main+xml", None, document.encode("utf-8")),
        ("word/footnotes.xml", f"{WML}.footnotes+xml", (f"{REL_NS}/footnotes", "rIdFootnotes"),
         footnotes.encode("utf-8")),
        ("word/header1.xml", f"{WML}.header+xml", (f"{REL_NS}/header", HEADER_DEFAULT_RID),
         header_default.encode("utf-8")),
        ("word/header2.xml", f"{WML}.header+xml", (f"{REL_NS}/header", HEADER_FIRST_RID),
         header_first.encode("utf-8")),
    ]
    kept = []
    for i, (name, ct, rel) in enumerate(BASE_PARTS):
        data = styles if name == "word/styles.xml" else base.part(name)
        if data is not None:
            kept.append((name, ct, (rel, f"rIdBase{i + 1}"), data))
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{ct}"/>'
                        for name, ct, _r, _d in own + kept)
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}"
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{rtype}" Target="{name[len("word/"):]}"/>'
        for name, _ct, rel, _d in own + kept if rel for rtype, rid in [rel]
    )
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{PKG_REL_NS}">{rels}</Relationships>')
    entries = [
        ("[Content_Types].xml", content_types.encode("utf-8")),
        ("_rels/.rels", _ROOT_RELS.encode("utf-8")),
        ("word/_rels/document.xml.rels", doc_rels.encode("utf-8")),
        *((name, data) for name, _ct, _r, data in own + kept),
        ("docProps/core.xml", core.encode("utf-8")),
        ("docProps/app.xml", APP_XML.encode("utf-8")),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


"""The .docx package around the rendered document, through python-docx.

``templates/base.docx`` (or an office's restyled copy) is read once per file
(cached by path, size and modification time), checked, and *prepared* with
python-docx: its sample body, headers, footers, numbering, endnotes, custom
properties and any other part the renderer does not fill are dropped, its
settings lose what points at such parts, its core properties are emptied and
its ``word/footnotes.xml`` is reduced to the two separators.  What stays comes
from the base as python-docx reads it: styles, settings, font table, theme and
web settings.  The prepared package is kept as BYTES; every render opens a
fresh :class:`docx.document.Document` from them (a parse costs ~2 ms), so no
parsed tree is shared between renders.

python-docx has no API for footnotes nor for the extended properties
(``docProps/app.xml``): it loads them as generic parts holding bytes, and
:func:`set_part_blob` replaces those bytes.

python-docx's zip writer stamps the current time on every entry;
:func:`save_bytes` rewrites the zip with fixed timestamps (1980-01-01) and
permissions, so the same notice gives the same bytes (golden files, CI diffs).
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from lxml import etree

from ..errors import FieldProblem, RenderError, os_reason
from ..fileio import read_bounded
from ..paths import templates_dir

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: What the document part of a rendered notice relates to; every other
#: relationship of the base (headers, footers, numbering, endnotes, images…) is dropped.
KEPT_DOCUMENT_RELS = frozenset({RT.STYLES, RT.SETTINGS, RT.FONT_TABLE, RT.WEB_SETTINGS, RT.THEME,
                                RT.FOOTNOTES})
#: What the package relates to (custom properties, thumbnails… are dropped).
KEPT_PACKAGE_RELS = frozenset({RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES})

REQUIRED_STYLES = (
    "TBBody", "TBOpening", "TBHeading1", "TBHeading2", "TBHeading3", "TBHeading4", "TBLabelled",
    "TBItem", "TBSubItem", "TBClosing", "TBParentAgency", "TBAgency", "TBNumber",
    "TBNationalTitle", "TBMotto", "TBDate", "TBRule", "TBDocType", "TBSummary", "TBTitleRule",
    "TBRecipientsLabel", "TBRecipient", "TBAuthority", "TBSignatureSpace", "TBSigner",
    "FootnoteText", "FootnoteReference", "TBPageNumber", "TBDraftMark", "TBLayoutTable",
)

#: A base .docx larger than this is refused before reading.
MAX_BASE_BYTES = 20 * 1024 * 1024


#: Sizes (pt) NĐ 30 allows for the parts an office may restyle (spec §1–2).
#: The body styles follow ``notice.layout`` and are not listed.
STYLE_SIZE_RANGES = {
    "TBNationalTitle": (12, 13), "TBMotto": (13, 14), "TBParentAgency": (12, 13),
    "TBAgency": (12, 13), "TBNumber": (13, 13), "TBDate": (13, 14), "TBDocType": (13, 14),
    "TBSummary": (13, 14), "TBAuthority": (13, 14), "TBSigner": (13, 14),
    "TBRecipientsLabel": (12, 12), "TBRecipient": (11, 11), "FootnoteText": (11, 12),
    "TBPageNumber": (13, 14),
}

_FONTS = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
          'w:eastAsia="Times New Roman"/>')
_SEP_PPR = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
#: The footnote separators (ids -1 and 0, as ``w:footnotePr`` in the settings says).
FOOTNOTE_SEPARATORS = (
    f'<w:footnote w:type="separator" w:id="-1"><w:p>{_SEP_PPR}'
    f'<w:r><w:rPr>{_FONTS}</w:rPr><w:separator/></w:r></w:p></w:footnote>'
    f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{_SEP_PPR}'
    f'<w:r><w:rPr>{_FONTS}</w:rPr><w:continuationSeparator/></w:r></w:p></w:footnote>'
)
_FOOTNOTES_HEAD = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                   f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">{FOOTNOTE_SEPARATORS}')

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>thongbao-editor</Application><DocSecurity>0</DocSecurity></Properties>"
).encode()

#: The section the prepared base ends its body with; page size, margins,
#: headers and ``w:titlePg`` are set per notice through python-docx's Section.
_SECT_PR = (f'<w:body xmlns:w="{W_NS}"><w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/>'
            '</w:footnotePr><w:cols w:space="720"/></w:sectPr></w:body>')

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Base:
    """A checked, prepared base .docx (bytes) and the sizes of its styles."""

    data: bytes  # the prepared package: open it with :func:`open_document`
    sizes: tuple[tuple[str, float], ...] = ()  # effective size (pt) of every style

    def size(self, style_id: str) -> float:
        return dict(self.sizes)[style_id]


def default_base_path() -> str:
    return str(templates_dir().joinpath("base.docx"))


def load_base(path: str | None = None) -> Base:
    """Read, check and prepare a base .docx (cached per path, re-read when the file changes)."""
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
        data = read_bounded(source, MAX_BASE_BYTES)
    except OSError as exc:
        raise RenderError("render.base_docx", file=shown, reason=os_reason(exc)) from None
    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            etree.XMLSyntaxError) as exc:
        # KeyError: a zip member python-docx looks for is missing ('[Content_Types].xml', …)
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        raise RenderError("render.base_docx", file=shown, reason=reason) from None
    try:
        styles_part = doc.part.part_related_by(RT.STYLES)
    except (KeyError, ValueError):  # none, or several
        raise RenderError("render.base_docx", file=shown, reason="word/styles.xml missing") from None
    styles = styles_part.element
    ids = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    missing = [s for s in REQUIRED_STYLES if s not in ids]
    if missing:
        raise RenderError("render.base_docx", file=shown,
                          reason="missing styles " + ", ".join(missing))
    sizes = style_sizes(styles)
    for style_id, (low, high) in STYLE_SIZE_RANGES.items():
        if not low <= sizes[style_id] <= high:
            name = etree.XPath(f"string(w:style[@w:styleId='{style_id}']/w:name/@w:val)",
                               namespaces={"w": W_NS})(styles) or style_id
            raise RenderError("render.base_docx", file=shown, reason=FieldProblem(
                "layout.style_size", style=name, value=f"{sizes[style_id]:g}",
                low=f"{low:g}", high=f"{high:g}"))
    try:
        _prepare(doc)
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:  # e.g. two settings parts
        raise RenderError("render.base_docx", file=shown, reason=str(exc)) from None
    return Base(_save(doc), tuple(sorted(sizes.items())))


def _prepare(doc: DocxDocument) -> None:
    """Strip the base down to what every notice shares (see the module docstring)."""
    body = doc.element.body
    for child in list(body):
        body.remove(child)
    append_fragment(body, _SECT_PR)
    doc_part = doc.part
    for rid, rel in list(doc_part.rels.items()):
        if rel.reltype not in KEPT_DOCUMENT_RELS:
            del doc_part.rels[rid]
    package = doc_part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype not in KEPT_PACKAGE_RELS:
            del package.rels[rid]
    doc.settings  # noqa: B018 — python-docx adds its default settings part when the base has none
    _clean_settings(doc_part.part_related_by(RT.SETTINGS))
    # Footnotes: the separators only; a base without the part (or with a wrong one) gets one.
    notes = _related(doc_part, RT.FOOTNOTES)
    if notes is None or notes.content_type != CT.WML_FOOTNOTES:
        for rid, rel in list(doc_part.rels.items()):
            if rel.reltype == RT.FOOTNOTES:
                del doc_part.rels[rid]
        notes = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, b"", package)
        doc_part.relate_to(notes, RT.FOOTNOTES)
    set_footnotes(doc, "")
    _ensure_theme(doc_part)
    # Core properties: none of the base's (python-docx creates the part if missing —
    # with its own defaults, removed here like the rest).
    doc.core_properties  # noqa: B018 — adds the part when the base has none
    core = package.part_related_by(RT.CORE_PROPERTIES).element
    for child in list(core):
        core.remove(child)
    app = _related(package, RT.EXTENDED_PROPERTIES)
    if app is None:
        app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, b"", package)
        package.relate_to(app, RT.EXTENDED_PROPERTIES)
    set_part_blob(app, APP_XML)


def _ensure_theme(doc_part) -> None:
    """Word's validator refuses a package without a theme: a base that has none
    (an office's own base, made without Word) gets the shipped base's."""
    if _related(doc_part, RT.THEME) is not None:
        return
    with zipfile.ZipFile(default_base_path()) as shipped:
        blob = shipped.read("word/theme/theme1.xml")
    theme = Part(PackURI("/word/theme/theme1.xml"), CT.OFC_THEME, blob, doc_part.package)
    doc_part.relate_to(theme, RT.THEME)


def _related(source, reltype: str) -> Part | None:
    try:
        return source.part_related_by(reltype)
    except KeyError:
        return None


def _clean_settings(part: XmlPart) -> None:
    """Settings of the base, minus what points at parts we do not write
    (attached template, endnote separators), plus the footnote separators."""
    settings = part.element
    for tag in ("attachedTemplate", "endnotePr", "footnotePr", "rsids", "documentProtection",
                "mailMerge"):
        for el in settings.findall(f"{W}{tag}"):
            settings.remove(el)
    pr = etree.SubElement(settings, f"{W}footnotePr")  # moved below
    for fid in ("-1", "0"):
        etree.SubElement(pr, f"{W}footnote").set(f"{W}id", fid)
    # footnotePr must come after characterSpacingControl etc.; before compat is safe.
    compat = settings.find(f"{W}compat")
    if compat is not None:
        compat.addprevious(pr)
    referenced = {value for el in settings.iter() for key, value in el.attrib.items()
                  if key.startswith(f"{{{R_NS}}}")}
    for rid in list(part.rels):
        if rid not in referenced:
            del part.rels[rid]


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


# --------------------------------------------------------------------------
# Per render


def open_document(base: Base) -> DocxDocument:
    """A fresh python-docx Document of the prepared base (nothing shared between renders)."""
    return docx.Document(io.BytesIO(base.data))


def set_body_style(doc: DocxDocument, body_size: float, indent_twips: int, after_twips: int,
                   line_240: int) -> None:
    """Set the body style (TB Body) to the notice's layout."""
    for style in doc.styles.element.iter(f"{W}style"):
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


def append_fragment(parent: etree._Element, xml: str, before: etree._Element | None = None) -> None:
    """Parse ``xml`` — one element (any tag) wrapping the children to add, declaring
    the namespaces it uses — with python-docx's parser and move its children into
    ``parent`` (before ``before`` when given).  One parse per fragment; the
    children carry no namespace declarations of their own."""
    wrapper = parse_xml(xml)
    if before is None:
        parent.extend(list(wrapper))
    else:
        for child in list(wrapper):
            before.addprevious(child)


def set_part_blob(part: Part, data: bytes) -> None:
    """Replace the content of a part python-docx has no class for.

    python-docx loads such parts (``word/footnotes.xml``, ``docProps/app.xml``)
    as a generic :class:`docx.opc.part.Part` whose ``blob`` is the bytes it read
    and has no setter; the bytes live in ``Part._blob`` (python-docx 1.x).  An
    :class:`~docx.opc.part.XmlPart` (should python-docx ever load the part as
    one) gets a new element instead."""
    if isinstance(part, XmlPart):
        part._element = parse_xml(data)  # noqa: SLF001 — see the docstring
    else:
        part._blob = data  # noqa: SLF001 — see the docstring


def set_footnotes(doc: DocxDocument, notes: str) -> None:
    """Fill ``word/footnotes.xml`` (related from the document part) with the
    separators and ``notes`` (``<w:footnote>`` elements, ids from 1)."""
    part = doc.part.part_related_by(RT.FOOTNOTES)
    set_part_blob(part, (_FOOTNOTES_HEAD + notes + "</w:footnotes>").encode("utf-8"))


def save_bytes(doc: DocxDocument) -> bytes:
    """``doc.save`` into memory, then the same entries re-zipped with fixed
    timestamps and permissions (python-docx stamps the current time)."""
    return _save(doc)


def _save(doc: DocxDocument) -> bytes:
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()

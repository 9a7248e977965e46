"""The .docx writer: blocks (``render.blocks.build``) → WordprocessingML.

The writer consumes the :class:`~thongbao_editor.render.blocks.Document` made
by the single walk over the notice; it does not look at the model again
(except the page layout and the header facts for the core properties).

The package is python-docx's: each render opens the prepared base
(:mod:`.docx_package`) with ``docx.Document``, sets the section (page size,
margins, header distance, ``different_first_page_header_footer``), the two
headers and the core properties through python-docx's API, and saves it.  The
body is written as WordprocessingML text and parsed once per notice with
``docx.oxml.parse_xml`` (fast: no per-run object walk); its elements are
moved into ``document.element.body`` before the ``w:sectPr``.

Look and sizes come from the NAMED styles of ``templates/base.docx`` (see
``scripts/make_base_docx.py``); the writer only refers to them, sets the body
style to the notice's layout, and writes direct formatting where the spec
needs a computed value:

* page: A4, margins from ``notice.layout`` (refused outside NĐ 30's ranges);
* header: a borderless 2-column table, 70 mm + 100 mm, centred on the text
  area; row 1 holds the agency lines | Quốc hiệu + Tiêu ngữ, row 2 holds
  ``Số: …`` | place and date, so the two are always level;
* rules: an empty ``TB Rule`` paragraph whose bottom border is the rule; its
  left and right indents are computed so that the border is as long as the
  motto (Tiêu ngữ), or 40 % (inside NĐ 30's 1/3–1/2) of the agency's longest
  line and of the trích yếu line.  Text widths are measured with Times New
  Roman advance widths (:mod:`.metrics`);
* body paragraphs in the style of their role/level, label first;
* real footnotes (``word/footnotes.xml``), numbered by Word;
* the bottom block: a borderless table 60 mm + 110 mm that cannot split,
  ``Nơi nhận:`` level with the first authority line;
* headers: a PAGE field centred from page 2 (``w:titlePg``); the first-page
  header is empty, or shows ``DỰ THẢO`` at the top left for a draft.

Every run carries Times New Roman on its four font slots.
"""

from __future__ import annotations

import datetime
import logging
import re
from typing import Callable

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENTATION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.section import Section, _Header
from docx.shared import Twips

from ..errors import FieldProblem, FinalExportRefused, RenderError
from ..model import Notice, RichText
from ..model.notice import LAYOUT_LIMITS, layout_value
from ..model.text import Footnote, Run
from . import blocks as blocks_mod
from .docx_package import (R_NS, W_NS, Base, append_fragment, load_base, open_document,
                           save_bytes, set_body_style, set_footnotes)
from .metrics import text_width_pt

log = logging.getLogger(__name__)

TWIPS_PER_MM = 1440 / 25.4
PAGE_W, PAGE_H = 11906, 16838  # A4 in twips
HEADER_COLS_MM = (70.0, 100.0)
HEADER_MAX_RIGHT_MM = 105.0
BOTTOM_COLS_MM = (60.0, 110.0)
CELL_MARGIN = 57  # twips (1 mm) left and right in the layout tables
RULE_RATIO = 0.4  # agency and trích yếu rules: inside NĐ 30's 1/3–1/2
BOTTOM_SPACE_BEFORE = 240  # 12 pt between the closing and the bottom block
HEADER_DISTANCE = 567  # header 10 mm from the top edge, inside the 20–25 mm margin

CORE_PROP_MAX = 255  # characters python-docx's core property setters accept
DATE_MIN_PT = 13  # a date too wide for the column at its style's size is set in 13 pt

FONT = "Times New Roman"
FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
_RPR = {
    (False, False): f"<w:rPr>{FONTS}</w:rPr>",
    (True, False): f"<w:rPr>{FONTS}<w:b/><w:bCs/></w:rPr>",
    (False, True): f"<w:rPr>{FONTS}<w:i/><w:iCs/></w:rPr>",
    (True, True): f"<w:rPr>{FONTS}<w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>",
}
_NOTE_REF_RPR = f'<w:rPr><w:rStyle w:val="FootnoteReference"/>{FONTS}</w:rPr>'

HEADING_STYLES = {"muc": "TBHeading1", "khoan": "TBHeading2", "sub_khoan": "TBHeading3",
                  "diem": "TBHeading4"}
ROLE_STYLES = {"opening": "TBOpening", "body": "TBBody", "labelled": "TBLabelled",
               "item": "TBItem", "sub_item": "TBSubItem", "closing": "TBClosing"}
STYLES_WITH_KEEP_NEXT = {"TBHeading1", "TBHeading2", "TBHeading3", "TBHeading4", "TBClosing"}


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _esc(text: str) -> str:
    if _XML_BAD.search(text):
        text = _XML_BAD.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt(value: float) -> str:
    return f"{value:g}"


# --------------------------------------------------------------------------
# Layout


def check_layout(notice: Notice) -> None:
    """Refuse layout values outside Nghị định 30's ranges (``model.LAYOUT_LIMITS``)."""
    for attr, limit in LAYOUT_LIMITS.items():
        value = layout_value(notice.layout, attr)
        if not limit.allows(value):
            code = "layout.min" if limit.high is None else "layout.range"
            problem = FieldProblem(code, name=limit.name_vi, name_en=limit.name_en,
                                   low=_fmt(limit.low),
                                   high=_fmt(limit.high) if limit.high is not None else "",
                                   unit=limit.unit,
                                   value=_fmt(value) if isinstance(value, float) else value)
            raise RenderError("render.layout", problem=problem)


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


# --------------------------------------------------------------------------
# Runs and paragraphs


class _Writer:
    """Collects document XML and footnotes while walking the blocks.

    Every text the layout prints goes through a method here, named by the
    block field it comes from (``summary``, ``recipients`` …), so a writer of
    tracked changes (``render.tracked``) can mark each one against an older
    version while the layout stays the one below."""

    def __init__(self) -> None:
        self.footnotes: list[str] = []

    def field(self, name: str, text: str, bold: bool = False, italic: bool = False,
              size_pt: float | None = None) -> str:
        """The runs of a one-line field of the blocks (``summary``, ``signer`` …)."""
        return _text_run(text, bold, italic, size_pt)

    def lines(self, name: str, lines: tuple[str, ...]) -> list:
        """The items of a list of lines (``agency``, ``recipients`` …), one paragraph each."""
        return list(lines)

    def line_runs(self, item, bold: bool = False, italic: bool = False) -> str:
        return _text_run(item, bold, italic)

    def line_mark(self, item) -> str:
        """What goes at the end of the item's ``w:pPr`` (a paragraph-mark revision)."""
        return ""

    def paragraphs(self, doc: blocks_mod.Document) -> list:
        return list(doc.paragraphs)

    def finish(self, d: DocxDocument) -> None:
        """Last touches to the package before it is saved (none here)."""

    def paragraph_xml(self, p: blocks_mod.Paragraph) -> str:
        style, ppr = paragraph_style(p)
        label = _text_run(p.label + " ") if p.label else ""
        return _para(style, label + self.runs(p.content), ppr)

    def runs(self, rich: RichText) -> str:
        out = []
        for piece in rich.pieces:
            if isinstance(piece, Run):
                if piece.text:
                    out.append(f'<w:r>{_RPR[piece.bold, piece.italic]}'
                               f'<w:t xml:space="preserve">{_esc(piece.text)}</w:t></w:r>')
            elif isinstance(piece, Footnote):
                fid = len(self.footnotes) + 1
                self.footnotes.append(self._footnote(fid, piece))
                out.append(f'<w:r>{_NOTE_REF_RPR}<w:footnoteReference w:id="{fid}"/></w:r>')
        return "".join(out)

    def _footnote(self, fid: int, note: Footnote) -> str:
        body = "".join(f'<w:r>{_RPR[r.bold, r.italic]}<w:t xml:space="preserve">{_esc(r.text)}</w:t></w:r>'
                       for r in note.content if r.text)
        return (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r>{_NOTE_REF_RPR}<w:footnoteRef/></w:r>'
                f'<w:r>{_RPR[False, False]}<w:t xml:space="preserve"> </w:t></w:r>{body}</w:p></w:footnote>')


def run_properties(bold: bool = False, italic: bool = False, size_pt: float | None = None) -> str:
    rpr = _RPR[bold, italic]
    if size_pt is not None:
        half = round(size_pt * 2)
        rpr = rpr.replace("</w:rPr>", f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>')
    return rpr


def _text_run(text: str, bold: bool = False, italic: bool = False, size_pt: float | None = None) -> str:
    if not text:
        return ""
    return f'<w:r>{run_properties(bold, italic, size_pt)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def paragraph_style(p: blocks_mod.Paragraph) -> tuple[str, str]:
    """The style of a body paragraph and the direct ``w:pPr`` it needs."""
    style = HEADING_STYLES.get(p.level.value) if p.role == "heading" and p.level else None
    style = style or ROLE_STYLES.get(p.role, "TBBody")
    ppr = "<w:keepNext/>" if p.keep_with_next and style not in STYLES_WITH_KEEP_NEXT else ""
    return style, ppr


def _para(style: str, inner: str = "", ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{inner}</w:p>'


def _rule(style: str, avail_twips: int, length_pt: float) -> str:
    """An empty paragraph whose bottom border is a centred rule ``length_pt`` long."""
    length = min(round(length_pt * 20), avail_twips)
    side = max(0, (avail_twips - length) // 2)
    return _para(style, ppr=f'<w:ind w:left="{side}" w:right="{side}" w:firstLine="0"/>')


def rule_lengths(doc: blocks_mod.Document, text_width_twips: int,
                 base: Base | None = None) -> dict[str, float]:
    """The three rules' lengths in points, measured at the base styles' sizes."""
    base = base or load_base()
    agency_w = max((text_width_pt(line, base.size("TBAgency"), bold=True)
                    for line in doc.header.agency), default=0.0)
    summary_w = min(text_width_pt(doc.summary, base.size("TBSummary"), bold=True),
                    text_width_twips / 20)
    return {
        "motto": text_width_pt(doc.header.motto, base.size("TBMotto"), bold=True),
        "agency": agency_w * RULE_RATIO,
        "summary": summary_w * RULE_RATIO,
    }


# --------------------------------------------------------------------------
# Tables


def _table(cols: tuple[int, int], indent: int, cells: tuple[str, str] | list[tuple[str, str]]) -> str:
    rows = cells if isinstance(cells, list) else [cells]
    borders = "".join(f'<w:{b} w:val="nil"/>' for b in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [
        "<w:tbl><w:tblPr>",
        '<w:tblStyle w:val="TBLayoutTable"/>',
        f'<w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:tblInd w:w="{indent}" w:type="dxa"/>',
        f"<w:tblBorders>{borders}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        f'<w:tblCellMar><w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
        f'<w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>',
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>',
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{c}"/>' for c in cols),
        "</w:tblGrid>",
    ]
    for row in rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for width, content in zip(cols, row, strict=False):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f'{content or _para("Normal")}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def header_columns(doc: blocks_mod.Document,
                   base: Base | None = None) -> tuple[tuple[int, int], float | None]:
    """Column widths (twips) of the header table and the date's size (None = style's 14 pt).

    70 mm + 100 mm by default.  The Quốc hiệu and the date must not wrap: when
    one is too wide for 100 mm, the right column grows (up to 105 mm, the left
    one shrinking by as much; issued documents use 97.5–103 mm); a date still
    too wide is set in 13 pt (NĐ 30 allows 13–14)."""
    base = base or load_base()
    slack = 2 * CELL_MARGIN + 40  # cell margins + 2 pt
    title = text_width_pt(doc.header.national_title, base.size("TBNationalTitle"), bold=True) * 20
    date14 = text_width_pt(doc.header.date_line, base.size("TBDate"), italic=True) * 20
    date_size: float | None = None
    right = max(_twips(HEADER_COLS_MM[1]), round(max(title, date14)) + slack)
    if right > _twips(HEADER_MAX_RIGHT_MM) and base.size("TBDate") > DATE_MIN_PT:
        date_size = DATE_MIN_PT
        date13 = text_width_pt(doc.header.date_line, DATE_MIN_PT, italic=True) * 20
        right = max(_twips(HEADER_COLS_MM[1]), round(max(title, date13)) + slack)
        right = min(right, _twips(HEADER_MAX_RIGHT_MM))
    total = _twips(sum(HEADER_COLS_MM))
    return (total - right, right), date_size


def _header_table(doc: blocks_mod.Document, text_w: int, rules: dict[str, float], base: Base,
                  w: _Writer) -> str:
    h = doc.header
    cols, date_size = header_columns(doc, base)
    indent = (text_w - sum(cols)) // 2
    left_avail, right_avail = cols[0] - 2 * CELL_MARGIN, cols[1] - 2 * CELL_MARGIN
    left = [_para("TBParentAgency", w.line_runs(it), w.line_mark(it))
            for it in w.lines("parent_agency", h.parent_agency)]
    left += [_para("TBAgency", w.line_runs(it, bold=True), w.line_mark(it)) for it in w.lines("agency", h.agency)]
    if rules["agency"] > 0:
        left.append(_rule("TBRule", left_avail, rules["agency"]))
    right = [_para("TBNationalTitle", _text_run(h.national_title, bold=True)),
             _para("TBMotto", _text_run(h.motto, bold=True)),
             _rule("TBRule", right_avail, rules["motto"])]
    row2 = (_para("TBNumber", w.field("number_line", h.number_line)),
            _para("TBDate", w.field("date_line", h.date_line, italic=True, size_pt=date_size)))
    return _table(cols, indent, [("".join(left), "".join(right)), row2])


def _bottom_table(bottom: blocks_mod.BottomBlock, text_w: int, w: _Writer) -> str:
    cols = (_twips(BOTTOM_COLS_MM[0]), _twips(BOTTOM_COLS_MM[1]))
    indent = (text_w - sum(cols)) // 2
    # The same space above the first line of both cells keeps "Nơi nhận:" level
    # with the first authority line and sets the block off from the closing.
    first = f'<w:spacing w:before="{BOTTOM_SPACE_BEFORE}"/>'
    left = [_para("TBRecipientsLabel", _text_run(blocks_mod.RECIPIENTS_LABEL, bold=True, italic=True),
                  first)]
    left += [_para("TBRecipient", w.line_runs(it), w.line_mark(it)) for it in w.lines("recipients", bottom.recipients)]
    right = [_para("TBAuthority", w.line_runs(it, bold=True), (first if i == 0 else "") + w.line_mark(it))
             for i, it in enumerate(w.lines("authority", bottom.authority))]
    if not right:
        right.append(_para("TBAuthority", ppr=first))
    right += [_para("TBSignatureSpace")] * int(bottom.signature_space_lines)
    right.append(_para("TBSigner", w.field("signer", bottom.signer, bold=True)))
    return _table(cols, indent, ("".join(left), "".join(right)))


# --------------------------------------------------------------------------
# Parts


def _body_xml(doc: blocks_mod.Document, notice: Notice, writer: _Writer, base: Base) -> str:
    """Every block of the body, wrapped in one ``<w:body>`` to be parsed at once."""
    m = notice.layout.margins
    text_w = PAGE_W - _twips(m.left) - _twips(m.right)
    rules = rule_lengths(doc, text_w, base)
    body = [_header_table(doc, text_w, rules, base, writer)]
    body.append(_para("TBDocType", writer.field("doc_type", doc.doc_type, bold=True)))
    if doc.summary:
        body.append(_para("TBSummary", writer.field("summary", doc.summary, bold=True)))
        body.append(_rule("TBTitleRule", text_w, rules["summary"]))
    from .docx_appendix import table_xml
    body += [table_xml(_table_of(p), text_w, writer.runs) if _table_of(p) is not None
             else writer.paragraph_xml(p) for p in writer.paragraphs(doc)]
    if doc.bottom is not None:
        body.append(_bottom_table(doc.bottom, text_w, writer))
    body.append(_para("Normal", ppr='<w:spacing w:before="0" w:after="0" w:line="20" '
                                    'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>'))
    return f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{"".join(body)}</w:body>'


def _table_of(p) -> object:
    """The table a paragraph block carries; for a tracked writer's item, its
    new (or deleted old) block's (a table is printed as it is, not tracked)."""
    if not isinstance(p, blocks_mod.Paragraph):
        p = getattr(p, "new", None) or getattr(p, "old", None)
    return getattr(p, "table", None)


def _set_section(section: Section, notice: Notice) -> None:
    """A4 portrait, the notice's margins, headers 10 mm from the edge, page 1 apart."""
    m = notice.layout.margins
    section.orientation = WD_ORIENTATION.PORTRAIT
    section.page_width, section.page_height = Twips(PAGE_W), Twips(PAGE_H)
    section.top_margin, section.right_margin = Twips(_twips(m.top)), Twips(_twips(m.right))
    section.bottom_margin, section.left_margin = Twips(_twips(m.bottom)), Twips(_twips(m.left))
    section.header_distance = section.footer_distance = Twips(HEADER_DISTANCE)
    section.gutter = Twips(0)
    section.different_first_page_header_footer = True


def _fill_header(header: _Header, paragraph: str) -> None:
    """Give the section its own header part holding ``paragraph`` only."""
    header.is_linked_to_previous = False  # python-docx adds the part and the reference
    hdr = header.part.element
    for child in list(hdr):
        hdr.remove(child)
    append_fragment(hdr, f'<w:hdr xmlns:w="{W_NS}">{paragraph}</w:hdr>')


PAGE_FIELD = _para(
    "TBPageNumber",
    f'<w:r>{_RPR[False, False]}<w:fldChar w:fldCharType="begin"/></w:r>'
    f'<w:r>{_RPR[False, False]}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    f'<w:r>{_RPR[False, False]}<w:fldChar w:fldCharType="separate"/></w:r>'
    f'<w:r>{_RPR[False, False]}<w:t>2</w:t></w:r>'
    f'<w:r>{_RPR[False, False]}<w:fldChar w:fldCharType="end"/></w:r>',
)


def _set_core_properties(d: DocxDocument, doc: blocks_mod.Document, notice: Notice) -> None:
    """Core properties from the notice only: the prepared base has none, so no
    python-docx default (title, author, revision, clock time) can appear."""
    agency = " ".join(line for line in doc.header.agency if line)
    props = d.core_properties
    for name, value in (("title", doc.title), ("subject", doc.summary), ("author", agency),
                        ("last_modified_by", agency), ("keywords", notice.header.symbol),
                        ("language", "vi-VN")):
        _set_text_property(d, name, value)
    if doc.draft:
        props.content_status = "Dự thảo"
    day = notice.header.date.as_date() if _date_ok(notice) else None
    if day is not None:
        props.created = props.modified = datetime.datetime(day.year, day.month, day.day,
                                                           tzinfo=datetime.timezone.utc)


#: python-docx property name → element of ``docProps/core.xml`` (python-docx's oxml names)
_CORE_ELEMENTS = {"title": "title", "subject": "subject", "author": "creator",
                  "last_modified_by": "lastModifiedBy", "keywords": "keywords",
                  "language": "language"}


def _set_text_property(d: DocxDocument, name: str, value: str) -> None:
    """Set a text core property through ``d.core_properties``.

    python-docx's setters refuse more than 255 characters (Dublin Core and the
    OOXML schema set no limit), and a notice's title is often longer: such a
    value goes on python-docx's own ``CT_CoreProperties`` element, whole."""
    value = _XML_BAD.sub("", value)
    if len(value) <= CORE_PROP_MAX:
        setattr(d.core_properties, name, value)
        return
    core = d.part.package.part_related_by(RT.CORE_PROPERTIES).element
    getattr(core, f"get_or_add_{_CORE_ELEMENTS[name]}")().text = value


def _date_ok(notice: Notice) -> bool:
    try:
        return notice.header.date.as_date() is not None
    except (ValueError, TypeError):
        return False


# --------------------------------------------------------------------------
# Entry point


def render_docx_bytes(notice: Notice, *, final: bool = False, base_docx: str | None = None,
                      writer_for: Callable[[blocks_mod.Document], _Writer] | None = None,
                      appendices: bool = True) -> bytes:
    """Render ``notice`` to .docx bytes (deterministic for the same notice).

    ``final=True`` leaves out the ``DỰ THẢO`` mark and refuses
    (:class:`FinalExportRefused`) while :func:`checks.readiness.final_refusals`
    lists anything.  ``base_docx`` names another base .docx (an office's
    restyled copy of ``templates/base.docx``).  ``writer_for(blocks)`` gives
    another writer of the texts (the tracked-changes export).
    ``appendices=False`` leaves the appendices out (each written on its own
    by :func:`render_appendix_docx_bytes`); the body still names them.
    """
    doc = _checked_blocks(notice, final)
    base = load_base(base_docx)
    layout = notice.layout
    writer = writer_for(doc) if writer_for else _Writer()
    body_xml = _body_xml(doc, notice, writer, base)
    d = _open_styled(base, layout)
    body = d.element.body
    append_fragment(body, body_xml, before=body.sectPr)
    section = d.sections[0]
    _set_section(section, notice)
    _fill_headers(section, doc.draft)
    from .docx_appendix import add_appendices
    add_appendices(body, doc.appendices if appendices else [], writer, lambda p: _Writer.paragraph_xml(writer, p),
                   _text_run, append_fragment, (PAGE_W, PAGE_H),
                   _twips(notice.layout.margins.left) + _twips(notice.layout.margins.right))
    set_footnotes(d, "".join(writer.footnotes))
    _set_core_properties(d, doc, notice)
    writer.finish(d)
    return save_bytes(d)


def _open_styled(base: Base, layout) -> DocxDocument:
    d = open_document(base)
    set_body_style(d, float(layout.body_size), round(layout.first_line_indent_cm * 10 * TWIPS_PER_MM),
                   round(layout.paragraph_after_pt * 20), round(layout.line_spacing * 240))
    return d


def _fill_headers(section: Section, draft: bool) -> None:
    """Page numbers in the header, none on page 1 (which carries DỰ THẢO on a draft)."""
    _fill_header(section.header, PAGE_FIELD)
    _fill_header(section.first_page_header,
                 _para("TBDraftMark", _text_run(blocks_mod.DRAFT_MARK, bold=True)) if draft
                 else _para("TBPageNumber"))


def _checked_blocks(notice: Notice, final: bool) -> blocks_mod.Document:
    check_layout(notice)
    if final:
        from ..checks.readiness import final_refusals  # the one readiness rule
        if problems := final_refusals(notice):
            raise FinalExportRefused(problems)
    return blocks_mod.build(notice, draft=not final)


def render_appendix_docx_bytes(notice: Notice, index: int, *, final: bool = False,
                               base_docx: str | None = None) -> bytes:
    """Appendix ``index`` of ``notice`` as a .docx of its own (a separate file
    for ký số): its heading, "Kèm theo" line and content, on its own pages
    numbered from 1 (not shown on page 1, as the notice's); the first page's
    header stays empty, the place where the signing tool prints the number
    and signing time (NĐ 30 Phụ lục I)."""
    from .docx_appendix import appendix_xml
    doc = _checked_blocks(notice, final)
    block = doc.appendices[index]
    base = load_base(base_docx)
    layout, m = notice.layout, notice.layout.margins
    writer = _Writer()
    d = _open_styled(base, layout)
    section = d.sections[0]
    _set_section(section, notice)
    if block.landscape:
        section.orientation = WD_ORIENTATION.LANDSCAPE
        section.page_width, section.page_height = Twips(PAGE_H), Twips(PAGE_W)
    text_w = (PAGE_H if block.landscape else PAGE_W) - _twips(m.left) - _twips(m.right)
    body = d.element.body
    append_fragment(body, appendix_xml(block, text_w, writer, lambda p: _Writer.paragraph_xml(writer, p),
                                       _text_run), before=body.sectPr)
    _fill_headers(section, doc.draft)
    set_footnotes(d, "".join(writer.footnotes))
    _set_core_properties(d, doc, notice)
    return save_bytes(d)

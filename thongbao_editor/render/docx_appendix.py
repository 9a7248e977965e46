"""Real Word tables and appendix sections for the .docx writer (:mod:`.docx`).

A table is a ``w:tbl`` with single borders, a fixed grid (``w:tblGrid``) from
the column widths (scaled down to the text width when wider), header rows
repeated on each page (``w:tblHeader``), horizontal merges as ``w:gridSpan``
and vertical merges as ``w:vMerge`` (restart on the first cell, continue
below).  Each appendix is its own section starting on a new page (landscape
when asked) with the page numbers continuing and the page-number header of
the notice on every page.
"""

from __future__ import annotations

import copy

from ..model.tables import Cell, Table
from .appendices import AppendixBlock
from .docx_package import W_NS

_CELL_PPR = ('<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>'
             '<w:ind w:left="0" w:right="0" w:firstLine="0"/>')
_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
TWIPS_PER_MM = 1440 / 25.4


def grid_widths(table: Table, text_w: int) -> list[int]:
    """Column widths in twips: the table's own (scaled to fit ``text_w``) or equal shares."""
    columns = max(table.columns, 1)
    if table.widths is None or len(table.widths) != columns:
        return [text_w // columns] * columns
    twips = [w * TWIPS_PER_MM for w in table.widths]
    scale = min(1.0, text_w / sum(twips))
    return [round(w * scale) for w in twips]


def _padded(row: list[Cell], columns: int) -> list[Cell]:
    width = sum(c.span for c in row)
    return row + [Cell() for _ in range(columns - width)]


def _starts(row: list[Cell]) -> dict[int, Cell]:
    out, start = {}, 0
    for cell in row:
        out[start] = cell
        start += cell.span
    return out


def table_xml(table: Table, text_w: int, runs, center: str = "") -> str:
    """The ``w:tbl`` of ``table``; ``runs(rich)`` writes a cell's text (footnotes numbered in order)."""
    widths = grid_widths(table, text_w)
    columns = len(widths)
    all_rows = [(True, _padded(r, columns)) for r in table.header] \
        + [(False, _padded(r, columns)) for r in table.rows]
    below = [_starts(r) for _, r in all_rows[1:]] + [{}]
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{center}'
           f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
           '</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for (header, row), next_starts in zip(all_rows, below, strict=True):
        trpr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else \
            "<w:trPr><w:cantSplit/></w:trPr>"
        cells, start = [], 0
        for cell in row:
            cells.append(_cell_xml(cell, sum(widths[start:start + cell.span]), header,
                                   next_starts.get(start), runs))
            start += cell.span
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _cell_xml(cell: Cell, width: int, header: bool, below: Cell | None, runs) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.span > 1:
        tcpr += f'<w:gridSpan w:val="{cell.span}"/>'
    if cell.merged:
        tcpr += "<w:vMerge/>"
    elif below is not None and below.merged and below.span == cell.span:
        tcpr += '<w:vMerge w:val="restart"/>'
    jc = '<w:jc w:val="center"/>' if header else '<w:jc w:val="left"/>'
    text = "" if cell.merged else runs(cell.text)
    return (f'<w:tc><w:tcPr>{tcpr}<w:vAlign w:val="{"center" if header else "top"}"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="TBBody"/>{_CELL_PPR}{jc}</w:pPr>{text}</w:p></w:tc>')


def _centered(inner: str, after: int = 0) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="TBBody"/><w:keepNext/>'
            f'<w:spacing w:before="0" w:after="{after}"/><w:ind w:firstLine="0"/>'
            f'<w:jc w:val="center"/></w:pPr>{inner}</w:p>')


def appendix_xml(block: AppendixBlock, text_w: int, writer, paragraph_xml, text_run) -> str:
    """The paragraphs and tables of one appendix, ending in an empty paragraph
    (the one that will carry the section break)."""
    parts = [_centered(text_run(block.name, bold=True)),
             _centered(text_run(block.title, bold=True)) if block.title else "",
             _centered(text_run(block.attached, italic=True), after=240)]
    for p in block.paragraphs:
        parts.append(table_xml(p.table, text_w, writer.runs, '<w:jc w:val="center"/>')
                     if p.table is not None else paragraph_xml(p))
    parts.append('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>')
    return f'<w:body xmlns:w="{W_NS}">{"".join(parts)}</w:body>'


def _q(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def appendix_section(main: object, landscape: bool, page_w: int, page_h: int) -> object:
    """A copy of the notice's ``w:sectPr`` for an appendix: new page, no
    separate first page (its page number shows), landscape when asked."""
    sect = copy.deepcopy(main)
    for ref in sect.findall(_q("headerReference")) + sect.findall(_q("footerReference")):
        if ref.get(_q("type")) == "first":
            sect.remove(ref)
    for title in sect.findall(_q("titlePg")):
        sect.remove(title)
    size = sect.find(_q("pgSz"))
    w, h = (page_h, page_w) if landscape else (page_w, page_h)
    size.set(_q("w"), str(w))
    size.set(_q("h"), str(h))
    if landscape:
        size.set(_q("orient"), "landscape")
    elif size.get(_q("orient")) is not None:
        del size.attrib[_q("orient")]
    return sect


def end_section(paragraph: object, sect: object) -> None:
    """Make ``paragraph`` (a ``w:p``) the last of a section described by ``sect``."""
    ppr = paragraph.find(_q("pPr"))
    if ppr is None:
        ppr = paragraph.makeelement(_q("pPr"), {})
        paragraph.insert(0, ppr)
    ppr.append(sect)


def add_appendices(body, appendices: list[AppendixBlock], writer, paragraph_xml, text_run,
                   append_fragment, page: tuple[int, int], side_margins: int) -> None:
    """Append each appendix to ``body`` (a ``w:body`` whose ``w:sectPr`` is the
    notice's, headers set) as its own section after the notice's;
    ``paragraph_xml(p)`` writes a paragraph block untracked."""
    if not appendices:
        return
    main = body.sectPr
    end_section(main.getprevious(), copy.deepcopy(main))
    for i, block in enumerate(appendices):
        text_w = (page[1] if block.landscape else page[0]) - side_margins
        append_fragment(body, appendix_xml(block, text_w, writer, paragraph_xml, text_run),
                        before=body.sectPr)
        sect = appendix_section(main, block.landscape, *page)
        if i < len(appendices) - 1:
            end_section(body.sectPr.getprevious(), sect)
        else:
            body.replace(main, sect)

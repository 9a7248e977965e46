"""HTML for the live preview, from the same walk as the .docx (:func:`build`).

The preview is a reading aid, not the page: it shows the header table, the
title block, the numbered paragraphs with footnote marks, the footnote list
and the bottom block, in Times New Roman at the notice's sizes.  QTextBrowser
understands this subset of HTML 4 / CSS.
"""

from __future__ import annotations

import re
from html import escape

from ..model import Footnote, Notice, RichText
from ..model.tables import Table
from .appendices import AppendixBlock
from .blocks import DRAFT_MARK, RECIPIENTS_LABEL, Document, build

# Inline styles: Qt's rich text honours them more reliably than classes,
# and lengths only in px (1.27 cm ≈ 48 px, 6 pt ≈ 8 px).
_STYLE = "body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 14pt; }"
_CENTER = "margin:0; text-align:center; white-space:nowrap;"
_BODY = "margin-top:0px; margin-bottom:8px; text-align:justify; text-indent:48px;"
_SUP = '<span style="vertical-align:super; font-size:9pt;">{}</span>'
_FN = "margin-top:0px; margin-bottom:3px; font-size:11pt; text-align:justify;"
_REC = "margin:0; font-size:11pt;"
_DRAFT = "margin:0; color:#a51d2d; font-weight:bold; text-align:right; font-size:11pt;"


def _rich(text: RichText, numbers: list[int]) -> str:
    """``numbers`` is consumed: the running footnote number for each anchor."""
    out = []
    for piece in text.pieces:
        if isinstance(piece, Footnote):
            n = numbers.pop(0) if numbers else 0
            out.append(f'<a name="fnref{n}" href="#fn{n}">{_SUP.format(n)}</a>')
            continue
        s = escape(piece.text)
        if piece.bold:
            s = f"<b>{s}</b>"
        if piece.italic:
            s = f"<i>{s}</i>"
        out.append(s)
    return "".join(out)


def _table(table: Table, numbers: list[int]) -> str:
    """A bordered table; merged cells as colspan/rowspan."""
    rows = [(True, r) for r in table.header] + [(False, r) for r in table.rows]
    spans = _row_spans(rows)
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3" '
           'style="border-collapse:collapse; margin-bottom:8px; font-size:12pt;">']
    for r, (header, row) in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell.merged:
                continue
            tag = "th" if header else "td"
            attrs = (f' colspan="{cell.span}"' if cell.span > 1 else "") \
                + (f' rowspan="{spans[r, c]}"' if spans.get((r, c), 1) > 1 else "")
            cells.append(f'<{tag}{attrs} valign="top">{_rich(cell.text, numbers)}</{tag}>')
        out.append(f"<tr>{''.join(cells)}</tr>")
    return "".join(out) + "</table>"


def _row_spans(rows) -> dict[tuple[int, int], int]:
    """How many rows each cell covers (itself and the merged cells below it)."""
    spans: dict[tuple[int, int], int] = {}
    owner: dict[int, tuple[int, int]] = {}  # grid column -> the cell that owns it
    for r, (_, row) in enumerate(rows):
        start = 0
        for c, cell in enumerate(row):
            if cell.merged and start in owner:
                spans[owner[start]] = spans.get(owner[start], 1) + 1
            else:
                owner[start] = (r, c)
            start += cell.span
    return spans


def _appendix(block: AppendixBlock, numbers: list[int]) -> str:
    head = (f'<hr/><a name="part-appendix{block.index}"></a>'
            f'<p style="{_CENTER} font-size:14pt"><b>{escape(block.name)}</b></p>'
            + (f'<p style="{_CENTER} font-size:14pt"><b>{escape(block.title)}</b></p>'
               if block.title else "")
            + f'<p style="margin:0 0 12px 0; text-align:center; font-size:14pt"><i>'
              f'{escape(block.attached)}</i></p>')
    body = [_table(p.table, numbers) if p.table is not None
            else f'<p style="{_BODY}">{_rich(p.content, numbers)}</p>' for p in block.paragraphs]
    return head + "".join(body)


def _lines(lines, bold: bool = False, size: str = "13pt") -> str:
    out = []
    for line in lines:
        s = escape(line)
        out.append(f'<p style="{_CENTER} font-size:{size}">{"<b>" + s + "</b>" if bold else s}</p>')
    return "".join(out)


def _rule(width: str = "35%", align: str = "center") -> str:
    return f'<table align="{align}" width="{width}" cellspacing="0" cellpadding="0" ' \
           f'style="border-top: 1px solid black; margin: 0;"><tr><td></td></tr></table>'


_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(pt|px)\b")


def _scaled(html: str, scale: float) -> str:
    """Every pt/px length multiplied by ``scale`` (a narrow preview pane)."""
    if abs(scale - 1) < 0.01:
        return html
    return _LENGTH.sub(lambda m: f"{float(m.group(1)) * scale:.1f}{m.group(2)}", html)


def document_html(doc: Document, *, path_anchors: bool = True, scale: float = 1.0) -> str:
    h = doc.header
    parts = [f'<html><head><style>{_STYLE}</style></head><body><a name="part-header"></a>']
    if doc.draft:
        parts.append(f'<p style="{_DRAFT}">{DRAFT_MARK}</p>')
    left = _lines(h.parent_agency) + _lines(h.agency, bold=True) + _rule("40%") \
        + f'<p style="{_CENTER} font-size:13pt">{escape(h.number_line)}</p>'
    right = _lines([h.national_title], bold=True) \
        + _lines([h.motto], bold=True, size="14pt") + _rule("62%") \
        + f'<p style="{_CENTER} font-size:14pt"><i>{escape(h.date_line)}</i></p>'
    parts.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                 f'<td width="41%" valign="top">{left}</td>'
                 f'<td width="59%" valign="top">{right}</td></tr></table>')
    parts.append(f'<p style="margin-top:24px; margin-bottom:0px; text-align:center;"><b>{escape(doc.doc_type)}</b></p>')
    parts.append(f'<p style="margin:0; text-align:center;"><b>{escape(doc.summary)}</b></p>'
                 f'{_rule("30%")}<p style="margin:0"></p>')

    numbers = list(range(1, len(doc.footnotes()) + 1))
    seen_roles: set[str] = set()
    for para in doc.paragraphs:
        content = _rich(para.content, numbers)
        label = escape(para.label) + " " if para.label else ""
        anchor = ""
        role = {"opening": "opening", "closing": "closing"}.get(para.role, "body")
        if role not in seen_roles:  # where each part starts, for the form's navigation
            seen_roles.add(role)
            anchor = f'<a name="part-{role}"></a>'
        if path_anchors and para.path is not None:
            anchor += f'<a name="body{"-".join(str(i) for i in para.path)}"></a>'
        if para.table is not None:
            parts.append(anchor + _table(para.table, numbers))
        elif para.role == "heading":
            if para.level is not None and para.level.value == "diem":
                content = f"<i>{content}</i>"
            parts.append(f'<p style="{_BODY}"><b>{anchor}{label}{content}</b></p>')
        else:
            parts.append(f'<p style="{_BODY}">{anchor}{label}{content}</p>')

    if doc.bottom is not None:
        b = doc.bottom
        recipients = f'<p style="font-size:12pt; margin:0"><b><i>{RECIPIENTS_LABEL}</i></b></p>' \
            + "".join(f'<p style="{_REC}">{escape(r)}</p>' for r in b.recipients)
        sign = _lines(b.authority, bold=True, size="14pt") \
            + "<p>&nbsp;</p>" * b.signature_space_lines \
            + _lines([b.signer], bold=True, size="14pt")
        parts.append('<a name="part-signature"></a>'
                     '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:6pt"><tr>'
                     f'<td width="40%" valign="top">{recipients}</td>'
                     f'<td width="60%" valign="top">{sign}</td></tr></table>')

    for block in doc.appendices:
        parts.append(_appendix(block, numbers))

    notes = doc.footnotes()
    if notes:
        parts.append('<a name="part-footnotes"></a><p style="margin-top:12px"></p>'
                     + _rule("30%", "left"))
        for n, text in notes:
            parts.append(f'<p style="{_FN}"><a name="fn{n}"></a>{_SUP.format(n)} '
                         f"{_rich(text, [])}</p>")
    parts.append("</body></html>")
    return _scaled("".join(parts), scale)


def notice_html(notice: Notice, *, draft: bool = True, scale: float = 1.0) -> str:
    """The live preview of ``notice`` as HTML (``scale`` shrinks every size)."""
    return document_html(build(notice, draft=draft), scale=scale)

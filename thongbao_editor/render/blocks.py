"""One walk over the notice that produces blocks.

Both the .docx writer and the HTML live preview are fed by :func:`build`, so
they cannot disagree about numbering, footnotes, the header or the signature
block.  Blocks carry *what* to print and *which part* it is; the writers
decide *how* (styles, sizes, borders) from the spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Kind, Node, Notice, RichText, Run
from ..model.footnotes import FootnoteRef, footnote_order
from ..model.notice import DEFAULT_NUMBERING
from ..model.numbering import format_label, number_tree
from ..model.tables import Table
from ..model.vnformat import full_date
from .appendices import AppendixBlock, appendix_names, attached_line, reference_names, resolve_references
from .opening import opening_paragraphs
from .task_items import task_items

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "DỰ THẢO"
RECIPIENTS_LABEL = "Nơi nhận:"
CLOSING_MARK = "./."
NUMBER_BLANK = "      "  # room for the văn thư to write the number


@dataclass(frozen=True)
class HeaderBlock:
    parent_agency: tuple[str, ...]  # not bold
    agency: tuple[str, ...]  # bold, rule under it
    number_line: str  # "Số: 05/TB-UBND" or "Số:      /TB-UBND"
    national_title: str
    motto: str  # rule under it, as long as the text
    date_line: str  # "Lạng Sơn, ngày 05 tháng 02 năm 2024", italic


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph.

    ``role`` is one of ``opening``, ``body`` (unlabelled), ``labelled``
    (a numbered body paragraph, e.g. ``2.1. UBND …``), ``heading`` (with
    ``level`` = the Kind), ``item``, ``sub_item``, ``closing``.
    ``path`` locates the node in the body tree (``None`` outside the body).
    Role ``table``: the node carries ``table`` (no text, no label).
    """

    role: str
    content: RichText
    label: str = ""
    level: Kind | None = None
    path: tuple[int, ...] | None = None
    keep_with_next: bool = False
    table: Table | None = None


@dataclass(frozen=True)
class BottomBlock:
    recipients: tuple[str, ...]  # each "- … ;" as printed, the Lưu line last
    authority: tuple[str, ...]  # upper case lines
    signer: str
    signature_space_lines: int


@dataclass
class Document:
    header: HeaderBlock
    doc_type: str
    summary: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    bottom: BottomBlock | None = None
    draft: bool = True
    title: str = ""  # for core properties

    notes: list[FootnoteRef] = field(default_factory=list)  # model.footnotes.footnote_order
    appendices: list[AppendixBlock] = field(default_factory=list)  # after the bottom block

    def footnotes(self) -> list[tuple[int, RichText]]:
        """Footnotes in print order, numbered from 1."""
        return [(ref.number, RichText(ref.footnote.content)) for ref in self.notes]


def number_line(number: str, symbol: str) -> str:
    """``Số: 05/TB-UBND``; a number below 10 gets a leading zero; blank keeps room."""
    number = number.strip()
    if number.isdigit() and len(number) == 1:
        number = "0" + number
    return f"Số: {number or NUMBER_BLANK}/{symbol.strip()}"


def date_line(notice: Notice) -> str:
    d = notice.header.date
    return f"{notice.header.place}, {full_date(year=d.year, month=d.month, day=d.day)}"


def closing_text(closing: RichText) -> RichText:
    """The closing sentence, ending in ``./.`` with no space before it."""
    if not closing:
        return closing
    pieces = list(closing.pieces)
    last = pieces[-1]
    if isinstance(last, Run):
        text = last.text.rstrip()
        if text.endswith(CLOSING_MARK):
            return closing
        text = text.rstrip(".").rstrip()
        pieces[-1] = Run(text + CLOSING_MARK, last.bold, last.italic)
    else:
        pieces.append(Run(CLOSING_MARK))
    return RichText(tuple(pieces))


def recipient_lines(notice: Notice) -> tuple[str, ...]:
    lines = [f"- {line}" for line in notice.recipients if line.strip()]
    if notice.storage.units or notice.storage.initials:
        lines.append(f"- {notice.storage.line()}")
    return tuple(lines)


def build(notice: Notice, *, draft: bool = True) -> Document:
    """Walk the notice once and lay out its blocks in print order."""
    h = notice.header
    doc = Document(
        header=HeaderBlock(
            parent_agency=tuple(line.upper() for line in h.parent_agency),
            agency=tuple(line.upper() for line in h.agency),
            number_line=number_line(h.number, h.symbol),
            national_title=NATIONAL_TITLE,
            motto=MOTTO,
            date_line=date_line(notice),
        ),
        doc_type=h.doc_type.upper(),
        summary=h.summary,
        draft=draft,
        title=f"{h.doc_type.capitalize()} {h.summary}".strip(),
        notes=footnote_order(notice),
    )
    for text in opening_paragraphs(notice):
        doc.paragraphs.append(Paragraph("opening", text))

    labels = number_tree(notice.body, notice.numbering)
    names = reference_names(notice)
    for path, node in notice.walk_body():
        label = labels.get(id(node), "")
        node = replace(node, text=resolve_references(node.text, names))
        if node.table is None or node.text or node.kind.labelled:  # a text before its table
            doc.paragraphs.append(_body_paragraph(node, label, path))
        if node.table is not None:
            doc.paragraphs += table_paragraphs(node.table, path, notice.numbering)

    closing = resolve_references(closing_text(notice.closing), names)
    doc.paragraphs.append(Paragraph("closing", closing, keep_with_next=True))
    doc.bottom = BottomBlock(
        recipients=recipient_lines(notice),
        authority=tuple(line.upper() for line in notice.signature.authority),
        signer=notice.signature.signer,
        signature_space_lines=notice.layout.signature_space_lines,
    )
    doc.appendices = _appendices(notice, doc.header.number_line.removeprefix("Số: "), names)
    return doc


def table_paragraphs(table: Table, path: tuple[int, ...] | None,
                     numbering: dict[Kind, str]) -> list[Paragraph]:
    """A table as printed: one grid, or (style "items") one item per task,
    labelled as the notice labels its items (``-``)."""
    if table.style == "items" and table.kind == "tasks":
        fmt = {**DEFAULT_NUMBERING, **numbering}[Kind.ITEM]
        return [Paragraph("item", text, format_label(fmt, n), Kind.ITEM, path)
                for n, text in enumerate(task_items(table), 1)]
    return [Paragraph("table", RichText(), path=path, table=table)]


def _body_paragraph(node: Node, label: str, path: tuple[int, ...]) -> Paragraph:
    if node.kind is Kind.PARAGRAPH:
        return Paragraph("body", node.text, path=path)
    if node.kind in (Kind.ITEM, Kind.SUB_ITEM):
        return Paragraph(node.kind.value, node.text, label, node.kind, path)
    if node.heading:
        text = node.text
        if node.kind is Kind.MUC:
            text = RichText(tuple(Run(r.text.upper(), r.bold, r.italic) if isinstance(r, Run)
                                  else r for r in text.pieces))
        return Paragraph("heading", text, label, node.kind, path, keep_with_next=True)
    return Paragraph("labelled", node.text, label, node.kind, path)


def _appendices(notice: Notice, number_symbol: str, names: dict[str, str]) -> list[AppendixBlock]:
    out = []
    for i, (appendix, name) in enumerate(zip(notice.appendices, appendix_names(notice), strict=True)):
        paragraphs = []
        for node in appendix.content:
            paragraphs += table_paragraphs(node.table, None, notice.numbering) \
                if node.table is not None \
                else [Paragraph("body", resolve_references(node.text, names))]
        out.append(AppendixBlock(name, appendix.title.upper(), attached_line(notice, number_symbol),
                                 appendix.landscape, i, paragraphs))
    return out

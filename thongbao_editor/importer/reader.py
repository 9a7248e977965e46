"""WordprocessingML → a flat list of paragraphs, in reading order.

Each :class:`Para` keeps what recognition needs: its inline pieces (runs
with bold/italic as typed, footnote anchors with their text), the raw text
with tabs (``\\t``) and manual line breaks (``\\n``) still in it, the label
Word's automatic numbering shows before it, its style, alignment, and where
it stood (body, table cell, text box).

The document is read as it reads now: inserted text (``w:ins``,
``w:moveTo``) is kept, deleted text (``w:del``, ``w:moveFrom``) is left out,
and every revision is recorded (kind, author, date, text) for the report.
Field codes are skipped and their shown result kept; runs in a TCVN3 or VNI
font are converted to Unicode; text boxes become paragraphs of their own
right after the paragraph that anchors them; images and shapes are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..model.text import Footnote, Run
from . import legacy
from .numbering import Label, Numbering
from .package import W_NS, Package
from .styles import Style, Styles, on, run_font

W = f"{{{W_NS}}}"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
TXBX = f"{W}txbxContent"

_CONTAINERS = {f"{W}{t}" for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir",
                                    "ins", "moveTo")}
_SKIPPED = {f"{W}{t}" for t in ("del", "moveFrom", "pPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                                 "commentRangeStart", "commentRangeEnd", "permStart", "permEnd",
                                 "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                                 "moveToRangeEnd")}


@dataclass
class Para:
    index: int  # 1-based, in reading order
    pieces: list = field(default_factory=list)  # Run / Footnote, raw (tabs and \n kept)
    style: str = ""
    style_name: str = ""
    style_bold: bool = False
    style_italic: bool = False
    align: str = ""
    label: Label | None = None
    where: str = "body"  # body | table | textbox
    table: tuple[int, int, int] | None = None  # (table, row, cell), 0-based
    rule: bool = False  # an empty paragraph whose bottom border is a rule
    heading_level: int | None = None  # outline level of the style (Heading 1 → 0)

    @property
    def raw(self) -> str:
        return "".join(p.text for p in self.pieces if isinstance(p, Run))

    @property
    def text(self) -> str:
        return " ".join(self.raw.split())


@dataclass
class Revision:
    kind: str  # insert | delete | move | format
    author: str
    date: str
    text: str
    position: int  # the paragraph it is in (1-based, reading order)
    part: str = ""  # where that paragraph went in the draft: header, title, opening, body, closing, bottom
    path: tuple[int, ...] | None = None  # body: the node's path; opening: (index,)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "author": self.author, "date": self.date, "text": self.text,
                "position": self.position, "part": self.part,
                "path": list(self.path) if self.path is not None else None}


@dataclass
class ReadResult:
    paras: list[Para]
    revisions: list[Revision] = field(default_factory=list)
    encodings: dict[str, int] = field(default_factory=dict)  # encoding -> runs converted
    images: int = 0
    textboxes: int = 0
    hidden: list[str] = field(default_factory=list)
    endnotes: int = 0
    comments: bool = False
    embedded: int = 0  # w:altChunk parts (another document embedded), not read
    margins_mm: dict[str, float] = field(default_factory=dict)


class _Reader:
    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.styles = Styles(pkg.styles)
        self.numbering = Numbering(pkg.numbering)
        self.result = ReadResult([])
        self.notes = {"foot": _notes(pkg.footnotes, "footnote"), "end": _notes(pkg.endnotes, "endnote")}
        self.field_depth: list[str] = []  # "instr" / "result" for each open complex field
        self.table_count = 0
        self.pending_boxes: list[etree._Element] = []
        self.current_index = 0

    # -- document order ---------------------------------------------------------
    def read(self) -> ReadResult:
        body = self.pkg.document.find(f"{W}body")
        if body is not None:
            self._blocks(body, "body", None)
            sect = body.find(f"{W}sectPr")
            if sect is not None:
                self.result.margins_mm = _margins(sect)
        return self.result

    def _blocks(self, parent: etree._Element, where: str, cell: tuple[int, int, int] | None) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                self._paragraph(child, where, cell)
            elif tag == f"{W}tbl":
                self._table(child, where, cell)
            elif tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                self._blocks(content if content is not None else child, where, cell)
            elif tag in (f"{W}ins", f"{W}moveTo"):
                self._blocks(child, where, cell)
            elif tag == f"{W}altChunk":  # a whole other document (HTML, RTF) embedded: not read
                self.result.embedded += 1

    def _table(self, tbl: etree._Element, where: str, cell: tuple[int, int, int] | None) -> None:
        rows = _children(tbl, "tr")
        if len(rows) == 1 and len(cells := _children(rows[0], "tc")) == 1:
            self._blocks(cells[0], where, cell)  # a one-cell frame around text is no table
            return
        number = self.table_count
        self.table_count += 1
        for r, tr in enumerate(rows):
            for c, tc in enumerate(_children(tr, "tc")):
                coords = cell if cell is not None else (number, r, c)
                self._blocks(tc, "table" if where == "body" else where, coords)

    # -- one paragraph ------------------------------------------------------------
    def _paragraph(self, p: etree._Element, where: str, cell: tuple[int, int, int] | None) -> None:
        ppr = p.find(f"{W}pPr")
        style_id = ""
        if ppr is not None and (ps := ppr.find(f"{W}pStyle")) is not None:
            style_id = ps.get(f"{W}val", "")
        style = self.styles.get(style_id)
        self.current_index = len(self.result.paras) + 1
        para = Para(index=self.current_index, style=style_id or self.styles.default_paragraph,
                    style_name=style.name, style_bold=bool(style.bold), style_italic=bool(style.italic),
                    where=where, table=cell, heading_level=style.outline)
        para.align = _align(ppr, style)
        para.label = self._label(ppr, style)
        if ppr is not None:
            self._paragraph_mark_revision(ppr)
        self.result.paras.append(para)
        self._inline(p, para, style)
        para.rule = (not para.text and _border_bottom(ppr, style))
        boxes, self.pending_boxes = self.pending_boxes, []
        for box in boxes:
            self.result.textboxes += 1
            self._blocks(box, "textbox", None)

    def _label(self, ppr: etree._Element | None, style: Style) -> Label | None:
        num_id, ilvl = style.num_id, style.ilvl or 0
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        if num is not None:
            nid, lvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            if nid is not None:
                num_id = nid.get(f"{W}val")
            if lvl is not None:
                ilvl = int(lvl.get(f"{W}val", "0") or 0)
        if not num_id or num_id == "0":
            return None
        return self.numbering.next_label(num_id, ilvl)

    def _paragraph_mark_revision(self, ppr: etree._Element) -> None:
        for kind, tag in (("insert", "ins"), ("delete", "del")):
            mark = ppr.find(f"{W}rPr/{W}{tag}")
            if mark is not None:
                self._revision(kind, mark, "¶")
        if ppr.find(f"{W}pPrChange") is not None:
            self._revision("format", ppr.find(f"{W}pPrChange"), "")

    def _revision(self, kind: str, el: etree._Element, text: str) -> None:
        self.result.revisions.append(Revision(kind, el.get(f"{W}author", ""), el.get(f"{W}date", ""),
                                              text, self.current_index))

    def _inline(self, parent: etree._Element, para: Para, style: Style) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, para, style)
            elif tag in (f"{W}ins", f"{W}moveTo"):
                before = len(para.pieces)
                self._inline(child, para, style)
                added = "".join(p.text for p in para.pieces[before:] if isinstance(p, Run))
                self._revision("insert" if tag == f"{W}ins" else "move", child, added)
            elif tag in (f"{W}del", f"{W}moveFrom"):
                gone = "".join(t.text or "" for t in child.iter(f"{W}delText", f"{W}t"))
                if tag == f"{W}del":
                    self._revision("delete", child, gone)
            elif tag in _CONTAINERS:
                self._inline(child, para, style)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self._inline(content, para, style)
            elif tag == f"{{{MC_NS}}}AlternateContent":
                self._alternate(child, para, style)

    def _alternate(self, alt: etree._Element, para: Para, style: Style) -> None:
        choice = alt.find(f"{{{MC_NS}}}Choice")
        chosen = choice if choice is not None else alt.find(f"{{{MC_NS}}}Fallback")
        if chosen is not None:
            self._inline(chosen, para, style)

    def _run(self, r: etree._Element, para: Para, style: Style) -> None:
        rpr = r.find(f"{W}rPr")
        bold, italic, caps, vanish = _run_format(rpr, self.styles)
        if rpr is not None and rpr.find(f"{W}rPrChange") is not None:
            self._revision("format", rpr.find(f"{W}rPrChange"), "".join(t.text or "" for t in r.iter(f"{W}t")))
        font = run_font(rpr) or _char_style_font(rpr, self.styles) or style.font or self.styles.default_font
        encoding = legacy.font_encoding(font)
        buf: list[str] = []

        def flush() -> None:
            if not buf:
                return
            text = "".join(buf)
            buf.clear()
            if encoding:
                converted = legacy.decode(text, encoding)
                if converted != text:
                    self.result.encodings[encoding] = self.result.encodings.get(encoding, 0) + 1
                text = converted
            if caps:
                text = text.upper()
            if vanish and (style.vanish is not True):
                if text.strip():
                    self.result.hidden.append(text)
                return
            para.pieces.append(Run(text, bold, italic))

        for child in r:
            tag = child.tag
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                if kind == "begin":
                    self.field_depth.append("instr")
                elif kind == "separate" and self.field_depth:
                    self.field_depth[-1] = "result"
                elif kind == "end" and self.field_depth:
                    self.field_depth.pop()
                continue
            if "instr" in self.field_depth:
                continue
            if tag == f"{W}t":
                buf.append(child.text or "")
            elif tag == f"{W}tab" or tag == f"{W}ptab":
                buf.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                buf.append("\n")
            elif tag == f"{W}noBreakHyphen":
                buf.append("-")
            elif tag == f"{W}sym":
                buf.append(_symbol(child))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                flush()
                which = "foot" if tag == f"{W}footnoteReference" else "end"
                if which == "end":
                    self.result.endnotes += 1
                note = self.notes[which].get(child.get(f"{W}id", ""))
                if note is not None:
                    para.pieces.append(Footnote(tuple(self._note_runs(note))))
            elif tag in (f"{W}drawing", f"{W}pict", f"{W}object"):
                self._graphic(child)
            elif tag == f"{{{MC_NS}}}AlternateContent":
                choice = child.find(f"{{{MC_NS}}}Choice")
                self._graphic(choice if choice is not None else child)
            elif tag == f"{W}commentReference":
                self.result.comments = True
        flush()

    def _graphic(self, el: etree._Element) -> None:
        boxes = [b for b in el.iter(TXBX) if not any(a.tag == TXBX for a in b.iterancestors())]
        if boxes:
            self.pending_boxes.extend(boxes)
            return
        for node in el.iter():
            local = etree.QName(node).localname if isinstance(node.tag, str) else ""
            if local in ("blip", "imagedata", "OLEObject"):
                self.result.images += 1
                return

    def _note_runs(self, note: etree._Element) -> list[Run]:
        """A footnote's text as runs (its own reference mark left out)."""
        runs: list[Run] = []
        saved_depth, self.field_depth = self.field_depth, []
        for i, p in enumerate(note.findall(f".//{W}p")):
            tmp = Para(0)
            ps = p.find(f"{W}pPr/{W}pStyle")
            self._inline(p, tmp, self.styles.get(ps.get(f"{W}val") if ps is not None else ""))
            if i and runs:
                runs.append(Run(" "))
            runs.extend(x for x in tmp.pieces if isinstance(x, Run))
        self.field_depth = saved_depth
        return runs


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """``parent``'s ``w:tr``/``w:tc`` children, also those wrapped in content controls."""
    out = []
    for child in parent:
        if child.tag == f"{W}{tag}":
            out.append(child)
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent")
            out += _children(content if content is not None else child, tag)
    return out


def _notes(root: etree._Element | None, tag: str) -> dict[str, etree._Element]:
    if root is None:
        return {}
    out = {}
    for note in root.findall(f"{W}{tag}"):
        if note.get(f"{W}type") in (None, "normal"):
            for ref in note.iter(f"{W}footnoteRef", f"{W}endnoteRef"):
                ref.getparent().remove(ref)
            out[note.get(f"{W}id", "")] = note
    return out


def _run_format(rpr: etree._Element | None, styles: Styles) -> tuple[bool, bool, bool, bool]:
    bold = italic = caps = vanish = None
    if rpr is not None:
        bold, italic = on(rpr.find(f"{W}b")), on(rpr.find(f"{W}i"))
        caps, vanish = on(rpr.find(f"{W}caps")), on(rpr.find(f"{W}vanish"))
        rs = rpr.find(f"{W}rStyle")
        if rs is not None:
            cs = styles.get(rs.get(f"{W}val"))
            bold = cs.bold if bold is None else bold
            italic = cs.italic if italic is None else italic
            caps = cs.caps if caps is None else caps
    return bool(bold), bool(italic), bool(caps), bool(vanish)


def _char_style_font(rpr: etree._Element | None, styles: Styles) -> str | None:
    if rpr is None or (rs := rpr.find(f"{W}rStyle")) is None:
        return None
    return styles.get(rs.get(f"{W}val")).font


def _symbol(sym: etree._Element) -> str:
    try:
        code = int(sym.get(f"{W}char", "0"), 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000
    font = sym.get(f"{W}font", "")
    enc = legacy.font_encoding(font)
    ch = chr(code) if code else ""
    if enc:
        return legacy.decode(ch, enc)
    return {0x2D: "-", 0xB7: "•", 0xA7: "▪", 0x2B: "+"}.get(code, ch) if font.lower() in (
        "symbol", "wingdings") else ch


def _align(ppr: etree._Element | None, style: Style) -> str:
    if ppr is not None and (jc := ppr.find(f"{W}jc")) is not None:
        return jc.get(f"{W}val", "")
    return style.align or ""


def _border_bottom(ppr: etree._Element | None, style: Style) -> bool:
    if ppr is not None and (b := ppr.find(f"{W}pBdr/{W}bottom")) is not None:
        return b.get(f"{W}val", "nil") not in ("nil", "none")
    return bool(style.border_bottom)


def _margins(sect: etree._Element) -> dict[str, float]:
    mar = sect.find(f"{W}pgMar")
    out: dict[str, float] = {}
    if mar is None:
        return out
    for side in ("top", "bottom", "left", "right"):
        try:
            out[side] = round(abs(int(mar.get(f"{W}{side}", ""))) * 25.4 / 1440, 1)
        except ValueError:
            pass
    return out


def read_document(pkg: Package) -> ReadResult:
    return _Reader(pkg).read()

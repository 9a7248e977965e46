"""Read paragraphs → a :class:`~thongbao_editor.model.Notice` and its report."""

from __future__ import annotations

from ..errors import ImportFileError
from ..model import Footnote, Kind, Notice, RichText
from ..model.notice import LAYOUT_LIMITS
from . import legacy
from .labels import label_format
from .opening import opening_facts
from .parts import Line, is_upper, read_bottom, read_header
from .reader import Para, ReadResult
from .report import ImportReport, PartReport, Unplaced
from .structure import (Item, Regions, build_tree, classify, lines_of_all, notice_opening, segment,
                        merge_broken, split_breaks, split_main)


def _has_text(p: Para) -> bool:
    return bool(p.text) or any(isinstance(x, Footnote) for x in p.pieces)


def _plain_item(p: Para, reason: str) -> Item:
    return Item(p, Kind.PARAGRAPH, RichText(tuple(p.pieces)).normalized(), unplaced=reason)


def _line_item(line: Line, reason: str) -> Item:
    return Item(line.para, Kind.PARAGRAPH, RichText.plain(line.text), unplaced=reason)


def _bottom_block(bottom: list[Para]) -> tuple[list[Para], list[Para]]:
    """(the recipients/signature block, what follows it)."""
    if not bottom:
        return [], []
    if bottom[0].table is not None:
        table = bottom[0].table[0]
        end = 0
        while end < len(bottom) and (bottom[end].table is not None and bottom[end].table[0] == table
                                     or bottom[end].where == "textbox"):
            end += 1
        return bottom[:end], bottom[end:]
    seen_authority = seen_signer = False
    for i, p in enumerate(bottom):
        text = p.text
        if not text:
            continue
        right = p.raw.split("\t")[-1].strip() if "\t" in p.raw else text
        marked = text.startswith(("-", "–", "+", "Nơi nhận", "Lưu")) or (p.label is not None and p.label.bullet)
        if seen_signer and not marked:
            return bottom[:i], bottom[i:]
        if marked and "\t" not in p.raw:  # a recipient line only
            continue
        if is_upper(right):
            seen_authority = True
        elif seen_authority and not right.startswith(("-", "–", "+", "(")) and len(right.split()) <= 6:
            seen_signer = True
    return bottom, []


def build_notice(read: ReadResult, file: str, converted_from: str = "") -> tuple[Notice, ImportReport]:
    paras = read.paras
    if not any(_has_text(p) for p in paras):
        raise ImportFileError("import.empty", file=file)
    notice = Notice()
    report = ImportReport(source=file, converted_from=converted_from, paragraphs=len(paras),
                          revisions=list(read.revisions), encodings=dict(read.encodings))
    reg = segment(paras)
    front = _header_and_title(reg, notice, report)
    block, after = _bottom_block(reg.bottom)
    _notes_outside_text([*reg.header, *([reg.doc_type] if reg.doc_type else []), *reg.summary, *block],
                        report)
    back = _bottom(block, notice, report)
    back += [_plain_item(p, "after_signature") for p in after if _has_text(p)]
    main = [classify(q) if p.where == "body" else _plain_item(q, p.where)
            for p in merge_broken([p for p in reg.main if _has_text(p)]) for q in split_breaks(p)]
    opening, body, closing = split_main(main)
    _opening(opening, notice, report)
    notice.body, origin = build_tree(front + body + back)
    _numbering_formats(body, notice)
    _body_report(notice, origin, report)
    notice.closing = closing.text if closing else RichText()
    report.parts.append(PartReport("closing", closing is not None, closing.text.text if closing else "",
                                      [closing.para.index] if closing else []))
    _layout(read, notice, report)
    _warnings(read, paras, report)
    _place_revisions(report, reg, block, opening, closing, origin, notice)
    report.parts.sort(key=lambda p: _ORDER.index(p.name))
    return notice, report


_ORDER = ("header", "title", "opening", "body", "closing", "recipients", "storage", "signature", "footnotes")


def _header_and_title(reg: Regions, notice: Notice, report: ImportReport) -> list[Item]:
    h = notice.header
    h.symbol = ""
    h.doc_type = ""
    res = read_header(lines_of_all([p for p in reg.header if p.where != "textbox"]), h)
    found = bool(h.agency or res.recognised)
    summary = " · ".join([*h.parent_agency, *h.agency, *res.recognised])
    report.parts.append(PartReport("header", found, summary, sorted(set(res.positions))))
    if res.no_year:
        report.warn("import.warn.no_year", year=h.date.year)
    items = [_line_item(ln, "header") for ln in res.unplaced]
    items += [_plain_item(p, "textbox") for p in reg.header if p.where == "textbox" and _has_text(p)]
    if reg.doc_type is not None:
        h.doc_type = reg.doc_type.text
        if not h.doc_type.upper().startswith("THÔNG BÁO"):
            report.warn("import.warn.doc_type", text=h.doc_type)
    else:
        report.warn("import.warn.no_doc_type")
    h.summary = " ".join(p.text for p in reg.summary) or res.summary_line
    positions = ([reg.doc_type.index] if reg.doc_type else []) + [p.index for p in reg.summary]
    report.parts.append(PartReport("title", reg.doc_type is not None,
                                   f"{h.doc_type}: {h.summary}".strip(": "), positions))
    return items


def _bottom(block: list[Para], notice: Notice, report: ImportReport) -> list[Item]:
    res = read_bottom(lines_of_all([p for p in block if p.where != "textbox"]))
    notice.recipients = res.recipients
    if res.storage is not None:
        notice.storage = res.storage
        if not res.storage_vt:
            report.warn("import.warn.storage_vt", text=res.storage_text)
    sig = res.signature
    notice.signature = sig
    for text in res.skipped:
        report.warn("import.warn.skipped_line", text=text)
    if res.signer_guess:
        report.warn("import.warn.signer_guess", text=sig.signer)
    positions = sorted(set(res.positions))
    report.parts.append(PartReport("recipients", bool(res.recipients), f"{len(res.recipients)}: "
                                   + "; ".join(r.rstrip(";") for r in res.recipients[:3])
                                   + (" …" if len(res.recipients) > 3 else "") if res.recipients else "",
                                   positions))
    report.parts.append(PartReport("storage", res.storage is not None, res.storage_text, positions))
    report.parts.append(PartReport("signature", bool(sig.authority and sig.signer),
                                   " / ".join(sig.authority) + (f" — {sig.signer}" if sig.signer else ""),
                                   positions))
    items = [_line_item(ln, "bottom") for ln in res.unplaced]
    items += [_plain_item(p, "textbox") for p in block if p.where == "textbox" and _has_text(p)]
    return items


def _opening(opening: list[Item], notice: Notice, report: ImportReport) -> None:
    texts = [it.text for it in opening]
    facts = opening_facts(notice, texts) if texts else None
    notice.opening = facts if facts is not None else notice_opening(opening)
    summary = (f"{len(texts)} ¶" + (f" ← {facts.template}" if facts else "")) if texts else ""
    report.parts.append(PartReport("opening", bool(texts), summary, [it.para.index for it in opening]))


_SYMBOL = {Kind.MUC: "I.", Kind.KHOAN: "1.", Kind.SUB_KHOAN: "1.1.", Kind.DIEM: "a)", Kind.ITEM: "-",
           Kind.SUB_ITEM: "+", Kind.PARAGRAPH: "¶"}


def _body_report(notice: Notice, origin: dict[int, Item], report: ImportReport) -> None:
    counts: dict[Kind, int] = {}
    positions = []
    notes = 0
    for path, node in notice.walk_body():
        it = origin.get(id(node))
        notes += len(node.text.footnotes())
        if it is None:
            continue
        if it.unplaced:
            report.unplaced.append(Unplaced(it.text.text, it.para.index, it.unplaced, path))
            continue
        counts[node.kind] = counts.get(node.kind, 0) + 1
        positions.append(it.para.index)
    summary = " · ".join(f"{_SYMBOL[k]} {counts[k]}" for k in Kind if counts.get(k))
    report.parts.append(PartReport("body", bool(positions), summary, positions))
    notes += sum(len(p.footnotes()) for p in notice.opening.override or [])
    notes += len(notice.closing.footnotes())
    report.parts.append(PartReport("footnotes", notes > 0, str(notes) if notes else "", []))


def _place_revisions(report: ImportReport, reg: Regions, block: list[Para], opening: list[Item],
                     closing: Item | None, origin: dict[int, Item], notice: Notice) -> None:
    """Say for each tracked change where its paragraph went in the draft."""
    where: dict[int, tuple[str, tuple[int, ...] | None]] = {}
    for p in reg.header:
        where[p.index] = ("header", None)
    for p in ([reg.doc_type] if reg.doc_type else []) + reg.summary:
        where[p.index] = ("title", None)
    for p in block:
        where[p.index] = ("bottom", None)
    for i, it in enumerate(opening):
        where[it.para.index] = ("opening", (i,))
    if closing is not None:
        where[closing.para.index] = ("closing", None)
    for path, node in notice.walk_body():
        it = origin.get(id(node))
        if it is not None:
            where.setdefault(it.para.index, ("body", path))
    for rev in report.revisions:
        rev.part, rev.path = where.get(rev.position, ("", None))


def _numbering_formats(items: list[Item], notice: Notice) -> None:
    """Keep the label style the notice used (``1.1`` without a final dot, ``a.``): the
    first label of each level decides; NĐ 30's forms are the defaults."""
    seen: set[Kind] = set()
    for it in items:
        if it.unplaced or not it.label or it.kind in seen:
            continue
        seen.add(it.kind)
        fmt = label_format(it.kind, it.label)
        if fmt is not None:
            notice.numbering[it.kind] = fmt


def _layout(read: ReadResult, notice: Notice, report: ImportReport) -> None:
    """The page margins, when NĐ 30 allows them (one warning lists those it does not)."""
    outside_vi, outside_en = [], []
    for side, value in read.margins_mm.items():
        limit = LAYOUT_LIMITS[f"margins.{side}"]
        if limit.allows(value):
            setattr(notice.layout.margins, side, value)
        else:
            outside_vi.append(f"{limit.name_vi.lower()} {value:g} mm")
            outside_en.append(f"{limit.name_en.lower()} {value:g} mm")
    if outside_vi:
        report.warn("import.warn.margins", values=", ".join(outside_vi), values_en=", ".join(outside_en))


def _notes_outside_text(paras: list[Para], report: ImportReport) -> None:
    """A footnote on the header, the trích yếu or the signature block has no place in the
    draft (those parts are plain lines): say so, with its text."""
    for p in paras:
        for piece in p.pieces:
            if isinstance(piece, Footnote):
                report.warn("import.warn.footnote_left", position=p.index, text=" ".join(piece.text.split())[:120])


def _warnings(read: ReadResult, paras: list[Para], report: ImportReport) -> None:
    for enc, runs in read.encodings.items():
        report.warn("import.warn.encoding", encoding=enc, runs=runs)
    for p in paras:
        if legacy.looks_legacy(p.text):
            report.warn("import.warn.legacy_left", position=p.index, text=p.text[:60])
    if read.images:
        report.warn("import.warn.images", count=read.images)
    if read.textboxes:
        report.warn("import.warn.textboxes", count=read.textboxes)
    for text in read.hidden:
        report.warn("import.warn.hidden", text=" ".join(text.split())[:80])
    if read.endnotes:
        report.warn("import.warn.endnotes", count=read.endnotes)
    if read.revisions:
        report.warn("import.warn.revisions", count=len(read.revisions))
    if read.comments:
        report.warn("import.warn.comments")
    if read.embedded:
        report.warn("import.warn.embedded", count=read.embedded)

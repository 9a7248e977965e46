"""Paragraphs → a structured notice: where each part starts and ends.

The document is cut into regions in reading order:

1. **header** — everything before the document-type line (``THÔNG BÁO``);
2. **title** — the type line and the summary (trích yếu) under it, however
   many lines it takes, up to the rule or the first body paragraph;
3. **main** — the opening, the body and the closing sentence;
4. **bottom** — from ``Nơi nhận:`` (or the first authority line, or the
   table row holding them) to the signer's name.

Whatever a region holds that is none of its parts is kept as a plain body
paragraph at the nearest place and listed in the report (never dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Kind, Node, Opening, RichText
from ..model.text import Footnote, Run
from .labels import auto_kind, typed_label
from .parts import (AUTHORITY, RECIPIENTS, Line, is_motto, is_national, is_rule, is_upper, lines_of,
                    parse_date, parse_number)
from .reader import Para

DOC_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "CÔNG VĂN", "BÁO CÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "TỜ TRÌNH",
             "CHỈ THỊ", "GIẤY MỜI", "BIÊN BẢN")
_CLOSING = re.compile(r"(\./\.|/\.)\s*$|thông báo\b.*\b(biết|thực hiện)", re.I)
#: How a trích yếu starts, for one typed as an ordinary paragraph under the type line.
_SUMMARY_START = re.compile(r"^(Kết luận|Ý kiến kết luận|Về việc|Về |V/v|Thông báo kết luận)", re.I)
_OPENING_END = re.compile(r"(như sau|sau đây)\s*:\s*$", re.I)
HEADING_STYLES = {"TBHeading1", "TBHeading2", "TBHeading3", "TBHeading4"}
PROSE_STYLES = {"TBLabelled", "TBItem", "TBSubItem", "TBBody", "TBOpening", "TBClosing"}


@dataclass
class Regions:
    header: list[Para] = field(default_factory=list)
    doc_type: Para | None = None
    summary: list[Para] = field(default_factory=list)
    main: list[Para] = field(default_factory=list)
    bottom: list[Para] = field(default_factory=list)


def _is_doc_type(p: Para, seen_header: bool) -> bool:
    text = p.text
    if not text or p.table is not None or not is_upper(text) or len(text.split()) > 6:
        return False
    if is_national(text) or is_motto(text) or parse_number(text) or parse_date(text):
        return False
    if text.upper().startswith(DOC_TYPES) or p.style == "TBDocType":
        return True
    return seen_header and p.align == "center" and len(text.split()) <= 3


def _header_mark(p: Para) -> bool:
    t = p.text
    return bool(t) and (is_national(t) or is_motto(t) or parse_number(t) is not None
                        or parse_date(t) is not None)


def segment(paras: list[Para]) -> Regions:
    reg = Regions()
    seen_header = False
    t = None
    for i, p in enumerate(paras[:60]):
        if p.where == "textbox":
            continue
        if _is_doc_type(p, seen_header):
            t = i
            break
        seen_header = seen_header or _header_mark(p) or p.table is not None
    if t is None:
        marks = [i for i, p in enumerate(paras[:25]) if _header_mark(p)]
        end = marks[-1] + 1 if marks else 0
        if end and paras[end - 1].table is not None:  # the whole header table
            table = paras[end - 1].table[0]
            while end < len(paras) and paras[end].table is not None and paras[end].table[0] == table:
                end += 1
        reg.header, rest = paras[:end], paras[end:]
    else:
        reg.header, reg.doc_type, rest = paras[:t], paras[t], paras[t + 1:]
        rest = _take_summary(rest, reg)
    start = _bottom_start(rest)
    reg.main, reg.bottom = rest[:start], rest[start:]
    return reg


def _take_summary(rest: list[Para], reg: Regions) -> list[Para]:
    i = 0
    while i < len(rest) and len(reg.summary) < 6:
        p = rest[i]
        if p.where == "textbox":
            break
        if not p.text or p.rule or is_rule(p.text):
            if reg.summary:
                break
            i += 1
            continue
        if (p.align == "center" or p.style == "TBSummary" or _all_bold(p)
                or (not reg.summary and _SUMMARY_START.match(p.text) and not p.text.endswith((".", ":")))) \
                and not typed_label(p.text) and not p.label and not p.text.lower().startswith("kính gửi"):
            reg.summary.append(p)
            i += 1
            continue
        break
    while i < len(rest) and (not rest[i].text and not _has_note(rest[i]) or rest[i].rule
                             or is_rule(rest[i].text)) and rest[i].where != "textbox":
        i += 1
    return rest[i:]


def _all_bold(p: Para) -> bool:
    letters = [r for r in p.pieces if isinstance(r, Run) and any(c.isalpha() for c in r.text)]
    return bool(letters) and (p.style_bold or all(r.bold for r in letters))


def _has_note(p: Para) -> bool:
    return any(isinstance(x, Footnote) for x in p.pieces)


def _bottom_start(rest: list[Para]) -> int:
    for i, p in enumerate(rest):
        first = p.raw.split("\n")[0].split("\t")[0].strip()
        if RECIPIENTS.match(first) or (AUTHORITY.match(p.text) and is_upper(p.text[:20])
                                       and len(p.text) < 80):
            if p.table is not None:
                while i > 0 and rest[i - 1].table is not None and rest[i - 1].table[:2] == p.table[:2]:
                    i -= 1
            return i
    return len(rest)


# --------------------------------------------------------------------------
# Main region: opening, body, closing


@dataclass
class Item:
    """One main-region paragraph, classified."""

    para: Para
    kind: Kind
    text: RichText
    heading: bool = False
    unplaced: str = ""  # import.why.* reason when it is kept as a plain paragraph
    label: str = ""  # the label as printed ("1.1.", "a)")


def _strip_chars(pieces: list, count: int) -> list:
    out, left = [], count
    for p in pieces:
        if left and isinstance(p, Run):
            cut = min(left, len(p.text))
            left -= cut
            if p.text[cut:]:
                out.append(Run(p.text[cut:], p.bold, p.italic))
        else:
            out.append(p)
    return out


def _uniform(rich: RichText, para: Para) -> tuple[bool, bool]:
    letters = [r for r in rich.runs() if any(c.isalpha() for c in r.text)]
    if not letters:
        return False, False
    return (para.style_bold or all(r.bold for r in letters),
            para.style_italic or all(r.italic for r in letters))


def _plain(rich: RichText, bold: bool, italic: bool) -> RichText:
    pieces = tuple(Run(p.text, p.bold and not bold, p.italic and not italic) if isinstance(p, Run) else p
                   for p in rich.pieces)
    return RichText(pieces).normalized()


_ENDS_SENTENCE = re.compile(r"[.:;!?…)\]”\"]\s*$")


def merge_broken(paras: list[Para]) -> list[Para]:
    """Join a paragraph cut in two by a hard return at a line's or a page's end (text copied
    from a PDF, a page break typed as Enter): the first does not end a sentence and the next
    goes on in lower case, with no label of its own."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        text = p.text
        if (prev is not None and prev.where == p.where == "body" and prev.text and text
                and text[0].islower() and p.label is None and not typed_label(text)
                and not _ENDS_SENTENCE.search(prev.text)):
            out[-1] = replace(prev, pieces=[*prev.pieces, Run(" "), *p.pieces])
            continue
        out.append(p)
    return out


def split_breaks(p: Para) -> list[Para]:
    """A paragraph whose manual line breaks start labelled lines (``- a`` ↵ ``- b``, typed with
    Shift+Enter) is that many paragraphs; any other line break is a space."""
    lines = p.raw.split("\n")
    starts = [bool(typed_label(line.lstrip())) for line in lines]
    if not any(starts[1:]):
        return [p]
    out: list[Para] = []
    current: list = []
    breaks = 0
    for piece in p.pieces:
        if not isinstance(piece, Run) or "\n" not in piece.text:
            current.append(piece)
            continue
        for k, part in enumerate(piece.text.split("\n")):
            if k:
                breaks += 1
                if starts[breaks]:
                    out.append(replace(p, pieces=current, label=p.label if not out else None))
                    current = []
                else:
                    current.append(Run(" ", piece.bold, piece.italic))
            if part:
                current.append(Run(part, piece.bold, piece.italic))
    out.append(replace(p, pieces=current, label=p.label if not out else None))
    return [q for q in out if q.pieces]


def classify(p: Para) -> Item:
    pieces = list(p.pieces)
    kind: Kind | None = None
    label = ""
    if p.label is not None:
        kind, label = auto_kind(p.label), p.label.text
    if kind is None:
        lead = p.raw.lstrip()
        found = typed_label(lead)
        if found is not None:
            kind, label, cut = found
            pieces = _strip_chars(pieces, cut + len(p.raw) - len(lead))
    rich = RichText(tuple(pieces)).normalized()
    if kind is None or kind is Kind.PARAGRAPH:
        return Item(p, Kind.PARAGRAPH, rich)
    if kind in (Kind.ITEM, Kind.SUB_ITEM):
        return Item(p, kind, rich)
    bold, italic = _uniform(rich, p)
    if p.style in HEADING_STYLES or (p.heading_level is not None and p.heading_level < 9
                                      and p.style not in PROSE_STYLES):
        heading = True
    elif p.style in PROSE_STYLES:
        heading = False
    else:
        heading = bold or italic or (kind is Kind.MUC and is_upper(rich.text) and len(rich.text) < 200)
    if heading:
        rich = _plain(rich, bold, italic)
    return Item(p, kind, rich, heading, label=label)


def split_main(items: list[Item]) -> tuple[list[Item], list[Item], Item | None]:
    """(opening, body, closing) of the main region."""
    closing = None
    for k in range(len(items) - 1, max(-1, len(items) - 3), -1):
        it = items[k]
        if it.unplaced or it.kind is not Kind.PARAGRAPH:
            break
        if it.para.style == "TBClosing" or _CLOSING.search(it.text.text):
            closing = it
            items = items[:k] + items[k + 1:]
            break
    first_label = next((i for i, it in enumerate(items) if it.kind is not Kind.PARAGRAPH
                        and not it.unplaced), None)
    styled = [i for i, it in enumerate(items) if it.para.style == "TBOpening"]
    if styled:
        end = styled[-1] + 1
    else:
        lead = items[:first_label] if first_label is not None else items
        ends = [i for i, it in enumerate(lead) if _OPENING_END.search(it.text.text) and not it.unplaced]
        if ends:
            end = ends[0] + 1
        elif first_label is not None:
            end = first_label
        else:
            end = 0
    opening = [it for it in items[:end] if not it.unplaced]
    body = [it for it in items[:end] if it.unplaced] + items[end:]
    return opening, body, closing


def build_tree(items: list[Item]) -> tuple[list[Node], dict[int, Item]]:
    """The body tree; also node id → the item it came from."""
    root: list[Node] = []
    stack: list[Node] = []
    origin: dict[int, Item] = {}
    for it in items:
        node = Node(it.kind, it.text, it.heading and it.kind.labelled)
        origin[id(node)] = it
        if it.kind is Kind.PARAGRAPH:
            while stack and stack[-1].kind in (Kind.ITEM, Kind.SUB_ITEM):
                stack.pop()
            (stack[-1].children if stack else root).append(node)
            continue
        while stack and stack[-1].kind.rank >= it.kind.rank:
            stack.pop()
        (stack[-1].children if stack else root).append(node)
        stack.append(node)
    return root, origin


def notice_opening(opening: list[Item]) -> Opening:
    return Opening(override=[it.text for it in opening])


def lines_of_all(paras: list[Para]) -> list[Line]:
    out: list[Line] = []
    for p in paras:
        out += lines_of(p)
    return out

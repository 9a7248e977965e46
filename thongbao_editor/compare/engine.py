"""Part-by-part comparison of two notices.

:func:`diff_notices` returns the list of :class:`~.changes.Change` from an
old notice to a new one: the header fields one by one, the opening facts,
each body node (matched across the tree, see :mod:`.tree`), each node's
footnotes, the closing, each recipient line, the ``Lưu:`` line, the signing
block, the abbreviations, and the layout and numbering settings.  Texts are
compared by Vietnamese words (:mod:`.words`).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from ..model import Node, Notice, RichText
from ..model.draft import notice_to_dict
from ..model.notice import LAYOUT_LIMITS, layout_value
from ..model.paths import FieldPath
from ..model.text import Footnote
from . import tree
from .changes import CHANGED, DELETED, INSERTED, MOVED, PARTS, Change, path_text
from .words import opcodes, word_ops

#: Single-valued fields compared one by one: path → how it is read.
SCALAR_FIELDS = (
    "header.number", "header.symbol", "header.place", "header.date", "header.doc_type",
    "header.summary",
    "opening.template", "opening.inspection_date", "opening.chair.name", "opening.chair.title",
    "opening.chair.role", "opening.attendees", "opening.participants", "opening.activities",
    "opening.reporters", "opening.report_subject",
    "storage.copies", "storage.initials", "signature.signer",
)
#: Fields that are lists of lines, compared line by line.
LINE_FIELDS = ("header.parent_agency", "header.agency", "opening.basis", "opening.units",
               "recipients", "storage.units", "signature.authority")


# --------------------------------------------------------------------------
# Targets: what apply.Taking turns into the model's operations


@dataclass
class FieldTarget:
    attr: str  # dotted path from the notice
    old_value: Any
    new_value: Any


@dataclass
class LineTarget:
    attr: str
    old_line: str | None
    new_line: str | None
    old_index: int
    new_index: int
    new_lines: tuple[str, ...]  # the whole new list (to place an inserted line)


@dataclass
class BodyContext:
    """Shared by the body changes of one comparison: the current counterpart
    of each new node in the notice being changed (the old node it was paired
    with, or the copy an accepted insertion put there), and each old node
    without a partner as it is now in that notice (see :mod:`.apply`)."""

    matching: tree.Matching
    counterpart: dict[int, Node]  # id(new node) -> node in the target notice

    def __post_init__(self) -> None:
        m = self.matching
        self.matched_new = {id(m.new[n].node) for n in m.pairs.values()}
        #: id(old node without a partner) -> that node in the target notice
        self.remaining = {id(e.node): e.node for e in m.old if e.index not in m.pairs}
        self.new_body = [e.node for e in m.new if e.parent is None]


@dataclass
class NodeTarget:
    ctx: BodyContext
    old: tree.Entry | None
    new: tree.Entry | None


@dataclass
class FootnoteTarget:
    ctx: BodyContext
    new: tree.Entry
    index: int
    old_content: tuple
    new_content: tuple


# --------------------------------------------------------------------------
# Reading fields


def get_attr(notice: Notice, attr: str) -> Any:
    """The value of the field ``attr`` (``header.summary``) in ``notice``."""
    return FieldPath.parse(attr).get(notice)


def field_text(attr: str, value: Any) -> str:
    """How a field's value is shown in a change."""
    if value is None:
        return ""
    if attr == "header.date":
        day = f"{value.day:02d}" if value.day else "…"
        month = f"{value.month:02d}" if value.month else "…"
        return f"{day}/{month}/{value.year}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, RichText):
        return value.text
    return str(value)


def _text_change(part: str, path: str, old: str, new: str, target: Any, kind: str = CHANGED) -> Change:
    return Change(part, path, kind, old, new, word_ops(old, new), target=target)


def _scalar_changes(old: Notice, new: Notice) -> list[Change]:
    out = []
    for attr in SCALAR_FIELDS:
        a, b = get_attr(old, attr), get_attr(new, attr)
        if a != b:
            out.append(_text_change(attr.split(".")[0], attr, field_text(attr, a), field_text(attr, b),
                                    FieldTarget(attr, copy.deepcopy(a), copy.deepcopy(b))))
    return out


def line_changes(attr: str, a: list[str], b: list[str], part: str | None = None) -> list[Change]:
    """Line-by-line changes of a list of lines (recipients, agency lines …)."""
    part = part or attr.split(".")[0]
    out: list[Change] = []
    for tag, i1, i2, j1, j2 in opcodes(a, b):
        if tag == "equal":
            continue
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            i, j = i1 + k, j1 + k
            o = a[i] if i < i2 else None
            w = b[j] if j < j2 else None
            kind = CHANGED if o is not None and w is not None else (INSERTED if w is not None else DELETED)
            path = f"{attr}[{j if w is not None else i}]"
            target = LineTarget(attr, o, w, i, j, tuple(b))
            out.append(Change(part, path, kind, o, w, word_ops(o or "", w or ""), target=target))
    return out


def _list_changes(old: Notice, new: Notice) -> list[Change]:
    out = []
    for attr in LINE_FIELDS:
        out += line_changes(attr, list(get_attr(old, attr)), list(get_attr(new, attr)))
    abbr_a = [f"{x.short}: {x.full}" for x in old.abbreviations]
    abbr_b = [f"{x.short}: {x.full}" for x in new.abbreviations]
    if abbr_a != abbr_b:
        out.append(_whole("abbreviations", "abbreviations", "\n".join(abbr_a), "\n".join(abbr_b),
                          old.abbreviations, new.abbreviations))
    return out


def _whole(part: str, attr: str, old_text: str, new_text: str, a: Any, b: Any) -> Change:
    return _text_change(part, attr, old_text, new_text,
                        FieldTarget(attr, copy.deepcopy(a), copy.deepcopy(b)))


def _rich_changes(old: Notice, new: Notice) -> list[Change]:
    out = []
    if old.closing != new.closing:
        out.append(_whole("closing", "closing", old.closing.text, new.closing.text,
                          old.closing, new.closing))
    a, b = old.opening.override, new.opening.override
    if a != b:
        out.append(_whole("opening", "opening.override",
                          "\n".join(t.text for t in a or ()), "\n".join(t.text for t in b or ()), a, b))
    return out


def _settings_changes(old: Notice, new: Notice) -> list[Change]:
    out = []
    for attr in LAYOUT_LIMITS:
        a, b = layout_value(old.layout, attr), layout_value(new.layout, attr)
        if a != b:
            out.append(_whole("layout", f"layout.{attr}", str(a), str(b), a, b))
    da, db = notice_to_dict(old), notice_to_dict(new)
    for key in ("numbering", "silenced", "template", "appendices"):  # compared whole
        if da.get(key) != db.get(key):
            out.append(_whole(key, key, _json(da.get(key)), _json(db.get(key)),
                              getattr(old, key), getattr(new, key)))
    return out


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------
# The body


def skeleton(text: RichText) -> str:
    """The markup of a node's text with each footnote's content left out."""
    return RichText(tuple(Footnote(()) if isinstance(p, Footnote) else p
                          for p in text.pieces)).to_markup()


def _node_detail(a: Node, b: Node) -> str:
    notes = []
    if a.kind is not b.kind:
        notes.append(f"kind: {a.kind.value} → {b.kind.value}")
    if a.heading != b.heading:
        notes.append(f"heading: {a.heading} → {b.heading}")
    fa, fb = len(a.text.footnotes()), len(b.text.footnotes())
    if fa != fb:
        notes.append(f"footnotes: {fa} → {fb}")
    elif skeleton(a.text) != skeleton(b.text) and a.text.text == b.text.text:
        notes.append("formatting")
    if a.table != b.table:
        notes.append("table")
    return "; ".join(notes)


def _body_changes(old: Notice, new: Notice) -> list[tuple[float, Change]]:
    m = tree.match(old, new)
    ctx = BodyContext(m, {id(m.new[n].node): m.old[o].node for o, n in m.pairs.items()})
    back = m.back
    out: list[tuple[float, Change]] = []
    for e in m.new:
        if e.index not in back:
            if e.parent is None or e.parent.index in back:  # the top of an inserted subtree
                out.append((e.index, Change("body", path_text(e.path), INSERTED, None, e.node.text.text,
                                            word_ops("", e.node.text.text),
                                            target=NodeTarget(ctx, None, e))))
            continue
        o = m.old[back[e.index]]
        out += [(e.index + k / 1000, c) for k, c in enumerate(_pair_changes(ctx, o, e), 1)]
    for o in m.old:
        if o.index not in m.pairs and (o.parent is None or o.parent.index in m.pairs):
            out.append((_place_of_deleted(m, o), Change(
                "body", path_text(o.path), DELETED, o.node.text.text, None,
                word_ops(o.node.text.text, ""), old_path=path_text(o.path),
                target=NodeTarget(ctx, o, None))))
    return out


def _pair_changes(ctx: BodyContext, o: tree.Entry, e: tree.Entry) -> list[Change]:
    a, b = o.node, e.node
    moved = e.index in ctx.matching.moved
    out = []
    text_differs = skeleton(a.text) != skeleton(b.text) or a.kind is not b.kind or a.heading != b.heading \
        or a.table != b.table
    notes_a, notes_b = a.text.footnotes(), b.text.footnotes()
    if len(notes_a) != len(notes_b):
        text_differs = True
    if moved or text_differs:
        out.append(Change("body", path_text(e.path), MOVED if moved else CHANGED, a.text.text, b.text.text,
                          word_ops(a.text.text, b.text.text), old_path=path_text(o.path),
                          detail=_node_detail(a, b), target=NodeTarget(ctx, o, e)))
    if len(notes_a) == len(notes_b):
        for k, (fa, fb) in enumerate(zip(notes_a, notes_b, strict=True)):
            if fa != fb:
                out.append(Change("body", f"{path_text(e.path)}.footnotes[{k}]", CHANGED, fa.text, fb.text,
                                  word_ops(fa.text, fb.text), old_path=f"{path_text(o.path)}.footnotes[{k}]",
                                  target=FootnoteTarget(ctx, e, k, fa.content, fb.content)))
    return out


def _place_of_deleted(m: tree.Matching, o: tree.Entry) -> float:
    """Where a deleted node is listed: after the partner of the old node before it."""
    for i in range(o.index - 1, -1, -1):
        if i in m.pairs:
            return m.pairs[i] + 0.5 + o.index / 1e6
    return -0.5 + o.index / 1e6


# --------------------------------------------------------------------------
# Entry point


def diff_notices(old: Notice, new: Notice) -> list[Change]:
    """Every difference from ``old`` to ``new``, in the order of the parts."""
    flat = _scalar_changes(old, new) + _list_changes(old, new) + _rich_changes(old, new) \
        + _settings_changes(old, new)
    order = {p: i for i, p in enumerate(PARTS)}
    keyed: list[tuple[int, float, int, Change]] = [
        (order[c.part], 0.0, i, c) for i, c in enumerate(flat)]
    keyed += [(order["body"], pos, i, c) for i, (pos, c) in enumerate(_body_changes(old, new))]
    keyed.sort(key=lambda t: t[:3])
    return [c for *_k, c in keyed]

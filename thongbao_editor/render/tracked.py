"""The tracked-changes export: the NEW notice as a Word document whose
revisions (``w:ins``, ``w:del``, ``w:moveFrom``/``w:moveTo``) show every
difference from the OLD one, with author and date.

It is the normal .docx export (:func:`.docx.render_docx_bytes`, the same block
walk and layout) with another writer of the texts: every field, line and
paragraph is written as its word-level difference (:mod:`..compare.words`)
against its counterpart in the old notice.  Body paragraphs are paired by
the compare engine's node matching (:mod:`..compare.tree`); the opening
paragraphs and list lines (agency, recipients, authority) by their order.

* a changed text: unchanged words as plain runs, deleted words in
  ``w:del`` (``w:delText``), inserted ones in ``w:ins``; formatting changes
  show as a deletion plus an insertion;
* an inserted or deleted paragraph: its runs in ``w:ins``/``w:del`` and its
  paragraph mark revised too (``w:pPr/w:rPr/w:ins`` or ``w:del``), so
  accepting or rejecting removes the whole paragraph;
* a moved paragraph: the old text at the old place in ``w:moveFrom`` between
  ``w:moveFromRangeStart``/``End``, the new text at the new place in
  ``w:moveTo`` between ``w:moveToRangeStart``/``End`` (words added while
  moving are ``w:ins`` there), both paragraph marks revised as moved;
* a footnote: its reference follows the run it stands in, and its text is the
  difference of the two footnote texts.

Accepting every revision gives exactly the new notice's text, rejecting every
one gives exactly the old notice's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from ..compare import tree
from ..compare.words import joined_opcodes, opcodes, tokens
from ..model import Notice, RichText
from ..model.text import Footnote, Run
from . import blocks as blocks_mod
from .docx_package import W_NS
from .docx import _NOTE_REF_RPR, _esc, _para, _Writer, paragraph_style, render_docx_bytes, run_properties

DEFAULT_AUTHOR = "thongbao-editor"

_Token = tuple  # (key, piece): key compares, piece is a Run fragment or a Footnote


def _tokens(rich: RichText, label: str = "") -> list[_Token]:
    out: list[_Token] = []
    pieces = ((Run(label + " "),) if label else ()) + rich.pieces
    for p in pieces:
        if isinstance(p, Footnote):
            out.append((("f",), p))
            continue
        for t in tokens(p.text):
            out.append((("t", t, p.bold, p.italic), Run(t, p.bold, p.italic)))
    return out


@dataclass
class Item:
    """One paragraph of the merged document: ``kind`` is ``same`` (compared
    word by word), ``ins``, ``del``, ``move_from`` or ``move_to``."""

    kind: str
    old: object = None  # blocks.Paragraph, or a line (str) of a list
    new: object = None
    move: int = 0  # the number of the move, shared by its from and to sides


class TrackedWriter(_Writer):
    """Writes the new blocks as revisions against the old blocks."""

    def __init__(self, old_doc: blocks_mod.Document, new_doc: blocks_mod.Document,
                 old: Notice, new: Notice, author: str, date: dt.datetime) -> None:
        super().__init__()
        self.old_doc, self.new_doc = old_doc, new_doc
        self.old_notice, self.new_notice = old, new
        self.author, self.date = _esc(author), date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1
        self.moves = 0

    # -- revisions ---------------------------------------------------------------
    def _attrs(self) -> str:
        rid = self.next_id
        self.next_id += 1
        return f'w:id="{rid}" w:author="{self.author}" w:date="{self.date}"'

    def _wrap(self, tag: str, runs: str) -> str:
        return f"<w:{tag} {self._attrs()}>{runs}</w:{tag}>" if runs else ""

    def _mark(self, tag: str) -> str:
        return f"<w:rPr><w:{tag} {self._attrs()}/></w:rPr>"

    # -- runs ----------------------------------------------------------------------
    def _run(self, piece, deleted: bool, size_pt: float | None = None, old_note=None) -> str:
        if isinstance(piece, Footnote):
            fid = len(self.footnotes) + 1
            self.footnotes.append(self._tracked_footnote(fid, old_note if old_note is not None else piece,
                                                         piece))
            return f'<w:r>{_NOTE_REF_RPR}<w:footnoteReference w:id="{fid}"/></w:r>'
        tag = "delText" if deleted else "t"
        return (f'<w:r>{run_properties(piece.bold, piece.italic, size_pt)}'
                f'<w:{tag} xml:space="preserve">{_esc(piece.text)}</w:{tag}></w:r>')

    def _runs(self, toks: list[_Token], deleted: bool = False, size_pt: float | None = None,
              old: list[_Token] | None = None) -> str:
        """Runs of ``toks``; neighbouring fragments of one formatting make one
        run.  ``old``: the unchanged old tokens (a footnote is paired with its
        old self, so that its text shows its own changes)."""
        out, pending = [], None
        for k, (_key, piece) in enumerate(toks):
            if isinstance(piece, Run):
                if pending is not None and (piece.bold, piece.italic) == (pending.bold, pending.italic):
                    pending = Run(pending.text + piece.text, piece.bold, piece.italic)
                    continue
                if pending is not None:
                    out.append(self._run(pending, deleted, size_pt))
                pending = piece
                continue
            if pending is not None:
                out.append(self._run(pending, deleted, size_pt))
                pending = None
            out.append(self._run(piece, deleted, size_pt, old_note=old[k][1] if old else None))
        if pending is not None:
            out.append(self._run(pending, deleted, size_pt))
        return "".join(out)

    def diff_runs(self, old: list[_Token], new: list[_Token], size_pt: float | None = None,
                  moved_to: bool = False) -> str:
        """The new tokens with their differences from the old ones as revisions.
        In a paragraph moved here (``moved_to``) the unchanged words are
        ``w:moveTo`` and deletions are left to the ``w:moveFrom`` side."""
        old_keys, new_keys = [k for k, _ in old], [k for k, _ in new]
        if old_keys == new_keys:  # most paragraphs: no change at all
            runs = self._runs(new, False, size_pt, old=old)
            return self._wrap("moveTo", runs) if moved_to else runs
        out = []
        for tag, i1, i2, j1, j2 in joined_opcodes(old_keys, new_keys, _blank):
            if tag == "equal":
                runs = self._runs(new[j1:j2], False, size_pt, old=old[i1:i2])
                out.append(self._wrap("moveTo", runs) if moved_to else runs)
                continue
            if tag in ("delete", "replace") and not moved_to:
                out.append(self._wrap("del", self._runs(old[i1:i2], True, size_pt)))
            if tag in ("insert", "replace"):
                out.append(self._wrap("ins", self._runs(new[j1:j2], False, size_pt)))
        return "".join(out)

    def _tracked_footnote(self, fid: int, old: Footnote, new: Footnote) -> str:
        a = _tokens(RichText(old.content))
        b = _tokens(RichText(new.content))
        body = self._runs(b) if old == new else self.diff_runs(a, b)
        return (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r>{_NOTE_REF_RPR}<w:footnoteRef/></w:r>'
                f'<w:r>{run_properties()}<w:t xml:space="preserve"> </w:t></w:r>{body}</w:p></w:footnote>')

    # -- fields and lines -----------------------------------------------------------------
    def field(self, name: str, text: str, bold: bool = False, italic: bool = False,
              size_pt: float | None = None) -> str:
        old = _block_value(self.old_doc, name)
        if old == text:
            return super().field(name, text, bold, italic, size_pt)
        return self.diff_runs(_line_tokens(old, bold, italic), _line_tokens(text, bold, italic), size_pt)

    def lines(self, name: str, lines: tuple[str, ...]) -> list:
        return align(list(_block_value(self.old_doc, name)), list(lines))

    def line_runs(self, item, bold: bool = False, italic: bool = False) -> str:
        if item.kind == "same" and item.old == item.new:
            return super().line_runs(item.new, bold, italic)
        old = _line_tokens(item.old or "", bold, italic)
        new = _line_tokens(item.new or "", bold, italic)
        if item.kind == "del":
            return self._wrap("del", self._runs(old, True))
        return self.diff_runs(old, new)

    def line_mark(self, item) -> str:
        return {"ins": self._mark("ins"), "del": self._mark("del")}.get(item.kind, "")

    def finish(self, d) -> None:
        """Word keeps tracking: the leader's own edits come back as tracked changes."""
        settings = d.settings.element
        if settings.find(f"{{{W_NS}}}trackRevisions") is not None:
            return
        track = settings.makeelement(f"{{{W_NS}}}trackRevisions", {})
        for i, child in enumerate(settings):
            if etree.QName(child).localname not in _SETTINGS_BEFORE_TRACK:
                settings.insert(i, track)
                return
        settings.append(track)

    # -- body paragraphs --------------------------------------------------------------------
    def paragraphs(self, doc: blocks_mod.Document) -> list:
        return merge_paragraphs(self.old_doc, doc, tree.match(self.old_notice, self.new_notice))

    def paragraph_xml(self, item: Item) -> str:
        p = item.new if item.new is not None else item.old
        if item.kind == "same" and (p.label, p.content) == (item.old.label, item.old.content):
            return super().paragraph_xml(p)
        style, ppr = paragraph_style(p)
        old = _tokens(item.old.content, item.old.label) if item.old is not None else []
        new = _tokens(item.new.content, item.new.label) if item.new is not None else []
        if item.kind == "same":
            return _para(style, self.diff_runs(old, new), ppr)
        if item.kind == "ins":
            return _para(style, self._wrap("ins", self._runs(new)), ppr + self._mark("ins"))
        if item.kind == "del":
            return _para(style, self._wrap("del", self._runs(old, True)), ppr + self._mark("del"))
        side = "moveFrom" if item.kind == "move_from" else "moveTo"
        runs = self._wrap("moveFrom", self._runs(old)) if side == "moveFrom" \
            else self.diff_runs(old, new, moved_to=True)
        rid = self.next_id
        self.next_id += 1
        start = (f'<w:{side}RangeStart w:id="{rid}" w:author="{self.author}" w:date="{self.date}" '
                 f'w:name="move{item.move}"/>')
        end = f'<w:{side}RangeEnd w:id="{rid}"/>'
        return _para(style, start + runs + end, ppr + self._mark(side))


#: The elements of w:settings that come before w:trackRevisions (ECMA-376 CT_Settings order).
_SETTINGS_BEFORE_TRACK = frozenset(
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData "
    "embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors "
    "activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
    "stylePaneSortMethod documentType mailMerge revisionView".split())


def _blank(key: tuple) -> bool:
    return key[0] == "t" and key[1].isspace()


def _line_tokens(text: str, bold: bool, italic: bool) -> list[_Token]:
    return _tokens(RichText((Run(text, bold, italic),)) if text else RichText())


#: Where each named text of the layout is in the blocks.
_BLOCK_FIELDS = {
    "parent_agency": lambda d: d.header.parent_agency, "agency": lambda d: d.header.agency,
    "number_line": lambda d: d.header.number_line, "date_line": lambda d: d.header.date_line,
    "doc_type": lambda d: d.doc_type, "summary": lambda d: d.summary,
    "recipients": lambda d: d.bottom.recipients if d.bottom else (),
    "authority": lambda d: d.bottom.authority if d.bottom else (),
    "signer": lambda d: d.bottom.signer if d.bottom else "",
}


def _block_value(doc: blocks_mod.Document, name: str):
    return _BLOCK_FIELDS[name](doc)


def align(old: list, new: list, key=lambda x: x) -> list[Item]:
    """Pair two lists in order: equal items, then replaced ones one for one,
    the rest inserted or deleted (deletions before insertions)."""
    out: list[Item] = []
    for tag, i1, i2, j1, j2 in opcodes([key(x) for x in old], [key(x) for x in new]):
        pairs = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        out += [Item("same", old[i1 + k], new[j1 + k]) for k in range(pairs)]
        out += [Item("del", old[i]) for i in range(i1 + pairs, i2)]
        out += [Item("ins", None, new[j]) for j in range(j1 + pairs, j2)]
    return out


def merge_paragraphs(old_doc: blocks_mod.Document, new_doc: blocks_mod.Document,
                     m: tree.Matching) -> list[Item]:
    """Old and new paragraphs in one sequence: the new ones in order, each
    old one without a partner in place (deleted, or the old side of a move)
    right after the partner of the old paragraph before it."""
    old_ps, new_ps = old_doc.paragraphs, new_doc.paragraphs
    partner, moved = _pair_paragraphs(old_ps, new_ps, m)
    after: dict[int, list[Item]] = {}
    last = -1  # the new index the previous in-place old paragraph went to
    move_of: dict[int, int] = {}
    for i, p in enumerate(old_ps):
        j = partner.get(i)
        if j is not None and j not in moved:
            last = j
            continue
        if j is None:
            after.setdefault(last, []).append(Item("del", p))
        else:
            move_of[j] = len(move_of) + 1
            after.setdefault(last, []).append(Item("move_from", p, None, move_of[j]))
    back = {j: i for i, j in partner.items()}
    out = list(after.get(-1, []))
    for j, p in enumerate(new_ps):
        i = back.get(j)
        if i is None:
            out.append(Item("ins", None, p))
        elif j in moved:
            out.append(Item("move_to", old_ps[i], p, move_of[j]))
        else:
            out.append(Item("same", old_ps[i], p))
        out += after.get(j, [])
    return out


def _pair_paragraphs(old_ps: list, new_ps: list, m: tree.Matching) -> tuple[dict[int, int], set[int]]:
    """Old paragraph index → new paragraph index, and the new indices that moved."""
    old_at = {e.path: e.index for e in m.old}
    new_at = {e.path: e.index for e in m.new}
    new_by_entry = {new_at[p.path]: j for j, p in enumerate(new_ps) if p.path is not None}
    partner: dict[int, int] = {}
    moved: set[int] = set()
    travelling = _moved_with_subtrees(m)
    for i, p in enumerate(old_ps):
        if p.path is None:
            continue
        n = m.pairs.get(old_at[p.path])
        if n is not None and n in new_by_entry:
            partner[i] = new_by_entry[n]
            if n in travelling:
                moved.add(partner[i])
    partner.update(_pair_outside_body(old_ps, new_ps))
    return partner, moved


def _moved_with_subtrees(m: tree.Matching) -> set[int]:
    """The moved new nodes and the matched nodes below them: in the document
    a moved node's paragraphs leave with it."""
    out: set[int] = set()
    for e in m.new:  # parents come before their children
        if e.index in m.moved or (e.parent is not None and e.parent.index in out):
            out.add(e.index)
    return out


def _pair_outside_body(old_ps: list, new_ps: list) -> dict[int, int]:
    """The opening paragraphs and the closing, paired in order by their text."""
    out: dict[int, int] = {}
    for role in ("opening", "closing"):
        a = [i for i, p in enumerate(old_ps) if p.path is None and p.role == role]
        b = [j for j, p in enumerate(new_ps) if p.path is None and p.role == role]
        keys_a = [old_ps[i].content.to_markup() for i in a]
        keys_b = [new_ps[j].content.to_markup() for j in b]
        for tag, i1, i2, j1, j2 in opcodes(keys_a, keys_b):
            if tag in ("equal", "replace"):
                out.update({a[i1 + k]: b[j1 + k] for k in range(min(i2 - i1, j2 - j1))})
    return out


def render_tracked_bytes(old: Notice, new: Notice, *, author: str | None = None,
                         date: dt.datetime | None = None, base_docx: str | None = None) -> bytes:
    """The new notice as .docx with tracked changes against the old one (a draft: DỰ THẢO)."""
    old_doc = blocks_mod.build(old)
    date = date or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def writer_for(new_doc: blocks_mod.Document) -> TrackedWriter:
        return TrackedWriter(old_doc, new_doc, old, new, author or DEFAULT_AUTHOR, date)

    return render_docx_bytes(new, base_docx=base_docx, writer_for=writer_for)

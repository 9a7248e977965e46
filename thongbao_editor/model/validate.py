"""What a final (ready-to-sign) export needs: spec §6.

Only the number and the day/month of the header may stay blank; nothing else
may be empty or hold a placeholder or a leftover template variable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .footnotes import footnote_order
from .notice import Notice
from .parts import PART_RANK, part_phrase
from .tables import without_references

# Leftover template variables ({{ x }}, {% … %}), ellipsis placeholders
# ("…", "..."), bracketed placeholders ("[tên đơn vị]", "<đơn vị>") and XXX.
# "<" followed by a space is a comparison ("tỷ lệ < 5% và > 3%"), not a slot.
# Each alternative stops at the next opener, so a run of "[[[[" or "{{{{" is
# searched in linear time.
PLACEHOLDER = re.compile(r"\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|\[[^\[\]^][^\[\]]*\]|<[^<>\s][^<>]*>|\bX{3,}\b"
                         r"|_{3,}")
ELLIPSIS_ONLY = re.compile(r"^\s*(…|\.{3,})\s*$")

MESSAGES = {
    "missing": ("Chưa có {what}", "{what} is empty"),
    "placeholder": ("{what} còn chỗ trống hoặc biến mẫu: «{text}»", "{what} still holds a placeholder: «{text}»"),
}


@dataclass(frozen=True)
class Problem:
    """One thing that stops a final export, located as a checker finding is:
    ``part`` (``header.summary``, ``body``, ``recipients`` …), ``index`` (the
    body path, or the line / paragraph of a list part) and ``footnote`` (which
    footnote of that field; ``number`` is its printed number)."""

    part: str
    kind: str  # "missing" | "placeholder"
    text: str = ""
    index: tuple[int, ...] = ()
    footnote: int | None = None
    number: int = 0

    @property
    def path(self) -> str:
        """The field path: ``header.summary``, ``recipients[2]``, ``body[0][1].footnotes[0]``."""
        path = self.part + "".join(f"[{i}]" for i in self.index)
        return path if self.footnote is None else f"{path}.footnotes[{self.footnote}]"

    def message(self, lang: str | None = None) -> str:
        from ..errors import language
        lang = lang or language()
        if self.footnote is not None:
            what = f"{part_phrase('footnotes', lang)} {self.number}"
        else:
            what = part_phrase(self.part, lang)
        if self.path != self.part:
            what = f"{what} ({self.path})"
        vi, en = MESSAGES[self.kind]
        text = (en if lang == "en" else vi).format(what=what, text=self.text)
        return text[:1].upper() + text[1:]  # "Chưa có trích yếu", "The summary … is empty"


def _placeholder(text: str) -> str | None:
    m = PLACEHOLDER.search(text)
    if m:
        return m.group(0)
    if ELLIPSIS_ONLY.match(text):
        return text.strip()
    return None


class _Collector:
    """Collects the problems of one notice, in print order."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def missing(self, part: str, index: tuple[int, ...] = ()) -> None:
        self.problems.append(Problem(part, "missing", index=index))

    def placeholder(self, part: str, text: str, index: tuple[int, ...] = (), **where) -> None:
        """A placeholder in ``text``, if there is one."""
        if (p := _placeholder(text)) is not None:
            self.problems.append(Problem(part, "placeholder", p, index, **where))

    def need(self, part: str, value: str, index: tuple[int, ...] = (), **where) -> None:
        """``value`` must be filled, without a placeholder."""
        if not value.strip():
            self.problems.append(Problem(part, "missing", index=index, **where))
        else:
            self.placeholder(part, value, index, **where)

    def lines(self, part: str, lines: list[str], *, required: bool) -> None:
        if required and not lines:
            self.missing(part)
        for i, line in enumerate(lines):
            self.need(part, line, (i,))


def _header(c: _Collector, notice: Notice) -> None:
    h = notice.header
    c.need("header.agency", " ".join(h.agency))
    c.lines("header.parent_agency", h.parent_agency, required=False)
    c.need("header.symbol", h.symbol)
    c.need("header.place", h.place)
    c.need("header.doc_type", h.doc_type)
    c.need("header.summary", h.summary)


def _opening(c: _Collector, paragraphs: list[str]) -> None:
    if not any(p.strip() for p in paragraphs):
        c.missing("opening")
    for i, text in enumerate(paragraphs):
        c.placeholder("opening", text, (i,))


def _body(c: _Collector, notice: Notice) -> None:
    if not notice.body:
        c.missing("body")
    for path, node in notice.walk_body():
        if node.kind.labelled and not node.text:  # a bare "2.1." or "-" on paper
            c.missing("body", path)
        else:
            c.placeholder("body", without_references(node.text.text, notice), path)


def final_problems(notice: Notice, opening_paragraphs: list[str] | None = None) -> list[Problem]:
    """Everything that must be filled before the notice can be signed.

    The opening is judged only when its printed paragraphs are given."""
    c = _Collector()
    _header(c, notice)
    if opening_paragraphs is not None:
        _opening(c, opening_paragraphs)
    _body(c, notice)
    c.need("closing", without_references(notice.closing.text, notice))
    for ref in footnote_order(notice):
        c.need(ref.part, ref.footnote.text, ref.path, footnote=ref.index, number=ref.number)
    c.lines("recipients", notice.recipients, required=True)
    if not notice.storage.units:
        c.missing("storage")
    c.lines("signature.authority", notice.signature.authority, required=True)
    c.need("signature.signer", notice.signature.signer)
    return _in_print_order(c.problems)


def _in_print_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (PART_RANK.get(p.part, len(PART_RANK)), p.index,
                                           -1 if p.footnote is None else p.footnote))

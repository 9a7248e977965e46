"""Find and replace across every part of a notice, Vietnamese-aware.

A letter typed without diacritics matches every accented form of it, a
letter typed with them matches only that form: ``ubnd xa`` finds ``UBND
xã`` and ``UBND xa``, ``xã`` finds only ``xã``; ``d`` also finds ``đ``.
Case is ignored unless asked.  The query is normalised as the notice is
(NFC, spaces folded), so text pasted from anywhere finds what it should.

:func:`find_all` lists the matches in print order (header, opening, body
with each paragraph's footnotes after it, closing, recipients, ``Lưu:``,
signature, abbreviations); :func:`replace_op` and :func:`replace_all_op`
return the model's edit operations, so a replacement is one undo step.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from .edit import Batch, SetField, SetFootnote, get_text, set_text_op, splice_op, splice_rich
from .notice import Notice
from .paths import FieldPath, TextTarget
from .text import Footnote, RichText, clean


def base_letter(c: str) -> str:
    """The letter without its diacritics (``ễ`` -> ``e``, ``Đ`` -> ``D``)."""
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    return unicodedata.normalize("NFD", c)[0]


@cache
def _variants() -> dict[str, str]:
    """Base ASCII letter -> its accented forms (same case)."""
    out: dict[str, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        base = base_letter(c)
        if base != c and base.isascii() and base.isalpha():
            out[base] = out.get(base, "") + c
    return out


def compile_query(query: str, *, match_case: bool = False, whole_word: bool = False
                  ) -> re.Pattern[str] | None:
    """The pattern for ``query`` (None for an empty query)."""
    query = clean(query)
    if not query:
        return None
    variants = _variants()
    parts = []
    for c in query:
        if c in variants:  # a bare letter: any of its accented forms
            parts.append(f"[{c}{variants[c]}]")
        else:
            parts.append(re.escape(c))
    pattern = "".join(parts)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return re.compile(pattern, 0 if match_case else re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    """One occurrence: the text it is in, the footnote of that text if any,
    and the character span in the plain text (as the checker's findings)."""

    target: TextTarget
    start: int
    end: int
    footnote: int | None = None

    @property
    def part(self) -> str:
        return location(self.target)[0]

    @property
    def path(self) -> tuple[int, ...]:
        return location(self.target)[1]

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def location(target: TextTarget) -> tuple[str, tuple[int, ...]]:
    """(part, path) as the checker names places: ``("body", (1, 2))``,
    ``("recipients", (3,))``, ``("opening", (0,))`` for the written opening."""
    if not isinstance(target, FieldPath):
        return "body", tuple(target)
    steps = target.steps
    ints = [s for s in steps if isinstance(s, int)]
    if not ints:
        return str(target), ()
    if steps[:2] == ("opening", "override"):
        return "opening", (ints[0],)
    if isinstance(steps[-1], int):
        return str(FieldPath(steps[:-1])), (ints[0],)
    return str(steps[0]), (ints[0],)


def _lines(name: str, values: list[str]) -> Iterator[TextTarget]:
    path = FieldPath.parse(name)
    for i in range(len(values)):
        yield path.item(i)


def text_targets(notice: Notice) -> Iterator[TextTarget]:
    """Every text of the notice, in print order."""
    h, o = notice.header, notice.opening
    yield from _lines("header.parent_agency", h.parent_agency)
    yield from _lines("header.agency", h.agency)
    for name in ("number", "symbol", "place", "doc_type", "summary"):
        yield FieldPath.of("header", name)
    yield from _lines("opening.override", o.override or [])
    yield from _lines("opening.basis", o.basis)
    for name in ("name", "title", "role"):
        yield FieldPath.of("opening", "chair", name)
    yield from _lines("opening.units", o.units)
    for name in ("attendees", "participants", "activities", "reporters", "report_subject"):
        yield FieldPath.of("opening", name)
    for path, _node in notice.walk_body():
        yield path
    yield FieldPath.of("closing")
    yield from _lines("recipients", notice.recipients)
    yield from _lines("storage.units", notice.storage.units)
    yield FieldPath.of("storage", "initials")
    yield from _lines("signature.authority", notice.signature.authority)
    yield FieldPath.of("signature", "signer")
    for i in range(len(notice.abbreviations)):
        yield FieldPath.of("abbreviations", i, "short")
        yield FieldPath.of("abbreviations", i, "full")


def find_all(notice: Notice, query: str, *, match_case: bool = False,
             whole_word: bool = False) -> list[Match]:
    """Every match of ``query`` in ``notice``, in print order."""
    pattern = compile_query(query, match_case=match_case, whole_word=whole_word)
    if pattern is None:
        return []
    out: list[Match] = []
    for target in text_targets(notice):
        value = get_text(notice, target)
        if isinstance(value, RichText):
            out += [Match(target, m.start(), m.end()) for m in pattern.finditer(value.text)]
            for k, note in enumerate(value.footnotes()):
                out += [Match(target, m.start(), m.end(), k) for m in pattern.finditer(note.text)]
        elif isinstance(value, str):
            out += [Match(target, m.start(), m.end()) for m in pattern.finditer(value)]
    return out


def replace_op(notice: Notice, match: Match, replacement: str):
    """The edit replacing one match (raises IndexError if it is gone)."""
    return splice_op(notice, match.target, match.start, match.end, clean(replacement),
                     match.footnote)


def replace_all_op(notice: Notice, matches: list[Match], replacement: str) -> Batch:
    """One edit replacing every match in ``matches`` (one undo step)."""
    replacement = clean(replacement)
    groups: dict[tuple, list[Match]] = {}
    for m in matches:
        groups.setdefault((m.target, m.footnote), []).append(m)
    ops = []
    for (target, footnote), group in groups.items():
        spans = sorted({(m.start, m.end) for m in group}, reverse=True)
        value = get_text(notice, target)
        if footnote is not None:
            content = RichText(value.footnotes()[footnote].content)
            for start, end in spans:
                content = splice_rich(content, start, end, replacement)
            ops.append(SetFootnote(target, footnote, Footnote(tuple(content.runs()))))
        elif isinstance(value, RichText):
            for start, end in spans:
                value = splice_rich(value, start, end, replacement)
            ops.append(set_text_op(target, value))
        else:
            for start, end in spans:
                value = value[:start] + replacement + value[end:]
            ops.append(SetField(target, clean(value)))
    return Batch(tuple(ops))


__all__ = ["Match", "base_letter", "compile_query", "find_all", "location", "replace_all_op",
           "replace_op", "text_targets"]

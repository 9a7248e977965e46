"""What every rule reads: the notice and its texts, collected once.

:class:`Context` walks the notice a single time and keeps every piece of
prose as a :class:`Segment` in reading order (trích yếu, opening, body
paragraphs each followed by the footnotes they anchor, closing), with the
location a finding needs.  Rules share it, so a full check makes one pass.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from ..model import Kind, Node, Notice, RichText
from ..model.footnotes import footnote_numbers
from ..model.numbering import number_tree
from ..paths import templates_dir


log = logging.getLogger(__name__)

SEPARATOR = "\x00"


@dataclass(frozen=True)
class Segment:
    """One piece of prose and where it lives."""

    part: str
    path: tuple[int, ...]
    text: str
    footnote: int | None = None
    kind: str = "prose"  # prose | heading | fact | footnote | summary | closing
    starts_sentence: bool = True  # is position 0 the start of a sentence?
    node: Node | None = None
    order: int = 0  # reading order


def _rich_segments(out: list[Segment], part: str, path: tuple[int, ...], rich: RichText,
                   kind: str, node: Node | None = None) -> None:
    out.append(Segment(part, path, rich.text, None, kind, True, node, len(out)))
    for i, fn in enumerate(rich.footnotes()):
        out.append(Segment(part, path, fn.text, i, "footnote", True, node, len(out)))


_OPENING_FIELDS = ("chair.name", "chair.title", "chair.role")
_OPENING_TEXTS = ("attendees", "participants", "activities", "reporters", "report_subject")


def collect_segments(notice: Notice) -> list[Segment]:
    out: list[Segment] = []
    if notice.header.summary:
        out.append(Segment("header.summary", (), notice.header.summary, kind="summary",
                           order=len(out)))
    o = notice.opening
    if o.override is not None:
        for i, rich in enumerate(o.override):
            _rich_segments(out, "opening", (i,), rich, "prose")
    else:
        for i, basis in enumerate(o.basis):
            out.append(Segment("opening.basis", (i,), basis, kind="fact", starts_sentence=False,
                               order=len(out)))
        for name in _OPENING_FIELDS:
            value = getattr(o.chair, name.split(".")[1])
            if value:
                out.append(Segment(f"opening.{name}", (), value, kind="fact",
                                   starts_sentence=False, order=len(out)))
        for i, unit in enumerate(o.units):
            out.append(Segment("opening.units", (i,), unit, kind="fact", starts_sentence=False,
                               order=len(out)))
        for name in _OPENING_TEXTS:
            value = getattr(o, name)
            if value:
                out.append(Segment(f"opening.{name}", (), value, kind="fact",
                                   starts_sentence=False, order=len(out)))
    for path, node in notice.walk_body():
        kind = "heading" if node.kind.labelled and node.heading else "prose"
        _rich_segments(out, "body", path, node.text, kind, node)
    if notice.closing:
        _rich_segments(out, "closing", (), notice.closing, "closing")
    return out


def read_list(text: str) -> dict[str, str]:
    """Parse an abbreviation list: ``SHORT`` or ``SHORT = full form`` per line,
    ``#`` starts a comment."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        short, _, full = line.partition("=")
        short = short.strip()
        if short:
            out[short] = full.strip()
    return out


@cache
def _shipped_list(name: str) -> dict[str, str]:
    """A list shipped in ``templates/checks/`` (read once)."""
    return read_list(templates_dir().joinpath("checks", name).read_text(encoding="utf-8"))


def shipped_known_abbreviations() -> dict[str, str]:
    """Abbreviations that need no spelling out (``templates/checks/abbreviations-known.txt``)."""
    return _shipped_list("abbreviations-known.txt")


def common_expansions() -> dict[str, str]:
    """Usual full forms, quoted in suggestions (``templates/checks/abbreviations-common.txt``)."""
    return _shipped_list("abbreviations-common.txt")


class Context:
    """The notice plus everything rules share, computed once."""

    def __init__(self, notice: Notice, *, known_abbreviations: dict[str, str] | None = None):
        self.notice = notice
        self.segments = collect_segments(notice)
        self._extra_known = known_abbreviations or {}
        # All prose as one string, so a pattern is searched once per check; segments are
        # joined by NUL, which neither \w nor \s matches.
        self.corpus = SEPARATOR.join(s.text for s in self.segments)
        self._starts: list[int] = []
        pos = 0
        for seg in self.segments:
            self._starts.append(pos)
            pos += len(seg.text) + len(SEPARATOR)

    def locate(self, start: int, end: int) -> tuple[Segment, tuple[int, int]]:
        """The segment holding corpus offsets ``start:end`` and the span inside it."""
        i = bisect_right(self._starts, start) - 1
        base = self._starts[i]
        return self.segments[i], (start - base, end - base)

    def finditer(self, pattern: re.Pattern):
        """``(segment, match, span in segment)`` for every match of ``pattern`` in the prose."""
        for m in pattern.finditer(self.corpus):
            seg, span = self.locate(m.start(), m.end())
            yield seg, m, span

    @cached_property
    def document(self):
        """The printed form (:func:`render.blocks.build`) of everything but the opening
        (whose facts are read as segments; its template is rendered by the renderer)."""
        from ..render.blocks import build
        quick = dataclasses.replace(self.notice,
                                    opening=dataclasses.replace(self.notice.opening, override=[]))
        return build(quick)

    @cached_property
    def footnote_numbers(self) -> dict[tuple[str, tuple[int, ...], int], int]:
        """The printed number (1, 2, …) of each footnote, by (part, path, index in field)."""
        return footnote_numbers(self.notice)

    @cached_property
    def known_abbreviations(self) -> dict[str, str]:
        known = dict(shipped_known_abbreviations())
        known.update(self._extra_known)
        return known

    @cached_property
    def glossary(self) -> dict[str, str]:
        return {a.short: a.full for a in self.notice.abbreviations if a.short}

    @cached_property
    def labels(self) -> dict[int, str]:
        return number_tree(self.notice.body, self.notice.numbering)

    def where(self, part: str, path: tuple[int, ...]) -> str:
        """A human name for a body path: the labels down to it (``II › 1 › 1.1 › a)``)."""
        if part != "body" or not path:
            return ""
        names, nodes = [], self.notice.body
        for i in path:
            if i >= len(nodes):
                break
            node = nodes[i]
            label = self.labels.get(id(node), "")
            if node.kind.rank > Kind.DIEM.rank:
                label = f"¶{i + 1}"
            names.append(label.rstrip("."))
            nodes = node.children
        return " › ".join(names)


#: An office's abbreviation list larger than this is refused before reading.
MAX_USER_LIST_BYTES = 1024 * 1024


def load_user_list(path: str | Path) -> dict[str, str]:
    """An office's own list of abbreviations that need no spelling out."""
    from ..fileio import read_bounded
    return read_list(read_bounded(path, MAX_USER_LIST_BYTES).decode("utf-8-sig"))

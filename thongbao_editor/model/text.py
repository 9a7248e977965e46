"""Inline text: runs with bold/italic, footnote anchors, and normalisation.

A paragraph's content is a :class:`RichText`: a tuple of :class:`Run` (text
with bold/italic) and :class:`Footnote` (an anchor whose footnote text is
attached to it; footnotes are numbered automatically in document order).

Everything that enters the model goes through :func:`normalize_text`:
Unicode NFC (TCVN 6909:2001), whitespace folded to single spaces, and the
characters an XML 1.0 document cannot hold removed and reported.

In draft files and templates a rich text is written as a small markup:
``**bold**``, ``*italic*``, ``***both***`` and ``[^footnote text]``; a
backslash escapes ``\\ * [ ]``.  :func:`parse_markup` and :func:`to_markup`
convert both ways, losslessly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Union

# --------------------------------------------------------------------------
# Normalisation

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
# [#x10000-#x10FFFF].  Tab, CR and LF are whitespace and are folded below.
_XML_INVALID = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
)
# Invisible characters Word and web pages leave behind; they are removed too
# (soft hyphen, zero-width space/joiners, BOM, bidi marks, C1 controls).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\x7f-\x9f]")
# Every kind of space, tab and line break folds to one ordinary space.
_WHITESPACE = re.compile(r"[\s\u00a0\u2007\u202f\u3000]+")


@dataclass(frozen=True)
class Normalized:
    """The result of :func:`normalize_text`: the clean text and what was removed."""

    text: str
    removed: tuple[str, ...] = ()


#: What :func:`normalize_text` removes *and reports* (the other invisible ones go silently).
_REPORTED = re.compile(_XML_INVALID.pattern[:-1] + "\u200e\u200f\x7f-\x9f]")


def removed_positions(value: str, limit: int = 5) -> tuple[int, ...]:
    """Where (character offsets in ``value``) the first ``limit`` characters
    that :func:`normalize_text` reports as removed are."""
    out = []
    for m in _REPORTED.finditer(value):
        if len(out) >= limit:
            break
        out.append(m.start())
    return tuple(out)


def normalize_text(value: str, *, strip: bool = True) -> Normalized:
    """NFC, fold whitespace, drop characters XML cannot hold (reported)."""
    removed = tuple(_XML_INVALID.findall(value)) + tuple(
        c for c in _INVISIBLE.findall(value) if c not in "\u00ad\u200b\ufeff\u200c\u200d\u2060"
    )
    text = _XML_INVALID.sub("", value)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _WHITESPACE.sub(" ", text)
    if strip:
        text = text.strip()
    return Normalized(text, removed)


def clean(value: str) -> str:
    """The normalised text alone (see :func:`normalize_text`)."""
    return normalize_text(value).text


# --------------------------------------------------------------------------
# Rich text


@dataclass(frozen=True)
class Run:
    """Text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Footnote:
    """A footnote anchor; ``content`` is the footnote's own text."""

    content: tuple[Run, ...] = ()

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.content)


Piece = Union[Run, Footnote]


@dataclass(frozen=True)
class RichText:
    """A paragraph's inline content: runs and footnote anchors."""

    pieces: tuple[Piece, ...] = field(default_factory=tuple)

    # -- construction -----------------------------------------------------
    @classmethod
    def plain(cls, text: str) -> "RichText":
        return cls((Run(text),)).normalized() if text else cls()

    @classmethod
    def from_markup(cls, markup: str) -> "RichText":
        return parse_markup(markup)

    # -- reading ------------------------------------------------------------
    @property
    def text(self) -> str:
        """The visible text, without footnote content."""
        return "".join(p.text for p in self.pieces if isinstance(p, Run))

    def __bool__(self) -> bool:
        return bool(self.text.strip()) or any(isinstance(p, Footnote) for p in self.pieces)

    def footnotes(self) -> list[Footnote]:
        return [p for p in self.pieces if isinstance(p, Footnote)]

    def runs(self) -> Iterator[Run]:
        return (p for p in self.pieces if isinstance(p, Run))

    def to_markup(self) -> str:
        return to_markup(self)

    # -- normalisation --------------------------------------------------------
    def normalized(self) -> "RichText":
        return RichText(_normalize_pieces(self.pieces, paragraph=True))

    def removed_characters(self) -> tuple[str, ...]:
        """Characters :meth:`normalized` would drop (for reporting)."""
        out: list[str] = []
        for p in self.pieces:
            runs = p.content if isinstance(p, Footnote) else (p,)
            for r in runs:
                out.extend(normalize_text(r.text, strip=False).removed)
        return tuple(out)


def _normalize_runs(runs: Iterable[Run], *, strip: bool) -> tuple[Run, ...]:
    """Normalise a sequence of runs as one paragraph: fold whitespace across
    run boundaries, merge neighbours with the same format, drop empties."""
    out: list[Run] = []
    for r in runs:
        for piece in _edge_spaces(Run(normalize_text(r.text, strip=False).text, r.bold, r.italic)):
            text = piece.text
            if out and out[-1].text.endswith(" ") and text.startswith(" "):
                text = text[1:]
                if not text:
                    continue
            if out and (out[-1].bold, out[-1].italic) == (piece.bold, piece.italic):
                out[-1] = Run(out[-1].text + text, piece.bold, piece.italic)
            else:
                out.append(Run(text, piece.bold, piece.italic))
    if strip and out:
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
        out = [r for r in out if r.text]
    return tuple(out)


def _edge_spaces(run: Run) -> list[Run]:
    """Spaces at the edges of a bold/italic run belong to the plain text
    around it (a formatted space shows nothing): ``**a **b`` is ``**a** b``.
    This keeps one canonical form, so markup round-trips exactly."""
    if not run.text or not (run.bold or run.italic):
        return [run] if run.text else []
    core = run.text.strip(" ")
    if not core:
        return [Run(run.text)]
    lead = run.text[: len(run.text) - len(run.text.lstrip(" "))]
    trail = run.text[len(run.text.rstrip(" ")):]
    return [r for r in (Run(lead), Run(core, run.bold, run.italic), Run(trail)) if r.text]


def _normalize_pieces(pieces: Iterable[Piece], *, paragraph: bool) -> tuple[Piece, ...]:
    groups: list[list[Run] | Footnote] = []
    for p in pieces:
        if isinstance(p, Footnote):
            groups.append(Footnote(_normalize_runs(p.content, strip=True)))
        elif groups and isinstance(groups[-1], list):
            groups[-1].append(p)
        else:
            groups.append([p])
    out: list[Piece] = []
    for i, g in enumerate(groups):
        if isinstance(g, Footnote):
            # No space between a word and its footnote mark.
            if out and isinstance(out[-1], Run) and out[-1].text.endswith(" "):
                last = out.pop()
                if last.text.rstrip():
                    out.append(Run(last.text.rstrip(), last.bold, last.italic))
            out.append(g)
            continue
        runs = list(_normalize_runs(g, strip=False))
        if paragraph and i == 0 and runs:
            runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
        if paragraph and i == len(groups) - 1 and runs:
            runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
        out.extend(r for r in runs if r.text)
    return tuple(out)


# --------------------------------------------------------------------------
# Markup


class MarkupError(ValueError):
    """The markup of a rich text is not well formed."""

    def __init__(self, reason: str, position: int):
        super().__init__(f"{reason} (at character {position})")
        self.reason = reason
        self.position = position


# Plain text (with any "[" that opens no footnote) and runs of "]" are one token
# each, so that a pasted "[[[[…" or "]]]]…" is read in one step, not per character.
_TOKEN = re.compile(r"\\(.)|(\*\*\*|\*\*|\*)|(\[\^)|(\]+)|((?:[^\\*\[\]]+|\[+(?!\^))+)", re.S)


def parse_markup(markup: str) -> RichText:
    """Parse ``**bold**``, ``*italic*``, ``[^footnote]`` markup into a RichText."""
    pieces, pos = _parse(markup, 0, in_footnote=False)
    return RichText(tuple(pieces)).normalized()


def _parse(src: str, pos: int, *, in_footnote: bool) -> tuple[list[Piece], int]:
    bold = italic = False
    bold_at = italic_at = 0
    buf: list[str] = []
    pieces: list[Piece] = []

    def flush() -> None:
        if buf:
            pieces.append(Run("".join(buf), bold, italic))
            buf.clear()

    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if m is None:  # only a lone backslash at the very end matches nothing
            raise MarkupError("\\ at the end escapes nothing (write \\\\ for a backslash)", pos)
        escaped, star, fn_open, close, text = m.groups()
        if escaped is not None:
            buf.append(escaped)
        elif star is not None:
            flush()
            if len(star) in (2, 3):
                bold, bold_at = not bold, pos
            if len(star) in (1, 3):
                italic, italic_at = not italic, pos
        elif fn_open is not None:
            if in_footnote:
                raise MarkupError("footnote inside a footnote", pos)
            flush()
            inner, end = _parse(src, m.end(), in_footnote=True)
            pieces.append(Footnote(tuple(p for p in inner if isinstance(p, Run))))
            pos = end
            continue
        elif close is not None:
            if in_footnote:  # the first "]" closes it
                flush()
                _check_closed(bold, bold_at, italic, italic_at)
                return pieces, m.start() + 1
            buf.append(close)
        else:
            buf.append(text)
        pos = m.end()
    if in_footnote:
        raise MarkupError("footnote not closed with ]", len(src))
    flush()
    _check_closed(bold, bold_at, italic, italic_at)
    return pieces, pos


def _check_closed(bold: bool, bold_at: int, italic: bool, italic_at: int) -> None:
    if bold:
        raise MarkupError("** (bold) not closed", bold_at)
    if italic:
        raise MarkupError("* (italic) not closed", italic_at)


def _escape(text: str, *, in_footnote: bool = False) -> str:
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("[", "\\[")
    return text.replace("]", "\\]") if in_footnote else text


def _runs_markup(runs: Iterable[Run], *, in_footnote: bool) -> str:
    out = []
    for r in runs:
        mark = ("**" if r.bold else "") + ("*" if r.italic else "")
        body = _escape(r.text, in_footnote=in_footnote)
        if mark:
            # Keep the spaces outside the markers so the markup reads naturally.
            lead = body[: len(body) - len(body.lstrip(" "))]
            trail = body[len(body.rstrip(" ")) :]
            core = body.strip(" ")
            out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}" if core else body)
        else:
            out.append(body)
    return "".join(out)


def to_markup(rich: RichText) -> str:
    """The markup form of ``rich`` (inverse of :func:`parse_markup`)."""
    out = []
    for p in rich.pieces:
        if isinstance(p, Footnote):
            out.append("[^" + _runs_markup(p.content, in_footnote=True) + "]")
        else:
            out.append(_runs_markup((p,), in_footnote=False))
    return "".join(out)

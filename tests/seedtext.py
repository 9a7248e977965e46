"""The seed notice (``shared/seed/thong-bao-ket-luan-cao-loc-2024.md``) as data.

The seed is a Markdown transcription of a signed PDF.  It carries the page
layout's artefacts: footnote texts sit where the page ended (after ``---`` or
on their own), and a sentence that ran over a page break is cut in two
paragraphs ("… các văn bản chỉ đạo" / "của Trung ương …").  This module
undoes exactly those artefacts and nothing else — the seed's own wording,
slips included, is kept — and gives:

* :attr:`SeedNotice.paragraphs` — every paragraph in reading order, with a
  role (``opening``, ``heading``, ``labelled``, ``item``, ``body``,
  ``closing``), its label as printed (``I.``, ``1.``, ``1.2``, ``a)``, ``-``)
  and its inline pieces: :class:`Span` (text, bold, italic) and
  :class:`Anchor` (footnote number);
* :attr:`SeedNotice.footnotes` — footnote number → text;
* the title block, the recipient lines, the authority chain and the signer.

It is deliberately independent of the application's own markup parser, so
the fidelity tests compare two readings of the seed rather than one reading
with itself.  Tests that read text back from a .docx or a PDF use
:meth:`SeedNotice.printed_lines` and :func:`words`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

_FOOTNOTE_DEF = re.compile(r"^<sup>(\d+)</sup>\s+(.*)$", re.S)
_INLINE = re.compile(r"(\*\*\*|\*\*|\*|<sup>\d+</sup>)")
_LABEL = re.compile(r"^((?:[IVX]+\.)|(?:\d+(?:\.\d+)*\.?)|(?:[a-zđ]\)))\s+(.*)$", re.S)
_WHOLE_EMPHASIS = re.compile(r"^(\*{1,3})(.*)\1$", re.S)


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Anchor:
    """A footnote reference mark (``<sup>n</sup>``)."""

    number: int


Piece = Union[Span, Anchor]


@dataclass
class SeedParagraph:
    role: str
    label: str
    pieces: tuple[Piece, ...]
    emphasis: str = ""  # markers wrapping a whole heading line ("**", "***")

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces if isinstance(p, Span))

    @property
    def anchors(self) -> list[int]:
        return [p.number for p in self.pieces if isinstance(p, Anchor)]

    @property
    def printed(self) -> str:
        """The paragraph as it reads on paper (label, a space, the text)."""
        return f"{self.label} {self.text}" if self.label else self.text

    def spans(self, *, bold: bool | None = None, italic: bool | None = None) -> list[str]:
        """Texts of the spans with the given formatting."""
        return [p.text for p in self.pieces if isinstance(p, Span)
                and (bold is None or p.bold == bold) and (italic is None or p.italic == italic)
                and (p.bold or p.italic)]


@dataclass
class SeedNotice:
    doc_type: str = ""
    summary: str = ""
    paragraphs: list[SeedParagraph] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)
    recipients_label: str = ""
    recipients: list[str] = field(default_factory=list)  # "- …;" as printed
    authority: list[str] = field(default_factory=list)
    signer: str = ""

    def printed_lines(self) -> list[str]:
        """Every paragraph of the text column, as printed, in order."""
        return [p.printed for p in self.paragraphs]

    def footnote_texts(self) -> list[str]:
        return [self.footnotes[n] for n in sorted(self.footnotes)]


def clean(text: str) -> str:
    """NFC and single spaces (the same folding the model applies)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def words(text: str) -> list[str]:
    return clean(text).split()


def parse_inline(text: str) -> tuple[Piece, ...]:
    """Markdown emphasis and ``<sup>n</sup>`` anchors into pieces (adjacent
    spans with the same formatting merged; whitespace folded)."""
    bold = italic = False
    pieces: list[Piece] = []
    for token in _INLINE.split(text):
        if not token:
            continue
        if token.startswith("<sup>"):
            pieces.append(Anchor(int(token[5:-6])))
        elif token in ("*", "**", "***"):
            if len(token) >= 2:
                bold = not bold
            if len(token) != 2:
                italic = not italic
        else:
            pieces.append(Span(token, bold, italic))
    if bold or italic:
        raise ValueError(f"unbalanced emphasis in {text[:60]!r}")
    return _fold(pieces)


def _fold(pieces: list[Piece]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for p in pieces:
        if isinstance(p, Span):
            text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", p.text))
            if out and isinstance(out[-1], Span) and (out[-1].bold, out[-1].italic) == (p.bold, p.italic):
                out[-1] = Span(out[-1].text + text, p.bold, p.italic)
                continue
            p = Span(text, p.bold, p.italic)
        out.append(p)
    # no space before an anchor, none at the ends
    for i, p in enumerate(out):
        if isinstance(p, Anchor) and i and isinstance(out[i - 1], Span):
            prev = out[i - 1]
            out[i - 1] = Span(prev.text.rstrip(), prev.bold, prev.italic)
    if out and isinstance(out[0], Span):
        out[0] = Span(out[0].text.lstrip(), out[0].bold, out[0].italic)
    if out and isinstance(out[-1], Span):
        out[-1] = Span(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return tuple(p for p in out if not (isinstance(p, Span) and not p.text))


def _blocks(source: str) -> list[str]:
    """Blank-line separated blocks, without the page rules (``---``)."""
    blocks, current = [], []
    for line in source.splitlines():
        if not line.strip() or line.strip() == "---":
            if current:
                blocks.append("\n".join(current))
                current = []
        else:
            current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def _continues(block: str) -> bool:
    """A block that starts with a lower-case letter is the rest of a sentence
    cut by a page break (no paragraph of the seed starts in lower case)."""
    first = block.lstrip()[:1]
    return first.isalpha() and first.islower()


def _split_lines(block: str) -> list[str]:
    """A block holds one paragraph, except that ``- `` lines start new ones
    (``2. Các kiến nghị …  `` / ``- Các kiến nghị …``; the recipient list)."""
    paragraphs: list[str] = []
    for line in block.split("\n"):
        if line.startswith("- ") or not paragraphs:
            paragraphs.append(line)
        else:
            paragraphs[-1] += " " + line
    return paragraphs


def _paragraph(raw: str, role_hint: str) -> SeedParagraph:
    text = raw.strip()
    heading = False
    if text.startswith("#"):
        heading = True
        text = text.lstrip("#").strip()
    emphasis = ""
    m = _WHOLE_EMPHASIS.match(text)
    if m and "*" not in m.group(2).replace(m.group(1), ""):
        emphasis, inner = m.group(1), m.group(2)
        if _LABEL.match(inner):  # "***c) Công tác …***" is a heading set in bold italic
            heading, text = True, inner
        elif heading:
            text = inner
        else:
            emphasis = ""
    if role_hint != "body":
        return SeedParagraph(role_hint, "", parse_inline(text))
    if text.startswith("- "):
        return SeedParagraph("item", "-", parse_inline(text[2:]))
    m = _LABEL.match(text)
    if m:
        return SeedParagraph("heading" if heading else "labelled", m.group(1),
                             parse_inline(m.group(2)), emphasis if heading else "")
    if heading:
        raise ValueError(f"heading without a label: {raw[:60]!r}")
    return SeedParagraph("body", "", parse_inline(text))


def parse_seed(source: str) -> SeedNotice:
    """Read the seed Markdown into a :class:`SeedNotice`."""
    seed = SeedNotice()
    raw_paragraphs: list[str] = []
    for block in _blocks(source):
        m = _FOOTNOTE_DEF.match(block)
        if m:
            number = int(m.group(1))
            if number in seed.footnotes:
                raise ValueError(f"footnote {number} defined twice")
            seed.footnotes[number] = clean(m.group(2))
            continue
        if _continues(block):
            if not raw_paragraphs:
                raise ValueError(f"continuation with nothing before it: {block[:60]!r}")
            raw_paragraphs[-1] += " " + block.replace("\n", " ")
            continue
        raw_paragraphs.extend(_split_lines(block))

    it = iter(raw_paragraphs)
    for raw in it:  # title block
        if raw.startswith("#"):
            seed.doc_type = clean(raw.lstrip("#"))
            summary = next(it)
            m = _WHOLE_EMPHASIS.match(summary.strip())
            seed.summary = clean(m.group(2) if m else summary)
            break
    rest = list(it)
    try:
        bottom = next(i for i, r in enumerate(rest) if "Nơi nhận:" in r)
    except StopIteration:
        raise ValueError("no 'Nơi nhận:' block") from None
    text_column, bottom_part = rest[:bottom], rest[bottom:]
    first_heading = next(i for i, r in enumerate(text_column) if r.startswith("#"))
    for i, raw in enumerate(text_column):
        if i < first_heading:
            role = "opening"
        elif i == len(text_column) - 1:
            role = "closing"
        else:
            role = "body"
        seed.paragraphs.append(_paragraph(raw, role))

    seed.recipients_label = clean(bottom_part[0].replace("*", ""))
    for raw in bottom_part[1:]:
        if raw.startswith("- "):
            seed.recipients.append(clean(raw))
        elif not seed.authority:
            inner = raw.strip().strip("*")
            seed.authority = [clean(line) for line in re.split(r" {2,}|\n", inner) if line.strip()]
        else:
            seed.signer = clean(raw.strip().strip("*"))
    return seed


def load_seed(path: str | Path) -> SeedNotice:
    return parse_seed(Path(path).read_text(encoding="utf-8"))

"""Reading a PDF the way a reader sees it: text lines with their boxes (pt).

``pdftotext -bbox-layout`` (poppler) gives word and line boxes; ``pdftoppm
-gray`` gives pixels (for the rules).  Shared by the layout tests.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from thongbao_editor.render.pdf import find_soffice

PT_PER_MM = 72 / 25.4
LEFT, RIGHT, TOP = 30 * PT_PER_MM, 15 * PT_PER_MM, 20 * PT_PER_MM
XHTML = "{http://www.w3.org/1999/xhtml}"


def times_substitute_lacks_vietnamese() -> bool:
    """True when fontconfig maps Times New Roman to a font without Vietnamese
    (e.g. Liberation Serif 1.x): LibreOffice would then set ộ, ệ, ủ … in a
    wider fallback font and the widths measured here would not be Times
    New Roman's.  Install Times New Roman or fonts-liberation2."""
    if shutil.which("fc-match") is None or shutil.which("fc-query") is None:
        return False
    for style in ("", ":bold"):
        found = subprocess.run(["fc-match", "--format=%{file}", f"Times New Roman{style}"],
                               capture_output=True, text=True).stdout.strip()
        if not found:
            return False
        langs = subprocess.run(["fc-query", "--format=%{lang}", found], capture_output=True,
                               text=True).stdout
        if "vi" not in langs.split("|"):
            return True
    return False


@dataclass
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Page:
    width: float
    height: float
    blocks: list[list[Line]]

    @property
    def lines(self) -> list[Line]:
        return [ln for b in self.blocks for ln in b]

    def find(self, text: str) -> list[Line]:
        return [ln for ln in self.lines if ln.text == text]

    def containing(self, text: str) -> list[Line]:
        return [ln for ln in self.lines if text in ln.text]

    def segments(self, max_gap: float = 40, walls: tuple[float, ...] = ()) -> list[Line]:
        """Lines on one baseline joined where pdftotext split them at a wide
        blank (``ngày      tháng``) — a gap narrower than ``max_gap`` pt that
        crosses none of the ``walls`` (x in pt, e.g. a table's column edge)."""
        rows: dict[int, list[Line]] = {}
        for ln in self.lines:
            rows.setdefault(round(ln.y1), []).append(ln)
        out = []
        for row in rows.values():
            row.sort(key=lambda ln: ln.x0)
            seg = row[0]
            for ln in row[1:]:
                if ln.x0 - seg.x1 < max_gap and not any(seg.x1 < w < ln.x0 for w in walls):
                    seg = Line(f"{seg.text} {ln.text}", seg.x0, min(seg.y0, ln.y0), ln.x1,
                               max(seg.y1, ln.y1))
                else:
                    out.append(seg)
                    seg = ln
            out.append(seg)
        return out

    @property
    def text_right(self) -> float:
        return self.width - RIGHT


@dataclass
class Laid:
    pages: list[Page]
    gray: list[bytes]  # page 1 raster rows
    gray_width: int


def _read_pgm(path: Path) -> tuple[int, list[bytes]]:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height, _maxval = int(parts[1]), int(parts[2]), int(parts[3])
    pixels = parts[4]
    return width, [pixels[i * width:(i + 1) * width] for i in range(height)]


def read_pages(pdf_path: Path) -> list[Page]:
    """Pages of ``pdf_path`` as blocks of text lines with their boxes."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], check=True,
                         capture_output=True).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True))
    pages = []
    for page in root.iter(f"{XHTML}page"):
        blocks = []
        for block in page.iter(f"{XHTML}block"):
            lines = []
            for line in block.iter(f"{XHTML}line"):
                words = [wd.text or "" for wd in line.iter(f"{XHTML}word")]
                lines.append(Line(" ".join(words), *(float(line.get(k)) for k in
                                                     ("xMin", "yMin", "xMax", "yMax"))))
            blocks.append(lines)
        pages.append(Page(float(page.get("width")), float(page.get("height")), blocks))
    return pages


#: Marks for every test that reads a document laid out by LibreOffice.
NEEDS_LAYOUT = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                       reason="poppler-utils (pdftotext, pdftoppm) is not installed"),
    pytest.mark.skipif(times_substitute_lacks_vietnamese(),
                       reason="Times New Roman's substitute has no Vietnamese glyphs; install "
                              "fonts-liberation2 (or Times New Roman)"),
]

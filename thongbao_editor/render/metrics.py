"""Width of a line of Times New Roman text, for rules of computed length.

NĐ 30 wants a rule under the motto as long as the motto, and rules under the
agency name and the trích yếu 1/3–1/2 as long as their line.  Word draws a
paragraph border between the paragraph's indents, so the renderer needs the
printed width of the text to set those indents.

Method: the advance width of every character in Times New Roman (regular,
bold, italic, bold italic) is read once from
``resources/fonts/times-new-roman-metrics.json`` (made by
``scripts/make_font_metrics.py`` from Liberation Serif, which is
metric-compatible with Times New Roman: same advance widths).  The width of a
string is the sum of its characters' advances × the size; Word applies no
kerning by default, so the sum is what Word and LibreOffice lay out.  A
character missing from the table is measured by its NFD base letter (combining
marks have zero advance), else as an average lower-case letter (0.5 em).
"""

from __future__ import annotations

import json
import logging
import unicodedata
from functools import lru_cache

from ..paths import resources_dir

log = logging.getLogger(__name__)

FALLBACK_EM = 0.5


@lru_cache(maxsize=1)
def _faces() -> dict[str, dict[str, float]]:
    path = resources_dir().joinpath("fonts", "times-new-roman-metrics.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {face: {chr(int(k, 16)): v / 1000 for k, v in table.items()}
            for face, table in data["faces"].items()}


def _face(bold: bool, italic: bool) -> str:
    return {(False, False): "regular", (True, False): "bold",
            (False, True): "italic", (True, True): "bold_italic"}[(bold, italic)]


@lru_cache(maxsize=4096)
def _char_em(ch: str, face: str) -> float:
    table = _faces()[face]
    if ch in table:
        return table[ch]
    base = unicodedata.normalize("NFD", ch)[:1]
    if base in table:
        return table[base]
    if unicodedata.combining(ch):
        return 0.0
    return FALLBACK_EM


def text_width_pt(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Printed width of ``text`` (one line) in points."""
    face = _face(bold, italic)
    table = _faces()[face]
    em = 0.0
    for ch in text:
        w = table.get(ch)
        em += w if w is not None else _char_em(ch, face)
    return em * size_pt

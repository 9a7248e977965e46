"""The example as LibreOffice lays it out is the seed notice, word for word.

``examples/cao-loc-2024.json`` → .docx → PDF (LibreOffice) → word boxes
(``pdftotext -bbox-layout``).  The body column (14 pt lines between the first
opening line and the closing ``./.``), the footnote area (12 pt lines) and the
superscript marks (small boxes) are told apart by their heights; page
numbers by their place in the top margin.  The body must read as the seed's
paragraphs, the footnotes as the seed's 7 footnote texts, and the marks must
run 1…7 in the body and in the footnote area.  Whitespace is ignored
(LibreOffice's line breaks), nothing else is.
"""

from __future__ import annotations

import difflib
import subprocess

import pytest
from lxml import etree

from thongbao_editor.model import load_draft
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.pdf import docx_bytes_to_pdf

from conftest import EXAMPLE, SEED
from seedtext import load_seed

from .pdfread import NEEDS_LAYOUT, TOP, XHTML

pytestmark = NEEDS_LAYOUT

BODY_MIN_HEIGHT = 17.0  # 14 pt lines are ~18.2 pt high in the boxes
NOTE_MIN_HEIGHT = 15.0  # 12 pt footnote lines are ~15.6 pt; 11 pt recipient lines ~14.3
MARK_MAX_HEIGHT = 12.0  # superscript marks are ~9 pt
GENERATED_LABEL_FIXES = {"1.2": "1.2."}  # the seed's one numbering slip, corrected by numbering


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def read_back(tmp_path_factory):
    if not EXAMPLE.exists():
        pytest.skip("examples/cao-loc-2024.json not present")
    if not SEED.exists():
        pytest.skip(f"the seed notice is not at {SEED}")
    tmp = tmp_path_factory.mktemp("example")
    pdf = tmp / "example.pdf"
    pdf.write_bytes(docx_bytes_to_pdf(render_docx_bytes(load_draft(EXAMPLE))))
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True))
    body, notes, body_marks, note_marks = [], [], [], []
    for page in root.iter(f"{XHTML}page"):
        lines = []
        for line in page.iter(f"{XHTML}line"):
            y0, y1 = float(line.get("yMin")), float(line.get("yMax"))
            words = [(wd.text or "", float(wd.get("yMax")) - float(wd.get("yMin")))
                     for wd in line.iter(f"{XHTML}word")]
            if y1 >= TOP:  # not the page number
                lines.append((y0, y1, float(line.get("xMin")), words))
        # The footnote area: below the last 14 pt line of the page (on the last
        # page the signer's line comes after the recipients, so they stay out).
        last_body = max((y1 for y0, y1, _x, _w in lines if y1 - y0 >= BODY_MIN_HEIGHT), default=0)
        footer = sorted((ln for ln in lines if ln[0] >= last_body - 1), key=lambda ln: (ln[0], ln[2]))
        for y0, y1, _x, words in lines:
            if y1 - y0 >= BODY_MIN_HEIGHT:
                for text, h in words:
                    (body_marks if h < MARK_MAX_HEIGHT else body).append(text)
        for y0, y1, _x, words in footer:
            if MARK_MAX_HEIGHT <= y1 - y0 < NOTE_MIN_HEIGHT:
                continue  # a recipient line that runs below the signer
            for text, h in words:
                (note_marks if h < MARK_MAX_HEIGHT else notes).append(text)
    return {"body": " ".join(body), "notes": " ".join(notes), "body_marks": body_marks,
            "note_marks": note_marks, "seed": load_seed(SEED)}


def _region(text: str, start: str, end: str) -> str:
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def _diff(expected: str, actual: str) -> str:
    matcher = difflib.SequenceMatcher(None, expected, actual, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "equal":
            return f"{op}: expected …{expected[max(0, a0 - 40):a1 + 40]}… got …{actual[max(0, b0 - 40):b1 + 40]}…"
    return ""


def test_body_reads_as_the_seed_word_for_word(read_back):
    seed = read_back["seed"]
    expected = _squash(" ".join(
        f"{GENERATED_LABEL_FIXES.get(p.label, p.label)} {p.text}".strip() for p in seed.paragraphs))
    first_words = seed.paragraphs[0].text.split()[:2]
    actual = _squash(_region(read_back["body"], " ".join(first_words), "./."))
    assert actual == expected, _diff(expected, actual)


def test_footnotes_read_as_the_seed_in_order(read_back):
    seed = read_back["seed"]
    expected = _squash(" ".join(seed.footnote_texts()))
    assert _squash(read_back["notes"]) == expected, _diff(expected, _squash(read_back["notes"]))
    assert len(seed.footnote_texts()) == 7


def test_footnote_marks_run_one_to_seven(read_back):
    assert read_back["body_marks"] == [str(i) for i in range(1, 8)]
    assert read_back["note_marks"] == [str(i) for i in range(1, 8)]

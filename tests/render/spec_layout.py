"""Spec rules any notice must meet once laid out (spec §1–§3, §5), read from
the PDF as a reader sees it.  Used for the example and for every template ×
profile; tests/render/test_layout_pdf.py goes deeper on one long fixture."""

from __future__ import annotations

from thongbao_editor.model import Notice
from thongbao_editor.render.blocks import MOTTO, NATIONAL_TITLE, build

from .pdfread import LEFT, PT_PER_MM, TOP, Page

# The header table (70 + 100 mm) is centred on the 165 mm text area: its
# column edge stands 97.5 mm from the page's left edge.
HEADER_WALL = (30 - 2.5 + 70) * PT_PER_MM


def one_line(page: Page, text: str):
    """The single line whose text is exactly ``text`` (it did not wrap)."""
    found = [ln for ln in page.segments(walls=(HEADER_WALL,)) if ln.text == text]
    assert len(found) == 1, f"{text!r} is not on exactly one line of page 1: " \
                            f"{[ln.text for ln in page.lines[:12]]}"
    return found[0]


def assert_meets_spec(pages: list[Page], notice: Notice, *, draft: bool) -> None:
    doc = build(notice, draft=draft)
    p1 = pages[0]
    right = p1.width * 0.38
    title, motto = one_line(p1, NATIONAL_TITLE), one_line(p1, MOTTO)
    date = one_line(p1, " ".join(doc.header.date_line.split()))
    for line in (title, motto, date):
        assert line.x0 > right, f"{line.text!r} is not in the right column"
    assert abs(title.cx - motto.cx) < 3 and abs(date.cx - motto.cx) < 3
    for agency in doc.header.agency:
        line = one_line(p1, agency)
        assert line.x1 < title.x0, f"{agency!r} is not in the left column"
    (number,) = [ln for ln in p1.segments(walls=(HEADER_WALL,)) if ln.text.startswith("Số:")]
    assert abs(number.y1 - date.y1) < 3, "Số and the date are not level"
    doc_type = one_line(p1, doc.doc_type)
    centre = (LEFT + p1.width - 15 * 72 / 25.4) / 2
    assert abs(doc_type.cx - centre) < 3

    # Page numbers: none on page 1, centred at the top from page 2.
    assert not [ln for ln in p1.lines if ln.text.isdigit() and ln.y1 < TOP]
    for n, page in enumerate(pages[1:], start=2):
        marks = [ln for ln in page.lines if ln.y1 < TOP]
        assert [m.text for m in marks] == [str(n)], f"page {n}: {marks}"
        assert abs(marks[0].cx - centre) < 3

    # DỰ THẢO on page 1 of a draft only.
    marks = [i for i, page in enumerate(pages) if page.find("DỰ THẢO")]
    assert marks == ([0] if doc.draft else [])

    # Bottom block: "Nơi nhận:" level with the first authority line, room to sign.
    bottom = doc.bottom
    assert bottom is not None
    last = pages[-1]
    (label,) = last.find("Nơi nhận:")
    first = one_line(last, bottom.authority[0])
    assert abs(label.y1 - first.y1) < 4 and label.x0 < LEFT + 5
    signer = one_line(last, bottom.signer)
    lowest = one_line(last, bottom.authority[-1])
    assert signer.y0 - lowest.y1 > notice.layout.signature_space_lines * 14 - 6
    assert abs(signer.cx - first.cx) < 3
    lines = [ln.text for ln in last.lines if ln.x1 < first.x0 and ln.y0 > label.y0]
    assert any(t.startswith("- Lưu: VT") for t in lines)

"""LibreOffice lays out a notice with a landscape task appendix of 15 tasks:
the appendix heading, the "Kèm theo" line and the continued page numbers are
read back from the PDF (issue 13)."""

from __future__ import annotations

import re

from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.pdf import docx_bytes_to_pdf

from .fixtures import appendix_notice
from .pdfread import NEEDS_LAYOUT, read_pages

pytestmark = NEEDS_LAYOUT


def test_the_pdf_has_the_appendix_heading_attached_line_and_page_numbers(tmp_path):
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(docx_bytes_to_pdf(render_docx_bytes(appendix_notice(tasks=15))))
    pages = read_pages(pdf)
    first = next(i for i, p in enumerate(pages) if p.find("Phụ lục"))
    head = pages[first]
    assert head.width > head.height  # landscape
    assert head.containing("PHÂN CÔNG NHIỆM VỤ")
    assert any("Kèm theo Thông báo số 05/TB-VP" in s.text for s in head.segments())
    tasks_seen = {m for p in pages[first:] for ln in p.lines
                  for m in re.findall(r"Nhiệm vụ (\d+):", ln.text)}
    assert tasks_seen == {str(i) for i in range(1, 16)}
    assert len(pages) > first + 1  # 15 tasks run over a second landscape page
    for number, page in enumerate(pages[first:], first + 1):  # numbering continues
        assert [ln for ln in page.find(str(number)) if ln.y1 < 60], number  # in the header
        assert page.width > page.height
    assert pages[first - 1].width < pages[first - 1].height

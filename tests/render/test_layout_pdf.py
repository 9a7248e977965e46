"""Read the notice the way a reader sees it: LibreOffice → PDF → text boxes.

What the XML cannot show — wrapping, where page numbers and footnotes land,
what is level with what, rule lengths as drawn — is checked on the PDF that
LibreOffice lays out, with ``pdftotext -bbox-layout`` (word and line boxes in
points) and ``pdftoppm -gray`` (pixels, for the rules).  One conversion for
the whole module: a multi-page draft with the widest place/date there is.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.pdf import docx_bytes_to_pdf

from .fixtures import long_notice
from .pdfread import LEFT, RIGHT, TOP, NEEDS_LAYOUT, Laid, _read_pgm, read_pages

pytestmark = NEEDS_LAYOUT

DPI = 144
PX_PER_PT = DPI / 72
DATE = "Thành phố Hồ Chí Minh, ngày 25 tháng 12 năm 2024"


@pytest.fixture(scope="module")
def laid(tmp_path_factory) -> Laid:
    tmp = tmp_path_factory.mktemp("laid")
    n = long_notice(sections=4, paragraphs=8, footnote_every=5)
    n.header.place = "Thành phố Hồ Chí Minh"
    n.header.date.month, n.header.date.day = 12, 25
    pdf_path = tmp / "notice.pdf"
    pdf_path.write_bytes(docx_bytes_to_pdf(render_docx_bytes(n)))
    pages = read_pages(pdf_path)
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf_path),
                    str(tmp / "p")], check=True)
    width, rows = _read_pgm(next(tmp.glob("p*.pgm")))
    return Laid(pages, rows, width)


def longest_dark_run(laid: Laid, y0: float, y1: float, x0: float, x1: float) -> float:
    """Length (pt) of the longest horizontal dark run between y0 and y1 (pt)."""
    best = 0
    for row in laid.gray[int(y0 * PX_PER_PT):int(y1 * PX_PER_PT) + 1]:
        run = 0
        for px in row[int(x0 * PX_PER_PT):int(x1 * PX_PER_PT)]:
            run = run + 1 if px < 160 else 0
            best = max(best, run)
    return best / PX_PER_PT


def test_the_notice_runs_to_several_pages(laid):
    assert len(laid.pages) >= 3


def test_national_title_and_date_each_on_one_line_in_the_right_column(laid):
    p1 = laid.pages[0]
    (title,) = p1.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    (motto,) = p1.find("Độc lập - Tự do - Hạnh phúc")
    (date,) = p1.find(DATE)
    for line in (title, motto, date):
        assert line.x0 > p1.width * 0.38, line
        assert line.x1 <= p1.width - RIGHT + 15, line
    assert abs(date.cx - motto.cx) < 3  # centred under the Tiêu ngữ
    assert abs(title.cx - motto.cx) < 3
    (number,) = p1.find("Số: 05/TB-VP")
    assert number.x1 < title.x0
    assert abs(number.y1 - date.y1) < 3  # Số and the date are level


def test_motto_rule_is_as_long_as_the_motto(laid):
    p1 = laid.pages[0]
    (motto,) = p1.find("Độc lập - Tự do - Hạnh phúc")
    (date,) = p1.find(DATE)
    rule = longest_dark_run(laid, motto.y1 - 1, date.y0, motto.x0 - 30, motto.x1 + 30)
    assert abs(rule - (motto.x1 - motto.x0)) < 3


def test_agency_and_summary_rules_are_a_third_to_a_half_of_their_line(laid):
    p1 = laid.pages[0]
    (agency,) = p1.find("VĂN PHÒNG")
    (number,) = p1.find("Số: 05/TB-VP")
    rule = longest_dark_run(laid, agency.y1 - 1, number.y0, LEFT - 20, agency.x1 + 60)
    width = agency.x1 - agency.x0
    assert width / 3 - 1 <= rule <= width / 2 + 1
    (summary,) = p1.containing("Kết luận của đồng chí Phó Chủ tịch")
    opening = p1.containing("Thực hiện Kế hoạch")[0]
    rule = longest_dark_run(laid, summary.y1 - 1, opening.y0, LEFT, p1.text_right)
    width = summary.x1 - summary.x0
    assert width / 3 - 1 <= rule <= width / 2 + 1
    assert abs((summary.cx - LEFT) - (p1.text_right - summary.cx)) < 3  # centred


def test_draft_mark_top_left_of_page_one_only(laid):
    (mark,) = laid.pages[0].find("DỰ THẢO")
    assert mark.y1 < TOP and abs(mark.x0 - LEFT) < 3
    for page in laid.pages[1:]:
        assert not page.find("DỰ THẢO")


def test_page_numbers_from_page_two_centred_at_the_top(laid):
    assert not [ln for ln in laid.pages[0].lines if ln.text.isdigit() and ln.y1 < TOP]
    centre = (LEFT + laid.pages[0].text_right) / 2
    for number, page in enumerate(laid.pages[1:], start=2):
        (mark,) = [ln for ln in page.lines if ln.y1 < TOP]
        assert mark.text == str(number)
        assert abs(mark.cx - centre) < 3
        assert mark.y1 - mark.y0 > 12  # 14 pt


NOTE = re.compile(r"Chú thích số (\d+) cho đoạn ([\d.]+)\.")


def test_footnotes_at_the_bottom_of_the_page_of_their_anchor(laid):
    seen = 0
    for page in laid.pages:
        notes = [(ln, NOTE.search(ln.text)) for ln in page.lines if NOTE.search(ln.text)]
        body = [ln for ln in page.lines
                if not NOTE.search(ln.text) and not ln.text.isdigit() and ln.y0 > TOP]
        for line, m in notes:
            seen += 1
            assert line.y0 > page.height * 0.6
            assert all(line.y0 >= b.y1 - 1 for b in body), line
            assert page.containing(f"(đoạn {m.group(2)})"), f"footnote {m.group(1)} left its page"
            # Word numbers the footnotes 1, 2, 3 … in order; the mark precedes the text.
            marks = [ln for ln in page.lines if ln.text == str(seen) and ln.x1 <= line.x0 + 1
                     and abs(ln.y0 - line.y0) < 4]
            assert marks, f"footnote {seen} has no number mark"
    assert seen == 4 * 2 * 8 // 5


def test_body_is_justified_across_the_full_width(laid):
    checked = 0
    for page in laid.pages:
        for block in page.blocks:
            if len(block) < 2 or block[0].x0 < LEFT - 2 or block[0].x1 < page.width * 0.6:
                continue
            if not any("Tập trung chỉ đạo" in ln.text for ln in block):
                continue
            for line in block[:-1]:
                assert abs(line.x1 - page.text_right) < 1.5, line
                checked += 1
            for line in block[1:]:
                assert abs(line.x0 - LEFT) < 1.5, line
    assert checked >= 20


def test_recipients_label_is_level_with_the_first_authority_line(laid):
    page = [p for p in laid.pages if p.find("Nơi nhận:")][0]
    (label,) = page.find("Nơi nhận:")
    (first,) = page.find("TL. CHỦ TỊCH")
    assert abs(label.y1 - first.y1) < 4
    assert label.x0 < LEFT + 5  # flush left
    assert first.x0 > page.width * 0.4
    (signer,) = page.find("Hoàng Xuân Đồng")
    (last,) = page.find("PHÓ CHÁNH VĂN PHÒNG")
    assert signer.y0 - last.y1 > 4 * 14 - 4  # four empty 14 pt lines for the signature
    assert abs(signer.cx - first.cx) < 3
    closing = page.containing("thực hiện./.") or laid.pages[laid.pages.index(page) - 1].containing(
        "thực hiện./.")
    assert closing and page.containing("thực hiện./.")  # kept with the bottom block

"""One truth for the names of the parts and for the order of the footnotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from thongbao_editor.checks import check_notice, final_refusals
from thongbao_editor.checks.context import Context
from thongbao_editor.commands.check import format_report
from thongbao_editor.model import Kind, Node, Notice, RichText, load_draft
from thongbao_editor.model.footnotes import footnote_numbers, footnote_order
from thongbao_editor.model.parts import PART_ORDER, PARTS, part_name, part_phrase
from thongbao_editor.model.validate import final_problems
from thongbao_editor.render.blocks import build

PACKAGE = Path(__file__).resolve().parents[2] / "thongbao_editor"


def test_every_part_has_both_names():
    for part, name in PARTS.items():
        for lang in ("vi", "en"):
            assert part_name(part, lang) and part_phrase(part, lang), (part, lang)
        assert name.vi != name.en, part
    assert part_phrase("opening.inspection_date", "vi") == "ngày kiểm tra (mở đầu)"
    assert part_phrase("header.summary", "en") == "the summary (trích yếu)"


def test_every_part_a_finding_or_refusal_names_is_in_the_catalogue():
    parts = {f.part for f in check_notice(Notice())} | {f.part for f in final_refusals(Notice())}
    parts |= {p.part for p in final_problems(Notice(), [])}
    assert parts and parts <= set(PART_ORDER)


def test_the_report_the_refusal_and_the_catalogue_use_the_same_name():
    notice = Notice()
    report = format_report(notice, check_notice(notice), "x.json", "vi")
    assert f"{part_name('header.summary', 'vi')} (header.summary)" in report
    summary = [p for p in final_problems(notice, []) if p.part == "header.summary"]
    assert summary[0].message("vi") == f"Chưa có {part_phrase('header.summary', 'vi')}"
    assert summary[0].message("en") == "The summary (trích yếu) is empty"


def test_no_other_catalogue_of_part_names():
    """A dict that maps part paths to names lives only in model/parts.py."""
    # a name is words with spaces ("Trích yếu", "Họ tên người ký"), or a Qt translation
    pattern = re.compile(r'"(?:header\.summary|signature\.signer)"\s*:\s*'
                         r'(?:_p\(|\(\s*"[^"]* [^"]*"|QCoreApplication|self\.tr)')
    hits = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
            if pattern.search(p.read_text(encoding="utf-8"))]
    assert hits == ["model/parts.py"]


@pytest.fixture
def notice_with_footnotes(example_path) -> Notice:
    n = load_draft(example_path)
    n.opening.override = [RichText.from_markup("Mở đầu[^Chú thích mở đầu.] thứ nhất."),
                          RichText.from_markup("Mở đầu thứ hai[^Hai.][^Ba.].")]
    n.body.append(Node.make(Kind.MUC, "Kết luận", Node.make(Kind.PARAGRAPH, "Đoạn[^Bốn.].")))
    n.closing = RichText.from_markup("UBND tỉnh thông báo[^Cuối.] để thực hiện./.")
    return n


def test_footnotes_are_numbered_once(notice_with_footnotes):
    n = notice_with_footnotes
    order = footnote_order(n)
    texts = [r.footnote.text for r in order]
    assert texts[:3] == ["Chú thích mở đầu.", "Hai.", "Ba."] and texts[-2:] == ["Bốn.", "Cuối."]
    assert [r.number for r in order] == list(range(1, len(order) + 1))
    # the renderer's blocks, the checker's numbers and the model agree
    assert [(k, t.text) for k, t in build(n).footnotes()] == [(r.number, r.footnote.text)
                                                              for r in order]
    assert Context(n).footnote_numbers == footnote_numbers(n)
    assert order[-1].field_path == "closing.footnotes[0]"
    assert order[1].field_path == "opening[1].footnotes[0]"


def test_the_docx_numbers_footnotes_in_the_same_order(notice_with_footnotes):
    import io
    import zipfile

    from thongbao_editor.render.docx import render_docx_bytes
    data = render_docx_bytes(notice_with_footnotes)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/footnotes.xml").decode("utf-8")
    printed = re.findall(r'<w:footnote w:id="(\d+)">.*?</w:footnote>', xml, re.S)
    bodies = re.findall(r'<w:footnote w:id="\d+">(.*?)</w:footnote>', xml, re.S)
    order = footnote_order(notice_with_footnotes)
    assert [int(i) for i in printed] == [r.number for r in order]
    for ref, body in zip(order, bodies, strict=True):
        assert ref.footnote.text.rstrip(".") in re.sub(r"<[^>]+>", "", body)

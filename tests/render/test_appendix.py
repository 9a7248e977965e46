"""Tables and appendices in the .docx, the preview and the PDF (issue 13)."""

from __future__ import annotations

import re

import pytest

from thongbao_editor.model.footnotes import footnote_order
from thongbao_editor.model.notice import Appendix
from thongbao_editor.model.table_edit import InsertAppendix
from thongbao_editor.render.blocks import build
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.html import notice_html

from .docx_xml import NS, Docx, w
from .fixtures import appendix_notice

ATTACHED = ("(Kèm theo Thông báo số 05/TB-VP ngày 05 tháng 02 năm 2024 "
            "của Văn phòng)")


def _texts(el) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


@pytest.fixture(scope="module")
def doc():
    return Docx(render_docx_bytes(appendix_notice()))


def test_tables_are_word_tables_with_header_rows_widths_and_merges(doc):
    body = doc.document.find("w:body", NS)
    tables = [t for t in body.findall("w:tbl", NS) if t.find(".//w:tblBorders", NS) is not None
              and t.find(".//w:tblBorders/w:top", NS).get(w("val")) == "single"]
    figures, tasks = tables
    assert [int(g.get(w("w"))) for g in figures.findall("w:tblGrid/w:gridCol", NS)] == \
        [round(m * 1440 / 25.4) for m in (60, 50, 50)]
    rows = figures.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert rows[0].findall("w:tc", NS)[1].find("w:tcPr/w:gridSpan", NS).get(w("val")) == "2"
    assert rows[1].find("w:tc/w:tcPr/w:vMerge", NS).get(w("val")) == "restart"
    cont = rows[2].find("w:tc/w:tcPr/w:vMerge", NS)
    assert cont is not None and cont.get(w("val")) is None
    assert len(tasks.findall("w:tr", NS)) == 16
    assert _texts(tasks.findall("w:tr", NS)[0]) == "STTNhiệm vụĐơn vị chủ trìĐơn vị phối hợpThời hạnGhi chú"
    # the footnote in a cell is a real footnote, numbered in print order
    assert figures.find(".//w:footnoteReference", NS) is not None


def test_each_appendix_is_a_landscape_section_with_continued_page_numbers(doc):
    body = doc.document.find("w:body", NS)
    sections = body.findall(".//w:sectPr", NS)
    main, appendix = sections
    assert main.find("w:titlePg", NS) is not None  # page 1 keeps its own (no number) header
    assert appendix.find("w:titlePg", NS) is None and appendix.find("w:pgNumType", NS) is None
    size = appendix.find("w:pgSz", NS)
    assert size.get(w("orient")) == "landscape" and int(size.get(w("w"))) > int(size.get(w("h")))
    assert main.find("w:pgSz", NS).get(w("orient")) in (None, "portrait")
    default = [r for r in appendix.findall("w:headerReference", NS) if r.get(w("type")) == "default"]
    assert default  # the page-number header continues
    paragraphs = [_texts(p) for p in body.findall("w:p", NS)]
    at = paragraphs.index("Phụ lục")
    assert paragraphs[at + 1:at + 3] == ["PHÂN CÔNG NHIỆM VỤ", ATTACHED]


def test_the_body_refers_to_the_appendix_by_its_current_name():
    n = appendix_notice(tasks=2)
    texts = [p.content.text for p in build(n).paragraphs]
    assert "Phân công cụ thể tại Phụ lục." in texts
    InsertAppendix(0, Appendix("Số liệu")).apply(n)
    doc = build(n)
    assert "Phân công cụ thể tại Phụ lục II." in [p.content.text for p in doc.paragraphs]
    assert [a.name for a in doc.appendices] == ["Phụ lục I", "Phụ lục II"]


def test_a_blank_number_and_date_stay_blank_in_the_attached_line():
    n = appendix_notice(tasks=1)
    n.header.number, n.header.date.day, n.header.date.month = "", None, None
    line = build(n).appendices[0].attached
    assert re.fullmatch(r"\(Kèm theo Thông báo số +/TB-VP ngày +tháng +năm 2024 của Văn phòng\)", line)


def test_footnotes_in_tables_are_numbered_in_print_order():
    n = appendix_notice(tasks=1)
    refs = footnote_order(n)
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[1].part == "body[0].children[1].table.rows[1][1].text"  # between the two body notes


def test_the_preview_shows_tables_and_appendices():
    html = notice_html(appendix_notice(tasks=3))
    assert 'colspan="2"' in html and 'rowspan="2"' in html
    assert "Phụ lục" in html and "PHÂN CÔNG NHIỆM VỤ" in html and "Kèm theo" in html
    assert html.count("Sở Kế hoạch và Đầu tư") == 3


def test_the_tracked_export_keeps_tables_and_appendices():
    import copy

    from thongbao_editor.model import RichText
    from thongbao_editor.render.tracked import render_tracked_bytes

    old = appendix_notice(tasks=3)
    new = copy.deepcopy(old)
    new.closing = RichText.plain("Văn phòng thông báo để các cơ quan biết, thực hiện.")
    doc = Docx(render_tracked_bytes(old, new))
    body = doc.document.find("w:body", NS)
    assert len(body.findall(".//w:tblHeader", NS)) == 2  # the figures and the task table
    assert len(body.findall(".//w:sectPr", NS)) == 2
    assert "PHÂN CÔNG NHIỆM VỤ" in [_texts(p) for p in body.findall("w:p", NS)]


def test_the_document_validates_against_the_ooxml_schema(doc, tmp_path_factory):
    from lxml import etree

    from .tracked_xml import wml_schema

    schema = wml_schema(tmp_path_factory.mktemp("xsd"))
    if schema is None:
        pytest.skip("the ECMA-376 schemas are not here (set THONGBAO_OOXML_XSD)")
    for name in ("word/document.xml", "word/footnotes.xml"):
        root = etree.fromstring(doc.raw(name))
        assert schema.validate(root), (name, [str(e) for e in schema.error_log][:5])

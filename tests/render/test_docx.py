"""Fragment tests of the .docx writer: one construct of the spec at a time."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata

import docx as python_docx
import pytest
from lxml import etree

from thongbao_editor.errors import FinalExportRefused, RenderError
from thongbao_editor.model import Kind, Node, Notice, RichText, Run
from thongbao_editor.render import blocks
from thongbao_editor.render.docx import (CELL_MARGIN, PAGE_W, header_columns, render_docx_bytes,
                                         rule_lengths)
from thongbao_editor.render.metrics import text_width_pt

from .docx_xml import NS, TWIPS_PER_MM, Docx, attr, body_paragraphs, paragraphs, style_of, text, w
from .fixtures import long_notice, small_notice

FONT = "Times New Roman"


@pytest.fixture(scope="module")
def draft() -> Docx:
    return Docx(render_docx_bytes(small_notice()))


@pytest.fixture(scope="module")
def final() -> Docx:
    return Docx(render_docx_bytes(small_notice(), final=True))


def tables(d: Docx) -> list[etree._Element]:
    return d.document.xpath("/w:document/w:body/w:tbl", namespaces=NS)


def grid(tbl: etree._Element) -> list[int]:
    return [int(g.get(w("w"))) for g in tbl.xpath("w:tblGrid/w:gridCol", namespaces=NS)]


def cell_paragraphs(tbl: etree._Element, row: int, col: int) -> list[etree._Element]:
    return tbl.xpath(f"w:tr[{row + 1}]/w:tc[{col + 1}]/w:p", namespaces=NS)


def rule_length_twips(p: etree._Element, cell_width: int) -> int:
    ind = p.find("w:pPr/w:ind", NS)
    return cell_width - int(ind.get(w("left"))) - int(ind.get(w("right")))


# --------------------------------------------------------------------------
# Page


def test_page_is_a4_with_default_margins(draft):
    sect = draft.document.find(".//w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (attr(size, "w"), attr(size, "h")) == ("11906", "16838")
    mar = sect.find("w:pgMar", NS)
    got = {k: round(int(attr(mar, k)) / TWIPS_PER_MM, 1) for k in ("top", "bottom", "left", "right")}
    assert got == {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}


def test_margins_come_from_the_layout():
    n = small_notice()
    n.layout.margins.top, n.layout.margins.left, n.layout.margins.right = 25, 35, 20
    mar = Docx(render_docx_bytes(n)).document.find(".//w:pgMar", NS)
    assert round(int(attr(mar, "top")) / TWIPS_PER_MM, 1) == 25
    assert round(int(attr(mar, "left")) / TWIPS_PER_MM, 1) == 35
    assert round(int(attr(mar, "right")) / TWIPS_PER_MM, 1) == 20


@pytest.mark.parametrize("attr_path, value, words", [
    ("margins.left", 25, "Lề trái"),
    ("margins.top", 30, "Lề trên"),
    ("margins.right", 10, "Lề phải"),
    ("margins.bottom", 19.5, "Lề dưới"),
    ("body_size", 12, "Cỡ chữ"),
    ("first_line_indent_cm", 2, "Thụt đầu dòng"),
    ("paragraph_after_pt", 3, "Khoảng cách giữa các đoạn"),
    ("line_spacing", 2, "Khoảng cách dòng"),
    ("signature_space_lines", 0, "Khoảng trống để ký"),
    ("signature_space_lines", 3.5, "Khoảng trống để ký"),
    ("margins.top", "20", "Lề trên"),
    ("body_size", float("nan"), "Cỡ chữ"),
])
def test_layout_outside_nd30_is_refused(attr_path, value, words):
    n = small_notice()
    obj = n.layout
    *parents, last = attr_path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)
    with pytest.raises(RenderError) as info:
        render_docx_bytes(n)
    assert info.value.code == "render.layout"
    assert words in info.value.message("vi")
    assert "Nghị định 30" in info.value.message("vi")
    assert "must be" in info.value.message("en")


def test_layout_at_the_edges_of_the_ranges_is_accepted():
    n = small_notice()
    m = n.layout.margins
    m.top, m.bottom, m.left, m.right = 25, 25, 35, 20
    n.layout.body_size, n.layout.first_line_indent_cm = 13, 1.0
    n.layout.paragraph_after_pt, n.layout.line_spacing = 8, 1.5
    d = Docx(render_docx_bytes(n))
    body = d.style("TBBody")
    assert body.find("w:rPr/w:sz", NS).get(w("val")) == "26"
    assert body.find("w:pPr/w:ind", NS).get(w("firstLine")) == "567"
    spacing = body.find("w:pPr/w:spacing", NS)
    assert (spacing.get(w("after")), spacing.get(w("line"))) == ("160", "360")


# --------------------------------------------------------------------------
# Fonts, language, sizes


def _assert_tnr(rfonts):
    assert rfonts is not None
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert rfonts.get(w(slot)) == FONT, slot


def test_every_run_has_times_new_roman_on_four_slots(draft):
    parts = ["word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/header2.xml"]
    count = 0
    for name in parts:
        for run in draft.xml(name).iter(w("r")):
            _assert_tnr(run.find("w:rPr/w:rFonts", NS))
            count += 1
    assert count > 40


def test_styles_and_defaults_carry_the_font_and_vietnamese(draft):
    styles = draft.styles
    _assert_tnr(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS))
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "vi-VN"
    named = styles.xpath("w:style[@w:type='paragraph' or @w:type='character']", namespaces=NS)
    assert len(named) > 25
    for style in named:
        if style.get(w("styleId")) == "DefaultParagraphFont":
            continue
        _assert_tnr(style.find("w:rPr/w:rFonts", NS))
        assert style.find("w:rPr/w:lang", NS).get(w("val")) == "vi-VN"


def _size(d: Docx, style_id: str) -> float:
    """The effective size of a style in points, following basedOn."""
    while style_id:
        s = d.style(style_id)
        sz = s.find("w:rPr/w:sz", NS)
        if sz is not None:
            return int(sz.get(w("val"))) / 2
        based = s.find("w:basedOn", NS)
        style_id = based.get(w("val")) if based is not None else ""
    return int(d.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS).get(w("val"))) / 2


def _flag(d: Docx, style_id: str, tag: str) -> bool:
    while style_id:
        s = d.style(style_id)
        if s.find(f"w:rPr/w:{tag}", NS) is not None or s.find(f"w:pPr/w:{tag}", NS) is not None:
            return True
        based = s.find("w:basedOn", NS)
        style_id = based.get(w("val")) if based is not None else ""
    return False


def _jc(d: Docx, style_id: str) -> str | None:
    while style_id:
        s = d.style(style_id)
        jc = s.find("w:pPr/w:jc", NS)
        if jc is not None:
            return jc.get(w("val"))
        based = s.find("w:basedOn", NS)
        style_id = based.get(w("val")) if based is not None else ""
    return None


@pytest.mark.parametrize("style, size, bold, italic, jc", [
    ("TBNationalTitle", 13, True, False, "center"),
    ("TBMotto", 14, True, False, "center"),
    ("TBParentAgency", 13, False, False, "center"),
    ("TBAgency", 13, True, False, "center"),
    ("TBNumber", 13, False, False, "center"),
    ("TBDate", 14, False, True, "center"),
    ("TBDocType", 14, True, False, "center"),
    ("TBSummary", 14, True, False, "center"),
    ("TBBody", 14, False, False, "both"),
    ("TBOpening", 14, False, False, "both"),
    ("TBHeading1", 14, True, False, "both"),
    ("TBHeading2", 14, True, False, "both"),
    ("TBHeading3", 14, True, False, "both"),
    ("TBHeading4", 14, True, True, "both"),
    ("TBItem", 14, False, False, "both"),
    ("TBClosing", 14, False, False, "both"),
    ("TBRecipientsLabel", 12, True, True, "left"),
    ("TBRecipient", 11, False, False, "left"),
    ("TBAuthority", 14, True, False, "center"),
    ("TBSigner", 14, True, False, "center"),
    ("TBSignatureSpace", 14, False, False, "center"),
    ("FootnoteText", 12, False, False, "both"),
    ("TBPageNumber", 14, False, False, "center"),
])
def test_style_sizes_follow_the_spec(draft, style, size, bold, italic, jc):
    assert _size(draft, style) == size
    assert _flag(draft, style, "b") is bold
    assert _flag(draft, style, "i") is italic
    assert _jc(draft, style) == jc


def test_body_style_has_indent_spacing_and_headings_keep_with_next(draft):
    body = draft.style("TBBody")
    assert body.find("w:pPr/w:ind", NS).get(w("firstLine")) == "720"  # 1.27 cm
    spacing = body.find("w:pPr/w:spacing", NS)
    assert (spacing.get(w("after")), spacing.get(w("line"))) == ("120", "240")  # 6 pt, single
    for level in range(1, 5):
        assert draft.style(f"TBHeading{level}").find("w:pPr/w:keepNext", NS) is not None
    assert draft.style("TBClosing").find("w:pPr/w:keepNext", NS) is not None


# --------------------------------------------------------------------------
# Header table and rules


def test_header_table_is_borderless_70_plus_100_mm(draft):
    tbl = tables(draft)[0]
    assert [round(c / TWIPS_PER_MM) for c in grid(tbl)] == [70, 100]
    borders = tbl.find("w:tblPr/w:tblBorders", NS)
    assert {b.get(w("val")) for b in borders} == {"nil"}
    left = [text(p) for p in cell_paragraphs(tbl, 0, 0)]
    right = [text(p) for p in cell_paragraphs(tbl, 0, 1)]
    assert left == ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", ""]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    # Số and the date share the second row: always level.
    assert [text(p) for p in cell_paragraphs(tbl, 1, 0)] == ["Số: 05/TB-VP"]
    assert [text(p) for p in cell_paragraphs(tbl, 1, 1)] == ["Lạng Sơn, ngày 05 tháng 02 năm 2024"]
    # The table is centred on the text area.
    text_w = PAGE_W - round(30 * TWIPS_PER_MM) - round(15 * TWIPS_PER_MM)
    ind = int(tbl.find("w:tblPr/w:tblInd", NS).get(w("w")))
    assert abs(2 * ind + sum(grid(tbl)) - text_w) <= 1


def test_national_title_and_date_fit_the_right_column(draft):
    tbl = tables(draft)[0]
    avail_pt = (grid(tbl)[1] - 2 * CELL_MARGIN) / 20
    assert text_width_pt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold=True) < avail_pt
    assert text_width_pt("Lạng Sơn, ngày 05 tháng 02 năm 2024", 14, italic=True) < avail_pt


def test_a_long_place_widens_the_column_or_shrinks_the_date_so_it_never_wraps():
    n = small_notice()
    n.header.place = "Thành phố Hồ Chí Minh"
    n.header.date.month, n.header.date.day = 12, 25
    d = Docx(render_docx_bytes(n))
    tbl = tables(d)[0]
    cols = grid(tbl)
    assert 100 <= cols[1] / TWIPS_PER_MM <= 105
    assert abs(sum(cols) / TWIPS_PER_MM - 170) < 0.1
    date_p = cell_paragraphs(tbl, 1, 1)[0]
    sz = date_p.find("w:r/w:rPr/w:sz", NS)
    size = int(sz.get(w("val"))) / 2 if sz is not None else 14
    assert 13 <= size <= 14
    assert text_width_pt(text(date_p), size, italic=True) < (cols[1] - 2 * CELL_MARGIN) / 20
    assert header_columns(blocks.build(n))[1] == size


def test_motto_rule_is_as_long_as_the_motto(draft):
    tbl = tables(draft)[0]
    rule = cell_paragraphs(tbl, 0, 1)[2]
    assert style_of(rule) == "TBRule"
    assert rule.find("w:pPr/w:pBdr/w:bottom", NS) is not None or _flag(draft, "TBRule", "pBdr")
    length_pt = rule_length_twips(rule, grid(tbl)[1] - 2 * CELL_MARGIN) / 20
    motto_pt = text_width_pt("Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    assert abs(length_pt - motto_pt) <= 0.5


def test_rule_style_draws_a_solid_bottom_border(draft):
    border = draft.style("TBRule").find("w:pPr/w:pBdr/w:bottom", NS)
    assert border.get(w("val")) == "single"


def test_agency_rule_is_a_third_to_a_half_of_the_line(draft):
    tbl = tables(draft)[0]
    rule = cell_paragraphs(tbl, 0, 0)[2]
    length_pt = rule_length_twips(rule, grid(tbl)[0] - 2 * CELL_MARGIN) / 20
    line_pt = text_width_pt("VĂN PHÒNG", 13, bold=True)
    assert line_pt / 3 <= length_pt <= line_pt / 2


def test_agency_rule_follows_the_longest_agency_line():
    n = small_notice()
    n.header.parent_agency, n.header.agency = [], ["Ủy ban nhân dân", "tỉnh Lạng Sơn"]
    d = Docx(render_docx_bytes(n))
    tbl = tables(d)[0]
    ps = cell_paragraphs(tbl, 0, 0)
    assert [text(p) for p in ps[:2]] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    length_pt = rule_length_twips(ps[2], grid(tbl)[0] - 2 * CELL_MARGIN) / 20
    line_pt = text_width_pt("ỦY BAN NHÂN DÂN", 13, bold=True)
    assert line_pt / 3 <= length_pt <= line_pt / 2


def test_summary_rule_is_a_third_to_a_half_of_the_line(draft):
    ps = body_paragraphs(draft.document)
    styles = [style_of(p) for p in ps]
    i = styles.index("TBSummary")
    assert styles[i - 1] == "TBDocType" and text(ps[i - 1]) == "THÔNG BÁO"
    rule = ps[i + 1]
    assert style_of(rule) == "TBTitleRule"
    text_w = PAGE_W - round(30 * TWIPS_PER_MM) - round(15 * TWIPS_PER_MM)
    length_pt = rule_length_twips(rule, text_w) / 20
    line_pt = min(text_width_pt(text(ps[i]), 14, bold=True), text_w / 20)
    assert line_pt / 3 <= length_pt <= line_pt / 2


def test_rule_lengths_of_a_long_summary_use_the_line_not_the_text():
    n = small_notice()
    n.header.summary = "Kết luận " * 40
    doc = blocks.build(n)
    text_w = 9354
    assert rule_lengths(doc, text_w)["summary"] == pytest.approx(text_w / 20 * 0.4)


# --------------------------------------------------------------------------
# Body


def test_body_paragraphs_have_their_styles_and_generated_labels(draft):
    ps = body_paragraphs(draft.document)
    got = [(style_of(p), text(p)) for p in ps]
    expect = [
        ("TBHeading1", "I. ĐÁNH GIÁ CHUNG"),
        ("TBBody", "Trong 03 tháng đầu năm 2024, huyện đạt 08/19 tiêu chí (tăng 2 tiêu chí)."),
        ("TBHeading2", "1. Đối với UBND huyện Cao Lộc"),
        ("TBHeading3", "1.1. Về phát triển kinh tế - xã hội"),
        ("TBHeading4", "a) Về phát triển kinh tế"),
        ("TBItem", "- Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công."),
        ("TBSubItem", "+ Hoàn thành trước 15/4/2024."),
        ("TBHeading1", "II. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI"),
        ("TBLabelled", "1. UBND huyện cần tập trung chỉ đạo các nhiệm vụ."),
    ]
    start = got.index(expect[0])
    assert got[start:start + len(expect)] == expect
    openings = [t for s, t in got if s == "TBOpening"]
    assert len(openings) == 2 and openings[0].startswith("Thực hiện Kế hoạch số 12/KH-UBND")
    closing = [t for s, t in got if s == "TBClosing"]
    assert closing == ["UBND tỉnh thông báo để UBND huyện Cao Lộc, các cơ quan liên quan biết, "
                       "thực hiện./."]


def test_bold_and_italic_spans_are_runs(draft):
    runs = draft.document.xpath("//w:r[w:t]", namespaces=NS)
    fmt = {text(r): (r.find("w:rPr/w:b", NS) is not None, r.find("w:rPr/w:i", NS) is not None)
           for r in runs}
    assert fmt["08/19 tiêu chí"] == (True, False)
    assert fmt["(tăng 2 tiêu chí)"] == (False, True)
    assert fmt["15/4/2024"] == (True, False)


def test_headings_are_kept_with_the_next_paragraph_and_the_closing_with_the_block(draft):
    ps = body_paragraphs(draft.document)
    closing = [p for p in ps if style_of(p) == "TBClosing"][0]
    assert closing.getnext().tag == w("tbl")  # the bottom block follows directly
    for p in ps:
        if style_of(p).startswith("TBHeading"):
            assert p.getnext().tag == w("p")


# --------------------------------------------------------------------------
# Footnotes


def test_footnotes_are_real_word_footnotes(draft):
    notes = draft.xml("word/footnotes.xml")
    kinds = [(n.get(w("type")), n.get(w("id"))) for n in notes]
    assert kinds[:2] == [("separator", "-1"), ("continuationSeparator", "0")]
    assert notes[0].find(".//w:separator", NS) is not None
    assert notes[1].find(".//w:continuationSeparator", NS) is not None
    real = notes[2:]
    assert [n.get(w("id")) for n in real] == ["1", "2"]
    for n in real:
        p = n.find("w:p", NS)
        assert style_of(p) == "FootnoteText"
        ref = p.find("w:r/w:footnoteRef", NS)
        assert ref is not None
        assert ref.getparent().find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    assert text(real[0]).strip() == "Theo Báo cáo số 45/BC-UBND ngày 10/4/2024."
    assert text(real[1]).strip() == "Đến ngày 15/4/2024 đạt 25,65%."
    italic = real[1].xpath(".//w:r[w:rPr/w:i]", namespaces=NS)
    assert [text(r) for r in italic] == ["15/4/2024"]
    refs = draft.document.xpath("//w:footnoteReference", namespaces=NS)
    assert [r.get(w("id")) for r in refs] == ["1", "2"]
    for r in refs:
        assert r.getparent().find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    # The reference sits right after the word, the sentence continues after it.
    first = refs[0].getparent()
    assert text(first.getprevious()).endswith("(tăng 2 tiêu chí)")
    assert text(first.getnext()) == "."


def test_footnote_part_is_declared(draft):
    ct = draft.xml("[Content_Types].xml")
    assert ct.xpath("//ct:Override[@PartName='/word/footnotes.xml']", namespaces=NS)
    rels = draft.xml("word/_rels/document.xml.rels")
    assert rels.xpath("//rel:Relationship[@Target='footnotes.xml']", namespaces=NS)
    settings = draft.xml("word/settings.xml")
    assert [f.get(w("id")) for f in settings.findall("w:footnotePr/w:footnote", NS)] == ["-1", "0"]
    assert _flag(draft, "FootnoteReference", "vertAlign")


# --------------------------------------------------------------------------
# Page numbers and the draft mark


def test_page_number_is_a_centred_page_field_from_page_two(draft):
    sect = draft.document.find(".//w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    header = draft.header("default")
    ps = paragraphs(header)
    assert len(ps) == 1 and style_of(ps[0]) == "TBPageNumber"
    instr = "".join(header.xpath("//w:instrText/text()", namespaces=NS)).strip()
    assert instr == "PAGE"
    types = header.xpath("//w:fldChar/@w:fldCharType", namespaces=NS)
    assert types == ["begin", "separate", "end"]


def test_first_page_header_is_empty_in_a_final_export(final):
    first = final.header("first")
    assert text(first) == ""
    assert not first.xpath("//w:instrText", namespaces=NS)


def test_draft_is_marked_at_the_top_left_of_page_one(draft, final):
    first = draft.header("first")
    marks = paragraphs(first, "TBDraftMark")
    assert [text(p) for p in marks] == ["DỰ THẢO"]
    assert _jc(draft, "TBDraftMark") == "left"
    assert "DỰ THẢO" not in text(draft.header("default"))
    for part in final.names:
        if part.endswith(".xml"):
            assert "DỰ THẢO".encode() not in final.raw(part), part


# --------------------------------------------------------------------------
# Bottom block


def test_bottom_block_table(draft):
    tbl = tables(draft)[-1]
    assert [round(c / TWIPS_PER_MM) for c in grid(tbl)] == [60, 110]
    assert tbl.find("w:tr/w:trPr/w:cantSplit", NS) is not None
    left = cell_paragraphs(tbl, 0, 0)
    right = cell_paragraphs(tbl, 0, 1)
    assert [style_of(p) for p in left] == ["TBRecipientsLabel"] + ["TBRecipient"] * 4
    assert [text(p) for p in left] == [
        "Nơi nhận:", "- Thường trực Tỉnh ủy (B/c);", "- Chủ tịch, các PCT UBND tỉnh;",
        "- UBND huyện Cao Lộc;", "- Lưu: VT, KG-VX, 02b (NNK)."]
    assert [style_of(p) for p in right] == (["TBAuthority"] * 3 + ["TBSignatureSpace"] * 4
                                            + ["TBSigner"])
    assert [text(p) for p in right if text(p)] == [
        "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hoàng Xuân Đồng"]
    # "Nơi nhận:" and the first authority line start the row with the same space.
    before = [p.find("w:pPr/w:spacing", NS).get(w("before")) for p in (left[0], right[0])]
    assert before[0] == before[1]
    assert right[1].find("w:pPr/w:spacing", NS) is None


def test_signature_space_follows_the_layout():
    n = small_notice()
    n.layout.signature_space_lines = 6
    tbl = tables(Docx(render_docx_bytes(n)))[-1]
    spaces = [p for p in cell_paragraphs(tbl, 0, 1) if style_of(p) == "TBSignatureSpace"]
    assert len(spaces) == 6 and all(text(p) == "" for p in spaces)


# --------------------------------------------------------------------------
# Properties, determinism, python-docx


def test_core_properties_come_from_the_notice(draft):
    core = draft.xml("docProps/core.xml")
    get = lambda q: core.xpath(f"string({q})", namespaces=NS)  # noqa: E731
    assert get("dc:title") == ("Thông báo Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi "
                               "kiểm tra")
    assert get("dc:subject").startswith("Kết luận của đồng chí")
    assert get("dc:creator") == "VĂN PHÒNG"
    assert get("dc:language") == "vi-VN"
    assert get("dcterms:created") == "2024-02-05T00:00:00Z"
    for name in draft.names:
        assert b"python-docx" not in draft.raw(name), name
    props = python_docx.Document(io.BytesIO(draft.data)).core_properties
    assert props.author == "VĂN PHÒNG" and props.language == "vi-VN"


def test_no_clock_time_when_the_date_is_open():
    n = small_notice()
    n.header.date.day = n.header.date.month = None
    core = Docx(render_docx_bytes(n)).xml("docProps/core.xml")
    assert core.find("dcterms:created", NS) is None
    assert core.find("dcterms:modified", NS) is None


def test_same_notice_gives_the_same_bytes():
    assert render_docx_bytes(small_notice()) == render_docx_bytes(small_notice())
    assert render_docx_bytes(small_notice(), final=True) == render_docx_bytes(small_notice(),
                                                                              final=True)


def test_python_docx_reads_the_result(draft):
    d = python_docx.Document(io.BytesIO(draft.data))
    assert any(p.text == "I. ĐÁNH GIÁ CHUNG" for p in d.paragraphs)
    assert d.paragraphs[0].style.name == "TB Document Type"
    assert len(d.tables) == 2
    section = d.sections[0]
    assert section.different_first_page_header_footer


# --------------------------------------------------------------------------
# Final export


def test_final_export_refuses_an_empty_notice_and_lists_what_is_missing():
    with pytest.raises(FinalExportRefused) as info:
        render_docx_bytes(Notice(), final=True)
    paths = {p.field_path for p in info.value.problems}
    assert {"header.agency", "header.place", "header.summary", "body", "closing", "recipients",
            "storage", "signature.authority", "signature.signer"} <= paths
    assert any(p.part.startswith("opening") for p in info.value.problems)
    msg = info.value.message("vi")
    assert "Chưa thể xuất bản chính thức" in msg and "họ tên người ký" in msg.lower()


def test_final_export_refuses_a_placeholder_but_allows_a_blank_number_and_day():
    n = small_notice()
    n.header.number = ""
    n.header.date.day = n.header.date.month = None
    render_docx_bytes(n, final=True)  # allowed
    n.body[0].children[0].text = RichText.from_markup("Đạt {{ so_tieu_chi }} tiêu chí.")
    with pytest.raises(FinalExportRefused) as info:
        render_docx_bytes(n, final=True)
    assert [p.field_path for p in info.value.problems] == ["body[0][0]"]


def test_a_draft_export_never_refuses():
    render_docx_bytes(Notice())


# --------------------------------------------------------------------------
# Bad input


def _parse_all(data: bytes) -> Docx:
    d = Docx(data)
    for name in d.names:
        etree.fromstring(d.raw(name))
    return d


def test_control_characters_are_dropped():
    n = small_notice()
    n.body[0].children[0].text = RichText((Run("Có\x00 ký\x07 tự\x1f điều khiển\ufffe."),))
    n.header.agency = ["VĂN\x0b PHÒNG"]
    n.closing = RichText((Run("Kết thúc\x01"),))
    d = _parse_all(render_docx_bytes(n))
    assert "Có ký tự điều khiển." in [text(p) for p in body_paragraphs(d.document)]


def test_nfd_text_comes_out_nfc():
    n = small_notice()
    decomposed = unicodedata.normalize("NFD", "Tiếp tục thực hiện nhiệm vụ")
    n.body.append(Node.make(Kind.MUC, decomposed))
    d = _parse_all(render_docx_bytes(n))
    xml = d.raw("word/document.xml").decode("utf-8")
    assert "TIẾP TỤC THỰC HIỆN NHIỆM VỤ" in xml
    assert unicodedata.normalize("NFC", xml) == xml


def test_a_huge_paragraph_renders():
    n = small_notice()
    words = " ".join(f"từ{i}" for i in range(20_000))
    n.body.append(Node.make(Kind.PARAGRAPH, words))
    d = _parse_all(render_docx_bytes(n))
    assert any(len(text(p)) > 100_000 for p in body_paragraphs(d.document))


def test_an_empty_notice_renders_as_a_draft():
    d = _parse_all(render_docx_bytes(Notice()))
    assert text(d.header("first")) == "DỰ THẢO"
    assert tables(d)  # header and bottom block are there, empty
    assert [text(p) for p in cell_paragraphs(tables(d)[-1], 0, 0)] == ["Nơi nhận:"]


def test_xml_special_characters_are_escaped():
    n = small_notice()
    n.body.append(Node.make(Kind.PARAGRAPH, "A < B & C > D \"E\" 'F'"))
    d = _parse_all(render_docx_bytes(n))
    assert "A < B & C > D \"E\" 'F'" in [text(p) for p in body_paragraphs(d.document)]


def test_many_pages_render_with_all_footnotes():
    n = long_notice(sections=10, paragraphs=10, footnote_every=3)
    d = _parse_all(render_docx_bytes(n))
    refs = d.document.xpath("//w:footnoteReference/@w:id", namespaces=NS)
    notes = d.xml("word/footnotes.xml").xpath("w:footnote[not(@w:type)]/@w:id", namespaces=NS)
    assert refs == notes == [str(i) for i in range(1, len(refs) + 1)]
    assert len(refs) == 200 // 3  # the long body replaces the small one
    texts = [text(fn).strip() for fn in d.xml("word/footnotes.xml").xpath(
        "w:footnote[not(@w:type)]", namespaces=NS)]
    assert texts == [rich.text for _n, rich in blocks.build(n).footnotes()]


def test_blocks_are_consumed_not_the_model(monkeypatch):
    """The writer prints what the block walk gives it (one source of truth)."""
    real = blocks.build

    def patched(notice, *, draft=True):
        doc = real(notice, draft=draft)
        doc.paragraphs = [dataclasses.replace(p, label="Z.") if p.label else p for p in doc.paragraphs]
        return doc

    monkeypatch.setattr(blocks, "build", patched)
    d = Docx(render_docx_bytes(small_notice()))
    labelled = [text(p) for p in body_paragraphs(d.document) if style_of(p).startswith("TBHeading")]
    assert labelled and all(t.startswith("Z. ") for t in labelled)
    assert re.search("I\\. ĐÁNH GIÁ", d.raw("word/document.xml").decode()) is None

"""Word's own structures: automatic numbering, tracked changes, fields, text boxes, images."""

from __future__ import annotations

from thongbao_editor.importer import import_bytes
from thongbao_editor.importer.numbering import Numbering, format_number
from thongbao_editor.importer.package import W_NS
from thongbao_editor.model import Kind
from lxml import etree

from .rawdocx import lvl, make, p

MULTI = ('<w:abstractNum w:abstractNumId="1">' + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.")
         + lvl(2, "decimal", "%2.%3.") + lvl(3, "lowerLetter", "%4)") + lvl(4, "bullet", "\uf02d")
         + lvl(5, "bullet", "+") + "</w:abstractNum>"
         '<w:abstractNum w:abstractNumId="2">' + lvl(0, "bullet", "\uf0b7") + lvl(1, "bullet", "o")
         + "</w:abstractNum>"
         '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
         '<w:num w:numId="2"><w:abstractNumId w:val="1"/>'
         '<w:lvlOverride w:ilvl="3"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
         '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>')


def _labels(seq):
    root = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{MULTI}</w:numbering>'.encode())
    numbering = Numbering(root)
    return [numbering.next_label(n, lv).text for n, lv in seq]


def test_labels_of_a_multilevel_list():
    seq = [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 3), ("1", 3), ("1", 1), ("1", 3), ("1", 0),
           ("1", 1), ("2", 3), ("2", 3)]
    assert _labels(seq) == ["I.", "1.", "1.1.", "1.2.", "a)", "b)", "2.", "a)", "II.", "1.", "a)", "b)"]


def test_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 5, 26, 27)] == ["a", "e", "z", "aa"]
    assert format_number(14, "upperRoman") == "XIV" and format_number(4, "lowerRoman") == "iv"
    assert format_number(3, "decimalZero") == "03"


def test_override_restarts_and_level_override():
    extra = ('<w:num w:numId="9"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1">'
             + lvl(1, "decimal", "%2)", start=5) + "</w:lvlOverride></w:num>")
    root = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{MULTI}{extra}</w:numbering>'.encode())
    numbering = Numbering(root)
    assert numbering.next_label("9", 1).text == "5)"
    assert numbering.next_label("9", 1).text == "6)"


def test_automatic_numbering_maps_onto_the_tree():
    body = (p("ĐÁNH GIÁ CHUNG", num=(1, 0), bold=True) + p("Đối với huyện", num=(1, 1), bold=True)
            + p("Về kinh tế", num=(1, 3), bold=True) + p("Việc thứ nhất.", num=(1, 4))
            + p("Việc con.", num=(1, 5)) + p("Một chấm tròn.", num=(3, 0)) + p("Chấm con.", num=(3, 1))
            + p("Đoạn văn thường."))
    notice, report = import_bytes(make(body, numbering=MULTI), "n.docx")
    outline = [(len(path), n.kind, n.heading) for path, n in notice.walk_body()]
    assert outline == [(1, Kind.MUC, True), (2, Kind.KHOAN, True), (3, Kind.DIEM, True), (4, Kind.ITEM, False),
                       (5, Kind.SUB_ITEM, False), (4, Kind.ITEM, False), (5, Kind.SUB_ITEM, False),
                       (4, Kind.PARAGRAPH, False)]  # a plain paragraph belongs to the điểm, not the item


def test_tracked_changes_read_as_the_document_now_reads():
    ins = ('<w:ins w:id="1" w:author="Chủ tịch" w:date="2024-04-12T09:00:00Z">'
           '<w:r><w:t>khẩn trương </w:t></w:r></w:ins>'
           '<w:del w:id="2" w:author="Chủ tịch" w:date="2024-04-12T09:01:00Z">'
           '<w:r><w:delText>từ từ </w:delText></w:r></w:del>'
           '<w:r><w:t>thực hiện.</w:t></w:r>')
    body = p("- Yêu cầu ", inner=ins)
    notice, report = import_bytes(make(body), "t.docx")
    assert notice.body[0].text.text == "Yêu cầu khẩn trương thực hiện."
    kinds = [(r.kind, r.author, r.text) for r in report.revisions]
    assert ("insert", "Chủ tịch", "khẩn trương ") in kinds and ("delete", "Chủ tịch", "từ từ ") in kinds
    assert report.revisions[0].date.startswith("2024-04-12")
    assert {(r.part, r.path) for r in report.revisions} == {("body", (0,))}  # where it went in the draft
    assert any(w.code == "import.warn.revisions" for w in report.warnings)


def test_fields_show_their_result_not_their_code():
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d/M/yyyy" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12/4/2024</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    notice, _ = import_bytes(make(p("Ngày ", inner=field)), "f.docx")
    assert notice.body[0].text.text == "Ngày 12/4/2024"


def test_text_boxes_are_kept_and_images_counted():
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
           '<wps:wsp><wps:txbx><w:txbxContent>' + p("Chữ trong hộp văn bản") + '</w:txbxContent></wps:txbx>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape><v:textbox><w:txbxContent>' + p("Chữ trong hộp văn bản") + '</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    image = ('<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="x"/>'
             '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    notice, report = import_bytes(make(p("Đoạn có hộp", inner=box) + p("Đoạn có ảnh", inner=image)), "b.docx")
    texts = [n.text.text for _, n in notice.walk_body()]
    assert texts.count("Chữ trong hộp văn bản") == 1  # the Choice only, not its Fallback copy
    assert "Đoạn có ảnh" in texts
    assert [u.reason for u in report.unplaced] == ["textbox"]
    assert report.unplaced[0].path is not None
    codes = {w.code: w.params for w in report.warnings}
    assert codes["import.warn.images"] == {"count": 1} and codes["import.warn.textboxes"] == {"count": 1}


def test_text_hygiene_like_paste():
    raw = ('<w:r><w:t xml:space="preserve">Tăng\u00a0cường  công\u00adtác</w:t></w:r><w:r><w:br/></w:r>'
           '<w:r><w:tab/><w:t>kiểm tra\u200b.</w:t></w:r>')
    notice, _ = import_bytes(make(p(inner=raw)), "h.docx")
    assert notice.body[0].text.text == "Tăng cường côngtác kiểm tra."


def test_a_footnote_on_the_summary_is_reported_not_lost():
    notes = ('<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
             'Theo Kế hoạch số 9/KH-UBND.</w:t></w:r></w:p></w:footnote>')
    summary = p("Kết luận về công tác cải cách hành chính", bold=True,
                inner='<w:r><w:footnoteReference w:id="1"/></w:r>')
    notice, report = import_bytes(make(p("THÔNG BÁO", bold=True) + summary + p("Nội dung thông báo.")
                                       , footnotes=notes), "fn.docx")
    assert notice.header.summary == "Kết luận về công tác cải cách hành chính"
    left = [w for w in report.warnings if w.code == "import.warn.footnote_left"]
    assert left and left[0].params["text"] == "Theo Kế hoạch số 9/KH-UBND."


def test_items_typed_with_shift_enter_are_separate_items():
    runs = ('<w:r><w:t xml:space="preserve">- Rà soát hồ sơ;</w:t></w:r><w:r><w:br/></w:r>'
            '<w:r><w:t xml:space="preserve">- Báo cáo trước ngày 30/9;</w:t></w:r><w:r><w:br/></w:r>'
            '<w:r><w:t xml:space="preserve">tiếp dòng trên.</w:t></w:r>')
    notice, _ = import_bytes(make(p(inner=runs)), "br.docx")
    assert [(n.kind, n.text.text) for n in notice.body] == [
        (Kind.ITEM, "Rà soát hồ sơ;"), (Kind.ITEM, "Báo cáo trước ngày 30/9; tiếp dòng trên.")]


def test_a_one_cell_frame_is_not_a_table():
    frame = ('<w:tbl><w:tr><w:tc>' + p("THÔNG BÁO", bold=True) + p("Một đoạn trong khung.")
             + '</w:tc></w:tr></w:tbl>')
    notice, report = import_bytes(make(frame), "khung.docx")
    assert report.unplaced == [] and notice.body[0].text.text == "Một đoạn trong khung."


def test_labels_typed_with_a_slash():
    body = (p("I/ ĐÁNH GIÁ CHUNG", bold=True) + p("1/ Về kinh tế", bold=True) + p("a/ Nông nghiệp.")
            + p("2/3 số xã đạt chuẩn."))
    notice, _ = import_bytes(make(body), "slash.docx")
    assert [(len(path), n.kind) for path, n in notice.walk_body()] == [
        (1, Kind.MUC), (2, Kind.KHOAN), (3, Kind.DIEM), (4, Kind.PARAGRAPH)]
    assert notice.numbering[Kind.KHOAN] == "{n}/" and notice.numbering[Kind.DIEM] == "{a}/"


def test_rows_and_cells_inside_content_controls_are_read():
    cell = '<w:tc>{}</w:tc>'
    table = ('<w:tbl><w:sdt><w:sdtContent><w:tr>' + cell.format(p("Ô một")) + '<w:sdt><w:sdtContent>'
             + cell.format(p("Ô hai")) + '</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>'
             '<w:tr>' + cell.format(p("Ô ba")) + cell.format(p("Ô bốn")) + '</w:tr></w:tbl>')
    notice, report = import_bytes(make(table), "sdt.docx")
    assert [u.text for u in report.unplaced] == ["Ô một", "Ô hai", "Ô ba", "Ô bốn"]


def test_a_paragraph_cut_by_a_hard_return_is_joined():
    body = (p("- Ngay từ đầu năm UBND huyện đã triển khai các văn bản chỉ đạo")
            + p("của Trung ương và của tỉnh; chủ động ban hành kế hoạch.") + p("Tiếp theo là một đoạn khác."))
    notice, _ = import_bytes(make(body), "cat.docx")
    assert [n.text.text for n in notice.body] == [
        "Ngay từ đầu năm UBND huyện đã triển khai các văn bản chỉ đạo của Trung ương và của tỉnh; "
        "chủ động ban hành kế hoạch.", "Tiếp theo là một đoạn khác."]

"""Other ways offices lay a notice out: plain centred header lines, a one-row header
table, the signature above «Nơi nhận:», recipients as a Word bullet list, Heading styles."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from thongbao_editor.importer import import_bytes
from thongbao_editor.model import Kind

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold(par, text):
    par.add_run(text).bold = True
    return par


def _bullets(d) -> str:
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return "77"


def _bullet(d, num_id, text):
    par = d.add_paragraph(text)
    par._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return par


def test_plain_centred_header_and_signature_above_the_recipients():
    d = docx.Document()
    for text, bold in (("UBND TỈNH LẠNG SƠN", False), ("VĂN PHÒNG", True), ("_____", False),
                       ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập – Tự do – Hạnh phúc", True),
                       ("Số: 58/TB-VP", False), ("Lạng Sơn, ngày 12 tháng 4 năm 2024", False),
                       ("THÔNG BÁO KẾT LUẬN", True), ("Về việc chuẩn bị Hội nghị tổng kết năm", True)):
        par = d.add_paragraph()
        par.alignment = 1
        par.add_run(text).bold = bold
    d.add_paragraph("Ngày 10/4/2024, Chánh Văn phòng chủ trì họp giao ban; kết luận như sau:")
    _bold(d.add_paragraph(), "1. Về công tác chuẩn bị")
    d.add_paragraph("- Phòng Hành chính - Tổ chức bố trí hội trường.")
    d.add_paragraph("Văn phòng thông báo để các phòng biết, thực hiện./.")
    for text in ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "(Đã ký)", "Nguyễn Thị Lan"):
        par = d.add_paragraph()
        par.alignment = 1
        _bold(par, text)
    _bold(d.add_paragraph(), "Nơi nhận:").runs[0].italic = True
    num = _bullets(d)
    _bullet(d, num, "Lãnh đạo Văn phòng;")
    _bullet(d, num, "Các phòng thuộc Văn phòng;")
    _bullet(d, num, "Lưu: VT, HCTC (NTL).")
    notice, report = import_bytes(_save(d), "plain.docx")
    h = notice.header
    assert (h.parent_agency, h.agency) == (["UBND TỈNH LẠNG SƠN"], ["VĂN PHÒNG"])
    assert (h.number, h.symbol, h.place) == ("58", "TB-VP", "Lạng Sơn")
    assert (h.date.day, h.date.month, h.date.year) == (12, 4, 2024)
    assert h.doc_type == "THÔNG BÁO KẾT LUẬN" and h.summary == "Về việc chuẩn bị Hội nghị tổng kết năm"
    assert notice.signature.authority == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert notice.signature.signer == "Nguyễn Thị Lan"
    assert notice.recipients == ["Lãnh đạo Văn phòng;", "Các phòng thuộc Văn phòng;"]
    assert notice.storage.line() == "Lưu: VT, HCTC (NTL)."
    assert [(n.kind, n.heading) for _, n in notice.walk_body()] == [(Kind.KHOAN, True), (Kind.ITEM, False)]
    assert report.unplaced == []
    assert any(w.code == "import.warn.skipped_line" for w in report.warnings)


def test_one_row_header_table_and_heading_styles():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.paragraphs[0].text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("HUYỆN CAO LỘC")
    left.add_paragraph("Số: 15 /TB-UBND")
    right.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Cao Lộc, ngày      tháng      năm 2025")
    d.add_paragraph("THÔNG BÁO").alignment = 1
    d.add_paragraph("Kết luận của Chủ tịch UBND huyện").alignment = 1
    d.add_paragraph("Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:")
    d.add_paragraph("I. TÌNH HÌNH CHUNG", style="Heading 1")
    d.add_paragraph("Tình hình ổn định.")
    d.add_paragraph("II. NHIỆM VỤ", style="Heading 1")
    d.add_paragraph("1. Các xã, thị trấn", style="Heading 2")
    d.add_paragraph("Chủ động triển khai.")
    d.add_paragraph("UBND huyện thông báo để các đơn vị biết, thực hiện./.")
    b = d.add_table(rows=1, cols=2)
    b.cell(0, 0).paragraphs[0].text = "Nơi nhận:"
    b.cell(0, 0).add_paragraph("- Như trên;")
    b.cell(0, 0).add_paragraph("- Lưu: VT.")
    b.cell(0, 1).paragraphs[0].text = "TM. ỦY BAN NHÂN DÂN"
    b.cell(0, 1).add_paragraph("CHỦ TỊCH")
    b.cell(0, 1).add_paragraph("")
    b.cell(0, 1).add_paragraph("Hoàng Văn Nam")
    notice, report = import_bytes(_save(d), "styles.docx")
    h = notice.header
    assert h.agency == ["ỦY BAN NHÂN DÂN", "HUYỆN CAO LỘC"] and h.parent_agency == []
    assert (h.number, h.symbol) == ("15", "TB-UBND")
    assert (h.date.day, h.date.month, h.date.year) == (None, None, 2025)
    outline = [(len(p), n.kind, n.heading) for p, n in notice.walk_body()]
    assert outline == [(1, Kind.MUC, True), (2, Kind.PARAGRAPH, False), (1, Kind.MUC, True),
                       (2, Kind.KHOAN, True), (3, Kind.PARAGRAPH, False)]
    assert notice.signature.authority == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert notice.signature.signer == "Hoàng Văn Nam" and notice.recipients == ["Như trên;"]
    assert report.unplaced == [] and report.missing == ["footnotes"]  # it has none


def test_plain_summary_and_mixed_case_authority():
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: 07/TB-UBND"
    t.cell(1, 1).text = "Bình Trung, ngày 20 tháng 5 năm 2025"
    _bold(d.add_paragraph(), "THÔNG BÁO")
    d.add_paragraph("Kết luận của Chủ tịch UBND xã về việc ra quân làm thủy lợi")  # typed plain, left
    d.add_paragraph("Ngày 18/5/2025, Chủ tịch UBND xã kiểm tra tại các thôn. Kết luận như sau:")
    d.add_paragraph("- Các thôn ra quân nạo vét kênh mương trước ngày 30/5/2025.")
    d.add_paragraph("UBND xã thông báo để các thôn biết, thực hiện./.")
    b = d.add_table(rows=1, cols=2)
    b.cell(0, 0).text = "Nơi nhận:\n- Các thôn;\n- Lưu: VT."
    b.cell(0, 1).text = "TM. Ủy ban nhân dân\nChủ tịch\n\n\nLê Văn Tâm"
    notice, report = import_bytes(_save(d), "xa.docx")
    assert notice.header.summary == "Kết luận của Chủ tịch UBND xã về việc ra quân làm thủy lợi"
    assert notice.opening.override[0].text.startswith("Ngày 18/5/2025")
    assert notice.signature.authority == ["TM. Ủy ban nhân dân", "Chủ tịch"]
    assert notice.signature.signer == "Lê Văn Tâm"
    assert report.unplaced == []

"""The branches of each rule: what is flagged, where, and the fix it offers."""

from __future__ import annotations

import datetime as dt

import pytest

from thongbao_editor.checks import Severity
from thongbao_editor.model import IssueDate, Kind, Node, RichText

from .notices import clean_notice, findings, with_text


def spoil(setter):
    n = clean_notice()
    setter(n)
    return n


def flagged(notice, rule):
    """(flagged text, fix) of each finding of ``rule``; the text is read from the field."""
    out = []
    for f in findings(notice, rule):
        text = _field_text(notice, f)
        out.append((text[f.span[0]:f.span[1]] if f.span else None,
                    f.fix.replacement if f.fix else None))
    return out


def _field_text(notice, f):
    if f.part == "body":
        rich = notice.node_at(f.path).text
    elif f.part == "closing":
        rich = notice.closing
    else:
        owner, _, name = f.part.rpartition(".")
        obj = notice
        for attr in owner.split("."):
            obj = getattr(obj, attr) if attr else obj
        value = getattr(obj, name) if owner else getattr(notice, f.part)
        return value[f.path[0]] if f.path else value
    return rich.footnotes()[f.footnote].text if f.footnote is not None else rich.text


# -- form ---------------------------------------------------------------------

@pytest.mark.parametrize("number, expected", [
    ("5a", [("5a", None)]), ("010", [("010", "10")]), ("005", [("005", "05")]),
    ("07", []), ("125", []), ("", []),
])
def test_number_shape(number, expected):
    assert flagged(spoil(lambda n: setattr(n.header, "number", number)), "form.number_shape") == expected


@pytest.mark.parametrize("symbol, expected", [
    ("TB - UBND", [("TB - UBND", "TB-UBND")]), ("TB/UBND", [("TB/UBND", "TB-UBND")]),
    ("tb-ubnd", [("tb-ubnd", None)]), ("KH-UBND", [("KH", None)]), ("TB-VPUBND", []),
])
def test_symbol_shape(symbol, expected):
    n = spoil(lambda n: setattr(n.header, "symbol", symbol))
    assert flagged(n, "form.symbol_shape") == expected


@pytest.mark.parametrize("place, expected", [
    ("TP. Hồ Chí Minh", [("TP. ", "Thành phố ")]), ("Tp.Hồ Chí Minh", [("Tp.", "Thành phố ")]),
    ("Lạng sơn", [("sơn", "Sơn")]), ("Thị xã Sơn Tây", []), ("Hà Nội", []),
])
def test_place(place, expected):
    assert flagged(spoil(lambda n: setattr(n.header, "place", place)), "form.place_full") == expected


def test_agency_abbreviated_only_in_parent_line():
    n = spoil(lambda n: setattr(n.header, "agency", ["VP UBND TỈNH"]))
    assert [t for t, _ in flagged(n, "form.agency")] == ["VP"]


@pytest.mark.parametrize("closing, expected", [
    ("… biết, thực hiện ./.", [(" ./.", "./.")]),
    ("… biết, thực hiện,", [(",", "./.")]),
    ("… biết, thực hiện", []), ("… biết, thực hiện.", []), ("… biết, thực hiện./.", []),
])
def test_closing_mark(closing, expected):
    n = spoil(lambda n: setattr(n, "closing", RichText.plain(closing)))
    assert flagged(n, "form.closing_mark") == expected


@pytest.mark.parametrize("line, expected", [
    ("- UBND xã Cao Lâu;", [("- ", "")]),
    ("UBND xã Cao Lâu.", [(".", ";")]),
    ("Lưu: VT, KG-VX.", [("Lưu: VT, KG-VX.", "")]),
    ("UBND xã Cao Lâu;", []), ("Sở Tài chính (để biết);", []),
])
def test_recipient_lines(line, expected):
    n = spoil(lambda n: n.recipients.append(line))
    assert flagged(n, "form.recipients") == expected


def test_storage_parts():
    n = spoil(lambda n: setattr(n.storage, "units", ["KG-VX;"]))
    assert flagged(n, "form.storage") == [(";", "")]
    n = spoil(lambda n: setattr(n.storage, "initials", "(nnk)"))
    assert flagged(n, "form.storage") == [("(nnk)", "NNK")]
    n = spoil(lambda n: setattr(n.storage, "units", ["KG-VX (NNK)"]))
    assert len(findings(n, "form.storage")) == 1


@pytest.mark.parametrize("lines, expected", [
    (["TL CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], [("TL ", "TL. ")]),
    (["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH"], [("KT.", "KT. ")]),
    (["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], [(None, None)]),  # last line with a prefix
    (["KT. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], [(None, None)]),  # not the deputy
    (["TUQ. CHỦ TỊCH", "KT. GIÁM ĐỐC SỞ", "PHÓ GIÁM ĐỐC"], [(None, None)]),
    (["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], []),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"], []),
    (["TM. ỦY BAN NHÂN DÂN"], [(None, None)]),  # the signer's title is missing
    (["Q. GIÁM ĐỐC"], []),  # an acting head: "Q." belongs to the title
    (["Q. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], []),
])
def test_authority_shape(lines, expected):
    n = spoil(lambda n: setattr(n.signature, "authority", lines))
    assert flagged(n, "form.authority_shape") == expected


def test_authority_fit_tm_line_and_symbol():
    n = spoil(lambda n: setattr(n.signature, "authority", ["TM. VĂN PHÒNG", "CHÁNH VĂN PHÒNG"]))
    assert len(findings(n, "form.authority_fit")) == 1
    n = spoil(lambda n: setattr(n.header, "symbol", "TB-VP"))
    assert [f.part for f in findings(n, "form.authority_fit")] == ["header.symbol"]


@pytest.mark.parametrize("signer, expected", [
    ("PGS.TS. Nguyễn Văn An", [("PGS.TS. ", "")]), ("Tiến sĩ Nguyễn Văn An", [("Tiến sĩ ", "")]),
    ("ThS. Lê Thị Hoa", [("ThS. ", "")]), ("Thạch Văn Sơn", []), ("Gia Thị Sen", []),
])
def test_academic_titles(signer, expected):
    n = spoil(lambda n: setattr(n.signature, "signer", signer))
    assert flagged(n, "form.academic_title") == expected


# -- writing ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tăng 10.2% so với dự toán.", [("10.2", "10,2")]),
    ("Đạt trung bình 14.3 tiêu chí/xã.", [("14.3", "14,3")]),
    ("Tổng vốn 1,234,567 nghìn đồng.", [("1,234,567", "1.234.567")]),
    ("Tổng vốn 1,234.5 triệu đồng.", [("1,234.5", "1.234,5")]),
    ("Đạt 115.492 triệu đồng, 25,65%, 1.234.567 đồng.", []),
    ("Ngày 10.4.2024 và ngày 15/4/2024.", []),
    ("Theo khoản 2.1 nêu trên; công nghiệp 4.0.", []),
    ("Quốc lộ 4B (đoạn Km3+700 đến Km18), đường DH.28, ĐT.235.", []),
    ("Thu 115492 triệu đồng; 12500 hộ.", [("115492", "115.492"), ("12500", "12.500")]),
    ("Mã số 10234567 người nộp; năm 2024 có 9500 hộ.", []),
])
def test_number_separator(text, expected):
    assert flagged(with_text(text), "writing.number_separator") == expected


def test_abbreviation_spelled_out_late_and_known_list():
    n = with_text("Chỉ số DDCI năm 2023 tăng; chỉ số năng lực cạnh tranh cấp huyện (DDCI) cần giữ.")
    (f,) = findings(n, "writing.abbreviation_undefined")
    assert "later" in f.message("en") and f.span == (7, 11)
    assert findings(with_text("UBND, HĐND và Ủy ban MTTQ; GRDP, FDI, COVID-19; Đại hội XIII."),
                    "writing.abbreviation_undefined") == []
    assert findings(with_text("Nội dung (sau đây gọi tắt là CCHC) và CCHC."),
                    "writing.abbreviation_undefined") == []


def test_abbreviation_suggestion_quotes_the_usual_full_form():
    (f,) = findings(with_text("Công tác GPMB còn chậm."), "writing.abbreviation_undefined")
    assert "«giải phóng mặt bằng (GPMB)»" in f.suggestion("vi") and "used once" in f.message("en")
    (g,) = findings(with_text("Công tác XYZT còn chậm."), "writing.abbreviation_undefined")
    assert "«… (XYZT)»" in g.suggestion("vi")


def test_abbreviation_reported_once_with_count():
    (f,) = findings(with_text("GPMB chậm; GPMB khó; công tác GPMB."), "writing.abbreviation_undefined")
    assert "3" in f.message("en") and f.span == (0, 4)


def test_citation_repeated_in_full_is_a_hint():
    full = ("Nghị quyết số 06-NQ/TU ngày 25/11/2020 của Ban Thường vụ Tỉnh ủy về phát triển "
            "vùng sản xuất")
    n = with_text(f"Thực hiện {full}; tiếp tục thực hiện {full}.")
    (f,) = findings(n, "writing.citation")
    assert f.severity is Severity.HINT


@pytest.mark.parametrize("text, expected", [
    ("Kiểm tra tại Huyện Cao Lộc.", [("Huyện", "huyện")]),
    ("Làm việc với UBND Tỉnh Lạng Sơn.", [("Tỉnh", "tỉnh")]),
    ("Hỗ trợ Thị trấn Đồng Đăng.", [("Thị trấn", "thị trấn")]),
    ("Phường Điện Biên Phủ; Quận 1.", []),
    ("Kết quả tốt. Huyện Cao Lộc tiếp tục.", []),
    ("Đề nghị Huyện tiếp tục phát huy.", []),
])
def test_admin_case(text, expected):
    assert flagged(with_text(text), "writing.admin_case") == expected


@pytest.mark.parametrize("text, expected", [
    ("Bảo vệ tổ quốc.", [("tổ quốc", "Tổ quốc")]),
    ("Ý kiến của Ủy ban Nhân dân tỉnh.", [("Ủy ban Nhân dân", "Ủy ban nhân dân")]),
    ("Ý kiến của Thủ tướng Chính phủ.", []),
    ("Mặt trận Tổ quốc Việt Nam.", []),
])
def test_proper_name_case(text, expected):
    assert flagged(with_text(text), "writing.proper_name_case") == expected


@pytest.mark.parametrize("text, expected", [
    ("Sát nhập các thôn.", [("Sát nhập", "Sáp nhập")]),
    ("UBND tỉnh thông báo đề các sở biết.", [("thông báo đề", "thông báo để")]),
    ("UBND tỉnh thông báo đề nghị các sở.", []),
    ("Có thể mạnh dạn đổi mới.", []),
])
def test_typo(text, expected):
    assert flagged(with_text(text), "writing.typo") == expected


@pytest.mark.parametrize("text, expected", [
    ("Các sở ( ngành ) phối hợp.", [("( ", "("), (" )", ")")]),
    ("Các sở,ngành phối hợp.", [(",", ", ")]),
    ("Đạt 1,2 lần; Hợp Thành 1,2.", []),
])
def test_punctuation_spacing(text, expected):
    assert sorted(flagged(with_text(text), "writing.punctuation_spacing")) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Phong trào “Toàn dân đoàn kết.", ["“"]), ("Các xã Thụy Hùng).", [")"]),
    ('Phong trào "Toàn dân đoàn kết.', ['"']), ("Xã [đã đạt.", ["["]),
    ("Phong trào “Toàn dân” (đã đạt) và ‘xã’.", []),
    ("Gồm: a) xây dựng đường; b) sửa trường; 1) khác.", []),
])
def test_brackets(text, expected):
    assert [t for t, _ in flagged(with_text(text), "writing.brackets")] == expected


def test_doubled_word_fix_span():
    assert flagged(with_text("Phối hợp với với các sở."), "writing.doubled_word") == [(" với", "")]
    assert flagged(with_text("Với với các sở."), "writing.doubled_word") == [(" với", "")]


# -- facts --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trước ngày 31/4/2024.", ["31/4/2024"]),
    ("Ngày 30 tháng 2 năm 2024.", ["ngày 30 tháng 2 năm 2024".capitalize()]),
    ("Trong tháng 13/2024.", ["tháng 13/2024"]),
    ("Ngày 29/2/2024 và tháng 12/2024; Nghị quyết số 08/2019/NQ-HĐND.", []),
])
def test_date_invalid(text, expected):
    assert [t for t, _ in flagged(with_text(text), "facts.date_invalid")] == expected


def test_inspection_after_notice_is_an_error():
    n = spoil(lambda n: setattr(n.opening, "inspection_date", dt.date(2024, 4, 25)))
    (f,) = findings(n, "facts.date_order")
    assert f.severity is Severity.ERROR and f.part == "opening.inspection_date"
    n = spoil(lambda n: setattr(n.header, "date", IssueDate(2024, 3)))  # day blank, month before
    assert len(findings(n, "facts.date_order")) == 1


@pytest.mark.parametrize("text, expected", [
    ("Hoàn thành chậm nhất trong tháng 3/2024.", ["tháng 3/2024"]),
    ("Báo cáo chậm nhất là ngày 12/4/2024.", ["12/4/2024"]),
    ("Hoàn thành chậm nhất trong tháng 4/2024.", []),  # the notice is dated 19/4/2024
    ("Ngày 12/3/2024, UBND tỉnh ban hành kế hoạch.", []),  # a past date that is no deadline
])
def test_deadlines(text, expected):
    assert [t for t, _ in flagged(with_text(text), "facts.date_order")] == expected


def test_deadline_against_inspection_when_notice_day_blank():
    n = with_text("Trả lời trước ngày 05/4/2024.")
    n.header.date = IssueDate(2024, 4)
    (f,) = findings(n, "facts.date_order")
    assert "inspection" in f.message("en")


def test_empty_footnote_and_paragraph():
    n = with_text("Theo kế hoạch[^].")
    n.body[0].children.append(Node(Kind.PARAGRAPH))
    assert [f.rule for f in findings(n) if f.rule.startswith("facts.")] == \
        ["facts.footnote", "facts.empty_section"]


def test_duplicate_recipient_ignores_case_and_bc():
    n = spoil(lambda n: n.recipients.append("Thường trực tỉnh ủy;"))
    assert flagged(n, "facts.duplicate_recipient") == [("Thường trực tỉnh ủy;", "")]

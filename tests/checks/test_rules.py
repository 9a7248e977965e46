"""Every rule: a case it must flag and a close case it must not.

Each entry spoils the clean notice in one way (``flag``) and in a nearly
identical but correct way (``ok``).  ``test_every_rule_has_cases`` keeps the
table complete when a rule is added.
"""

from __future__ import annotations

import pytest

from thongbao_editor.checks import RULES
from thongbao_editor.model import IssueDate, Kind, Node, RichText, Run

from .notices import clean_notice, findings, with_text


def header(**changes):
    def build():
        n = clean_notice()
        for k, v in changes.items():
            setattr(n.header, k, v)
        return n
    return build


def text(markup):
    return lambda: with_text(markup)


def field(setter):
    def build():
        n = clean_notice()
        setter(n)
        return n
    return build


def _signature(*lines, signer="Hoàng Xuân Đồng"):
    def set_(n):
        n.signature.authority = list(lines)
        n.signature.signer = signer
    return field(set_)


def _office(*authority):
    """A notice of the Văn phòng UBND in its own name."""
    def set_(n):
        n.header.parent_agency = ["UBND TỈNH LẠNG SƠN"]
        n.header.agency = ["VĂN PHÒNG"]
        n.header.symbol = "TB-VP"
        n.signature.authority = list(authority)
    return field(set_)


def _tasks(deadline, lead="Sở Xây dựng"):
    def set_(n):
        from thongbao_editor.model.notice import Appendix
        from thongbao_editor.model.tables import task_table
        table = task_table([("Rà soát quy hoạch", lead, "", deadline, "")])
        n.appendices.append(Appendix("Phân công nhiệm vụ", True, [Node(Kind.PARAGRAPH, table=table)]))
    return field(set_)


def _referenced(markup):
    from thongbao_editor.model.notice import Appendix
    n = with_text(markup)
    n.appendices.append(Appendix("Phân công nhiệm vụ", False, [], "nhiem-vu"))
    return n


def _nfc(n):
    n.body[0].children.append(Node(Kind.PARAGRAPH, RichText((Run("Ho\u0302̣i nghị tổng kết."),))))


def _nfc_ok(n):
    n.body[0].children.append(Node(Kind.PARAGRAPH, RichText((Run("Hội nghị tổng kết."),))))


CASES = {
    "form.required": (field(lambda n: setattr(n.signature, "signer", "")),
                      header(number="")),  # a blank number is for the văn thư to fill
    "form.number_shape": (header(number="5a"), header(number="5")),
    "form.symbol_shape": (header(symbol="TB - UBND"), header(symbol="TB-UBND")),
    "form.header_date": (None, header(date=IssueDate(2024, 12, 5))),
    "form.place_full": (header(place="TP. Hồ Chí Minh"), header(place="Thành phố Hồ Chí Minh")),
    "form.agency": (header(agency=["UBND TỈNH LẠNG SƠN"]),
                    _office("CHÁNH VĂN PHÒNG")),  # the parent agency line may abbreviate
    "form.motto": (None, clean_notice),
    "form.closing_mark": (field(lambda n: setattr(n, "closing", RichText.from_markup(
                              "UBND tỉnh thông báo để các cơ quan biết, thực hiện ./."))),
                          field(lambda n: setattr(n, "closing", RichText.from_markup(
                              "UBND tỉnh thông báo để các cơ quan biết, thực hiện./.")))),
    "form.recipients": (field(lambda n: n.recipients.append("UBND xã Cao Lâu")),
                        field(lambda n: n.recipients.append("UBND xã Cao Lâu;"))),
    "form.nhu_tren": (field(lambda n: n.recipients.insert(0, "Như trên;")),
                      field(lambda n: n.recipients.insert(0, "Các cơ quan như trên đã nêu;"))),
    "form.storage": (field(lambda n: setattr(n.storage, "units", ["VT", "KG-VX"])),
                     field(lambda n: setattr(n.storage, "units", ["KG-VX", "TH"]))),
    "form.authority_shape": (_signature("TL. CHỦ TỊCH", "TL. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"),
                             _signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    "form.authority_fit": (_office("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
                           _office("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")),
    "form.academic_title": (_signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
                                       signer="TS. Hoàng Xuân Đồng"),
                            _signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", signer="Thân Văn Sỹ")),
    "form.sample_value": (_signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
                                     signer="(Mẫu) Trần Thị Hoa"),
                          _signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", signer="Trần Thị Hoa")),
    "form.signer_name": (_signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", signer="Hoàng xuân Đồng"),
                         _signature("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", signer="Hoàng Xuân Đồng")),
    "writing.number_separator": (
        text("Thu ngân sách tăng 10.2% so với dự toán."),
        text("Thu 115.492 triệu đồng, đạt 25,65%; Km3+700 đến Km18, đường DH.28, Quyết định số "
             "1556-QĐ/TU, ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy về nhân sự; đạt **08/19** tiêu "
             "chí; Cụm công nghiệp Hợp Thành 1,2; nhiệm vụ tại mục 1.2 nêu trên.")),
    "writing.abbreviation_undefined": (
        text("Hoàn thành công tác GPMB đối với 04 dự án."),
        text("Hoàn thành công tác giải phóng mặt bằng (GPMB) đối với 04 dự án; công tác GPMB còn chậm.")),
    "writing.abbreviation_inconsistent": (
        text("Các Chương trình mục tiêu quốc gia (CTMTQG) và Chương trình MTQG giảm nghèo."),
        text("Các Chương trình mục tiêu quốc gia (CTMTQG) và CTMTQG giảm nghèo.")),
    "writing.citation": (
        text("Thực hiện Nghị quyết số 08/2019/NQ-HĐND trên địa bàn."),
        text("Thực hiện Nghị quyết số 08/2019/NQ-HĐND[^Nghị quyết số 08/2019/NQ-HĐND ngày "
             "10/12/2019 của HĐND tỉnh về chính sách đặc thù.] trên địa bàn.")),
    "writing.admin_case": (text("Kiểm tra tại Huyện Cao Lộc trong tháng."),
                           text("Xã Cao Lâu đạt 08/19 tiêu chí; Huyện ủy Cao Lộc chỉ đạo; "
                                "làm việc tại Thành phố Hồ Chí Minh.")),
    "writing.proper_name_case": (text("Xin ý kiến Thủ tướng chính phủ."),
                                 text("Xin ý kiến Thủ tướng Chính phủ; bảo vệ Tổ quốc.")),
    "writing.typo": (text("Củng cố thể trận quốc phòng toàn dân."),
                     text("Củng cố thế trận quốc phòng toàn dân; có thể mạnh dạn đổi mới.")),
    "writing.sentence_start": (text("Giai đoạn 2021-2025. với nhiều ngày kỷ niệm lớn."),
                               text("Giai đoạn 2021-2025. Với nhiều ngày kỷ niệm lớn, v.v. và các "
                                    "hoạt động khác.")),
    "writing.doubled_word": (text("Phối hợp với với các sở, ngành."),
                             text("Nhà nhà, người người thi đua; họp tại trụ sở Sở Xây dựng.")),
    "writing.punctuation_spacing": (text("Các sở , ngành phối hợp."),
                                    text("Các sở, ngành phối hợp (theo kế hoạch).")),
    "writing.brackets": (text("Các xã (Thụy Hùng, Hòa Cư, Phú Xá đã hoàn thành."),
                         text("Các xã (Thụy Hùng, Hòa Cư, Phú Xá) đã hoàn thành “đúng hạn”.")),
    "writing.nfc": (field(_nfc), field(_nfc_ok)),
    "facts.date_invalid": (text("Hoàn thành trước ngày 31/4/2024 theo kế hoạch."),
                           text("Hoàn thành trước ngày 30/4/2024 theo Nghị quyết số "
                                "08/2019/NQ-HĐND ngày 10/12/2019 của HĐND tỉnh về chính sách.")),
    "facts.date_order": (text("Trả lời bằng văn bản trước ngày 15/4/2024."),
                         text("Trả lời bằng văn bản trước ngày 25/4/2024.")),
    "facts.footnote": (text("Theo kế hoạch[^Nhiệm vụ năm 2024.] và dự toán[^Nhiệm vụ năm 2024.]."),
                       text("Theo kế hoạch[^Nhiệm vụ năm 2024.] và dự toán[^Dự toán năm 2024.].")),
    "facts.footnote_end": (text("Theo kế hoạch[^Kế hoạch số 12/KH-UBND ngày 02/02/2024 của UBND "
                                "tỉnh,]."),
                           text("Theo kế hoạch[^Kế hoạch số 12/KH-UBND ngày 02/02/2024 của UBND "
                                "tỉnh.].")),
    "facts.empty_heading": (field(lambda n: n.body.append(Node.make(Kind.MUC, "", Node.make(
                                Kind.PARAGRAPH, "Nội dung.")))),
                            field(lambda n: n.body.append(Node.make(Kind.MUC, "KIẾN NGHỊ", Node.make(
                                Kind.PARAGRAPH, "Nội dung."))))),
    "facts.empty_section": (field(lambda n: n.body.append(Node.make(Kind.MUC, "KIẾN NGHỊ"))),
                            field(lambda n: n.body.append(Node.make(Kind.MUC, "KIẾN NGHỊ", Node.make(
                                Kind.PARAGRAPH, "Nội dung."))))),
    "facts.duplicate_recipient": (field(lambda n: n.recipients.append("UBND huyện Cao Lộc;")),
                                  field(lambda n: n.recipients.append("UBND xã Cao Lâu;"))),
    "reform.place_name": (header(agency=["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"], place="Hoàng Văn Thụ"),
                          header(agency=["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"], place="Xã Hoàng Văn Thụ")),
    "reform.district": (header(date=IssueDate(2025, 7, 2)), header(date=IssueDate(2025, 6, 30))),
    "tasks.deadline": (_tasks("15/01/2020"), _tasks("31/12/2099")),
    "tasks.lead_missing": (_tasks("31/12/2099", lead=""), _tasks("31/12/2099")),
    "tasks.appendix_reference": (text("Chi tiết tại {{phuluc:nhiem-vu}}."),
                                 lambda: _referenced("Chi tiết tại {{phuluc:nhiem-vu}}.")),
}

# Two rules check constants of the renderer: their "flag" case patches it.
PATCHED = {
    "form.header_date": ("thongbao_editor.render.blocks.full_date",
                         lambda **k: f"ngày {k['day']} tháng {k['month']} năm {k['year']}",
                         header(date=IssueDate(2024, 12, 5))),
    "form.motto": ("thongbao_editor.render.blocks.MOTTO", "Độc lập – Tự do – Hạnh phúc",
                   clean_notice),
}


def test_every_rule_has_cases():
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_flags(rule, monkeypatch):
    flag, _ = CASES[rule]
    if flag is None:
        target, value, flag = PATCHED[rule]
        monkeypatch.setattr(target, value)
    found = findings(flag(), rule)
    assert found, f"{rule} did not flag its case"
    for f in found:
        assert f.message("vi") and f.message("en")


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_close_case_not_flagged(rule):
    _, ok = CASES[rule]
    assert [f.message("en") for f in findings(ok())] == []

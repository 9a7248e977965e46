"""Rules that know the 2025 reform (issue 12): the place name of Nghị định 30
and districts named as current units after 1 July 2025."""

from __future__ import annotations

import pytest

from thongbao_editor.checks import apply_fix
from thongbao_editor.templates.units import header_unit
from thongbao_editor.model import IssueDate, RichText, load_draft

from .notices import clean_notice, findings, with_text


def commune(agency, place, parent=()):
    n = clean_notice()
    n.header.agency, n.header.parent_agency, n.header.place = list(agency), list(parent), place
    n.header.date = IssueDate(2026, 3, 2)
    n.recipients = ["Thường trực Đảng ủy xã (B/c);"]
    n.opening.units = ["xã Chi Lăng"]
    n.opening.reporters = "lãnh đạo UBND xã Chi Lăng"
    n.opening.chair.title = "Chủ tịch UBND xã"
    n.header.summary = "Kết luận tại Hội nghị sơ kết công tác 6 tháng"
    n.closing = RichText.from_markup("UBND xã thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.")
    return n


@pytest.mark.parametrize("agency,parent,place,fixed", [
    (["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"], [], "Hoàng Văn Thụ", "Xã Hoàng Văn Thụ"),
    (["VĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN VÀ", "ỦY BAN NHÂN DÂN"], ["UBND PHƯỜNG 1 BẢO LỘC"], "1 Bảo Lộc",
     "Phường 1 Bảo Lộc"),
    (["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], [], "Xã Chi Lăng", "Chi Lăng"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], [], "Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
])
def test_place_name_rule_with_a_quick_fix(agency, parent, place, fixed):
    n = commune(agency, place, parent)
    [f] = findings(n, "reform.place_name")
    assert f.fix is not None and f.fix.replacement == fixed and f.part == "header.place"
    apply_fix(n, f)
    assert n.header.place == fixed
    assert findings(n, "reform.place_name") == []


@pytest.mark.parametrize("agency,parent,place", [
    (["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"], [], "Xã Hoàng Văn Thụ"),
    (["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], [], "Chi Lăng"),
    (["VĂN PHÒNG"], ["UBND TỈNH LẠNG SƠN"], "Lạng Sơn"),
    (["SỞ TÀI CHÍNH"], ["UBND TỈNH LẠNG SƠN"], "Lạng Sơn"),
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG LƯƠNG VĂN TRI"], [], "Lạng Sơn"),  # another place: not ours to judge
])
def test_right_places_are_left_alone(agency, parent, place):
    assert findings(commune(agency, place, parent), "reform.place_name") == []


def test_header_unit_prefers_the_commune():
    office = ["VĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN VÀ", "ỦY BAN NHÂN DÂN"]
    assert header_unit(office, ["UBND XÃ CHI LĂNG"]) == ("xã", "Chi Lăng")
    assert header_unit(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], []) == ("tỉnh", "Lạng Sơn")
    assert header_unit(["SỞ TÀI CHÍNH"], []) is None


def test_a_district_after_the_reform_is_a_warning():
    n = commune(["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], "Chi Lăng")
    assert findings(n, "reform.district") == []
    with_text("Đề nghị UBND huyện Chi Lăng chỉ đạo các thị trấn rà soát.", n)
    found = findings(n, "reform.district")
    assert [n.body[0].children[-1].text.text[slice(*f.span)] for f in found] == ["huyện", "thị trấn"]
    assert all(f.severity == "warning" and "01/7/2025" in f.message("vi") for f in found)
    assert "since 1 July 2025" in found[0].message("en")
    n.recipients.append("UBND cấp huyện;")
    assert [f.part for f in findings(n, "reform.district")][-1] == "recipients"


@pytest.mark.parametrize("sentence", [
    "Địa bàn huyện Chi Lăng (cũ) đã hoàn thành sắp xếp.",
    "Trước đây UBND huyện đã đầu tư tuyến đường này.",
    "Theo Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Chi Lăng, dự án được phê duyệt.",
    "Đồng chí Nguyễn Văn A, nguyên Chủ tịch UBND huyện, dự họp.",
    "Khẩu hiệu “huyện nông thôn mới” được giữ nguyên.",
    "Kế hoạch ban hành ngày 10/5/2025 của UBND thị xã vẫn được thực hiện.",
])
def test_quotes_and_history_are_allowed(sentence):
    n = with_text(sentence, commune(["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], "Chi Lăng"))
    assert findings(n, "reform.district") == []


def test_before_the_reform_districts_are_current():
    n = with_text("Đề nghị UBND huyện Chi Lăng chỉ đạo.", commune(["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], "Chi Lăng"))
    for year, month in ((2024, None), (2025, 6), (2025, None)):
        n.header.date = IssueDate(year, month)
        assert findings(n, "reform.district") == []
    n.header.date = IssueDate(2025, 7)
    assert len(findings(n, "reform.district")) == 1


def test_the_2024_example_is_untouched(example_path):
    notice = load_draft(example_path)
    assert [f for f in findings(notice) if f.rule.startswith("reform.")] == []

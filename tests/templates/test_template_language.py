"""The template language items of issue 12: a person by title only, "-" to
leave a value out, an issue date the văn thư completes, level-aware
defaults, task groups a)/+ from list values, extra recipient lines."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import TemplateError
from thongbao_editor.model import IssueDate, Kind, dumps, loads
from thongbao_editor.templates import Library, apply_variables, instantiate, resolve_values
from thongbao_editor.templates.values import PartialDate, coerce, is_omitted

LIB = Library("/nonexistent-user-dir")
MEETING = {"meeting_date": "2026-03-12", "department": "Sở Xây dựng",
           "topic": "tiến độ các dự án giao thông trọng điểm năm 2026"}


def test_a_title_alone_is_kept_not_replaced_by_the_profile_default():
    tpl, prof = LIB.template("lam-viec-voi-so"), LIB.profile("vp-ubnd-tinh")
    notice = instantiate(tpl, prof, MEETING | {"chair": {"title": "Phó Chủ tịch UBND tỉnh"}})
    assert notice.header.summary == ("Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc "
                                     "với Sở Xây dựng")
    assert all("(Mẫu)" not in p.text for p in notice.opening.override)  # the signer is the sample's
    named = instantiate(tpl, prof, MEETING | {"chair": {"name": "Đoàn Thu Hà", "title": "Phó Chủ tịch UBND tỉnh"}})
    assert "đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh tại" in named.header.summary
    default = instantiate(tpl, prof, MEETING)  # nothing given: the profile's chair
    assert prof.people["pct-tt"].name in default.header.summary


def test_dash_leaves_a_value_out_empty_uses_the_default():
    tpl, prof = LIB.template("hop-lam-viec"), LIB.profile("vp-ubnd-tinh")
    base = {"meeting_date": "2026-05-14", "partner": "Sở Xây dựng", "topic": "tiến độ dự án",
            "attendees": ["Lãnh đạo Sở Tài chính"]}
    with_default = instantiate(tpl, prof, base)
    assert "tại trụ sở Sở Xây dựng" in with_default.opening.override[0].text
    left_out = instantiate(tpl, prof, base | {"venue": "-"})
    assert "tại" not in left_out.opening.override[0].text.split(",")[1]
    assert left_out.template.values["venue"] == "-"  # kept: re-applying leaves it out again
    report = apply_variables(left_out, {"topic": "tiến độ dự án giao thông"}, tpl, prof)
    assert "trụ sở" not in left_out.opening.override[0].text and report.updated
    # a list default cleared by "-"
    values = resolve_values(tpl, prof, base | {"assessment": ["-"]})
    assert values["assessment"] == []
    assert is_omitted("—") and is_omitted(["-"]) and not is_omitted("") and not is_omitted(["a", "-"])
    with pytest.raises(TemplateError) as err:  # a required value cannot be left out
        resolve_values(tpl, prof, base | {"topic": "-"})
    assert err.value.code == "template.required"


@pytest.mark.parametrize("given,stored,date", [
    ("2026", "2026", IssueDate(2026)), ("4/2026", "2026-04", IssueDate(2026, 4)),
    ("2026-4", "2026-04", IssueDate(2026, 4)), ("10/4/2026", "2026-04-10", IssueDate(2026, 4, 10)),
])
def test_issue_date_as_year_month_or_full_date(given, stored, date):
    tpl, prof = LIB.template("hoi-nghi"), LIB.profile("ubnd-xa")
    notice = instantiate(tpl, prof, tpl.examples() | {"issue_date": given})
    assert notice.header.date == date
    assert notice.template.values["issue_date"] == stored
    assert loads(dumps(notice)).header.date == date
    assert isinstance(coerce("partial_date", given), PartialDate)


@pytest.mark.parametrize("bad", ["13/2026", "4/2204", "tháng tư"])
def test_a_bad_issue_date_is_refused_with_its_text(bad):
    tpl, prof = LIB.template("hoi-nghi"), LIB.profile("ubnd-xa")
    with pytest.raises(TemplateError) as err:
        instantiate(tpl, prof, tpl.examples() | {"issue_date": bad})
    assert bad in err.value.message()


def test_defaults_suit_the_profile_level():
    tpl = LIB.template("hoi-nghi")
    commune = instantiate(tpl, LIB.profile("ubnd-xa"), tpl.examples()).opening.override[0].text
    ward = instantiate(tpl, LIB.profile("ubnd-phuong"), tpl.examples()).opening.override[0].text
    province = instantiate(tpl, LIB.profile("ubnd-tinh"), tpl.examples()).opening.override[0].text
    assert "sở, ban, ngành" not in commune and "đoàn thể xã và Trưởng các thôn" in commune
    assert "tổ dân phố" in ward and "sở, ban, ngành" in province


def test_task_groups_and_sub_items_from_list_values():
    tpl, prof = LIB.template("lam-viec-voi-so"), LIB.profile("vp-ubnd-tinh")
    notice = instantiate(tpl, prof, MEETING | {"tasks": ["Về tiến độ dự án:", "Tăng cường nhân lực.",
                                                         "+ Thi công ba ca.", "Về giải ngân vốn:",
                                                         "Đẩy nhanh thanh toán."]})
    tasks = notice.body[1]
    assert [c.kind for c in tasks.children] == [Kind.PARAGRAPH, Kind.DIEM, Kind.DIEM]
    assert tasks.children[1].text.text == "Về tiến độ dự án"
    assert tasks.children[1].children[0].children[0].kind == Kind.SUB_ITEM


def test_extra_recipient_lines_and_the_higher_level_group():
    tpl, prof = LIB.template("lam-viec-voi-so"), LIB.profile("vp-ubnd-tinh")
    notice = instantiate(tpl, prof, MEETING | {"also_to": ["Các sở: Tài chính, Nông nghiệp và Môi trường"]})
    assert notice.recipients[:2] == prof.recipients["cap_tren"]
    assert "Các sở: Tài chính, Nông nghiệp và Môi trường;" in notice.recipients
    assert "@cap_tren" in LIB.template("hop-lam-viec").recipients


@pytest.mark.parametrize("name", ["lam-viec-voi-so", "kiem-tra-du-an", "hoi-nghi", "hop-lam-viec"])
def test_openings_keep_their_two_paragraphs(name):
    tpl = LIB.template(name)
    notice = instantiate(tpl, LIB.profile("vp-hdnd-ubnd-xa"), tpl.examples())
    assert len(notice.opening.override) >= 2 or name == "hop-lam-viec"
    assert notice.opening.override[-1].text.endswith("kết luận như sau:") or name == "hop-lam-viec"

"""Generated sentences stay linked to the variables; save as template."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import TemplateError
from thongbao_editor.model import Node, RichText, dumps, loads
from thongbao_editor.render.opening import opening_paragraphs
from thongbao_editor.templates import (apply_variables, instantiate, notice_to_template,
                                       parse_template)

from .conftest import SEED_VALUES


def _all_text(notice) -> str:
    return dumps(notice) + " ".join(p.text for p in opening_paragraphs(notice))


def _without_link(notice) -> str:
    notice.template, saved = None, notice.template
    try:
        return _all_text(notice)
    finally:
        notice.template = saved


def test_change_unit_updates_every_generated_sentence(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, SEED_VALUES)
    assert "Cao Lộc" in _without_link(notice)
    report = apply_variables(notice, {"unit": "huyện Chi Lăng"}, tpl, prof)
    text = _without_link(notice)
    assert "Cao Lộc" not in text
    assert "UBND huyện Chi Lăng" in notice.closing.text
    assert notice.header.summary.endswith("trên địa bàn huyện Chi Lăng")
    assert "opening.units" in report.updated and "closing" in report.updated
    assert report.kept == []
    assert notice.template.values["unit"] == "huyện Chi Lăng"
    # the same as making it from scratch with the new value
    fresh = instantiate(tpl, prof, {**SEED_VALUES, "unit": "huyện Chi Lăng"})
    assert dumps(fresh) == dumps(notice)


def test_two_tier_unit_changes_wording(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, {**SEED_VALUES, "sub_units": ""})
    apply_variables(notice, {"unit": "Sở Tài chính"}, tpl, prof)
    assert notice.header.summary.endswith("tại Sở Tài chính")
    assert notice.closing.text.startswith("UBND tỉnh thông báo để Sở Tài chính,")


def test_user_edits_are_kept_and_reported(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, SEED_VALUES)
    first_khoan = notice.body[0].children[0]
    edited = first_khoan.children[0]
    edited.text = RichText.plain("Đoàn kiểm tra ghi nhận huyện Cao Lộc đã chuẩn bị chu đáo.")
    notice.closing = RichText.plain("Văn bản kết thúc do người soạn tự viết./.")
    notice.body[0].children.append(notice.body[0].children.pop(0))  # the user moved a node
    report = apply_variables(notice, {"unit": "huyện Chi Lăng"}, tpl, prof)
    assert edited.text.text == "Đoàn kiểm tra ghi nhận huyện Cao Lộc đã chuẩn bị chu đáo."
    assert notice.closing.text == "Văn bản kết thúc do người soạn tự viết./."
    assert "closing" not in report.updated
    assert any(p.startswith("body[0][1]") for p in report.kept)  # still names Cao Lộc
    # a generated node that moved is still found and updated
    assert first_khoan.text.text == "Đối với UBND huyện Chi Lăng"


def test_link_survives_the_draft_file(lib, tmp_path):
    tpl, prof = lib.template("hop-lam-viec"), lib.profile("vp-ubnd-tinh")
    notice = loads(dumps(instantiate(tpl, prof, tpl.examples())))
    apply_variables(notice, {"partner": "Sở Y tế"}, tpl, prof)
    assert "Sở Y tế" in notice.header.summary and "Sở Xây dựng" not in _without_link(notice)


def test_no_link_refused(lib):
    from thongbao_editor.model import Notice
    with pytest.raises(TemplateError) as err:
        apply_variables(Notice(), {}, lib.template("hoi-nghi"), lib.profile("ubnd-xa"))
    assert "không được tạo từ mẫu" in err.value.message()


def test_bad_values_are_refused_with_labels(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    with pytest.raises(TemplateError) as err:
        instantiate(tpl, prof, {**SEED_VALUES, "inspection_date": "30/2/2024"})
    assert "Ngày kiểm tra" in err.value.message()
    with pytest.raises(TemplateError) as err:
        instantiate(tpl, prof, {**SEED_VALUES, "chair": "khong-co"})
    assert "khong-co" in err.value.message() and "pct-tt" in err.value.message()
    with pytest.raises(TemplateError) as err:
        instantiate(tpl, prof, {"unit": "xã A"})
    assert "bắt buộc" in err.value.message()
    assert "required" in err.value.message("en")


def test_save_as_template_round_trip(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, SEED_VALUES)
    notice.body[0].children[0].children[0].text = RichText.from_markup(
        "Huyện Cao Lộc có **{đặc điểm}** riêng[^Ghi chú về Cao Lộc.]")
    text = notice_to_template(notice, {"huyện Cao Lộc": "unit", "Cao Lộc": "unit_name"},
                              name="kiem-tra-cua-toi", title="Mẫu của tôi")
    mine = parse_template(text, "kiem-tra-cua-toi", "kiem-tra-cua-toi.toml")
    assert {v.name for v in mine.variables} == {"unit", "unit_name"}
    assert mine.variable("unit").type == "unit"
    again = instantiate(mine, prof, mine.examples())
    assert again.body == notice.body
    assert again.closing == notice.closing
    assert [p.text for p in opening_paragraphs(again)] == \
        [p.text for p in opening_paragraphs(notice)]
    other = instantiate(mine, prof, {"unit": "xã Bình Trung", "unit_name": "Bình Trung"})
    assert "Cao Lộc" not in _without_link(other)
    assert other.body[0].children[0].children[0].text.to_markup() == \
        "Huyện Bình Trung có **{đặc điểm}** riêng[^Ghi chú về Bình Trung.]"
    lib.save_text("notice-template", "kiem-tra-cua-toi", text)
    assert "kiem-tra-cua-toi" in lib.names("notice-template")


def test_value_problems_for_a_form(lib):
    from thongbao_editor.templates import value_problems
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    problems = value_problems(tpl, prof, {"inspection_date": "hôm qua", "year": "hai nghìn",
                                          "chair": "ai-do", "typo": "x"})
    assert set(problems) == {"", "unit", "inspection_date", "year", "chair", "basis"}
    assert "typo" in problems[""].message()
    assert "Ngày kiểm tra" in problems["inspection_date"].message()
    assert "ai-do" in problems["chair"].message()
    assert value_problems(tpl, prof, {**SEED_VALUES}) == {}


def test_meeting_attendees_keep_one_full_stop(lib):
    tpl, prof = lib.template("hop-lam-viec"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, {**tpl.examples(), "attendees": ["Lãnh đạo Sở Y tế.", "Lãnh đạo Sở Tài chính"]})
    items = [n.text.text for n in notice.body[0].children]
    assert items[1:] == ["Lãnh đạo Sở Y tế.", "Lãnh đạo Sở Tài chính."]


def test_saved_template_takes_the_recipient_groups_of_another_profile(lib):
    tpl, tinh, xa = lib.template("hoi-nghi"), lib.profile("ubnd-tinh"), lib.profile("ubnd-xa")
    notice = instantiate(tpl, tinh, tpl.examples() | {"chair": "pct"})
    text = notice_to_template(notice, {}, name="hn", title="HN", profile=tinh)
    assert '"@cap_tren"' in text and '"@van_phong"' in text
    mine = parse_template(text, "hn", "hn.toml")
    again = instantiate(mine, xa, {})
    assert again.recipients[0] == "Thường trực Đảng ủy xã (B/c);"
    assert "Các cơ quan, đơn vị dự Hội nghị;" in again.recipients


def test_describe_variables_gives_the_form(lib):
    from thongbao_editor.templates import describe_variables
    rows = {r["name"]: r for r in describe_variables(lib.template("kiem-tra-ket-luan"),
                                                     lib.profile("ubnd-tinh"))}
    assert rows["chair"]["value"] == "(Mẫu) Nguyễn Văn An, Phó Chủ tịch Thường trực UBND tỉnh"
    assert rows["chair_role"]["value"] == "Trưởng Đoàn kiểm tra"
    assert rows["unit"]["value"] == "" and rows["unit"]["required"]
    assert "pct-tt" in rows["chair"]["choices"]


def test_save_as_template_keeps_awkward_text(lib):
    tpl, prof = lib.template("hoi-nghi"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, tpl.examples() | {"chair": "pct"})
    awkward = 'Trích """dẫn""" \\\\ {{ x }} {% if %} {# y #} \'\'\' - + # = cuối'
    notice.body[0].children[0].text = RichText.plain(awkward)
    notice.body[0].children.insert(0, Node.make("paragraph", "\\- như gạch đầu dòng"))
    text = notice_to_template(notice, {}, name="x", title='Tiêu đề "khó"')
    again = instantiate(parse_template(text, "x", "x.toml"), prof, {})
    assert again.body == notice.body


def test_edited_text_naming_an_old_person_is_reported(lib):
    tpl, prof = lib.template("hop-lam-viec"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, tpl.examples() | {"chair": "pct-tt"})
    node = notice.body[1].children[0]  # "Sau khi nghe … đồng chí (Mẫu) Nguyễn Văn An …"
    node.text = RichText.plain(node.text.text + " Bổ sung.")
    report = apply_variables(notice, {"chair": "pct"}, tpl, prof)
    assert "body[1][0]" in report.kept
    assert "(Mẫu) Phạm Thị Dung" in notice.header.summary


def test_the_whole_example_saved_as_a_template(lib, example_path):
    from thongbao_editor.model import load_draft
    notice = load_draft(example_path)
    prof = lib.profile("ubnd-tinh")
    text = notice_to_template(notice, {"Cao Lộc": "ten_huyen", "Cao Lâu": "ten_xa"},
                              name="cao-loc", title="Kiểm tra một huyện", profile=prof)
    mine = parse_template(text, "cao-loc", "cao-loc.toml")
    same = instantiate(mine, prof, mine.examples())
    assert same.body == notice.body  # 7 footnotes, điểm, 2.1. paragraphs: all of it
    assert same.closing == notice.closing and same.recipients == notice.recipients
    assert [p.text for p in opening_paragraphs(same)] == \
        [p.text for p in opening_paragraphs(notice)]
    other = instantiate(mine, prof, {"ten_huyen": "Chi Lăng", "ten_xa": "Mai Sao"})
    text = _without_link(other)
    assert "Cao Lộc" not in text and "Cao Lâu" not in text and "huyện Chi Lăng" in text


def test_recipient_lines_start_with_a_capital(lib):
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-xa")
    notice = instantiate(tpl, prof, tpl.examples() | {"unit": "thôn Nà Làng", "sub_units": ""})
    assert "Thôn Nà Làng;" in notice.recipients
    assert notice.closing.text.startswith("UBND xã thông báo để thôn Nà Làng,")


@pytest.mark.parametrize("name, value", [("issue_date", "1/1/2204"), ("inspection_date", "10/4/2402"),
                                         ("inspection_date", "0024-04-10")])
def test_a_mistyped_year_is_refused_not_saved_unreadable(lib, name, value):
    """A year typed wrong (2204 for 2024) used to make a draft that the draft
    reader then refused (header.date.year must lie in 1900–2200)."""
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    with pytest.raises(TemplateError) as err:
        notice = instantiate(tpl, prof, {**SEED_VALUES, name: value})
        loads(dumps(notice))  # what the bug did: the draft could not be opened again
    assert "1900" in err.value.message() and value in err.value.message()


def test_a_number_too_long_to_read_is_a_value_problem(lib):
    """int() refuses more than 4300 digits with a bare ValueError (a crash)."""
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    for value in ("9" * 5000, "1." + "000." * 1500 + "000"):
        with pytest.raises(TemplateError) as err:
            instantiate(tpl, prof, {**SEED_VALUES, "year": value})
        assert "Năm kế hoạch" in err.value.message()


def test_a_value_that_breaks_the_markup_is_explained_in_vietnamese(lib):
    """The reason was the parser's English («* (italic) not closed») inside
    the Vietnamese sentence."""
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    with pytest.raises(TemplateError) as err:
        instantiate(tpl, prof, {**SEED_VALUES, "unit": "huyện Cao * Lộc"})
    assert "not closed" not in err.value.message()
    assert "thiếu * đóng chữ nghiêng" in err.value.message()
    assert "not closed" in err.value.message("en")

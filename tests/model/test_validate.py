"""What blocks a final export (spec §6): empty parts and leftover placeholders."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import FinalExportRefused
from thongbao_editor.model import Node, Notice, RichText, load_draft
from thongbao_editor.model.validate import final_problems
from thongbao_editor.render.opening import generated_opening


@pytest.fixture
def complete(example_path) -> Notice:
    return load_draft(example_path)


def problems_of(notice: Notice) -> list[tuple[str, str, str]]:
    return [(p.path, p.kind, p.text) for p in final_problems(notice, generated_opening(notice))]


def test_the_example_is_complete(complete):
    assert problems_of(complete) == []


def test_blank_number_day_and_month_are_allowed(complete):
    h = complete.header
    assert h.number == "" and h.date.day is None
    h.date.month = None
    assert problems_of(complete) == []
    h.number, h.date.month, h.date.day = "12", 4, 15
    assert problems_of(complete) == []


def test_an_empty_notice_lists_everything_missing():
    notice = Notice()
    assert [(p.path, p.kind) for p in final_problems(notice, [])] == [
        ("header.agency", "missing"), ("header.place", "missing"), ("header.summary", "missing"),
        ("opening", "missing"), ("body", "missing"), ("closing", "missing"),
        ("recipients", "missing"), ("storage", "missing"), ("signature.authority", "missing"),
        ("signature.signer", "missing"),
    ]


def test_an_empty_notice_with_its_generated_opening():
    notice = Notice()
    found = problems_of(notice)
    assert ("opening[0]", "placeholder", "[…]") in found
    assert ("opening[1]", "placeholder", "[…]") in found


def test_without_opening_texts_the_opening_is_not_judged():
    assert all(not p.path.startswith("opening") for p in final_problems(Notice()))


@pytest.mark.parametrize("placeholder", ["{{ x }}", "{{don_vi}}", "{% if a %}", "[…]",
                                         "[tên đơn vị]", "<đơn vị>", "XXX", "XXXX", "____"])
def test_placeholders_anywhere_are_refused(complete, placeholder):
    complete.header.summary = f"Kết luận {placeholder} về kiểm tra"
    complete.body[0].children[0].children[1].text = RichText.plain(f"Đoạn {placeholder} văn")
    complete.signature.signer = placeholder
    complete.recipients[2] = f"{placeholder};"
    found = problems_of(complete)
    assert ("header.summary", "placeholder", placeholder) in found
    assert ("body[0][0][1]", "placeholder", placeholder) in found
    assert ("signature.signer", "placeholder", placeholder) in found
    assert ("recipients[2]", "placeholder", placeholder) in found
    assert len(found) == 4


@pytest.mark.parametrize("text", ["…", "...", " .... "])
def test_an_ellipsis_alone_is_a_placeholder(complete, text):
    complete.header.place = text
    assert problems_of(complete) == [("header.place", "placeholder", text.strip())]


def test_ordinary_text_is_not_mistaken_for_a_placeholder(complete):
    complete.body[0].children[0].children[0].text = RichText.plain(
        "tỷ lệ hộ nghèo cao...), tỷ lệ < 5% và > 3%, cỡ XXXL, Km3+700 và a_b")
    complete.closing = RichText.plain("UBND tỉnh thông báo để các cơ quan biết, thực hiện./.")
    assert problems_of(complete) == []


def test_placeholders_in_the_opening_facts(complete):
    complete.opening.chair.name = ""
    complete.opening.activities = "{{ hoạt động }}"  # a fact is text, never re-rendered
    assert problems_of(complete) == [("opening[0]", "placeholder", "[…]"),
                                     ("opening[1]", "placeholder", "{{ hoạt động }}")]


def test_an_overridden_opening_is_judged_as_written(complete):
    complete.opening.override = [RichText.plain("Ngày [ngày] đồng chí XXX kiểm tra.")]
    texts = [t.text for t in complete.opening.override]
    found = [(p.path, p.text) for p in final_problems(complete, texts)]
    assert found == [("opening[0]", "[ngày]")]


def test_footnotes_are_judged_too(complete):
    complete.closing = RichText.from_markup("Kết thúc[^theo Quyết định số XXX]./.")
    complete.body[1].children[0].text = RichText.from_markup("Năm 2024[^]")
    found = problems_of(complete)
    assert ("closing.footnotes[0]", "placeholder", "XXX") in found
    assert ("body[1][0].footnotes[0]", "missing", "") in found


def test_empty_labelled_nodes_are_missing(complete):
    complete.body[0].text = RichText()
    complete.body[2].children.append(Node.make("khoan", "", heading=False))
    complete.body[2].children[1].children.append(Node.make("item", " "))
    found = problems_of(complete)
    assert ("body[0]", "missing", "") in found
    assert ("body[2][2]", "missing", "") in found
    assert ("body[2][1][2]", "missing", "") in found


def test_parent_agency_lines_and_authority_lines_must_be_filled(complete):
    complete.header.parent_agency = ["", "BỘ XXX"]
    complete.signature.authority[1] = " "
    complete.storage.units = []
    found = problems_of(complete)
    assert found == [("header.parent_agency[0]", "missing", ""),
                     ("header.parent_agency[1]", "placeholder", "XXX"),
                     ("storage", "missing", ""), ("signature.authority[1]", "missing", "")]


def test_messages_in_both_languages(complete):
    complete.header.summary = ""
    complete.signature.signer = "{{ ten }}"
    problems = final_problems(complete, generated_opening(complete))
    assert [p.message("vi") for p in problems] == [
        "Chưa có trích yếu", "Họ tên người ký còn chỗ trống hoặc biến mẫu: «{{ ten }}»"]
    assert [p.message("en") for p in problems] == [
        "The summary (trích yếu) is empty", "The signer's name still holds a placeholder: «{{ ten }}»"]
    refusal = FinalExportRefused(problems)
    assert refusal.message("vi") == ("Chưa thể xuất bản chính thức, còn thiếu:\n- Chưa có trích yếu\n"
                                     "- Họ tên người ký còn chỗ trống hoặc biến mẫu: «{{ ten }}»")
    assert refusal.message("en").startswith("Cannot export the final version; still missing:\n- The")


def test_a_path_inside_a_part_is_named(complete):
    complete.recipients[0] = ""
    [problem] = final_problems(complete, generated_opening(complete))
    assert problem.message("vi") == "Chưa có nơi nhận (recipients[0])"
    assert problem.message("en") == "The recipients (recipients[0]) is empty"


def test_every_problem_names_its_part_in_words(complete):
    """The parent agency lines and the closing's footnotes were shown by
    their field path («Header.parent_agency[0] (header.parent_agency[0])»)."""
    complete.header.parent_agency = [""]
    complete.closing = RichText.from_markup("Kết thúc[^]./.")
    complete.body[0].text = RichText.from_markup("ĐÁNH GIÁ CHUNG[^]")
    for p in final_problems(complete, generated_opening(complete)):
        for lang in ("vi", "en"):
            message = p.message(lang)
            assert not message.lower().startswith(p.path.split("[")[0].lower()), message


def test_a_reference_to_an_existing_appendix_is_not_a_placeholder(complete):
    from thongbao_editor.model import Kind
    from thongbao_editor.model.notice import Appendix

    complete.appendices = [Appendix("Phân công nhiệm vụ", key="nv")]
    complete.body[1].children.append(Node.make(Kind.PARAGRAPH, "Chi tiết tại {{phuluc:nv}}."))
    assert problems_of(complete) == []
    complete.body[1].children.append(Node.make(Kind.PARAGRAPH, "Chi tiết tại {{phuluc:khac}}."))
    assert [p[1:] for p in problems_of(complete)] == [("placeholder", "{{phuluc:khac}}")]

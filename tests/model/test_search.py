"""Find and replace in the model: Vietnamese-aware, every part, undoable."""

from __future__ import annotations

import unicodedata

from thongbao_editor.model import (Abbreviation, Footnote, Node, Notice, Person, RichText, Run,
                                   notice_to_dict)
from thongbao_editor.model.paths import FieldPath
from thongbao_editor.model.search import find_all, replace_all_op, replace_op


def texts(notice, query, **kw):
    from thongbao_editor.model.edit import get_text
    out = []
    for m in find_all(notice, query, **kw):
        value = get_text(notice, m.target)
        if m.footnote is not None:
            value = value.footnotes()[m.footnote]
        plain = value if isinstance(value, str) else value.text
        out.append(plain[m.start:m.end])
    return out


def test_letters_without_diacritics_find_every_accented_form():
    n = Notice(recipients=["UBND xã Cao Lâu;", "UBND xa lạ;", "ubnd XÃ Hợp Thành;"])
    assert texts(n, "ubnd xa") == ["UBND xã", "UBND xa", "ubnd XÃ"]
    assert texts(n, "UBND xã") == ["UBND xã", "ubnd XÃ"]  # written with the mark: only that form
    assert texts(n, "cao lau") == ["Cao Lâu"]
    assert texts(n, "hop thanh") == ["Hợp Thành"]
    assert texts(n, "ubnd xa", match_case=True) == []
    assert texts(n, "UBND x", match_case=True) == ["UBND x", "UBND x"]


def test_d_finds_dd_and_the_query_is_normalised():
    n = Notice(closing=RichText.plain("Đề nghị Sở Giáo dục và  Đào tạo"))
    assert texts(n, "de nghi") == ["Đề nghị"]
    decomposed = unicodedata.normalize("NFD", "giáo   dục")
    assert texts(n, decomposed) == ["Giáo dục"]


def test_whole_words():
    n = Notice(recipients=["Sở Tài chính; Tài chính công"])
    assert texts(n, "tai", whole_word=True) == ["Tài", "Tài"]
    assert texts(n, "ch", whole_word=True) == []


def every_part_notice() -> Notice:
    n = Notice()
    n.header.agency = ["UBND TỈNH"]
    n.header.summary = "Kết luận của UBND tỉnh"
    n.opening.chair = Person("Ông A", "Chủ tịch UBND tỉnh")
    n.opening.override = [RichText.plain("Ngày 5, UBND tỉnh họp")]
    n.opening.attendees = "các sở của UBND tỉnh"
    n.body = [Node.make("muc", "ubnd tinh", Node.make(
        "khoan", RichText((Run("Giao "), Run("UBND tỉnh", bold=True),
                           Footnote((Run("Theo UBND tỉnh"),))))))]
    n.closing = RichText.plain("UBND tỉnh đề nghị")
    n.recipients = ["Văn phòng UBND tỉnh;"]
    n.storage.units = ["UBND tinh"]
    n.signature.authority = ["TM. UBND TỈNH"]
    n.signature.signer = "UBND tỉnh"
    n.abbreviations = [Abbreviation("UBND", "Ủy ban nhân dân tỉnh")]
    return n


def test_every_part_is_searched_in_print_order():
    n = every_part_notice()
    parts = [(m.part, m.path, m.footnote) for m in find_all(n, "ubnd tinh")]
    assert parts == [
        ("header.agency", (0,), None), ("header.summary", (), None), ("opening", (0,), None),
        ("opening.chair.title", (), None), ("opening.attendees", (), None),
        ("body", (0,), None), ("body", (0, 0), None), ("body", (0, 0), 0),
        ("closing", (), None), ("recipients", (0,), None), ("storage.units", (0,), None),
        ("signature.authority", (0,), None), ("signature.signer", (), None)]


def test_replace_all_is_one_edit_and_undoes_exactly():
    n = every_part_notice()
    before = notice_to_dict(n)
    matches = find_all(n, "ubnd tinh")
    change = replace_all_op(n, matches, "UBND huyện").apply(n)
    assert find_all(n, "ubnd tinh") == []
    assert len(find_all(n, "UBND huyện")) == len(matches)
    node = n.body[0].children[0].text
    assert node.pieces[1] == Run("UBND huyện", bold=True)  # the format stays
    assert node.footnotes()[0].text == "Theo UBND huyện"
    change.inverse.apply(n)
    assert notice_to_dict(n) == before


def test_replace_one():
    n = Notice(recipients=["UBND xã A; UBND xã B"])
    first = find_all(n, "ubnd xa")[0]
    replace_op(n, first, "Ủy ban").apply(n)
    assert n.recipients == ["Ủy ban A; UBND xã B"]
    assert first.target == FieldPath.parse("recipients[0]")

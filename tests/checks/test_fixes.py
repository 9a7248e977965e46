"""Quick fixes: applying one removes its finding and nothing else changes."""

from __future__ import annotations

import pytest

from thongbao_editor.checks import FixError, apply_fix, check_notice
from thongbao_editor.checks.fixes import splice_rich
from thongbao_editor.model import RichText, load_draft

from .notices import clean_notice, findings, with_text
from .test_rules import CASES


def _fixable(notice):
    return [f for f in check_notice(notice) if f.fix is not None]


@pytest.mark.parametrize("rule", sorted(r for r, (flag, _) in CASES.items() if flag))
def test_fix_removes_the_finding(rule):
    notice = CASES[rule][0]()
    fixable = [f for f in _fixable(notice) if f.rule == rule]
    for f in reversed(fixable):  # from the end, so earlier spans stay valid
        apply_fix(notice, f)
    left = [(f.part, f.path, f.span) for f in findings(notice, rule)]
    assert not any((f.part, f.path, f.span) in left for f in fixable if f.severity != "hint")
    assert [f.rule for f in check_notice(notice) if f.fix is not None and f.rule == rule] == []


def test_example_fixes(example_path):
    notice = load_draft(example_path)
    fixable = _fixable(notice)
    assert {f.rule for f in fixable} >= {"writing.number_separator", "writing.typo",
                                         "writing.proper_name_case", "facts.footnote_end"}
    for f in reversed(fixable):
        apply_fix(notice, f)
    assert _fixable(notice) == []
    texts = " ".join(n.text.text + " ".join(fn.text for fn in n.text.footnotes())
                     for _, n in notice.walk_body())
    assert "tăng 10,2%" in texts and "14,3 tiêu chí" in texts and "Thủ tướng Chính phủ" in texts
    assert "thông báo để các UBND" in notice.closing.text


def test_splice_keeps_bold_and_footnotes():
    rich = RichText.from_markup("đạt **08/19 tiêu chí** và 10.2%[^Ghi chú.] kế hoạch")
    out = splice_rich(rich, rich.text.index("10.2"), rich.text.index("10.2") + 4, "10,2")
    assert out.to_markup() == "đạt **08/19 tiêu chí** và 10,2%[^Ghi chú.] kế hoạch"


def test_fix_in_footnote_and_delete_recipient():
    notice = with_text("Theo kế hoạch[^Kế hoạch năm 2024 của UBND tỉnh,].")
    notice.recipients.append("UBND huyện Cao Lộc;")
    for f in reversed(_fixable(notice)):
        apply_fix(notice, f)
    assert notice.recipients == ["Thường trực Tỉnh ủy (B/c);", "UBND huyện Cao Lộc;"]
    assert notice.body[0].children[-1].text.footnotes()[0].text == "Kế hoạch năm 2024 của UBND tỉnh."


def test_fix_refused_without_fix_or_location():
    notice = with_text("Công tác GPMB còn chậm.")
    f = findings(notice, "writing.abbreviation_undefined")[0]
    with pytest.raises(FixError):
        apply_fix(notice, f)
    g = findings(with_text("Phối hợp với với các sở."), "writing.doubled_word")[0]
    with pytest.raises(FixError):
        apply_fix(clean_notice(), g)  # that paragraph does not exist here

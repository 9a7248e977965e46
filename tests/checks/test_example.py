"""The Cao Lộc 2024 example: the real faults of the seed, and no noise.

Every finding below was reviewed against the seed notice as a reviewing
leader would read it (see docs/checks.md, "Findings on the example"); any new
finding on the example — noise or a newly caught fault — fails this test and
must be reviewed before it is added here.
"""

from __future__ import annotations


from thongbao_editor.checks import check_notice, errors_block_final
from thongbao_editor.checks.context import Context
from thongbao_editor.model import load_draft

# (rule, part, path, footnote index in the field, the flagged text)
EXPECTED = [
    ("writing.abbreviation_undefined", "opening.attendees", (), None, "KTCK"),
    ("writing.proper_name_case", "body", (0, 0, 2), None, "mừng đảng, mừng Xuân"),
    ("writing.number_separator", "body", (0, 0, 3), None, "10.2"),
    ("writing.abbreviation_undefined", "body", (0, 0, 3), None, "GPMB"),
    ("writing.abbreviation_undefined", "body", (0, 0, 5), None, "DDCI"),
    ("writing.proper_name_case", "body", (0, 0, 9), None, "Thủ tướng chính phủ"),
    ("writing.abbreviation_inconsistent", "body", (0, 1, 0), None, "MTQG"),
    ("writing.sentence_start", "body", (1, 0), None, ". v"),
    ("facts.footnote_end", "body", (1, 2, 0, 0, 1), 0, ""),
    ("writing.typo", "body", (1, 2, 0, 0, 2), None, "thể mạnh"),
    ("facts.footnote_end", "body", (1, 2, 0, 0, 2), 1, ","),
    ("facts.footnote_end", "body", (1, 2, 0, 0, 4), 0, ""),
    ("writing.typo", "body", (1, 2, 0, 0, 6), None, "phần đầu đạt"),
    ("writing.abbreviation_undefined", "body", (1, 2, 0, 1, 1), None, "CVĐC"),
    ("writing.typo", "body", (1, 2, 0, 2, 2), None, "thể trận"),
    ("writing.typo", "body", (1, 2, 0, 2, 2), None, "thể trận"),
    ("writing.number_separator", "body", (1, 2, 1, 2), 0, "14.3"),
    ("writing.typo", "closing", (), None, "thông báo đề"),
]


def _located(notice):
    ctx = Context(notice)
    texts = {(s.part, s.path, s.footnote): s.text for s in ctx.segments}
    out = []
    for f in check_notice(notice):
        text = texts.get((f.part, f.path, f.footnote), "")
        out.append((f.rule, f.part, f.path, f.footnote, text[f.span[0]:f.span[1]] if f.span else ""))
    return out


def test_example_findings_are_exactly_the_reviewed_ones(example_path):
    assert _located(load_draft(example_path)) == EXPECTED


def test_example_has_the_faults_the_issue_names(example_path):
    found = {(rule, text) for rule, _, _, _, text in _located(load_draft(example_path))}
    for text in ("10.2", "14.3"):
        assert ("writing.number_separator", text) in found
    for abbr in ("GPMB", "CVĐC", "KTCK"):
        assert ("writing.abbreviation_undefined", abbr) in found
    assert ("writing.abbreviation_inconsistent", "MTQG") in found
    assert ("writing.proper_name_case", "Thủ tướng chính phủ") in found
    assert ("writing.typo", "thông báo đề") in found


def test_example_is_not_blocked_from_final(example_path):
    # Its faults are writing faults a reviewer sends back, not NĐ 30 form errors.
    assert errors_block_final(check_notice(load_draft(example_path))) == []


def test_example_messages_in_both_languages(example_path):
    for f in check_notice(load_draft(example_path)):
        assert f.message("vi") and f.message("en") and f.message("vi") != f.message("en")
        assert f.excerpt

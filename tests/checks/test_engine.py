"""The engine: registry, order, silencing, known abbreviations, errors for the final export."""

from __future__ import annotations

import json

import pytest

from thongbao_editor.checks import RULES, Severity, check_notice, errors_block_final
from thongbao_editor.checks import registry
from thongbao_editor.errors import FinalExportRefused
from thongbao_editor.model import Abbreviation, dumps, loads

from .notices import clean_notice, findings, with_text


def test_rules_are_registered_by_theme():
    assert {r.split(".")[0] for r in RULES} == {"form", "writing", "facts", "reform", "tasks"}
    for rule in RULES.values():
        assert rule.title_vi and rule.title_en and rule.source


def test_findings_in_print_order():
    n = with_text("Công tác GPMB còn chậm; tăng 10.2%.")
    n.signature.signer = "TS. Hoàng Xuân Đồng"
    n.header.symbol = "TB UBND"
    parts = [f.part for f in check_notice(n)]
    assert parts == ["header.symbol", "body", "body", "signature.signer"]


def test_location_points_into_the_field():
    n = with_text("Hoàn thành công tác GPMB đối với 04 dự án.")
    (f,) = findings(n, "writing.abbreviation_undefined")
    assert f.part == "body" and f.path == (0, 1) and f.footnote is None
    assert n.node_at(f.path).text.text[f.span[0]:f.span[1]] == "GPMB"
    (g,) = findings(with_text("Theo kế hoạch[^Đạt 14.3 tiêu chí/xã.]."), "writing.number_separator")
    assert g.footnote == 0 and g.span == (4, 8)


def test_silenced_rule_with_reason_is_skipped_and_kept_in_the_draft():
    n = with_text("Công tác GPMB còn chậm.")
    assert findings(n, "writing.abbreviation_undefined")
    n.silenced = {"writing.abbreviation_undefined": "GPMB quen dùng trong tỉnh"}
    assert findings(n, "writing.abbreviation_undefined") == []
    again = loads(dumps(n))
    assert again.silenced == {"writing.abbreviation_undefined": "GPMB quen dùng trong tỉnh"}
    assert findings(again, "writing.abbreviation_undefined") == []


def test_draft_without_silenced_key_still_loads_and_is_not_written():
    text = dumps(clean_notice())
    assert '"silenced"' not in text
    assert loads(text).silenced == {}


def test_unknown_silenced_rule_is_a_hint():
    n = clean_notice()
    n.silenced = {"writing.no_such_rule": "?"}
    (f,) = check_notice(n)
    assert f.rule == "meta.unknown_silenced" and f.severity is Severity.HINT


def test_disabled_by_the_office():
    n = with_text("Công tác GPMB còn chậm.")
    assert findings(n, "writing.abbreviation_undefined",
                    disabled={"writing.abbreviation_undefined": "văn phòng tắt"}) == []


def test_known_abbreviations_glossary_and_office_file(tmp_path):
    n = with_text("Công tác GPMB còn chậm.")
    n.abbreviations = [Abbreviation("GPMB", "giải phóng mặt bằng")]
    assert findings(n, "writing.abbreviation_undefined") == []
    n.abbreviations = []
    office = tmp_path / "viet-tat.txt"
    office.write_text("# văn phòng\nGPMB = giải phóng mặt bằng\n", encoding="utf-8")
    assert findings(n, "writing.abbreviation_undefined", known_abbreviations_file=office) == []
    assert findings(n, "writing.abbreviation_undefined")  # the shipped list alone does not know it


def test_a_broken_rule_does_not_stop_the_others(monkeypatch):
    def boom(ctx):
        raise RuntimeError("kaputt")
        yield  # pragma: no cover
    rule = RULES["writing.typo"]
    monkeypatch.setitem(RULES, "writing.typo", registry.Rule(
        rule.id, rule.severity, rule.title_vi, rule.title_en, rule.source, boom))
    out = check_notice(with_text("Phối hợp với với các sở."))
    assert {f.rule for f in out} == {"writing.typo", "writing.doubled_word"}
    assert [f.severity for f in out if f.rule == "writing.typo"] == [Severity.HINT]


def test_errors_block_final_and_refusal_message():
    n = clean_notice()
    n.recipients.append("Như trên;")
    n.signature.signer = "TS. Hoàng Xuân Đồng"
    blocking = errors_block_final(check_notice(n))
    assert {f.rule for f in blocking} == {"form.nhu_tren", "form.academic_title"}
    message = FinalExportRefused(blocking).message("en")
    assert "Như trên" in message and "academic title" in message
    assert errors_block_final(check_notice(clean_notice())) == []


def test_to_dict_is_json():
    (f,) = findings(with_text("Thu tăng 10.2%."), "writing.number_separator")
    data = json.loads(json.dumps(f.to_dict(), ensure_ascii=False))
    assert data["location"] == {"part": "body", "path": [0, 1], "footnote": None,
                                "span": [9, 13]}
    assert data["fix"] == {"replacement": "10,2"} and data["severity"] == "warning"


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_ids_are_documented(rule):
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    assert f"`{rule}`" in doc

"""Removed control characters are summarised (issue 9, item 12): before, `render`
printed each of them on one stderr line (1.6 MB for 200,000 characters)."""

from __future__ import annotations

import json

from thongbao_editor.cli import main
from thongbao_editor.errors import set_language
from thongbao_editor.model import LoadReport, load_draft
from thongbao_editor.model.load_report import MAX_FIELDS, describe_fixes
from thongbao_editor.model.text import normalize_text, removed_positions


def _draft(tmp_path, example_path, change) -> str:
    data = json.loads(example_path.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "ctl.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_render_summarises_200000_removed_characters(tmp_path, example_path, capsys):
    def change(d):
        d["body"][0]["children"][0]["text"] = "Đoạn " + "\x01\x07" * 100_000 + "\x1f hết."
    path = _draft(tmp_path, example_path, change)
    assert main(["render", path, "-o", str(tmp_path / "tb.docx")]) == 0
    err = capsys.readouterr().err
    assert len(err) < 500
    assert err == (f"thongbao: {path}, body[0].children[0].text: đã bỏ 200.001 ký tự không hợp "
                   "lệ: U+0001 ×100.000, U+0007 ×100.000, U+001F (vị trí đầu tiên: 5, 6, 7, 8, "
                   "9, …)\n")
    try:
        assert main(["--lang", "en", "check", path]) == 0
        err = capsys.readouterr().err
        assert "removed 200,001 invalid character(s): U+0001 ×100,000" in err
    finally:
        set_language("vi")


def test_at_most_max_fields_lines(tmp_path, example_path):
    def change(d):
        d["recipients"] = [f"Đơn vị\x0b {i};" for i in range(MAX_FIELDS + 7)]
    path = _draft(tmp_path, example_path, change)
    report = LoadReport()
    load_draft(path, report)
    lines = describe_fixes(report, "ctl.json", "vi")
    assert len(lines) == MAX_FIELDS + 1
    assert lines[0] == "ctl.json, recipients[0]: đã bỏ 1 ký tự không hợp lệ: U+000B (vị trí đầu tiên: 6)"
    assert lines[-1] == "ctl.json: và 7 mục khác cũng bị bỏ ký tự"


def test_positions_are_those_of_the_removed_characters():
    text = "a\x00b\u200ec\u200bd\x9f"
    removed = normalize_text(text).removed
    assert sorted(text[p] for p in removed_positions(text, 10)) == sorted(removed)
    assert removed_positions(text, 2) == (1, 3)

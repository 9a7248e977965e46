"""``thongbao check``: exit status, report, JSON."""

from __future__ import annotations

import json

from thongbao_editor.cli import main
from thongbao_editor.errors import set_language
from thongbao_editor.model import save_draft

from .notices import clean_notice, with_text


def _run(capsys, *argv):
    try:
        code = main(list(argv))
    finally:
        set_language("vi")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_clean_draft_exits_0(tmp_path, capsys):
    path = tmp_path / "clean.json"
    save_draft(clean_notice(), path)
    code, out, _ = _run(capsys, "check", str(path))
    assert code == 0 and "không phát hiện lỗi" in out


def test_errors_exit_1_grouped_by_part(tmp_path, capsys):
    n = with_text("Thu ngân sách tăng 10.2% so với dự toán.")
    n.recipients.append("Như trên;")
    path = tmp_path / "d.json"
    save_draft(n, path)
    code, out, _ = _run(capsys, "check", str(path))
    assert code == 1
    assert "1 lỗi, 1 cảnh báo, 0 gợi ý" in out
    assert "Nội dung (body)" in out and "Nơi nhận (recipients)" in out
    assert "[form.nhu_tren] dòng 3" in out and "Sửa nhanh: «10,2»" in out
    assert out.index("Nội dung (body)") < out.index("Nơi nhận (recipients)")


def test_warnings_only_exit_0_and_english(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(with_text("Thu ngân sách tăng 10.2% so với dự toán."), path)
    code, out, _ = _run(capsys, "--lang", "en", "check", str(path))
    assert code == 0 and "0 errors, 1 warnings" in out and "Body (body)" in out
    code, out, _ = _run(capsys, "check", str(path), "--lang", "en")
    assert code == 0 and "decimal mark" in out


def test_json(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(with_text("Thu ngân sách tăng 10.2% so với dự toán."), path)
    code, out, _ = _run(capsys, "check", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"error": 0, "warning": 1, "hint": 0}
    assert data["findings"][0]["rule"] == "writing.number_separator"


def test_unreadable_files_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, "check", str(tmp_path / "missing.json"))
    assert code == 2 and "missing.json" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert _run(capsys, "check", str(bad))[0] == 2
    path = tmp_path / "d.json"
    save_draft(clean_notice(), path)
    code, _, err = _run(capsys, "check", str(path), "--abbreviations", str(tmp_path / "none.txt"))
    assert code == 2 and "none.txt" in err
    legacy = tmp_path / "cp1258.txt"  # an office list saved by an old editor, not UTF-8
    legacy.write_bytes("GPMB = giai phóng\n".encode("cp1258"))
    code, _, err = _run(capsys, "check", str(path), "--abbreviations", str(legacy))
    assert code == 2 and "cp1258.txt" in err and "UTF-8" in err


def test_disable_and_office_list(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(with_text("Công tác GPMB còn chậm."), path)
    assert "GPMB" in _run(capsys, "check", str(path))[1]
    office = tmp_path / "o.txt"
    office.write_text("GPMB\n", encoding="utf-8")
    assert "không phát hiện" in _run(capsys, "check", str(path), "--abbreviations", str(office))[1]
    out = _run(capsys, "check", str(path), "--disable", "writing.abbreviation_undefined")[1]
    assert "không phát hiện" in out


def test_example_report(example_path, capsys):
    code, out, _ = _run(capsys, "check", str(example_path))
    assert code == 0 and "«KTCK»" in out and "Câu kết (closing)" in out

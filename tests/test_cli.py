"""The command line: one-line Vietnamese messages, non-zero exit, no traceback."""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

from thongbao_editor import cli
from thongbao_editor.model import FORMAT_VERSION


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "thongbao_editor.cli", *args],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("content, expected", [
    (b"{not json", "không phải bản nháp hợp lệ"),
    (b"\xff\xfe\x00garbage", "không phải văn bản UTF-8"),
    (json.dumps({"format_version": FORMAT_VERSION + 5}).encode(), "phiên bản mới hơn"),
    (json.dumps({"format_version": FORMAT_VERSION, "header": {"date": {"year": 2024}, "agency": 5}}).encode(),
     "header.agency"),
])
def test_bad_drafts_give_one_line_and_exit_2(tmp_path, content, expected):
    draft = tmp_path / "bad.json"
    draft.write_bytes(content)
    out = tmp_path / "out.docx"
    result = run("render", str(draft), "-o", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and str(draft) in lines[0]
    assert not out.exists()


def test_missing_file_and_english_messages(tmp_path):
    missing = tmp_path / "none.json"
    result = run("--lang", "en", "render", str(missing), "-o", str(tmp_path / "x.docx"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"thongbao: File {missing} not found."


def test_usage_errors_exit_non_zero(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["render"])
    assert exc.value.code == 2


@pytest.mark.parametrize("command", ["render", "pdf"])
def test_output_onto_the_draft_itself_is_refused(tmp_path, capsys, command):
    """``thongbao render a.json -o a.json`` (a slip of the keyboard) must not
    replace the draft with the .docx: the draft is all the secretary has."""
    draft = tmp_path / "a.json"
    draft.write_text((Path(__file__).parent.parent / "examples" / "cao-loc-2024.json")
                     .read_text(encoding="utf-8"), encoding="utf-8")
    before = draft.read_bytes()
    # the same file, also when written another way (../dir/a.json)
    same = tmp_path / "sub" / ".." / "a.json"
    (tmp_path / "sub").mkdir()
    for target in (draft, same):
        assert cli.main([command, str(draft), "-o", str(target)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "a.json" in err[0] and "bản nháp" in err[0]
        assert draft.read_bytes() == before

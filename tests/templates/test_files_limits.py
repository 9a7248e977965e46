"""Template and profile files: bounded before reading, and TOML that Python
cannot take (huge integers, deep nesting) is a clean error with its line
(issue 9, items 9 and 10)."""

from __future__ import annotations

import time

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import TemplateError
from thongbao_editor.templates.files import MAX_FILE_BYTES, parse_template


@pytest.mark.parametrize("text,line,words", [
    ("title = 'x'\na = " + "[" * 3000 + "]" * 3000, 2, "lồng nhau quá sâu"),
    ("x = '[[['\n\na = " + "{b = " * 3000 + "1" + "}" * 3000, 3, "lồng nhau quá sâu"),
    ("x = 1\na = " + "9" * 5000, 2, "5000 chữ số"),
])
def test_toml_python_cannot_convert_is_a_clean_error(text, line, words):
    with pytest.raises(TemplateError) as err:
        parse_template(text, "n", "f.toml")
    assert f"dòng {line}" in err.value.message() and words in err.value.message()


def test_a_huge_toml_is_refused_before_reading(tmp_path, capsys):
    """A 1.5 GB .toml was read whole (1.5–3 GB of memory) before the 512 KB refusal."""
    f = tmp_path / "huge.toml"
    with open(f, "wb") as fh:
        fh.truncate(1536 * 1024 * 1024)
    for argv in (["template", "check", str(f)], ["template", "import", str(f)]):
        start = time.perf_counter()
        code = main(argv + ["--user-dir", str(tmp_path / "user")])
        err = capsys.readouterr().err
        assert code == 2 and f"{MAX_FILE_BYTES // 1024} KB" in err and str(f) in err
        assert time.perf_counter() - start < 2


def test_cli_rc_2_not_3_for_hostile_toml(tmp_path, capsys):
    f = tmp_path / "deep.toml"
    f.write_text("kind = 'notice-template'\na = " + "[" * 3000 + "]" * 3000, encoding="utf-8")
    assert main(["template", "check", str(f)]) == 2
    assert "lồng nhau quá sâu" in capsys.readouterr().err

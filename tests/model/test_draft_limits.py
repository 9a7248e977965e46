"""Hostile drafts end in a clear message naming the file and the place,
never in silent loss or an "unexpected error" (issue 9, items 1, 9, 10)."""

from __future__ import annotations

import json

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import DraftError
from thongbao_editor.model import load_draft
from thongbao_editor.model.draft import MAX_DRAFT_BYTES, MAX_TEXT_CHARS, loads
from thongbao_editor.model.json_strict import MAX_INT_DIGITS

from conftest import EXAMPLE


def _error(text: str) -> DraftError:
    with pytest.raises(DraftError) as err:
        loads(text, "d.json")
    return err.value


def test_a_second_body_key_is_an_error_with_key_and_line():
    """A second ``"body": []`` silently emptied the notice (59 paragraphs lost)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    line = text[: text.index('"body"')].count("\n") + 1
    bad = text.replace('"body": [', '"body": [],\n  "body": [', 1)
    err = _error(bad)
    assert err.code == "draft.duplicate_key"
    assert err.params["key"] == "body" and err.params["line"] == line + 1
    assert "«body»" in err.message() and f"dòng {line + 1}" in err.message()
    assert "appears twice" in err.message("en")


def test_nested_duplicate_keys_name_their_path():
    err = _error('{"format_version": 1,\n "body": [{"kind": "muc",\n  "text": "a", "text": "b"}]}')
    assert err.params["line"] == 3 and err.params["path"] == "body[0].text"


@pytest.mark.parametrize("digits", [MAX_INT_DIGITS + 1, 4301, 100_000])
def test_huge_integers_are_refused_with_their_line(digits):
    text = EXAMPLE.read_text(encoding="utf-8").replace('"year": 2024', '"year": ' + "9" * digits)
    err = _error(text)
    assert err.code == "draft.big_number" and err.params["digits"] == digits
    assert text[: text.index("9" * 50)].count("\n") + 1 == err.params["line"]


def test_a_paragraph_over_the_text_limit_is_refused_at_load(tmp_path, capsys):
    """A 10,000,000-character paragraph ended in lxml's 'Text node too long' (rc 3)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["body"][0]["text"] = "a" * 10_000_001
    draft = tmp_path / "big.json"
    draft.write_text(json.dumps(data), encoding="utf-8")
    code = main(["render", str(draft), "-o", str(tmp_path / "o.docx")])
    err = capsys.readouterr().err
    assert code == 2 and "body[0].text" in err and str(draft) in err
    assert "1.000.000" in err and not (tmp_path / "o.docx").exists()
    data["body"][0]["text"] = "a" * MAX_TEXT_CHARS
    draft.write_text(json.dumps(data), encoding="utf-8")
    assert load_draft(draft).body[0].text.text == "a" * MAX_TEXT_CHARS


def test_a_draft_over_the_size_limit_is_refused_before_reading(tmp_path):
    draft = tmp_path / "huge.json"
    with open(draft, "wb") as f:
        f.truncate(MAX_DRAFT_BYTES + 1)
    with pytest.raises(DraftError) as err:
        load_draft(draft)
    assert "16 MB" in err.value.message() and str(draft) in err.value.message()


def test_rendering_an_overlong_paragraph_names_the_field():
    """The same text typed or pasted in the editor: lxml's limit became a
    'Text node too long' traceback; now a RenderError naming the field."""
    from thongbao_editor.api import render_docx
    from thongbao_editor.errors import RenderError
    from thongbao_editor.model import RichText
    notice = load_draft(EXAMPLE)
    notice.body[0].text = RichText.plain("a" * 10_000_001)
    with pytest.raises(RenderError) as err:
        render_docx(notice)
    assert "body[0].text" in err.value.message() and "10.000.001 ký tự, quá" in err.value.message()


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_json_cannot_hold_are_refused(literal):
    """Python reads NaN/Infinity; saved back they would make the file invalid JSON."""
    err = _error('{"format_version": 1,\n "template": {"name": "x", "values": {"n":\n ' + literal + "}}}")
    assert err.code == "draft.bad_number" and err.params["line"] == 3 and literal in err.message()

"""Batch never overwrites without --force, never writes through a link, and a
hostile CSV fails row by row with the row named (issue 9, items 2, 3, 10, 13)."""

from __future__ import annotations

import os

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import TemplateError
from thongbao_editor.templates.batch import MAX_CELL_CHARS, read_csv, safe_file_name

HEADER = "file,unit,inspection_date,basis,chair\n"
ROWS = "a,xã Một,2026-05-02,KH 1,\nb,xã Hai,2026-05-02,KH 1,\n"


def _batch(capsys, csv_path, out, *extra):
    code = main(["batch", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-tinh",
                 "--data", str(csv_path), "-o", str(out), *extra])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _csv(tmp_path, text, name="d.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_existing_outputs_are_skipped_and_reported_without_force(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("my own draft, edited by hand")
    code, stdout, err = _batch(capsys, _csv(tmp_path, HEADER + ROWS), out, "--drafts")
    assert code == 1
    assert (out / "a.json").read_text() == "my own draft, edited by hand"
    assert not (out / "a.docx").exists()  # a row is written whole or not at all
    assert (out / "b.docx").exists() and (out / "b.json").exists()
    assert "1/2" in stdout and "dòng 2 (a)" in err and "--force" in err
    (out / "b.docx").write_bytes(b"old")
    code, _, err = _batch(capsys, _csv(tmp_path, HEADER + ROWS), out)
    assert code == 1 and (out / "b.docx").read_bytes() == b"old" and "dòng 3 (b)" in err
    code, stdout, err = _batch(capsys, _csv(tmp_path, HEADER + ROWS), out, "--drafts", "--force")
    assert code == 0, err
    assert (out / "a.json").read_text().startswith("{") and (out / "b.docx").read_bytes() != b"old"


def test_batch_never_writes_through_a_link(tmp_path, capsys):
    """``a.docx -> ../victim/important.txt`` in -o made batch replace the victim."""
    victim = tmp_path / "victim" / "important.txt"
    victim.parent.mkdir()
    victim.write_text("precious")
    inside = tmp_path / "out" / "kept.docx"
    out = inside.parent
    out.mkdir()
    inside.write_bytes(b"kept")
    (out / "a.docx").symlink_to(victim)
    (out / "b.docx").symlink_to("kept.docx")  # even a link inside the folder
    for extra in ((), ("--force",)):
        code, _, err = _batch(capsys, _csv(tmp_path, HEADER + ROWS), out, *extra)
        assert code == 1
        assert victim.read_text() == "precious" and inside.read_bytes() == b"kept"
        assert (out / "a.docx").is_symlink() and (out / "b.docx").is_symlink()
    assert "liên kết" in err and "dòng 2 (a)" in err and "dòng 3 (b)" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_batch_refuses_a_fifo_output_per_row(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "a.docx")
    code, _, err = _batch(capsys, _csv(tmp_path, HEADER + ROWS), out, "--force")
    assert code == 1 and "không phải tệp thông thường" in err and (out / "a.docx").is_fifo()
    assert (out / "b.docx").is_file()


def test_one_huge_cell_fails_its_row_only(tmp_path, capsys):
    """A cell over 131,072 characters aborted the whole batch, nothing written."""
    big = "x" * (MAX_CELL_CHARS + 1)
    csv_path = _csv(tmp_path, HEADER + f"a,xã Một,2026-05-02,{big},\n" + ROWS.split("\n")[1] + "\n")
    out = tmp_path / "out"
    code, stdout, err = _batch(capsys, csv_path, out)
    assert code == 1 and "1/2" in stdout
    assert "dòng 2 (a)" in err and "basis" in err and str(MAX_CELL_CHARS) in err
    assert (out / "b.docx").exists() and not (out / "a.docx").exists()


def test_an_unclosed_quote_is_reported_with_its_row(tmp_path):
    """An unterminated quote silently merged the following rows into one cell."""
    text = HEADER + 'a,xã Một,2026-05-02,"KH 1,\nb,xã Hai,2026-05-02,KH 2,\nc,xã Ba,2026-05-02,KH 3,\n'
    with pytest.raises(TemplateError) as err:
        read_csv(_csv(tmp_path, text))
    assert "dòng 2" in err.value.message() and "ngoặc kép" in err.value.message()
    assert "row 2" in err.value.message("en")


def test_a_quote_closed_rows_later_fails_the_merged_row(tmp_path, capsys):
    text = (HEADER + 'a,xã Một,2026-05-02,"KH 1,\nb,xã Hai,2026-05-02,KH 2,\n'
            'c,xã Ba,2026-05-02,KH 3",\nd,xã Bốn,2026-05-02,KH 4,\n'
            'e,xã Năm,2026-05-02,"KH 5\nKH 6",\n')  # a real two-line cell stays fine
    header, rows = read_csv(_csv(tmp_path, text))
    assert [r.number for r in rows] == [2, 3, 4]  # as a spreadsheet numbers records
    assert rows[0].problem is not None and rows[0].problem.code == "batch.merged_rows"
    assert all(r.problem is None for r in rows[1:])
    out = tmp_path / "out"
    code, _, err = _batch(capsys, tmp_path / "d.csv", out)
    assert code == 1 and "dòng 2 (a)" in err and "ngoặc kép" in err
    assert sorted(p.name for p in out.iterdir()) == ["d.docx", "e.docx"]


@pytest.mark.parametrize("data", [
    "unit\nxã A\n".encode("utf-16")[:-1],                              # truncated
    b"\xff\xfe" + "unit\n".encode("utf-16-le") + b"\x00\xd8\x41\x00",  # lone surrogate
])
def test_broken_utf16_csv_is_a_clean_error_with_its_line(tmp_path, data):
    p = tmp_path / "u16.csv"
    p.write_bytes(data)
    with pytest.raises(TemplateError) as err:
        read_csv(p)
    assert "UTF-16" in err.value.message() and "dòng 2" in err.value.message()


@pytest.mark.parametrize("raw,expected", [
    ("xã A\u202excod.exe", "xã Axcod.exe"), ("a\u200bb\u200dc\ufeff", "abc"),
    ("x\u2066y\u2069\u061cz", "xyz"), ("tên\u2028dòng", "têndòng"), ("\u202e\u200b", "dong-002"),
])
def test_invisible_and_bidi_characters_leave_file_names(raw, expected):
    assert safe_file_name(raw, "dong-002") == expected

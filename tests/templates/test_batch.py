"""One .docx per CSV row; bad rows reported, the others still written."""

from __future__ import annotations

import zipfile

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import TemplateError
from thongbao_editor.model import load_draft
from thongbao_editor.checks import final_refusals
from thongbao_editor.templates.batch import read_csv, run_batch, safe_file_name

HEADER = "file,unit,inspection_date,basis,chair\n"


def _document_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _units(n: int) -> list[str]:
    kinds = ["xã", "phường", "đặc khu"]
    return [f"{kinds[i % 3]} Số {i + 1:03d}" for i in range(n)]


def real_profile(user_dir, sample: str = "ubnd-tinh", name: str = "ubnd-tinh-that") -> str:
    """The office's own profile: a shipped sample with its "(Mẫu) …" people made real."""
    from thongbao_editor.paths import templates_dir
    text = templates_dir().joinpath("profiles", f"{sample}.toml").read_text(encoding="utf-8")
    folder = user_dir / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.toml").write_text(text.replace("sample = true", "sample = false")
                                         .replace("(Mẫu) ", ""), encoding="utf-8")
    return name


def test_hundred_units_from_excel_csv(lib, user_dir, tmp_path, capsys):
    profile = real_profile(user_dir)
    csv_path = tmp_path / "don-vi.csv"
    rows = [f"tb-{i + 1:03d},{u},2026-05-{i % 28 + 1:02d},Kế hoạch số 35/KH-UBND,pct"
            for i, u in enumerate(_units(100))]
    # Excel's "CSV UTF-8": a BOM and CRLF line ends
    csv_path.write_bytes(("\ufeff" + HEADER + "\n".join(rows) + "\n").replace("\n", "\r\n")
                         .encode("utf-8"))
    out = tmp_path / "out"
    code = main(["batch", "--template", "kiem-tra-ket-luan", "--profile", profile,
                 "--data", str(csv_path), "-o", str(out), "--final", "--drafts"])
    captured = capsys.readouterr()
    assert code == 0, captured.err  # --final: each one is complete, ready to sign
    assert "100/100" in captured.out
    assert "[100/100] tb-100" in captured.err  # the progress line
    files = sorted(out.glob("*.docx"))
    assert len(files) == 100
    for i, unit in enumerate(_units(100)):
        xml = _document_xml(out / f"tb-{i + 1:03d}.docx")
        assert unit in xml and "DỰ THẢO" not in xml
        draft = load_draft(out / f"tb-{i + 1:03d}.json")
        assert draft.template.values["unit"] == unit
        assert final_refusals(draft) == []
        assert "Phạm Thị Dung" in xml  # chair = pct from the profile
        others = {u for u in _units(100) if u != unit}
        assert not any(f">{o}<" in xml for o in list(others)[:5])


def test_bad_rows_are_reported_and_the_rest_written(lib, tmp_path, capsys):
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text(HEADER +
                        "a,xã Một,2026-05-02,KH 1,\n"
                        "b,xã Hai,31/2/2026,KH 1,\n"          # no such date
                        "c,,2026-05-02,KH 1,\n"               # required unit missing
                        "d,xã Bốn,2026-05-02,KH 1,khong-co\n"  # unknown person id
                        "e,xã Năm,2026-05-02,KH 1,,thừa\n"     # one cell too many
                        "f,\"xã Sáu\",2026-05-02,\"KH 1\nKH 2\",\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-tinh",
                 "--data", str(csv_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert sorted(p.name for p in out.glob("*.docx")) == ["a.docx", "f.docx"]
    assert "dòng 3 (b)" in err and "Ngày kiểm tra" in err
    assert "dòng 4 (c)" in err and "bắt buộc" in err
    assert "dòng 5 (d)" in err and "khong-co" in err
    assert "dòng 6 (e)" in err and "nhiều ô" in err
    assert "KH 2" in _document_xml(out / "f.docx")


def test_csv_encodings_and_delimiters(tmp_path):
    text = "unit;basis\nxã Đông Kinh;Kế hoạch số 1\n"
    for name, data in {"utf8": text.encode("utf-8"), "bom": b"\xef\xbb\xbf" + text.encode(),
                       "utf16": text.encode("utf-16")}.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        header, rows = read_csv(path)
        assert header == ["unit", "basis"]
        assert rows[0].values == {"unit": "xã Đông Kinh", "basis": "Kế hoạch số 1"}
    legacy = tmp_path / "cp1258.csv"
    legacy.write_bytes("unit\nĐông Kinh\n".encode("cp1258"))
    with pytest.raises(TemplateError) as err:
        read_csv(legacy)
    assert "CSV UTF-8" in err.value.message()


def test_render_failures_do_not_stop_the_batch(lib, tmp_path):
    header, rows = read_csv(_write(tmp_path, HEADER + "a,xã A,2026-05-02,KH,\nb,xã B,2026-05-02,KH,\n"))
    calls = []

    def render(notice, path=None, final=False):
        calls.append(notice.template.values["unit"])
        if len(calls) == 1:
            raise RuntimeError("disk on fire")
        return b"ok"

    result = run_batch(lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh"), rows,
                       tmp_path / "o", name_column="file", render=render)
    assert [f.name for f in result.written] == ["b.docx"]
    assert result.failed[0].row == 2 and "disk on fire" in result.failed[0].reason


def _write(tmp_path, text):
    p = tmp_path / "d.csv"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("raw,expected", [
    ("xã Bình Trung", "xã Bình Trung"), ("../../etc/passwd", "etcpasswd"),
    ("a/b\\c:d*e?f\"g<h>i|j", "abcdefghij"), ("  . ", "dong-002"), ("CON", "_CON"),
    ("x" * 300, "x" * 100), ("tệp\x00\x1f", "tệp"),
])
def test_safe_file_names(raw, expected):
    assert safe_file_name(raw, "dong-002") == expected


def test_batch_pdf_without_libreoffice_says_so_once_and_writes_nothing(lib, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("THONGBAO_SOFFICE", str(tmp_path / "no-soffice"))
    csv_path = tmp_path / "u.csv"
    csv_path.write_text(HEADER + "a,xã Một,2026-05-02,KH 1,\nb,xã Hai,2026-05-03,KH 2,\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-tinh",
                 "--data", str(csv_path), "-o", str(out), "--pdf"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("libreoffice.org") == 1 and len(err.strip().splitlines()) == 1
    assert not out.exists()

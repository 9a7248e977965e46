"""``thongbao import`` on real files."""

from __future__ import annotations

import json

from thongbao_editor.api import load_draft, render_docx
from thongbao_editor.cli import main
from thongbao_editor.model import notice_to_dict

from .corpus import clerk_docx, flood_spec


def test_import_one_file(example_path, tmp_path, capsys):
    src, out = tmp_path / "tb.docx", tmp_path / "tb.json"
    render_docx(load_draft(example_path), src)
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert notice_to_dict(load_draft(out)) == notice_to_dict(load_draft(example_path))
    printed = capsys.readouterr().out
    assert "Nơi nhận" in printed and "Hoàng Xuân Đồng" in printed


def test_existing_draft_needs_force(tmp_path, capsys):
    src, out = tmp_path / "tb.docx", tmp_path / "tb.json"
    src.write_bytes(clerk_docx(flood_spec()))
    out.write_text("{}", encoding="utf-8")
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "tb.json" in err
    assert out.read_text(encoding="utf-8") == "{}"
    assert main(["import", str(src), "-o", str(out), "--force"]) == 0
    assert load_draft(out).signature.signer == "Lương Thị Hoa"


def test_json_report(tmp_path, capsys):
    src, out = tmp_path / "tb.docx", tmp_path / "tb.json"
    src.write_bytes(clerk_docx(flood_spec(), auto_numbering=True))
    assert main(["--lang", "en", "import", str(src), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draft"] == str(out)
    report = data["report"]
    assert [p["name"] for p in report["parts"]] == ["header", "title", "opening", "body", "closing",
                                                    "recipients", "storage", "signature", "footnotes"]
    assert all(p["found"] for p in report["parts"]) and report["unplaced"] == []
    assert report["parts"][0]["label"].startswith("Header")
    assert set(report) >= {"source", "warnings", "revisions", "encodings", "paragraphs", "converted_from"}


def test_bad_file_one_line_message(tmp_path, capsys):
    src = tmp_path / "x.docx"
    src.write_bytes(b"not a zip")
    assert main(["import", str(src), "-o", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thongbao: ") and err.count("\n") == 1 and "x.docx" in err
    assert not (tmp_path / "x.json").exists()


def test_import_a_folder(tmp_path, capsys):
    folder, out = tmp_path / "luu-tru", tmp_path / "nhap"
    folder.mkdir()
    (folder / "a.docx").write_bytes(clerk_docx(flood_spec()))
    (folder / "b.docx").write_bytes(clerk_docx(flood_spec(), header="tabs", bottom="tabs"))
    (folder / "ghi-chu.txt").write_text("không phải văn bản Word", encoding="utf-8")
    assert main(["import", str(folder), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.startswith("✓") for line in lines)
    (folder / "c.docx").write_bytes(b"broken")
    assert main(["import", str(folder), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "c.docx" in captured.out and "--force" in captured.out  # a and b exist already: not replaced
    assert "3" in captured.err


def test_import_an_archive_with_sub_folders(tmp_path, capsys):
    folder, out = tmp_path / "luu-tru", tmp_path / "nhap"
    (folder / "2024").mkdir(parents=True)
    (folder / "2025").mkdir()
    (folder / "2024" / "tb-01.docx").write_bytes(clerk_docx(flood_spec()))
    (folder / "2025" / "tb-01.docx").write_bytes(clerk_docx(flood_spec(), auto_numbering=True))
    assert main(["import", str(folder), "-o", str(out)]) == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["2024/tb-01.json", "2025/tb-01.json"]
    assert "2025/tb-01.docx" in capsys.readouterr().out

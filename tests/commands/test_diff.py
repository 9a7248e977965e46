"""``thongbao diff OLD NEW [--json] [--docx OUT]``."""

from __future__ import annotations

import json

import pytest

from tests.compare.edits import EXPECTED, edited, example
from thongbao_editor import cli
from thongbao_editor.model import save_draft


@pytest.fixture()
def pair(tmp_path):
    old = example()
    a, b = tmp_path / "v1.json", tmp_path / "v2.json"
    save_draft(old, a)
    save_draft(edited(old), b)
    return a, b


def test_json_lists_exactly_the_edits(pair, capsys):
    a, b = pair
    assert cli.main(["diff", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["equal"] is False
    got = [(c["kind"], c["path"], c.get("old_path", c["path"] if c["kind"] != "inserted" else None))
           for c in data["changes"]]
    assert [(k, p, o if o != p else None) for k, p, o in got] == \
        [(k, p, o if o != p else None) for k, p, o in EXPECTED]
    signer = next(c for c in data["changes"] if c["path"] == "signature.signer")
    assert signer["old"] == "Hoàng Xuân Đồng" and signer["new"] == "Nguyễn Văn An"
    assert {"op": "replace", "old": "Hoàng Xuân Đồng", "new": "Nguyễn Văn An"} in signer["ops"]


def test_text_output_is_part_by_part(pair, capsys):
    a, b = pair
    assert cli.main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert out.index("Phần đầu") < out.index("Nội dung") < out.index("người ký")
    assert "[-nghiêm túc-]{+kịp thời+}" in out
    assert "> body[2].children[0].children[1] (chuyển chỗ, từ body[0].children[1].children[1])" in out


def test_equal_versions_exit_0(pair, capsys):
    a, _b = pair
    assert cli.main(["diff", str(a), str(a)]) == 0
    assert capsys.readouterr().out == ""
    assert cli.main(["diff", str(a), str(a), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


def test_docx_is_written_and_never_over_a_file_without_force(pair, tmp_path, capsys):
    a, b = pair
    out = tmp_path / "so-sanh.docx"
    assert cli.main(["diff", str(a), str(b), "--docx", str(out), "--author", "PCT"]) == 1
    assert out.read_bytes()[:2] == b"PK"
    capsys.readouterr()
    before = out.read_bytes()
    assert cli.main(["diff", str(a), str(b), "--docx", str(out)]) == 2
    assert "--force" in capsys.readouterr().err and out.read_bytes() == before
    assert cli.main(["diff", str(a), str(b), "--docx", str(out), "--force"]) == 1
    draft = b.read_bytes()
    assert cli.main(["diff", str(a), str(b), "--docx", str(b), "--force"]) == 2
    assert b.read_bytes() == draft


def test_errors_are_one_line_and_exit_2(pair, tmp_path, capsys):
    a, _b = pair
    assert cli.main(["diff", str(a), str(tmp_path / "none.json")]) == 2
    assert "none.json" in capsys.readouterr().err
    odd = tmp_path / "notes.txt"
    odd.write_text("x")
    assert cli.main(["diff", str(a), str(odd)]) == 2
    assert "notes.txt" in capsys.readouterr().err
    out = tmp_path / "so-sanh.docx"
    out.write_bytes(b"PK")  # an output already there and a side that is not: the side is named
    assert cli.main(["diff", str(tmp_path / "none.json"), str(a), "--docx", str(out), "--force"]) == 2
    assert "none.json" in capsys.readouterr().err and out.read_bytes() == b"PK"


def test_docx_returned_by_the_leader(pair, tmp_path, capsys):
    pytest.importorskip("thongbao_editor.importer")
    from tests.compare.word_edits import AUTHOR, leader_edits
    from thongbao_editor.api import render_docx

    a, _b = pair
    sent, back = tmp_path / "sent.docx", tmp_path / "back.docx"
    render_docx(example(), sent)
    assert cli.main(["diff", str(a), str(sent)]) == 0  # the export reads back as the draft
    leader_edits(sent, back, tracked=True)
    capsys.readouterr()
    assert cli.main(["diff", str(a), str(back), "--json"]) == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["kind"], c["path"], c.get("author", "")) for c in changes] == [
        ("changed", "body[0].children[0].children[1]", ""), ("deleted", "body[0].children[0].children[2]", AUTHOR),
        ("changed", "body[0].children[0].children[5]", AUTHOR), ("changed", "signature.signer", "")]

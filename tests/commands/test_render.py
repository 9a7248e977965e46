"""``thongbao render|pdf -o OUT`` and ``apply -o OUT`` never replace an
existing OUT without ``--force`` (issue 9: nothing overwritten without
--force or a question); the link and regular-file rules stay as they are."""

from __future__ import annotations

import os
import shutil

import pytest

from thongbao_editor import api
from thongbao_editor.cli import main
from thongbao_editor.errors import RenderError
from thongbao_editor.model import load_draft
from thongbao_editor.render.docx import render_docx_bytes

from conftest import EXAMPLE

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def no_office(monkeypatch):
    """A fake LibreOffice that records what it was asked to convert."""
    calls = []

    def convert(data, **_kw):
        calls.append(data)
        return b"%PDF-1.7 fake"
    monkeypatch.setattr("thongbao_editor.render.pdf.docx_bytes_to_pdf", convert)
    return calls


def test_render_refuses_an_existing_output_and_force_replaces_it(tmp_path, capsys):
    out = tmp_path / "tb.docx"
    out.write_bytes(b"the secretary's earlier export")
    code, _, err = run(capsys, "render", str(EXAMPLE), "-o", str(out))
    assert code == 2
    assert err.strip().splitlines() == [f"thongbao: Đã có tệp {out}; dùng --force để ghi đè."]
    assert out.read_bytes() == b"the secretary's earlier export"
    code, _, err = run(capsys, "--lang", "en", "render", str(EXAMPLE), "-o", str(out))
    assert code == 2 and err.strip() == f"thongbao: {out} already exists; use --force to overwrite it."
    for force in ("--force", "-f"):
        code, _, err = run(capsys, "render", str(EXAMPLE), "-o", str(out), force)
        assert code == 0, err
        assert out.read_bytes() == render_docx_bytes(load_draft(EXAMPLE))


def test_render_to_a_new_file_needs_no_force(tmp_path, capsys):
    out = tmp_path / "moi.docx"
    assert run(capsys, "render", str(EXAMPLE), "-o", str(out))[0] == 0
    assert out.read_bytes() == render_docx_bytes(load_draft(EXAMPLE))


def test_pdf_refuses_an_existing_output_before_libreoffice_runs(tmp_path, capsys, no_office):
    out = tmp_path / "tb.pdf"
    out.write_bytes(b"old pdf")
    code, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(out))
    assert code == 2 and "Đã có tệp" in err and str(out) in err
    assert out.read_bytes() == b"old pdf" and no_office == []
    code, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(out), "--force")
    assert code == 0, err
    assert out.read_bytes() == b"%PDF-1.7 fake" and len(no_office) == 1


def test_a_file_appearing_during_the_render_is_not_replaced(tmp_path, monkeypatch):
    """The early answer is only an answer: the write itself is exclusive."""
    out = tmp_path / "tb.docx"
    real = render_docx_bytes

    def slow_render(notice, **kw):
        out.write_bytes(b"written meanwhile by another command")
        return real(notice, **kw)
    monkeypatch.setattr("thongbao_editor.render.docx.render_docx_bytes", slow_render)
    with pytest.raises(RenderError) as err:
        api.render_docx(load_draft(EXAMPLE), out, overwrite=False)
    assert err.value.code == "file.exists"
    assert out.read_bytes() == b"written meanwhile by another command"
    assert [p.name for p in tmp_path.iterdir()] == ["tb.docx"]  # no temporary file left


@fifo_only
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_fifo_is_refused_as_before_with_or_without_force(tmp_path, capsys, no_office, force):
    fifo = tmp_path / "target"
    os.mkfifo(fifo)
    for command in ("render", "pdf"):
        code, _, err = run(capsys, command, str(EXAMPLE), "-o", str(fifo), *force)
        assert code == 2 and "không phải tệp thông thường" in err, (command, err)
        assert fifo.is_fifo()
    assert no_office == []


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_link_out_of_the_folder_is_refused_as_before(tmp_path, capsys, force):
    victim = tmp_path / "victim" / "important.txt"
    victim.parent.mkdir()
    victim.write_text("precious")
    (tmp_path / "out").mkdir()
    link = tmp_path / "out" / "x.docx"
    link.symlink_to(victim)
    code, _, err = run(capsys, "render", str(EXAMPLE), "-o", str(link), *force)
    assert code == 2 and "liên kết" in err
    assert victim.read_text() == "precious" and link.is_symlink()


def test_a_link_inside_the_folder_counts_as_an_existing_file(tmp_path, capsys):
    real = tmp_path / "real.docx"
    real.write_bytes(b"old")
    link = tmp_path / "x.docx"
    link.symlink_to(real.name)
    code, _, err = run(capsys, "render", str(EXAMPLE), "-o", str(link))
    assert code == 2 and "Đã có tệp" in err and real.read_bytes() == b"old"
    code, _, err = run(capsys, "render", str(EXAMPLE), "-o", str(link), "--force")
    assert code == 0, err
    assert link.is_symlink() and real.read_bytes() == render_docx_bytes(load_draft(EXAMPLE))


def test_apply_to_another_existing_file_needs_force(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    draft = tmp_path / "tb.json"
    code, _, err = run(capsys, "new", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-xa",
                       "--set", "unit=thôn Nà Làng", "--set", "inspection_date=2026-06-01",
                       "--set", "basis=Kế hoạch số 5/KH-UBND", "-o", str(draft))
    assert code == 0, err
    other = tmp_path / "khac.json"
    shutil.copy(EXAMPLE, other)
    before = other.read_bytes()
    code, _, err = run(capsys, "apply", str(draft), "--set", "unit=thôn Bản Cưởm", "-o", str(other))
    assert code == 2 and "Đã có tệp" in err and other.read_bytes() == before
    code, _, err = run(capsys, "apply", str(draft), "--set", "unit=thôn Bản Cưởm", "-o", str(other),
                       "--force")
    assert code == 0, err
    assert "thôn Bản Cưởm" in other.read_text(encoding="utf-8")
    # the draft itself is updated in place, as before (no --force: it is the draft)
    code, _, err = run(capsys, "apply", str(draft), "--set", "unit=thôn Pò Mò")
    assert code == 0, err
    assert "thôn Pò Mò" in draft.read_text(encoding="utf-8")

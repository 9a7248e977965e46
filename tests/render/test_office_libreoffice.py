"""The warm LibreOffice with the real LibreOffice: same PDF as a cold
conversion, PDF/A through the server, and no LibreOffice left behind after
a batch run (checked with ``ps``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from thongbao_editor.model import load_draft
from thongbao_editor.render import office
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.pdf import docx_bytes_to_pdf

from office_procs import left_behind, office_processes

from .pdfread import NEEDS_LAYOUT

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cao-loc-2024.json"

pytestmark = [*NEEDS_LAYOUT,
              pytest.mark.skipif(sys.platform == "win32", reason="uses ps")]


@pytest.fixture
def isolated_env(tmp_path, monkeypatch):
    """Profiles and the server folder under tmp_path, so ``ps`` finds ours."""
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    yield tmp_path
    office.close_session(force=True)


def page_count(pdf: bytes) -> int:
    import re
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_warm_and_cold_conversions_give_the_same_pages(isolated_env):
    data = render_docx_bytes(load_draft(EXAMPLE))
    cold = docx_bytes_to_pdf(data)
    with office.session() as server:
        warm = [docx_bytes_to_pdf(data) for _ in range(2)]
        pdfa = docx_bytes_to_pdf(data, pdfa=True)
        assert server.starts == 1 and server.running
        assert office_processes(str(isolated_env)), "the server should be running now"
    assert page_count(cold) == page_count(warm[0]) == page_count(warm[1]) == page_count(pdfa) >= 3
    assert b"<pdfaid:part>2</pdfaid:part>" in pdfa and b"pdfaid:part" not in warm[0]
    assert left_behind(str(isolated_env)) == []


def test_no_libreoffice_is_left_after_a_batch_run(isolated_env):
    csv = isolated_env / "units.csv"
    csv.write_text("file,unit,inspection_date,basis\n"
                   + "".join(f"u{i},xã Thử {i},2026-05-0{i + 1},Kế hoạch số {i}/KH-UBND\n" for i in range(4)),
                   encoding="utf-8")
    out = isolated_env / "out"
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-m", "thongbao_editor.cli", "batch", "--template",
                           "kiem-tra-ket-luan", "--profile", "ubnd-tinh", "--data", str(csv),
                           "-o", str(out), "--pdf"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == [f"u{i}.pdf" for i in range(4)]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in out.glob("*.pdf"))
    assert left_behind(str(isolated_env)) == []
    assert list((isolated_env / "tmp").iterdir()) == []  # the server's folder went with it

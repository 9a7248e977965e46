"""The LibreOffice wrapper: finding soffice, errors, timeout, concurrent use.

A fake ``soffice`` (a small shell script named by THONGBAO_SOFFICE) stands in
for LibreOffice here, so these tests need neither LibreOffice nor time.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from thongbao_editor.errors import PdfError
from thongbao_editor.render import pdf, soffice_paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake soffice is a shell script")


def fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(0o755)
    return script


# Writes "<args>" as the PDF: proves the arguments and the output location.
CONVERTS = r'''
outdir=""; src=""
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) outdir="$2"; shift;;
    -env:*) echo "$1" > "$outdir.profile" 2>/dev/null;;
    *.docx) src="$1";;
  esac
  shift
done
printf '%%PDF-fake %s' "$(cat "$src")" > "$outdir/notice.pdf"
'''


@pytest.fixture(autouse=True)
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_find_soffice_honours_the_environment(tmp_path, monkeypatch):
    script = fake_soffice(tmp_path, "exit 0\n")
    monkeypatch.setenv("THONGBAO_SOFFICE", str(script))
    assert pdf.find_soffice() == str(script)
    monkeypatch.setenv("THONGBAO_SOFFICE", str(tmp_path / "missing"))
    assert pdf.find_soffice() is None


def test_find_soffice_searches_path_and_usual_places(tmp_path, monkeypatch):
    monkeypatch.delenv("THONGBAO_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(soffice_paths, "candidates", lambda: [])
    assert pdf.find_soffice() is None
    script = fake_soffice(tmp_path, "exit 0\n")
    assert pdf.find_soffice() == str(script)
    script.unlink()
    opt = tmp_path / "opt" / "libreoffice7.6" / "program"
    opt.mkdir(parents=True)
    fake_soffice(opt, "exit 0\n")
    monkeypatch.setattr(soffice_paths, "candidates",
                        lambda: [str(tmp_path / "opt" / "libreoffice*" / "program" / "soffice")])
    assert pdf.find_soffice() == str(opt / "soffice")


def test_no_libreoffice_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("THONGBAO_SOFFICE", str(tmp_path / "missing"))
    with pytest.raises(PdfError) as info:
        pdf.docx_bytes_to_pdf(b"PK")
    assert info.value.code == "pdf.no_libreoffice"
    assert "LibreOffice" in info.value.message("vi") and ".docx" in info.value.message("vi")
    # How to get it, on any platform, and where to say where it is.
    assert all("libreoffice.org" in info.value.message(lang) for lang in ("vi", "en"))
    assert "Tùy chọn" in info.value.message("vi") and "THONGBAO_SOFFICE" in info.value.message("en")


def test_conversion_returns_the_pdf_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("THONGBAO_SOFFICE", str(fake_soffice(tmp_path, CONVERTS)))
    assert pdf.docx_bytes_to_pdf(b"DOCX-BYTES") == b"%PDF-fake DOCX-BYTES"


def test_a_failing_conversion_reports_libreoffice_s_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("THONGBAO_SOFFICE",
                       str(fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2\nexit 1\n")))
    with pytest.raises(PdfError) as info:
        pdf.docx_bytes_to_pdf(b"x")
    assert info.value.code == "pdf.failed"
    assert "could not be loaded" in info.value.message("en")


def test_no_output_is_a_failure_even_with_status_zero(tmp_path, monkeypatch):
    monkeypatch.setenv("THONGBAO_SOFFICE", str(fake_soffice(tmp_path, "exit 0\n")))
    with pytest.raises(PdfError) as info:
        pdf.docx_bytes_to_pdf(b"x")
    assert info.value.code == "pdf.failed"


def assert_gone(pidfile) -> None:
    """The child LibreOffice started (like soffice.bin) was killed too."""
    child = int(pidfile.read_text())
    for _ in range(50):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail("the child process survived")


def test_timeout_kills_the_whole_process_group(tmp_path, monkeypatch):
    pidfile = tmp_path / "child.pid"
    # The script starts a child (like soffice starts soffice.bin) and hangs.
    script = fake_soffice(tmp_path, f"sleep 60 &\necho $! > {pidfile}\nwait\n")
    monkeypatch.setenv("THONGBAO_SOFFICE", str(script))
    start = time.monotonic()
    with pytest.raises(PdfError) as info:
        pdf.docx_bytes_to_pdf(b"x", timeout=1)
    assert info.value.code == "pdf.timeout"
    assert "1" in info.value.message("vi")
    assert time.monotonic() - start < 15
    assert_gone(pidfile)


def test_cancel_stops_libreoffice_at_once(tmp_path, monkeypatch):
    pidfile = tmp_path / "child.pid"
    script = fake_soffice(tmp_path, f"sleep 60 &\necho $! > {pidfile}\nwait\n")
    monkeypatch.setenv("THONGBAO_SOFFICE", str(script))
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(PdfError) as info:
        pdf.docx_bytes_to_pdf(b"x", timeout=60, cancel=cancel)
    assert info.value.code == "pdf.cancelled"
    assert time.monotonic() - start < 5
    assert_gone(pidfile)


def test_concurrent_conversions_use_different_profiles(tmp_path, monkeypatch):
    # Each fake conversion records its profile and holds on for a moment.
    body = CONVERTS.replace('printf', 'sleep 0.5; printf')
    monkeypatch.setenv("THONGBAO_SOFFICE", str(fake_soffice(tmp_path, body)))
    profiles: list[str] = []
    real_profile = pdf._profile

    from contextlib import contextmanager

    @contextmanager
    def recording(tmp):
        with real_profile(tmp) as p:
            profiles.append(str(p))
            yield p

    monkeypatch.setattr(pdf, "_profile", recording)
    results: list[bytes] = []
    threads = [threading.Thread(target=lambda i=i: results.append(pdf.docx_bytes_to_pdf(f"D{i}".encode())))
               for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [b"%PDF-fake D0", b"%PDF-fake D1"]
    assert len(set(profiles)) == 2
    assert sum("thongbao-editor" in p and p.endswith("lo-profile") for p in profiles) == 1

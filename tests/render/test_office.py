"""The warm LibreOffice (render/office.py) with a fake ``soffice``.

The fake plays both roles: started on the kept document it is the server
(it writes LibreOffice's lock file beside that document, records its pid and
sleeps); started with ``--convert-to`` it is a client and writes the PDF.  So
these tests check starting on demand, reuse, restart, timeout, shutdown and
the guard without LibreOffice; tests marked ``libreoffice`` use the real one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from thongbao_editor.errors import PdfError
from thongbao_editor.render import office, pdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake soffice is a shell script")

FAKE = r'''#!/bin/sh
log="{log}"
profile=""; outdir=""; src=""; server=""
for a in "$@"; do
  case "$a" in
    -env:UserInstallation=*) profile="${{a#-env:UserInstallation=}}";;
    *keep.fodt) server="$a";;
  esac
done
if [ -n "$server" ]; then
  echo "server $$ $profile" >> "$log"
  {server_extra}
  touch "$(dirname "$server")/.~lock.keep.fodt#"
  exec sleep 600
fi
while [ $# -gt 0 ]; do
  case "$1" in --outdir) outdir="$2"; shift;; *.docx) src="$1";; esac
  shift
done
echo "client $profile" >> "$log"
{client_extra}
printf '%%PDF-fake %s' "$(cat "$src")" > "$outdir/notice.pdf"
'''


def install_fake(tmp_path: Path, monkeypatch, server_extra: str = "", client_extra: str = "") -> Path:
    log = tmp_path / "soffice.log"
    script = tmp_path / "soffice"
    script.write_text(FAKE.format(log=log, server_extra=server_extra, client_extra=client_extra),
                      encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("THONGBAO_SOFFICE", str(script))
    return log


def lines(log: Path, kind: str) -> list[str]:
    return [ln for ln in log.read_text(encoding="utf-8").splitlines() if ln.startswith(kind)]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too (reaped by init later).
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def wait_gone(pid: int, seconds: float = 5) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def server_pids(log: Path) -> list[int]:
    return [int(ln.split()[1]) for ln in lines(log, "server")]


@pytest.fixture(autouse=True)
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    office.close_session(force=True)


def test_without_a_session_each_conversion_is_cold(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch)
    assert pdf.docx_bytes_to_pdf(b"A") == b"%PDF-fake A"
    assert lines(log, "server") == [] and len(lines(log, "client")) == 1


def test_one_server_started_on_demand_serves_every_conversion(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch)
    with office.session() as server:
        assert server is not None and not server.running  # nothing started yet
        assert not log.exists()
        results = [pdf.docx_bytes_to_pdf(f"D{i}".encode()) for i in range(3)]
        assert results == [b"%PDF-fake D0", b"%PDF-fake D1", b"%PDF-fake D2"]
        assert server.starts == 1 and server.running
        folder = server._folder
        assert (folder / office.READY_NAME).exists()
        (pid,) = server_pids(log)
        # Every client was pointed at the server's profile: LibreOffice hands it over.
        assert {ln.split()[1] for ln in lines(log, "client")} == {server.profile_url}
    assert wait_gone(pid), "the server outlived its session"
    assert not (Path(tmp_path / "cache" / "thongbao-editor" / office.REGISTRY_NAME)).exists()
    assert not folder.exists()


def test_a_server_that_died_is_started_again(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch)
    with office.session() as server:
        pdf.docx_bytes_to_pdf(b"1")
        (first,) = server_pids(log)
        os.killpg(server.pid, signal.SIGKILL)
        assert wait_gone(first)
        for _ in range(50):
            if not server.running:
                break
            time.sleep(0.05)
        assert pdf.docx_bytes_to_pdf(b"2") == b"%PDF-fake 2"
        assert server.starts == 2 and len(server_pids(log)) == 2


def test_a_server_that_cannot_start_falls_back_to_a_cold_conversion(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch, server_extra="exit 1")
    with office.session() as server:
        assert pdf.docx_bytes_to_pdf(b"C") == b"%PDF-fake C"
        assert not server.running
        # The cold client used its own profile, not the dead server's.
        assert lines(log, "client")[0].split()[1].endswith("lo-profile")


def test_a_server_that_never_comes_up_is_given_up_after_two_tries(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch, server_extra="exec sleep 600")  # never "ready"
    with office.session() as server:
        server.startup_timeout = 0.5
        for i in range(4):
            assert pdf.docx_bytes_to_pdf(f"C{i}".encode()) == f"%PDF-fake C{i}".encode()
        assert server.starts == office.MAX_FAILED_STARTS == len(server_pids(log))
        assert all(wait_gone(pid) for pid in server_pids(log))


def test_a_hung_conversion_times_out_and_the_server_is_restarted(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch, client_extra='[ "$(cat "$src")" = HANG ] && sleep 60')
    with office.session() as server:
        pdf.docx_bytes_to_pdf(b"ok")
        (first,) = server_pids(log)
        start = time.monotonic()
        with pytest.raises(PdfError) as info:
            pdf.docx_bytes_to_pdf(b"HANG", timeout=1)
        assert info.value.code == "pdf.timeout" and time.monotonic() - start < 10
        assert wait_gone(first)
        assert pdf.docx_bytes_to_pdf(b"again") == b"%PDF-fake again"
        assert server.starts == 2


def test_nested_sessions_share_one_server(tmp_path, monkeypatch):
    install_fake(tmp_path, monkeypatch)
    with office.session() as outer:
        with office.session() as inner:
            assert inner is outer
            pdf.docx_bytes_to_pdf(b"x")
        assert outer.running  # the inner block does not stop the outer one's server
    assert not outer.running


def test_another_process_converts_through_the_editor_s_server(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch)
    with office.session() as server:
        pdf.docx_bytes_to_pdf(b"warm")
        registry = json.loads((tmp_path / "cache" / "thongbao-editor" / office.REGISTRY_NAME).read_text())
        assert registry["profile"] == server.profile_url
        # A separate process (``thongbao pdf``) with no session of its own.
        code = ("from thongbao_editor.render import pdf, office;"
                "import sys; sys.stdout.write(office.shared_profile() or '');"
                "assert pdf.docx_bytes_to_pdf(b'other') == b'%PDF-fake other'")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stdout == server.profile_url
        assert lines(log, "client")[-1].split()[1] == server.profile_url
    # Once the editor's server is gone, the entry is gone and conversions are cold again.
    assert office.shared_profile() is None


def test_a_stale_registry_entry_is_ignored(tmp_path):
    folder = tmp_path / "cache" / "thongbao-editor"
    folder.mkdir(parents=True)
    ready = tmp_path / "ready"
    ready.touch()
    profile = (folder / office.SERVER_PROFILE).resolve().as_uri()
    (folder / office.REGISTRY_NAME).write_text(json.dumps({"profile": profile, "ready": str(ready)}))
    assert office.shared_profile() is None  # nobody holds the profile's lock


GUARDED = r'''
import sys, time
from thongbao_editor.render import office, pdf
office.open_session()
pdf.docx_bytes_to_pdf(b"x")
print(office.current_server().pid, flush=True)
time.sleep(60)
'''


def test_no_libreoffice_is_left_when_its_owner_is_killed(tmp_path, monkeypatch):
    log = install_fake(tmp_path, monkeypatch)
    owner = subprocess.Popen([sys.executable, "-c", GUARDED], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout.readline().strip().isdigit()
        (pid,) = server_pids(log)
        assert alive(pid)
        owner.kill()  # SIGKILL: no atexit, no clean-up in the owner
        owner.wait()
        assert wait_gone(pid), "LibreOffice outlived the process that started it"
    finally:
        owner.kill()
        owner.stdout.close()

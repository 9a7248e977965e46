"""PDF through LibreOffice (``soffice --headless --convert-to pdf``).

LibreOffice is optional: :func:`find_soffice` (where it is looked for:
``soffice_paths.py``) returns ``None`` when it is not
installed and :func:`docx_bytes_to_pdf` then raises ``PdfError`` with code
``pdf.no_libreoffice`` (a clear message; the .docx export still works).

Each conversion runs in its own temporary directory.  LibreOffice needs a user
profile; starting from an empty one costs seconds, so a persistent profile is
kept under the user cache directory and reused.  Two LibreOffice processes
cannot share a profile, so the persistent profile is taken with an exclusive,
non-blocking lock (``fcntl``/``msvcrt``); a conversion that finds it busy
uses a fresh profile in its temporary directory instead.  On timeout the whole
process group is killed, so no ``soffice.bin`` is left behind.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import PdfError, os_reason
from .soffice_paths import child_env, find_soffice

log = logging.getLogger(__name__)

def _cache_dir() -> Path:
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "thongbao-editor"


@contextmanager
def _profile(tmp: Path) -> Iterator[Path]:
    """The persistent profile if no other conversion holds it, else a fresh one."""
    base = _cache_dir()
    lock_file = None
    try:
        base.mkdir(parents=True, exist_ok=True)
        lock_file = open(base / "lo-profile.lock", "a+b")
        if sys.platform == "win32":
            import msvcrt
            msvcrt.locking(lock_file.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        if lock_file is not None:
            lock_file.close()
        log.debug("LibreOffice profile busy or unavailable; using a fresh one")
        yield tmp / "profile"
        return
    try:
        yield base / "lo-profile"
    finally:
        lock_file.close()  # closing releases the lock


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        if sys.platform == "win32":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=10)  # reaps the process and closes its pipes
    except subprocess.TimeoutExpired:
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _wait(proc: subprocess.Popen, timeout: float, cancel: threading.Event | None) -> bytes:
    """Wait for LibreOffice; kill its process group on timeout or cancel."""
    deadline = time.monotonic() + timeout
    while True:
        step = 0.2 if cancel is not None else timeout
        try:
            _out, err = proc.communicate(timeout=max(0.0, min(step, deadline - time.monotonic())))
            return err or b""
        except subprocess.TimeoutExpired:
            if cancel is not None and cancel.is_set():
                _kill_group(proc)
                raise PdfError("pdf.cancelled") from None
            if time.monotonic() >= deadline:
                _kill_group(proc)
                raise PdfError("pdf.timeout", seconds=f"{timeout:g}") from None


def docx_bytes_to_pdf(data: bytes, timeout: float = 120,
                      cancel: threading.Event | None = None) -> bytes:
    """Convert .docx bytes to PDF bytes with LibreOffice.

    Setting ``cancel`` (from another thread) stops LibreOffice at once and
    raises ``PdfError("pdf.cancelled")`` — the editor does so when it closes.
    """
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("pdf.no_libreoffice")
    with tempfile.TemporaryDirectory(prefix="thongbao-pdf-") as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "notice.docx"
        src.write_bytes(data)
        out_dir = tmp / "out"
        out_dir.mkdir()
        with _profile(tmp) as profile:
            cmd = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), str(src)]
            kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "cwd": tmp,
                            "env": child_env()}
            if sys.platform != "win32":
                kwargs["start_new_session"] = True  # own process group, killed on timeout
            try:
                proc = subprocess.Popen(cmd, **kwargs)
            except OSError as exc:
                raise PdfError("pdf.failed", reason=os_reason(exc)) from None
            err = _wait(proc, timeout, cancel)
        pdf = out_dir / "notice.pdf"
        if proc.returncode != 0 or not pdf.exists():
            reason = (err or b"").decode("utf-8", "replace").strip().splitlines()
            reason_text = reason[-1] if reason else f"exit status {proc.returncode}"
            raise PdfError("pdf.failed", reason=reason_text[:300])
        return pdf.read_bytes()

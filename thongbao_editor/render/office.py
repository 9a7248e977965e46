"""One warm LibreOffice per editor (or per batch run) for PDF conversions.

A cold ``soffice --headless --convert-to pdf`` loads LibreOffice for every
file (≈ 1 s on the seed notice).  Here one LibreOffice stays loaded and each
conversion is a short ``soffice --convert-to`` *client*: LibreOffice's own
single-instance pipe (OfficeIPC, keyed by the user profile) hands the request
to the running instance, which converts the file and only then lets the
client exit (≈ 0.1 s on the seed).  This needs nothing but the ``soffice``
program, so it works from a plain virtualenv on Linux, Windows and macOS.
A UNO listener (``--accept=…;urp;``, unoserver, unoconv) would need
LibreOffice's Python bindings (``uno``), which only LibreOffice's own Python
(or Debian's system Python with python3-uno) has, never a virtualenv.

The running instance must keep a document open: with no document left
after a forwarded conversion, LibreOffice quits.  It is therefore started
on a tiny empty document in its own folder; the lock file LibreOffice
writes beside that document (``.~lock.keep.fodt#``) tells that it is up
and its pipe is listening.

Lifetime: :func:`session` (or :func:`open_session` / :func:`close_session`)
makes the server of this process; it starts at the first conversion,
is restarted if it died, killed on timeout, and shut down when the session
closes (also at interpreter exit).  It runs under ``office_guard.py``, which
kills LibreOffice and its children when this process ends in any way, so
no LibreOffice is left behind even after a crash.

Profile: the server uses ``<cache>/lo-server-profile`` (starts in ≈ 0.3 s)
while it holds that profile's lock, else a fresh profile in its own folder
(≈ 1 s).  The server holding the persistent profile also records itself in
``<cache>/office-server.json`` so that a ``thongbao pdf`` run while the
editor is open converts through the editor's warm LibreOffice.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from ..appdirs import user_cache_dir
from ..errors import PdfError
from .office_guard import kill_tree, popen_group_kwargs
from .soffice_paths import child_env

log = logging.getLogger(__name__)

GUARD = Path(__file__).with_name("office_guard.py")
#: The hidden first argument with which the bundled ``thongbao`` program runs the guard.
GUARD_ARG = "--office-guard"


def guard_command() -> list[str]:
    """How to start the guard process: this Python on office_guard.py, or in an
    application bundle (no Python there) the bundled console ``thongbao``
    program with :data:`GUARD_ARG` (see ``cli.main``)."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).with_name("thongbao.exe" if sys.platform == "win32" else "thongbao")
        return [str(exe), GUARD_ARG]
    return [sys.executable, "-I", str(GUARD)]
KEEP_NAME = "keep.fodt"
READY_NAME = f".~lock.{KEEP_NAME}#"
REGISTRY_NAME = "office-server.json"
SERVER_PROFILE = "lo-server-profile"
# An empty Writer document in the flat ODF format: kept open by the server.
KEEP_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
    'office:mimetype="application/vnd.oasis.opendocument.text">'
    "<office:body><office:text><text:p/></office:text></office:body></office:document>\n")
CLIENT_FLAGS = ("--headless", "--norestore", "--nologo", "--nolockcheck")
#: A LibreOffice that failed to start as a server this many times in a row is
#: not tried again in this session (each try may wait up to the start timeout).
MAX_FAILED_STARTS = 2


def cache_dir() -> Path:
    """The per-user cache folder of the product (LibreOffice profiles live there)."""
    return user_cache_dir()


def try_lock(path: Path) -> IO[bytes] | None:
    """An exclusive, non-blocking lock on ``path`` (closing the file releases
    it), or ``None`` when another process holds it or it cannot be made."""
    lock_file = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_file = open(path, "a+b")
        if sys.platform == "win32":
            import msvcrt
            msvcrt.locking(lock_file.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        if lock_file is not None:
            lock_file.close()
        return None
    return lock_file


def persistent_profile(name: str, fresh: Path) -> tuple[Path, IO[bytes] | None]:
    """The LibreOffice profile ``<cache>/name`` with its lock held (close the
    returned file to release it), or ``(fresh, None)`` when another process
    holds it: two LibreOffice processes cannot share a profile."""
    lock_file = try_lock(cache_dir() / f"{name}.lock")
    if lock_file is None:
        log.debug("LibreOffice profile %s busy or unavailable; using a fresh one", name)
        return fresh, None
    return cache_dir() / name, lock_file


def kill_group(proc: subprocess.Popen) -> None:
    """Kill ``proc`` with its process group, then reap it."""
    try:
        kill_tree(proc.pid)
    except OSError:  # taskkill could not be started
        pass
    try:
        proc.communicate(timeout=10)  # reaps the process and closes its pipes
    except (subprocess.TimeoutExpired, ValueError):
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def wait_or_kill(proc: subprocess.Popen, timeout: float, cancel: threading.Event | None) -> bytes:
    """Wait for a LibreOffice run; kill its process group on timeout or cancel.
    Returns what it wrote on stderr."""
    deadline = time.monotonic() + timeout
    while True:
        step = 0.2 if cancel is not None else timeout
        try:
            _out, err = proc.communicate(timeout=max(0.0, min(step, deadline - time.monotonic())))
            return err or b""
        except subprocess.TimeoutExpired:
            if cancel is not None and cancel.is_set():
                kill_group(proc)
                raise PdfError("pdf.cancelled") from None
            if time.monotonic() >= deadline:
                kill_group(proc)
                raise PdfError("pdf.timeout", seconds=f"{timeout:g}") from None


def run_client(soffice: str, profile_url: str, args: list[str], timeout: float,
               cancel: threading.Event | None, cwd: Path) -> tuple[int, bytes]:
    """Run ``soffice`` on ``profile_url`` with ``args``: handed to the server of
    that profile when one runs.  Returns (exit status, stderr)."""
    cmd = [soffice, f"-env:UserInstallation={profile_url}", *CLIENT_FLAGS, *args]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
                                **popen_group_kwargs())
    except OSError as exc:
        from ..errors import os_reason
        raise PdfError("pdf.failed", reason=os_reason(exc)) from None
    err = wait_or_kill(proc, timeout, cancel)
    return proc.returncode, err


class ServerGone(Exception):
    """The warm LibreOffice could not be started or died: convert cold instead."""


class OfficeServer:
    """A background LibreOffice owned by this process (see the module doc)."""

    def __init__(self, soffice: str, *, startup_timeout: float = 60) -> None:
        self.soffice = soffice
        self.startup_timeout = startup_timeout
        self._lock = threading.Lock()
        self._guard: subprocess.Popen | None = None
        self._folder: Path | None = None
        self._profile_lock: IO[bytes] | None = None
        self.profile_url = ""
        self.starts = 0  # how many times LibreOffice was started (tests, benchmarks)
        self.failed_starts = 0  # in a row; after MAX_FAILED_STARTS conversions go cold
        self.closed = False

    # -- life ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._guard is not None and self._guard.poll() is None

    @property
    def pid(self) -> int | None:
        """The process group id of the running LibreOffice (for tests)."""
        return getattr(self._guard, "office_pid", None) if self.running else None

    def ensure_started(self, cancel: threading.Event | None = None) -> None:
        with self._lock:
            if self.closed:
                raise ServerGone("closed")
            if self.running:
                return
            if self.failed_starts >= MAX_FAILED_STARTS:
                raise ServerGone("LibreOffice does not start as a server here")
            self._stop_locked()
            try:
                self._start_locked(cancel)
            except ServerGone:
                if not (cancel and cancel.is_set()):
                    self.failed_starts += 1
                raise
            self.failed_starts = 0

    def _start_locked(self, cancel: threading.Event | None) -> None:
        folder = Path(tempfile.mkdtemp(prefix="thongbao-office-"))
        self._folder = folder
        (folder / KEEP_NAME).write_text(KEEP_DOCUMENT, encoding="utf-8")
        profile, self._profile_lock = persistent_profile(SERVER_PROFILE, folder / "profile")
        self.profile_url = profile.resolve().as_uri()
        cmd = [*guard_command(), str(folder), self.soffice,
               f"-env:UserInstallation={self.profile_url}", *CLIENT_FLAGS, str(folder / KEEP_NAME)]
        # LibreOffice's own temporary files go into the folder, removed with it.
        (folder / "tmp").mkdir()
        env = dict(child_env() or os.environ, TMPDIR=str(folder / "tmp"), TMP=str(folder / "tmp"),
                   TEMP=str(folder / "tmp"))
        flags = {"creationflags": subprocess.CREATE_NO_WINDOW} if sys.platform == "win32" else {}
        try:
            guard = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, cwd=folder, env=env, **flags)
        except OSError as exc:
            self._stop_locked()
            raise ServerGone(str(exc)) from None
        self._guard = guard
        self.starts += 1
        line = guard.stdout.readline() if guard.stdout else b""
        guard.office_pid = int(line) if line.strip().isdigit() else None  # type: ignore[attr-defined]
        deadline = time.monotonic() + self.startup_timeout
        ready = folder / READY_NAME
        while not ready.exists():
            if guard.poll() is not None or time.monotonic() > deadline or (cancel and cancel.is_set()):
                self._stop_locked()
                raise ServerGone("LibreOffice did not start")
            time.sleep(0.02)
        if self._profile_lock is not None:
            _write_registry(self.profile_url, ready)
        log.debug("warm LibreOffice up (%s)", self.profile_url)

    def _stop_locked(self) -> None:
        guard, self._guard = self._guard, None
        if guard is not None:
            if self._profile_lock is not None:
                _remove_registry(self.profile_url)
            try:
                guard.stdin.close()  # the guard kills LibreOffice and exits
                guard.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                pid = getattr(guard, "office_pid", None)
                if pid and sys.platform != "win32":  # on Windows taskkill /T of the guard reaches it
                    kill_tree(pid)
                kill_group(guard)
            if guard.stdout:
                guard.stdout.close()
        if self._profile_lock is not None:
            self._profile_lock.close()
            self._profile_lock = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def stop(self) -> None:
        """Shut LibreOffice down (the next conversion starts it again)."""
        with self._lock:
            self._stop_locked()

    def close(self) -> None:
        """Shut LibreOffice down for good."""
        with self._lock:
            self.closed = True
            self._stop_locked()

    # -- work ---------------------------------------------------------------------
    def convert(self, src: Path, out_dir: Path, filter_spec: str, timeout: float,
                cancel: threading.Event | None = None) -> bytes:
        """Convert ``src`` into ``out_dir`` with LibreOffice's ``--convert-to
        filter_spec``; returns LibreOffice's stderr.  Raises :class:`ServerGone`
        when the server cannot do it (the caller converts cold), PdfError on
        timeout (the server is then restarted) or cancel."""
        for _attempt in range(2):
            start = time.monotonic()
            self.ensure_started(cancel)
            left = max(1.0, timeout - (time.monotonic() - start))
            try:
                _code, err = run_client(self.soffice, self.profile_url,
                                        ["--convert-to", filter_spec, "--outdir", str(out_dir), str(src)],
                                        left, cancel, cwd=out_dir)
            except PdfError as exc:
                if exc.code == "pdf.timeout":
                    self.stop()  # a LibreOffice that does not answer is started afresh
                raise
            if self.running:
                return err
            log.info("warm LibreOffice died during a conversion; starting it again")
        raise ServerGone("LibreOffice keeps dying")


# -- the session of this process ------------------------------------------------------
_session: OfficeServer | None = None
_session_depth = 0
_session_lock = threading.Lock()


def open_session(soffice: str | None = None) -> OfficeServer | None:
    """Make (or join) this process's warm LibreOffice; ``None`` without LibreOffice.
    Nothing starts until the first conversion."""
    global _session, _session_depth
    from .pdf import find_soffice

    with _session_lock:
        _session_depth += 1
        if _session is None:
            path = soffice or find_soffice()
            if path is None:
                return None
            _session = OfficeServer(path)
        return _session


def close_session(*, force: bool = False) -> None:
    """Leave the session; the last one out shuts LibreOffice down."""
    global _session, _session_depth
    with _session_lock:
        _session_depth = 0 if force else max(0, _session_depth - 1)
        if _session_depth or _session is None:
            return
        server, _session = _session, None
    server.close()


class session:  # noqa: N801 - used as ``with office.session():``
    """``with session(): ...`` — conversions inside share one warm LibreOffice."""

    def __enter__(self) -> OfficeServer | None:
        return open_session()

    def __exit__(self, *_exc) -> None:
        close_session()


def current_server() -> OfficeServer | None:
    return _session


atexit.register(lambda: close_session(force=True))


# -- a warm LibreOffice of another process of this user ---------------------------
def _registry() -> Path:
    return cache_dir() / REGISTRY_NAME


def _write_registry(profile_url: str, ready: Path) -> None:
    try:
        _registry().write_text(json.dumps({"profile": profile_url, "ready": str(ready)}),
                               encoding="utf-8")
    except OSError:
        log.debug("could not record the warm LibreOffice", exc_info=True)


def _remove_registry(profile_url: str) -> None:
    try:
        if json.loads(_registry().read_text(encoding="utf-8")).get("profile") == profile_url:
            _registry().unlink()
    except (OSError, ValueError, AttributeError):
        pass


def shared_profile() -> str | None:
    """The profile URL of a warm LibreOffice another process of this user runs
    (the editor), or ``None``.  Its owner holds the server profile's lock and
    LibreOffice's lock file on its kept document exists."""
    try:
        entry = json.loads(_registry().read_text(encoding="utf-8"))
        profile, ready = str(entry["profile"]), Path(entry["ready"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    expected = (cache_dir() / SERVER_PROFILE).resolve().as_uri()
    if profile != expected or not ready.exists():
        return None
    lock = try_lock(cache_dir() / f"{SERVER_PROFILE}.lock")
    if lock is not None:  # nobody holds it: the entry is stale
        lock.close()
        return None
    return profile

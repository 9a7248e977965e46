"""Keeps a background LibreOffice tied to the process that started it.

    python -I office_guard.py FOLDER SOFFICE ARGS...

Run as a plain script (it imports nothing from the package) by
:mod:`thongbao_editor.render.office`.  It starts LibreOffice in its own
process group, prints that group's id, then waits.  LibreOffice is killed,
with everything it started (``oosplash`` → ``soffice.bin``), as soon as

* the parent closes this script's stdin — or dies, however it dies (even
  ``kill -9``): the pipe then reaches end-of-file;
* this script gets SIGTERM or SIGHUP (a closed terminal).

Ctrl+C in a terminal reaches the whole foreground group; it is ignored here
so that the parent decides (it closes the pipe as it exits).  The script
exits with LibreOffice's exit status when LibreOffice ends on its own, so
the parent knows the server died and can start a new one.  FOLDER (the
server's own temporary folder) is removed once LibreOffice is gone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading


def popen_group_kwargs() -> dict:
    """Popen arguments that put the child in its own process group."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def kill_tree(pid: int) -> None:
    """Kill the process ``pid`` (started with :func:`popen_group_kwargs`) and
    every process it started."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(pid)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    else:
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def main(argv: list[str]) -> int:
    folder, argv = argv[0], argv[1:]
    kwargs: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                    "stderr": subprocess.DEVNULL, **popen_group_kwargs()}
    if getattr(sys, "frozen", False):  # the bundled program: LibreOffice gets the user's libraries
        from thongbao_editor.render.soffice_paths import child_env
        kwargs["env"] = child_env()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    proc = subprocess.Popen(argv, **kwargs)

    def stop(*_args) -> None:
        kill_tree(proc.pid)
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(0)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    print(proc.pid, flush=True)

    def watch_parent() -> None:
        try:
            sys.stdin.buffer.read()  # returns at end-of-file: the parent let go or died
        except OSError:
            pass
        stop()

    threading.Thread(target=watch_parent, daemon=True).start()
    code = proc.wait()
    kill_tree(proc.pid)  # whatever LibreOffice left in its group
    shutil.rmtree(folder, ignore_errors=True)
    return code


if __name__ == "__main__":
    # os._exit: the thread blocked reading stdin must not hold up the exit.
    os._exit(main(sys.argv[1:]) & 0xFF)

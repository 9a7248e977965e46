"""LibreOffice processes seen by ``ps`` (the warm-server tests)."""

from __future__ import annotations

import subprocess
import time


def office_processes(marker: str) -> list[str]:
    """LibreOffice processes (and their guards) whose command line names ``marker``."""
    out = subprocess.run(["ps", "-ww", "-eo", "pid,args"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()
            if marker in line and ("soffice" in line or "office_guard" in line)]


def left_behind(marker: str, seconds: float = 5.0) -> list[str]:
    """The processes naming ``marker`` still there ``seconds`` after shutting
    down: a kill takes a moment to land, a stray process stays."""
    deadline = time.monotonic() + seconds
    while (found := office_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found

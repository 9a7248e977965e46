"""The trial fill-in of an untrusted template, in a worker process.

The sandbox's budget (:mod:`thongbao_editor.render.jinja_env`) is checked
between operations and bounds every result before it is made; what it
cannot do is stop one C-level operation that is already running.  So the
fill-ins of a template that has not been checked yet — ``template check``,
``template import``, saving into the library, the editor's import — run in
a separate process:

- a hard deadline: the worker is killed when one fill-in has not answered
  :data:`DEADLINE` seconds after it was sent (the budget's 2 s plus a
  margin for a loaded machine), and the check reports the time limit;
- a memory cap: on Linux and other Unix systems the worker's address space
  is limited (``RLIMIT_AS``) to its size after start-up plus
  :data:`MEMORY_LIMIT`; going over it ends the fill-in with a clear message.
  Windows has no ``setrlimit`` (a job object would be needed): there the
  deadline still holds and memory is bounded by the sandbox's static
  limits only.

The worker is started once (a fresh interpreter running this module, not a
copy of the editor) and reused, so a check costs one message round trip per
profile; it is started again after it was killed.  Everyday fill-ins
(``new``, ``batch``, the editor's form) of templates that passed this
check run in-process under the static limits (:func:`trial_problems` is
not needed there).  If no process can be started at all, the fill-in runs
in-process under the static limits and a warning is logged.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from ..errors import FieldProblem, RenderError, language, set_language
from ..render.jinja_env import MAX_SECONDS
from .files import NoticeTemplate, Profile

log = logging.getLogger(__name__)

#: Seconds one trial fill-in may take, start-up of the worker not included.
DEADLINE = MAX_SECONDS + 2.0
#: Address space a fill-in may add to the worker (Linux/Unix only; the
#: environment variable is read by the worker, for tests).
MEMORY_LIMIT = int(os.environ.get("THONGBAO_TEMPLATE_MEMORY_MB", "512")) * 1024 * 1024
_STARTUP_SECONDS = 30.0


def _cap_memory() -> None:
    """Limit the worker's address space (POSIX; on Windows the static limits remain)."""
    if sys.platform != "win32":
        import resource

        try:
            with open("/proc/self/statm", encoding="ascii") as f:
                current = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            current = 1024 * 1024 * 1024  # not Linux: a generous guess of the interpreter's size
        limit = current + MEMORY_LIMIT
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):  # pragma: no cover - a lower hard limit already set
            log.warning("could not limit the template worker's memory")


def _read(stream: Any) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    data = stream.read(int.from_bytes(head, "big"))
    if len(data) < int.from_bytes(head, "big"):
        raise EOFError
    return pickle.loads(data)


def _write(stream: Any, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def _serve() -> None:  # pragma: no cover - runs in the worker process
    """The worker: read (language, template, profile), answer (status, result)."""
    from .checking import fill_problems

    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print() cannot break the answers
    requests = sys.stdin.buffer
    _cap_memory()
    _write(answers, "ready")
    while True:
        try:
            lang, tpl, profile = _read(requests)
        except EOFError:
            return
        set_language(lang)
        try:
            _write(answers, ("ok", fill_problems(tpl, profile)))
        except MemoryError:
            _write(answers, ("memory", None))
            return  # the interpreter may be in a poor state: start afresh


class _Worker:
    """One worker process (``python -m thongbao_editor.templates.trial``)
    and a thread that reads its answers, so that waiting has a deadline on
    every platform."""

    def __init__(self) -> None:
        if getattr(sys, "frozen", False):  # a bundled app has no `python -m` to start
            raise OSError("no Python interpreter to start in a bundled application")
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # found even when not installed
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env)
        self.answers: queue.Queue[Any] = queue.Queue()
        threading.Thread(target=self._listen, daemon=True).start()
        if self._answer(_STARTUP_SECONDS) != "ready":
            self.stop()
            raise OSError("the template worker did not start")

    def _listen(self) -> None:
        try:
            while True:
                self.answers.put(_read(self.process.stdout))
        except (EOFError, OSError, pickle.UnpicklingError):
            self.answers.put(("memory", None))  # ended: killed by the memory cap or crashed

    def _answer(self, seconds: float) -> Any:
        try:
            return self.answers.get(timeout=seconds)
        except queue.Empty:
            return ("time", None)

    def fill(self, tpl: NoticeTemplate, profile: Profile) -> tuple[str, Any]:
        try:
            _write(self.process.stdin, (language(), tpl, profile))
        except OSError:  # the worker is gone (killed from outside)
            return ("gone", None)
        return self._answer(DEADLINE)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()


_WORKER: _Worker | None = None
_LOCK = threading.Lock()


def _limit_problem(tpl: NoticeTemplate, profile: Profile, code: str, **params: object) -> str:
    err = RenderError("render.template", template=tpl.file or tpl.name, line="?",
                      reason=FieldProblem(code, **params))
    return f"[{profile.name}] {err.message()}"


def trial_problems(tpl: NoticeTemplate, profile: Profile) -> tuple[list[str], bool]:
    """(problems, stop) of filling ``tpl`` in with its examples for
    ``profile``, in the worker; ``stop`` when a limit was hit (the template
    is refused: trying the other profiles would only cost time)."""
    from .checking import fill_problems

    global _WORKER
    with _LOCK:
        for _attempt in range(2):  # a worker that died since the last check is started again
            try:
                if _WORKER is None:
                    _WORKER = _Worker()
            except OSError as exc:
                log.warning("template worker unavailable (%s); checking in-process", exc)
                return fill_problems(tpl, profile)
            status, result = _WORKER.fill(tpl, profile)
            if status == "ok":
                return result
            _WORKER.stop()
            _WORKER = None
            if status != "gone":
                break
    if status == "time":
        return [_limit_problem(tpl, profile, "template.limit_time", seconds=MAX_SECONDS)], True
    return [_limit_problem(tpl, profile, "template.limit_memory",
                           size=MEMORY_LIMIT // (1024 * 1024))], True


def stop_worker() -> None:
    """End the worker (tests; the process is a daemon and ends with the program anyway)."""
    global _WORKER
    with _LOCK:
        if _WORKER is not None:
            _WORKER.stop()
            _WORKER = None


atexit.register(stop_worker)

__all__ = ["DEADLINE", "MEMORY_LIMIT", "stop_worker", "trial_problems"]


if __name__ == "__main__":  # pragma: no cover - the worker process
    _serve()

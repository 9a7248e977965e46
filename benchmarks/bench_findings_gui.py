"""What the findings panel costs the GUI thread while the user types.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_findings_gui.py [DRAFT] [--keys N]

Opens the example in the real main window and types into the longest body
paragraph as a typist does (a key every 90 ms, a pause of 320 ms every 6
keys so the debounced check runs and the next key arrives while it does), with the findings panel checking, with
it checking at the interpreter's default GIL switch interval (5 ms, instead
of the 0.5 ms the panel sets while a check runs), and with it disconnected.  For each keystroke it measures

* *handling*: the time the GUI thread spends on the key (editor, undo
  command, model, timers) — ``QApplication.sendEvent`` of press + release;
* *lag*: how late the key is dispatched after it was due — the time the key
  would wait if something else (a check!) held the GUI thread.

It also prints the GUI-thread cost of taking the snapshot that the worker
checks (``pickle.dumps``, once per pause, not per key), the worker's check
time, and the lag of the keys typed *while a check was running* in the
worker.  Target: typing never waits on the check — the lag with the panel is
that without it, within the GIL's switch interval (5 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="thongbao-bench-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _tmp

KEY_MS = 90
PAUSE_MS = 320  # the check starts 300 ms after a key: the next key lands during it
BURST = 6


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("draft", nargs="?", default=str(ROOT / "examples" / "cao-loc-2024.json"))
    parser.add_argument("--keys", type=int, default=120)
    args = parser.parse_args()

    import thongbao_editor.gui  # noqa: F401
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication
    from thongbao_editor.gui.main_window import MainWindow

    QApplication.setOrganizationName("thongbao-editor-bench")
    QApplication.setApplicationName("thongbao-editor-bench")
    _app = QApplication(sys.argv[:1])  # kept alive for the run

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def run(with_panel: bool, switch: bool = True) -> dict:
        w = MainWindow(autosave=False)
        w.resize(1500, 900)
        w.show()
        w.open_path(args.draft, ask=False)
        panel = w.findings_dock.panel
        if not switch:
            panel.switch_interval = None
        settle(800)
        stats = {"snapshot": [], "check": [], "results": 0, "dropped": 0}
        # Time the GUI-thread part of each check start (the snapshot).
        panel.timer.timeout.disconnect()

        def timed_start() -> None:
            start = time.perf_counter()
            panel.start_check()
            stats["snapshot"].append((time.perf_counter() - start) * 1000)
        panel.timer.timeout.connect(timed_start)

        def on_done(result) -> None:
            stats["check"].append(result.seconds * 1000)
            if result.revision != w.document.revision:
                stats["dropped"] += 1
        panel.relay.done.connect(on_done)
        if not with_panel:
            w.document.changed.disconnect(panel._on_document_changed)
        body = w.section("body")
        w.show_section("body")
        longest = max((p for p, _ in w.document.notice.walk_body()),
                      key=lambda p: len(w.document.notice.node_at(p).text.text))
        body.select_path(longest)
        edit = body.text_edit
        edit.setFocus()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        handling, lag, lag_during_check = [], [], []
        text = " kiểm tra tiến độ giải ngân vốn đầu tư công"
        due = time.perf_counter()
        for i in range(args.keys):
            ch = text[i % len(text)]
            wait = PAUSE_MS if i and i % BURST == 0 else KEY_MS
            due += wait / 1000
            fired = []
            loop = QEventLoop()

            def fire(loop=loop, fired=fired) -> None:
                fired.append(time.perf_counter())
                loop.quit()
            timer = QTimer(singleShot=True, interval=wait)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(fire)
            timer.start()
            loop.exec()
            timer.stop()
            now = fired[0] if fired else time.perf_counter()
            late = max(0.0, (now - due) * 1000)
            due = now  # measure each key's own lag, not an accumulated drift
            checking = panel._running
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            handling.append((time.perf_counter() - start) * 1000)
            lag.append(late)
            if checking:
                lag_during_check.append(late)
        settle(1000)
        panel.wait()
        typed = w.document.notice.node_at(longest).text.text
        assert typed.endswith(text[(args.keys - 1) % len(text)]), "keys were not typed"
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()
        settle(50)
        return {"handling": handling, "lag": lag, "lag_during_check": lag_during_check, **stats}

    on = run(True)
    slow_switch = run(True, switch=False)
    off = run(False)
    print(f"findings panel, {args.keys} keys into the longest body paragraph of "
          f"{Path(args.draft).name} (a key every {KEY_MS} ms, a {PAUSE_MS} ms pause every "
          f"{BURST} keys)")
    for name, r in (("panel on        ", on), ("panel on, 5 ms  ", slow_switch),
                    ("panel off       ", off)):
        h, lg = r["handling"], r["lag"]
        print(f"{name}: key handling {statistics.median(h):5.2f} ms median, {pct(h, 95):5.2f} p95, "
              f"{max(h):5.2f} max | dispatch lag {statistics.median(lg):5.2f} ms median, "
              f"{pct(lg, 95):5.2f} p95, {max(lg):5.2f} max")
    if on["check"]:
        print(f"checks run: {len(on['check'])} ({on['dropped']} stale, dropped); worker check "
              f"{statistics.median(on['check']):.1f} ms median, {max(on['check']):.1f} max")
        print(f"snapshot on the GUI thread (pickle.dumps, once per pause): "
              f"{statistics.median(on['snapshot']):.2f} ms median, {max(on['snapshot']):.2f} max")
    for name, r in (("", on), (" (5 ms switch interval)", slow_switch)):
        during = r["lag_during_check"]
        if during:
            print(f"keys typed while a check ran in the worker{name}: {len(during)}, dispatch lag "
                  f"{statistics.median(during):.2f} ms median, {max(during):.2f} max")
        else:
            print(f"keys typed while a check ran in the worker{name}: 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())

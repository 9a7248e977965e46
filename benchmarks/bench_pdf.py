"""PDF through LibreOffice: cold conversions against the warm LibreOffice.

    python benchmarks/bench_pdf.py [--n 12] [--no-gui]

Prints, on the example notice (the seed):
- one conversion .docx -> PDF, cold (a LibreOffice started for it) and warm
  (through this process's warm LibreOffice, render/office.py);
- the whole command ``thongbao pdf example``, with no LibreOffice running
  and while this process keeps a warm one (as the editor does);
- batch PDF: notices per second for N notices;
- the page view: seconds from an edit to the new pages shown (offscreen).

Targets (issue 13): page view after an edit ≤ 0.6 s, ``thongbao pdf`` ≤ 0.5 s
when a server is warm, batch PDF ≥ 3 notices/s.  Runs against older code
too (no render/office.py: only the cold figures), for before/after numbers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("THONGBAO_BENCH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

from thongbao_editor.model import load_draft  # noqa: E402
from thongbao_editor.render.docx import render_docx_bytes  # noqa: E402
from thongbao_editor.render.pdf import docx_bytes_to_pdf, find_soffice  # noqa: E402

try:
    from thongbao_editor.render import office  # noqa: E402
except ImportError:  # code from before the warm LibreOffice
    office = None

EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def command_seconds(repeat: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "thongbao_editor.cli", "pdf", str(EXAMPLE), "-o",
               str(Path(tmp) / "x.pdf"), "--force"]  # the same file each run
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        return statistics.median(timed(lambda: subprocess.run(cmd, check=True, cwd=ROOT, env=env), repeat))


def batch_rate(docs: list[bytes]) -> float:
    t = time.perf_counter()
    for data in docs:
        docx_bytes_to_pdf(data)
    return len(docs) / (time.perf_counter() - t)


def notices(n: int) -> list[bytes]:
    from thongbao_editor.templates import Library, instantiate
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "user")
        tpl, profile = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
        return [render_docx_bytes(instantiate(tpl, profile, {
            "unit": f"xã Thử {i}", "inspection_date": f"2026-05-{i % 28 + 1:02d}",
            "basis": f"Kế hoạch số {i + 1}/KH-UBND"})) for i in range(n)]


def page_view_seconds(edits: int) -> list[float]:
    """Edit the place name; time until the page view shows the new PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from thongbao_editor.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    w = MainWindow(autosave=False)
    w.open_path(EXAMPLE, ask=False)
    w.preview.setCurrentIndex(1)

    def shown_text() -> str:
        doc = w.preview.pdf_document
        return doc.getAllText(0).text() if doc is not None and doc.pageCount() else ""

    def wait_for(text: str, limit: float = 120) -> None:
        """Until the first page shown contains ``text``."""
        end = time.monotonic() + limit
        while text not in shown_text() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    def settle(seconds: float = 1.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    w.preview.refresh_page()
    wait_for("Lạng Sơn")
    place = w.section("header").place
    times = []
    for i in range(edits):
        settle()  # nothing pending: the view shows the notice as it is
        t = time.perf_counter()
        QTest.keyClicks(place, "XYZ"[i % 3])  # one keystroke in the place name
        wait_for(place.text() + ",")
        times.append(time.perf_counter() - t)
    w.preview.shutdown()  # (closing the window would ask to save the edits)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=12, help="notices in the batch")
    ap.add_argument("--no-gui", action="store_true")
    args = ap.parse_args(argv)
    if find_soffice() is None:
        print("LibreOffice is not installed: nothing to measure")
        return 0
    print(f"code: {ROOT}  ({'warm LibreOffice available' if office else 'no render/office.py'})")
    seed = render_docx_bytes(load_draft(EXAMPLE))
    docx_bytes_to_pdf(seed)  # the persistent profile exists from here on
    cold = statistics.median(timed(lambda: docx_bytes_to_pdf(seed), 3))
    print(f"seed .docx -> PDF, cold:                {cold:6.2f} s")
    print(f"`thongbao pdf` seed, nothing running:    {command_seconds(3):6.2f} s")
    docs = notices(args.n)
    print(f"batch PDF, cold, {args.n} notices:          {batch_rate(docs):6.2f} notices/s   [target ≥ 3]")
    if office is not None:
        with office.session():
            first = timed(lambda: docx_bytes_to_pdf(seed), 1)[0]
            warm = statistics.median(timed(lambda: docx_bytes_to_pdf(seed), 5))
            print(f"seed .docx -> PDF, warm (first/then):   {first:6.2f} / {warm:.2f} s")
            print(f"`thongbao pdf` seed, editor's warm LO:   {command_seconds(3):6.2f} s   [target ≤ 0.5 s]")
            print(f"batch PDF, warm, {args.n} notices:          {batch_rate(docs):6.2f} notices/s   [target ≥ 3]")
    if not args.no_gui:
        times = page_view_seconds(4)
        print(f"page view, edit -> pages shown:          {statistics.median(times):6.2f} s "
              f"(median of {len(times)}: {', '.join(f'{t:.2f}' for t in times)})   [target ≤ 0.6 s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Full check of the example notice: prints milliseconds (target ≤ 50 ms).

    python benchmarks/bench_check.py [DRAFT] [--runs N]

Prints the first (cold: shipped lists read, regexes compiled, Babel's
locale loaded) and the median and worst of the following warm runs — the
warm figure is what the editor pays on each re-check while the user types.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thongbao_editor.checks import check_notice  # noqa: E402
from thongbao_editor.checks.context import Context  # noqa: E402
from thongbao_editor.model import load_draft  # noqa: E402

TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("draft", nargs="?", default=str(ROOT / "examples" / "cao-loc-2024.json"))
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    notice = load_draft(args.draft)
    chars = len(Context(notice).corpus)

    start = time.perf_counter()
    findings = check_notice(notice)
    cold = (time.perf_counter() - start) * 1000

    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        check_notice(notice)
        warm.append((time.perf_counter() - start) * 1000)
    median, worst = statistics.median(warm), max(warm)

    # What the editor pays per re-check if it checks a snapshot in a worker thread.
    snap = []
    for _ in range(args.runs):
        start = time.perf_counter()
        check_notice(copy.deepcopy(notice))
        snap.append((time.perf_counter() - start) * 1000)
    print(f"check {Path(args.draft).name}: {chars} characters of prose, {len(findings)} findings")
    print(f"cold  {cold:7.1f} ms")
    print(f"warm  {median:7.1f} ms median, {worst:.1f} ms worst of {args.runs} "
          f"(target ≤ {TARGET_MS:.0f} ms: {'ok' if median <= TARGET_MS else 'SLOW'})")
    print(f"snapshot (deepcopy) + check  {statistics.median(snap):7.1f} ms median")
    return 0


if __name__ == "__main__":
    sys.exit(main())

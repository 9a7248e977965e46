"""Compare two versions of the seed notice, and export the tracked changes.

    python benchmarks/bench_diff.py [--repeat N]

The old version is the example (the reference notice); the new one is it
edited as in the judged pairs (words changed in a paragraph, a paragraph
deleted and one inserted, a node moved to another section, signer, summary
and a footnote changed).  Prints milliseconds (median of N warm runs) for
the part-by-part comparison (target ≤ 50 ms), the tracked-changes .docx
(target ≤ 100 ms) and, for reference, the normal .docx of the new version.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.compare.edits import edited, example  # noqa: E402
from thongbao_editor.compare import diff_notices  # noqa: E402
from thongbao_editor.render.docx import render_docx_bytes  # noqa: E402
from thongbao_editor.render.tracked import render_tracked_bytes  # noqa: E402


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up (base .docx, styles, metrics)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    old = example()
    new = edited(old)
    n = len(diff_notices(old, new))
    diff = median_ms(lambda: diff_notices(old, new), args.repeat)
    tracked = median_ms(lambda: render_tracked_bytes(old, new), args.repeat)
    plain = median_ms(lambda: render_docx_bytes(new), args.repeat)
    print(f"diff of two versions of the seed ({n} changes): {diff:.1f} ms (target ≤ 50 ms)")
    print(f"tracked-changes .docx:                      {tracked:.1f} ms (target ≤ 100 ms)")
    print(f"normal .docx of the new version:            {plain:.1f} ms (for reference)")
    return 0 if diff <= 50 and tracked <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())

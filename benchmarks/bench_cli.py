"""Whole `thongbao render` process on the example: start-up + load + render + write.

Target on a 2-core machine: ≤ 0.8 s.  Prints the median and the best of N runs.

    python benchmarks/bench_cli.py [N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.docx"
        for _ in range(n):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "thongbao_editor.cli", "render", str(EXAMPLE),
                            "-o", str(out)], check=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
    print(f"thongbao render (whole process, example): median {statistics.median(times) * 1000:.0f} ms,"
          f" best {min(times) * 1000:.0f} ms over {n} runs (target ≤ 800 ms)")


if __name__ == "__main__":
    main()

"""The cost of checking a template in the worker process (hard deadline,
memory cap) against filling it in in-process.

    python benchmarks/bench_template_check.py [TEMPLATE]

Prints the time of one fill-in per shipped profile in-process, and of
``check_template`` (the same fill-ins in the worker): the first call starts
the worker, later calls reuse it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thongbao_editor.templates import Library  # noqa: E402
from thongbao_editor.templates.checking import check_template, fill_problems  # noqa: E402
from thongbao_editor.templates.trial import stop_worker  # noqa: E402


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "kiem-tra-ket-luan"
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "user")
        tpl, profiles = lib.template(name), lib.shipped_profiles()
        start = time.perf_counter()
        for p in profiles:
            fill_problems(tpl, p)
        inprocess = time.perf_counter() - start
        start = time.perf_counter()
        check_template(tpl, profiles)
        first = time.perf_counter() - start
        warm = []
        for _ in range(10):
            start = time.perf_counter()
            check_template(tpl, profiles)
            warm.append(time.perf_counter() - start)
        stop_worker()
    print(f"template {name}, {len(profiles)} shipped profiles")
    print(f"in-process fill-ins:            {inprocess * 1000:7.0f} ms")
    print(f"check in the worker, first:     {first * 1000:7.0f} ms  (starts the worker)")
    print(f"check in the worker, reused:    {min(warm) * 1000:7.0f} ms  (best of 10; "
          f"median {sorted(warm)[5] * 1000:.0f} ms)")


if __name__ == "__main__":
    main()

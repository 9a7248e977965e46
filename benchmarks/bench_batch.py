"""Batch throughput: notices per second from a CSV of N units.

    python benchmarks/bench_batch.py [N]

Prints the rate of filling the template in (values -> Notice) and of the
whole batch (CSV -> one .docx per row, as `thongbao batch` does).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thongbao_editor.templates import Library, instantiate  # noqa: E402
from thongbao_editor.templates.batch import read_csv, run_batch  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "user")
        tpl, profile = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
        csv_path = Path(tmp) / "units.csv"
        lines = ["file,unit,inspection_date,basis,sub_units"]
        kinds = ["xã", "phường", "đặc khu"]
        for i in range(n):
            lines.append(f"tb-{i:04d},{kinds[i % 3]} Thử {i},2026-05-{i % 28 + 1:02d},"
                         f"Kế hoạch số {i + 1}/KH-UBND,thôn {i} | thôn {i + 1}")
        csv_path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
        _, rows = read_csv(csv_path)

        start = time.perf_counter()
        for row in rows:
            instantiate(tpl, profile, {k: v for k, v in row.values.items() if k != "file"})
        fill = time.perf_counter() - start

        start = time.perf_counter()
        result = run_batch(tpl, profile, rows, Path(tmp) / "out", name_column="file")
        batch = time.perf_counter() - start
        assert len(result.written) == n and not result.failed, result.failed

    print(f"notices: {n}")
    print(f"fill-in only (values -> Notice): {n / fill:8.1f} notices/s  ({fill * 1000 / n:.1f} ms each)")
    print(f"batch (CSV -> .docx files):      {n / batch:8.1f} notices/s  ({batch * 1000 / n:.1f} ms each)")


if __name__ == "__main__":
    main()

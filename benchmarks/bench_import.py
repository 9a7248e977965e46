"""Import speed: a seed-sized notice, warm, and a folder of notices.

    python benchmarks/bench_import.py [N]

Prints the median warm time to import the seed notice as a clerk types it
(python-docx: table header, Word automatic numbering, footnotes; target
≤ 150 ms) and the time of ``thongbao import DIR -o OUT`` over N such files
of the three corpus notices in turn (default 100; target ≤ 20 s).
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from importer.corpus import ALL_SPECS, clerk_docx, seed_spec  # noqa: E402

from thongbao_editor.cli import main as cli  # noqa: E402
from thongbao_editor.importer import import_file  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        seed = tmp_path / "seed.docx"
        seed.write_bytes(clerk_docx(seed_spec(), auto_numbering=True))
        import_file(seed)  # warm: imports, the opening template, caches
        times = []
        for _ in range(15):
            start = time.perf_counter()
            import_file(seed)
            times.append(time.perf_counter() - start)
        print(f"seed notice ({seed.stat().st_size // 1024} KB): median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms (target ≤ 150 ms warm)")

        folder, out = tmp_path / "archive", tmp_path / "drafts"
        folder.mkdir()
        variants = [dict(), dict(auto_numbering=True, header="tabs", bottom="tabs"), dict(tcvn3=True)]
        files = [clerk_docx(make(), **variants[i % 3]) for i, make in enumerate(ALL_SPECS)]
        for i in range(n):
            (folder / f"tb-{i:04d}.docx").write_bytes(files[i % len(files)])
        lines = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(lines):  # the per-file summary; only its length is shown
            code = cli(["import", str(folder), "-o", str(out)])
        elapsed = time.perf_counter() - start
        print(f"folder of {n} notices: {elapsed:.1f} s, exit {code}, {len(lines.getvalue().splitlines())} "
              f"summary lines (target ≤ 20 s)")


if __name__ == "__main__":
    main()

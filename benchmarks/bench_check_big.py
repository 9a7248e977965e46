"""`thongbao check --json` on a paragraph of N pasted brackets: seconds and bytes.

    python benchmarks/bench_check_big.py [N ...]     (default: 100000 1000000 5000000)

Issue 9, item 11: before, one finding per unbalanced "[" (100,000 findings,
18 MB of output) and a quadratic search (50 MB of "[" ran over 120 s).  The
time should grow linearly with N and the output stay near the same size.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thongbao_editor.cli import main  # noqa: E402
from thongbao_editor.model import Kind, Node, RichText, load_draft, save_draft  # noqa: E402


def run(n: int, char: str, folder: Path) -> None:
    notice = load_draft(ROOT / "examples" / "cao-loc-2024.json")
    notice.body[0].children.append(Node(Kind.PARAGRAPH, RichText.plain("Đoạn " + char * n)))
    path = folder / f"big-{n}.json"
    save_draft(notice, path)
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        main(["check", str(path), "--json"])
    seconds = time.perf_counter() - start
    print(f"{n:>10,} × {char!r}: {seconds:7.2f} s, {len(out.getvalue().encode()):>9,} bytes of JSON")


def main_() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000, 5_000_000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            for char in ("[", ")", "( "):
                run(n, char, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main_())

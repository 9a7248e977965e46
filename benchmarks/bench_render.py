"""Warm in-process .docx render: the example, and notices of growing size.

    python benchmarks/bench_render.py [--repeat N] [--no-pdf]

Prints milliseconds per render (median of N warm runs) and the page count:
from LibreOffice's PDF when LibreOffice is installed, otherwise an estimate
(stated as such) from the characters per page of the example.  Targets on a
2-core machine: example ≤ 40 ms, ~200 pages ≤ 1 s, time linear in size.
"""

from __future__ import annotations

import argparse
import copy
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thongbao_editor.model import Kind, Node, Notice, load_draft  # noqa: E402
from thongbao_editor.model.notice import Header, IssueDate, Signature, Storage  # noqa: E402
from thongbao_editor.model.text import RichText  # noqa: E402
from thongbao_editor.render.blocks import build  # noqa: E402
from thongbao_editor.render.docx import render_docx_bytes  # noqa: E402
from thongbao_editor.render.pdf import docx_bytes_to_pdf, find_soffice  # noqa: E402

EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"
CHARS_PER_PAGE = 2500  # 14 pt Times New Roman, A4, 20/20/30/15 mm, 6 pt after (estimate)


def base_notice() -> tuple[str, Notice]:
    if EXAMPLE.exists():
        return "example cao-loc-2024", load_draft(EXAMPLE)
    sentence = ("Tập trung chỉ đạo, đôn đốc các cơ quan, đơn vị triển khai thực hiện có hiệu quả "
                "các nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh[^Chú thích.].")
    body = [Node.make(Kind.MUC, f"Phần {i}", *(Node.make(Kind.ITEM, sentence) for _ in range(12)))
            for i in range(3)]
    n = Notice(header=Header(agency=["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], place="Lạng Sơn",
                             date=IssueDate(2024, 4), summary="Kết luận kiểm tra"),
               body=body, closing=RichText.plain("UBND tỉnh thông báo để biết, thực hiện"),
               recipients=["Thường trực Tỉnh ủy (B/c);"], storage=Storage(["KG-VX"]),
               signature=Signature(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Hoàng Xuân Đồng"))
    return "built-in notice (no example file)", n


def scaled(notice: Notice, times: int) -> Notice:
    """The notice with its body repeated ``times`` times."""
    n = copy.deepcopy(notice)
    n.body = [copy.deepcopy(node) for _ in range(times) for node in notice.body]
    return n


def warm_ms(notice: Notice, repeat: int) -> tuple[float, bytes]:
    data = render_docx_bytes(notice)  # warm-up: base .docx, styles, metrics cached
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        data = render_docx_bytes(notice)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), data


def chars(notice: Notice) -> int:
    return sum(len(p.content.text) + sum(len(f.text) for f in p.content.footnotes())
               for p in build(notice).paragraphs)


def pdf_pages(data: bytes) -> int | None:
    if find_soffice() is None:
        return None
    pdf = docx_bytes_to_pdf(data, timeout=600)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--no-pdf", action="store_true", help="do not ask LibreOffice for page counts")
    args = ap.parse_args(argv)
    name, notice = base_notice()
    base_chars = chars(notice)
    ms, data = warm_ms(notice, args.repeat)
    pages = None if args.no_pdf else pdf_pages(data)
    per_page = base_chars / pages if pages else CHARS_PER_PAGE
    shown = f"{pages} pages (LibreOffice)" if pages else f"~{base_chars / per_page:.0f} pages (estimate)"
    print(f"{name}: {ms:.1f} ms warm, {len(data) / 1024:.0f} KiB, {shown}   [target ≤ 40 ms]")
    rows = []
    target_times = max(1, round(200 * per_page / base_chars))
    for times in sorted({max(1, target_times // 4), max(1, target_times // 2), target_times}):
        big = scaled(notice, times)
        ms_big, data_big = warm_ms(big, max(3, args.repeat // 5))
        rows.append((times, ms_big, data_big, chars(big)))
    if not args.no_pdf and find_soffice() is not None:
        # Aim the largest case at ~200 real pages: one correction from LibreOffice's count.
        got = pdf_pages(rows[-1][2]) or 200
        if not 190 <= got <= 215:
            target_times = max(1, round(target_times * 200 / got))
            big = scaled(notice, target_times)
            ms_big, data_big = warm_ms(big, max(3, args.repeat // 5))
            rows.append((target_times, ms_big, data_big, chars(big)))
    for times, ms_big, data_big, n_chars in rows:
        if times == target_times and not args.no_pdf and find_soffice() is not None:
            label = f"{pdf_pages(data_big)} pages (LibreOffice)"
        else:
            label = f"~{n_chars / per_page:.0f} pages (estimate from the example's chars/page)"
        target = "   [target ≤ 1000 ms]" if times == target_times else ""
        print(f"body ×{times:<3} {ms_big:8.1f} ms warm, {len(data_big) / 1024:6.0f} KiB, "
              f"{label}, {ms_big / n_chars * 1e6:.0f} ns/char{target}")
    if EXAMPLE.exists():
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "thongbao_editor.cli", "render", str(EXAMPLE), "-o",
                   str(Path(tmp) / "out.docx"), "--force"]  # the same file each run
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                subprocess.run(cmd, check=True, cwd=ROOT)
                runs.append((time.perf_counter() - t) * 1000)
        print(f"whole command `thongbao render example`: {statistics.median(runs):.0f} ms "
              f"(median of 5 processes)   [target ≤ 800 ms]")
    return 0


if __name__ == "__main__":
    sys.exit(main())

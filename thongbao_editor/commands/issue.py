"""``thongbao issue DRAFT -o DIR``: the hand-off package for the văn thư."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from ..errors import RenderError, language
from ..handoff import APPENDIX_FILE, write_package
from .render import load_reporting


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("issue", help="hồ sơ trình ký cho văn thư: .docx, PDF/A-2b, metadata JSON / "
                                     "hand-off package for signing")
    p.add_argument("draft", help="tệp bản nháp .json")
    p.add_argument("-o", "--output", required=True, help="thư mục ghi hồ sơ")
    p.add_argument("--name", help="tên các tệp (mặc định: tên bản nháp)")
    p.add_argument("--e-sign", action="store_true",
                   help="chừa chỗ cho hình ảnh chữ ký số và dấu (NĐ 30 Phụ lục I) / "
                        "room for the digital signature images")
    p.add_argument("--appendices-separate", action="store_true",
                   help="mỗi phụ lục một tệp .docx và PDF riêng để ký số riêng / "
                        "each appendix in its own .docx and PDF")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    p.set_defaults(func=run_issue)


def run_issue(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise RenderError("handoff.folder", file=str(out))
    stem = args.name or Path(args.draft).stem
    draft = os.path.realpath(args.draft)
    appendix_file = re.compile(rf"{re.escape(stem)}\.{APPENDIX_FILE}-\d+\.(docx|pdf)")
    if any(os.path.realpath(out / f"{stem}{ext}") == draft for ext in (".docx", ".pdf", ".metadata.json")) \
            or (appendix_file.fullmatch(Path(draft).name) and Path(draft).parent == out.resolve()):
        raise RenderError("render.over_draft", file=args.draft)
    package = write_package(load_reporting(args.draft), out, stem=stem, force=args.force, esign=args.e_sign,
                            appendices_separate=args.appendices_separate)
    en = language() == "en"
    print(f"{'written' if en else 'đã ghi'}: {package.docx}, {package.pdf} (PDF/A-2b, "
          f"{package.pages} {'pages' if en else 'trang'}), {package.metadata}")
    for docx, pdf in package.appendices:
        print(f"{'written' if en else 'đã ghi'}: {docx}, {pdf} (PDF/A-2b)")
    return 0

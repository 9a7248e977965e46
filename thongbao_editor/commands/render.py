"""``thongbao render`` and ``thongbao pdf``."""

from __future__ import annotations

import argparse
import os
import sys

from ..api import load_draft, render_docx, render_pdf
from ..errors import RenderError
from ..model import LoadReport
from ..model.load_report import describe_fixes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("render", help="xuất bản nháp ra .docx / render a draft to .docx")
    p.add_argument("draft", help="tệp bản nháp .json")
    p.add_argument("-o", "--output", required=True, help="tệp .docx sẽ ghi")
    p.add_argument("--final", action="store_true",
                   help="bản chính thức (không có chữ DỰ THẢO; từ chối nếu còn thiếu)")
    p.add_argument("-f", "--force", action="store_true", help="ghi đè tệp .docx đã có")
    p.set_defaults(func=run_render)

    p = sub.add_parser("pdf", help="xuất ra PDF qua LibreOffice / render to PDF")
    p.add_argument("draft")
    p.add_argument("-o", "--output", required=True, help="tệp .pdf sẽ ghi")
    p.add_argument("--final", action="store_true")
    p.add_argument("-f", "--force", action="store_true", help="ghi đè tệp .pdf đã có")
    p.set_defaults(func=run_pdf)


def load_reporting(path: str):
    """The draft at ``path``; what loading cleaned up is said on stderr (the
    one way every command that reads a draft loads it)."""
    report = LoadReport()
    notice = load_draft(path, report)
    for line in describe_fixes(report, path):  # counted, not listed one by one
        print(f"thongbao: {line}", file=sys.stderr)
    return notice


def refuse_overwriting_draft(args: argparse.Namespace) -> None:
    """``render a.json -o a.json`` would replace the draft with the export."""
    if os.path.realpath(args.output) == os.path.realpath(args.draft):
        raise RenderError("render.over_draft", file=args.output)


def run_render(args: argparse.Namespace) -> int:
    refuse_overwriting_draft(args)
    render_docx(load_reporting(args.draft), args.output, final=args.final, overwrite=args.force)
    return 0


def run_pdf(args: argparse.Namespace) -> int:
    refuse_overwriting_draft(args)
    render_pdf(load_reporting(args.draft), args.output, final=args.final, overwrite=args.force)
    return 0

"""``thongbao tasks DRAFT -o tasks.xlsx|tasks.csv [--force]``: the assigned
tasks of a notice as a spreadsheet for follow-up (``task_export``)."""

from __future__ import annotations

import argparse
import sys

from ..task_export import export_tasks
from .render import load_reporting, refuse_overwriting_draft


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tasks", help="xuất nhiệm vụ được giao ra .xlsx/.csv / export assigned tasks")
    p.add_argument("draft", help="tệp bản nháp .json")
    p.add_argument("-o", "--output", required=True, help="tệp .xlsx hoặc .csv sẽ ghi")
    p.add_argument("-f", "--force", action="store_true", help="ghi đè tệp đã có")
    p.set_defaults(func=run_tasks)


def run_tasks(args: argparse.Namespace) -> int:
    refuse_overwriting_draft(args)
    count = export_tasks(load_reporting(args.draft), args.output, draft_file=args.draft, overwrite=args.force)
    print(f"thongbao: {count} nhiệm vụ → {args.output}", file=sys.stderr)
    return 0

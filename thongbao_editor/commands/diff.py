"""``thongbao diff OLD NEW`` — what changed between two versions of a notice."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ..errors import RenderError, TemplateError, os_reason


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diff", help="so sánh hai phiên bản / compare two versions (exit 0 equal, 1 different)")
    p.add_argument("old", help="bản cũ (.json hoặc .docx)")
    p.add_argument("new", help="bản mới (.json hoặc .docx)")
    p.add_argument("--json", action="store_true", help="in danh sách thay đổi dạng JSON / print JSON")
    p.add_argument("--docx", metavar="OUT.docx",
                   help="ghi bản mới với các thay đổi được theo dõi (Track Changes) / write tracked changes")
    p.add_argument("--author", default="", help="tên người sửa ghi vào các thay đổi / author of the revisions")
    p.add_argument("-f", "--force", action="store_true", help="ghi đè OUT.docx nếu đã có")
    p.set_defaults(func=run_diff)


def _check_output(args: argparse.Namespace) -> None:
    out = Path(args.docx)
    for side in (args.old, args.new):
        if os.path.exists(out) and os.path.exists(side) and os.path.samefile(out, side):
            raise RenderError("render.over_draft", file=str(out))
    if out.exists() and not args.force:
        raise TemplateError("file.exists", file=str(out))


def run_diff(args: argparse.Namespace) -> int:
    from ..compare.inputs import load_pair
    from ..compare.report import as_json, format_text

    if args.docx:
        _check_output(args)
    old, new, changes = load_pair(args.old, args.new)
    if args.docx:
        _write_tracked(old, new, args)
    if args.json:
        print(json.dumps(as_json(changes, args.old, args.new), ensure_ascii=False, indent=2))
    elif changes:
        print(format_text(changes))
    return 1 if changes else 0


def _write_tracked(old, new, args: argparse.Namespace) -> None:
    from ..fileio import atomic_write_bytes
    from ..render.tracked import render_tracked_bytes

    data = render_tracked_bytes(old, new, author=args.author or None)
    try:
        atomic_write_bytes(args.docx, data, overwrite=args.force)
    except FileExistsError:  # appeared since _check_output
        raise TemplateError("file.exists", file=str(args.docx)) from None
    except OSError as exc:
        raise RenderError("render.write", file=str(args.docx), reason=os_reason(exc)) from None

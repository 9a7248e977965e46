"""``thongbao`` — the command line.

Every command exits non-zero with a one-line message (Vietnamese by default,
``--lang en`` for English) on any error, never a traceback.  Commands live
in their own modules, each with ``register(subparsers)``; add new ones to
:data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from . import __version__
from .errors import ThongbaoError, set_language

COMMAND_MODULES = [
    "thongbao_editor.commands.render",
    "thongbao_editor.commands.check",
    "thongbao_editor.commands.template",
    "thongbao_editor.commands.new",
    "thongbao_editor.commands.import_cmd",
    "thongbao_editor.commands.diff",
    "thongbao_editor.commands.issue",
    "thongbao_editor.commands.tasks",
]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thongbao",
        description="Soạn Thông báo kết luận theo Nghị định 30/2020/NĐ-CP.",
    )
    parser.add_argument("--version", action="version", version=f"thongbao {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ thông báo lỗi / message language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["--office-guard"]:  # render/office.py: the bundle has no Python to run it
        from .render.office_guard import main as guard
        return guard(args_in[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    try:
        return int(args.func(args) or 0)
    except ThongbaoError as exc:
        print(f"thongbao: {exc.one_line()}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("thongbao: đã dừng / interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback for the user; details in the log
        log.debug("unexpected error", exc_info=True)
        print(f"thongbao: lỗi không mong đợi / unexpected error: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""``thongbao check DRAFT [--json]``: the checker from the command line.

Exit status: 0 when there is no error (warnings and hints allowed), 1 when
there are errors (the final export would refuse), 2 when the draft (or an
abbreviation list) cannot be read, as everywhere in the CLI.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import groupby

from ..checks import check_notice, count
from ..checks.context import Context
from ..checks.finding import Finding, Severity
from ..checks.messages import severity_name, word
from ..checks.readiness import final_refusals, refusal_dict
from ..errors import DraftError, ThongbaoError, language, os_reason
from ..model import Notice
from ..model.parts import part_name
from .render import load_reporting


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="kiểm tra bản nháp như người duyệt / check a draft")
    p.add_argument("draft", help="tệp bản nháp .json")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON / JSON output")
    p.add_argument("--abbreviations", metavar="FILE",
                   help="danh sách chữ viết tắt không cần giải thích của cơ quan (mỗi dòng một "
                        "chữ, hoặc CHỮ = nghĩa)")
    p.add_argument("--disable", metavar="RULE", action="append", default=[],
                   help="tắt một quy tắc (có thể lặp lại) / turn a rule off")
    p.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS,
                   help="ngôn ngữ báo cáo / report language")
    p.set_defaults(func=run_check)


def _unreadable_json(file: str, exc: ThongbaoError) -> None:
    """``--json`` on a draft that cannot be read still answers: not ready (exit status 2)."""
    refusal = {"rule": exc.code, "field": "", "message": {"vi": exc.message("vi"), "en": exc.message("en")},
               "location": None}
    out = {"file": file, "error": refusal["message"], "counts": None, "findings": [],
           "final_ready": False, "final_refusals": [refusal]}
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


def run_check(args: argparse.Namespace) -> int:
    try:
        notice = load_reporting(args.draft)
    except ThongbaoError as exc:
        if args.json:
            _unreadable_json(args.draft, exc)
        raise
    try:
        findings = check_notice(notice, disabled={r: "--disable" for r in args.disable},
                                known_abbreviations_file=args.abbreviations)
    except OSError as exc:
        raise DraftError("draft.unreadable", file=args.abbreviations,
                         reason=os_reason(exc)) from None
    except UnicodeDecodeError as exc:  # the office list, saved in another encoding
        raise DraftError("draft.not_utf8", file=args.abbreviations, position=exc.start) from None
    lang = language()
    if args.json:
        # as `render --final` decides it: with the draft's own settings, not --disable
        same = not args.disable and not args.abbreviations
        refusals = final_refusals(notice, findings=findings if same else None)
        out = {"file": args.draft, "counts": count(findings),
               "findings": [f.to_dict() for f in findings],
               "final_ready": not refusals,
               "final_refusals": [refusal_dict(f) for f in refusals]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(notice, findings, args.draft, lang))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def format_report(notice: Notice, findings: list[Finding], file: str, lang: str) -> str:
    """The findings as text, grouped by part, in print order."""
    counts = count(findings)
    if not findings:
        return word("clean", lang, file=file) + "\n"
    ctx = Context(notice)
    lines = [word("summary", lang, file=file, **counts), ""]
    for part, group in groupby(findings, key=lambda f: f.part):
        lines.append(f"{part_name(part, lang)} ({part})")
        for f in group:
            where = []
            if f.part == "body":
                where.append(ctx.where(f.part, f.path))
            elif f.path:
                where.append(word("line", lang, n=f.path[0] + 1))
            if f.footnote is not None:
                n = ctx.footnote_numbers.get((f.part, f.path, f.footnote), f.footnote + 1)
                where.append(word("footnote", lang, n=n))
            if f.span and f.span[0] == f.span[1]:
                where.append(word("char", lang, start=f.span[0]))
            elif f.span:
                where.append(word("chars", lang, start=f.span[0], end=f.span[1]))
            head = f"  {severity_name(f.severity, lang)} [{f.rule}]"
            if where:
                head += " " + ", ".join(w for w in where if w)
            lines.append(head)
            lines.append(f"    {f.message(lang)}")
            if f.excerpt:
                lines.append(f"    «{f.excerpt}»")
            if f.suggestion(lang):
                lines.append(f"    → {word('suggestion', lang)}: {f.suggestion(lang)}")
            if f.fix is not None:
                fix = f.fix.replacement or f"({word('delete', lang)})"
                lines.append(f"    → {word('fix', lang)}: «{fix}»")
        lines.append("")
    return "\n".join(lines)

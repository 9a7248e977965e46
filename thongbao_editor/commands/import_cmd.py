"""``thongbao import`` — a Word notice (or a folder of them) → draft(s).

    thongbao import NOTICE.docx -o DRAFT.json [--force] [--json]
    thongbao import DIR -o OUTDIR [--force] [--json]

One file: the report goes to standard output (``--json``: as data), the draft
is written atomically; exit 0 when it was written, 2 with a one-line message
otherwise.  A folder: every .docx/.doc/.odt/.rtf in it and its sub-folders
(mirrored under OUTDIR), one line each, exit 2 when any failed.  An existing draft is replaced only with ``--force``; a
draft is never written through a link that leads out of the output folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..errors import DraftError, ImportFileError, TemplateError, ThongbaoError, language, message, os_reason
from ..fileio import Links
from ..model import save_draft


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="nhập thông báo từ tệp Word / import a notice from Word")
    p.add_argument("source", help="tệp .docx/.doc/.odt, hoặc một thư mục")
    p.add_argument("-o", "--output", required=True, help="tệp bản nháp .json (hoặc thư mục, khi nhập thư mục)")
    p.add_argument("--force", action="store_true", help="ghi đè bản nháp đã có")
    p.add_argument("--json", action="store_true", help="in kết quả nhập dạng JSON")
    p.set_defaults(func=run_import)


def _import_one(source: str, output: Path, force: bool):
    from ..importer import import_file

    if os.path.lexists(output) and not force:  # the early answer, before the import's work
        raise TemplateError("file.exists", file=str(output))
    if os.path.realpath(output) == os.path.realpath(source):
        raise TemplateError("file.exists", file=str(output))
    notice, report = import_file(source)
    save_draft(notice, output, overwrite=force, links=Links.INSIDE)
    return report


def run_import(args: argparse.Namespace) -> int:
    if os.path.isdir(args.source):
        return _run_folder(args)
    report = _import_one(args.source, Path(args.output), args.force)
    if args.json:
        print(json.dumps({"draft": args.output, "report": report.to_dict(language())},
                         ensure_ascii=False, indent=2))
    else:
        for line in report.summary_lines():
            print(line)
        print(f"→ {args.output}")
    return 0


def _inside(folder: Path, target: Path) -> bool:
    real_folder = os.path.realpath(folder)
    return os.path.commonpath([real_folder, os.path.realpath(target)]) == real_folder


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DraftError("draft.write", file=str(folder), reason=os_reason(exc)) from None


def _run_folder(args: argparse.Namespace) -> int:
    from ..importer import SUFFIXES

    src, out = Path(args.source), Path(args.output)
    files = sorted(f for f in src.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                   and not f.name.startswith("~$") and not _inside(out, f))
    if not files:
        raise ImportFileError("import.no_files", file=str(src))
    if out.exists() and not out.is_dir():
        raise ImportFileError("import.out_not_dir", file=str(out))
    _make_folder(out)
    results, failed = [], 0
    for f in files:
        rel = f.relative_to(src)
        target = out / rel.parent / (f.stem + ".json")  # sub-folders are kept (an archive by year)
        name = str(rel)
        try:
            if not _inside(out, target):
                raise TemplateError("file.exists", file=str(target))
            _make_folder(target.parent)
            report = _import_one(str(f), target, args.force)
        except ThongbaoError as exc:
            failed += 1
            results.append({"file": str(f), "draft": None, "error": exc.one_line()})
            if not args.json:
                print(f"✗ {name}: {exc.one_line()}")
            continue
        results.append({"file": str(f), "draft": str(target), "report": report.to_dict(language())})
        if not args.json:
            print(message("import.line.batch_ok", file=name, draft=str(target.relative_to(out)),
                          found=sum(p.found for p in report.parts), parts=len(report.parts),
                          unplaced=len(report.unplaced), warnings=len(report.warnings)))
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    if failed:
        raise ImportFileError("import.batch_failed", failed=failed, total=len(files))
    return 0

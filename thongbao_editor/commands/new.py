"""``thongbao new``, ``thongbao apply`` and ``thongbao batch``: notices from templates.

Values, later wins: the template's defaults < the profile's ``[defaults]``
< ``--set key=value`` (< a CSV row's non-empty cells, for ``batch``).
``--set key+=value`` appends one line to a list variable; a person is given
as a profile person id (``--set chair=pct``) or by parts
(``--set chair.name=… --set chair.title=…``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import DraftError, FieldProblem, TemplateError, language, os_reason
from ..fileio import Links, check_new_target
from ..locking import write_lock
from ..model import LoadReport, load_draft, save_draft
from ..templates import apply_variables, instantiate
from ..templates.batch import read_csv, run_batch
from .pdf_batch import batch_office
from .template import add_user_dir, library


def _values(items: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise TemplateError("template.value", label=item, name="--set",
                                reason=FieldProblem("value.key_value"))
        key = key.strip()
        if key.endswith("+"):
            key = key[:-1].strip()
            current = out.get(key)
            out[key] = (current if isinstance(current, list) else
                        ([] if current in (None, "") else [current])) + [value]
        else:
            out[key] = value
    return out


def register(sub: argparse._SubParsersAction) -> None:
    order = ("Giá trị, sau thắng trước / values, later wins: mặc định của mẫu / template default "
             "< [defaults] của hồ sơ / profile < --set (< ô CSV không trống, với batch / a CSV "
             "cell). Danh sách / lists: --set key+=dòng; người / persons: --set chair=pct hoặc "
             "chair.name=… chair.title=…")
    p = sub.add_parser("new", help="bản nháp mới từ mẫu / a new draft from a template",
                       description=order)
    p.add_argument("--template", required=True, help="tên mẫu (thongbao template list)")
    p.add_argument("--profile", required=True, help="tên hồ sơ cơ quan")
    p.add_argument("--signer", help="người ký trong hồ sơ (mặc định: người ký mặc định)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="giá trị một biến; lặp lại được")
    p.add_argument("-o", "--output", required=True, help="tệp bản nháp .json sẽ ghi")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    add_user_dir(p)
    p.set_defaults(func=run_new)

    p = sub.add_parser("apply", help="đổi giá trị biến của bản nháp tạo từ mẫu / change a "
                                     "draft's template values")
    p.add_argument("draft")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", required=True)
    p.add_argument("-o", "--output", help="ghi ra tệp khác (mặc định: ghi đè bản nháp)")
    p.add_argument("--force", action="store_true", help="ghi đè tệp -o đã có")
    add_user_dir(p)
    p.set_defaults(func=run_apply)

    p = sub.add_parser("batch", help="nhiều thông báo từ một bảng CSV / one .docx per CSV row",
                       description=order)
    p.add_argument("--template", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--signer")
    p.add_argument("--data", required=True, help="tệp CSV: mỗi dòng một thông báo, "
                                                 "tiêu đề cột = tên biến")
    p.add_argument("-o", "--output", required=True, help="thư mục ghi các tệp .docx")
    p.add_argument("--name-column", help="cột đặt tên tệp (mặc định: cột «file» nếu có, "
                                         "không thì cột đơn vị đầu tiên)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="giá trị chung cho mọi dòng (ô không trống của dòng được ưu tiên)")
    p.add_argument("--final", action="store_true", help="bản chính thức (không có DỰ THẢO)")
    p.add_argument("--drafts", action="store_true", help="ghi cả bản nháp .json cạnh mỗi .docx")
    p.add_argument("--force", action="store_true",
                   help="ghi đè các tệp đã có (không có --force: bỏ qua dòng đó và báo lại)")
    p.add_argument("--pdf", action="store_true", help="ghi cả .pdf cạnh mỗi .docx (qua một "
                                                      "LibreOffice chạy suốt lượt) / also a PDF per row")
    add_user_dir(p)
    p.set_defaults(func=run_batch_command)


def run_new(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if os.path.lexists(out) and not args.force:  # early answer; the write itself is exclusive
        raise TemplateError("file.exists", file=str(out))
    lib = library(args)
    notice = instantiate(lib.template(args.template), lib.profile(args.profile),
                         _values(args.set), args.signer)
    save_draft(notice, out, overwrite=args.force)
    print(f"đã tạo / created: {out}")
    return 0


def run_apply(args: argparse.Namespace) -> int:
    target = args.output or args.draft
    # the draft itself is updated in place; another file only with --force
    overwrite = args.force or os.path.realpath(target) == os.path.realpath(args.draft)
    try:  # early answer (the link and regular-file rules first); the write itself is exclusive
        check_new_target(target, Links.FOLLOW, overwrite=overwrite)
    except FileExistsError:
        raise TemplateError("file.exists", file=str(target)) from None
    except OSError as exc:
        raise DraftError("draft.write", file=str(target), reason=os_reason(exc)) from None
    with write_lock(target):  # read-modify-write: a concurrent apply waits its turn
        report = LoadReport()
        notice = load_draft(args.draft, report)
        if notice.template is None:
            raise TemplateError("template.no_link")
        lib = library(args)
        result = apply_variables(notice, _values(args.set), lib.template(notice.template.name),
                                 lib.profile(notice.template.profile))
        save_draft(notice, target, overwrite=overwrite)
    print(f"đã cập nhật / updated: {len(result.updated)} phần")
    for path in result.kept:
        print(f"giữ nguyên (đã sửa tay) / kept (edited by hand): {path}")
    return 0


def run_batch_command(args: argparse.Namespace) -> int:
    lib = library(args)
    tpl = lib.template(args.template)
    profile = lib.profile(args.profile)
    header, rows = read_csv(args.data)
    name_column = args.name_column
    if name_column and name_column not in header:
        raise TemplateError("batch.csv", file=args.data,
                            reason=FieldProblem("batch.no_column", name=name_column,
                                                available=", ".join(header)))
    if not name_column:
        units = [v.name for v in tpl.variables if v.type == "unit"]
        name_column = next((c for c in ["file", *units] if c in header), None)
    tty = sys.stderr.isatty()

    def progress(i: int, total: int, name: str) -> None:
        line = f"[{i}/{total}] {name}"
        if tty:
            print(f"\r{line[:78]:<78}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)

    with batch_office(args.pdf):
        result = run_batch(tpl, profile, rows, args.output, name_column=name_column,
                           signer=args.signer, final=args.final, save_drafts=args.drafts,
                           fixed=_values(args.set), force=args.force, progress=progress,
                           pdf=args.pdf)
    if tty:
        print(file=sys.stderr)
    en = language() == "en"
    if result.ignored_columns:
        print(("ignored columns (not variables of the template): " if en else
               "bỏ qua các cột không phải biến của mẫu: ") + ", ".join(result.ignored_columns),
              file=sys.stderr)
    print((f"written {len(result.written)}/{len(rows)} files to {args.output}" if en else
           f"đã ghi {len(result.written)}/{len(rows)} tệp vào {args.output}"))
    if result.skipped:
        print((f"{len(result.skipped)} row(s) skipped, their files exist (--force overwrites):"
               if en else f"bỏ qua {len(result.skipped)} dòng vì tệp đã có (--force để ghi đè):"),
              file=sys.stderr)
        for f in result.skipped:
            print(f"- {'row' if en else 'dòng'} {f.row} ({f.name}): {f.reason}", file=sys.stderr)
    if result.failed:
        print((f"{len(result.failed)} row(s) failed:" if en else
               f"{len(result.failed)} dòng lỗi (các dòng khác vẫn được ghi):"), file=sys.stderr)
        for f in result.failed:
            print(f"- {'row' if en else 'dòng'} {f.row} ({f.name}): {f.reason}", file=sys.stderr)
    return 1 if result.failed or result.skipped else 0

"""``thongbao template …`` and ``thongbao profile …``: the template library.

    thongbao template list                  templates and profiles, built-in and user
    thongbao template show NAME [--json]    a template's variables
    thongbao template check FILE            errors with file and line (also profiles)
    thongbao template import FILE [--name N] [--force]
    thongbao template export NAME -o FILE
    thongbao template delete NAME           user templates only
    thongbao template save DRAFT --var "Cao Lộc=unit_name" … --name N --title T
    thongbao profile list | show | import | export | delete   the same for profiles
    thongbao profile units | new            units after the 2025 reform (commands/profile_new.py)

``--user-dir`` (or ``$THONGBAO_USER_DIR``) chooses the user folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..errors import FieldProblem, TemplateError, language, os_reason
from ..model import load_draft
from ..fileio import atomic_write_bytes
from ..templates import Library, describe_variables, notice_to_template
from ..templates.usage import unused_warnings
from ..templates.checking import check_template
from ..templates.files import PROFILE_KIND, TEMPLATE_KIND, parse_profile, parse_template
from ..templates.library import read_file


def add_user_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user-dir", help="thư mục mẫu của người dùng / user template folder "
                                      "(mặc định $THONGBAO_USER_DIR hoặc thư mục dữ liệu người dùng)")


def library(args: argparse.Namespace) -> Library:
    return Library(getattr(args, "user_dir", None))


def register(sub: argparse._SubParsersAction) -> None:
    for kind, word in ((TEMPLATE_KIND, "template"), (PROFILE_KIND, "profile")):
        help_ = ("mẫu thông báo / notice templates" if kind == TEMPLATE_KIND
                 else "hồ sơ cơ quan / agency profiles")
        p = sub.add_parser(word, help=help_)
        actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

        a = actions.add_parser("list", help="liệt kê / list")
        a.add_argument("--json", action="store_true")
        add_user_dir(a)
        a.set_defaults(func=run_list, kind=kind)

        a = actions.add_parser("show", help="xem biến của mẫu / show variables")
        a.add_argument("name")
        a.add_argument("--json", action="store_true")
        if kind == TEMPLATE_KIND:
            a.add_argument("--profile", help="hiện cả giá trị hồ sơ này cung cấp")
        add_user_dir(a)
        a.set_defaults(func=run_show, kind=kind)

        a = actions.add_parser("check", help="kiểm tra một tệp mẫu hoặc hồ sơ / check a file")
        a.add_argument("file")
        a.add_argument("--profile", action="append",
                       help="điền thử với hồ sơ này (mặc định: mọi hồ sơ có sẵn)")
        add_user_dir(a)
        a.set_defaults(func=run_check, kind=kind)

        a = actions.add_parser("import", help="nhập từ một tệp / import a file")
        a.add_argument("file")
        a.add_argument("--name", help="tên trong thư viện (mặc định: tên tệp)")
        a.add_argument("--force", action="store_true", help="ghi đè bản của người dùng cùng tên")
        add_user_dir(a)
        a.set_defaults(func=run_import, kind=kind)

        a = actions.add_parser("export", help="xuất ra một tệp / export to one file")
        a.add_argument("name")
        a.add_argument("-o", "--output", required=True)
        a.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
        add_user_dir(a)
        a.set_defaults(func=run_export, kind=kind)

        a = actions.add_parser("delete", help="xoá (chỉ mẫu của người dùng) / delete a user one")
        a.add_argument("name")
        add_user_dir(a)
        a.set_defaults(func=run_delete, kind=kind)

        if kind == PROFILE_KIND:  # profiles from the list of units (issue 12)
            from .profile_new import register as register_units
            register_units(actions, add_user_dir)

        if kind == TEMPLATE_KIND:
            a = actions.add_parser("save", help="lưu một bản nháp thành mẫu / save a draft as a template")
            a.add_argument("draft")
            a.add_argument("--var", action="append", default=[], metavar="VALUE=NAME",
                           help="thay mọi chỗ có VALUE bằng biến NAME, ví dụ \"Cao Lộc=unit_name\"")
            a.add_argument("--name", required=True, help="tên mẫu mới")
            a.add_argument("--title", required=True, help="tiêu đề mẫu")
            a.add_argument("-o", "--output", help="ghi ra tệp này thay vì vào thư viện")
            a.add_argument("--force", action="store_true")
            add_user_dir(a)
            a.set_defaults(func=run_save, kind=kind)


def run_list(args: argparse.Namespace) -> int:
    entries = library(args).entries(args.kind)
    if args.json:
        print(json.dumps([e.__dict__ for e in entries], ensure_ascii=False, indent=2))
        return 0
    en = language() == "en"
    for e in entries:
        where = ("built-in" if en else "có sẵn") if e.builtin else ("user" if en else "người dùng")
        sample = (" [sample]" if en else " [mẫu ví dụ]") if e.sample else ""
        title = e.title if not e.error else f"(lỗi / error: {e.error})"
        print(f"{e.name:<24} {where:<11} {title}{sample}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    lib = library(args)
    if args.kind == PROFILE_KIND:
        p = lib.profile(args.name)
        data = {"name": p.name, "title": p.title, "sample": p.sample, "issuer": p.issuer,
                "parent_agency": p.parent_agency, "agency": p.agency, "symbol": p.symbol,
                "place": p.place, "signers": [s.__dict__ for s in p.signers],
                "people": {k: v.__dict__ for k, v in p.people.items()},
                "recipients": p.recipients, "storage_units": p.storage_units,
                "defaults": p.defaults}
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(f"{p.name}: {p.title}" + ("  [MẪU VÍ DỤ — sửa trước khi dùng]" if p.sample else ""))
            print("  " + " / ".join(p.parent_agency + p.agency) + f" — {p.symbol}, {p.place}")
            for s in p.signers:
                print(f"  người ký {s.id}{' (mặc định)' if s.default else ''}: "
                      f"{' / '.join(s.authority)} — {s.name}")
            for k, v in p.people.items():
                print(f"  người {k}: {v.name}, {v.title}")
            for k, lines in p.recipients.items():
                print(f"  nơi nhận @{k}: {' '.join(lines)}")
        return 0
    tpl = lib.template(args.name)
    profile = lib.profile(args.profile) if args.profile else None
    variables = describe_variables(tpl, profile)
    if args.json:
        print(json.dumps({"name": tpl.name, "title": tpl.title, "description": tpl.description,
                          "variables": variables}, ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"{tpl.name}: {tpl.title}")
    if tpl.description:
        print(f"  {tpl.description}")
    for v in variables:
        flag = "*" if v["required"] else " "
        print(f" {flag} {v['name']:<16} {v['type']:<7} {v['label']}")
        if v.get("help"):
            print(f"{'':22}{v['help']}")
        if v.get("default") is not None:
            default = v["default"] if not isinstance(v["default"], list) else " | ".join(v["default"])
            print(f"{'':22}mặc định: {default[:160] if isinstance(default, str) else default}")
        if v.get("example") is not None:
            ex = v["example"]
            print(f"{'':22}ví dụ: {' | '.join(ex) if isinstance(ex, list) else ex}")
        if "profile_value" in v:
            print(f"{'':22}hồ sơ {profile.name}: {v['profile_value']}")  # type: ignore[union-attr]
        if v.get("choices"):
            print(f"{'':22}chọn: " + "; ".join(f"{k} = {d}" for k, d in v["choices"].items()))
    print("(* bắt buộc / required)")
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    text, kind = read_file(path)
    lib = library(args)
    if kind == PROFILE_KIND:
        parse_profile(text, path.stem, str(path))
        print(f"{path}: OK")
        return 0
    tpl = parse_template(text, path.stem, str(path))
    names = args.profile or lib.names(PROFILE_KIND)
    profiles, problems = [], []
    for n in names:
        try:
            profiles.append(lib.profile(n))
        except TemplateError as exc:
            if args.profile:  # asked for by name: its error is the answer
                raise
            # a broken user profile is not this template's fault: warn, check the rest
            print(f"thongbao: bỏ qua hồ sơ / skipped profile: {exc.message()}", file=sys.stderr)
    problems += check_template(tpl, profiles)
    names = [p.name for p in profiles]
    for p in problems:
        print(p)
    for warning in unused_warnings(tpl):  # a warning: the template still works
        print(f"cảnh báo / warning: {warning}")
    if problems:
        print(f"{path}: {len(problems)} lỗi / problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: OK ({len(tpl.variables)} biến; điền thử với: {', '.join(names)})")
    return 0


def run_import(args: argparse.Namespace) -> int:
    entry = library(args).import_file(args.file, args.name, force=args.force)
    print(f"đã nhập / imported: {entry.name} — {entry.title}")
    return 0


def _refuse_existing(output: str, force: bool) -> None:
    """An output file that is already there (a draft, another template) is
    only replaced with --force, as ``new`` and ``import`` do."""
    if not force and os.path.lexists(output):
        raise TemplateError("file.exists", file=output)


def write_text_output(output: str, text: str, force: bool) -> None:
    """Write a template or profile file the user named with ``-o``: an
    existing file only with --force, checked early and by the write itself."""
    _refuse_existing(output, force)
    try:
        atomic_write_bytes(output, text.encode("utf-8"), overwrite=force)
    except FileExistsError:
        raise TemplateError("file.exists", file=output) from None
    except OSError as exc:
        raise TemplateError("template.io", file=output, reason=os_reason(exc)) from None


def run_export(args: argparse.Namespace) -> int:
    _refuse_existing(args.output, args.force)
    library(args).export(args.kind, args.name, args.output, overwrite=args.force)
    print(f"đã xuất / exported: {args.output}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    library(args).delete(args.kind, args.name)
    print(f"đã xoá / deleted: {args.name}")
    return 0


def run_save(args: argparse.Namespace) -> int:
    notice = load_draft(args.draft)
    replacements = {}
    for item in args.var:
        value, sep, name = item.rpartition("=")
        if not sep or not value:
            raise TemplateError("template.value", label=item, name="--var",
                                reason=FieldProblem("value.var_value"))
        replacements[value] = name.strip()
    lib = library(args)
    profile = None
    if notice.template is not None and notice.template.profile:
        try:  # its recipient groups become @group again
            profile = lib.profile(notice.template.profile)
        except TemplateError:
            profile = None
    text = notice_to_template(notice, replacements, name=args.name, title=args.title,
                              profile=profile)
    if args.output:
        parse_template(text, args.name, args.output)  # what we write must read back
        write_text_output(args.output, text, args.force)
        print(f"đã ghi / written: {args.output}")
    else:
        entry = lib.save_text(TEMPLATE_KIND, args.name, text, force=args.force)
        print(f"đã lưu vào thư viện / saved: {entry.name}")
    return 0


__all__ = ["register", "library", "add_user_dir"]

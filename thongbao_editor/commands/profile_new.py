"""``thongbao profile new`` and ``thongbao profile units``: an agency profile
for any unit of the two-tier government, from the official list of units.

    thongbao profile units --province "Lạng Sơn" [--search "hoang van thu"] [--json]
    thongbao profile new --province "Lạng Sơn" --unit "Hoàng Văn Thụ" --issuer ubnd
                         --name ubnd-xa-hoang-van-thu
                         [--signer "Họ tên|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"]… [--person "ct=Họ tên"]…
                         [--department "Sở Tài chính"] [--symbol TB-…] [--place …]
                         (-o FILE [--force] | --import [--force])
"""

from __future__ import annotations

import argparse
import json

from ..errors import language
from ..templates.files import PROFILE_KIND
from ..templates.profile_maker import ISSUERS, build_profile, profile_toml, set_person, set_signers
from ..templates.units import data_version, find_province, find_unit, provinces, search_units


def register(actions: argparse._SubParsersAction, add_user_dir) -> None:
    a = actions.add_parser("units", help="danh sách xã, phường, đặc khu sau sắp xếp 2025 / list units")
    a.add_argument("--province", help="tỉnh, thành phố (bỏ trống: liệt kê 34 tỉnh, thành phố)")
    a.add_argument("--search", default="", help="tìm theo tên, gõ có dấu hay không dấu đều được")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_units)

    a = actions.add_parser("new", help="tạo hồ sơ cơ quan từ danh mục đơn vị / new profile for a unit")
    a.add_argument("--province", required=True, help="tỉnh, thành phố, ví dụ \"Lạng Sơn\"")
    a.add_argument("--unit", help="xã, phường, đặc khu (bỏ trống: cơ quan cấp tỉnh)")
    a.add_argument("--issuer", required=True, choices=ISSUERS,
                   help="ubnd: UBND; vp: Văn phòng UBND (cấp xã: Văn phòng HĐND và UBND); "
                        "vp-hdnd-ubnd; so: sở (cần --department); ward: UBND phường")
    a.add_argument("--department", default="", help="tên sở khi --issuer so, ví dụ \"Sở Tài chính\"")
    a.add_argument("--name", help="tên trong thư viện (mặc định: gợi ý theo cơ quan)")
    a.add_argument("--signer", action="append", default=[], metavar="\"HỌ TÊN|QUYỀN HẠN|CHỨC VỤ\"",
                   help="người ký (lặp lại được; người đầu là mặc định), "
                        "ví dụ \"Hoàng Thị Lan|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH\"")
    a.add_argument("--person", action="append", default=[], metavar="MÃ=HỌ TÊN",
                   help="họ tên một lãnh đạo theo mã (ct, pct, …), ví dụ \"ct=Vi Văn Tâm\"")
    a.add_argument("--symbol", help="ký hiệu khác ký hiệu gợi ý, ví dụ TB-STC")
    a.add_argument("--place", help="địa danh khác địa danh theo Nghị định 30")
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="ghi ra tệp TOML này")
    where.add_argument("--import", dest="import_", action="store_true", help="lưu thẳng vào thư viện")
    a.add_argument("--force", action="store_true", help="ghi đè tệp / hồ sơ cùng tên")
    add_user_dir(a)
    a.set_defaults(func=run_new, kind=PROFILE_KIND)


def run_units(args: argparse.Namespace) -> int:
    if not args.province:
        items = provinces()
        if args.json:
            print(json.dumps([{"code": p.code, "name": p.name, "place": p.place} for p in items],
                             ensure_ascii=False, indent=2))
        else:
            for p in items:
                print(f"{p.code:>3}  {p.name}")
            print(f"({len(items)} tỉnh, thành phố — {data_version()})")
        return 0
    province = find_province(args.province)
    found = search_units(province, args.search)
    if args.json:
        print(json.dumps([{"code": u.code, "name": u.name, "kind": u.kind, "place": u.place} for u in found],
                         ensure_ascii=False, indent=2))
        return 0
    for u in found:
        print(f"{u.code:>6}  {u.name:<32} địa danh: {u.place}")
    en = language() == "en"
    print(f"({len(found)} {'units' if en else 'đơn vị'}, {province.full} — {data_version()})")
    return 0 if found else 1


def run_new(args: argparse.Namespace) -> int:
    from .template import library, write_text_output

    province = find_province(args.province)
    unit = find_unit(province, args.unit) if args.unit and args.unit.strip() else None
    spec = build_profile(province, unit, args.issuer, args.department)
    set_signers(spec, args.signer)
    for item in args.person:
        set_person(spec, item)
    if args.symbol:
        spec.symbol = args.symbol.strip().upper()
    if args.place:
        spec.place = " ".join(args.place.split())
    text = profile_toml(spec)
    name = args.name or spec.key
    if args.import_:
        entry = library(args).save_text(PROFILE_KIND, name, text, force=args.force)
        print(f"đã lưu vào thư viện / saved: {entry.name} — {entry.title}")
    else:
        write_text_output(args.output, text, args.force)
        print(f"đã ghi / written: {args.output}")
    print("  " + " / ".join(spec.parent_agency + spec.agency) + f" — Số: …/{spec.symbol} — {spec.place}, ngày …")
    missing = spec.missing_names()
    if missing:
        print("Còn trống họ tên / names still empty: " + "; ".join(missing))
        print("  (--signer \"Họ tên|QUYỀN HẠN|CHỨC VỤ\", --person \"mã=Họ tên\", hoặc sửa trong trình soạn: "
              "Mẫu → Hồ sơ cơ quan)")
    return 0


__all__ = ["register"]

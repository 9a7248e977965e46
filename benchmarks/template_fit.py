"""How many parts of a real notice still need editing by hand after the
template route (issue 12).

Two notices written by hand (not from a template): a Văn phòng UBND tỉnh
notice of a working meeting with a department, and a commune's conference.
Each is compared part by part — summary, issue date, opening paragraphs,
every body node (level and text), closing, recipient lines — with what
``instantiate`` makes from the best values a user can give a template.  An
edit is one part to change, add or delete (difflib opcodes over the parts).

    python benchmarks/template_fit.py            # the templates of this tree
    python benchmarks/template_fit.py --route before   # values main's templates can take

The ``before`` route uses only what the template language of main offers
(run it with main's package on PYTHONPATH to measure main).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thongbao_editor.templates import Library, instantiate  # noqa: E402

# --------------------------------------------------------------------------
# The two notices, as written (parts in print order)

VP_MEETING = {
    "summary": "Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng",
    "date": "2026-03",
    "opening": [
        "Ngày 12/3/2026, đồng chí Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Xây dựng về tiến độ "
        "các dự án giao thông trọng điểm năm 2026. Tham dự có: lãnh đạo các sở: Tài chính, Nông nghiệp và "
        "Môi trường; lãnh đạo Văn phòng UBND tỉnh; lãnh đạo Sở Xây dựng và các phòng, đơn vị trực thuộc. "
        "Mời dự: lãnh đạo UBND xã Hoàng Văn Thụ.",
        "Sau khi nghe lãnh đạo Sở Xây dựng báo cáo, ý kiến phát biểu của các thành phần dự họp, đồng chí Phó "
        "Chủ tịch UBND tỉnh kết luận như sau:",
    ],
    "body": [
        ("khoan", "Đánh giá chung"),
        ("paragraph", "Thời gian qua, Sở Xây dựng đã chủ động tham mưu, phối hợp triển khai các dự án giao "
                      "thông trọng điểm; một số dự án bảo đảm tiến độ đề ra."),
        ("paragraph", "Bên cạnh kết quả đạt được, vẫn còn một số tồn tại, hạn chế:"),
        ("item", "Công tác giải phóng mặt bằng một số dự án còn chậm."),
        ("item", "Tỷ lệ giải ngân vốn đầu tư công đạt thấp so với kế hoạch."),
        ("khoan", "Nhiệm vụ trọng tâm thời gian tới"),
        ("paragraph", "Sở Xây dựng tập trung thực hiện tốt các nhiệm vụ sau:"),
        ("diem", "Về tiến độ dự án"),
        ("item", "Chỉ đạo các nhà thầu tăng cường nhân lực, thiết bị, tổ chức thi công ba ca."),
        ("sub_item", "Hoàn thành hạng mục nền đường trước ngày 30/6/2026."),
        ("diem", "Về giải ngân vốn"),
        ("item", "Phối hợp với Sở Tài chính đẩy nhanh thanh toán khối lượng hoàn thành."),
        ("khoan", "Về các kiến nghị, đề xuất của Sở Xây dựng"),
        ("item", "Đề nghị bổ sung vốn cho Dự án đường tránh: giao Sở Tài chính tham mưu, báo cáo UBND tỉnh "
                 "trước ngày 15/4/2026."),
    ],
    "closing": "Văn phòng UBND tỉnh thông báo để Sở Xây dựng, các cơ quan, đơn vị liên quan biết, thực hiện./.",
    "recipients": ["Thường trực Tỉnh ủy (B/c);", "Thường trực HĐND tỉnh (B/c);",
                   "Chủ tịch, các Phó Chủ tịch UBND tỉnh (B/c);", "Sở Xây dựng;",
                   "Các sở: Tài chính, Nông nghiệp và Môi trường;",
                   "Lãnh đạo Văn phòng UBND tỉnh, các phòng CM, TTTT;"],
}

COMMUNE_CONFERENCE = {
    "summary": "Kết luận của đồng chí Vi Văn Tâm, Chủ tịch UBND xã tại Hội nghị sơ kết công tác 6 tháng đầu "
               "năm 2026",
    "date": "2026-07",
    "opening": [
        "Ngày 10/7/2026, UBND xã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2026. Đồng chí Vi Văn Tâm, "
        "Chủ tịch UBND xã chủ trì Hội nghị. Tham dự Hội nghị có lãnh đạo các cơ quan, đơn vị, đoàn thể xã và "
        "Trưởng các thôn.",
        "Sau khi nghe báo cáo kết quả thực hiện và ý kiến tham luận của các đại biểu, đồng chí Vi Văn Tâm, "
        "Chủ tịch UBND xã kết luận như sau:",
    ],
    "body": [
        ("muc", "ĐÁNH GIÁ CHUNG"),
        ("paragraph", "Trong 6 tháng đầu năm, các cơ quan, đơn vị và các thôn đã tích cực triển khai nhiệm vụ; "
                      "thu ngân sách đạt 56% dự toán."),
        ("paragraph", "Tuy nhiên, vẫn còn một số hạn chế cần sớm khắc phục trong thời gian tới."),
        ("muc", "NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN"),
        ("khoan", "Nhiệm vụ trọng tâm"),
        ("item", "Tập trung thu ngân sách, phấn đấu đạt 100% dự toán."),
        ("item", "Đẩy nhanh xây dựng nông thôn mới tại các thôn."),
        ("khoan", "Phân công tổ chức thực hiện"),
        ("item", "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về UBND xã trước ngày 15 "
                 "tháng cuối quý."),
    ],
    "closing": "UBND xã thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
    "recipients": ["Thường trực Đảng ủy xã (B/c);", "Thường trực HĐND xã (B/c);",
                   "Chủ tịch, các Phó Chủ tịch UBND xã;", "Các cơ quan, đơn vị dự Hội nghị;",
                   "Văn phòng HĐND và UBND xã;"],
}

# --------------------------------------------------------------------------
# What a user gives the template (the best each route allows)

_ASSESS = ["Thời gian qua, Sở Xây dựng đã chủ động tham mưu, phối hợp triển khai các dự án giao thông trọng "
           "điểm; một số dự án bảo đảm tiến độ đề ra."]
_LIMITS = ["Công tác giải phóng mặt bằng một số dự án còn chậm",
           "Tỷ lệ giải ngân vốn đầu tư công đạt thấp so với kế hoạch"]
_PROPOSAL = ("Đề nghị bổ sung vốn cho Dự án đường tránh: giao Sở Tài chính tham mưu, báo cáo UBND tỉnh trước "
             "ngày 15/4/2026.")
_CONF = {"conference": "sơ kết công tác 6 tháng đầu năm 2026", "conference_date": "2026-07-10",
         "chair": {"name": "Vi Văn Tâm", "title": "Chủ tịch UBND xã"},
         "assessment": ["Trong 6 tháng đầu năm, các cơ quan, đơn vị và các thôn đã tích cực triển khai nhiệm vụ; "
                        "thu ngân sách đạt 56% dự toán.",
                        "Tuy nhiên, vẫn còn một số hạn chế cần sớm khắc phục trong thời gian tới."],
         "tasks": ["Tập trung thu ngân sách, phấn đấu đạt 100% dự toán.",
                   "Đẩy nhanh xây dựng nông thôn mới tại các thôn."]}

ROUTES = {
    "before": [
        ("Văn phòng: làm việc với Sở Xây dựng", VP_MEETING, "hop-lam-viec", "vp-ubnd-tinh", {
            "meeting_date": "2026-03-12", "chair": {"title": "Phó Chủ tịch UBND tỉnh"},
            "partner": "Sở Xây dựng", "topic": "tiến độ các dự án giao thông trọng điểm năm 2026",
            "attendees": ["lãnh đạo các sở: Tài chính, Nông nghiệp và Môi trường", "lãnh đạo Văn phòng UBND tỉnh",
                          "lãnh đạo Sở Xây dựng và các phòng, đơn vị trực thuộc"],
            "reporters": "lãnh đạo Sở Xây dựng", "assessment": _ASSESS + [p + "." for p in _LIMITS],
            "tasks": ["Chỉ đạo các nhà thầu tăng cường nhân lực, thiết bị, tổ chức thi công ba ca.",
                      "Hoàn thành hạng mục nền đường trước ngày 30/6/2026.",
                      "Phối hợp với Sở Tài chính đẩy nhanh thanh toán khối lượng hoàn thành."],
            "assignments": [_PROPOSAL]}),
        ("Xã: hội nghị sơ kết", COMMUNE_CONFERENCE, "hoi-nghi", "ubnd-xa", _CONF | {
            "attendees": "lãnh đạo các cơ quan, đơn vị, đoàn thể xã và Trưởng các thôn"}),
    ],
    "after": [
        ("Văn phòng: làm việc với Sở Xây dựng", VP_MEETING, "lam-viec-voi-so", "vp-ubnd-tinh", {
            "meeting_date": "2026-03-12", "issue_date": "3/2026", "chair": {"title": "Phó Chủ tịch UBND tỉnh"},
            "department": "Sở Xây dựng", "topic": "tiến độ các dự án giao thông trọng điểm năm 2026",
            "attendees": ["lãnh đạo các sở: Tài chính, Nông nghiệp và Môi trường", "lãnh đạo Văn phòng UBND tỉnh",
                          "lãnh đạo Sở Xây dựng và các phòng, đơn vị trực thuộc"],
            "invited": ["lãnh đạo UBND xã Hoàng Văn Thụ"],
            "assessment": _ASSESS, "limitations": _LIMITS,
            "tasks": ["Về tiến độ dự án:",
                      "Chỉ đạo các nhà thầu tăng cường nhân lực, thiết bị, tổ chức thi công ba ca.",
                      "+ Hoàn thành hạng mục nền đường trước ngày 30/6/2026.", "Về giải ngân vốn:",
                      "Phối hợp với Sở Tài chính đẩy nhanh thanh toán khối lượng hoàn thành."],
            "proposals": [_PROPOSAL], "also_to": ["Các sở: Tài chính, Nông nghiệp và Môi trường"]}),
        ("Xã: hội nghị sơ kết", COMMUNE_CONFERENCE, "hoi-nghi", "ubnd-xa", _CONF | {"issue_date": "7/2026"}),
    ],
}


def parts(n: dict) -> list[tuple[str, str]]:
    return ([("summary", n["summary"]), ("date", n["date"])] + [("opening", p) for p in n["opening"]]
            + [("body:" + k, t) for k, t in n["body"]] + [("closing", n["closing"])]
            + [("recipient", r) for r in n["recipients"]])


def notice_parts(notice) -> dict:
    d = notice.header.date
    opening = [p.text for p in notice.opening.override] if notice.opening.override is not None else []
    if notice.opening.override is None:
        from thongbao_editor.render.opening import opening_paragraphs
        opening = [p.text for p in opening_paragraphs(notice)]
    return {"summary": notice.header.summary,
            "date": f"{d.year}" + (f"-{d.month:02d}" if d.month else "") + (f"-{d.day:02d}" if d.day else ""),
            "opening": opening,
            "body": [(node.kind.value, node.text.text) for _path, node in notice.walk_body()],
            "closing": notice.closing.text, "recipients": list(notice.recipients)}


def edits(target: list, made: list) -> int:
    count = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=made, b=target, autojunk=False).get_opcodes():
        if op != "equal":
            count += max(i2 - i1, j2 - j1)
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--route", choices=sorted(ROUTES), default="after")
    parser.add_argument("--show", action="store_true", help="print the parts that differ")
    args = parser.parse_args()
    lib = Library("/nonexistent-user-dir")
    for title, target, template, profile, values in ROUTES[args.route]:
        made = parts(notice_parts(instantiate(lib.template(template), lib.profile(profile), values)))
        want = parts(target)
        n = edits(want, made)
        print(f"{args.route:6} {title:38} template {template:16} {n:2} hand edits / {len(want)} parts "
              f"({100 * n / len(want):.0f}%)")
        if args.show:
            for line in difflib.unified_diff([f"{k}: {t}" for k, t in made], [f"{k}: {t}" for k, t in want],
                                             "template", "written", lineterm="", n=0):
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

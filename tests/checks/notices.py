"""A small, correct notice for rule tests, and helpers to spoil it one way at a time."""

from __future__ import annotations

import datetime as dt

from thongbao_editor.checks import check_notice
from thongbao_editor.model import (Header, IssueDate, Kind, Node, Notice, Opening, Person,
                                   RichText, Signature, Storage)


def clean_notice() -> Notice:
    """A notice on which the checker must find nothing."""
    return Notice(
        header=Header(agency=["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], number="05", symbol="TB-UBND",
                      place="Lạng Sơn", date=IssueDate(2024, 4, 19),
                      summary="Kết luận của đồng chí Dương Xuân Huyền, Phó Chủ tịch Thường trực "
                              "UBND tỉnh về kiểm tra tại huyện Cao Lộc"),
        opening=Opening(
            basis=["Chương trình số 15/CTr-UBND ngày 12/3/2024 của UBND tỉnh về kiểm tra tình "
                   "hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024"],
            inspection_date=dt.date(2024, 4, 10),
            chair=Person("Dương Xuân Huyền", "Phó Chủ tịch Thường trực UBND tỉnh",
                         "Trưởng Đoàn kiểm tra số 02"),
            units=["huyện Cao Lộc"],
            activities="kiểm tra thực tế tại xã Cao Lâu",
            reporters="lãnh đạo UBND huyện Cao Lộc",
            report_subject="tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội (KT-XH) "
                           "năm 2024"),
        body=[
            Node.make(Kind.MUC, "ĐÁNH GIÁ CHUNG",
                      Node.make(Kind.PARAGRAPH, "Tổng thu ngân sách đạt 115.492 triệu đồng, đạt "
                                "25,65% dự toán; tình hình KT-XH ổn định.")),
            Node.make(Kind.MUC, "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI",
                      Node.make(Kind.ITEM, "Tập trung thực hiện các nhiệm vụ phát triển KT-XH.")),
        ],
        closing=RichText.from_markup("UBND tỉnh thông báo để UBND huyện Cao Lộc, các cơ quan "
                                     "liên quan biết, thực hiện."),
        recipients=["Thường trực Tỉnh ủy (B/c);", "UBND huyện Cao Lộc;"],
        storage=Storage(["KG-VX"], None, "NNK"),
        signature=Signature(["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                            "Hoàng Xuân Đồng"),
    )


def with_text(markup: str, notice: Notice | None = None) -> Notice:
    """The clean notice with one more body paragraph (``markup``) at the end of mục I."""
    n = notice or clean_notice()
    n.body[0].children.append(Node.make(Kind.PARAGRAPH, markup))
    return n


def findings(notice: Notice, rule: str | None = None, **kwargs):
    out = check_notice(notice, **kwargs)
    return [f for f in out if rule is None or f.rule == rule]

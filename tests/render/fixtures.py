"""Notices built in code for the render tests: small but complete, and long."""

from __future__ import annotations

import datetime as dt

from thongbao_editor.model import (Header, IssueDate, Kind, Node, Notice, Opening, Person,
                                   RichText, Signature, Storage)


def small_notice() -> Notice:
    """Every part of a notice: parent agency, all levels, bold/italic, two footnotes."""
    n = Notice(
        header=Header(parent_agency=["UBND TỈNH LẠNG SƠN"], agency=["VĂN PHÒNG"], number="5",
                      symbol="TB-VP", place="Lạng Sơn", date=IssueDate(2024, 2, 5),
                      doc_type="THÔNG BÁO",
                      summary="Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi kiểm tra"),
        opening=Opening(basis=["Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh"],
                        inspection_date=dt.date(2024, 1, 30),
                        chair=Person("Đoàn Thu Hà", "Phó Chủ tịch UBND tỉnh", "Trưởng Đoàn kiểm tra"),
                        units=["huyện Cao Lộc"], attendees="lãnh đạo các sở, ngành",
                        participants="lãnh đạo UBND huyện", activities="kiểm tra thực tế",
                        reporters="lãnh đạo UBND huyện", report_subject="kết quả thực hiện nhiệm vụ"),
        body=[
            Node.make(Kind.MUC, "Đánh giá chung",
                      Node.make(Kind.PARAGRAPH, "Trong 03 tháng đầu năm 2024, huyện đạt **08/19 tiêu chí**"
                                " *(tăng 2 tiêu chí)*[^Theo Báo cáo số 45/BC-UBND ngày 10/4/2024.]."),
                      Node.make(Kind.KHOAN, "Đối với UBND huyện Cao Lộc",
                                Node.make(Kind.SUB_KHOAN, "Về phát triển kinh tế - xã hội",
                                          Node.make(Kind.DIEM, "Về phát triển kinh tế",
                                                    Node.make(Kind.ITEM, "Tập trung đẩy nhanh tiến độ"
                                                              " giải ngân vốn đầu tư công[^Đến ngày"
                                                              " *15/4/2024* đạt 25,65%.].",
                                                              Node.make(Kind.SUB_ITEM, "Hoàn thành trước"
                                                                        " **15/4/2024**."))))),
                      ),
            Node.make(Kind.MUC, "Nhiệm vụ trọng tâm trong thời gian tới",
                      Node.make(Kind.KHOAN, "UBND huyện cần tập trung chỉ đạo các nhiệm vụ.",
                                heading=False)),
        ],
        closing=RichText.from_markup("UBND tỉnh thông báo để UBND huyện Cao Lộc, các cơ quan liên quan"
                                     " biết, thực hiện"),
        recipients=["Thường trực Tỉnh ủy (B/c);", "Chủ tịch, các PCT UBND tỉnh;", "UBND huyện Cao Lộc;"],
        storage=Storage(units=["KG-VX"], copies=2, initials="NNK"),
        signature=Signature(["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                            "Hoàng Xuân Đồng"),
        # Three authority lines (TL. + KT.) are kept to test their layout; the checker
        # would have a TB-VP signed in the office's own name.
        silenced={"form.authority_fit": "three authority lines, to test the layout"},
    )
    return n


SENTENCE = ("Tập trung chỉ đạo, đôn đốc các cơ quan, đơn vị triển khai thực hiện có hiệu quả các nhiệm vụ"
            " phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn")


def long_notice(sections: int = 3, paragraphs: int = 8, footnote_every: int = 5) -> Notice:
    """A notice of ``sections`` mục × 2 khoản × ``paragraphs`` items (≈ sections pages)."""
    n = small_notice()
    body = []
    k = 0
    for s in range(sections):
        khoans = []
        for kh in range(2):
            items = []
            for p in range(paragraphs):
                k += 1
                tag = f"{s + 1}.{kh + 1}.{p + 1}"
                note = f"[^Chú thích số {k} cho đoạn {tag}.]" if k % footnote_every == 0 else ""
                items.append(Node.make(Kind.ITEM, f"{SENTENCE} (đoạn {tag}){note}."))
            khoans.append(Node.make(Kind.KHOAN, f"Nhóm nhiệm vụ {kh + 1}", *items))
        body.append(Node.make(Kind.MUC, f"Phần {s + 1}", *khoans))
    n.body = body
    return n


def appendix_notice(tasks: int = 15) -> Notice:
    """The small notice with a merged figures table in the body, a reference to
    the task appendix, and a landscape task appendix of ``tasks`` rows."""
    from thongbao_editor.model.notice import Appendix
    from thongbao_editor.model.tables import Cell, Table, task_table

    n = small_notice()
    figures = Table([[Cell.make("**Chỉ tiêu**"), Cell.make("**Kết quả**", span=2)]],
                    [[Cell.make("Thu ngân sách"), Cell.make("*98%*"), Cell.make("đạt")],
                     [Cell.make("", merged=True),
                      Cell.make("vượt dự toán[^Số liệu của Cục Thống kê.]", span=2)]],
                    [60, 50, 50])
    n.body[0].children.insert(1, Node(Kind.PARAGRAPH, table=figures))
    n.body[1].children.append(Node.make(Kind.PARAGRAPH, "Phân công cụ thể tại {{phuluc:nhiem-vu}}."))
    rows = [(f"Nhiệm vụ {i}: rà soát, hoàn thiện hồ sơ dự án đầu tư công", "Sở Kế hoạch và Đầu tư",
             "UBND huyện Cao Lộc", f"{i:02d}/{3 + i % 9:02d}/2024", "") for i in range(1, tasks + 1)]
    n.appendices = [Appendix("Phân công nhiệm vụ", True,
                             [Node.make(Kind.PARAGRAPH, "Các sở, ngành thực hiện các nhiệm vụ sau:"),
                              Node(Kind.PARAGRAPH, table=task_table(rows))], "nhiem-vu")]
    return n

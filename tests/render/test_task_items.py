"""A task table in the body printed as prose items (``Table.style = "items"``)."""

from __future__ import annotations

import html
import re

import pytest

from thongbao_editor.checks.engine import check_notice
from thongbao_editor.errors import DraftError
from thongbao_editor.model import Kind, Node
from thongbao_editor.model.draft import notice_from_dict, notice_to_dict
from thongbao_editor.model.tables import task_table
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.html import notice_html

from .docx_xml import Docx, paragraphs, style_of, text
from .fixtures import small_notice

FIRST = ("- Sở Kế hoạch và Đầu tư chủ trì, phối hợp với UBND huyện Cao Lộc: rà soát, hoàn thiện "
         "hồ sơ dự án. Thời hạn: trước ngày 1/4/2024.")
SECOND = "- Chi cục Thuế khu vực chủ trì: báo cáo số thu. Thời hạn: trước ngày 15/02/2024x."
THIRD = "- Phòng Tài chính - Kế hoạch chủ trì: tổng hợp kết quả. Ghi chú: **gửi** Văn phòng."


def _notice(style: str = "items"):
    n = small_notice()
    table = task_table([("rà soát, hoàn thiện hồ sơ dự án", "Sở Kế hoạch và Đầu tư",
                         "UBND huyện Cao Lộc", "01/04/2024", ""),
                        ("báo cáo số thu.", "Chi cục Thuế khu vực", "", "15/02/2024x", ""),
                        ("tổng hợp kết quả", "Phòng Tài chính - Kế hoạch", "", "", "")])
    table.rows[2][5].text = table.rows[2][5].text.from_markup("**gửi** Văn phòng")
    table.style = style
    n.body[1].children.append(Node(Kind.PARAGRAPH, table=table))
    return n


def test_items_read_back_from_the_docx_as_item_paragraphs():
    doc = Docx(render_docx_bytes(_notice()))
    items = [p for p in paragraphs(doc.document) if text(p).startswith("- ") and "chủ trì" in text(p)]
    assert [text(p) for p in items] == [FIRST, SECOND, THIRD.replace("**", "")]
    assert {style_of(p) for p in items} == {"TBItem"}
    assert "Đơn vị chủ trì" not in text(doc.document)  # no grid printed


def test_the_preview_prints_the_same_items():
    page = notice_html(_notice())
    plain = html.unescape(re.sub(r"<[^>]+>", "", page))
    for line in (FIRST, SECOND, THIRD.replace("**", "")):
        assert line in plain
    assert "<b>gửi</b>" in page
    assert "Đơn vị chủ trì" not in plain


def test_grid_is_the_default_and_prints_a_table():
    n = _notice("grid")
    assert "Đơn vị chủ trì" in text(Docx(render_docx_bytes(n)).document)
    assert FIRST not in html.unescape(re.sub(r"<[^>]+>", "", notice_html(n)))


def test_style_round_trips_through_the_draft_format_and_grid_is_not_written():
    data = notice_to_dict(_notice())
    table = data["body"][1]["children"][-1]["table"]
    assert table["style"] == "items"
    assert notice_from_dict(data).body[1].children[-1].table.style == "items"
    assert "style" not in notice_to_dict(_notice("grid"))["body"][1]["children"][-1]["table"]


def test_items_style_on_a_plain_table_is_refused_with_its_place():
    data = notice_to_dict(_notice())
    table = data["body"][1]["children"][-1]["table"]
    del table["kind"]
    with pytest.raises(DraftError) as err:
        notice_from_dict(data)
    message = err.value.message("en")
    assert "body[1].children[1].table.style" in message and "only a task table" in message


def test_the_task_rules_still_apply_to_items():
    findings = [f for f in check_notice(_notice()) if f.rule.startswith("tasks.")]
    assert [f.part for f in findings] == ["body[1].children[1].table.rows[1][4].text"]

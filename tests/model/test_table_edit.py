"""Appendices and tables: draft round trip, task rows as dates, and edit
operations with exact inverses (like tests/model/test_edit.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from thongbao_editor.errors import DraftError
from thongbao_editor.model import Kind, Node, RichText, load_draft, loads, notice_from_dict, notice_to_dict
from thongbao_editor.model.edit import Batch, FieldPath, NoticeEditor
from thongbao_editor.model.notice import Appendix
from thongbao_editor.model.numbering import number_tree
from thongbao_editor.model.table_edit import (InsertAppendix, InsertColumn, InsertRow, RemoveAppendix,
                                              RemoveColumn, RemoveRow, SetCell)
from thongbao_editor.model.tables import Cell, Table, notice_tasks, parse_deadline, task_table

TASKS = FieldPath.parse("appendices[0].content[1].table")
BODY_TABLE = FieldPath.parse("body[0].children[0].table")


@pytest.fixture
def notice(example_path):
    n = load_draft(example_path)
    tasks = task_table([("Rà soát quy hoạch", "Sở Xây dựng", "UBND huyện", "30/06/2024", ""),
                        ("Báo cáo kết quả", "", "", "31/02/2024", "gấp")])
    n.appendices = [Appendix("Phân công nhiệm vụ", True,
                             [Node.make("paragraph", "Danh sách nhiệm vụ:"),
                              Node(Kind.PARAGRAPH, table=tasks)], "nhiem-vu")]
    merged = Table([[Cell.make("**Chỉ tiêu**"), Cell.make("**Kết quả**", span=2)]],
                   [[Cell.make("Thu ngân sách"), Cell.make("*98%*"), Cell.make("đạt")],
                    [Cell.make("", merged=True), Cell.make("ghi chú[^nguồn: Cục Thống kê]", span=2)]],
                   [60, 40, 40])
    n.body[0].children.insert(0, Node(Kind.PARAGRAPH, table=merged))
    return n


def test_tables_and_appendices_round_trip_through_the_draft(notice):
    data = notice_to_dict(notice)
    again = loads(json.dumps(data, ensure_ascii=False))
    assert notice_to_dict(again) == data
    assert again.appendices[0].landscape and again.appendices[0].key == "nhiem-vu"
    cells = again.body[0].children[0].table
    assert cells.header[0][1].span == 2 and cells.rows[1][0].merged
    assert cells.rows[1][1].text.footnotes()


def test_a_draft_without_appendices_is_written_as_before(example_path):
    data = notice_to_dict(load_draft(example_path))
    assert "appendices" not in data and data["format_version"] == 1


def test_a_table_node_given_text_or_a_level_still_loads_and_prints_both(notice):
    """The editor edits nodes, not tables: a text or a level given to the node
    carrying a table never makes the draft unreadable; the text prints before it."""
    from thongbao_editor.model.edit import SetNodeKind, SetNodeText
    from thongbao_editor.render.blocks import build
    SetNodeText((0, 0), RichText.plain("Kết quả:")).apply(notice)
    SetNodeKind((0, 0), Kind.KHOAN, False).apply(notice)
    again = loads(json.dumps(notice_to_dict(notice), ensure_ascii=False))
    roles = [(p.role, p.content.text) for p in build(again).paragraphs if p.path == (0, 0)]
    assert roles == [("labelled", "Kết quả:"), ("table", "")]


def test_numbering_skips_a_table_node(notice):
    labels = number_tree(notice.body, notice.numbering)
    table_node = notice.body[0].children[0]
    assert id(table_node) not in labels
    assert labels[id(notice.body[0].children[1])] == "1."


@pytest.mark.parametrize("change, where", [
    (lambda d: d["appendices"][0]["content"][1]["table"].update(kind="other"),
     "appendices[0].content[1].table.kind"),
    (lambda d: d["appendices"][0]["content"][1]["table"].update(widths=[10]),
     "appendices[0].content[1].table.widths"),
    (lambda d: d["appendices"][0]["content"][0].update(kind="khoan"), "appendices[0].content[0].kind"),
    (lambda d: d["appendices"][0].update(key="Nhiệm vụ"), "appendices[0].key"),
    (lambda d: d["appendices"].append(dict(d["appendices"][0])), "appendices[1].key"),
    (lambda d: d["body"][0]["children"][0]["table"]["header"][0][0].update(merged=True),
     "body[0].children[0].table.header[0][0].merged"),
])
def test_bad_tables_are_refused_with_the_field_path(notice, change, where):
    data = notice_to_dict(notice)
    data["body"][0]["children"][0]["table"]["header"][0][0] = {"text": "A"}
    change(data)
    with pytest.raises(DraftError) as err:
        loads(json.dumps(data, ensure_ascii=False), "x.json")
    assert err.value.params["path"] == where


def test_task_rows_read_as_dates(notice):
    tasks = [t for _, _, t in notice_tasks(notice)]
    assert [t.task for t in tasks] == ["Rà soát quy hoạch", "Báo cáo kết quả"]
    assert tasks[0].deadline == dt.date(2024, 6, 30) and tasks[0].lead == "Sở Xây dựng"
    assert tasks[1].deadline is None and tasks[1].deadline_text == "31/02/2024"
    assert parse_deadline(" ") is None
    for bad in ("31/02/2024", "2024-06-30", "hết quý II"):
        with pytest.raises(ValueError):
            parse_deadline(bad)


def _ops():
    return [
        SetCell(TASKS, 0, 1, RichText.from_markup("Rà soát **lại**")),
        SetCell(BODY_TABLE, 0, 0, RichText.plain("Tiêu chí"), header=True),
        InsertRow(TASKS, 1),
        InsertRow(TASKS, 0, (Cell.make("0"), Cell.make("Mới"))),
        RemoveRow(TASKS, 2),
        InsertColumn(BODY_TABLE, 2),  # inside the header's span: it grows
        InsertColumn(BODY_TABLE, 0),
        RemoveColumn(BODY_TABLE, 3),
        RemoveColumn(TASKS, 5),
        InsertAppendix(0, Appendix("Số liệu", False, [Node.make("paragraph", "Bảng")])),
        RemoveAppendix(1),
        InsertAppendix(1, Appendix("Lại", True)),
    ]


def test_every_table_operation_is_undone_by_its_inverse(notice):
    states, changes = [notice_to_dict(notice)], []
    for op in _ops():
        changes.append(op.apply(notice))
        assert notice_to_dict(notice) != states[-1], op
        states.append(notice_to_dict(notice))
        loads(json.dumps(states[-1], ensure_ascii=False))  # every step is a valid draft
    for change, state in zip(reversed(changes), reversed(states[:-1]), strict=True):
        change.inverse.apply(notice)
        assert notice_to_dict(notice) == state, change.op
    for change, state in zip(changes, states[1:], strict=True):  # redo
        change.op.apply(notice)
        assert notice_to_dict(notice) == state


def test_column_operations_keep_spans_and_widths(notice):
    InsertColumn(BODY_TABLE, 2).apply(notice)
    t = BODY_TABLE.get(notice)
    assert [c.span for c in t.header[0]] == [1, 3] and len(t.widths) == 4 and t.columns == 4
    assert [len(r) for r in t.rows] == [4, 2]
    RemoveColumn(BODY_TABLE, 0).apply(notice)
    assert [c.text.text for c in t.rows[0]] == ["98%", "", "đạt"]


def test_changes_name_their_part_and_go_through_the_editor(notice):
    editor = NoticeEditor(notice)
    seen = []
    editor.listen(seen.append)
    change = editor.apply(Batch((InsertRow(TASKS, 0), RemoveAppendix(0))))
    assert change.parts == ("appendices",)
    assert editor.apply(SetCell(BODY_TABLE, 0, 0, RichText.plain("x"))).part == "body"
    editor.apply(change.inverse)
    assert len(notice.appendices) == 1 and len(seen) == 5


def test_bad_places_raise_index_error_and_change_nothing(notice):
    before = notice_to_dict(notice)
    for op in (InsertRow(TASKS, 9), InsertColumn(TASKS, 7), RemoveColumn(TASKS, 6),
               InsertAppendix(5, Appendix()), SetCell(FieldPath.parse("appendices[0].content[0].table"),
                                                      0, 0, RichText())):
        with pytest.raises(IndexError):
            op.apply(notice)
    assert notice_to_dict(notice) == before
    assert notice_from_dict(before).appendices[0].title == "Phân công nhiệm vụ"

"""Tables and appendices in ``thongbao diff`` and in taking changes over:
an appendix change is a change of part ``appendices`` (compared whole); a
changed table in the body is a change of its node (issue 13)."""

from __future__ import annotations

import copy

from thongbao_editor.compare import diff_notices
from thongbao_editor.compare.report import format_text
from thongbao_editor.model.draft import notice_to_dict
from thongbao_editor.model.edit import FieldPath
from thongbao_editor.model.table_edit import InsertRow, SetCell
from thongbao_editor.model.text import RichText

from render.fixtures import appendix_notice

from .edits import take_all, undo_all


def _pair():
    old = appendix_notice(tasks=3)
    new = copy.deepcopy(old)
    SetCell(FieldPath.parse("appendices[0].content[1].table"), 1, 4, RichText.plain("30/12/2024")).apply(new)
    InsertRow(FieldPath.parse("body[0].children[1].table"), 0).apply(new)
    return old, new


def test_appendix_and_body_table_changes_are_reported_and_taken_over():
    old, new = _pair()
    changes = diff_notices(old, new)
    assert [(c.part, c.path) for c in changes] == [("body", "body[0].children[1]"),
                                                   ("appendices", "appendices")]
    assert "table" in changes[0].detail
    before = notice_to_dict(old)
    taken = take_all(old, changes)
    assert notice_to_dict(old) == notice_to_dict(new)
    undo_all(old, taken)
    assert notice_to_dict(old) == before


def test_the_report_names_the_appendices_part():
    old, new = _pair()
    assert "Phụ lục" in format_text(diff_notices(old, new), "vi")

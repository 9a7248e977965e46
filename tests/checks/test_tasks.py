"""Task-table rules: a planted past deadline, a missing lead unit, a date
that does not exist — inside the appendix's table (issue 13)."""

from __future__ import annotations

from thongbao_editor.checks.engine import check_notice
from thongbao_editor.model.edit import FieldPath
from thongbao_editor.model.table_edit import SetCell
from thongbao_editor.model.text import RichText

from render.fixtures import appendix_notice

TASKS = FieldPath.parse("appendices[0].content[1].table")


def _task_findings(notice):
    return [f for f in check_notice(notice) if f.rule.startswith("tasks.")]


def test_a_clean_task_table_has_no_findings():
    assert _task_findings(appendix_notice()) == []


def test_a_planted_past_deadline_is_flagged_in_its_cell():
    n = appendix_notice()  # notice date 05/02/2024
    SetCell(TASKS, 6, 4, RichText.plain("30/01/2024")).apply(n)
    (f,) = _task_findings(n)
    assert f.rule == "tasks.deadline" and f.severity.value == "warning"
    assert f.part == "appendices[0].content[1].table.rows[6][4].text"
    assert "Nhiệm vụ 7" in f.message("vi") and "05/02/2024" in f.message("vi")
    assert "before the notice date" in f.message("en")


def test_the_inspection_date_stands_in_while_the_notice_date_is_blank():
    n = appendix_notice()
    n.header.date.day = None
    SetCell(TASKS, 0, 4, RichText.plain("15/01/2024")).apply(n)  # inspection 30/01/2024
    assert [f.rule for f in _task_findings(n)] == ["tasks.deadline"]


def test_a_date_that_does_not_exist_and_a_missing_lead_are_errors():
    n = appendix_notice()
    SetCell(TASKS, 1, 4, RichText.plain("31/02/2024")).apply(n)
    SetCell(TASKS, 2, 2, RichText()).apply(n)
    found = {(f.rule, f.part, f.severity.value) for f in _task_findings(n)}
    assert found == {
        ("tasks.deadline", "appendices[0].content[1].table.rows[1][4].text", "error"),
        ("tasks.lead_missing", "appendices[0].content[1].table.rows[2][2].text", "error"),
    }


def test_a_figures_table_is_not_read_as_tasks():
    n = appendix_notice()
    n.appendices[0].content[1].table.kind = ""
    SetCell(TASKS, 1, 4, RichText.plain("31/02/2024")).apply(n)
    assert _task_findings(n) == []
    assert not [f for f in check_notice(n) if f.rule == "facts.empty_section"
                and f.part == "body" and f.path == (0, 1)]  # the body table node is not "empty"

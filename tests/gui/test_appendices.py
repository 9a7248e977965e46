"""The appendix list and the table editor, driven by real keys and clicks:
every change is a model operation on the one undo stack (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from thongbao_editor.gui.forms.appendices import pasted_rows
from thongbao_editor.model import notice_to_dict
from thongbao_editor.model.tables import notice_tasks

from .driver import key_clicks, type_cell


def _tasks(window):
    return [t for _, _, t in notice_tasks(window.document.notice)]


def test_add_an_appendix_type_tasks_with_tab_paste_rows_and_undo(qtbot, shown):
    window = shown
    before = notice_to_dict(window.document.notice)
    window.show_section("appendices")
    section = window.section("appendices")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    notice = window.document.notice
    assert len(notice.appendices) == 1 and notice.appendices[0].landscape
    assert notice.appendices[0].key == "pl1"  # the body may refer to it as {{phuluc:pl1}}
    assert "{{phuluc:pl1}}" in section.reference.text()
    assert section.list.item(0).text().startswith("Phụ lục")
    assert section.table.columnCount() == 6 and section.table.rowCount() == 2  # header + 1

    # type the task, Tab to the lead unit, type it
    table = section.table
    table.setFocus()
    table.setCurrentCell(1, 1)
    type_cell(qtbot, table, "Rà soát quy hoạch")
    assert table.currentColumn() == 2
    type_cell(qtbot, table, "Sở Xây dựng")
    assert table.currentColumn() == 3
    assert [(t.task, t.lead) for t in _tasks(window)] == [("Rà soát quy hoạch", "Sở Xây dựng")]

    # a range copied from Excel, pasted as rows after the current one (one undo step)
    QGuiApplication.clipboard().setText("2\tBáo cáo\tSở Tài chính\t\t30/06/2025\t\n"
                                        "3\tKiểm tra\tSở Nội vụ\tUBND xã\t31/02/2025\tgấp\n")
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    tasks = _tasks(window)
    assert [t.task for t in tasks] == ["Rà soát quy hoạch", "Báo cáo", "Kiểm tra"]
    assert tasks[2].support == "UBND xã" and tasks[2].notes == "gấp" and table.rowCount() == 4

    # the title, typed
    section.title_edit.setFocus()
    section.title_edit.selectAll()
    key_clicks(qtbot, section.title_edit, "Nhiệm vụ năm 2025")
    qtbot.keyClick(section.title_edit, Qt.Key.Key_Return)
    assert notice.appendices[0].title == "Nhiệm vụ năm 2025"

    # remove a row with the button; undo everything back to the draft as opened
    table.setCurrentCell(2, 0)
    qtbot.mouseClick(section.remove_row_button, Qt.MouseButton.LeftButton)
    assert [t.task for t in _tasks(window)] == ["Rà soát quy hoạch", "Kiểm tra"]
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert notice_to_dict(window.document.notice) == before
    assert section.list.count() == 0 and section.table.rowCount() == 0


def test_pasted_lines_fit_the_table_columns():
    rows = pasted_rows("a\tb\tc\r\n\r\nd\n", 2)
    assert [[c.text.text for c in r] for r in rows] == [["a", "b"], ["d", ""]]


def test_a_body_table_shows_in_the_tree_as_a_table(qtbot, window, tmp_path):
    from render.fixtures import appendix_notice

    from thongbao_editor.model import save_draft
    path = tmp_path / "tb.json"
    save_draft(appendix_notice(tasks=2), path)
    window.open_path(path, ask=False)
    model = window.section("body").tree.model()
    first = model.index(0, 0)
    text = model.index(1, 1, first).data()
    assert text == "[table, 2 rows]"

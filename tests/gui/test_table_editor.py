"""The table editor in the body: insert a table or a task table from the body
tree, edit header cells, add/remove columns, print tasks as items — each one
undo step, Ctrl+Z back to the draft as opened (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from thongbao_editor.model import Kind, notice_to_dict
from thongbao_editor.render.html import notice_html

from .driver import type_cell

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _click_action(qtbot, body, action):
    qtbot.mouseClick(body.toolbar.widgetForAction(action), LEFT)


def _undo_all(qtbot, window, widget, before):
    stack = window.document.undo_stack
    steps = stack.count()
    widget.setFocus()
    for _ in range(steps):
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert notice_to_dict(window.document.notice) == before
    return steps


def test_insert_a_table_edit_its_header_and_columns_then_undo(qtbot, shown):
    window = shown
    before = notice_to_dict(window.document.notice)
    window.show_section("body")
    body = window.section("body")
    body.select_path((1,))  # a mục: the table goes in as its last paragraph
    last = len(window.document.notice.node_at((1,)).children)
    _click_action(qtbot, body, body.insert_table_action)
    node = window.document.notice.node_at((1, last))
    assert node.kind is Kind.PARAGRAPH and not node.text and node.table is not None
    assert window.document.undo_stack.count() == 1
    editor = body.table_editor
    grid = editor.table
    assert editor.isVisible() and grid.rowCount() == 3 and grid.columnCount() == 3
    assert grid.item(0, 0).font().bold()  # the header row, first

    grid.setFocus()
    grid.setCurrentCell(0, 0)
    type_cell(qtbot, grid, "Chỉ tiêu")
    type_cell(qtbot, grid, "Kết quả")
    grid.setCurrentCell(1, 0)
    type_cell(qtbot, grid, "Thu ngân sách")
    table = window.document.notice.node_at((1, last)).table
    assert [c.text.text for c in table.header[0]] == ["Chỉ tiêu", "Kết quả", ""]
    assert table.rows[0][0].text.text == "Thu ngân sách"

    grid.setCurrentCell(0, 1)
    qtbot.mouseClick(editor.add_column_button, LEFT)  # after "Kết quả"
    table = window.document.notice.node_at((1, last)).table
    assert table.columns == 4 and grid.columnCount() == 4
    assert [c.text.text for c in table.header[0]] == ["Chỉ tiêu", "Kết quả", "", ""]
    grid.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.remove_column_button, LEFT)
    table = window.document.notice.node_at((1, last)).table
    assert [c.text.text for c in table.header[0]] == ["Kết quả", "", ""]
    assert [len(r) for r in table.rows] == [3, 3]

    assert _undo_all(qtbot, window, body.tree, before) == 6  # insert, 3 cells, 2 columns
    assert body.current_node() is not None


def test_insert_a_task_table_print_it_as_items_and_undo(qtbot, shown):
    window = shown
    before = notice_to_dict(window.document.notice)
    window.show_section("body")
    body = window.section("body")
    body.select_path((1, 0))  # a paragraph: the table goes in right after it
    assert window.document.notice.node_at((1, 0)).kind is Kind.PARAGRAPH
    where = (1, 1)
    _click_action(qtbot, body, body.insert_task_table_action)
    table = window.document.notice.node_at(where).table
    assert table.kind == "tasks" and table.style == "grid"
    editor = body.table_editor
    grid = editor.table
    assert grid.columnCount() == 6 and grid.rowCount() == 2
    assert not editor.add_column_button.isEnabled()  # a task table keeps its columns
    grid.setFocus()
    grid.setCurrentCell(1, 1)
    type_cell(qtbot, grid, "Rà soát hồ sơ")
    type_cell(qtbot, grid, "Sở Xây dựng")
    qtbot.mouseClick(editor.items_box, LEFT)
    table = window.document.notice.node_at(where).table
    assert table.style == "items"
    assert "- Sở Xây dựng chủ trì: Rà soát hồ sơ." in notice_html(window.document.notice)
    assert _undo_all(qtbot, window, grid, before) == 4

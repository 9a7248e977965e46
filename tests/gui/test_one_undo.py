"""One undo history: Ctrl+Z in any text box acts on the document's stack,
and loading text into a widget is never an edit (issue 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from thongbao_editor.model import notice_to_dict

from .driver import key_clicks

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def snapshot(window):
    return notice_to_dict(window.document.notice)




def test_ctrl_z_in_the_text_box_brings_back_the_deleted_paragraph(qtbot, shown):
    """Bug (a): Ctrl+Delete, then Ctrl+Z in the paragraph box blanked the
    neighbouring paragraph instead of restoring the deleted one."""
    window = shown
    window.show_section("body")
    body = window.section("body")
    body.select_path((1, 0))
    before = snapshot(window)
    deleted = window.document.notice.node_at((1, 0)).text
    body.tree.setFocus()
    qtbot.keyClick(body.tree, Qt.Key.Key_Delete, CTRL)
    after_delete = snapshot(window)
    assert after_delete != before
    assert window.document.notice.node_at((1, 0)).text != deleted
    body.text_edit.setFocus()
    qtbot.keyClick(body.text_edit, Qt.Key.Key_Z, CTRL)
    assert snapshot(window) == before
    assert window.document.undo_stack.canRedo()
    qtbot.keyClick(body.text_edit, Qt.Key.Key_Y, CTRL)
    assert snapshot(window) == after_delete
    qtbot.keyClick(body.text_edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(body.text_edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert snapshot(window) == after_delete


def test_ctrl_z_without_typing_changes_nothing(qtbot, shown):
    """Bug (b): with a paragraph selected and no typing, Ctrl+Z in its box
    deleted the tail of the paragraph."""
    window = shown
    window.show_section("body")
    body = window.section("body")
    before = snapshot(window)
    for path in ((0,), (1, 0), (1, 2, 0, 0, 1), (1, 1)):
        body.select_path(path)
        body.text_edit.setFocus()
        for _ in range(3):
            qtbot.keyClick(body.text_edit, Qt.Key.Key_Z, CTRL)
        assert snapshot(window) == before, path
    assert window.document.undo_stack.count() == 0
    closing = window.section("closing")
    window.show_section("closing")
    for widget in (closing.closing, closing.recipients, closing.initials):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
        assert snapshot(window) == before, widget.objectName()
    assert not window.document.is_modified()


def test_ctrl_z_in_one_field_undoes_the_last_edit_anywhere(qtbot, shown):
    window = shown
    header = window.section("header")
    before = snapshot(window)
    key_clicks(qtbot, header.place, " mới")
    after_place = snapshot(window)
    key_clicks(qtbot, header.symbol, "-X")
    # Ctrl+Z typed in the Place field undoes the latest step (the symbol).
    qtbot.keyClick(header.place, Qt.Key.Key_Z, CTRL)
    assert snapshot(window) == after_place
    assert header.symbol.text() == window.document.notice.header.symbol
    qtbot.keyClick(header.summary, Qt.Key.Key_Z, CTRL)
    assert snapshot(window) == before
    assert header.place.text() == window.document.notice.header.place


def _context_menu_action(target, name: str):
    """Open ``target``'s context menu as a right click does; its action ``name``."""
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                     target.mapToGlobal(QPoint(5, 5))))
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus
    action = next(a for a in menus[-1].actions() if a.objectName() == name)
    return menus[-1], action


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
@pytest.mark.parametrize("field", ["place", "summary"])
def test_context_menu_undo_is_the_document_undo(qtbot, shown, field):
    window = shown
    header = window.section("header")
    widget = getattr(header, field)
    before = snapshot(window)
    key_clicks(qtbot, widget, " thêm")
    assert snapshot(window) != before
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    menu, undo = _context_menu_action(target, "edit-undo")
    assert undo.isEnabled()
    undo.trigger()
    menu.close()
    assert snapshot(window) == before
    menu, redo = _context_menu_action(target, "edit-redo")
    assert redo.isEnabled()
    redo.trigger()
    menu.close()
    assert snapshot(window) != before


def test_text_boxes_keep_no_history_of_their_own(shown):
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
    for cls in (QTextEdit, QPlainTextEdit):
        for widget in shown.stack.findChildren(cls):
            if widget.isReadOnly():
                continue
            assert not widget.isUndoRedoEnabled(), widget.objectName()


def test_ctrl_z_in_a_table_cell_drops_the_typing_then_undoes_steps(qtbot, shown):
    window = shown
    before = snapshot(window)
    key_clicks(qtbot, window.section("header").place, " mới")
    after_place = snapshot(window)
    window.show_section("footnotes")
    table = window.section("footnotes").table
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    editor = QApplication.focusWidget()
    assert editor.parent() is table.viewport()
    key_clicks(qtbot, editor, " thêm")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # drops " thêm", the notice is untouched
    assert snapshot(window) == after_place
    assert table.item(0, 2).text() == editor.text() or not editor.isVisible()
    table.editItem(table.item(0, 2))
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # nothing typed: the last step is undone
    assert snapshot(window) == before

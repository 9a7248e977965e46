"""Find and Replace in the editor (Ctrl+F, Ctrl+H): every part, Vietnamese-aware,
each replacement one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from thongbao_editor.model import notice_to_dict
from thongbao_editor.model.search import find_all

from .driver import key_clicks

CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen




def test_ctrl_f_finds_without_diacritics_and_selects_the_words(qtbot, shown):
    header = shown.section("header")
    header.place.setFocus()
    qtbot.keyClick(header.place, Qt.Key.Key_F, CTRL)
    dialog = shown.find_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.replace_edit.isVisible()
    key_clicks(qtbot, dialog.find_edit, "ubnd xa cao lau")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    expected = find_all(shown.document.notice, "ubnd xa cao lau")
    assert expected and dialog.current == expected[0]
    focused = QApplication.focusWidget()
    selected = focused.textCursor().selectedText() if hasattr(focused, "textCursor") \
        else focused.selectedText()
    assert selected.lower() == "ubnd xã cao lâu"
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.current == expected[1 % len(expected)]
    assert "2" in dialog.status.text() or len(expected) == 1


def test_ctrl_h_replace_and_replace_all_are_undoable(qtbot, shown):
    before = notice_to_dict(shown.document.notice)
    field = shown.section("header").summary
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_H, CTRL)
    dialog = shown.find_actions.dialog
    assert dialog.replace_edit.isVisible()
    key_clicks(qtbot, dialog.find_edit, "cao loc")
    key_clicks(qtbot, dialog.replace_edit, "Chi Lăng")
    total = len(find_all(shown.document.notice, "cao loc"))
    assert total > 3
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert len(find_all(shown.document.notice, "cao loc")) == total - 1
    stack = shown.document.undo_stack
    assert stack.count() == 1
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert find_all(shown.document.notice, "cao loc") == []
    assert stack.count() == 2
    assert shown.document.notice.header.summary.count("Chi Lăng") >= 1
    stack.undo()
    assert len(find_all(shown.document.notice, "cao loc")) == total - 1
    stack.undo()
    assert notice_to_dict(shown.document.notice) == before

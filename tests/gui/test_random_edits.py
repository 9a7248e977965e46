"""A few hundred random edits through the GUI (typing, deletes, moves,
indents, level changes, quick fixes, paste, replace), then undo all gives the
original notice back exactly and redo all the final one (issue 8)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from thongbao_editor.gui.commands import get_field
from thongbao_editor.model import notice_to_dict

from .driver import choose, key_clicks

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
WORDS = ["xã", "huyện", "Cao Lộc", "đề nghị", "10.2%", "kết luận", "UBND", "Ủy ban", "tiếp tục",
         "ngày 5/3", "(B/c)", "chỉ đạo", "các", "đ", "ư", "a"]
FIELDS = [("header", "place"), ("header", "symbol"), ("header", "summary"),
          ("opening", "chair_name"), ("opening", "attendees"), ("opening", "units"),
          ("closing", "recipients"), ("closing", "initials"), ("signature", "signer"),
          ("closing", "closing")]
STEPS = 300
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen


class Monkey:
    def __init__(self, qtbot, window, seed: int):
        self.qtbot, self.window, self.rnd = qtbot, window, random.Random(seed)
        self.body = window.section("body")
        self.done: list[str] = []

    def words(self, n: int = 2) -> str:
        return " ".join(self.rnd.choice(WORDS) for _ in range(self.rnd.randint(1, n)))

    def node(self) -> bool:
        paths = [p for p, _ in self.window.document.notice.walk_body()]
        if not paths:
            return False
        self.window.show_section("body")
        self.body.select_path(self.rnd.choice(paths))
        return True

    def field(self):
        key, name = self.rnd.choice(FIELDS)
        self.window.show_section(key)
        widget = getattr(self.window.section(key), name)
        widget.setFocus()
        return widget

    # -- the edits --------------------------------------------------------------
    def type_field(self) -> None:
        widget = self.field()
        if self.rnd.random() < 0.3:
            self.qtbot.keyClick(widget, Qt.Key.Key_End, CTRL)
            for _ in range(self.rnd.randint(1, 6)):
                self.qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        key_clicks(self.qtbot, widget, " " + self.words())

    def type_body(self) -> None:
        if not self.node():
            return
        edit = self.body.text_edit
        edit.setFocus()
        cursor = edit.textCursor()
        cursor.setPosition(self.rnd.randint(0, len(edit.toPlainText())))
        edit.setTextCursor(cursor)
        if self.rnd.random() < 0.3:
            self.qtbot.keyClick(edit, Qt.Key.Key_Backspace, CTRL)
        key_clicks(self.qtbot, edit, self.words(3))

    def tree_key(self) -> None:
        if not self.node():
            return
        key, mods = self.rnd.choice([(Qt.Key.Key_Delete, CTRL), (Qt.Key.Key_Up, ALT),
                                     (Qt.Key.Key_Down, ALT), (Qt.Key.Key_Right, ALT),
                                     (Qt.Key.Key_Left, ALT), (Qt.Key.Key_Return, CTRL)])
        if key == Qt.Key.Key_Delete and sum(1 for _ in self.window.document.notice.walk_body()) < 8:
            return
        self.body.tree.setFocus()
        self.qtbot.keyClick(self.body.tree, key, mods)

    def change_level(self) -> None:
        if not self.node():
            return
        combo = self.body.kind_combo
        choose(combo, combo.itemData(self.rnd.randrange(combo.count())))

    def paste(self) -> None:
        QApplication.clipboard().setText("\n".join(self.words(3) for _ in range(self.rnd.randint(1, 3))))
        if self.rnd.random() < 0.6 and self.node():
            target = self.body.text_edit
            target.setFocus()
            target.moveCursor(QTextCursor.MoveOperation.End)
        else:
            target = self.field()
        self.qtbot.keyClick(target, Qt.Key.Key_V, CTRL)

    def quick_fix(self) -> None:
        panel = self.window.findings_dock.panel
        self.qtbot.waitUntil(lambda: panel.is_fresh() and not panel.timer.isActive()
                             and not panel._running, timeout=10000)
        fixes = [f for f in panel.findings if f.fix is not None]
        if fixes:
            assert panel.apply_quick_fix(self.rnd.choice(fixes))

    def replace_all(self) -> None:
        dialog = self.window.find_actions.show(True)
        dialog.find_edit.setText(self.rnd.choice(WORDS))
        dialog.replace_edit.setText(self.rnd.choice(WORDS))
        dialog.replace_all()
        dialog.close()

    def run(self, steps: int) -> None:
        edits = [(self.type_field, 5), (self.type_body, 5), (self.tree_key, 6),
                 (self.change_level, 2), (self.paste, 2), (self.quick_fix, 1),
                 (self.replace_all, 1)]
        actions = [a for a, w in edits for _ in range(w)]
        for _ in range(steps):
            action = self.rnd.choice(actions)
            action()
            self.done.append(action.__name__)


def assert_forms_show_the_notice(window) -> None:
    for key in ("header", "opening", "closing", "signature"):
        section = window.section(key)
        for path, binding in section.bindings.items():
            assert binding.read() == get_field(window.document.notice, path), path


@pytest.mark.parametrize("seed", [8])
def test_random_edits_undo_and_redo_exactly(qtbot, shown, seed):
    window = shown
    original = notice_to_dict(window.document.notice)
    monkey = Monkey(qtbot, window, seed)
    monkey.run(STEPS)
    stack = window.document.undo_stack
    final = notice_to_dict(window.document.notice)
    assert final != original
    assert stack.count() > STEPS // 4, monkey.done
    assert {"quick_fix", "paste", "tree_key", "type_body"} <= set(monkey.done)
    while stack.canUndo():
        stack.undo()
    assert notice_to_dict(window.document.notice) == original
    assert_forms_show_the_notice(window)
    while stack.canRedo():
        stack.redo()
    assert notice_to_dict(window.document.notice) == final
    assert_forms_show_the_notice(window)

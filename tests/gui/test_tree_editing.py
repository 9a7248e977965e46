"""Tree editing as Word users expect (issue 8): a new level never makes a
heading by itself, outdent reverses indent, pasting paragraphs makes
paragraphs (one undo step)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from thongbao_editor.gui.document import NoticeDocument
from thongbao_editor.model import Kind, Node, Notice, notice_to_dict

from .driver import choose

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def small_notice() -> Notice:
    return Notice(body=[Node.make(
        "muc", "ĐÁNH GIÁ",
        Node.make("khoan", "Về kinh tế", heading=True),
        Node.make("khoan", "Về xã hội", Node.make("item", "Giáo dục"),
                  Node.make("item", "Y tế"), Node.make("paragraph", "Đoạn thường")),
    )])


@pytest.fixture
def body(qtbot, window):
    window.set_document(NoticeDocument(small_notice()))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_section("body")
    section = window.section("body")
    section.tree.expandAll()
    return section


def snap(section):
    return notice_to_dict(section.document.notice)


def test_changing_the_level_never_makes_a_heading(body):
    body.select_path((0, 1, 1))  # "- Y tế", not a heading
    choose(body.kind_combo, Kind.DIEM.value)
    node = body.document.notice.node_at((0, 1, 1))
    assert node.kind is Kind.DIEM and not node.heading
    assert not body.heading_box.isChecked()
    body.select_path((0, 0))  # a heading khoản stays a heading at another level
    choose(body.kind_combo, Kind.SUB_KHOAN.value)
    assert body.document.notice.node_at((0, 0)).heading


@pytest.mark.parametrize("path, indented", [((0, 1, 1), Kind.SUB_ITEM),
                                             ((0, 1), Kind.SUB_KHOAN)])
def test_outdent_exactly_reverses_indent(qtbot, body, path, indented):
    before = snap(body)
    kind = body.document.notice.node_at(path).kind
    body.select_path(path)
    body.tree.setFocus()
    qtbot.keyClick(body.tree, Qt.Key.Key_Right, ALT)
    moved = body.current_path()
    assert moved == path[:-1] + (path[-1] - 1, len(moved) and moved[-1])
    assert body.document.notice.node_at(moved).kind is indented
    qtbot.keyClick(body.tree, Qt.Key.Key_Left, ALT)
    assert snap(body) == before
    assert body.current_path() == path
    assert body.document.notice.node_at(path).kind is kind


def test_pasting_paragraphs_makes_paragraphs_in_one_undo_step(qtbot, body):
    before = snap(body)
    body.select_path((0, 1, 0))  # "- Giáo dục"
    edit = body.text_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    QApplication.clipboard().setText("phổ thông.\nTrường học.\n\nBệnh viện")
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    items = body.document.notice.node_at((0, 1)).children
    assert [n.text.text for n in items] == ["Giáo dục phổ thông.", "Trường học.", "Bệnh viện",
                                            "Y tế", "Đoạn thường"]
    assert [n.kind for n in items[:3]] == [Kind.ITEM] * 3
    assert body.current_path() == (0, 1, 2)
    assert edit.textCursor().position() == len("Bệnh viện")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert snap(body) == before


def test_pasting_paragraphs_in_the_middle_splits_the_text(qtbot, body):
    body.select_path((0, 1, 1))  # "- Y tế"
    edit = body.text_edit
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(1)
    edit.setTextCursor(cursor)
    QApplication.clipboard().setText("A\nB")
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    items = body.document.notice.node_at((0, 1)).children
    assert [n.text.text for n in items[1:3]] == ["YA", "B tế"]

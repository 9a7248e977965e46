"""Urgency and confidentiality in the header form: chosen with the keyboard,
one undo step each, written to the draft only when set (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from thongbao_editor.model import notice_to_dict

CTRL = Qt.KeyboardModifier.ControlModifier


def test_choose_urgency_and_confidentiality_then_undo(qtbot, shown):
    window = shown
    before = notice_to_dict(window.document.notice)
    window.show_section("header")
    header = window.section("header")
    assert header.urgency.currentIndex() == 0 and header.confidentiality.currentIndex() == 0
    header.urgency.setFocus()
    qtbot.keyClick(header.urgency, Qt.Key.Key_Down)
    qtbot.keyClick(header.urgency, Qt.Key.Key_Down)
    header.confidentiality.setFocus()
    qtbot.keyClick(header.confidentiality, Qt.Key.Key_Down)
    h = window.document.notice.header
    assert (h.urgency, h.confidentiality) == ("Thượng khẩn", "Mật")
    assert notice_to_dict(window.document.notice)["header"]["confidentiality"] == "Mật"
    for _ in range(3):
        qtbot.keyClick(header.confidentiality, Qt.Key.Key_Z, CTRL)
    assert notice_to_dict(window.document.notice) == before
    assert header.urgency.currentIndex() == 0 and header.confidentiality.currentIndex() == 0

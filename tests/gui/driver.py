"""Drive the editor as a user would: type into fields, use the actions."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from thongbao_editor.gui.richtext import BOLD_WEIGHT
from thongbao_editor.model import Footnote, RichText
from thongbao_editor.model.text import to_markup


_ASCII = re.compile(r"[\x20-\x7e]+|[^\x20-\x7e]")


def _text_event(widget: QWidget, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def key_clicks(qtbot, widget: QWidget, text: str, *, burst: bool = False) -> None:
    """Like ``qtbot.keyClicks`` but also for Vietnamese letters: QTest only
    maps ASCII, so other characters arrive as the key events an input
    method delivers (no key code, the character as text).

    ``burst``: the first character is typed, the rest arrives as one key
    event carrying the text (as an input method commits a phrase) — the same
    path through the widget, for tests that type whole documents."""
    if burst and len(text) > 1:
        key_clicks(qtbot, widget, text[0])
        _text_event(widget, text[1:])
        return
    for chunk in _ASCII.findall(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
            continue
        _text_event(widget, chunk)


def type_text(qtbot, widget: QWidget, text: str, *, replace: bool = True,
              burst: bool = False) -> None:
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    key_clicks(qtbot, widget, text, burst=burst)


def type_lines(qtbot, widget: QWidget, lines: list[str], *, burst: bool = False) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        key_clicks(qtbot, widget, line, burst=burst)


def type_number(qtbot, spin: QAbstractSpinBox, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def pick_date(edit, year: int, month: int, day: int) -> None:
    """What choosing a day in the calendar popup does."""
    edit.setDate(QDate(year, month, day))


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_rich(qtbot, editor, rich: RichText, dialogs, *, bold_key=True, burst=False) -> None:
    """Type runs with Ctrl+B / Ctrl+I and add footnotes with the action."""
    for piece in rich.pieces:
        if isinstance(piece, Footnote):
            dialogs.texts.append((to_markup(RichText(piece.content)), True))
            editor.ask_footnote()
            continue
        fmt = editor.currentCharFormat()
        if (fmt.fontWeight() >= BOLD_WEIGHT) != piece.bold:
            qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        if fmt.fontItalic() != piece.italic:
            qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        key_clicks(qtbot, editor, piece.text, burst=burst)


def export_final(qtbot, window, out) -> None:
    """Export the window's notice as the final .docx through the export dialog;
    fails with the dialog's status and problems if nothing was written."""
    from thongbao_editor.gui.export import ExportDialog
    dialog = ExportDialog(window)
    dialog.docx_final.setChecked(True)
    dialog.path_edit.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert out.exists(), dialog.status.text() + " ".join(
        dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    dialog.close()


def type_cell(qtbot, table, text: str) -> None:
    """In a QTableWidget: F2 opens the cell's editor; type into it; Tab commits and moves on."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    key_clicks(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)

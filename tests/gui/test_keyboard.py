"""Standard shortcuts, accessible names, layout memory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from thongbao_editor.gui import settings as cfg
from thongbao_editor.gui.main_window import MainWindow

from .driver import key_clicks


def test_standard_shortcuts(window):
    shortcuts = {a.objectName(): a.shortcut() for a in window.actions()}
    assert shortcuts["new"] == QKeySequence(QKeySequence.StandardKey.New)
    assert shortcuts["open"] == QKeySequence("Ctrl+O")
    assert shortcuts["save"] == QKeySequence("Ctrl+S")
    assert shortcuts["saveAs"] == QKeySequence("Ctrl+Shift+S")
    assert shortcuts["export"] == QKeySequence("Ctrl+E")
    assert shortcuts["undo"] == QKeySequence("Ctrl+Z")
    assert shortcuts["redo"] == QKeySequence("Ctrl+Y")


def test_ctrl_s_and_ctrl_z_from_the_keyboard(qtbot, window, dialogs, tmp_path):
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    place = window.section("header").place
    place.setFocus()
    key_clicks(qtbot, place, "Lạng Sơn")
    dialogs.save_files.append(str(tmp_path / "k.json"))
    qtbot.keyClick(place, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "k.json").exists(), (dialogs.shown, window.isActiveWindow(), place.hasFocus())
    assert not window.isWindowModified()
    key_clicks(qtbot, place, " mới")
    window.undo_action.trigger()
    assert window.document.notice.header.place == "Lạng Sơn"


def test_every_field_has_an_accessible_name(window):
    for key, section in window.sections.items():
        fields = [w for cls in (QLineEdit, QPlainTextEdit, QSpinBox)
                  for w in section.findChildren(cls)]
        for w in fields:
            if w.parent() is not None and isinstance(w.parent(), QSpinBox):
                continue
            if w.objectName() == "qt_spinbox_lineedit" or w.objectName().startswith("qt_calendar_"):
                continue  # Qt's own parts (a spin box's editor, a date popup's calendar)
            assert w.accessibleName(), (key, w.objectName())


def test_layout_is_remembered(qtbot):
    w = MainWindow()
    w.resize(701, 533)
    w.show()
    qtbot.waitExposed(w)
    w.splitter.setSizes([100, 300, 300])
    sizes = w.splitter.sizes()
    size = w.size()
    assert w.close()
    assert cfg.settings().value(cfg.GEOMETRY) is not None
    w2 = MainWindow()
    assert w2.size() == size
    assert w2.splitter.sizes()[0] == sizes[0]
    w2.close()
    for x in (w, w2):
        x.deleteLater()


def test_undo_action_names_the_step(qtbot, window):
    assert not window.undo_action.isEnabled()
    key_clicks(qtbot, window.section("header").place, "Huế")
    assert window.undo_action.isEnabled()
    assert "Place" in window.undo_action.text() or "Địa danh" in window.undo_action.text()
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()


def test_ctrl_e_exports_from_inside_a_text_field(qtbot, window):
    """On Linux, Qt's text fields take Ctrl+E as "end of line" (emacs binding):
    Ctrl+E typed while editing a field must still open the export dialog.
    (The offscreen platform has no emacs bindings: this one bites under a real X
    server — run with DISPLAY set and QT_QPA_PLATFORM=xcb to see it.)"""
    opened = []
    window.export_action.triggered.disconnect()
    window.export_action.triggered.connect(lambda: opened.append(True))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    header, closing = window.section("header"), window.section("closing")
    for key, field in (("header", header.place), ("header", header.summary),
                       ("closing", closing.recipients)):
        window.show_section(key)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 3
    # The field itself is untouched: no "e" typed.
    assert "e" not in header.place.text()[-1:]

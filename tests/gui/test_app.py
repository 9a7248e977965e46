"""The entry point: ``thongbao-editor [DRAFT]`` / ``python -m thongbao_editor``."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from thongbao_editor.gui import app as gui_app
from thongbao_editor.model import load_draft, notice_to_dict


def _windows():
    from thongbao_editor.gui.main_window import MainWindow
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_main_opens_the_draft(qtbot, monkeypatch, example_path):
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = set(map(id, _windows()))
    assert gui_app.main([str(example_path), "--lang", "vi"]) == 0
    new = [w for w in _windows() if id(w) not in before]
    assert len(new) == 1
    w = new[0]
    try:
        assert w.isVisible()
        assert notice_to_dict(w.document.notice) == notice_to_dict(load_draft(example_path))
        assert w.nav.item(0).text() == "Thông tin văn bản"
    finally:
        gui_app.install_translator(QApplication.instance(), "en")
        w.close()
        w.deleteLater()


def test_unexpected_error_is_a_message_not_a_traceback(window, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_app.install_excepthook(window)
    try:
        raise ValueError("hỏng")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical" and "ValueError: hỏng" in text


def test_module_entry_point_version():
    out = subprocess.run([sys.executable, "-m", "thongbao_editor", "--version"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.startswith("thongbao-editor ")


def test_recovery_prompt_uses_message_box(window, dialogs):
    # No recovery files: nothing is asked.
    gui_app.offer_recovery(window)
    assert dialogs.shown == []
    assert QMessageBox.question is not None

"""The entry point: ``thongbao-editor [DRAFT]`` / ``python -m thongbao_editor``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QEventLoop
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


def test_recovery_is_not_replaced_by_the_draft_on_the_command_line(
        qtbot, monkeypatch, dialogs, example_path):
    """``thongbao-editor thong-bao.json`` after a crash: the user accepts the
    recovered notice — opening the file named on the command line must not then
    throw it away (it did, and the recovery file was gone too)."""
    from thongbao_editor.gui.autosave import find_recovery_files
    from thongbao_editor.gui.main_window import MainWindow
    from .driver import key_clicks
    crashed = MainWindow()
    crashed.open_path(example_path, ask=False)
    key_clicks(qtbot, crashed.section("header").place, " mới")
    assert crashed.autosaver.save_now()
    crashed.autosaver.timer.stop()
    expected = notice_to_dict(crashed.document.notice)
    crashed.preview.shutdown()
    crashed.hide()  # the process "dies": no clean close

    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = set(map(id, _windows()))
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    assert gui_app.main([str(example_path), "--lang", "vi"]) == 0
    w = [w for w in _windows() if id(w) not in before and w.isVisible()][0]
    try:
        assert notice_to_dict(w.document.notice) == expected
        assert w.document.is_modified()
        assert find_recovery_files()  # still safe on disk until saved
    finally:
        gui_app.install_translator(QApplication.instance(), "en")
        for x in (w, crashed):
            x.document.undo_stack.setClean()
            x.close()
            x.deleteLater()


@pytest.fixture()
def quick_main(qtbot, monkeypatch):
    """``gui_app.main`` for --quit-after-load in this process: the event loop
    is a local one (the test's QApplication must not leave exec(); the test
    in its own process below and tests/test_bundle.py run the real one), and
    the windows it opens are closed afterwards.  Returns (main, turns, new windows)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    loop = QEventLoop()
    turns: list[int] = []
    monkeypatch.setattr(QApplication, "exec", lambda self=None: turns.append(1) or loop.exec())
    monkeypatch.setattr(QApplication, "quit", lambda self=None: loop.quit())
    before = set(map(id, _windows()))

    def new_windows():
        return [w for w in _windows() if id(w) not in before]

    yield gui_app.main, turns, new_windows
    gui_app.install_translator(QApplication.instance(), "en")
    for w in new_windows():
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


def test_quit_after_load_opens_the_draft_and_exits_0(quick_main, example_path):
    """The installation check (--quit-after-load) opens the draft, shows the
    window for one turn of the event loop and returns 0."""
    main, turns, new_windows = quick_main
    assert main([str(example_path), "--lang", "vi", "--quit-after-load"]) == 0
    new = new_windows()
    assert turns == [1] and len(new) == 1 and new[0].isVisible()
    assert notice_to_dict(new[0].document.notice) == notice_to_dict(load_draft(example_path))


def test_quit_after_load_in_its_own_process(example_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "thongbao_editor", str(example_path), "--quit-after-load"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr


def test_quit_after_load_with_a_bad_draft_exits_1_without_a_dialog(quick_main, monkeypatch, tmp_path, capsys):
    main, turns, _new = quick_main
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("a dialog was shown"))
    bad = tmp_path / "hỏng.json"
    bad.write_text("{", encoding="utf-8")
    assert main([str(bad), "--lang", "vi", "--quit-after-load"]) == 1
    assert "hỏng.json" in capsys.readouterr().err and turns == []


def test_quit_after_load_fails_when_the_shipped_data_is_missing(quick_main, monkeypatch, example_path, tmp_path,
                                                                capsys):
    """An incomplete installation (the checker's word list missing) logs an
    error and carries on; the installation check must report it."""
    from thongbao_editor.checks import writing
    main, _turns, _new = quick_main
    monkeypatch.setattr(writing, "templates_dir", lambda: tmp_path)
    writing._typos.cache_clear()
    try:
        assert main([str(example_path), "--lang", "vi", "--quit-after-load"]) == 1
        assert "failed" in capsys.readouterr().err
    finally:
        writing._typos.cache_clear()

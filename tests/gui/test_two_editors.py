"""Two editors, one file (issue 8): a draft open in another editor opens
read-only on request; saving over a file changed on disk asks first."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from thongbao_editor.gui.main_window import MainWindow
from thongbao_editor.locking import lock_path
from thongbao_editor.model import load_draft, save_draft

from .driver import key_clicks

REAL_EXEC = QMessageBox.exec  # before the harness replaces it


@pytest.fixture
def windows(qtbot):
    made = []

    def make():
        w = MainWindow()
        made.append(w)
        return w
    yield make
    for w in made:
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


def _press_in_dialog(qtbot, name, seen):
    """Click the button ``name`` of the modal message box when it shows
    (a real mouse click on the real dialog)."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.findChild(type(box.buttons()[0]), name), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)


def test_second_window_is_warned_and_opens_read_only(qtbot, windows, example_path, monkeypatch,
                                                     dialogs):
    first, second = windows(), windows()
    assert first.open_path(example_path, ask=False)
    assert lock_path(example_path, "editing").exists()
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []
    _press_in_dialog(qtbot, "choice_read_only", seen)
    assert second.open_path(example_path, ask=False)
    assert "already open in another editor" in seen[0] and str(example_path) in seen[0]
    doc = second.document
    assert doc.read_only and "[read-only]" in second.windowTitle()
    before = json.dumps(doc.notice.header.__dict__, default=str)
    place = second.section("header").place
    key_clicks(qtbot, place, "Hà Nội")  # typing into a read-only field changes nothing
    assert place.isReadOnly()
    assert json.dumps(doc.notice.header.__dict__, default=str) == before
    assert not doc.is_modified() and doc.undo_stack.count() == 0
    # Ctrl+S is refused with a message; the file is untouched.
    stamp = example_path.stat().st_mtime_ns
    with qtbot.waitActive(second):
        second.show()
        second.activateWindow()
    place.setFocus()
    qtbot.keyClick(place, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.shown[-1][0] == "information" and "read-only" in dialogs.shown[-1][2]
    assert example_path.stat().st_mtime_ns == stamp
    # An edit that reaches the document another way (a shortcut) is refused too.
    body_count = len(doc.notice.body)
    second.show_section("body")
    body = second.section("body")
    body.select_path((0,))
    body.tree.setFocus()
    qtbot.keyClick(body.tree, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.notice.body) == body_count and doc.undo_stack.count() == 0
    assert "read-only" in second.statusBar().currentMessage()


def test_read_only_copy_saved_as_becomes_editable(qtbot, windows, example_path, dialogs,
                                                  tmp_path):
    first, second = windows(), windows()
    first.open_path(example_path, ask=False)
    dialogs.choices.append("choice_read_only")
    second.open_path(example_path, ask=False)
    copy = tmp_path / "ban-sao.json"
    dialogs.save_files.append(str(copy))
    assert second.save_as()
    assert not second.document.read_only and second.document.path == copy
    assert lock_path(copy, "editing").exists()
    place = second.section("header").place
    assert not place.isReadOnly()
    key_clicks(qtbot, place, " mới")
    assert second.document.notice.header.place.endswith(" mới")


def test_lock_held_by_another_process_edit_anyway_or_cancel(qtbot, windows, example_path,
                                                            dialogs):
    code = ("import sys, time\nfrom thongbao_editor.locking import FileLock\n"
            "lock = FileLock(sys.argv[1])\nassert lock.acquire()\nprint('held', flush=True)\n"
            "time.sleep(60)\n")
    other = subprocess.Popen([sys.executable, "-c", code, str(lock_path(example_path, "editing"))],
                             stdout=subprocess.PIPE)
    try:
        assert other.stdout.readline().strip() == b"held"
        w = windows()
        dialogs.choices.append("cancel-by-default")  # no such button: Cancel
        assert not w.open_path(example_path, ask=False)
        assert w.document.path is None
        assert str(other.pid) in dialogs.shown[-1][2]
        dialogs.choices.append("choice_edit_anyway")
        assert w.open_path(example_path, ask=False)
        assert not w.document.read_only and w.document.editing_lock is None
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    # The other editor is gone (killed): its lock is stale, opening asks nothing.
    w2 = windows()
    assert w2.open_path(example_path, ask=False) and not w2.document.read_only
    assert w2.document.editing_lock is not None


def test_closing_the_first_editor_frees_the_file(qtbot, windows, example_path):
    first = windows()
    first.open_path(example_path, ask=False)
    first.close()
    assert not lock_path(example_path, "editing").exists()
    second = windows()
    assert second.open_path(example_path, ask=False) and not second.document.read_only


def _changed_elsewhere(path):
    """Another editor (or `thongbao apply`) saves the file meanwhile."""
    notice = load_draft(path)
    notice.header.number = "99"
    save_draft(notice, path)


@pytest.mark.parametrize("choice", ["choice_overwrite", "choice_reload", "choice_save_as",
                                    "cancel"])
def test_saving_over_a_file_changed_on_disk_asks(qtbot, windows, example_path, dialogs, tmp_path,
                                                 choice):
    w = windows()
    w.open_path(example_path, ask=False)
    key_clicks(qtbot, w.section("header").place, " mới")
    mine = w.document.notice.header.place
    _changed_elsewhere(example_path)
    dialogs.choices.append(choice)
    copy = tmp_path / "cua-toi.json"
    dialogs.save_files.append(str(copy))
    saved = w.save()
    assert "changed on disk" in dialogs.shown[0][2]
    on_disk = load_draft(example_path)
    if choice == "choice_overwrite":
        assert saved and on_disk.header.place == mine and on_disk.header.number != "99"
        assert not w.document.is_modified()
        key_clicks(qtbot, w.section("header").place, "!")  # and the next save asks nothing
        assert w.save() and len(dialogs.shown) == 1
    elif choice == "choice_reload":
        assert not saved and on_disk.header.number == "99"
        assert w.document.notice.header.number == "99" and not w.document.is_modified()
        assert w.document.editing_lock is not None  # still this editor's file
    elif choice == "choice_save_as":
        assert saved and on_disk.header.number == "99" and on_disk.header.place != mine
        assert load_draft(copy).header.place == mine and w.document.path == copy
    else:
        assert not saved and on_disk.header.number == "99" and w.document.is_modified()


def test_saving_an_unchanged_file_asks_nothing(qtbot, windows, example_path, dialogs):
    w = windows()
    w.open_path(example_path, ask=False)
    for text in (" a", " b"):
        key_clicks(qtbot, w.section("header").place, text)
        assert w.save()
    assert dialogs.shown == [] and load_draft(example_path).header.place.endswith(" a b")

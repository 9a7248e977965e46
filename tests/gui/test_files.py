"""Files: save/open/recent, unsaved-changes prompt, autosave and recovery
after a crash, corrupt and newer-format files, export failures."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from thongbao_editor.gui import settings as cfg
from thongbao_editor.gui.app import offer_recovery
from thongbao_editor.gui.autosave import find_recovery_files, recovery_dir
from thongbao_editor.gui.main_window import MainWindow
from thongbao_editor.model import load_draft, notice_to_dict

from .driver import export_final, key_clicks, type_text

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_settings_and_recovery_live_in_tmp(isolated):
    assert str(recovery_dir()).startswith(str(isolated))
    assert cfg.settings().fileName().startswith(str(isolated))


def test_save_open_recent_and_title(qtbot, window, dialogs, tmp_path, example_path):
    assert window.open_path(example_path, ask=False)
    assert not window.isWindowModified()
    assert "cao-loc-2024.json" in window.windowTitle()
    key_clicks(qtbot, window.section("header").number, "7")
    assert window.isWindowModified()
    target = tmp_path / "ban-nhap.json"
    dialogs.save_files.append(str(target))
    assert window.save_as()
    assert not window.isWindowModified()
    assert load_draft(target).header.number == "7"
    assert cfg.recent_files()[0] == str(target.resolve())
    # New with unsaved changes asks; Cancel keeps everything.
    key_clicks(qtbot, window.section("header").number, "1")
    dialogs.questions.append(QMessageBox.StandardButton.Cancel)
    window.new_file()
    assert window.document.notice.header.number == "71"
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    window.new_file()
    assert window.document.notice.body == []
    assert window.document.path is None


def test_close_with_unsaved_changes_asks(qtbot, dialogs):
    w = MainWindow()
    w.show()
    key_clicks(qtbot, w.section("header").place, "Lạng Sơn")
    dialogs.questions.append(QMessageBox.StandardButton.Cancel)
    assert not w.close()
    assert w.isVisible()
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    assert w.close()
    w.deleteLater()


def test_autosave_and_recovery_after_crash(qtbot, dialogs, example_path):
    w = MainWindow()
    w.open_path(example_path, ask=False)
    assert not find_recovery_files()  # a clean document is not autosaved
    type_text(qtbot, w.section("header").summary, "Trích yếu mới")
    w.autosaver.timer.setInterval(50)
    qtbot.waitUntil(lambda: len(find_recovery_files()) == 1, timeout=3000)
    key_clicks(qtbot, w.section("header").summary, " sau cùng")
    expected = notice_to_dict(w.document.notice)
    qtbot.waitUntil(lambda: notice_to_dict(find_recovery_files()[0].notice) == expected,
                    timeout=3000)
    # Crash: the window is dropped without closing.
    w.autosaver.timer.stop()
    w.preview.shutdown()
    w.hide()
    w.setParent(None)
    del w

    w2 = MainWindow()
    dialogs.questions.append(Yes)
    offer_recovery(w2)
    assert notice_to_dict(w2.document.notice) == expected
    assert w2.document.is_modified()
    assert str(w2.document.path) == str(example_path)
    # A clean close deletes the recovery file.
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    assert w2.close()
    assert not find_recovery_files()
    w2.deleteLater()


def test_declined_recovery_is_deleted(qtbot, dialogs):
    w = MainWindow()
    key_clicks(qtbot, w.section("header").place, "Hà Nội")
    assert w.autosaver.save_now()
    w.autosaver.timer.stop()
    w2 = MainWindow()
    dialogs.questions.append(No)
    offer_recovery(w2)
    assert w2.document.notice.header.place == ""
    # Only the second window's (empty) state remains; the first file was deleted.
    assert not find_recovery_files()
    for x in (w, w2):
        x.document.undo_stack.setClean()
        x.close()
        x.deleteLater()


def test_default_autosave_interval_loses_at_most_five_seconds():
    from thongbao_editor.gui.autosave import INTERVAL_MS
    assert INTERVAL_MS <= 5000


@pytest.mark.parametrize("content, needle", [
    (b'{"format_version": 1, "header": ', "JSON"),
    (b'{"format_version": 99, "header": {}}', "phiên bản mới hơn"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b'{"format_version": 1, "header": {"agency": 5}}', "header"),
])
def test_corrupt_or_newer_file(window, dialogs, tmp_path, content, needle):
    path = tmp_path / "hong.json"
    path.write_bytes(content)
    before = window.document
    assert not window.open_path(path, ask=False)
    assert window.document is before
    assert path.read_bytes() == content  # nothing changed on disk
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning"
    assert needle in text and "hong.json" in text


@pytest.fixture
def unwritable(tmp_path):
    """A folder nothing can be written into: read-only, or (as root, where
    permissions are not enforced) a path whose "folder" is a regular file."""
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):
        os.chmod(folder, stat.S_IRWXU)
        folder = tmp_path / "not-a-folder"
        folder.write_text("x")
    yield folder
    if folder.is_dir():
        os.chmod(folder, stat.S_IRWXU)


def test_save_failure_keeps_notice(qtbot, window, dialogs, unwritable):
    key_clicks(qtbot, window.section("header").place, "Lạng Sơn")
    assert not window.save_to(unwritable / "x.json")
    assert dialogs.shown[-1][0] == "critical"
    assert "Không ghi được" in dialogs.shown[-1][2]
    assert window.document.is_modified()
    assert window.document.notice.header.place == "Lạng Sơn"


def test_export_failure_reported(qtbot, window, dialogs, unwritable, example_path):
    from thongbao_editor.gui.export import ExportDialog
    window.open_path(example_path, ask=False)
    before = notice_to_dict(window.document.notice)
    dialog = ExportDialog(window)
    dialog.path_edit.setText(str(unwritable / "x.docx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert "Không ghi được" in dialog.status.text()
    assert not (unwritable / "x.docx").exists()
    assert notice_to_dict(window.document.notice) == before
    dialog.close()


def test_refused_final_export_lists_problems_and_jumps(qtbot, window, tmp_path):
    from thongbao_editor.gui.export import PROBLEM_PATH_ROLE, ExportDialog
    window.show()
    dialog = ExportDialog(window)
    dialog.docx_final.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "final.docx"))
    dialog.start_export()
    assert not dialog.is_running()
    assert not (tmp_path / "final.docx").exists()
    paths = [dialog.problems.item(i).data(PROBLEM_PATH_ROLE) for i in range(dialog.problems.count())]
    assert "header.summary" in paths and "signature.signer" in paths
    item = dialog.problems.item(paths.index("signature.signer"))
    dialog.problems.itemActivated.emit(item)
    assert window.stack.currentIndex() == 4
    qtbot.waitUntil(lambda: window.section("signature").signer.hasFocus())
    dialog.close()


def test_enter_on_a_refused_export_problem_lands_in_the_field(qtbot, window, dialogs, tmp_path):
    """The export dialog is modal: jumping to a field must close it (else the
    user cannot type there), and Enter must not also press "Choose…"."""
    from PySide6.QtCore import Qt
    from thongbao_editor.gui.export import PROBLEM_PATH_ROLE, ExportDialog
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    dialog = ExportDialog(window)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.docx_final.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "final.docx"))
    dialog.start_export()
    paths = [dialog.problems.item(i).data(PROBLEM_PATH_ROLE)
             for i in range(dialog.problems.count())]
    dialog.problems.setCurrentRow(paths.index("signature.signer"))
    dialog.problems.setFocus()
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)
    assert dialogs.shown == []  # no file chooser popped up
    qtbot.waitUntil(lambda: not dialog.isVisible())
    signer = window.section("signature").signer
    qtbot.waitUntil(signer.hasFocus)
    assert QApplication.activeModalWidget() is None
    key_clicks(qtbot, signer, "Hoàng Văn A")
    assert window.document.notice.signature.signer == "Hoàng Văn A"


def test_final_export_of_example(qtbot, window, tmp_path, example_path):
    window.open_path(example_path, ask=False)
    export_final(qtbot, window, tmp_path / "final.docx")


def test_recovery_file_is_json_with_original_path(qtbot, window, example_path):
    window.open_path(example_path, ask=False)
    key_clicks(qtbot, window.section("header").number, "9")
    assert window.autosaver.save_now()
    data = json.loads(window.autosaver.file.read_text(encoding="utf-8"))
    assert data["original"] == str(example_path)
    assert data["draft"]["header"]["number"] == "9"


def test_recovery_file_of_a_running_editor_is_not_offered(window, example_path):
    """Ownership is a QLockFile held by the running editor (no pid in the
    name, no os.kill or /proc): while another process holds it the file is
    not offered; once that process is killed it is."""
    import subprocess
    import sys
    from thongbao_editor.gui.autosave import owner_lock
    window.open_path(example_path, ask=False)
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = {"original": None, "saved_at": "", "draft": notice_to_dict(window.document.notice)}
    file = folder / "1-deadbeef.json"  # the pid in the name means nothing any more
    file.write_text(json.dumps(data), encoding="utf-8")
    code = ("import sys, time\nfrom thongbao_editor.locking import FileLock\n"
            "lock = FileLock(sys.argv[1])\nassert lock.acquire()\nprint('held', flush=True)\n"
            "time.sleep(60)\n")
    other = subprocess.Popen([sys.executable, "-c", code, str(owner_lock(file).file)],
                             stdout=subprocess.PIPE)
    try:
        assert other.stdout.readline().strip() == b"held"
        assert find_recovery_files() == []
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    assert [r.file for r in find_recovery_files()] == [file]


def test_recent_files_menu_opens(qtbot, window, tmp_path, example_path):
    import shutil
    copy = tmp_path / "gan-day.json"
    shutil.copy(example_path, copy)
    assert window.open_path(copy, ask=False)
    window.new_file()
    window._fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if a.text() == str(copy.resolve())]
    assert actions
    actions[0].trigger()
    assert window.document.path == copy.resolve() or window.document.path == copy
    assert window.document.notice.body


def test_recovery_file_survives_half_an_emoji(qtbot, window, example_path):
    """A lone UTF-16 surrogate in the notice made every autosave raise
    UnicodeEncodeError (out of a timer slot): nothing was ever recovered."""
    window.open_path(example_path, ask=False)
    key_clicks(qtbot, window.section("header").number, "9")
    window.document.notice.header.place = "Lạng Sơn\ud83d"
    assert window.autosaver.save_now()
    data = json.loads(window.autosaver.file.read_text(encoding="utf-8"))
    assert data["draft"]["header"]["place"] == "Lạng Sơn\ufffd"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_recovery_of_a_killed_editor_not_yet_reaped(qtbot, dialogs):
    """After ``kill -9`` the dead editor may linger as a zombie until its parent
    reaps it; its recovery file must still be offered."""
    import subprocess
    import sys
    import time
    w = MainWindow()
    key_clicks(qtbot, w.section("header").place, "Hà Nội")
    assert w.autosaver.save_now()
    w.autosaver.timer.stop()
    mine = w.autosaver.file
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # exited, not waited for: a zombie
            with open(f"/proc/{child.pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    break
            time.sleep(0.05)
        dead = mine.with_name(f"{child.pid}-{mine.name.split('-', 1)[1]}")
        mine.rename(dead)
        assert [r.file for r in find_recovery_files()] == [dead]
    finally:
        child.wait()
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


def test_recovery_prompt_shows_a_readable_time(qtbot, dialogs):
    """"autosaved 2026-11-28T10:20:07" is not how a secretary reads a time."""
    import datetime as dt
    import re
    w = MainWindow()
    key_clicks(qtbot, w.section("header").place, "Hà Nội")
    assert w.autosaver.save_now()
    w.autosaver.timer.stop()
    w2 = MainWindow()
    dialogs.questions.append(No)
    offer_recovery(w2)
    text = dialogs.shown[-1][2]
    assert not re.search(r"\d{4}-\d\d-\d\dT", text), text
    assert dt.datetime.now().strftime("%d/%m/%Y") in text, text
    for x in (w, w2):
        x.document.undo_stack.setClean()
        x.close()
        x.deleteLater()


def test_relative_path_is_made_absolute(qtbot, window, example_path, monkeypatch, tmp_path):
    """``thongbao-editor thong-bao.json`` from some folder: the notice must keep
    pointing at that file (export default, recovery, Save) from anywhere else."""
    import shutil
    shutil.copy(example_path, tmp_path / "tb.json")
    monkeypatch.chdir(tmp_path)
    assert window.open_path("tb.json", ask=False)
    assert window.document.path.is_absolute()
    assert window.document.path == tmp_path / "tb.json"

"""File → Export signing package…: the hand-off package from the editor."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from thongbao_editor.gui import handoff_dialog
from thongbao_editor.gui import preview as preview_mod
from thongbao_editor.render import office

from .driver import type_text


def open_dialog(window) -> handoff_dialog.HandoffDialog:
    assert window.handoff_action.action in window.file_menu.actions()
    window.handoff_action.action.trigger()
    return window.handoff_action.dialog


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    office.close_session(force=True)


@pytest.mark.libreoffice
def test_the_package_is_written_from_the_editor(qtbot, window, example_path, tmp_path, own_cache, dialogs):
    if not preview_mod.libreoffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    window.open_path(example_path, ask=False)
    dialog = open_dialog(window)
    assert dialog.esign.isChecked() and dialog.name_edit.text() == example_path.stem
    out = tmp_path / "ho-so"
    type_text(qtbot, dialog.folder_edit, str(out))
    type_text(qtbot, dialog.name_edit, "tb-cao-loc")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=120000)
    assert "PDF/A-2b" in dialog.status.text(), dialog.status.text()
    assert (out / "tb-cao-loc.pdf").read_bytes().startswith(b"%PDF-")
    meta = json.loads((out / "tb-cao-loc.metadata.json").read_text(encoding="utf-8"))
    assert meta["signer"]["name"] == window.document.notice.signature.signer
    assert meta["electronic_signature_layout"] is True
    # Again: the existing files are replaced only after a question.
    before = (out / "tb-cao-loc.pdf").stat().st_mtime_ns
    dialogs.questions.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "question" and "tb-cao-loc.pdf" in dialogs.shown[-1][2]
    assert not dialog.is_running() and (out / "tb-cao-loc.pdf").stat().st_mtime_ns == before
    dialog.close()


def test_a_notice_not_ready_lists_what_is_missing_and_goes_there(qtbot, window, example_path, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(handoff_dialog, "libreoffice_available", lambda: True)
    window.open_path(example_path, ask=False)
    window.document.notice.signature.signer = ""
    dialog = open_dialog(window)
    type_text(qtbot, dialog.folder_edit, str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.problems.count() > 0, timeout=30000)
    assert not (tmp_path / "out").exists()
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("người ký" in t.lower() for t in texts), texts
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.nav.currentItem().text() == window.tr("Signing block")


def test_without_libreoffice_the_dialog_says_how_to_install_it(qtbot, window, monkeypatch):
    monkeypatch.setattr(handoff_dialog, "libreoffice_available", lambda: False)
    dialog = open_dialog(window)
    assert not dialog.export_button.isEnabled()
    assert "libreoffice-writer" in dialog.status.text()
    dialog.close()

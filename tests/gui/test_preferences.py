"""File > Preferences: LibreOffice path, user template library, language,
autosave interval — typed and clicked as a user does, stored in QSettings,
applied to the running editor."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from thongbao_editor.gui import settings as cfg
from thongbao_editor.gui.app import install_translator
from thongbao_editor.gui.preferences import PreferencesDialog
from thongbao_editor.gui.templates_dialog import user_library_dir
from thongbao_editor.render import soffice_paths

from .driver import type_number, type_text


@pytest.fixture(autouse=True)
def no_preferred_soffice(monkeypatch):
    monkeypatch.delenv("THONGBAO_SOFFICE", raising=False)
    monkeypatch.delenv("THONGBAO_USER_DIR", raising=False)
    monkeypatch.setattr(soffice_paths, "_preferred", None)


def fake_soffice(folder) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "soffice"
    exe.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    exe.chmod(0o755)
    return str(exe)


def open_dialog(qtbot, window) -> PreferencesDialog:
    window.prefs_action.trigger()  # File > Preferences…
    dialog = window._preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_preferences_is_in_the_file_menu(window, qapp):
    assert window.prefs_action in window.file_menu.actions()
    assert window.prefs_action.text() == "&Preferences…"
    try:
        window.choose_language("vi")
        assert window.prefs_action.text() == "Tù&y chọn…"  # Tệp → Tùy chọn…
    finally:
        install_translator(qapp, "en")


def test_values_typed_are_stored_and_applied(qtbot, window, tmp_path):
    soffice = fake_soffice(tmp_path / "Chương trình" / "LibreOffice")
    library = tmp_path / "Mẫu của Nguyễn Văn Á"
    library.mkdir()
    dialog = open_dialog(qtbot, window)
    type_text(qtbot, dialog.soffice, soffice)
    type_text(qtbot, dialog.library, str(library))
    type_number(qtbot, dialog.autosave, 45)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert (cfg.soffice_path(), cfg.user_library(), cfg.autosave_seconds()) == (soffice, str(library), 45)
    assert soffice_paths.find_soffice() == soffice
    assert window.autosaver.timer.interval() == 45_000
    assert user_library_dir() == library  # the templates dialogs use it


def test_a_missing_libreoffice_path_keeps_the_dialog_open_with_a_message(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    missing = str(tmp_path / "không có" / "soffice.exe")
    type_text(qtbot, dialog.soffice, missing)
    assert "No program" in dialog.soffice_status.text() or "Không" in dialog.soffice_status.text()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert missing in dialog.error.text()
    assert cfg.soffice_path() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_file_is_not_a_library_folder(qtbot, window, tmp_path):
    not_a_folder = tmp_path / "tệp.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    type_text(qtbot, dialog.library, str(not_a_folder))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and str(not_a_folder) in dialog.error.text()
    dialog.reject()


def test_cancel_changes_nothing(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    type_text(qtbot, dialog.soffice, fake_soffice(tmp_path / "lo"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert cfg.soffice_path() == "" and soffice_paths.preferred() is None


def test_language_switches_the_interface(qtbot, window, qapp):
    dialog = open_dialog(qtbot, window)
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # Tiếng Việt -> English
    click_ok(qtbot, dialog)
    assert cfg.language() == "en"
    assert window.file_menu.title() == "&File"
    install_translator(qapp, "en")


def test_status_says_where_libreoffice_is_found_or_how_to_get_it(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(soffice_paths, "candidates", lambda: [])
    dialog = open_dialog(qtbot, window)
    assert "libreoffice.org" in dialog.soffice_status.text()
    exe = fake_soffice(tmp_path)
    dialog.retranslate()
    assert exe in dialog.soffice_status.text() and os.path.isfile(exe)
    dialog.reject()


def test_stored_preferences_apply_when_the_editor_starts(qtbot, tmp_path):
    from thongbao_editor.gui.main_window import MainWindow
    soffice = fake_soffice(tmp_path / "lo")
    cfg.settings().setValue(cfg.SOFFICE, soffice)
    cfg.settings().setValue(cfg.AUTOSAVE_SECONDS, 20)
    w = MainWindow()
    qtbot.addWidget(w)
    assert soffice_paths.find_soffice() == soffice
    assert w.autosaver.timer.interval() == 20_000

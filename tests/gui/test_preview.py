"""The live preview follows typing; the page view needs LibreOffice."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QTextCursor

from thongbao_editor.gui import preview as preview_mod
from thongbao_editor.gui.main_window import MainWindow

from .driver import key_clicks


def test_live_preview_follows_typing(qtbot, window, example_path):
    window.open_path(example_path, ask=False)
    with qtbot.waitSignal(window.preview.refreshed, timeout=2000):
        key_clicks(qtbot, window.section("header").place, " Mới")
    assert "Lạng Sơn Mới, ngày" in window.preview.browser.toPlainText()
    body = window.section("body")
    body.select_path((0,))
    body.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(window.preview.refreshed, timeout=2000):
        key_clicks(qtbot, body.text_edit, " THÊM")
    assert "I. ĐÁNH GIÁ CHUNG THÊM" in window.preview.browser.toPlainText()



def test_preview_scrolls_to_a_newly_added_paragraph(qtbot, window, example_path):
    """Adding a paragraph at the end of the body: the preview shows it (the
    anchor only exists after the refresh), not the top of the notice."""
    window.open_path(example_path, ask=False)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("body")
    body = window.section("body")
    last = len(window.document.notice.body) - 1
    body.select_path((last,))
    bar = window.preview.browser.verticalScrollBar()
    with qtbot.waitSignal(window.preview.refreshed, timeout=2000):
        body.add_sibling_action.trigger()
    new_path = body.current_path()
    assert new_path == (last + 1,)
    position = bar.value()
    assert position > 0
    window.preview.scroll_to_path(new_path)  # where it should be
    assert bar.value() == position

def test_without_libreoffice_the_page_tab_says_so(qtbot, monkeypatch):
    monkeypatch.setattr(preview_mod, "libreoffice_available", lambda: False)
    w = MainWindow()
    try:
        w.preview.setCurrentIndex(1)
        assert "LibreOffice" in w.preview.page_message.text()
        assert w.preview.pdf_view is None
        assert not w.preview.page_timer.isActive()
        assert w.preview.browser.toPlainText()  # the live preview stays
    finally:
        w.close()
        w.deleteLater()


@pytest.mark.libreoffice
def test_page_view_renders_pdf_in_background(qtbot, window, example_path):
    if not preview_mod.libreoffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    window.open_path(example_path, ask=False)
    window.show()
    window.preview.setCurrentIndex(1)
    window.preview.page_timer.setInterval(10)
    window.preview.refresh_page()
    # Typing goes on while LibreOffice works.
    key_clicks(qtbot, window.section("header").place, " X")
    assert window.document.notice.header.place == "Lạng Sơn X"
    qtbot.waitUntil(lambda: window.preview.pdf_view is not None
                    and window.preview.pdf_document.pageCount() >= 3, timeout=120000)


@pytest.mark.libreoffice
def test_pdf_export(qtbot, window, example_path, tmp_path):
    if shutil.which("soffice") is None or not preview_mod.libreoffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    from thongbao_editor.gui.export import ExportDialog
    window.open_path(example_path, ask=False)
    dialog = ExportDialog(window)
    dialog.pdf.setChecked(True)
    assert dialog.path_edit.text().endswith(".pdf")
    out = tmp_path / "tb.pdf"
    dialog.path_edit.setText(str(out))
    dialog.start_export()
    assert dialog.progress.isVisible() or dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=120000)
    assert out.read_bytes()[:5] == b"%PDF-", dialog.status.text()
    dialog.close()


def test_final_toggle_removes_draft_mark(qtbot, window, example_path):
    from thongbao_editor.gui.export import ExportDialog
    window.open_path(example_path, ask=False)
    assert "DỰ THẢO" in window.preview.browser.toPlainText()
    with qtbot.waitSignal(window.preview.refreshed, timeout=2000):
        window.section("header").final_box.click()
    assert window.document.final
    assert "DỰ THẢO" not in window.preview.browser.toPlainText()
    dialog = ExportDialog(window)
    assert dialog.docx_final.isChecked()
    dialog.close()


def test_preview_scrolls_to_the_part_being_edited(qtbot, window, example_path):
    window.resize(1200, 800)
    window.show()
    window.open_path(example_path, ask=False)
    qtbot.wait(100)
    bar = window.preview.browser.verticalScrollBar()
    window.show_section("closing")
    qtbot.waitUntil(lambda: bar.value() > bar.maximum() // 2)
    window.show_section("header")
    qtbot.waitUntil(lambda: bar.value() < 50)


def test_closing_during_a_page_layout_stops_libreoffice(qtbot, example_path, tmp_path, monkeypatch):
    # A LibreOffice that never finishes: closing must not wait for it.
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\nsleep 60\n")
    script.chmod(0o755)
    monkeypatch.setenv("THONGBAO_SOFFICE", str(script))
    w = MainWindow()
    w.open_path(example_path, ask=False)
    w.preview.refresh_page()
    qtbot.wait(300)  # LibreOffice has started in the worker thread
    import time
    start = time.monotonic()
    w.preview.shutdown()
    assert time.monotonic() - start < 3
    w.close()
    w.deleteLater()

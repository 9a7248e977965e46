"""The editor's warm LibreOffice: started by the page view, reused, gone
(``ps``) when the editor closes; the page view says at once that it is
laying the pages out again."""

from __future__ import annotations

import sys

import pytest
from office_procs import left_behind, office_processes

from thongbao_editor.gui import preview as preview_mod
from thongbao_editor.gui.main_window import MainWindow
from thongbao_editor.render import office



pytestmark = [pytest.mark.libreoffice, pytest.mark.skipif(sys.platform == "win32", reason="uses ps")]


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    if not preview_mod.libreoffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield str(tmp_path / "cache")
    office.close_session(force=True)


def test_no_libreoffice_is_left_after_the_editor_closes(qtbot, example_path, own_cache):
    w = MainWindow(autosave=False)
    qtbot.addWidget(w)
    w.open_path(example_path, ask=False)
    w.show()
    w.preview.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.preview.pdf_view is not None, timeout=120000)
    server = office.current_server()
    assert server is not None and server.running and server.starts == 1
    assert office_processes(own_cache), "the page view's LibreOffice should be running"
    # An edit: "laying out" shows at once, typing is not held up, the same LibreOffice lays it out.
    w.section("header").place.setFocus()
    qtbot.keyClicks(w.section("header").place, "X")
    assert w.preview.page_status.isVisible()
    assert w.document.notice.header.place.endswith("X")
    qtbot.waitUntil(lambda: not w.preview.page_status.isVisible(), timeout=60000)
    assert server.starts == 1
    w.document.undo_stack.setClean()
    w.close()
    assert not server.running
    assert left_behind(own_cache) == []

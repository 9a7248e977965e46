"""GUI test harness: offscreen Qt, settings and autosave in tmp_path, every
modal dialog patched (a test answers it in advance or it is refused)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox

import thongbao_editor.gui  # noqa: F401  (applies the Qt binding work-around first)
from thongbao_editor.errors import set_language


@dataclass
class Dialogs:
    """Queued answers for the modal dialogs, and a log of what was shown."""

    questions: list = field(default_factory=list)  # QMessageBox.StandardButton answers
    open_files: list = field(default_factory=list)
    save_files: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # (text, ok) for QInputDialog
    choices: list = field(default_factory=list)  # object names of buttons to press in a QMessageBox
    shown: list = field(default_factory=list)  # (kind, title, text)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    """Settings and recovery files under tmp_path; Vietnamese engine messages."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    qapp.setOrganizationName("thongbao-editor")
    qapp.setApplicationName("thongbao-editor")
    set_language("vi")
    yield tmp_path
    set_language("vi")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    d = Dialogs()

    def question(parent, title, text, *args, **kw):
        d.shown.append(("question", title, text))
        if not d.questions:
            raise AssertionError(f"unexpected question dialog: {title}: {text}")
        return d.questions.pop(0)

    def message(kind):
        def show(parent, title, text, *args, **kw):
            d.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))

    def open_file(*args, **kw):
        d.shown.append(("open", "", ""))
        return (d.open_files.pop(0) if d.open_files else "", "")

    def save_file(*args, **kw):
        d.shown.append(("save", "", ""))
        return (d.save_files.pop(0) if d.save_files else "", "")

    def get_text(*args, **kw):
        d.shown.append(("input", "", ""))
        return d.texts.pop(0) if d.texts else ("", False)

    def exec_box(box, *args, **kw):  # a QMessageBox built with its own buttons (file_guard)
        d.shown.append(("box", box.windowTitle(), box.text()))
        if not d.choices:
            raise AssertionError(f"unexpected dialog: {box.windowTitle()}: {box.text()}")
        name = d.choices.pop(0)
        button = box.findChild(QAbstractButton, name) or box.button(QMessageBox.StandardButton.Cancel)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(get_text))
    return d


@pytest.fixture
def window(qtbot):
    from thongbao_editor.gui.main_window import MainWindow
    w = MainWindow()
    yield w
    w.document.undo_stack.setClean()  # closing must not ask
    w.close()
    w.deleteLater()


@pytest.fixture
def shown(qtbot, window, example_path):
    """The window with the example open, shown and active (so shortcuts work)."""
    window.open_path(example_path, ask=False)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window

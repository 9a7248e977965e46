"""File → Import from Word file…, dropping a Word file, and the "Import results" panel."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from importer.corpus import clerk_docx, flood_spec
from importer.test_bad_input import _letter


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_import_from_the_file_menu(qtbot, window, dialogs, tmp_path):
    path = _write(tmp_path, "cong-van.docx", _letter())
    window.show()
    action = window.import_actions.action
    assert action in window.file_menu.actions() and action.shortcut().toString() == "Ctrl+Shift+I"
    dialogs.open_files.append(str(path))
    action.trigger()  # File → Import from Word file… (the offscreen window is never active for shortcuts)
    notice = window.document.notice
    assert notice.signature.signer == "Lương Thị Hoa"
    assert window.document.path is None and window.isWindowModified()  # a new, unsaved draft
    dock = window.import_actions.dock
    assert dock.isVisible()
    tree = dock.panel.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert len(groups) >= 3  # recognised parts, unplaced paragraphs, warnings
    unplaced = tree.topLevelItem(1)
    item = unplaced.child(0)
    assert item.text(1) == "PHỤ LỤC: danh mục báo cáo kèm theo"
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    body = window.section("body")
    assert window.stack.currentIndex() == 2  # the body section is shown
    assert body.current_path() == report_path(window)
    # closing now asks: the imported draft is not saved anywhere
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    window.close()


def report_path(window):
    return tuple(window.import_actions.dock.panel.report.unplaced[0].path)


def test_dropping_a_word_file_imports_it(qtbot, window, tmp_path):
    path = _write(tmp_path, "lu-bao.docx", clerk_docx(flood_spec(), auto_numbering=True))
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.document.notice.header.agency == ["UBND HUYỆN HÀ QUẢNG"]
    panel = window.import_actions.dock.panel
    assert all(p.found for p in panel.report.parts)


def test_a_file_that_cannot_be_imported_shows_why(qtbot, window, dialogs, tmp_path):
    path = _write(tmp_path, "hong.docx", b"PK\x03\x04 broken")
    before = window.document
    assert not window.import_actions.import_path(str(path), ask=False)
    assert window.document is before
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "hong.docx" in text

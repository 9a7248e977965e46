"""Versions, the compare view and the returned file, driven as a user would."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.compare.edits import EXPECTED, edited
from thongbao_editor.compare import diff_notices
from thongbao_editor.model import load_draft, save_draft
from thongbao_editor.model.draft import notice_to_dict
from thongbao_editor.model.versions import list_versions

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture()
def draft(tmp_path, example_path):
    path = tmp_path / "TB.json"
    save_draft(load_draft(example_path), path)
    return path


@pytest.fixture()
def answers(monkeypatch):
    """Queued answers for QInputDialog.getText / getItem."""
    queue: list = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: queue.pop(0)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: queue.pop(0)))
    return queue


def _active(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _click_row(qtbot, table, row, mods=Qt.KeyboardModifier.NoModifier):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, mods, rect.center())


def _key(qtbot, dialog, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.list, key, mods)


def test_returned_draft_accept_some_reject_others_through_undo(qtbot, window, draft, tmp_path):
    assert window.open_path(draft, ask=False)
    original = copy.deepcopy(window.document.notice)
    returned = tmp_path / "TB_v2_sua.json"
    save_draft(edited(load_draft(draft)), returned)
    dialog = _active(qtbot, window.version_actions.open_returned(str(returned)))
    assert [(c.kind, c.path) for c in dialog.changes] == [(k, p) for k, p, _o in EXPECTED]
    # walk with F8: accept the 1st (summary), reject the 2nd, accept the deletion (3rd) ...
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)          # accept summary -> moves to the next pending
    assert dialog.list.currentRow() == 1
    _key(qtbot, dialog, Qt.Key.Key_R, CTRL_SHIFT)          # reject the words changed
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)          # accept the deleted paragraph
    _key(qtbot, dialog, Qt.Key.Key_F8)                     # skip the insertion
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)          # accept the footnote edit
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)          # accept the move
    _key(qtbot, dialog, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.list.currentRow() == 5
    accepted = [0, 2, 4, 5]
    left = [(c.kind, c.path) for c in diff_notices(window.document.notice, load_draft(returned))]
    assert left == [(EXPECTED[i][0], EXPECTED[i][1]) for i in (1, 3, 6)]
    done = [(c.kind, c.path) for c in diff_notices(original, window.document.notice)]
    assert len(done) == len(accepted)
    assert window.isWindowModified()
    # the form shows the accepted summary
    assert "các tháng tiếp theo" in window.section("header").summary.toPlainText()
    # undo (Ctrl+Z in the main window) takes the last accepted change back; the view shows it pending again
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.state[5] == ""
    assert "✓" not in dialog.list.item(5).text()
    # accept everything left: the draft is the returned version
    dialog.accept_all()
    dialog.state[1] = ""  # the rejected one too, by hand
    dialog.list.setCurrentRow(1)
    _active(qtbot, dialog)
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)
    assert notice_to_dict(window.document.notice) == notice_to_dict(load_draft(returned))
    # and all of it can be undone
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert notice_to_dict(window.document.notice) == notice_to_dict(original)


def test_compare_view_highlights_words(qtbot, window, draft, tmp_path):
    assert window.open_path(draft, ask=False)
    returned = tmp_path / "v2.json"
    save_draft(edited(load_draft(draft)), returned)
    dialog = _active(qtbot, window.version_actions.open_returned(str(returned)))
    dialog.list.setCurrentRow(1)
    old_html, new_html = dialog.old_view.toHtml(), dialog.new_view.toHtml()
    assert "line-through" in old_html and "nghiêm túc" in old_html
    assert "underline" in new_html and "kịp thời" in new_html
    dialog.list.setCurrentRow(5)
    assert "III › 1 › ¶2" in dialog.where.text() and "I › 2 › ¶2" in dialog.where.text()
    assert dialog.list.item(5).text().endswith("III › 1 › ¶2")


def test_versions_save_list_restore_and_compare(qtbot, window, draft, answers, dialogs):
    assert window.open_path(draft, ask=False)
    answers.append(("Trình lãnh đạo lần 1", True))
    assert window.version_actions.save_as_version().name == "Trình lãnh đạo lần 1"
    window.document.notice.signature.signer = "Nguyễn Văn An"  # an edit, then version 2
    window.document.notify("signature")
    answers.append(("Sau góp ý của PCT", True))
    window.version_actions.save_as_version()
    assert [v.name for v in list_versions(draft)] == ["Trình lãnh đạo lần 1", "Sau góp ý của PCT"]
    history = _active(qtbot, window.version_actions.show_history())
    assert history.table.rowCount() == 2
    _click_row(qtbot, history.table, 0)
    assert [v.id for v in history.selected()] == [1]
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    assert window.document.notice.signature.signer == "Hoàng Xuân Đồng"
    assert window.section("signature").signer.text() == "Hoàng Xuân Đồng"
    assert [v.kind for v in list_versions(draft)] == ["save", "save", "restore"]
    history.close()
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the restore is undoable
    assert window.document.notice.signature.signer == "Nguyễn Văn An"
    history.reload()
    _active(qtbot, history)
    _click_row(qtbot, history.table, 0)
    _click_row(qtbot, history.table, 1, Qt.KeyboardModifier.ControlModifier)
    assert [v.id for v in history.selected()] == [1, 2]
    qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
    view = window.version_actions.compare
    assert [(c.kind, c.path) for c in view.changes] == [("changed", "signature.signer")]
    assert not view.accept_button.isVisible()  # two versions: read-only


def test_tracked_export_records_a_review_version(qtbot, window, draft, answers, tmp_path):
    assert window.open_path(draft, ask=False)
    answers.append(("v1", True))
    window.version_actions.save_as_version()
    window.document.notice.signature.signer = "Nguyễn Văn An"
    out = tmp_path / "TB_so-sanh.docx"
    versions = list_versions(draft)
    assert window.version_actions.export_tracked(str(out), versions[0])
    assert out.read_bytes()[:2] == b"PK"
    assert [v.kind for v in list_versions(draft)] == ["save", "review"]
    before = draft.read_bytes()
    assert window.version_actions.export_tracked(str(draft), versions[0])  # written as TB.json.docx
    assert draft.read_bytes() == before and draft.with_name("TB.json.docx").exists()


def test_a_draft_export_for_review_records_a_version(qtbot, window, draft, tmp_path):
    from thongbao_editor.gui.export import ExportDialog
    assert window.open_path(draft, ask=False)
    dialog = ExportDialog(window)
    dialog.docx_draft.setChecked(True)
    out = tmp_path / "TB_trinh.docx"
    dialog.path_edit.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert out.exists()
    [v] = list_versions(draft)
    assert (v.kind, v.name) == ("review", "Sent for review: TB_trinh.docx")
    dialog.close()


def test_accepting_after_another_draft_was_opened_is_refused(qtbot, window, draft, tmp_path, dialogs):
    assert window.open_path(draft, ask=False)
    returned = tmp_path / "v2.json"
    save_draft(edited(load_draft(draft)), returned)
    dialog = _active(qtbot, window.version_actions.open_returned(str(returned)))
    window.new_file()
    fresh = copy.deepcopy(window.document.notice)
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)
    assert notice_to_dict(window.document.notice) == notice_to_dict(fresh)
    assert dialogs.shown[-1][0] == "information"


def _model_follows_the_notice(model, notice) -> None:
    """Every row of the body tree model is the node at the same path of the notice."""
    def visit(parent_index, children, path):
        assert model.rowCount(parent_index) == len(children), path
        for row, node in enumerate(children):
            index = model.index(row, 0, parent_index)
            assert model.node(index) is node, path + (row,)
            visit(index, node.children, path + (row,))
    visit(model.index_of_path(()), notice.body, ())


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_accept_every_change_in_any_order_then_undo_and_redo_all(qtbot, window, draft, tmp_path, seed):
    import random
    assert window.open_path(draft, ask=False)
    original = copy.deepcopy(window.document.notice)
    returned = tmp_path / "TB_v2_sua.json"
    save_draft(edited(load_draft(draft)), returned)
    dialog = _active(qtbot, window.version_actions.open_returned(str(returned)))
    order = list(range(len(dialog.changes)))
    random.Random(seed).shuffle(order)
    model, stack = window.document.body_model, window.document.undo_stack
    for row in order:
        dialog.list.setCurrentRow(row)
        _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)
        assert dialog.state[row] == "accepted"
        _model_follows_the_notice(model, window.document.notice)
    new = notice_to_dict(load_draft(returned))
    assert notice_to_dict(window.document.notice) == new
    assert stack.count() == len(order)
    while stack.canUndo():
        stack.undo()
        _model_follows_the_notice(model, window.document.notice)
    assert window.document.notice == original
    assert set(dialog.state.values()) == {""}
    while stack.canRedo():
        stack.redo()
    assert notice_to_dict(window.document.notice) == new
    assert set(dialog.state.values()) == {"accepted"}
    _model_follows_the_notice(model, window.document.notice)


def test_accepting_changes_moves_rows_without_resetting_the_tree(qtbot, window, draft, tmp_path):
    assert window.open_path(draft, ask=False)
    returned = tmp_path / "TB_v2_sua.json"
    save_draft(edited(load_draft(draft)), returned)
    dialog = _active(qtbot, window.version_actions.open_returned(str(returned)))
    model = window.document.body_model
    seen: list[str] = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged"):
        getattr(model, name).connect(lambda *_a, name=name: seen.append(name))
    for row in range(len(dialog.changes)):
        dialog.list.setCurrentRow(row)
        _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)
    assert "modelReset" not in seen
    assert seen.count("rowsInserted") == 1 and seen.count("rowsRemoved") == 1
    assert seen.count("rowsMoved") == 1 and "dataChanged" in seen
    # the tree and the form show the accepted text
    assert "kịp thời quán triệt" in model.data(model.index_of_path((0, 0, 1), 1))

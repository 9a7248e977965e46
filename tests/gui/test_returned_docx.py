"""The returned-file loop: export for review, the leader edits the .docx in
Word (here python-docx, silently and with tracked changes), the secretary
brings it back, accepts some changes and rejects others; the draft then
holds exactly the accepted ones.  Needs the Word import (issue 8)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("thongbao_editor.importer")

from tests.compare.word_edits import AUTHOR, leader_edits  # noqa: E402
from thongbao_editor.api import render_docx  # noqa: E402
from thongbao_editor.compare import diff_notices  # noqa: E402
from thongbao_editor.model import load_draft, save_draft  # noqa: E402
from thongbao_editor.model.draft import notice_to_dict  # noqa: E402

from .test_review import CTRL_SHIFT, _active, _key  # noqa: E402

@pytest.mark.parametrize("tracked", [False, True], ids=["silent", "tracked"])
def test_returned_docx_accept_some_reject_others(qtbot, window, tmp_path, example_path, tracked):
    draft = tmp_path / "TB.json"
    save_draft(load_draft(example_path), draft)
    assert window.open_path(draft, ask=False)
    original = copy.deepcopy(window.document.notice)
    sent = tmp_path / "TB_trinh.docx"
    render_docx(window.document.notice, sent)
    back = tmp_path / "TB_trinh_sua.docx"
    leader_edits(sent, back, tracked=tracked)
    dialog = _active(qtbot, window.version_actions.open_returned(str(back)))
    got = [(c.kind, c.path) for c in dialog.changes]
    assert got == [("changed", "body[0].children[0].children[1]"), ("deleted", "body[0].children[0].children[2]"),
                   ("changed", "body[0].children[0].children[5]"), ("changed", "signature.signer")]
    if tracked:  # the Word revisions' author is shown
        assert dialog.changes[1].author == AUTHOR and dialog.changes[2].author == AUTHOR
        assert AUTHOR in dialog.summary.text()
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)  # accept the words changed
    _key(qtbot, dialog, Qt.Key.Key_R, CTRL_SHIFT)  # reject the deletion
    _key(qtbot, dialog, Qt.Key.Key_R, CTRL_SHIFT)  # reject the added sentence
    _key(qtbot, dialog, Qt.Key.Key_A, CTRL_SHIFT)  # accept the new signer
    expected = copy.deepcopy(original)
    node = expected.node_at((0, 0, 1))
    node.text = type(node.text).from_markup(node.text.to_markup().replace("nghiêm túc", "kịp thời"))
    expected.signature.signer = "Nguyễn Văn An"
    assert notice_to_dict(window.document.notice) == notice_to_dict(expected)
    assert [c.path for c in diff_notices(original, window.document.notice)] == [
        "body[0].children[0].children[1]", "signature.signer"]

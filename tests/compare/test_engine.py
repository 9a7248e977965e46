"""The compare engine: part-by-part changes, node matching, taking changes over."""

from __future__ import annotations

import copy

import pytest

from thongbao_editor.compare import Taking, diff_notices, tokens, word_ops
from thongbao_editor.errors import CompareError
from thongbao_editor.model import Node
from thongbao_editor.model.draft import notice_to_dict

from .edits import EXPECTED, edited, example, take_all, undo_all


@pytest.fixture(scope="module")
def pair():
    old = example()
    return old, edited(old)


def test_equal_notices_have_no_changes(pair):
    old, _new = pair
    assert diff_notices(old, copy.deepcopy(old)) == []


def test_lists_exactly_the_edits(pair):
    old, new = pair
    changes = diff_notices(old, new)
    assert [(c.kind, c.path, c.old_path) for c in changes] == EXPECTED


def test_word_ops_of_the_edits(pair):
    changes = {c.path: c for c in diff_notices(*pair)}
    para = changes["body[0].children[0].children[1]"]
    assert [(o.op, o.old, o.new) for o in para.ops if o.op != "equal"] == [("replace", "nghiêm túc", "kịp thời")]
    signer = changes["signature.signer"]
    assert (signer.old, signer.new) == ("Hoàng Xuân Đồng", "Nguyễn Văn An")
    note = changes["body[1].children[3].children[1].children[0].footnotes[0]"]
    assert [(o.op, o.old, o.new) for o in note.ops if o.op != "equal"] == [("replace", "40", "45")]
    moved = changes["body[2].children[0].children[1]"]
    assert moved.old == moved.new and moved.old.startswith("Tuy nhiên còn nhiều tiêu chí")


def test_tokens_keep_syllables_whole():
    assert tokens("Thường trực (B/c);") == ["Thường", " ", "trực", " ", "(", "B", "/", "c", ")", ";"]
    # decomposed input is composed first: the syllable stays one token
    assert tokens("nghie\u0302\u0300ng") == ["nghiềng"]
    ops = word_ops("Yêu cầu thực hiện nghiêm túc.", "Yêu cầu thực hiện nghiêm ngặt.")
    assert [(o.op, o.old, o.new) for o in ops if o.op != "equal"] == [("replace", "túc", "ngặt")]
    # a change of one diacritic replaces the whole syllable, never a part of it
    ops = word_ops("huyện Cao Lộc", "huyện Cao Lốc")
    assert [(o.op, o.old, o.new) for o in ops if o.op != "equal"] == [("replace", "Lộc", "Lốc")]


def test_ops_rebuild_both_texts(pair):
    for c in diff_notices(*pair):
        assert "".join(o.old for o in c.ops) == (c.old or "")
        assert "".join(o.new for o in c.ops) == (c.new or "")


def test_moved_subtree_is_one_move():
    old = example()
    new = copy.deepcopy(old)
    section = new.body.pop(2)
    new.body.insert(0, section)
    changes = diff_notices(old, new)
    assert [(c.kind, c.path) for c in changes] == [("moved", "body[0]")]


def test_inserted_subtree_is_one_insertion():
    old = example()
    new = copy.deepcopy(old)
    new.body.append(Node.make("muc", "KẾT LUẬN KHÁC", Node.make("khoan", "Về đất đai",
                                                                 Node.make("item", "Rà soát hồ sơ."))))
    assert [(c.kind, c.path) for c in diff_notices(old, new)] == [("inserted", "body[3]")]


def test_kind_change_is_reported():
    old = example()
    new = copy.deepcopy(old)
    new.node_at((0, 0, 7)).kind = new.node_at((0, 0, 7)).kind.__class__("sub_item")
    [c] = diff_notices(old, new)
    assert (c.kind, c.path, c.detail) == ("changed", "body[0].children[0].children[7]", "kind: item → sub_item")


def test_lines_of_recipients():
    old = example()
    new = copy.deepcopy(old)
    new.recipients.insert(2, "Sở Tài chính;")
    del new.recipients[5]
    new.recipients[0] = "Thường trực Tỉnh ủy (để báo cáo);"
    got = [(c.kind, c.path) for c in diff_notices(old, new)]
    assert got == [("changed", "recipients[0]"), ("inserted", "recipients[2]"), ("deleted", "recipients[4]")]


def test_apply_every_change_gives_the_new_notice_and_revert_gives_the_old():
    old = example()
    new = edited(old)
    before = notice_to_dict(old)
    changes = diff_notices(old, new)
    taken = take_all(old, changes)
    assert notice_to_dict(old) == notice_to_dict(new)
    undo_all(old, taken)
    assert notice_to_dict(old) == before
    # the nodes an undone deletion put back are copies: taking the changes again still works
    take_all(old, changes)
    assert notice_to_dict(old) == notice_to_dict(new)


def test_each_change_is_one_of_the_models_operations():
    old = example()
    changes = {c.path: c for c in diff_notices(old, edited(old))}
    ops = {path: type(Taking(old, c).op).__name__ for path, c in changes.items()}
    assert ops == {
        "header.summary": "SetField", "signature.signer": "SetField",
        "body[0].children[0].children[1]": "SetNodeText",
        "body[0].children[0].children[2]": "RemoveNode",
        "body[1].children[1]": "InsertNode",
        "body[1].children[3].children[1].children[0].footnotes[0]": "SetFootnote",
        "body[2].children[0].children[1]": "MoveNode",
    }
    move = Taking(old, changes["body[2].children[0].children[1]"]).op
    assert (move.path, move.parent, move.row) == ((0, 1, 1), (2, 0), 1)


@pytest.mark.parametrize("take", [[0, 2, 4, 6], [1, 3, 5], [5], [3], [2, 5]])
def test_apply_some_changes_in_any_order(take):
    old = example()
    new = edited(old)
    changes = diff_notices(old, new)
    chosen = [changes[i] for i in take]
    take_all(old, reversed(chosen))
    # what is left between the result and the new notice is exactly the rest
    rest = [(c.kind, c.path) for c in diff_notices(old, new)]
    assert rest == [(c.kind, c.path) for i, c in enumerate(changes) if i not in take]


def test_stale_change_is_refused():
    old = example()
    new = edited(old)
    change = next(c for c in diff_notices(old, new) if c.path == "signature.signer")
    line = copy.deepcopy(old)
    line.recipients.append("Sở Nội vụ;")
    rec = next(c for c in diff_notices(line, old) if c.path.startswith("recipients"))
    other = example()
    with pytest.raises(CompareError):
        Taking(other, rec)  # the line it deletes is not there
    take_all(old, [change])  # a field change always applies
    assert old.signature.signer == "Nguyễn Văn An"

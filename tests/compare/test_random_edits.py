"""Many edit mixes on the example: whatever the engine lists, applying every
change (as the model's operations) gives the new notice, undoing gives the old one, and the tracked
.docx resolves to the new text (accept all) and to the old text (reject all)."""

from __future__ import annotations

import copy
import random

import pytest

from tests.render.docx_xml import Docx
from tests.render.tracked_xml import plain, resolved
from thongbao_editor.compare import diff_notices
from thongbao_editor.errors import CompareError
from thongbao_editor.model import Node, RichText
from thongbao_editor.model.draft import notice_to_dict
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.tracked import render_tracked_bytes

from .edits import example, take_all, undo_all

EXAMPLE = example()


def _lists(notice):
    out = [notice.body]
    for _path, node in notice.walk_body():
        if node.children:
            out.append(node.children)
    return out


def _edit(notice, rng: random.Random) -> None:
    lists = _lists(notice)
    what = rng.choice(["words", "delete", "insert", "move", "signer", "recipient", "kind"])
    siblings = rng.choice(lists)
    if what == "words":
        node = rng.choice(siblings)
        words = node.text.text.split(" ")
        k = rng.randrange(len(words))
        words[k] = rng.choice(["kịp thời", "nghiêm túc", "đầy đủ", "", "UBND"])
        node.text = RichText.plain(" ".join(w for w in words if w))
    elif what == "delete" and len(siblings) > 1:
        del siblings[rng.randrange(len(siblings))]
    elif what == "insert":
        siblings.insert(rng.randrange(len(siblings) + 1),
                        Node.make("paragraph", f"Đoạn mới số {rng.randrange(1000)} về công tác cải cách hành chính."))
    elif what == "move":
        node = siblings.pop(rng.randrange(len(siblings)))
        target = rng.choice([x for x in _lists(notice) if x is not node.children])
        target.insert(rng.randrange(len(target) + 1), node)
        if not siblings:
            siblings.append(Node.make("paragraph", "Giữ chỗ."))
    elif what == "signer":
        notice.signature.signer = rng.choice(["Nguyễn Văn An", "Lê Thị Bình"])
    elif what == "recipient":
        notice.recipients.insert(rng.randrange(len(notice.recipients) + 1), "Sở Tài chính;")
    elif what == "kind":
        node = rng.choice(siblings)
        if not node.kind.labelled:
            node.kind = node.kind.__class__("item")


def _pair(seed: int):
    """(the generator, the example, a copy with 1–6 random edits)."""
    rng = random.Random(seed)
    old = copy.deepcopy(EXAMPLE)
    new = copy.deepcopy(EXAMPLE)
    for _ in range(rng.randint(1, 6)):
        _edit(new, rng)
    return rng, old, new


@pytest.mark.parametrize("seed", range(20))
def test_edits_round_trip(seed):
    rng, old, new = _pair(seed)
    changes = diff_notices(old, new)
    before = notice_to_dict(old)
    taken = take_all(old, changes)
    assert notice_to_dict(old) == notice_to_dict(new)
    undo_all(old, taken)
    assert notice_to_dict(old) == before
    for taking, _change in taken:  # redo: the same operations again
        taking.op.apply(old)
        taking.done(old)
    assert notice_to_dict(old) == notice_to_dict(new)
    undo_all(old, taken)
    tracked = Docx(render_tracked_bytes(old, new))
    assert resolved(tracked, accept=True) == plain(Docx(render_docx_bytes(new)))
    assert resolved(tracked, accept=False) == plain(Docx(render_docx_bytes(old)))


def _take_in_order(notice, pending: list) -> list:
    """Take the changes in the given order; one that does not fit yet (a move
    into a node whose insertion is not taken) waits for the next round."""
    taken = []
    while pending:
        left = []
        for c in pending:
            try:
                taken += take_all(notice, [c])
            except CompareError:
                left.append(c)
        assert len(left) < len(pending), [c.path for c in left]
        pending = left
    return taken


@pytest.mark.parametrize("seed", range(20))
def test_changes_taken_in_any_order(seed):
    rng, old, new = _pair(seed)
    changes = diff_notices(old, new)
    rng.shuffle(changes)
    before = notice_to_dict(old)
    taken = _take_in_order(old, changes)
    assert notice_to_dict(old) == notice_to_dict(new)
    undo_all(old, taken)
    assert notice_to_dict(old) == before

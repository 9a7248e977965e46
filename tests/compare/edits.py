"""The judged pair: the example notice and a copy edited as a leader would."""

from __future__ import annotations

import copy
from pathlib import Path

from thongbao_editor.compare import Taking
from thongbao_editor.model import Node, Notice, RichText
from thongbao_editor.model.draft import load_draft

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cao-loc-2024.json"


def example() -> Notice:
    return load_draft(EXAMPLE)


def _replace(node: Node, old: str, new: str) -> None:
    markup = node.text.to_markup()
    assert old in markup
    node.text = RichText.from_markup(markup.replace(old, new))


def edited(old: Notice) -> Notice:
    """Words changed in a paragraph, a paragraph deleted, one inserted, a node
    moved to another section, the signer and the summary changed, a footnote edited."""
    new = copy.deepcopy(old)
    _replace(new.node_at((0, 0, 1)), "nghiêm túc quán triệt", "kịp thời quán triệt")
    del new.node_at((0, 0)).children[2]
    new.node_at((1,)).children.insert(
        1, Node.make("paragraph", "Đoàn kiểm tra đề nghị huyện báo cáo kết quả trước ngày 30/6/2024."))
    moved = new.node_at((0, 1)).children.pop(1)
    new.node_at((2, 0)).children.append(moved)
    new.signature.signer = "Nguyễn Văn An"
    new.header.summary = new.header.summary.replace("năm 2024", "năm 2024 và các tháng tiếp theo")
    _replace(new.node_at((1, 3, 1, 0)), "tối thiểu 40%", "tối thiểu 45%")
    return new

#: (kind, path, old_path) of each change edited() makes, in the listed order
EXPECTED = [
    ("changed", "header.summary", None),
    ("changed", "body[0].children[0].children[1]", "body[0].children[0].children[1]"),
    ("deleted", "body[0].children[0].children[2]", "body[0].children[0].children[2]"),
    ("inserted", "body[1].children[1]", None),
    ("changed", "body[1].children[3].children[1].children[0].footnotes[0]",
     "body[1].children[2].children[1].children[0].footnotes[0]"),
    ("moved", "body[2].children[0].children[1]", "body[0].children[1].children[1]"),
    ("changed", "signature.signer", None),
]


def take_all(notice: Notice, changes) -> list:
    """Take each change over, in order, as the model's operation: [(Taking, its model Change)]."""
    out = []
    for c in changes:
        taking = Taking(notice, c)
        out.append((taking, taking.op.apply(notice)))
        taking.done(notice)
    return out


def undo_all(notice: Notice, taken: list) -> None:
    """Apply the inverses of :func:`take_all`'s operations, the last first."""
    for taking, change in reversed(taken):
        change.inverse.apply(notice)
        taking.undone(notice)

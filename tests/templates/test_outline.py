"""The body outline: its markers, and any body tree through an outline and back."""

from __future__ import annotations

import random

import pytest

from thongbao_editor.model import Kind, Node
from thongbao_editor.model.text import Footnote, RichText, Run
from thongbao_editor.templates.outline import OutlineError, format_outline, parse_outline


def test_markers_and_levels():
    body = parse_outline("""
# ĐÁNH GIÁ CHUNG
## Đối với UBND huyện Cao Lộc
Đoàn kiểm tra đánh giá cao …
- Việc giao dự toán …
+ chi tiết
Tình hình xuất nhập cảnh …
###= UBND huyện cần …
#### Về phát triển kinh tế
@## Đoạn của khoản, sau các điểm
@# - gạch đầu dòng của mục
-5% so với cùng kỳ
\\- bắt đầu bằng gạch
""")
    (muc,) = body
    khoan, item_of_muc, minus, escaped = muc.children
    assert muc.kind is Kind.MUC and muc.heading
    assert [c.kind for c in khoan.children] == [Kind.PARAGRAPH, Kind.ITEM, Kind.PARAGRAPH,
                                                Kind.SUB_KHOAN, Kind.PARAGRAPH]
    assert khoan.children[1].children[0].kind is Kind.SUB_ITEM
    sub = khoan.children[3]
    assert not sub.heading and sub.children[0].kind is Kind.DIEM
    assert khoan.children[4].text.text == "Đoạn của khoản, sau các điểm"
    assert item_of_muc.kind is Kind.ITEM
    assert minus.kind is Kind.PARAGRAPH and minus.text.text == "-5% so với cùng kỳ"
    assert escaped.text.text == "- bắt đầu bằng gạch"


@pytest.mark.parametrize("bad", ["##Thiếu dấu cách", "# **không đóng", "@- ## khoản dưới gạch"])
def test_bad_lines(bad):
    with pytest.raises(OutlineError) as err:
        parse_outline("# MỤC\n- một\n" + bad)
    assert err.value.line == 3


_CHARS = list("aăđ ế*[]{}%#-+=@\\\"'^~|") + ["{{", "{%", "}}", '"""', "\n"]


def _text(rng: random.Random) -> RichText:
    pieces = []
    for _ in range(rng.randint(1, 3)):
        t = "".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.15:
            pieces.append(Footnote((Run(t + "x"),)))
        else:
            pieces.append(Run(t + "x", rng.random() < 0.3, rng.random() < 0.3))
    return RichText(tuple(pieces)).normalized()


def _tree(rng: random.Random, parent_rank: int, depth: int) -> list[Node]:
    nodes = []
    for _ in range(rng.randint(0, 4 if depth < 3 else 1)):
        kinds = [k for k in Kind if not k.labelled or k.rank > parent_rank]
        kind = rng.choice(kinds)
        node = Node(kind, _text(rng), kind.labelled and kind.heading_by_default
                    and rng.random() < 0.8)
        if kind is not Kind.PARAGRAPH and depth < 4:
            node.children = _tree(rng, kind.rank, depth + 1)
        nodes.append(node)
    return nodes


def test_any_tree_goes_through_an_outline_and_back():
    rng = random.Random(30)
    for _ in range(300):
        body = _tree(rng, -1, 0)
        assert parse_outline(format_outline(body)) == body


def test_empty_paragraphs_and_bare_markers_do_not_turn_into_text():
    """An empty paragraph under an item was written ``@- `` and read back as
    a paragraph reading «@-»; a line that is only a marker (``-`` from
    ``- {{ empty }}``, or an empty item of a draft) became a paragraph «-»."""
    item = Node.make("item", "gạch", Node(Kind.PARAGRAPH, RichText()))
    body = [Node.make("muc", "MỤC", Node.make("khoan", "khoản", item,
                                               Node(Kind.PARAGRAPH, RichText()))),
            Node(Kind.PARAGRAPH, RichText())]
    back = parse_outline(format_outline(body))
    expected = [Node.make("muc", "MỤC", Node.make("khoan", "khoản", Node.make("item", "gạch")))]
    assert back == expected  # the empty paragraphs hold nothing; nothing else changes
    for bare in ("-", "+", "#", "##=", "@# -"):
        with pytest.raises(OutlineError) as err:
            parse_outline("# MỤC\n## khoản\n" + bare + "\n")
        assert err.value.line == 3 and err.value.problem.code == "tpl.outline_empty"

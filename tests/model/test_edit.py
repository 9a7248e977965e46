"""The model's edit operations: typed paths, inverses, announced changes."""

from __future__ import annotations

import pytest

from thongbao_editor.model import (Footnote, Kind, Node, Person, RichText, Run, load_draft,
                                   notice_from_dict, notice_to_dict)
from thongbao_editor.model.edit import (Batch, FieldPath, InsertItem, InsertNode, MoveNode,
                                        NoticeEditor, RemoveItem, RemoveNode, SetField,
                                        SetFootnote, SetNodeKind, SetNodeText, replace_notice_op,
                                        splice_op)


@pytest.fixture
def notice(example_path):
    return load_draft(example_path)


def test_field_paths_are_checked_when_made():
    assert FieldPath.parse("opening.chair.name") == FieldPath.of("opening", "chair", "name")
    assert FieldPath.parse("recipients[2]") == FieldPath.of("recipients", 2)
    assert str(FieldPath.parse("abbreviations[0].full")) == "abbreviations[0].full"
    assert FieldPath.parse("opening.override[1]").part == "opening"
    for bad in (("header", "sumary"), ("header", "summary", "x"), ("header", 0), ("nothing",),
                (0,)):
        with pytest.raises(ValueError):
            FieldPath(bad)


def _ops(notice):
    rich = RichText((Run("Chữ "), Run("đậm", bold=True), Footnote((Run("Chú"),))))
    return [
        SetField(FieldPath.of("header", "summary"), "Kết luận mới"),
        SetField(FieldPath.parse("recipients[0]"), "Sở Y tế;"),
        SetField(FieldPath.of("opening", "chair"), Person("Nguyễn Văn A", "Chủ tịch UBND")),
        InsertItem(FieldPath.of("recipients"), 1, "Sở Nội vụ;"),
        RemoveItem(FieldPath.of("signature", "authority"), 0),
        SetNodeText((1, 0), rich),
        SetNodeKind((1, 0), Kind.SUB_KHOAN, True),
        InsertNode((1,), 0, Node.make("khoan", "Mới", Node.make("item", "con"))),
        RemoveNode((0,)),
        MoveNode((0, 1), (0, 0), 0),
        MoveNode((0, 0), (), 1),
        SetFootnote((1, 0), 0, Footnote((Run("Chú thích khác"),))),
        SetField(FieldPath.of("body"), [Node.make("muc", "Một")]),
    ]


def test_every_operation_is_undone_by_its_inverse(notice):
    original = notice_to_dict(notice)
    changes, states = [], [original]
    for op in _ops(notice):
        changes.append(op.apply(notice))
        assert notice_to_dict(notice) != states[-1], op
        states.append(notice_to_dict(notice))
    for change, state in zip(reversed(changes), reversed(states[:-1]), strict=True):
        change.inverse.apply(notice)
        assert notice_to_dict(notice) == state, change.op
    for op, state in zip(_ops(notice_from_dict(original)), states[1:], strict=True):
        op.apply(notice)  # applied again after the undo: the same states
        assert notice_to_dict(notice) == state, op


def test_a_change_names_the_part_and_place(notice):
    c = SetField(FieldPath.parse("recipients[0]"), "X;").apply(notice)
    assert (c.part, c.where) == ("recipients", FieldPath.parse("recipients[0]"))
    c = InsertNode((1,), 0, Node.make("khoan", "A")).apply(notice)
    assert (c.part, c.where, c.inverse) == ("body", (1, 0), RemoveNode((1, 0)))
    c = SetFootnote(FieldPath.of("closing"), 0,
                    Footnote((Run("x"),))).apply(_with_closing_footnote(notice))
    assert c.part == "closing"
    batch = Batch((SetField(FieldPath.of("header", "place"), "Huế"), RemoveNode((0,)))).apply(notice)
    assert batch.parts == ("header", "body")


def _with_closing_footnote(notice):
    notice.closing = RichText((Run("Kết"), Footnote((Run("a"),))))
    return notice


def test_values_are_copied_in_so_an_edit_can_be_redone(notice):
    node = Node.make("khoan", "A")
    op = InsertNode((1,), 0, node)
    op.apply(notice)
    notice.body[1].children[0].children.append(Node.make("item", "b"))  # a later edit
    assert node.children == []


def test_the_editor_announces_every_step(notice):
    editor = NoticeEditor(notice)
    seen = []
    editor.listen(lambda c: seen.append(("after", c.part, c.where)),
                  lambda op: seen.append(("before", type(op).__name__)))
    change = editor.apply(Batch((SetNodeText((0,), RichText.plain("Một")),
                                 SetField(FieldPath.of("recipients"), []))))
    assert seen == [("before", "SetNodeText"), ("after", "body", (0,)),
                    ("before", "SetField"), ("after", "recipients", FieldPath.of("recipients"))]
    seen.clear()
    editor.apply(change.inverse)
    assert [s[0] for s in seen] == ["before", "after", "before", "after"]
    assert seen[1][1] == "recipients"  # undone in reverse order


@pytest.mark.parametrize("path, parent, row, before", [
    ((0, 2), (0,), 1, ((0,), 1)),     # up
    ((0, 1), (0,), 2, ((0,), 3)),     # down (row counted after removal)
    ((0, 2), (0, 1), 4, ((0, 1), 4)),  # indent under the previous sibling
    ((0, 1, 3), (0,), 2, ((0,), 2)),  # outdent
    ((0, 1), (0, 2), 0, ((0, 3), 0)),  # into a later sibling
])
def test_move_target_counted_before_removal(path, parent, row, before):
    assert MoveNode(path, parent, row).target_before() == before


def test_a_child_moved_before_its_parent_moves_back_on_undo(notice):
    """The inverse moves the node into what is, once it is taken out, its old
    parent's place again: a legal move (a node never moves into itself)."""
    child = notice.node_at((0, 0, 1))
    before = notice_to_dict(notice)
    change = MoveNode((0, 0, 1), (0,), 0).apply(notice)
    assert notice.node_at((0, 0)) is child
    assert change.inverse == MoveNode((0, 0), (0, 0), 1)
    change.inverse.apply(notice)
    assert notice_to_dict(notice) == before and notice.node_at((0, 0, 1)) is child


@pytest.mark.parametrize("op", [MoveNode((0, 99), (0,), 0), MoveNode((0, 0), (0, 99), 0),
                                MoveNode((0, 0), (1,), 99),
                                InsertItem(FieldPath.of("recipients"), 99, "Lưu: VT."),
                                InsertItem(FieldPath.of("recipients"), -1, "Lưu: VT.")])
def test_a_move_to_or_from_nowhere_changes_nothing(notice, op):
    before = notice_to_dict(notice)
    with pytest.raises(IndexError):
        op.apply(notice)
    assert notice_to_dict(notice) == before


def test_splice_op_keeps_format_and_drops_emptied_list_items(notice):
    notice.recipients = ["Như trên;", "Lưu: VT."]
    op = splice_op(notice, FieldPath.parse("recipients[1]"), 0, len("Lưu: VT."), "",
                   drop_empty_item=True)
    assert op == RemoveItem(FieldPath.of("recipients"), 1)
    notice.body[0].text = RichText((Run("Rất "), Run("đậm", bold=True), Footnote((Run("ghi"),))))
    op = splice_op(notice, (0,), 4, 7, "mạnh")
    op.apply(notice)
    assert notice.body[0].text == RichText((Run("Rất "), Run("mạnh", bold=True),
                                            Footnote((Run("ghi"),))))
    with pytest.raises(IndexError):
        splice_op(notice, (0,), 5, 50, "x")


def test_replacing_the_whole_notice_is_one_edit(notice, example_path):
    other = load_draft(example_path)
    other.header.summary = "Khác"
    other.body.pop()
    op = replace_notice_op(notice, other)
    assert {o.path.part for o in op.ops} == {"header", "body"}
    before = notice_to_dict(notice)
    change = op.apply(notice)
    assert notice_to_dict(notice) == notice_to_dict(other)
    change.inverse.apply(notice)
    assert notice_to_dict(notice) == before

from thongbao_editor.model import Kind, Node, Notice, number_tree
from thongbao_editor.model.numbering import NumberingFormatError, check_format, letter, roman

import pytest


def labels_of(body, formats=None):
    labels = number_tree(body, formats)
    n = Notice(body=body)
    return [(labels.get(id(node)), node.text.text) for _, node in n.walk_body()]


def test_default_scheme_follows_the_seed():
    body = [
        Node.make("muc", "Đánh giá chung",
                  Node.make("khoan", "Đối với huyện",
                            Node.make("paragraph", "Đoạn văn"),
                            Node.make("item", "gạch đầu dòng",
                                      Node.make("sub_item", "cộng"))),
                  Node.make("khoan", "Đối với xã",
                            Node.make("sub_khoan", "Về kinh tế",
                                      Node.make("diem", "Về phát triển"),
                                      Node.make("paragraph", "chen giữa"),
                                      Node.make("diem", "Văn hóa")),
                            Node.make("sub_khoan", "Chương trình"))),
        Node.make("muc", "Nhiệm vụ", Node.make("khoan", "Lại từ một")),
    ]
    assert labels_of(body) == [
        ("I.", "Đánh giá chung"), ("1.", "Đối với huyện"), (None, "Đoạn văn"),
        ("-", "gạch đầu dòng"), ("+", "cộng"), ("2.", "Đối với xã"), ("2.1.", "Về kinh tế"),
        ("a)", "Về phát triển"), (None, "chen giữa"), ("b)", "Văn hóa"),
        ("2.2.", "Chương trình"), ("II.", "Nhiệm vụ"), ("1.", "Lại từ một"),
    ]


def test_scheme_is_configurable_per_level():
    body = [Node.make("khoan", "A", Node.make("sub_khoan", "B"))]
    assert labels_of(body, {Kind.SUB_KHOAN: "{parent}.{n}", Kind.KHOAN: "{I}/"}) == [
        ("I/", "A"), ("1.1", "B")]


def test_vietnamese_letters_and_roman():
    assert [letter(i) for i in (1, 4, 5, 6, 7, 23, 24)] == ["a", "d", "đ", "e", "g", "y", "aa"]
    assert [roman(i) for i in (1, 4, 9, 14, 40, 1994)] == ["I", "IV", "IX", "XIV", "XL", "MCMXCIV"]


@pytest.mark.parametrize("fmt", ["{x}.", "{0}", "{n", "{n!r:>{z}}"])
def test_bad_formats_are_refused(fmt):
    with pytest.raises(NumberingFormatError):
        check_format(Kind.KHOAN, fmt)


def test_moving_a_node_renumbers():
    a, b = Node.make("khoan", "A"), Node.make("khoan", "B")
    body = [Node.make("muc", "M", a, b)]
    assert labels_of(body)[1:] == [("1.", "A"), ("2.", "B")]
    body[0].children.reverse()
    assert labels_of(body)[1:] == [("1.", "B"), ("2.", "A")]


def test_a_sub_clause_without_a_clause_above_has_no_stray_dot():
    """The editor lets a 1.1-level node sit right under a mục (or at the top);
    ``{parent}.{n}.`` then printed «.1.» in the notice."""
    orphan = Node.make("sub_khoan", "Về kinh tế")
    top = Node.make("sub_khoan", "Ở đầu")
    body = [top, Node.make("muc", "MỤC", orphan, Node.make("khoan", "Khoản",
                                                             Node.make("sub_khoan", "con")))]
    labels = number_tree(body)
    assert labels[id(orphan)] == "1." and labels[id(top)] == "1."
    assert labels[id(body[1].children[1].children[0])] == "1.1."  # unchanged where it has a parent
    assert number_tree([top], {Kind.SUB_KHOAN: "{parent}-{n}"})[id(top)] == "1"

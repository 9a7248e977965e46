"""The body of a notice template as an outline: one line per node.

::

    # ĐÁNH GIÁ CHUNG                      mục (I. II.), a heading
    ## Đối với UBND huyện Cao Lộc          khoản (1. 2.)
    ### Về phát triển kinh tế - xã hội     sub-khoản (1.1.)
    #### Về phát triển kinh tế             điểm (a) b))
    - Tập trung …                          item (-)
    + …                                    sub-item (+)
    Trong 03 tháng đầu năm …               an unlabelled paragraph
    ###= UBND huyện … cần …                a labelled paragraph, not a heading

A line's text is rich-text markup (``**bold**``, ``*italic*``,
``[^footnote]``).  Blank lines are ignored.  A paragraph that must start
with ``#``, ``-``, ``+`` or ``=`` escapes it with a backslash.  The tree is
rebuilt from the levels: a node goes under the nearest open node of a higher
level; items and paragraphs go under the nearest heading level.
"""

from __future__ import annotations

import re

from ..errors import FieldProblem
from ..model import Kind, Node
from ..model.text import MarkupError, RichText, parse_markup

_HEADINGS = {1: Kind.MUC, 2: Kind.KHOAN, 3: Kind.SUB_KHOAN, 4: Kind.DIEM}
_MARK = {v: k for k, v in _HEADINGS.items()}
_LINE = re.compile(r"^(#{1,4})(=?)\s+(.*)$|^([-+])\s+(.*)$")


class OutlineError(ValueError):
    """A body line that cannot be read; ``problem`` is the translatable reason."""

    def __init__(self, line: int, problem: FieldProblem, text: str):
        super().__init__(f"line {line}: {problem.message()}")
        self.line, self.problem, self.text = line, problem, text


def parse_outline(text: str) -> list[Node]:
    """The body tree an outline describes (raises :class:`OutlineError`)."""
    root = Node(Kind.PARAGRAPH)
    stack: list[Node] = [root]

    def parent_for(kind: Kind) -> Node:
        if kind is Kind.PARAGRAPH or kind is Kind.ITEM:
            while len(stack) > 1 and stack[-1].kind in (Kind.ITEM, Kind.SUB_ITEM):
                stack.pop()
        elif kind is Kind.SUB_ITEM:
            while len(stack) > 1 and stack[-1].kind is Kind.SUB_ITEM:
                stack.pop()
        else:
            while len(stack) > 1 and stack[-1].kind.rank >= kind.rank:
                stack.pop()
        return stack[-1]

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        m = _LINE.match(line)
        heading = False
        if m and m.group(1):
            kind = _HEADINGS[len(m.group(1))]
            heading = not m.group(2)
            content = m.group(3)
        elif m:
            kind = Kind.ITEM if m.group(4) == "-" else Kind.SUB_ITEM
            content = m.group(5)
        elif line[0] in "#-+=" and not line.startswith("\\"):
            raise OutlineError(number, FieldProblem("tpl.outline_marker"), line[:80])
        else:
            kind, content = Kind.PARAGRAPH, line
        try:
            rich = parse_markup(content)
        except MarkupError as exc:
            raise OutlineError(number, FieldProblem("field.value", reason=exc.reason),
                               line[:80]) from None
        if not rich and kind is not Kind.PARAGRAPH:
            raise OutlineError(number, FieldProblem("tpl.outline_empty"), line[:80])
        node = Node(kind, rich, heading and kind.labelled)
        parent = parent_for(kind)
        parent.children.append(node)
        if kind is not Kind.PARAGRAPH:
            stack.append(node)
    return root.children


def format_outline(nodes: list[Node], escape=lambda s: s) -> str:
    """The outline text of a body tree (inverse of :func:`parse_outline`).
    ``escape`` is applied to each line's markup (e.g. to protect Jinja)."""
    out: list[str] = []

    def walk(items: list[Node]) -> None:
        for n in items:
            markup = escape(n.text.to_markup())
            if n.kind in _MARK:
                mark = "#" * _MARK[n.kind] + ("" if n.heading else "=")
                out.append(f"{mark} {markup}")
            elif n.kind is Kind.ITEM:
                out.append(f"- {markup}")
            elif n.kind is Kind.SUB_ITEM:
                out.append(f"+ {markup}")
            else:
                if markup[:1] in "#-+=":
                    markup = "\\" + markup
                out.append(markup)
            walk(n.children)

    walk(nodes)
    return "\n".join(out) + "\n"


def rich_equal(a: RichText, b: RichText) -> bool:
    return a.to_markup() == b.to_markup()

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
    @## Đoạn văn của khoản, sau các 1.1.   explicit parent (see below)

A line's text is rich-text markup (``**bold**``, ``*italic*``,
``[^footnote]``).  Blank lines are ignored.  Only the exact markers above
(marker, space, text) make a line a heading or an item: ``-5% so với cùng
kỳ`` or ``+3 tiêu chí`` stay paragraphs, so values a user typed cannot
break the outline; a paragraph that must start with a marker and a space
escapes it with a backslash (``\\- …``).  ``#Text`` without the space is
refused as a typo.

The tree is rebuilt from the levels: a heading goes under the nearest open
node of a higher level; an item or a paragraph goes under the deepest open
heading (a sub-item under the open item).  Where that is not the parent
meant — a paragraph of a khoản written after its 1.1., 1.2. …, an item of
the mục after its khoản, a paragraph inside an item, a paragraph before the
first mục — the line starts with ``@`` and the parent's own marker:
``@#``, ``@##``, ``@###``, ``@####``, ``@-``, ``@+``, or ``@/`` for the top
level, then a space and the line as usual (``@# - item of the mục``).
:func:`format_outline` writes these markers exactly where they are needed,
so any body tree goes through an outline and back unchanged.
"""

from __future__ import annotations

import re
from typing import Callable

from ..errors import FieldProblem
from ..model import Kind, Node
from ..model.draft import markup_reason
from ..model.text import MarkupError, RichText, parse_markup

_HEADINGS = {1: Kind.MUC, 2: Kind.KHOAN, 3: Kind.SUB_KHOAN, 4: Kind.DIEM}
_MARK = {v: k for k, v in _HEADINGS.items()}
# A marker alone on its line (``-`` from ``- {{ empty }}``) is an empty
# node, refused below, not a paragraph reading «-».
_LINE = re.compile(r"^(#{1,4})(=?)(?:\s+(.*))?$|^([-+])(?:\s+(.*))?$")
_PARENT = re.compile(r"^@(/|#{1,4}|-|\+)(?:\s+(.*))?$")
_PARENT_KIND = {"-": Kind.ITEM, "+": Kind.SUB_ITEM, **{"#" * k: v for k, v in _HEADINGS.items()}}
_ROOT_RANK = -1
_HASH_TYPO = re.compile(r"^#{1,4}=?[^\s#=]")


class OutlineError(ValueError):
    """A body line that cannot be read; ``problem`` is the translatable reason."""

    def __init__(self, line: int, problem: FieldProblem, text: str):
        super().__init__(f"line {line}: {problem.message()}")
        self.line, self.problem, self.text = line, problem, text


class _Stack:
    """The open nodes while an outline is read (or written): the parser and
    the writer share it, so the writer knows where a line would go."""

    def __init__(self) -> None:
        self.root = Node(Kind.PARAGRAPH)
        self.nodes: list[Node] = [self.root]

    def _rank(self, node: Node) -> int:
        return _ROOT_RANK if node is self.root else node.kind.rank

    def default_parent(self, kind: Kind) -> int:
        """How many open nodes stay when a line of ``kind`` has no ``@``."""
        n = len(self.nodes)
        if kind is Kind.PARAGRAPH or kind is Kind.ITEM:
            while n > 1 and self.nodes[n - 1].kind in (Kind.ITEM, Kind.SUB_ITEM):
                n -= 1
        elif kind is Kind.SUB_ITEM:
            while n > 1 and self.nodes[n - 1].kind is Kind.SUB_ITEM:
                n -= 1
        else:
            while n > 1 and self.nodes[n - 1].kind.rank >= kind.rank:
                n -= 1
        return n

    def explicit_parent(self, rank: int) -> int:
        """How many open nodes stay for ``@marker`` (a parent of ``rank``)."""
        n = len(self.nodes)
        while n > 1 and self._rank(self.nodes[n - 1]) > rank:
            n -= 1
        return n

    def attach(self, keep: int, node: Node) -> Node:
        del self.nodes[keep:]
        parent = self.nodes[-1]
        parent.children.append(node)
        if node.kind is not Kind.PARAGRAPH:
            self.nodes.append(node)
        return parent


def _marker_rank(marker: str) -> int:
    return _ROOT_RANK if marker == "/" else _PARENT_KIND[marker].rank


def parse_outline(text: str) -> list[Node]:
    """The body tree an outline describes (raises :class:`OutlineError`)."""
    stack = _Stack()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        forced = None
        p = _PARENT.match(line)
        if p:
            forced, line = p.group(1), (p.group(2) or "").strip()
        m = _LINE.match(line)
        heading = False
        if m and m.group(1):
            kind = _HEADINGS[len(m.group(1))]
            heading = not m.group(2)
            content = m.group(3) or ""
        elif m:
            kind = Kind.ITEM if m.group(4) == "-" else Kind.SUB_ITEM
            content = m.group(5) or ""
        elif _HASH_TYPO.match(line):  # "##Heading": a heading without its space
            raise OutlineError(number, FieldProblem("tpl.outline_marker"), raw.strip()[:80])
        else:
            kind, content = Kind.PARAGRAPH, line
        try:
            rich = parse_markup(content)
        except MarkupError as exc:
            raise OutlineError(number, FieldProblem("field.value", reason=markup_reason(exc)),
                               raw.strip()[:80]) from None
        if not rich and (kind is not Kind.PARAGRAPH or forced is not None):
            raise OutlineError(number, FieldProblem("tpl.outline_empty"), raw.strip()[:80])
        if forced is None:
            keep = stack.default_parent(kind)
        else:
            keep = stack.explicit_parent(_marker_rank(forced))
            parent = stack.nodes[keep - 1]
            if kind.labelled and parent is not stack.root and kind.rank <= parent.kind.rank:
                raise OutlineError(number, FieldProblem(
                    "field.value", reason=f"{kind.value} under {parent.kind.value}"),
                    raw.strip()[:80])
        stack.attach(keep, Node(kind, rich, heading and kind.labelled))
    return stack.root.children


def format_outline(nodes: list[Node], escape: Callable[[str], str] = lambda s: s) -> str:
    """The outline text of a body tree (inverse of :func:`parse_outline`).
    ``escape`` is applied to each line's markup (e.g. to protect Jinja)."""
    out: list[str] = []
    stack = _Stack()

    def walk(parent: Node, items: list[Node]) -> None:
        for n in items:
            if n.kind is Kind.PARAGRAPH and not n.text and not n.children:
                continue  # an empty paragraph holds nothing (and "@- " read back as «@-»)
            markup = escape(n.text.to_markup())
            if n.kind in _MARK:
                line = "#" * _MARK[n.kind] + ("" if n.heading else "=") + " " + markup
            elif n.kind is Kind.ITEM:
                line = f"- {markup}"
            elif n.kind is Kind.SUB_ITEM:
                line = f"+ {markup}"
            else:
                line = ("\\" + markup) if markup[:1] in ("#", "-", "+", "=", "@") else markup
            keep = stack.default_parent(n.kind)
            if stack.nodes[keep - 1] is not parent:
                marker = "/" if parent is stack.root else (
                    "#" * _MARK[parent.kind] if parent.kind in _MARK
                    else "-" if parent.kind is Kind.ITEM else "+")
                line = f"@{marker} {line}"
                keep = stack.explicit_parent(_marker_rank(marker))
            out.append(line)
            placed = Node(n.kind, n.text, n.heading)
            stack.attach(keep, placed)
            # walk the children against the copy the stack holds
            walk(placed, n.children)

    walk(stack.root, nodes)
    return "\n".join(out) + "\n"


def rich_equal(a: RichText, b: RichText) -> bool:
    return a.to_markup() == b.to_markup()

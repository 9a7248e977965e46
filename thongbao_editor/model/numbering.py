"""Labels of the body tree, generated from its shape — never typed.

Each level has a format (a property of the template, so a province that
writes ``1.1`` without a trailing dot can keep it).  Fields a format may use:

``{n}``       the node's number among its siblings of the same level (1, 2, 3)
``{I}``/``{i}``  the same in upper/lower Roman numerals
``{a}``/``{A}``  the same as a Vietnamese letter (a b c d đ e g h …)
``{parent}``  the number of the nearest labelled ancestor (for ``1.1.``)

Unlabelled paragraphs do not interrupt the count.
"""

from __future__ import annotations

import re
import string
from typing import Mapping

from .notice import DEFAULT_NUMBERING, Kind, Node

VIETNAMESE_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
FIELDS = frozenset({"n", "I", "i", "a", "A", "parent"})


class NumberingFormatError(ValueError):
    def __init__(self, kind: Kind, fmt: str, reason: str):
        super().__init__(f"{kind.value}: {fmt!r}: {reason}")
        self.kind, self.format, self.reason = kind, fmt, reason


def roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                       (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                       (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """1 → a, 5 → đ, 23 → y, 24 → aa (the Vietnamese order, no f j w z)."""
    count = len(VIETNAMESE_LETTERS)
    return VIETNAMESE_LETTERS[(n - 1) % count] * ((n - 1) // count + 1)


def check_format(kind: Kind, fmt: str) -> None:
    """Raise :class:`NumberingFormatError` for a format that cannot be used."""
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError as exc:
        raise NumberingFormatError(kind, fmt, str(exc)) from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS:
            raise NumberingFormatError(kind, fmt, "unknown field {" + name + "}")
        if spec or conversion:
            raise NumberingFormatError(kind, fmt, "no format specs or conversions")


_EMPTY_PARENT = re.compile(r"\{parent\}[.\-–/]*")


def format_label(fmt: str, number: int, parent: str = "") -> str:
    if not parent:  # no numbered node above (a 1.1 right under a mục): no stray «.1.»
        fmt = _EMPTY_PARENT.sub("", fmt)
    return fmt.format(**{"n": number, "I": roman(number), "i": roman(number).lower(),
                         "a": letter(number), "A": letter(number).upper(),
                         "parent": parent})


def number_tree(body: list[Node], formats: Mapping[Kind, str] | None = None
                ) -> dict[int, str]:
    """Labels for every labelled node, keyed by ``id(node)``.

    ``{parent}`` is the arabic number of the nearest labelled ancestor.
    """
    formats = {**DEFAULT_NUMBERING, **(formats or {})}
    labels: dict[int, str] = {}

    def visit(children: list[Node], parent_number: str) -> None:
        counts: dict[Kind, int] = {}
        for node in children:
            number = parent_number
            if node.kind.labelled:
                counts[node.kind] = n = counts.get(node.kind, 0) + 1
                labels[id(node)] = format_label(formats[node.kind], n, parent_number)
                number = str(n) if not parent_number or node.kind in (Kind.MUC, Kind.KHOAN) \
                    else f"{parent_number}.{n}"
                if node.kind is Kind.MUC:
                    number = ""  # khoản restart under each mục; 1.1 is khoản.sub-khoản
            visit(node.children, number)

    visit(body, "")
    return labels

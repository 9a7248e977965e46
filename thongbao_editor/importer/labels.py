"""Section labels → the product's node kinds (typed or from Word's numbering).

``I.`` mục, ``1.`` khoản, ``1.1.`` sub-khoản, ``a)`` điểm, ``-`` item,
``+`` sub-item — whether the clerk typed them or Word's automatic numbering
shows them (``%1.`` decimal, ``%1)`` lowerLetter, upperRoman, ``%1.%2.``,
bullets).  One function, :func:`kind_of_label`, decides for both.
"""

from __future__ import annotations

import re

from ..model import Kind
from .numbering import Label

_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
DASHES = "-–—‐‑−\uf02d"
BULLETS = "•·▪■□◦○●\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8o§"

#: A label typed at the start of a paragraph, and the space after it.
TYPED = re.compile(
    r"^\s*(?P<label>"
    r"[IVXLC]{1,7}[.)/]"  # I.  II)  III/
    r"|\d{1,2}(?:\.\d{1,2}){1,3}[.)/]?"  # 1.1  1.1.  1.2.3.  1.1/
    r"|\d{1,2}[.)/]"  # 1.  1)  1/
    r"|\(\d{1,2}\)|\([a-zđ]\)"  # (1)  (a)
    r"|[a-zđ][.)/]"  # a)  a.  a/
    r"|[A-Z][.)]"  # A.
    r")(?:\s+|(?=[^\s\d.]))"
    r"|^\s*(?P<dash>[" + re.escape(DASHES + "•·▪") + r"+])\s*(?=\S)")


def kind_of_label(text: str, *, bullet: bool = False) -> Kind | None:
    """The node kind a label stands for (``None``: not a label we know)."""
    t = text.strip()
    if bullet or (len(t) == 1 and t in DASHES + BULLETS + "+"):
        return Kind.SUB_ITEM if t == "+" else Kind.ITEM
    core = t.strip("()").rstrip(".)/").strip()
    if not core:
        return None
    if _ROMAN.match(core):
        return Kind.MUC
    if re.fullmatch(r"\d{1,3}", core):
        return Kind.KHOAN
    if re.fullmatch(r"\d{1,3}\.\d{1,3}", core):
        return Kind.SUB_KHOAN
    if re.fullmatch(r"\d{1,3}(\.\d{1,3}){2,}", core):
        return Kind.DIEM
    if re.fullmatch(r"[a-zđ]{1,2}|[ivx]{1,4}", core):
        return Kind.DIEM
    if re.fullmatch(r"[A-Z]", core):
        return Kind.MUC
    return None


def auto_kind(label: Label) -> Kind | None:
    """The kind of a paragraph numbered by Word."""
    if label.bullet:
        if label.under_bullet:  # a bullet inside a bulleted list: the sub-item, whatever its mark
            return Kind.SUB_ITEM
        return kind_of_label(label.text, bullet=True)
    if label.fmt in ("upperRoman",) and re.fullmatch(r"[IVXLC]+[.)]?", label.text.strip()):
        return Kind.MUC
    return kind_of_label(label.text)


def typed_label(text: str) -> tuple[Kind, str, int] | None:
    """(kind, label, characters to remove) for a paragraph starting with a typed label."""
    m = TYPED.match(text)
    if not m:
        return None
    label = m.group("label") or m.group("dash")
    if label.endswith("/") and not text[m.start("label") + len(label):][:1].isspace():
        return None  # "I/O", "2/3": a slash label needs the space after it
    if m.group("label"):
        kind = kind_of_label(label)
    else:
        kind = Kind.SUB_ITEM if label == "+" else Kind.ITEM
    if kind is None:
        return None
    return kind, label, m.end()


_FORMATS = (
    (Kind.MUC, re.compile(r"^(\(?)[IVXLC]+([.)/]?)$"), "{I}"),
    (Kind.KHOAN, re.compile(r"^(\(?)\d+([.)/]?)$"), "{n}"),
    (Kind.SUB_KHOAN, re.compile(r"^(\(?)\d+\.\d+([.)/]?)$"), "{parent}.{n}"),
    (Kind.DIEM, re.compile(r"^(\(?)[a-zđ]([.)/]?)$"), "{a}"),
)


def label_format(kind: Kind, label: str) -> str | None:
    """The numbering format a printed label shows (``1.1`` → ``{parent}.{n}``), or None."""
    for k, pattern, core in _FORMATS:
        if k is kind and (m := pattern.match(label.strip())):
            return f"{m.group(1)}{core}{m.group(2)}"
    return None

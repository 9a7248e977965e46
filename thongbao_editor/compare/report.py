"""Changes as text a person reads (part by part) and as JSON."""

from __future__ import annotations

from typing import Any

from ..model.parts import part_name
from ..errors import language
from .changes import CHANGED, DELETED, INSERTED, MOVED, PARTS, Change
from .words import WordOp

KIND_NAMES = {INSERTED: ("thêm", "inserted"), DELETED: ("xoá", "deleted"),
              CHANGED: ("sửa", "changed"), MOVED: ("chuyển chỗ", "moved")}
MARKS = {INSERTED: "+", DELETED: "-", CHANGED: "~", MOVED: ">"}
CONTEXT_WORDS = 6  # words of unchanged text kept on each side of a change


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _shorten(text: str, *, head: bool, tail: bool) -> str:
    """Unchanged text cut to a few words next to the changes."""
    words = text.split(" ")
    keep = CONTEXT_WORDS
    if len(words) <= 2 * keep + 1:
        return text
    if head and tail:
        return " ".join(words[:keep]) + " … " + " ".join(words[-keep:])
    if tail:  # text before the first change: keep its end
        return "… " + " ".join(words[-keep:])
    return " ".join(words[:keep]) + " …"


def inline(ops: list[WordOp]) -> str:
    """``… [-old-]{+new+} …`` (the notation of wdiff/git --word-diff)."""
    out = []
    for k, op in enumerate(ops):
        if op.op == "equal":
            out.append(_shorten(op.old, head=k > 0, tail=k < len(ops) - 1))
            continue
        if op.old:
            out.append(f"[-{op.old}-]")
        if op.new:
            out.append(f"{{+{op.new}+}}")
    return "".join(out)


def change_line(c: Change, lang: str) -> str:
    head = f"  {MARKS[c.kind]} {c.path} ({_pick(KIND_NAMES[c.kind], lang)}"
    if c.kind == MOVED and c.old_path:
        head += (", from " if lang == "en" else ", từ ") + c.old_path
    if c.detail:
        head += "; " + c.detail
    if c.author:
        head += "; " + c.author
    head += ")"
    if c.kind in (INSERTED, DELETED):
        body = c.new if c.kind == INSERTED else c.old
    elif all(op.op == "equal" for op in c.ops):
        body = _shorten(c.new or "", head=True, tail=True)
    else:
        body = inline(c.ops)
    return f"{head}: {body}"


def format_text(changes: list[Change], lang: str | None = None) -> str:
    lang = lang or language()
    lines: list[str] = []
    for part in PARTS:
        mine = [c for c in changes if c.part == part]
        if not mine:
            continue
        lines.append(part_name(part, lang))
        lines += [change_line(c, lang) for c in mine]
    return "\n".join(lines)


def as_json(changes: list[Change], old: str = "", new: str = "") -> dict[str, Any]:
    return {"old": old, "new": new, "equal": not changes, "changes": [c.as_dict() for c in changes]}

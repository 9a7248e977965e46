"""Apply a finding's quick fix to the model (for the editor and for tests).

:func:`apply_fix` replaces the finding's span in the field it names with the
fix's replacement, keeping bold/italic and footnote anchors around it.  In a
list part (recipients, storage units, authority lines, agency lines…), an
empty replacement over the whole line removes the line.  The GUI wraps the
change in an undo command; this module only edits the plain model.
"""

from __future__ import annotations

from ..model import Footnote, Notice, RichText, Run
from ..model.text import clean
from .finding import Finding

_LISTS = {
    "header.agency": ("header", "agency"), "header.parent_agency": ("header", "parent_agency"),
    "opening.basis": ("opening", "basis"), "opening.units": ("opening", "units"),
    "recipients": (None, "recipients"), "storage.units": ("storage", "units"),
    "signature.authority": ("signature", "authority"),
}
_STRINGS = {
    "header.number": ("header", "number"), "header.symbol": ("header", "symbol"),
    "header.place": ("header", "place"), "header.summary": ("header", "summary"),
    "header.doc_type": ("header", "doc_type"), "storage.initials": ("storage", "initials"),
    "signature.signer": ("signature", "signer"),
    "opening.attendees": ("opening", "attendees"), "opening.participants": ("opening", "participants"),
    "opening.activities": ("opening", "activities"), "opening.reporters": ("opening", "reporters"),
    "opening.report_subject": ("opening", "report_subject"),
    "opening.chair.name": ("opening.chair", "name"), "opening.chair.title": ("opening.chair", "title"),
    "opening.chair.role": ("opening.chair", "role"),
}


class FixError(ValueError):
    """The finding has no fix, or its location no longer exists."""


def splice_rich(rich: RichText, start: int, end: int, replacement: str) -> RichText:
    """``rich`` with plain-text characters ``start:end`` replaced (formatting kept)."""
    chars: list[tuple[str, bool, bool]] = []
    anchors: list[tuple[int, Footnote]] = []
    for p in rich.pieces:
        if isinstance(p, Footnote):
            anchors.append((len(chars), p))
        else:
            chars.extend((c, p.bold, p.italic) for c in p.text)
    if not 0 <= start <= end <= len(chars):
        raise FixError(f"span {start}:{end} outside the text")
    ref = chars[start] if start < len(chars) else (chars[start - 1] if chars else ("", False, False))
    new = chars[:start] + [(c, ref[1], ref[2]) for c in replacement] + chars[end:]
    delta = len(replacement) - (end - start)
    moved = []
    for idx, fn in anchors:
        if idx >= end and (idx > start or end > start):
            idx += delta
        elif start < idx < end:
            idx = start + len(replacement)
        moved.append((idx, fn))
    pieces: list = []
    anchor_i = 0
    for i in range(len(new) + 1):
        while anchor_i < len(moved) and moved[anchor_i][0] == i:
            pieces.append(moved[anchor_i][1])
            anchor_i += 1
        if i == len(new):
            break
        c, b, it = new[i]
        if pieces and isinstance(pieces[-1], Run) and (pieces[-1].bold, pieces[-1].italic) == (b, it):
            pieces[-1] = Run(pieces[-1].text + c, b, it)
        else:
            pieces.append(Run(c, b, it))
    pieces.extend(fn for _, fn in moved[anchor_i:])
    return RichText(tuple(pieces)).normalized()


def _splice(text: str, start: int, end: int, replacement: str) -> str:
    if not 0 <= start <= end <= len(text):
        raise FixError(f"span {start}:{end} outside the text")
    return clean(text[:start] + replacement + text[end:])


def _owner(notice: Notice, dotted: str | None):
    obj = notice
    for name in (dotted.split(".") if dotted else ()):
        obj = getattr(obj, name)
    return obj


def _fix_rich(rich: RichText, f: Finding, repl: str) -> RichText:
    start, end = f.span  # type: ignore[misc]
    if f.footnote is None:
        return splice_rich(rich, start, end, repl)
    notes = [i for i, p in enumerate(rich.pieces) if isinstance(p, Footnote)]
    if f.footnote >= len(notes):
        raise FixError("footnote no longer exists")
    index = notes[f.footnote]
    content = splice_rich(RichText(rich.pieces[index].content), start, end, repl)
    pieces = list(rich.pieces)
    pieces[index] = Footnote(tuple(p for p in content.pieces if isinstance(p, Run)))
    return RichText(tuple(pieces))


def apply_fix(notice: Notice, finding: Finding) -> None:
    """Apply ``finding.fix`` to ``notice`` in place; raises :class:`FixError` if it cannot."""
    if finding.fix is None or finding.span is None:
        raise FixError("no certain fix for this finding")
    repl, (start, end), part = finding.fix.replacement, finding.span, finding.part
    try:
        if part == "body":
            node = notice.node_at(finding.path)
            node.text = _fix_rich(node.text, finding, repl)
        elif part == "closing":
            notice.closing = _fix_rich(notice.closing, finding, repl)
        elif part == "opening" and notice.opening.override is not None:
            i = finding.path[0]
            notice.opening.override[i] = _fix_rich(notice.opening.override[i], finding, repl)
        elif part in _LISTS:
            owner, name = _LISTS[part]
            values = getattr(_owner(notice, owner), name)
            i = finding.path[0]
            if repl == "" and (start, end) == (0, len(values[i])):
                del values[i]
            else:
                values[i] = _splice(values[i], start, end, repl)
        elif part in _STRINGS:
            owner, name = _STRINGS[part]
            obj = _owner(notice, owner)
            setattr(obj, name, _splice(getattr(obj, name), start, end, repl))
        else:
            raise FixError(f"no quick fix for {part}")
    except (IndexError, AttributeError) as exc:
        raise FixError(f"{part} {finding.path}: {exc}") from None

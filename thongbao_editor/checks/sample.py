"""Sample values: what a shipped sample profile filled in must never be signed.

The agency profiles shipped in ``templates/profiles/`` (``sample = true``)
name made-up people marked ``(Mẫu) …`` ("sample"), so that a notice made
from one shows at a glance what is still to be replaced.  Any field that
still holds the mark is an error: the notice cannot be exported as final
(the readiness rule runs this check even when the rule is silenced).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator

from ..model import Notice
from ..model.footnotes import rich_texts
from ..model.parts import part_phrase
from .context import Context
from .finding import Finding, Severity
from .registry import make, rule

RULE_ID = "form.sample_value"

#: "(Mẫu)", "(mẫu)", "( MẪU )", and the mark typed without diacritics; with the
#: words after it up to a punctuation mark (the sample name: "(Mẫu) Trần Thị Hoa").
SAMPLE_MARK = re.compile(r"\(\s*m(?:ẫ|ẩ|â|a)u\s*\)[^,;:.()\[\]{}«»\n]*", re.I)


def _lines(part: str, lines: list[str]) -> Iterator[tuple[str, tuple[int, ...], str]]:
    for i, line in enumerate(lines):
        yield part, (i,), line


def plain_fields(notice: Notice) -> Iterator[tuple[str, tuple[int, ...], str]]:
    """``(part, index, text)`` of every plain-text field, in print order."""
    h, o = notice.header, notice.opening
    yield from _lines("header.parent_agency", h.parent_agency)
    yield from _lines("header.agency", h.agency)
    yield "header.place", (), h.place
    yield "header.summary", (), h.summary
    yield from _lines("opening.basis", o.basis)
    for name in ("name", "title", "role"):
        yield f"opening.chair.{name}", (), getattr(o.chair, name)
    yield from _lines("opening.units", o.units)
    for name in ("attendees", "participants", "activities", "reporters", "report_subject"):
        yield f"opening.{name}", (), getattr(o, name)
    yield from _lines("recipients", notice.recipients)
    yield from _lines("storage.units", notice.storage.units)
    yield "storage.initials", (), notice.storage.initials
    yield from _lines("signature.authority", notice.signature.authority)
    yield "signature.signer", (), notice.signature.signer


def _finding(part: str, index: tuple[int, ...], text: str, m: re.Match,
             footnote: int | None = None) -> Finding:
    vi_field, en_field = part_phrase(part, "vi"), part_phrase(part, "en")
    value = m.group(0).strip()
    f = make(RULE_ID, (part, index),
             f"{vi_field[:1].upper()}{vi_field[1:]} còn giá trị mẫu «{value}» của hồ sơ "
             "cơ quan mẫu; thay bằng giá trị thật trước khi ký.",
             f"{en_field[:1].upper()}{en_field[1:]} still holds the sample value «{value}» "
             "of a sample agency profile; replace it with the real one before signing.",
             span=(m.start(), m.start() + len(m.group(0).rstrip())), text=text,
             suggestion_vi="Sửa hồ sơ cơ quan (người ký, người chủ trì, …) hoặc nhập giá trị thật "
                           "vào ô này.",
             suggestion_en="Correct the agency profile (signers, chairs, …) or type the real "
                           "value into this field.")
    if footnote is None:
        return f
    return replace(f, footnote=footnote)


def sample_marks(notice: Notice) -> Iterator[tuple[str, tuple[int, ...], int | None, str, re.Match]]:
    """``(part, path, footnote, text, match)`` of the first sample value of every
    field (and footnote) of ``notice`` that holds one, in print order."""
    for part, index, text in plain_fields(notice):
        if text and (m := SAMPLE_MARK.search(text)):
            yield part, index, None, text, m
    for part, path, rich in rich_texts(notice):
        if (m := SAMPLE_MARK.search(rich.text)):
            yield part, path, None, rich.text, m
        for k, note in enumerate(rich.footnotes()):
            if (m := SAMPLE_MARK.search(note.text)):
                yield part, path, k, note.text, m


def sample_findings(notice: Notice) -> Iterator[tuple[Finding, str]]:
    """``(finding, sample value)`` for every field of ``notice`` that still
    holds a sample value, in print order."""
    for part, path, footnote, text, m in sample_marks(notice):
        yield _finding(part, path, text, m, footnote), m.group(0).strip()


def sample_values(notice: Notice) -> list[Finding]:
    """A finding for every field of ``notice`` that still holds a sample value."""
    return [f for f, _value in sample_findings(notice)]


@rule(RULE_ID, Severity.ERROR, "Còn giá trị của hồ sơ cơ quan mẫu",
      "A value of a sample agency profile is left", "practice (hồ sơ mẫu: «(Mẫu) …»)")
def sample_value(ctx: Context) -> Iterable[Finding]:
    return sample_values(ctx.notice)


__all__ = ["RULE_ID", "SAMPLE_MARK", "plain_fields", "sample_findings", "sample_marks", "sample_values"]

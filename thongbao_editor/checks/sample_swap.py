"""Replacing a sample profile's values with an own agency profile (issue 12).

A notice made from a shipped sample profile names made-up people marked
``(Mẫu) …`` (:mod:`.sample`).  :func:`sample_swap_op` is the one edit that
moves it to the user's own profile:

1. a notice made from a template (``notice.template``) is regenerated with
   the new profile (:func:`~thongbao_editor.templates.variables_op` with
   ``new_profile``): header lines, signature, storage, the chair and every
   sentence the user left alone; parts edited by hand are kept and reported;
2. every field still holding a mark gets the obvious value where there is
   one: the signature from the chosen signer, the header agency lines from
   the profile, a sample person's name from the person of the new profile
   with the same id or title (chair, names in sentences);
3. what has no obvious replacement is left, and still flagged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import RenderError, TemplateError
from ..model import Notice
from ..model.edit import Batch, FieldPath, SetField, replace_notice_op, splice_op
from ..templates.files import Profile, Signer
from ..templates.library import Library
from .finding import Finding
from .fixes import FixError, fix_target
from .sample import SAMPLE_MARK, sample_findings, sample_marks, sample_values

#: The fields whose sample value is replaced whole by the profile's lines.
_HEADER_LISTS = ("header.parent_agency", "header.agency")
_MAX_PASSES = 200  # a notice holds far fewer marks; a bound against a loop


@dataclass
class SwapReport:
    """What :func:`sample_swap_op` does."""

    regenerated: list[str] = field(default_factory=list)  # parts the template wrote again
    kept: list[str] = field(default_factory=list)  # parts edited by hand, kept as they are
    replaced: int = 0  # marked values replaced one by one
    left: list[Finding] = field(default_factory=list)  # sample values with no obvious replacement


def sample_list(notice: Notice) -> list[tuple[str, str]]:
    """``(part, sample value)`` of every sample value of ``notice``, in print order
    (what the wizard's banner lists: ``("signature.signer", "(Mẫu) Trần Thị Hoa")``)."""
    return [(part, m.group(0).strip()) for part, _path, _note, _text, m in sample_marks(notice)]


def _real(name: str) -> bool:
    return bool(name.strip()) and not SAMPLE_MARK.search(name)


def name_map(profile: Profile, samples: Iterable[Profile]) -> dict[str, str]:
    """Sample value → real name in ``profile``: the person or signer of
    ``profile`` with the same id, else the same title (signers: authority)."""
    out: dict[str, str] = {}
    signers = {s.id: s for s in profile.signers}
    by_authority = {tuple(s.authority): s for s in profile.signers}
    titles = {p.title: p for p in profile.people.values() if p.title}
    for sample in samples:
        for s in sample.signers:
            match = signers.get(s.id) or by_authority.get(tuple(s.authority))
            if SAMPLE_MARK.search(s.name) and match is not None and _real(match.name):
                out.setdefault(s.name.strip(), match.name)
        for pid, p in sample.people.items():
            person = profile.people.get(pid) or titles.get(p.title)
            if SAMPLE_MARK.search(p.name) and person is not None and _real(person.name):
                out.setdefault(p.name.strip(), person.name)
    return out


def _person_values(values: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """Changes to the template values: a person given with a sample name gets
    the real one, or goes back to the profile's default when there is none."""
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict) and SAMPLE_MARK.search(str(value.get("name", ""))):
            real = names.get(str(value["name"]).strip())
            changes[key] = {**value, "name": real} if real else ""
    return changes


def _one_fix(notice: Notice, f: Finding, value: str, profile: Profile, signer: Signer,
             names: dict[str, str]):
    """The edit replacing the sample value of ``f``, or None without an obvious one."""
    if f.part in _HEADER_LISTS:
        lines = list(profile.parent_agency if f.part == "header.parent_agency" else profile.agency)
        return SetField(FieldPath.parse(f.part), lines) if all(map(_real, lines)) else None
    if f.part == "signature.signer" and _real(signer.name):
        return Batch((SetField(FieldPath.parse("signature.signer"), signer.name),
                      SetField(FieldPath.parse("signature.authority"), list(signer.authority))))
    # the mark runs to a punctuation mark: "(Mẫu) Nguyễn Văn An đã chỉ đạo" starts with a name
    known = sorted((k for k in names if value.startswith(k)), key=len, reverse=True)
    if not known or f.span is None:
        return None
    value, real, start = known[0], names[known[0]], f.span[0]
    try:
        return splice_op(notice, fix_target(notice, f), start, start + len(value), real, f.footnote)
    except (FixError, IndexError, AttributeError):
        return None


def replace_marks(notice: Notice, profile: Profile, signer: Signer,
                  names: dict[str, str]) -> tuple[int, list[Finding]]:
    """Replace, in place, every sample value with an obvious replacement;
    return how many were replaced and the findings left."""
    done = 0
    for _ in range(_MAX_PASSES):
        for f, value in sample_findings(notice):
            op = _one_fix(notice, f, value, profile, signer, names)
            if op is not None:
                op.apply(notice)
                done += 1
                break
        else:
            break
    return done, sample_values(notice)


def _regenerate(new: Notice, library: Library, profile: Profile, signer: Signer,
                samples: list[Profile], report: SwapReport) -> Profile | None:
    """Regenerate ``new`` (in place) from its template with ``profile``; the
    profile it was made with, or None when it cannot be (no template link,
    the template or the profile gone, values the new profile cannot take)."""
    from ..templates import variables_op
    link = new.template
    if link is None:
        return None
    try:
        tpl, old_profile = library.template(link.name), library.profile(link.profile)
        names = name_map(profile, [old_profile, *samples])
        op, applied = variables_op(new, _person_values(dict(link.values), names), tpl,
                                   old_profile, new_profile=profile, signer=signer.id)
    except (TemplateError, RenderError):  # field by field only
        return None
    op.apply(new)
    report.regenerated, report.kept = applied.updated, applied.kept
    return old_profile


def swapped_notice(notice: Notice, library: Library, profile: Profile,
                   signer: str | None = None) -> tuple[Notice, SwapReport]:
    """``notice`` as it is with ``profile``'s values instead of the sample ones
    (a copy; ``notice`` is not changed) and the report."""
    report = SwapReport()
    chosen = profile.signer(signer)
    samples = [p for p in library.shipped_profiles() if p.sample]
    new = copy.deepcopy(notice)
    old_profile = _regenerate(new, library, profile, chosen, samples, report)
    names = name_map(profile, [*([old_profile] if old_profile else []), *samples])
    report.replaced, report.left = replace_marks(new, profile, chosen, names)
    return new, report


def sample_swap_op(notice: Notice, library: Library, profile: Profile,
                   signer: str | None = None) -> tuple[Batch, SwapReport]:
    """The ONE edit that puts ``profile``'s values in place of the sample ones."""
    new, report = swapped_notice(notice, library, profile, signer)
    return replace_notice_op(notice, new), report


__all__ = ["SwapReport", "name_map", "replace_marks", "sample_list", "sample_swap_op",
           "swapped_notice"]

"""May this notice be exported as final (ready to sign)?  The one rule.

:func:`final_refusals` lists everything that stops a final export, as
:class:`~thongbao_editor.checks.Finding` objects (``message(lang)``, a
location ``part``/``path``/``footnote``/``span`` a GUI can jump to, and
``field_path`` such as ``body[0][1]``), in print order:

* empty required parts and leftover placeholders (spec §6,
  :func:`thongbao_editor.model.validate.final_problems`), as rules
  ``final.missing`` / ``final.placeholder``;
* the checker's errors (:func:`~thongbao_editor.checks.check_notice`);
* values of a sample agency profile (``form.sample_value``), even when that
  rule is silenced in the draft: a sample value never leaves.

Every client asks here — the status-bar badge and the export dialog of the
editor, ``render --final``, ``pdf --final``, ``batch --final``, the API
(``render_docx(final=True)``) and ``check --json`` (``final_ready``) — so
they cannot disagree.
"""

from __future__ import annotations

from ..errors import ThongbaoError
from ..model import Notice
from ..model.validate import Problem, final_problems
from .engine import check_notice, print_order
from .finding import Finding, Severity
from .sample import RULE_ID as SAMPLE_RULE, sample_values

#: Checker rules that say "this is empty": where final_problems reports the
#: same place already, the refusal says it once.  ``form.required`` names whole
#: parts (``storage.units``), so a problem anywhere in that part covers it.
_REQUIRED_RULE = "form.required"
_SAYS_EMPTY = {_REQUIRED_RULE, "facts.footnote", "facts.empty_heading"}


def _from_problem(p: Problem) -> Finding:
    return Finding(f"final.{p.kind}", Severity.ERROR, p.message("vi"), p.message("en"), p.part,
                   p.index, footnote=p.footnote, excerpt=p.text)


def _opening_texts(notice: Notice) -> tuple[list[str] | None, list[Finding]]:
    """The printed opening paragraphs, or a refusal when they cannot be made."""
    from ..render.opening import opening_paragraphs
    try:
        return [p.text for p in opening_paragraphs(notice)], []
    except ThongbaoError as exc:
        return None, [Finding("final.opening", Severity.ERROR, exc.message("vi"),
                              exc.message("en"), "opening")]


def _covered(f: Finding, problems: list[Problem]) -> bool:
    if f.rule not in _SAYS_EMPTY:
        return False
    if f.rule == _REQUIRED_RULE:
        parts = {p.part for p in problems}
        return f.part in parts or f.part.split(".")[0] in parts
    return any(p.kind == "missing" and (p.part, p.index, p.footnote) == f.location
               for p in problems)


def final_refusals(notice: Notice, *, findings: list[Finding] | None = None,
                   allow_samples: bool = False) -> list[Finding]:
    """Why ``notice`` may not be exported as final; ``[]`` when it may.

    ``findings`` passes the result of ``check_notice(notice)`` when the caller
    has it already (with no rules disabled beyond the draft's own), to check
    once.  ``allow_samples=True`` accepts sample values: only ``template
    check`` uses it, which fills templates in with the shipped sample profiles.
    """
    texts, out = _opening_texts(notice)
    problems = final_problems(notice, texts)
    out += [_from_problem(p) for p in problems]
    checked = check_notice(notice) if findings is None else findings
    out += [f for f in checked if f.severity is Severity.ERROR and f.rule != SAMPLE_RULE
            and not _covered(f, problems)]
    if not allow_samples:
        out += sample_values(notice)
    out.sort(key=print_order)
    return out


def final_ready(notice: Notice, **kwargs) -> bool:
    """Whether ``notice`` may be exported as final (see :func:`final_refusals`)."""
    return not final_refusals(notice, **kwargs)


def refusal_dict(f: Finding) -> dict:
    """One refusal for JSON output (``check --json``'s ``final_refusals``)."""
    return {"rule": f.rule, "field": f.field_path,
            "message": {"vi": f.message("vi"), "en": f.message("en")},
            "location": {"part": f.part, "path": list(f.path), "footnote": f.footnote,
                         "span": list(f.span) if f.span else None}}


__all__ = ["final_ready", "final_refusals", "refusal_dict"]

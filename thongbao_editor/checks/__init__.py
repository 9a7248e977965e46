"""The checker: the faults a reviewing leader would send a notice back for.

    from thongbao_editor.checks import check_notice, final_refusals
    findings = check_notice(notice)
    refusals = final_refusals(notice)  # why it may not be exported as final
    for f in findings:
        print(f.severity, f.rule, f.part, f.path, f.span, f.message("vi"))

Rules are small functions over the model, grouped by theme in ``form.py``
(Nghị định 30), ``writing.py`` (numbers, abbreviations, citations, capitals,
typing) and ``facts.py`` (dates, footnotes, empty parts, recipients), each
registered in :data:`RULES` under a stable id.  See docs/checks.md.
"""

from .engine import check_notice, count
from .finding import Finding, Fix, Severity, errors_block_final
from .fixes import FixError, apply_fix, fix_op
from .readiness import final_ready, final_refusals
from .registry import RULES, Rule

__all__ = ["check_notice", "count", "errors_block_final", "final_ready", "final_refusals",
           "apply_fix", "fix_op", "FixError", "Finding", "Fix",
           "Severity", "RULES", "Rule"]

"""Words the checker's reports use around the findings (both languages); the
names of the parts are in :mod:`thongbao_editor.model.parts`."""

from __future__ import annotations

from .finding import Severity

SEVERITY = {
    Severity.ERROR: ("lỗi", "error"),
    Severity.WARNING: ("cảnh báo", "warning"),
    Severity.HINT: ("gợi ý", "hint"),
}

WORDS = {
    "summary": ("{file}: {error} lỗi, {warning} cảnh báo, {hint} gợi ý",
                "{file}: {error} errors, {warning} warnings, {hint} hints"),
    "clean": ("{file}: không phát hiện lỗi nào.", "{file}: no findings."),
    "line": ("dòng {n}", "line {n}"),
    "footnote": ("chú thích {n}", "footnote {n}"),
    "char": ("ký tự {start}", "character {start}"),
    "chars": ("ký tự {start}–{end}", "characters {start}–{end}"),
    "suggestion": ("Gợi ý", "Suggestion"),
    "fix": ("Sửa nhanh", "Quick fix"),
    "delete": ("xóa", "delete"),
}


def word(key: str, lang: str, **params: object) -> str:
    vi, en = WORDS[key]
    return (en if lang == "en" else vi).format(**params)


def severity_name(severity: Severity, lang: str) -> str:
    vi, en = SEVERITY[severity]
    return en if lang == "en" else vi

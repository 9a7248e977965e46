"""What loading a draft removed, summarised for the user.

A pasted binary file may hold hundreds of thousands of control characters;
listing each one (``U+0001, U+0001, …``) made a 1.6 MB line.  The summary
says, per field, how many were removed, how many of each character (the
most frequent first) and where the first few were — and lists at most
:data:`MAX_FIELDS` fields.
"""

from __future__ import annotations

from collections import Counter

from .draft import LoadReport
from .vnformat import number

MAX_FIELDS = 20
MAX_KINDS = 6

_WORDS = {
    "field": ("{file}, {field}: đã bỏ {n} ký tự không hợp lệ: {kinds}{where}",
              "{file}, {field}: removed {n} invalid character(s): {kinds}{where}"),
    "where": (" (vị trí đầu tiên: {positions})", " (first at: {positions})"),
    "more_kinds": ("và {n} loại khác", "and {n} more kind(s)"),
    "more_fields": ("{file}: và {n} mục khác cũng bị bỏ ký tự",
                    "{file}: and {n} more field(s) with characters removed"),
}


def _word(key: str, lang: str, **params: object) -> str:
    vi, en = _WORDS[key]
    return (en if lang == "en" else vi).format(**params)


def _number(n: int, lang: str) -> str:
    return f"{n:,}" if lang == "en" else number(n)


def _field_line(file: str, path: str, removed: tuple[str, ...], positions: tuple[int, ...],
                lang: str) -> str:
    counts = Counter(removed).most_common()
    kinds = [f"U+{ord(c):04X} ×{_number(k, lang)}" if k > 1 else f"U+{ord(c):04X}"
             for c, k in counts[:MAX_KINDS]]
    if len(counts) > MAX_KINDS:
        kinds.append(_word("more_kinds", lang, n=len(counts) - MAX_KINDS))
    where = ""
    if positions:
        shown = ", ".join(str(p) for p in positions) + (", …" if len(removed) > len(positions)
                                                         else "")
        where = _word("where", lang, positions=shown)
    return _word("field", lang, file=file, field=path, n=_number(len(removed), lang),
                 kinds=", ".join(kinds), where=where)


def describe_fixes(report: LoadReport, file: str, lang: str | None = None) -> list[str]:
    """One line per field that had characters removed (at most MAX_FIELDS, then one more)."""
    if lang is None:
        from ..errors import language
        lang = language()
    lines = [_field_line(file, path, removed, report.positions.get(path, ()), lang)
             for path, removed in report.fixes[:MAX_FIELDS]]
    if len(report.fixes) > MAX_FIELDS:
        lines.append(_word("more_fields", lang, file=file, n=len(report.fixes) - MAX_FIELDS))
    return lines


__all__ = ["describe_fixes"]

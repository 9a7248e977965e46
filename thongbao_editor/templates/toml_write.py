"""Writing a notice template as TOML ("save as template").

``tomllib`` only reads; the template format uses a small part of TOML
(strings, numbers, booleans, lists of strings, inline tables, one array of
tables, two tables), so the writer is small too.  What it writes is read
back by :func:`thongbao_editor.templates.files.parse_template`.
"""

from __future__ import annotations

from typing import Any

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _escape(value: str, *, keep_newlines: bool) -> str:
    out = []
    for c in value:
        if c == "\n" and keep_newlines:
            out.append(c)
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return "".join(out)


def string(value: str) -> str:
    return '"' + _escape(value, keep_newlines=False) + '"'


def multiline(value: str) -> str:
    """A multi-line basic string; its text starts on the next line."""
    return '"""\n' + _escape(value, keep_newlines=True) + '"""'


def value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return multiline(v) if "\n" in v else string(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"    {value(x)},\n" for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }" if v else "{}"
    raise TypeError(type(v).__name__)


def dumps_template(*, name: str, title: str, description: str, variables: list[dict[str, Any]],
                   notice: dict[str, Any]) -> str:
    lines = [f"# Mẫu thông báo «{name}» — tạo bằng «Lưu thành mẫu».",
             'kind = "notice-template"', "format = 1", f"title = {string(title)}"]
    if description:
        lines.append(f"description = {string(description)}")
    for var in variables:
        lines.append("")
        lines.append("[[variables]]")
        lines.extend(f"{k} = {value(v)}" for k, v in var.items())
    lines += ["", "[notice]"]
    opening = notice.pop("opening")
    for k, v in notice.items():
        if v in ({}, []) and k in ("abbreviations", "numbering"):
            continue
        lines.append(f"{k} = {value(v)}")
    lines += ["", "[notice.opening]"]
    lines.extend(f"{k} = {value(v)}" for k, v in opening.items())
    return "\n".join(lines) + "\n"

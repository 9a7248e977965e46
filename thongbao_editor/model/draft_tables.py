"""Reading and writing tables and appendices in draft files (docs/draft-format.md).

Kept apart from :mod:`.draft`, which calls these with its field reader; an
absent ``appendices`` or ``table`` means none, so format version 1 drafts
written before them still load unchanged.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..errors import Text
from .notice import Appendix, Kind, Node
from .tables import TABLE_KINDS, TABLE_STYLES, Cell, Table

MAX_SPAN = 63  # Word's limit on grid columns
MAX_WIDTH_MM = 500
APPENDIX_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")

FIELDS: dict[str, tuple[str, ...]] = {
    "appendix": ("title", "landscape", "key", "content"),
    "table": ("kind", "style", "widths", "header", "rows"),
    "cell": ("text", "span", "merged"),
}


def _fail_value(r, path: str, vi: str, en: str) -> None:
    r.fail(path, "field.value", reason=Text(vi, en))


def read_table(r, t: dict, path: str) -> Table:
    r.known(t, path, FIELDS["table"])
    kind = r.text(t, "kind", path, "")
    if kind not in TABLE_KINDS:
        r.fail(f"{path}.kind", "field.value", reason=f"{kind!r} ∉ {{'', 'tasks'}}")
    header = _rows(r, t, "header", path, [])
    rows = _rows(r, t, "rows", path, ...)
    table = Table(header, rows, None, kind, _style(r, t, path, kind))
    _check_grid(r, table, path)
    widths = r.get(t, "widths", path, (list, type(None)), None)
    if widths is not None:
        table.widths = _widths(r, widths, f"{path}.widths", table.columns)
    return table


def _style(r, t: dict, path: str, kind: str) -> str:
    style = r.text(t, "style", path, "grid")
    if style not in TABLE_STYLES:
        r.fail(f"{path}.style", "field.value", reason=f"{style!r} ∉ {{'grid', 'items'}}")
    if style == "items" and kind != "tasks":
        _fail_value(r, f"{path}.style", "chỉ bảng phân công nhiệm vụ (kind: tasks) in được thành các ý",
                    "only a task table (kind: tasks) prints as items")
    return style


def _rows(r, t: dict, key: str, path: str, default: Any) -> list[list[Cell]]:
    rows = r.get(t, key, path, (list,), default)
    out = []
    for i, row in enumerate(rows):
        row_path = f"{path}.{key}[{i}]"
        if not isinstance(row, list):
            r.wrong_type(row_path, list, row)
        out.append([_cell(r, c, f"{row_path}[{j}]") for j, c in enumerate(row)])
    return out


def _cell(r, c: Any, path: str) -> Cell:
    if isinstance(c, str):  # the short form: just the text
        return Cell(r.rich(c, path))
    if not isinstance(c, dict):
        r.wrong_type(path, dict, c)
    r.known(c, path, FIELDS["cell"])
    return Cell(r.rich(r.get(c, "text", path, (str,), ""), f"{path}.text"),
                r.number(c, "span", path, 1, MAX_SPAN, 1, (int,)),
                r.get(c, "merged", path, (bool,), False))


def _check_grid(r, table: Table, path: str) -> None:
    """A merged cell has one above it (rows narrower than the widest are
    padded with empty cells when printed)."""
    for key, rows in (("header", table.header), ("rows", table.rows)):
        for i, row in enumerate(rows):
            first = i == 0 and (key == "header" or not table.header)
            for j, c in enumerate(row):
                if c.merged and first:
                    _fail_value(r, f"{path}.{key}[{i}][{j}].merged",
                                "ô gộp dọc ở hàng đầu tiên", "a vertical merge in the first row")


def _widths(r, widths: list, path: str, columns: int) -> list[float]:
    if len(widths) != columns:
        _fail_value(r, path, f"{len(widths)} độ rộng cho {columns} cột",
                    f"{len(widths)} widths for {columns} columns")
    for i, w in enumerate(widths):
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not 0 < w <= MAX_WIDTH_MM:
            r.fail(f"{path}[{i}]", "field.value", reason=f"{w!r} ∉ (0, {MAX_WIDTH_MM}] mm")
    return [float(w) for w in widths]


def read_appendix(r, a: dict, path: str, node: Callable[[dict, str], Node]) -> Appendix:
    r.known(a, path, FIELDS["appendix"])
    key = r.text(a, "key", path, "")
    if key and not APPENDIX_KEY.fullmatch(key):
        _fail_value(r, f"{path}.key", "chỉ chữ thường không dấu, số, - và _",
                    "only lower-case ASCII letters, digits, - and _")
    content = r.items(a, "content", path, node, [])
    for i, n in enumerate(content):
        if n.kind is not Kind.PARAGRAPH:
            _fail_value(r, f"{path}.content[{i}].kind", "phụ lục chỉ chứa đoạn văn và bảng",
                        "an appendix holds only paragraphs and tables")
    return Appendix(r.text(a, "title", path, ""), r.get(a, "landscape", path, (bool,), False),
                    content, key)


def check_keys(r, appendices: list[Appendix]) -> None:
    seen: set[str] = set()
    for i, a in enumerate(appendices):
        if a.key and a.key in seen:
            _fail_value(r, f"appendices[{i}].key", f"trùng tên {a.key!r}",
                        f"{a.key!r} is used twice")
        seen.add(a.key)


def table_dict(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if table.kind:
        out["kind"] = table.kind
    if table.style != "grid":
        out["style"] = table.style
    if table.widths is not None:
        out["widths"] = list(table.widths)
    if table.header:
        out["header"] = [[_cell_dict(c) for c in row] for row in table.header]
    out["rows"] = [[_cell_dict(c) for c in row] for row in table.rows]
    return out


def _cell_dict(cell: Cell) -> Any:
    markup = cell.text.to_markup()
    if cell.span == 1 and not cell.merged:
        return markup
    out: dict[str, Any] = {"text": markup}
    if cell.span != 1:
        out["span"] = cell.span
    if cell.merged:
        out["merged"] = True
    return out


def appendix_dict(a: Appendix, node: Callable[[Node], dict]) -> dict[str, Any]:
    out: dict[str, Any] = {"title": a.title}
    if a.landscape:
        out["landscape"] = True
    if a.key:
        out["key"] = a.key
    out["content"] = [node(n) for n in a.content]
    return out

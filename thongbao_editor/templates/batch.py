"""Many notices from one template: one .docx per row of a CSV file.

Each row gives the values of the template's variables (column header =
variable name; ``chair.name`` style columns give the parts of a person; an
empty cell means "use the default").  One column names the output file.
A row that fails (a missing required value, a bad date, a template error…)
is reported with its number and the reason; the other rows are still
written.  CSV files are read as UTF-8 (with or without the BOM Excel writes,
"CSV UTF-8"), or UTF-16 with a BOM (Excel's "Unicode text"); the delimiter
(``,`` ``;`` or tab) is detected.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import FieldProblem, TemplateError, ThongbaoError, os_reason
from ..model import save_draft
from .engine import instantiate
from .files import NoticeTemplate, Profile

log = logging.getLogger(__name__)

MAX_CSV_BYTES = 20 * 1024 * 1024
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


@dataclass
class Row:
    number: int  # spreadsheet row (the header is row 1)
    values: dict[str, str]


@dataclass
class Failure:
    row: int
    name: str
    reason: str


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def read_csv(path: str | Path) -> tuple[list[str], list[Row]]:
    """The header and the rows of a CSV file (see module doc for encodings)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError("batch.csv", file=str(path), reason=os_reason(exc)) from None
    if len(data) > MAX_CSV_BYTES:
        raise TemplateError("batch.csv", file=str(path), reason=FieldProblem("batch.too_big"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise TemplateError("batch.csv", file=str(path),
                                reason=FieldProblem("batch.not_utf8", line=line)) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [unicodedata.normalize("NFC", h).strip() for h in next(reader)]
    except StopIteration:
        raise TemplateError("batch.csv", file=str(path), reason=FieldProblem("batch.empty")) from None
    except csv.Error as exc:
        raise TemplateError("batch.csv", file=str(path), reason=str(exc)) from None
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise TemplateError("batch.csv", file=str(path), reason=FieldProblem("batch.duplicate_column", name=dup))
    rows = []
    try:
        # Row numbers as a spreadsheet shows them: the header is row 1, and a
        # cell with line breaks does not add rows.
        for number, record in enumerate(reader, start=2):
            if not any(c.strip() for c in record):
                continue
            values = {h: c for h, c in zip(header, record)}
            if len(record) > len(header):
                values["\0extra"] = "|".join(record[len(header):])
            rows.append(Row(number, values))
    except csv.Error as exc:
        raise TemplateError("batch.csv", file=str(path),
                            reason=f"dòng {reader.line_num}: {exc}") from None
    return header, rows


def safe_file_name(text: str, fallback: str) -> str:
    """A file name from ``text``: Vietnamese letters kept, characters that
    Windows or a path would misread removed, never empty nor reserved."""
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub("", name)
    name = " ".join(name.split()).strip(" .")
    name = name[:100].rstrip(" .")
    if not name or name.lower() in _RESERVED or name.lower().split(".")[0] in _RESERVED:
        name = fallback if not name else f"_{name}"
    return name


def run_batch(tpl: NoticeTemplate, profile: Profile, rows: list[Row], out_dir: str | Path, *,
              name_column: str | None = None, signer: str | None = None, final: bool = False,
              save_drafts: bool = False, fixed: dict[str, Any] | None = None,
              render: Callable[..., bytes | None] | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> BatchResult:
    """Write one .docx per row into ``out_dir``; never stops at a bad row.

    ``fixed`` values (from ``--set``) apply to every row; a row's own
    non-empty cells win over them."""
    if render is None:
        from ..api import render_docx as render
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TemplateError("template.io", file=str(out), reason=os_reason(exc)) from None
    result = BatchResult()
    known = {v.name for v in tpl.variables}
    if rows:
        cols = [c for c in rows[0].values if c != "\0extra"]
        result.ignored_columns = [c for c in cols if c != name_column
                                  and c.split(".", 1)[0] not in known]
    used: set[str] = set()
    total = len(rows)
    for i, row in enumerate(rows, start=1):
        label = row.values.get(name_column, "") if name_column else ""
        base = safe_file_name(label, f"dong-{row.number:03d}")
        name = base
        n = 2
        while name.lower() in used:
            name, n = f"{base}-{n}", n + 1
        used.add(name.lower())
        if progress:
            progress(i, total, name)
        if "\0extra" in row.values:
            result.failed.append(Failure(row.number, name, FieldProblem("batch.extra_cells").message()))
            continue
        try:
            values = dict(fixed or {})
            values.update({k: v for k, v in row.values.items()
                           if v.strip() and k not in result.ignored_columns
                           and (k != name_column or k.split(".", 1)[0] in known)})
            notice = instantiate(tpl, profile, values, signer)
            target = out / f"{name}.docx"
            render(notice, target, final=final)
            if save_drafts:
                save_draft(notice, out / f"{name}.json")
            result.written.append(target)
        except ThongbaoError as exc:
            result.failed.append(Failure(row.number, name, exc.message()))
            log.info("row %s failed: %s", row.number, exc)
        except Exception as exc:  # one broken row must not stop the others
            log.warning("row %s: unexpected error", row.number, exc_info=True)
            result.failed.append(Failure(row.number, name, FieldProblem(
                "batch.unexpected", reason=f"{type(exc).__name__}: {exc}").message()))
    return result


__all__ = ["BatchResult", "Failure", "Row", "read_csv", "run_batch", "safe_file_name"]

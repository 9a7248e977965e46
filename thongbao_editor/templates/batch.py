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
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import DraftError, FieldProblem, TemplateError, ThongbaoError, message, os_reason
from ..fileio import Links, atomic_write_bytes, read_bounded
from ..model import save_draft
from .engine import instantiate
from .files import NoticeTemplate, Profile

log = logging.getLogger(__name__)

MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_CELL_CHARS = 131_072  # one cell; a longer one fails its row
#: Unicode categories removed from generated file names: controls, format
#: characters (bidi overrides, zero-width), private use, surrogates,
#: unassigned, line and paragraph separators.
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


@dataclass
class Row:
    number: int  # spreadsheet row (the header is row 1)
    values: dict[str, str]
    problem: FieldProblem | None = None  # why this row cannot be used (a cell too long…)


@dataclass
class Failure:
    row: int
    name: str
    reason: str


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)  # outputs already there (no force)
    ignored_columns: list[str] = field(default_factory=list)


def read_csv(path: str | Path) -> tuple[list[str], list[Row]]:
    """The header and the rows of a CSV file (see module doc for encodings).

    A quote that is opened and not closed where it should be is reported
    with the row where it starts (the rows after it cannot be told apart);
    a row whose cell is too long, or seems to have swallowed the rows after
    it, carries a :attr:`Row.problem` and fails alone."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_CSV_BYTES)
    except OSError as exc:
        raise TemplateError("batch.csv", file=str(path), reason=os_reason(exc)) from None
    text = _decode(data, str(path))
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CSV_BYTES + 1)  # a long cell fails its row, not the file
    try:
        return _records(reader, str(path), delimiter)
    finally:
        csv.field_size_limit(limit)


def _decode(data: bytes, file: str) -> str:
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    try:
        return data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = (before.decode("utf-16", "replace").count("\n") if utf16 else before.count(b"\n")) + 1
        reason = (FieldProblem("batch.not_utf16", line=line) if utf16
                  else FieldProblem("batch.not_utf8", line=line))
        raise TemplateError("batch.csv", file=file, reason=reason) from None


def _records(reader: Any, file: str, delimiter: str) -> tuple[list[str], list[Row]]:
    try:
        header = [unicodedata.normalize("NFC", h).strip() for h in next(reader)]
    except StopIteration:
        raise TemplateError("batch.csv", file=file, reason=FieldProblem("batch.empty")) from None
    except csv.Error as exc:
        raise TemplateError("batch.csv", file=file, reason=FieldProblem(
            "batch.bad_quote", row=1, detail=str(exc))) from None
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise TemplateError("batch.csv", file=file, reason=FieldProblem("batch.duplicate_column", name=dup))
    rows = []
    # Row numbers as a spreadsheet shows them: the header is row 1, and a
    # cell with line breaks does not add rows.
    number = 1
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise TemplateError("batch.csv", file=file, reason=FieldProblem(
                "batch.bad_quote", row=number, detail=str(exc))) from None
        if not any(c.strip() for c in record):
            continue
        values = {h: c for h, c in zip(header, record, strict=False)}
        if len(record) > len(header):
            values["\0extra"] = "|".join(record[len(header):])
        rows.append(Row(number, values, _row_problem(header, record, delimiter)))
    return header, rows


def _row_problem(header: list[str], record: list[str], delimiter: str) -> FieldProblem | None:
    for column, cell in zip(header, record, strict=False):
        if len(cell) > MAX_CELL_CHARS:
            return FieldProblem("batch.cell_too_long", column=column, length=len(cell),
                                limit=MAX_CELL_CHARS)
        # A quote left open swallows the next lines, each a row of its own:
        # a line inside the cell with a full row's delimiters (3+ columns, so
        # that a sentence with a comma in a two-column file is not taken for one).
        if len(header) > 2 and any(line.count(delimiter) >= len(header) - 1
                                   for line in cell.splitlines()[1:]):
            return FieldProblem("batch.merged_rows", column=column)
    return None


def safe_file_name(text: str, fallback: str) -> str:
    """A file name from ``text``: Vietnamese letters kept, characters that
    Windows or a path would misread removed, and so are invisible ones
    (bidirectional controls such as U+202E that disguise the extension,
    zero-width and other format characters); never empty nor reserved."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(c for c in name if unicodedata.category(c) not in _INVISIBLE)
    name = _FORBIDDEN.sub("", name)
    name = " ".join(name.split()).strip(" .")
    name = name[:100].rstrip(" .")
    if not name or name.lower() in _RESERVED or name.lower().split(".")[0] in _RESERVED:
        name = fallback if not name else f"_{name}"
    return name


def run_batch(tpl: NoticeTemplate, profile: Profile, rows: list[Row], out_dir: str | Path, *,
              name_column: str | None = None, signer: str | None = None, final: bool = False,
              save_drafts: bool = False, fixed: dict[str, Any] | None = None, force: bool = False,
              render: Callable[..., bytes | None] | None = None, pdf: bool = False,
              progress: Callable[[int, int, str], None] | None = None) -> BatchResult:
    """Write one .docx per row into ``out_dir``; never stops at a bad row.

    ``fixed`` values (from ``--set``) apply to every row; a row's own
    non-empty cells win over them.  A row whose output file (or draft)
    exists is skipped and listed in :attr:`BatchResult.skipped` unless
    ``force``; outputs are never written through a symbolic link.
    ``render(notice, None, final=…)`` returns the .docx bytes; ``pdf``: also
    a PDF of each row beside its .docx (through LibreOffice; the caller keeps
    one warm LibreOffice for the run, see commands/pdf_batch.py)."""
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
    job = _Job(tpl, profile, out, name_column, signer, final, save_drafts, fixed or {}, force,
               render, known, result, pdf)
    used: set[str] = set()
    for i, row in enumerate(rows, start=1):
        label = row.values.get(name_column, "") if name_column else ""
        base = safe_file_name(label, f"dong-{row.number:03d}")
        name, n = base, 2
        while name.lower() in used:
            name, n = f"{base}-{n}", n + 1
        used.add(name.lower())
        if progress:
            progress(i, len(rows), name)
        job.row(row, name)
    return result


@dataclass
class _Job:
    tpl: NoticeTemplate
    profile: Profile
    out: Path
    name_column: str | None
    signer: str | None
    final: bool
    save_drafts: bool
    fixed: dict[str, Any]
    force: bool
    render: Callable[..., bytes | None]
    known: set[str]
    result: BatchResult
    pdf: bool = False

    def fail(self, row: Row, name: str, reason: str) -> None:
        self.result.failed.append(Failure(row.number, name, reason))

    def row(self, row: Row, name: str) -> None:
        if "\0extra" in row.values:
            return self.fail(row, name, FieldProblem("batch.extra_cells").message())
        if row.problem is not None:
            return self.fail(row, name, row.problem.message())
        targets = [self.out / f"{name}.docx"] + ([self.out / f"{name}.json"] if self.save_drafts else [])
        targets += [self.out / f"{name}.pdf"] if self.pdf else []
        existing = [t for t in targets if os.path.lexists(t)]
        if existing and not self.force:
            self.result.skipped.append(Failure(row.number, name, message(
                "file.exists", file=", ".join(t.name for t in existing))))
            return None
        try:
            self.write(row, targets)
        except (FileExistsError, DraftError) as exc:
            if isinstance(exc, DraftError) and exc.code != "file.exists":
                return self.fail(row, name, exc.message())
            self.result.skipped.append(Failure(row.number, name, message(
                "file.exists", file=name)))  # appeared meanwhile: another batch
        except OSError as exc:
            self.fail(row, name, message("render.write", file=targets[0].name,
                                         reason=os_reason(exc).message()))
        except ThongbaoError as exc:
            self.fail(row, name, exc.message())
            log.info("row %s failed: %s", row.number, exc)
        except Exception as exc:  # one broken row must not stop the others
            log.warning("row %s: unexpected error", row.number, exc_info=True)
            self.fail(row, name, FieldProblem(
                "batch.unexpected", reason=f"{type(exc).__name__}: {exc}").message())
        return None

    def write(self, row: Row, targets: list[Path]) -> None:
        values = dict(self.fixed)
        values.update({k: v for k, v in row.values.items()
                       if v.strip() and k not in self.result.ignored_columns
                       and (k != self.name_column or k.split(".", 1)[0] in self.known)})
        notice = instantiate(self.tpl, self.profile, values, self.signer)
        data = self.render(notice, None, final=self.final)
        atomic_write_bytes(targets[0], data, links=Links.NEVER, overwrite=self.force)
        if self.save_drafts:
            save_draft(notice, targets[1], links=Links.NEVER, overwrite=self.force)
        if self.pdf:
            from ..render.pdf import docx_bytes_to_pdf
            atomic_write_bytes(targets[-1], docx_bytes_to_pdf(data), links=Links.NEVER,
                               overwrite=self.force)
        self.result.written.append(targets[0])


__all__ = ["BatchResult", "Failure", "Row", "read_csv", "run_batch", "safe_file_name"]

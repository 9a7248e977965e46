"""``thongbao tasks DRAFT -o tasks.xlsx|tasks.csv [--force]``: one row per
assigned task with the notice's number, date and summary (issue 13)."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook

from thongbao_editor.model import save_draft
from thongbao_editor.task_export import COLUMNS

from conftest import EXAMPLE
from render.fixtures import appendix_notice

from .test_render import run


def _draft(tmp_path):
    path = tmp_path / "tb.json"
    save_draft(appendix_notice(tasks=15), path)
    return path


def test_the_xlsx_opens_with_one_row_per_task(tmp_path, capsys):
    out = tmp_path / "tasks.xlsx"
    code, _, err = run(capsys, "tasks", str(_draft(tmp_path)), "-o", str(out))
    assert code == 0 and "15 nhiệm vụ" in err
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == COLUMNS and len(rows) == 16
    first = rows[1]
    assert first[:2] == ("05/TB-VP", dt.datetime(2024, 2, 5))
    assert first[2].startswith("Kết luận của đồng chí Phó Chủ tịch")
    assert first[3:8] == ("Phụ lục", "1", "Nhiệm vụ 1: rà soát, hoàn thiện hồ sơ dự án đầu tư công",
                          "Sở Kế hoạch và Đầu tư", "UBND huyện Cao Lộc")
    assert first[8] == dt.datetime(2024, 4, 1)  # a real date cell, shown dd/mm/yyyy
    assert ws["I2"].number_format == "DD/MM/YYYY"


def test_the_csv_is_utf8_with_dates_as_written(tmp_path, capsys):
    out = tmp_path / "tasks.csv"
    assert run(capsys, "tasks", str(_draft(tmp_path)), "-o", str(out))[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(COLUMNS) and len(rows) == 16
    assert rows[15][1] == "05/02/2024" and rows[15][8] == "15/09/2024"


def test_an_existing_file_needs_force_and_bad_requests_are_explained(tmp_path, capsys):
    draft, out = _draft(tmp_path), tmp_path / "tasks.xlsx"
    out.write_bytes(b"keep")
    code, _, err = run(capsys, "tasks", str(draft), "-o", str(out))
    assert code != 0 and "--force" in err and out.read_bytes() == b"keep"
    assert run(capsys, "tasks", str(draft), "-o", str(out), "--force")[0] == 0
    assert load_workbook(out).active.max_row == 16
    code, _, err = run(capsys, "tasks", str(draft), "-o", str(tmp_path / "x.ods"))
    assert code != 0 and "chỉ hỗ trợ .xlsx và .csv" in err
    code, _, err = run(capsys, "--lang", "en", "tasks", str(EXAMPLE), "-o", str(tmp_path / "x.csv"))
    assert code != 0 and "has no task table" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.ods").exists()

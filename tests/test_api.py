"""The Python API: render to bytes or a path; the final export refuses as a reviewer would."""

from __future__ import annotations

import io
import zipfile

import pytest

from thongbao_editor.api import final_refusals, load_draft, render_docx
from thongbao_editor.errors import FinalExportRefused, RenderError


def test_example_renders_to_bytes_and_to_a_path(example_path, tmp_path):
    notice = load_draft(example_path)
    data = render_docx(notice)
    assert zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    out = tmp_path / "tb.docx"
    assert render_docx(notice, out) is None
    assert out.read_bytes() == data


def test_example_is_ready_to_sign(example_path):
    notice = load_draft(example_path)
    assert final_refusals(notice) == []
    final = zipfile.ZipFile(io.BytesIO(render_docx(notice, final=True)))
    draft = zipfile.ZipFile(io.BytesIO(render_docx(notice)))
    mark = "DỰ THẢO".encode()
    assert not any(mark in final.read(name) for name in final.namelist())
    assert any(mark in draft.read(name) for name in draft.namelist())


def test_final_refuses_on_checker_errors(example_path):
    notice = load_draft(example_path)
    notice.recipients.insert(0, "Như trên;")
    notice.signature.signer = "TS. Hoàng Xuân Đồng"
    with pytest.raises(FinalExportRefused) as exc:
        render_docx(notice, final=True)
    rules = {getattr(p, "rule", None) for p in exc.value.problems}
    assert {"form.nhu_tren", "form.academic_title"} <= rules
    assert "Như trên" in exc.value.message()
    render_docx(notice)  # a draft export still works


def test_final_refusal_does_not_repeat_missing_parts(example_path):
    notice = load_draft(example_path)
    notice.header.summary = ""
    problems = final_refusals(notice)
    assert [p.field_path for p in problems].count("header.summary") == 1
    assert not any(getattr(p, "rule", "") == "form.required" for p in problems)


def test_unwritable_path_is_a_render_error(example_path, tmp_path):
    notice = load_draft(example_path)
    with pytest.raises(RenderError) as exc:
        render_docx(notice, tmp_path / "no" / "such" / "folder" / "tb.docx")
    assert "Không ghi được" in exc.value.message()

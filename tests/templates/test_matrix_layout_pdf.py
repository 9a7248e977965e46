"""Every shipped template × profile, and the example, laid out by LibreOffice,
meets the spec's layout rules (tests/render/spec_layout.py)."""

from __future__ import annotations


import pytest

from conftest import EXAMPLE
from thongbao_editor.api import load_draft, render_docx
from thongbao_editor.render.pdf import docx_bytes_to_pdf
from thongbao_editor.templates import Library, instantiate
from thongbao_editor.templates.files import PROFILE_KIND, TEMPLATE_KIND

from render.pdfread import NEEDS_LAYOUT, read_pages
from render.spec_layout import assert_meets_spec

pytestmark = NEEDS_LAYOUT

LIB = Library("/nonexistent-user-dir")
CASES = [(t, p) for t in LIB.names(TEMPLATE_KIND) for p in LIB.names(PROFILE_KIND)]


def lay_out(notice, tmp_path, final=False):
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(docx_bytes_to_pdf(render_docx(notice, final=final)))
    return read_pages(pdf)


@pytest.mark.parametrize("template_name, profile_name", CASES)
def test_template_with_profile_meets_the_spec(template_name, profile_name, tmp_path):
    tpl, profile = LIB.template(template_name), LIB.profile(profile_name)
    notice = instantiate(tpl, profile, tpl.examples())
    assert_meets_spec(lay_out(notice, tmp_path), notice, draft=True)


@pytest.mark.parametrize("final", [False, True], ids=["draft", "final"])
def test_example_meets_the_spec(final, tmp_path):
    notice = load_draft(EXAMPLE)
    assert_meets_spec(lay_out(notice, tmp_path, final), notice, draft=not final)

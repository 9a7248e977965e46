"""The product's own .docx, imported again, gives back the same draft."""

from __future__ import annotations

import hashlib

from thongbao_editor.api import import_docx, load_draft, render_docx
from thongbao_editor.model import notice_to_dict


def test_example_round_trip(example_path, tmp_path):
    notice = load_draft(example_path)
    path = tmp_path / "cao-loc.docx"
    render_docx(notice, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    again, report = import_docx(path)
    assert notice_to_dict(again) == notice_to_dict(notice)
    assert report.unplaced == [] and report.warnings == [] and report.revisions == []
    assert all(p.found for p in report.parts)
    assert again.opening.override is None  # the opening went back to its facts (template kiem-tra)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the source is never modified


def test_round_trip_of_an_imported_clerk_notice(tmp_path):
    """A clerk's notice, imported, rendered by the product and imported again: the same draft."""
    from thongbao_editor.importer import import_bytes

    from .corpus import clerk_docx, flood_spec

    first, _ = import_bytes(clerk_docx(flood_spec(), auto_numbering=True), "flood.docx")
    second, report = import_bytes(render_docx(first), "flood-product.docx")
    assert notice_to_dict(second) == notice_to_dict(first)
    assert report.unplaced == []


def test_round_trip_keeps_the_label_style(example_path):
    """An office that writes «1.1» without the final dot and «a.» gets its labels back."""
    from thongbao_editor.importer import import_bytes
    from thongbao_editor.model import Kind

    notice = load_draft(example_path)
    notice.numbering[Kind.SUB_KHOAN] = "{parent}.{n}"
    notice.numbering[Kind.DIEM] = "{a}."
    again, _ = import_bytes(render_docx(notice), "nhan.docx")
    assert notice_to_dict(again) == notice_to_dict(notice)

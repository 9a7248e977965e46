"""Notices made outside the product come back with every part as typed."""

from __future__ import annotations

import pytest

from thongbao_editor.importer import import_bytes
from thongbao_editor.model import Kind

from .checks import assert_exact_parts
from .corpus import ALL_SPECS, clerk_docx, flood_spec, meeting_spec, seed_spec

VARIANTS = {
    "table-typed": dict(),
    "tabs-auto": dict(auto_numbering=True, header="tabs", bottom="tabs"),
    "table-auto-tabs": dict(auto_numbering=True, bottom="tabs"),
    "tcvn3-table": dict(tcvn3=True),
    "tcvn3-tabs-auto": dict(tcvn3=True, header="tabs", bottom="tabs", auto_numbering=True),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("make", ALL_SPECS, ids=lambda f: f.__name__)
def test_clerk_made_notice_comes_back_as_typed(make, variant):
    spec = make()
    notice, report = import_bytes(clerk_docx(spec, **VARIANTS[variant]), f"{spec.name}.docx")
    assert_exact_parts(spec, notice, report)
    if VARIANTS[variant].get("tcvn3"):
        assert {"TCVN3", "TCVN3-H"} <= set(report.encodings)
        assert any(w.code == "import.warn.encoding" for w in report.warnings)


def _outline(notice):
    return [(len(path), node.kind, node.heading) for path, node in notice.walk_body()]


@pytest.mark.parametrize("auto", [False, True])
def test_structure_of_the_body_tree(auto):
    notice, _ = import_bytes(clerk_docx(flood_spec(), auto_numbering=auto), "flood.docx")
    assert _outline(notice) == [
        (1, Kind.MUC, True), (2, Kind.PARAGRAPH, False), (2, Kind.ITEM, False), (2, Kind.ITEM, False),
        (1, Kind.MUC, True), (2, Kind.KHOAN, True), (3, Kind.DIEM, False), (3, Kind.DIEM, False),
        (4, Kind.SUB_ITEM, False), (4, Kind.SUB_ITEM, False), (2, Kind.KHOAN, True), (3, Kind.PARAGRAPH, False)]
    item = notice.body[0].children[1]
    assert item.text.to_markup() == "Đã rà soát **126 hộ** dân sống ở vùng có nguy cơ sạt lở đất."
    # a heading's own bold is the heading style's, not the text's
    assert notice.body[1].children[0].text.to_markup() == "Phòng Nông nghiệp và Môi trường"
    assert notice.opening.override is not None and len(notice.opening.override) == 1
    assert notice.closing.text == "UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."


def test_numbered_prose_is_not_a_heading():
    notice, _ = import_bytes(clerk_docx(meeting_spec(), auto_numbering=True), "m.docx")
    first = notice.body[0]
    assert (first.kind, first.heading) == (Kind.KHOAN, True)
    assert [(c.kind, c.heading) for c in first.children] == [(Kind.SUB_KHOAN, False)] * 2


def test_seed_headings_and_items():
    notice, _ = import_bytes(clerk_docx(seed_spec(), auto_numbering=True, header="tabs"), "seed.docx")
    kinds = {}
    for _, node in notice.walk_body():
        kinds[node.kind] = kinds.get(node.kind, 0) + 1
    assert kinds[Kind.MUC] == 3 and kinds[Kind.DIEM] == 3
    diem = next(n for _, n in notice.walk_body() if n.kind is Kind.DIEM)
    assert diem.heading and diem.text.to_markup() == "Về phát triển kinh tế"

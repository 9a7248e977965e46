"""The tracked-changes export: real Word revisions against an older version."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import subprocess

import pytest
from lxml import etree

from tests.compare.edits import edited, example
from thongbao_editor.model import Node
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.tracked import render_tracked_bytes

from .docx_xml import NS, Docx, w
from .tracked_xml import plain, resolved, wml_schema

DATE = dt.datetime(2024, 4, 12, 9, 30, tzinfo=dt.timezone.utc)
REVISIONS = ("ins", "del", "moveFrom", "moveTo")


def _variants():
    base = example()
    more = edited(base)
    more.recipients.insert(1, "Sở Tài chính;")
    del more.recipients[4]
    more.header.agency[1] = "TỈNH LẠNG SƠN MỚI"
    more.signature.authority.append("GIÁM ĐỐC")
    more.closing = copy.deepcopy(more.closing)
    node = more.node_at((0, 0, 3))
    node.text = type(node.text).from_markup(node.text.to_markup().replace(
        "đúng chế độ", "**đúng chế độ**").replace("[^Quyết định", "[^Theo Quyết định"))
    subtree = more.body.pop(1)
    more.body.append(subtree)
    more.body[0].children.insert(0, Node.make("khoan", "Mục mới", Node.make("item", "Ý mới.")))
    return {"judged": (base, edited(base)), "more": (base, more), "equal": (base, copy.deepcopy(base)),
            "reverse": (edited(base), base)}


VARIANTS = _variants()


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def case(request):
    old, new = VARIANTS[request.param]
    return old, new, Docx(render_tracked_bytes(old, new, author="Lãnh đạo", date=DATE))


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old(case):
    old, new, tracked = case
    assert resolved(tracked, accept=True) == plain(Docx(render_docx_bytes(new)))
    assert resolved(tracked, accept=False) == plain(Docx(render_docx_bytes(old)))


def test_revisions_carry_author_and_date_and_unique_ids(case):
    _old, _new, tracked = case
    ids = []
    for part in (tracked.document, tracked.xml("word/footnotes.xml")):
        for tag in REVISIONS + ("moveFromRangeStart", "moveToRangeStart"):
            for el in part.iter(w(tag)):
                assert el.get(w("author")) == "Lãnh đạo"
                assert el.get(w("date")) == "2024-04-12T09:30:00Z"
                ids.append(el.get(w("id")))
    assert len(ids) == len(set(ids))


def test_structure_of_the_revisions(case):
    """What the schema says about the elements written here (checked even
    without the schema files): the paragraph-mark revision is the last child of
    w:pPr/w:rPr's place (rPr last in pPr), deleted text is w:delText only inside
    w:del, every move range has its end and its name pairs a from with a to."""
    _old, _new, tracked = case
    doc = tracked.document
    for ppr in doc.iter(w("pPr")):
        rpr = ppr.find("w:rPr", NS)
        if rpr is not None:
            assert ppr[-1] is rpr
    for t in doc.iter(w("delText")):
        assert t.getparent().getparent().tag == w("del")
    for t in doc.iter(w("t")):
        assert not any(a.tag == w("del") for a in t.iterancestors())
    starts = {el.get(w("id")): el.get(w("name")) for side in ("moveFrom", "moveTo")
              for el in doc.iter(w(f"{side}RangeStart"))}
    ends = {el.get(w("id")) for side in ("moveFrom", "moveTo") for el in doc.iter(w(f"{side}RangeEnd"))}
    assert set(starts) == ends
    froms = sorted(el.get(w("name")) for el in doc.iter(w("moveFromRangeStart")))
    tos = sorted(el.get(w("name")) for el in doc.iter(w("moveToRangeStart")))
    assert froms == tos


def test_the_judged_edits_are_revisions_where_they_belong():
    old, new = VARIANTS["judged"]
    doc = Docx(render_tracked_bytes(old, new, date=DATE)).document
    deleted = ["".join(d.xpath(".//w:delText/text()", namespaces=NS)) for d in doc.iter(w("del"))]
    inserted = ["".join(d.xpath(".//w:t/text()", namespaces=NS)) for d in doc.iter(w("ins"))]
    assert "nghiêm túc" in deleted and "kịp thời" in inserted
    assert "Hoàng Xuân Đồng" in deleted and "Nguyễn Văn An" in inserted
    assert "và các tháng tiếp theo " in inserted
    assert any(t.startswith("Trong 03 tháng đầu năm 2024") for t in deleted)
    assert "Đoàn kiểm tra đề nghị huyện báo cáo kết quả trước ngày 30/6/2024." in inserted
    moved = [p for p in doc.iter(w("p")) if p.find("w:pPr/w:rPr/w:moveTo", NS) is not None]
    assert len(moved) == 1 and "Tuy nhiên còn nhiều tiêu chí" in "".join(moved[0].xpath(".//w:t/text()",
                                                                                           namespaces=NS))
    whole = [p for p in doc.iter(w("p")) if p.find("w:pPr/w:rPr/w:del", NS) is not None]
    assert len(whole) == 1
    notes = Docx(render_tracked_bytes(old, new, date=DATE)).xml("word/footnotes.xml")
    assert ["40"] == ["".join(d.xpath(".//w:delText/text()", namespaces=NS)) for d in notes.iter(w("del"))]


def test_word_keeps_tracking_the_leaders_edits(case):
    _old, _new, tracked = case
    settings = tracked.xml("word/settings.xml")
    assert len(settings.findall("w:trackRevisions", NS)) == 1
    assert Docx(render_docx_bytes(VARIANTS["judged"][1])).xml("word/settings.xml").find(
        "w:trackRevisions", NS) is None  # the normal export does not


def test_equal_versions_have_no_revisions():
    old, new = VARIANTS["equal"]
    tracked = Docx(render_tracked_bytes(old, new, date=DATE))
    assert not any(list(tracked.document.iter(w(t))) for t in REVISIONS)


def test_validates_against_the_ooxml_schema(case, tmp_path_factory):
    schema = wml_schema(tmp_path_factory.mktemp("xsd"))
    if schema is None:
        pytest.skip("the ECMA-376 schemas are not here (set THONGBAO_OOXML_XSD)")
    _old, _new, tracked = case
    for name in ("word/document.xml", "word/footnotes.xml", "word/settings.xml"):
        root = etree.fromstring(tracked.raw(name))
        assert schema.validate(root), (name, [str(e) for e in schema.error_log][:5])


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_shows_the_changes(tmp_path):
    old, new = VARIANTS["judged"]
    src = tmp_path / "tracked.docx"
    src.write_bytes(render_tracked_bytes(old, new, date=DATE))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "tracked.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    # LibreOffice shows the changes: deleted and inserted text are both on the page
    flat = " ".join(text.split())
    for shown in ("Hoàng Xuân Đồng", "Nguyễn Văn An", "Trong 03 tháng đầu năm 2024",
                  "Đoàn kiểm tra đề nghị huyện báo cáo kết quả", "và các tháng tiếp theo"):
        assert shown in flat

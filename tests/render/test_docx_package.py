"""The package around the notice (render/docx_package.py): python-docx reads it
back, the base's extra parts and python-docx's defaults never leak."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx as python_docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm
from lxml import etree

from thongbao_editor.paths import templates_dir
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.docx_package import clear_base_cache

from .docx_xml import NS, Docx, text, w
from .fixtures import small_notice


@pytest.fixture(scope="module")
def read_back(tmp_path_factory) -> python_docx.document.Document:
    """The small notice written to a file by the API and opened by path with python-docx."""
    from thongbao_editor.api import render_docx

    path = tmp_path_factory.mktemp("readback") / "notice.docx"
    render_docx(small_notice(), str(path))
    return python_docx.Document(str(path))


def test_python_docx_reads_the_section(read_back):
    section = read_back.sections[0]
    assert (section.page_width, section.page_height) == (python_docx.shared.Twips(11906),
                                                         python_docx.shared.Twips(16838))
    n = small_notice()
    for side in ("top", "bottom", "left", "right"):
        got = getattr(section, f"{side}_margin")
        assert abs(got - Mm(getattr(n.layout.margins, side))) <= python_docx.shared.Twips(1), side
    assert abs(section.header_distance - Mm(10)) < Mm(0.1)
    assert section.different_first_page_header_footer is True


def test_python_docx_reads_the_headers(read_back):
    section = read_back.sections[0]
    default = section.header
    assert not default.is_linked_to_previous
    hdr = default.part.element
    instr = "".join(hdr.xpath(".//w:instrText/text()")).strip()
    assert instr == "PAGE"
    assert [p.style.style_id for p in default.paragraphs] == ["TBPageNumber"]
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert [p.text for p in first.paragraphs] == ["DỰ THẢO"]
    assert first.part.partname != default.part.partname


def test_python_docx_reads_the_core_properties(read_back):
    props = read_back.core_properties
    assert props.title.startswith("Thông báo Kết luận của đồng chí Phó Chủ tịch")
    assert props.subject.startswith("Kết luận của đồng chí")
    assert props.author == props.last_modified_by == "VĂN PHÒNG"
    assert props.language == "vi-VN"
    assert props.keywords == "TB-VP"
    assert props.content_status == "Dự thảo"
    day = dt.datetime(2024, 2, 5, tzinfo=dt.timezone.utc)
    assert props.created == props.modified == day
    # None of python-docx's defaults (revision 1, "python-docx", "Word Document", now).
    assert props.revision == 0
    assert props.last_printed is None
    assert props.comments == props.category == props.identifier == props.version == ""


def test_python_docx_finds_the_footnotes_part(read_back):
    part = read_back.part.part_related_by(RT.FOOTNOTES)
    assert part.partname == "/word/footnotes.xml"
    assert part.content_type == CT.WML_FOOTNOTES
    notes = etree.fromstring(part.blob)
    assert [f.get(w("type")) for f in notes.findall("w:footnote", NS)][:2] == [
        "separator", "continuationSeparator"]
    ids = [f.get(w("id")) for f in notes.findall("w:footnote", NS) if f.get(w("type")) is None]
    refs = read_back.element.body.xpath(".//w:footnoteReference/@w:id")
    assert ids == refs == ["1", "2"]
    assert text(notes.findall("w:footnote", NS)[2]).strip().startswith("Theo Báo cáo số 45/BC-UBND")


def test_a_title_longer_than_python_docx_allows_is_kept_whole():
    """python-docx's property setters stop at 255 characters; the notice's title does not."""
    n = small_notice()
    n.header.summary = "Kết luận" + " rất dài" * 60
    d = Docx(render_docx_bytes(n))
    core = d.xml("docProps/core.xml")
    assert core.find("dc:subject", NS).text == n.header.summary
    assert len(core.find("dc:title", NS).text) > 255
    props = python_docx.Document(io.BytesIO(d.data)).core_properties
    assert props.subject == n.header.summary


def _office_base(tmp_path, edit) -> str:
    """The shipped base opened and changed with python-docx, saved as an office would."""
    doc = python_docx.Document(io.BytesIO(templates_dir().joinpath("base.docx").read_bytes()))
    edit(doc)
    out = tmp_path / "office.docx"
    doc.save(out)
    clear_base_cache()
    return str(out)


def test_the_base_s_headers_body_and_properties_do_not_leak(tmp_path):
    def edit(doc):
        section = doc.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = "TIÊU ĐỀ CŨ CỦA MẪU"
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = "CHÂN TRANG CŨ"
        doc.add_paragraph("Đoạn mẫu cũ")
        doc.core_properties.comments = "ghi chú của văn phòng"
        doc.core_properties.revision = 7
        doc.core_properties.last_printed = dt.datetime(2023, 1, 1)

    d = Docx(render_docx_bytes(small_notice(), base_docx=_office_base(tmp_path, edit)))
    for name in d.names:
        data = d.raw(name)
        for leak in ("TIÊU ĐỀ CŨ", "CHÂN TRANG CŨ", "Đoạn mẫu cũ", "ghi chú của văn phòng",
                     "python-docx"):
            assert leak.encode() not in data, (name, leak)
    assert sorted(n for n in d.names if n.startswith("word/header")) == ["word/header1.xml",
                                                                          "word/header2.xml"]
    assert not [n for n in d.names if "footer" in n]
    core = d.xml("docProps/core.xml")
    assert core.find("cp:revision", {"cp": NS["cp"]}) is None
    assert core.find("cp:lastPrinted", {"cp": NS["cp"]}) is None


def test_a_base_without_footnotes_or_properties_gets_them(tmp_path):
    def edit(doc):
        for rid, rel in list(doc.part.rels.items()):
            if rel.reltype == RT.FOOTNOTES:
                del doc.part.rels[rid]
        for rid, rel in list(doc.part.package.rels.items()):
            if rel.reltype in (RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES):
                del doc.part.package.rels[rid]

    base = _office_base(tmp_path, edit)
    with zipfile.ZipFile(base) as z:
        assert "word/footnotes.xml" not in z.namelist()
        assert "docProps/core.xml" not in z.namelist()
    data = render_docx_bytes(small_notice(), base_docx=base)
    d = Docx(data)
    ct = d.xml("[Content_Types].xml")
    assert ct.xpath("//ct:Override[@PartName='/word/footnotes.xml']/@ContentType",
                    namespaces=NS) == [CT.WML_FOOTNOTES]
    assert len(d.xml("word/footnotes.xml").findall("w:footnote", NS)) == 4
    for name in d.names:
        assert b"python-docx" not in d.raw(name), name
    props = python_docx.Document(io.BytesIO(data)).core_properties
    assert props.author == "VĂN PHÒNG" and props.revision == 0 and props.title != "Word Document"
    assert b"<Application>thongbao-editor</Application>" in d.raw("docProps/app.xml")


def test_the_zip_is_deterministic():
    """python-docx stamps the clock on zip entries; the writer re-stamps 1980-01-01."""
    data = render_docx_bytes(small_notice())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert infos[0].filename == "[Content_Types].xml"
    assert data == render_docx_bytes(small_notice())


def _zip(tmp_path, entries: dict[str, bytes]) -> str:
    out = tmp_path / "broken.docx"
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    clear_base_cache()
    return str(out)


def _shipped_entries() -> dict[str, bytes]:
    with zipfile.ZipFile(templates_dir().joinpath("base.docx")) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.mark.parametrize("change, words", [
    (lambda e: {"a.txt": b"x"}, "[Content_Types].xml"),
    (lambda e: {k: v for k, v in e.items() if k != "word/document.xml"}, "word/document.xml"),
    (lambda e: {**e, "word/styles.xml": b"<w:styles"}, "styles"),
    (lambda e: {**e, "word/document.xml": b"<oops"}, "oops"),
], ids=["not-a-docx", "no-document", "broken-styles", "broken-document"])
def test_a_broken_base_is_a_clear_error(tmp_path, change, words):
    from thongbao_editor.errors import RenderError

    base = _zip(tmp_path, change(_shipped_entries()))
    with pytest.raises(RenderError) as info:
        render_docx_bytes(small_notice(), base_docx=base)
    assert info.value.code == "render.base_docx"
    assert "broken.docx" in info.value.message("vi") and words in info.value.message("en")

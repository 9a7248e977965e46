"""templates/base.docx: reproducible, complete, and refused clearly when broken."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import docx as python_docx
import pytest

from thongbao_editor.errors import RenderError
from thongbao_editor.paths import templates_dir
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.render.docx_package import REQUIRED_STYLES, clear_base_cache

from .docx_xml import NS, Docx, w
from .fixtures import small_notice

ROOT = Path(__file__).resolve().parent.parent.parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_base_docx_is_what_the_script_generates():
    made = _script("make_base_docx").build()
    shipped = templates_dir().joinpath("base.docx").read_bytes()
    assert made == shipped, "templates/base.docx is stale: run python scripts/make_base_docx.py"


def test_base_docx_opens_in_word_terms_with_named_styles_and_no_python_docx_defaults():
    data = templates_dir().joinpath("base.docx").read_bytes()
    d = python_docx.Document(io.BytesIO(data))
    names = {s.name for s in d.styles}
    assert {"TB Body", "TB Heading 1 (Mục)", "TB Heading 4 (Điểm)", "TB Motto", "TB National Title",
            "TB Recipients Label", "footnote text", "footnote reference"} <= names
    assert d.core_properties.author == "thongbao-editor"
    assert d.core_properties.language == "vi-VN"
    section = d.sections[0]
    assert (section.page_width, section.page_height) == (python_docx.shared.Twips(11906),
                                                         python_docx.shared.Twips(16838))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            assert b"python-docx" not in z.read(name)


def test_every_style_the_writer_uses_is_in_the_base():
    ids = {s.get(w("styleId")) for s in Docx(templates_dir().joinpath("base.docx").read_bytes())
           .styles.iter(w("style"))}
    assert set(REQUIRED_STYLES) <= ids


def test_font_metrics_table_is_what_the_script_generates(tmp_path):
    module = _script("make_font_metrics")
    fonts = Path("/usr/share/fonts/truetype/liberation2")
    if not (fonts / "LiberationSerif-Regular.ttf").exists():
        pytest.skip("Liberation Serif 2 (fonts-liberation2) is not installed")
    module.OUT = tmp_path / "metrics.json"
    module.main(["x", str(fonts)])
    shipped = ROOT / "resources" / "fonts" / "times-new-roman-metrics.json"
    assert module.OUT.read_bytes() == shipped.read_bytes()


def test_a_missing_base_is_a_clear_error(tmp_path):
    with pytest.raises(RenderError) as info:
        render_docx_bytes(small_notice(), base_docx=str(tmp_path / "nope.docx"))
    assert info.value.code == "render.base_docx"
    assert "nope.docx" in info.value.message("vi")


def test_a_base_that_is_not_a_docx_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RenderError) as info:
        render_docx_bytes(small_notice(), base_docx=str(bad))
    assert info.value.code == "render.base_docx"


def test_a_base_without_the_named_styles_is_refused(tmp_path):
    plain = tmp_path / "plain.docx"
    python_docx.Document().save(plain)
    with pytest.raises(RenderError) as info:
        render_docx_bytes(small_notice(), base_docx=str(plain))
    assert "TBBody" in info.value.message("en")


def test_a_restyled_base_is_used(tmp_path):
    """An office renames/restyles in Word and saves; its styles come through, and
    settings pointing at parts the writer does not ship are dropped."""
    src = templates_dir().joinpath("base.docx").read_bytes()
    out = tmp_path / "office.docx"
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"TB Recipients Label", b"TB Recipients Label (office)")
            if item.filename == "word/settings.xml":
                data = data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rId1" '
                                    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                                    b'relationships"/><w:endnotePr><w:endnote w:id="-1"/></w:endnotePr><w:zoom')
            zout.writestr(item, data)
    clear_base_cache()
    d = Docx(render_docx_bytes(small_notice(), base_docx=str(out)))
    names = d.styles.xpath("//w:style/w:name/@w:val", namespaces=NS)
    assert "TB Recipients Label (office)" in names
    settings = d.xml("word/settings.xml")
    assert settings.find("w:attachedTemplate", NS) is None  # would point at a missing part
    assert settings.find("w:endnotePr", NS) is None
    python_docx.Document(io.BytesIO(d.data))


def _base_with_size(tmp_path: Path, style_id: str, half_points: int) -> str:
    """A copy of the shipped base with one style's size changed (as Word would save it)."""
    from lxml import etree

    src = templates_dir().joinpath("base.docx").read_bytes()
    out = tmp_path / f"{style_id}-{half_points}.docx"
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                root = etree.fromstring(data)
                style = root.xpath(f"//w:style[@w:styleId='{style_id}']", namespaces=NS)[0]
                for tag in ("sz", "szCs"):
                    style.find(f"w:rPr/w:{tag}", NS).set(w("val"), str(half_points))
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            zout.writestr(item, data)
    return str(out)


def test_a_base_restyled_outside_nd30_is_refused(tmp_path):
    with pytest.raises(RenderError) as info:
        render_docx_bytes(small_notice(), base_docx=_base_with_size(tmp_path, "TBMotto", 32))
    assert info.value.code == "render.base_docx"
    assert "TB Motto" in info.value.message("vi") and "13–14" in info.value.message("vi")
    assert "allows 13–14 pt" in info.value.message("en")


def test_rules_are_measured_at_the_restyled_size(tmp_path):
    """An office sets the Tiêu ngữ in 13 pt: its rule shrinks with it."""
    from thongbao_editor.render.metrics import text_width_pt

    d = Docx(render_docx_bytes(small_notice(), base_docx=_base_with_size(tmp_path, "TBMotto", 26)))
    tbl = d.document.xpath("/w:document/w:body/w:tbl", namespaces=NS)[0]
    cols = [int(g.get(w("w"))) for g in tbl.xpath("w:tblGrid/w:gridCol", namespaces=NS)]
    rule = tbl.xpath("w:tr[1]/w:tc[2]/w:p", namespaces=NS)[2]
    ind = rule.find("w:pPr/w:ind", NS)
    length_pt = (cols[1] - 2 * 57 - int(ind.get(w("left"))) - int(ind.get(w("right")))) / 20
    assert abs(length_pt - text_width_pt("Độc lập - Tự do - Hạnh phúc", 13, bold=True)) <= 0.5

"""The OPC package of every .docx the product writes: a theme part (Word's
validator requires one), every part referenced by a relationship and typed
in ``[Content_Types].xml``, every relationship pointing at a part that exists."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from thongbao_editor.model import load_draft
from thongbao_editor.paths import templates_dir
from thongbao_editor.render.docx import render_docx_bytes

from .fixtures import small_notice

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cao-loc-2024.json"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"
THEME_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def package_problems(data: bytes) -> list[str]:
    """What an OPC/OOXML package check would refuse (empty when all is well)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    names = set(z.namelist())
    types = etree.fromstring(z.read("[Content_Types].xml"))
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(f"{CT_NS}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{CT_NS}Override")}
    problems = [f"override for a missing part {p}" for p in overrides if p.lstrip("/") not in names]
    parts = {n for n in names if n != "[Content_Types].xml" and not n.endswith(".rels")}
    for part in sorted(parts):
        if f"/{part}" not in overrides and part.rsplit(".", 1)[-1].lower() not in defaults:
            problems.append(f"no content type for {part}")
    reached: set[str] = set()
    todo = [""]  # the package itself, then every part reached
    while todo:
        source = todo.pop()
        rels = "_rels/.rels" if source == "" else rels_name(source)
        if rels not in names:
            continue
        for rel in etree.fromstring(z.read(rels)).iter(f"{REL_NS}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(source), rel.get("Target")))
            target = target.lstrip("/")
            if target not in names:
                problems.append(f"{rels}: {rel.get('Id')} points at a missing part {target}")
            elif target not in reached:
                reached.add(target)
                todo.append(target)
    problems += [f"part not referenced by any relationship: {p}" for p in sorted(parts - reached)]
    return problems


def theme_of(data: bytes) -> etree._Element:
    z = zipfile.ZipFile(io.BytesIO(data))
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    (rel,) = [r for r in rels.iter(f"{REL_NS}Relationship") if r.get("Type") == THEME_REL]
    name = posixpath.normpath(posixpath.join("word", rel.get("Target")))
    types = etree.fromstring(z.read("[Content_Types].xml"))
    assert {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{CT_NS}Override")}[f"/{name}"] \
        == THEME_TYPE
    return etree.fromstring(z.read(name))


CASES = {
    "base.docx": lambda: templates_dir().joinpath("base.docx").read_bytes(),
    "example draft": lambda: render_docx_bytes(load_draft(EXAMPLE)),
    "example final": lambda: render_docx_bytes(load_draft(EXAMPLE), final=True),
    "small draft": lambda: render_docx_bytes(small_notice()),
}


@pytest.mark.parametrize("name", CASES)
def test_every_part_is_referenced_and_typed(name):
    assert package_problems(CASES[name]()) == []


@pytest.mark.parametrize("name", CASES)
def test_the_package_has_a_theme_naming_the_notice_font(name):
    theme = theme_of(CASES[name]())
    assert theme.tag == f"{A_NS}theme"
    fonts = theme.find(f"{A_NS}themeElements/{A_NS}fontScheme")
    assert fonts.find(f"{A_NS}minorFont/{A_NS}latin").get("typeface") == "Times New Roman"
    assert fonts.find(f"{A_NS}majorFont/{A_NS}latin").get("typeface") == "Times New Roman"
    fmt = theme.find(f"{A_NS}themeElements/{A_NS}fmtScheme")
    # The schema wants at least three of each style list.
    for kind in ("fillStyleLst", "lnStyleLst", "effectStyleLst", "bgFillStyleLst"):
        assert len(fmt.find(f"{A_NS}{kind}")) >= 3, kind
    colours = theme.find(f"{A_NS}themeElements/{A_NS}clrScheme")
    assert [etree.QName(c).localname for c in colours] == [
        "dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
        "accent6", "hlink", "folHlink"]


def test_the_check_finds_an_unreferenced_or_untyped_part():
    data = render_docx_bytes(small_notice())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/stray.bin", b"x")
    assert package_problems(out.getvalue()) == ["no content type for word/stray.bin",
                                                "part not referenced by any relationship: word/stray.bin"]


def base_without_theme(tmp_path: Path) -> Path:
    """The shipped base as an office might make it without Word: no theme part."""
    src = zipfile.ZipFile(templates_dir().joinpath("base.docx"))
    out = tmp_path / "office-base.docx"
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/theme/theme1.xml":
                continue
            if item.filename in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
                data = re.sub(rb"<(Override|Relationship)[^>]*theme[^>]*/>", b"", data)
            dst.writestr(item, data)
    return out


def test_a_base_without_a_theme_gets_one(tmp_path):
    base = base_without_theme(tmp_path)
    assert "word/theme/theme1.xml" not in zipfile.ZipFile(base).namelist()
    assert package_problems(base.read_bytes()) == []
    data = render_docx_bytes(small_notice(), base_docx=str(base))
    assert package_problems(data) == []
    assert theme_of(data).find(f"{A_NS}themeElements") is not None

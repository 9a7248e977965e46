"""Notices made by LibreOffice (from .odt, and .doc through Word 97 format) and by pandoc."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from thongbao_editor.api import import_docx
from thongbao_editor.render.pdf import find_soffice

from .checks import assert_exact_parts
from .corpus import ALL_SPECS, odt_file, pandoc_markdown


@pytest.mark.parametrize("make", ALL_SPECS, ids=lambda f: f.__name__)
@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_odt_through_libreoffice(make, tmp_path):
    spec = make()
    path = tmp_path / f"{spec.name}.odt"
    path.write_bytes(odt_file(spec))
    notice, report = import_docx(path)
    assert report.converted_from == "odt"
    assert any(w.code == "import.warn.converted" for w in report.warnings)
    assert_exact_parts(spec, notice, report)


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_word97_doc_made_by_libreoffice(tmp_path):
    """A .doc (Word 97) file: LibreOffice saves one from the .odt, the importer converts it back."""
    spec = ALL_SPECS[1]()
    odt = tmp_path / "flood.odt"
    odt.write_bytes(odt_file(spec))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([find_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp_path), str(odt)], check=True, capture_output=True,
                   timeout=180)
    notice, report = import_docx(tmp_path / "flood.doc")
    assert report.converted_from == "doc"
    assert_exact_parts(spec, notice, report)


@pytest.mark.parametrize("make", ALL_SPECS, ids=lambda f: f.__name__)
@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_markdown_to_docx(make, tmp_path):
    spec = make()
    md = tmp_path / f"{spec.name}.md"
    md.write_text(pandoc_markdown(spec), encoding="utf-8")
    out = tmp_path / f"{spec.name}.docx"
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out), str(md)], check=True, timeout=120)
    notice, report = import_docx(out)
    assert_exact_parts(spec, notice, report)


def test_no_libreoffice_is_a_clear_message(tmp_path, monkeypatch):
    from thongbao_editor.errors import ImportFileError
    from thongbao_editor.importer import convert

    monkeypatch.setattr(convert, "find_soffice", lambda: None)
    path = tmp_path / "old.odt"
    path.write_bytes(odt_file(ALL_SPECS[2]()))
    with pytest.raises(ImportFileError) as info:
        import_docx(path)
    assert info.value.code == "import.no_libreoffice"
    assert "LibreOffice" in info.value.one_line() and "old.odt" in info.value.one_line()


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_html_saved_as_docx_by_libreoffice(tmp_path):
    """A notice kept as a web page, saved as .docx by LibreOffice (lists become Word numbering)."""
    from pathlib import Path

    from thongbao_editor.model import Kind

    html = tmp_path / "so-noi-vu.html"
    html.write_bytes((Path(__file__).parent / "data" / "so-noi-vu.html").read_bytes())
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([find_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(html)], check=True,
                   capture_output=True, timeout=180)
    notice, report = import_docx(tmp_path / "so-noi-vu.docx")
    h = notice.header
    assert (h.parent_agency, h.agency, h.number, h.symbol) == (["UBND TỈNH BẮC KẠN"], ["SỞ NỘI VỤ"], "245", "TB-SNV")
    assert (h.date.day, h.date.month, h.date.year, h.place) == (3, 11, 2025, "Bắc Kạn")
    assert [(len(p), n.kind) for p, n in notice.walk_body()] == [
        (1, Kind.MUC), (2, Kind.PARAGRAPH), (1, Kind.MUC), (2, Kind.KHOAN), (3, Kind.ITEM), (3, Kind.ITEM),
        (2, Kind.KHOAN), (3, Kind.PARAGRAPH)]
    assert notice.recipients == ["Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị;"]
    assert notice.storage.line() == "Lưu: VT, VP (HTT)."
    assert (notice.signature.authority, notice.signature.signer) == (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hà Thị Thu")
    assert report.unplaced == []
    assert [w.code for w in report.warnings] == ["import.warn.margins"]

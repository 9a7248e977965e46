"""The hand-off package (``thongbao issue``): readiness, files, PDF/A-2b with
every font embedded, metadata that matches the draft, the e-signature space."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from thongbao_editor import handoff
from thongbao_editor.errors import FinalExportRefused, RenderError
from thongbao_editor.model import load_draft
from thongbao_editor.render.pdf import find_soffice

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"



def run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    import os
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    return subprocess.run([sys.executable, "-m", "thongbao_editor.cli", *args],
                          capture_output=True, text=True, timeout=300, env=env)


def test_metadata_is_the_draft_s():
    notice = load_draft(EXAMPLE)
    meta = handoff.metadata(notice, pages=10)
    h = notice.header
    assert meta["document_type"] == "Thông báo"
    assert (meta["number"], meta["symbol"], meta["number_and_symbol"]) == ("", "TB-UBND", "/TB-UBND")
    assert meta["date"] is None  # the day is the văn thư's to give
    assert meta["date_parts"] == {"year": h.date.year, "month": h.date.month, "day": None}
    assert meta["summary"] == " ".join(h.summary.split())
    assert meta["issuer"] == h.agency
    assert meta["signer"] == {"name": "Hoàng Xuân Đồng", "title": "PHÓ CHÁNH VĂN PHÒNG",
                              "authority": notice.signature.authority}
    assert meta["recipients"][0] == "Thường trực Tỉnh ủy (B/c)"
    assert len(meta["recipients"]) == len(notice.recipients)
    assert meta["pages"] == 10 and meta["electronic_signature_layout"] is False
    notice.header.number, notice.header.date.day = "17", 15
    meta = handoff.metadata(notice, pages=10)
    assert meta["number_and_symbol"] == "17/TB-UBND" and meta["date"] == "2024-04-15"


def test_urgency_and_confidentiality_go_into_the_metadata_not_onto_the_page():
    from thongbao_editor.model import loads
    from thongbao_editor.render.docx import render_docx_bytes

    notice = load_draft(EXAMPLE)
    meta = handoff.metadata(notice, pages=1)
    assert (meta["urgency"], meta["confidentiality"]) == (None, None)  # absent: none
    plain = render_docx_bytes(notice)
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["header"].update(urgency="Hỏa tốc", confidentiality="Tối mật")
    marked = loads(json.dumps(data, ensure_ascii=False))
    meta = handoff.metadata(marked, pages=1)
    assert (meta["urgency"], meta["confidentiality"]) == ("Hỏa tốc", "Tối mật")
    document = zipfile.ZipFile(io.BytesIO(render_docx_bytes(marked))).read("word/document.xml")
    assert document == zipfile.ZipFile(io.BytesIO(plain)).read("word/document.xml")


def test_the_esign_space_holds_a_seal_image():
    lines = handoff.esign_space_lines()
    line_mm = 14 * 1.15 * 25.4 / 72
    assert lines * line_mm >= handoff.ESIGN_IMAGE_MM > (lines - 1) * line_mm
    notice = load_draft(EXAMPLE)
    before = notice.layout.signature_space_lines
    spaced = handoff.with_esign_layout(notice)
    assert spaced.layout.signature_space_lines == lines > before
    assert notice.layout.signature_space_lines == before  # the draft itself is not changed

    from thongbao_editor.render.docx import render_docx_bytes
    document = zipfile.ZipFile(io.BytesIO(render_docx_bytes(spaced, final=True))).read("word/document.xml")
    assert document.count(b'w:val="TBSignatureSpace"') == lines


def test_a_notice_not_ready_to_sign_is_refused_and_nothing_written(tmp_path):
    notice = load_draft(EXAMPLE)
    notice.signature.signer = ""
    with pytest.raises(FinalExportRefused):
        handoff.write_package(notice, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_existing_files_and_links_are_not_overwritten(tmp_path):
    notice = load_draft(EXAMPLE)
    out = tmp_path / "out"
    out.mkdir()
    (out / "tb.pdf").write_bytes(b"keep")
    with pytest.raises(RenderError) as info:
        handoff.write_package(notice, out, stem="tb")
    assert info.value.code == "file.exists" and "tb.pdf" in info.value.message()
    (out / "tb.pdf").unlink()
    (out / "tb.docx").symlink_to(tmp_path / "elsewhere.docx")
    with pytest.raises(RenderError) as info:
        handoff.write_package(notice, out, stem="tb", force=True)
    assert info.value.code == "handoff.link"
    assert not (tmp_path / "elsewhere.docx").exists()


def test_the_cli_refuses_an_unready_draft_in_one_line(tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["signer"] = ""
    draft = tmp_path / "d.json"
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("issue", str(draft), "-o", str(tmp_path / "out"), cache=tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Chưa thể xuất bản chính thức" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None or shutil.which("pdffonts") is None,
                    reason="needs LibreOffice and poppler-utils")
def test_thongbao_issue_writes_the_package(tmp_path):
    out = tmp_path / "ho-so"
    result = run("issue", str(EXAMPLE), "-o", str(out), "--e-sign", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    stem = EXAMPLE.stem
    pdf, docx, meta_file = out / f"{stem}.pdf", out / f"{stem}.docx", out / f"{stem}.metadata.json"

    # Every font embedded.
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.split(r"\s+", row.strip())[-5] == "yes" for row in rows), fonts
    # PDF/A-2b declared in the XMP metadata.
    data = pdf.read_bytes()
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S).group(0).decode("utf-8")
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", xmp) and re.search(
        r"<pdfaid:conformance>B</pdfaid:conformance>", xmp)
    # Real, selectable text; page size that of the .docx (A4).
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Hoàng Xuân Đồng" in text and "ĐÁNH GIÁ CHUNG" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    sect = re.search(rb'<w:pgSz w:w="(\d+)" w:h="(\d+)"', zipfile.ZipFile(docx).read("word/document.xml"))
    assert (round(width * 20), round(height * 20)) == (int(sect.group(1)), int(sect.group(2)))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    # The metadata: the draft's, with the page count and the files' checksums.
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    expected = handoff.metadata(handoff.with_esign_layout(load_draft(EXAMPLE)), pages=pages, esign=True)
    assert {k: v for k, v in meta.items() if k != "files"} == expected
    import hashlib
    assert meta["files"]["pdf"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert meta["files"]["pdf"]["conformance"] == "PDF/A-2b"
    assert meta["files"]["docx"]["sha256"] == hashlib.sha256(docx.read_bytes()).hexdigest()
    # The final .docx: no DỰ THẢO mark.
    assert "DỰ THẢO".encode() not in zipfile.ZipFile(docx).read("word/header2.xml")
    # Again without --force: refused, nothing changed.
    again = run("issue", str(EXAMPLE), "-o", str(out), cache=tmp_path / "cache")
    assert again.returncode == 2 and "--force" in again.stderr
    assert pdf.read_bytes() == data


def _with_appendices():
    from thongbao_editor.model import Kind, Node
    from thongbao_editor.model.notice import Appendix
    from thongbao_editor.model.tables import task_table

    notice = load_draft(EXAMPLE)
    rows = [(f"Nhiệm vụ {i}", "Sở Xây dựng", "", f"{i:02d}/06/2024", "") for i in range(1, 4)]
    notice.appendices = [
        Appendix("Phân công nhiệm vụ", True, [Node(Kind.PARAGRAPH, table=task_table(rows))], "nv"),
        Appendix("Danh mục dự án", False, [Node.make(Kind.PARAGRAPH, "Các dự án năm 2024.")], "da")]
    notice.body[1].children.append(Node.make(Kind.PARAGRAPH, "Phân công tại {{phuluc:nv}}."))
    return notice


def test_an_appendix_on_its_own_docx_leaves_page_one_s_top_free_for_the_signing_mark():
    from thongbao_editor.render.docx import render_appendix_docx_bytes, render_docx_bytes

    notice = _with_appendices()
    main = zipfile.ZipFile(io.BytesIO(render_docx_bytes(notice, final=True, appendices=False)))
    body = main.read("word/document.xml").decode("utf-8")
    assert "Phân công tại Phụ lục I." in body and "Kèm theo" not in body and "Nhiệm vụ 1" not in body
    one = zipfile.ZipFile(io.BytesIO(render_appendix_docx_bytes(notice, 0, final=True)))
    xml = one.read("word/document.xml").decode("utf-8")
    assert re.search(r">Phụ lục I<.*>PHÂN CÔNG NHIỆM VỤ<.*Kèm theo Thông báo số.*Nhiệm vụ 3", xml, re.S)
    assert "Phân công tại" not in xml and "Hoàng Xuân Đồng" not in xml  # no body, no signature
    assert 'w:orient="landscape"' in xml and "<w:titlePg/>" in xml
    rels = one.read("word/_rels/document.xml.rels").decode("utf-8")
    first = re.search(r'<w:headerReference w:type="first" r:id="(\w+)"', xml).group(1)
    target = re.search(rf'<Relationship [^>]*Id="{first}"[^>]*>', rels).group(0)
    first_header = one.read("word/" + re.search(r'Target="([^"]+)"', target).group(1)).decode("utf-8")
    assert "<w:t" not in first_header  # nothing where the signing tool prints number and time
    two = zipfile.ZipFile(io.BytesIO(render_appendix_docx_bytes(notice, 1, final=True))).read(
        "word/document.xml").decode("utf-8")
    assert ">Phụ lục II<" in two and 'w:orient="landscape"' not in two


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_thongbao_issue_appendices_separate_writes_one_signable_file_each(tmp_path):
    from thongbao_editor.model import save_draft

    draft = tmp_path / "tb.json"
    save_draft(_with_appendices(), draft)
    out = tmp_path / "ho-so"
    result = run("issue", str(draft), "-o", str(out), "--appendices-separate", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["tb.docx", "tb.metadata.json", "tb.pdf", "tb.phu-luc-1.docx", "tb.phu-luc-1.pdf",
                     "tb.phu-luc-2.docx", "tb.phu-luc-2.pdf"]
    text = subprocess.run(["pdftotext", str(out / "tb.phu-luc-1.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Phụ lục I" in text and "Kèm theo Thông báo số" in text and "Nhiệm vụ 3" in text
    assert "Kèm theo" not in subprocess.run(["pdftotext", str(out / "tb.pdf"), "-"], capture_output=True,
                                            text=True, check=True).stdout
    meta = json.loads((out / "tb.metadata.json").read_text(encoding="utf-8"))
    first, second = meta["attachments"]
    assert (first["name"], first["title"], second["name"]) == ("Phụ lục I", "Phân công nhiệm vụ", "Phụ lục II")
    pdf = (out / "tb.phu-luc-1.pdf").read_bytes()
    import hashlib
    assert first["files"]["pdf"] == {"name": "tb.phu-luc-1.pdf", "sha256": hashlib.sha256(pdf).hexdigest(),
                                     "conformance": "PDF/A-2b"}
    assert first["pages"] >= 1 and b"<pdfaid:part>2</pdfaid:part>" in pdf

"""Files that are not notices, or not readable: a clear message or a draft that loses nothing."""

from __future__ import annotations

import collections
import io
import zipfile

import docx
import pytest

from thongbao_editor.api import import_docx
from thongbao_editor.errors import ImportFileError
from thongbao_editor.importer import import_bytes
from thongbao_editor.render import blocks

from .corpus import clerk_docx, flood_spec
from .rawdocx import make, p


def _draft_words(notice) -> collections.Counter:
    doc = blocks.build(notice)
    h = doc.header
    lines = [*h.parent_agency, *h.agency, h.number_line, h.date_line, h.national_title, h.motto, doc.doc_type,
             doc.summary, blocks.RECIPIENTS_LABEL]
    lines += [par.label + " " + par.content.text for par in doc.paragraphs]
    lines += [f.text for par in doc.paragraphs for f in par.content.footnotes()]
    lines += [*doc.bottom.recipients, *doc.bottom.authority, doc.bottom.signer]
    if not any("Lưu" in r for r in doc.bottom.recipients):  # a bare "Lưu: VT." is kept, not printed
        lines.append(notice.storage.line())
    return collections.Counter(" ".join(lines).split())


def _source_words(data: bytes) -> collections.Counter:
    d = docx.Document(io.BytesIO(data))
    texts = [par.text for par in d.paragraphs]
    texts += [par.text for t in d.tables for row in t.rows for cell in row.cells for par in cell.paragraphs]
    return collections.Counter(" ".join(texts).split())


def assert_nothing_lost(data: bytes, notice) -> None:
    have = _draft_words(notice)
    lost = {w: c - have[w] for w, c in _source_words(data).items() if have[w] < c}
    assert not lost, lost


def _letter() -> bytes:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "UBND HUYỆN HÀ QUẢNG"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 0).text = "Số: 312/UBND-VP\nV/v chuẩn bị nội dung họp"
    t.cell(1, 1).text = "Hà Quảng, ngày 02 tháng 10 năm 2025"
    d.add_paragraph("Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.")
    d.add_paragraph("Để chuẩn bị cho phiên họp thường kỳ tháng 10, UBND huyện đề nghị các phòng gửi báo cáo "
                    "trước ngày 10/10/2025.")
    d.add_paragraph("Trân trọng./.")
    d.add_paragraph("Nơi nhận:\t\tKT. CHỦ TỊCH")
    d.add_paragraph("- Như trên;\t\tPHÓ CHỦ TỊCH")
    d.add_paragraph("- Lưu: VT.")
    d.add_paragraph("\t\tLương Thị Hoa")
    d.add_paragraph("PHỤ LỤC: danh mục báo cáo kèm theo")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_letter_becomes_a_draft_with_every_word_kept():
    data = _letter()
    notice, report = import_bytes(data, "cong-van.docx")
    assert any(w.code == "import.warn.no_doc_type" for w in report.warnings)
    assert notice.header.agency == ["UBND HUYỆN HÀ QUẢNG"]
    assert (notice.header.number, notice.header.symbol) == ("312", "UBND-VP")
    assert notice.header.summary == "V/v chuẩn bị nội dung họp"
    assert notice.signature.authority == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert notice.signature.signer == "Lương Thị Hoa"
    assert [u.text for u in report.unplaced] == ["PHỤ LỤC: danh mục báo cáo kèm theo"]
    assert report.unplaced[0].reason == "after_signature"
    assert_nothing_lost(data, notice)


def test_a_table_only_file_keeps_every_cell():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            t.cell(r, c).text = f"Ô {r}-{c} số liệu {r * 3 + c}"
    buf = io.BytesIO()
    d.save(buf)
    notice, report = import_bytes(buf.getvalue(), "bang.docx")
    assert len(report.unplaced) == 9 and {u.reason for u in report.unplaced} == {"table"}
    assert_nothing_lost(buf.getvalue(), notice)
    assert not report.part("header").found and not report.part("signature").found


def test_an_empty_document_is_a_clear_message(tmp_path):
    path = tmp_path / "trong.docx"
    docx.Document().save(path)
    with pytest.raises(ImportFileError) as info:
        import_docx(path)
    assert info.value.code == "import.empty" and "trong.docx" in info.value.one_line()


def test_a_corrupt_zip(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(clerk_docx(flood_spec())[:3000])
    with pytest.raises(ImportFileError) as info:
        import_docx(path)
    assert info.value.code in ("import.not_docx", "import.corrupt")
    assert "hong.docx" in info.value.message("en")


def test_a_password_protected_file(tmp_path):
    path = tmp_path / "mat-khau.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    path.write_bytes(ole)
    with pytest.raises(ImportFileError) as info:
        import_docx(path)
    assert info.value.code == "import.encrypted"
    assert "mật khẩu" in info.value.message("vi") and "password" in info.value.message("en")


def test_not_a_word_file_and_missing_files(tmp_path):
    path = tmp_path / "anh.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(ImportFileError) as info:
        import_docx(path)
    assert info.value.code == "import.not_docx"
    with pytest.raises(ImportFileError) as info:
        import_docx(tmp_path / "khong-co.docx")
    assert info.value.code == "import.unreadable"
    with pytest.raises(ImportFileError) as info:
        import_docx(tmp_path)
    assert info.value.code == "import.is_dir"


def test_a_zip_bomb_is_refused(tmp_path):
    data = make(p("Nội dung"))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "word/document.xml":  # 80 MB of spaces inside the XML
                payload = payload.replace(b"<w:body>", b"<w:body>" + b" " * (80 * 1024 * 1024))
            out.writestr(info.filename, payload)
    with pytest.raises(ImportFileError) as info:
        import_bytes(buf.getvalue(), "bom.docx")
    assert info.value.code == "import.bomb"


def test_xml_entities_are_not_expanded():
    data = make(p("&lol;"))
    evil = data.replace(b"<w:document", b'<!DOCTYPE d [<!ENTITY lol "' + b"ha" * 100 + b'">]><w:document', 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, evil.split(b"PK")[0] if False else src.read(info).replace(
                b"<w:document", b'<!DOCTYPE d [<!ENTITY lol "' + b"ha" * 100 + b'">]><w:document', 1))
    try:
        notice, _ = import_bytes(buf.getvalue(), "entity.docx")
    except ImportFileError:
        return  # refusing is fine too
    assert "haha" not in " ".join(n.text.text for _, n in notice.walk_body())


def test_a_300_page_file():
    body = "".join(p(f"- Nhiệm vụ số {i}: tiếp tục triển khai thực hiện kế hoạch, báo cáo kết quả định kỳ "
                     "hằng tháng về Văn phòng UBND tỉnh để tổng hợp.") for i in range(9000))
    notice, report = import_bytes(make(p("THÔNG BÁO") + body), "dai.docx")
    assert sum(1 for _ in notice.walk_body()) == 9000
    assert report.paragraphs == 9001


def test_a_fifo_is_refused_at_once(tmp_path):
    import os

    fifo = tmp_path / "ong.docx"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError) as info:
        import_docx(fifo)
    assert info.value.code == "import.unreadable" and "ong.docx" in info.value.one_line()

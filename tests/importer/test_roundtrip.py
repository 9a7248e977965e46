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


def test_the_leaders_tracked_changes_come_back(example_path):
    """The product's .docx, edited in Word with Track Changes on, imported: the text as it now
    reads, and each change with its author, date and place in the draft."""
    import io
    import zipfile

    from thongbao_editor.importer import import_bytes

    notice = load_draft(example_path)
    data = render_docx(notice)
    src = zipfile.ZipFile(io.BytesIO(data))
    xml = src.read("word/document.xml").decode("utf-8")
    old = "Đoàn kiểm tra đánh giá cao"
    assert old in xml
    edit = ('Đoàn kiểm tra </w:t></w:r><w:del w:id="901" w:author="Dương Xuân Huyền" '
            'w:date="2024-04-15T08:30:00Z"><w:r><w:delText xml:space="preserve">đánh giá cao</w:delText></w:r>'
            '</w:del><w:ins w:id="902" w:author="Dương Xuân Huyền" w:date="2024-04-15T08:30:00Z"><w:r>'
            '<w:t xml:space="preserve">ghi nhận</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">')
    xml = xml.replace(old, edit, 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, xml.encode("utf-8") if info.filename == "word/document.xml" else src.read(info))
    again, report = import_bytes(buf.getvalue(), "tra-lai.docx")
    first = again.body[0].children[0].children[0]
    assert first.text.text.startswith("Đoàn kiểm tra ghi nhận sự tích cực")
    revs = {(r.kind, r.text) for r in report.revisions}
    assert revs == {("delete", "đánh giá cao"), ("insert", "ghi nhận")}
    assert all(r.author == "Dương Xuân Huyền" and r.part == "body" and r.path == (0, 0, 0)
               for r in report.revisions)
    # everything else is as the product wrote it
    first.text = notice.body[0].children[0].children[0].text
    assert notice_to_dict(again) == notice_to_dict(notice)

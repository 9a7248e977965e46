"""The HTML live preview comes from the same walk as the .docx."""

from __future__ import annotations

import re

from thongbao_editor.model import Node, Notice, load_draft
from thongbao_editor.render.blocks import build
from thongbao_editor.render.html import document_html, notice_html


def test_example_preview_has_every_part(example_path):
    notice = load_draft(example_path)
    html = notice_html(notice)
    doc = build(notice)
    assert "DỰ THẢO" in html
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html
    assert "Số:" in html and "/TB-UBND" in html
    assert "Lạng Sơn, ngày" in html
    for para in doc.paragraphs:
        if para.label:
            assert f"{para.label} " in html
    # Footnote marks 1..7 in the text and the list of footnotes at the end.
    assert len(doc.footnotes()) == 7
    for n in range(1, 8):
        assert f'name="fnref{n}"' in html and f'name="fn{n}"' in html
    assert "Hoàng Xuân Đồng" in html
    assert "Nơi nhận:" in html and "Lưu: VT, KG-VX (NNK)." in html
    assert "TL. CHỦ TỊCH" in html
    assert "./." in html
    assert "notice_html" not in html


def test_final_preview_has_no_draft_mark(example_path):
    assert "DỰ THẢO" not in notice_html(load_draft(example_path), draft=False)


def test_text_is_escaped_and_runs_formatted():
    notice = Notice()
    notice.body = [Node.make("muc", "a <b> & c"),
                   Node.make("paragraph", "x **đậm** *nghiêng*[^ghi chú]")]
    html = document_html(build(notice))
    assert "A &lt;B&gt; &amp; C" in html  # mục headings are upper case
    assert "<b>đậm</b>" in html and "<i>nghiêng</i>" in html
    assert re.search(r'name="fn1".*ghi chú', html)
    assert 'name="body1"' in html  # anchors let the preview follow the tree


def test_scale_shrinks_every_length(example_path):
    notice = load_draft(example_path)
    full, half = notice_html(notice), notice_html(notice, scale=0.5)
    assert "font-size:14pt" in full and "font-size:7.0pt" in half
    assert "text-indent:24.0px" in half

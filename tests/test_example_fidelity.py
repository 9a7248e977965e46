"""The example draft carries the seed notice word for word.

``examples/cao-loc-2024.json`` walked by :func:`render.blocks.build` (the walk
both the .docx writer and the preview consume) must give the seed's
paragraphs in order — label and text, bold and italic spans, footnote anchors
where the seed has them and the 7 footnote texts — plus its opening, closing,
recipients, authority chain and signer.  The seed is read independently of
the application's markup parser (``tests/seedtext.py``).
"""

from __future__ import annotations

import difflib

import pytest

from thongbao_editor.model import Footnote, Run, load_draft
from thongbao_editor.render.blocks import build
from thongbao_editor.render.opening import generated_opening

from conftest import EXAMPLE, SEED
from seedtext import Anchor, SeedNotice, Span, load_seed, words

# Labels are generated, so the seed's one numbering slip ("1.2 Đối với …",
# no trailing dot) comes out corrected.  Nothing else may differ.
GENERATED_LABEL_FIXES = {"1.2": "1.2."}

BOLD_SPANS = ["08/19 tiêu chí", "11 nhóm nhiệm vụ, giải pháp", "15 nhiệm vụ", "08/19", "15/4/2024"]
ITALIC_SPANS = [
    "Cụm Công nghiệp Hợp Thành 1,2; Khu tái định cư Hợp Thành, Khu trung chuyển hàng hóa giai đoạn 2",
    "bao gồm cả vốn được phép kéo dài năm 2022, năm 2023 sang năm 2024",
]


@pytest.fixture(scope="module")
def seed() -> SeedNotice:
    if not SEED.exists():
        pytest.skip(f"the seed notice is not at {SEED}")
    return load_seed(SEED)


@pytest.fixture(scope="module")
def notice():
    if not EXAMPLE.exists():
        pytest.skip("examples/cao-loc-2024.json not present")
    return load_draft(EXAMPLE)


@pytest.fixture(scope="module")
def doc(notice):
    return build(notice)


def _pieces(content) -> tuple:
    """A RichText of the model as seedtext pieces (footnotes numbered later)."""
    out: list = []
    for p in content.pieces:
        if isinstance(p, Footnote):
            out.append(Anchor(0))
        elif isinstance(p, Run):
            if out and isinstance(out[-1], Span) and (out[-1].bold, out[-1].italic) == (p.bold, p.italic):
                out[-1] = Span(out[-1].text + p.text, p.bold, p.italic)
            else:
                out.append(Span(p.text, p.bold, p.italic))
    return tuple(out)


def _numbered(paragraph_pieces: list[tuple]) -> list[tuple]:
    n = 0
    result = []
    for pieces in paragraph_pieces:
        numbered = []
        for p in pieces:
            if isinstance(p, Anchor):
                n += 1
                p = Anchor(n)
            numbered.append(p)
        result.append(tuple(numbered))
    return result


def _plain(pieces: tuple) -> tuple:
    """Heading text without its formatting (a heading's weight is its style)."""
    text = "".join(p.text for p in pieces if isinstance(p, Span))
    return (Span(text),) + tuple(p for p in pieces if isinstance(p, Anchor))


def _word_diff(expected: list[str], actual: list[str]) -> str:
    for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
        if e != a:
            diff = difflib.unified_diff(e.split(), a.split(), "seed", "example", lineterm="", n=3)
            return f"paragraph {i}:\n" + "\n".join(diff)
    return f"{len(expected)} seed paragraphs, {len(actual)} built"


# -- the seed reader itself ---------------------------------------------------


def test_seed_reader_rejoins_page_breaks(seed):
    texts = [p.text for p in seed.paragraphs]
    for joined in ("các văn bản chỉ đạo của Trung ương", "không có tình trạng khiếu kiện",
                   "quản lý chặt chẽ việc khai thác", "Tập trung công tác giảm nghèo",
                   "của tỉnh giải đáp cơ bản"):
        assert sum(joined in t for t in texts) == 1, joined
    assert not any(t[:1].islower() for t in texts)
    assert sorted(seed.footnotes) == list(range(1, 8))
    assert [n for p in seed.paragraphs for n in p.anchors] == list(range(1, 8))
    assert len(seed.recipients) == 9 and seed.recipients[-1].startswith("- Lưu:")


# -- the example against the seed -----------------------------------------------


def test_header_facts(notice, doc, seed):
    h = notice.header
    assert h.agency == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert (h.number, h.symbol, h.place) == ("", "TB-UBND", "Lạng Sơn")
    assert (h.date.year, h.date.month, h.date.day) == (2024, 4, None)
    assert doc.header.number_line == "Số:       /TB-UBND"
    assert doc.header.date_line.startswith("Lạng Sơn, ngày ")
    assert doc.header.date_line.endswith(" tháng 4 năm 2024")
    assert doc.doc_type == seed.doc_type
    assert doc.summary == seed.summary


def test_opening_is_generated_not_overridden(notice, seed):
    assert notice.opening.override is None
    expected = [p.text for p in seed.paragraphs if p.role == "opening"]
    assert generated_opening(notice) == expected


def test_text_word_for_word(doc, seed):
    expected = [f"{GENERATED_LABEL_FIXES.get(p.label, p.label)} {p.text}".strip()
                for p in seed.paragraphs]
    actual = [f"{p.label} {p.content.text}".strip() for p in doc.paragraphs]
    assert actual == expected, _word_diff(expected, actual)
    assert words(" ".join(actual)) == words(" ".join(expected))


def test_roles_and_labels(doc, seed):
    expected = [(p.role, GENERATED_LABEL_FIXES.get(p.label, p.label)) for p in seed.paragraphs]
    actual = [(p.role, p.label) for p in doc.paragraphs]
    assert actual == expected


def test_inline_formatting_and_anchors(doc, seed):
    built = _numbered([_pieces(p.content) for p in doc.paragraphs])
    for i, (_p, s) in enumerate(zip(doc.paragraphs, seed.paragraphs, strict=False)):
        got, want = built[i], s.pieces
        if s.role == "heading":
            got, want = _plain(got), _plain(want)
        assert got == want, f"paragraph {i} ({s.printed[:50]}…)"
    assert len(built) == len(seed.paragraphs)


def test_bold_and_italic_spans(doc):
    bold, italic = [], []
    for p in doc.paragraphs:
        if p.role == "heading":
            continue
        for r in p.content.runs():
            if r.bold:
                bold.append(r.text)
            if r.italic:
                italic.append(r.text)
    assert bold == BOLD_SPANS
    assert italic == ITALIC_SPANS


def test_seven_footnotes_in_order_at_their_anchors(doc, seed):
    notes = doc.footnotes()
    assert [n for n, _ in notes] == list(range(1, 8))
    assert [t.text for _, t in notes] == seed.footnote_texts()
    # footnote 5 hangs on "trọng điểm" in the item about site clearance
    [fifth] = [p for p in doc.paragraphs if "trọng điểm" in p.content.text and p.content.footnotes()]
    pieces = fifth.content.pieces
    at = next(i for i, x in enumerate(pieces) if isinstance(x, Footnote))
    assert pieces[at - 1].text.endswith("dự án trọng điểm")
    assert pieces[at].text.startswith("dự án thành phần 2 (đoạn Hữu Nghị - Chi Lăng)")


def test_closing_and_bottom_block(doc, seed):
    assert doc.paragraphs[-1].role == "closing"
    assert doc.paragraphs[-1].content.text == seed.paragraphs[-1].text
    assert list(doc.bottom.recipients) == seed.recipients
    assert list(doc.bottom.authority) == seed.authority
    assert doc.bottom.signer == seed.signer


def test_the_seed_slips_are_kept(doc):
    text = " ".join(p.content.text for p in doc.paragraphs)
    notes = " ".join(t.text for _, t in doc.footnotes())
    for slip in ("thông báo đề các", "2021-2025. với nhiều ngày", "tăng 10.2%", "thể mạnh phù hợp",
                 "môi trường Cân đối", "có thể mạnh để", "phần đầu đạt 50%",
                 "thuộc với Chương trình MTQG"):
        assert slip in text, slip
    assert "14.3 tiêu chí/xã" in notes

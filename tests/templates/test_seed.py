"""The inspection template filled with the seed's facts gives the seed's
fixed sentences: the summary, both opening paragraphs, the section headings
and the closing sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from thongbao_editor.model import Kind
from thongbao_editor.render.opening import opening_paragraphs
from thongbao_editor.templates import Library, instantiate

from .conftest import SEED_VALUES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import SEED  # noqa: E402
from seedtext import clean, load_seed  # noqa: E402


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"the seed notice is not at {SEED}")
    return load_seed(SEED)


@pytest.fixture(scope="module")
def notice():
    lib = Library("/nonexistent-user-dir")
    return instantiate(lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh"), SEED_VALUES)


def test_summary(seed, notice):
    assert notice.header.summary == clean(seed.summary)


def test_opening_paragraphs(seed, notice):
    expected = [clean(p.text) for p in seed.paragraphs if p.role == "opening"]
    assert [p.text for p in opening_paragraphs(notice)] == expected


def test_closing_sentence(seed, notice):
    (closing,) = [clean(p.text) for p in seed.paragraphs if p.role == "closing"]
    # The seed has two slips here ("đề các UBND" for "để UBND"); the spec
    # (§4 Closing) gives the corrected sentence, which the template makes.
    assert closing.replace("đề các UBND", "để UBND") == notice.closing.text
    assert notice.closing.text == ("UBND tỉnh thông báo để UBND huyện Cao Lộc, các cơ quan liên "
                                   "quan biết, thực hiện./.")


def test_section_headings(notice):
    muc = [n.text.text for n in notice.body if n.kind is Kind.MUC]
    assert muc == ["ĐÁNH GIÁ CHUNG", "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI",
                   "VỀ CÁC KIẾN NGHỊ, ĐỀ XUẤT"]
    khoan_i = [n.text.text for n in notice.body[0].children if n.kind is Kind.KHOAN]
    assert khoan_i == ["Đối với UBND huyện Cao Lộc", "Đối với UBND xã Cao Lâu"]
    khoan_ii = [n.text.text for n in notice.body[1].children if n.kind is Kind.KHOAN]
    assert khoan_ii == ["Đối với huyện Cao Lộc", "Đối với xã Cao Lâu"]
    sub = notice.body[1].children[1].children[0]
    assert sub.kind is Kind.SUB_KHOAN and sub.text.text == "Về phát triển kinh tế - xã hội"
    assert [d.text.text for d in sub.children][:2] == ["Về phát triển kinh tế",
                                                       "Lĩnh vực văn hóa - xã hội"]


def test_recipients_and_deadline(notice):
    assert notice.recipients[:4] == ["Thường trực Tỉnh ủy (B/c);", "Thường trực HĐND tỉnh (B/c);",
                                     "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                                     "Các cơ quan theo GM số 129/GM-UBND;"]
    assert "UBND huyện Cao Lộc;" in notice.recipients
    assert "UBND xã Cao Lâu;" in notice.recipients
    last = notice.body[2].children[0]
    assert "trước ngày **15/4/2024**" in last.text.to_markup()

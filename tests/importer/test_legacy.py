"""TCVN3 (TCVN 5712:1993, ABC fonts) and VNI Windows → Unicode, every letter."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import docx
import pytest

from thongbao_editor.importer import import_bytes
from thongbao_editor.importer.legacy import TCVN3, TCVN3_TABLE, TCVN3_UPPER, VNI, decode, font_encoding, looks_legacy

# The vowels with their tones and đ, lower case, row by row (base, huyền, sắc, hỏi, ngã, nặng).
LETTERS = ("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ")

# TCVN3 (VN3) as the standard's table prints it, the same order; "." = the plain ASCII letter.
TCVN3_CODES = (". µ ¸ ¶ · ¹|¨ » ¾ ¼ ½ Æ|© Ç Ê È É Ë|. Ì Ð Î Ï Ñ|ª Ò Õ Ó Ô Ö|. × Ý Ø Ü Þ|. ß ã á â ä|"
               "« å è æ ç é|¬ ê í ë ì î|. ï ó ñ ò ô|\xad õ ø ö ÷ ù|. ú ý û ü þ|®")

# VNI Windows: the same letters as VNI spells them.
VNI_SPELLING = ("a aø aù aû aõ aï|aê aè aé aú aü aë|aâ aà aá aå aã aä|e eø eù eû eõ eï|eâ eà eá eå eã eä|"
                "i ì í æ ó ò|o oø où oû oõ oï|oâ oà oá oå oã oä|ô ôø ôù ôû ôõ ôï|u uø uù uû uõ uï|"
                "ö öø öù öû öõ öï|y yø yù yû yõ î|ñ")


def _pairs(spelled: str):
    rows = LETTERS.split(" ")
    for row, codes in zip(rows, spelled.split("|"), strict=True):
        for letter, code in zip(row, codes.split(" "), strict=True):
            yield letter, code


def test_tcvn3_every_letter():
    for letter, code in _pairs(TCVN3_CODES):
        if code == ".":
            continue
        assert decode(code, TCVN3) == letter, (letter, code)
        assert decode(code, TCVN3_UPPER) == letter.upper(), (letter, code)
    for code, letter in {"¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}.items():
        assert decode(code, TCVN3) == letter
    assert len(TCVN3_TABLE) == 12 * 5 + 7 + 7  # toned vowels, ă â ê ô ơ ư đ, Ă Â Ê Ô Ơ Ư Đ


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv is not installed")
def test_tcvn3_table_agrees_with_glibc_iconv():
    for code, letter in TCVN3_TABLE.items():
        run = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([code]),
                             capture_output=True, check=False)
        if run.returncode != 0:
            pytest.skip("this iconv has no TCVN5712-1")
        assert unicodedata.normalize("NFC", run.stdout.decode()) == letter, hex(code)


def test_tcvn3_words_and_word_storage_forms():
    assert decode("C«ng v¨n sè 15/CTr-UBND ngµy 12/3/2024", TCVN3) == "Công văn số 15/CTr-UBND ngày 12/3/2024"
    assert decode("Uû ban nh©n d©n", TCVN3) == "Uỷ ban nhân dân"
    assert decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", TCVN3_UPPER) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert decode("\uf0b8", TCVN3) == "á"  # a symbol-font code point
    assert decode("“Tr\xadêng”", TCVN3) == "“Trường”"  # curly quotes (1252) stay quotes; ư is U+00AD


def test_vni_every_letter():
    for letter, spelled in _pairs(VNI_SPELLING):
        assert decode(spelled, VNI) == letter, (letter, spelled)
        assert decode(spelled.upper(), VNI) == letter.upper(), (letter, spelled.upper())


def test_vni_words():
    assert decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI) == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert decode("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", VNI) == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"
    assert decode("Tröôøng", VNI) == "Trường"


def test_font_names():
    assert font_encoding(".VnTime") == TCVN3 and font_encoding(".VnArial Narrow") == TCVN3
    assert font_encoding(".VnTimeH") == TCVN3_UPPER and font_encoding(".VnArialH") == TCVN3_UPPER
    assert font_encoding("VNI-Times") == VNI and font_encoding("VNI-Helve-Condense") == VNI
    assert font_encoding("Times New Roman") is None and font_encoding(None) is None


def test_undecoded_tcvn3_in_a_unicode_font_is_noticed():
    assert looks_legacy("C«ng v¨n vÒ viÖc triÓn khai kÕ ho¹ch")
    assert not looks_legacy("Về công tác vệ sinh môi trường, ổn định, đồng bộ")


def test_a_vni_run_in_a_docx_is_converted():
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Taêng cöôøng ").font.name = "VNI-Times"
    p.add_run("kiểm tra")  # a Unicode run in the same paragraph stays as it is
    buf = io.BytesIO()
    d.save(buf)
    notice, report = import_bytes(buf.getvalue(), "vni.docx")
    assert notice.body[0].text.text == "Tăng cường kiểm tra"
    assert report.encodings == {VNI: 1}


def test_unicode_text_left_in_a_legacy_font_is_not_decoded():
    assert decode("Phụ lục: danh sách điểm sơ tán", TCVN3) == "Phụ lục: danh sách điểm sơ tán"
    assert decode("Trường học", VNI) == "Trường học"

"""Inline text: normalisation at the model boundary and the markup."""

from __future__ import annotations

import random
import unicodedata

import pytest

from thongbao_editor.model.text import (
    Footnote, MarkupError, RichText, Run, clean, normalize_text, parse_markup, to_markup,
)

# -- normalisation --------------------------------------------------------------


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Lạng Sơn")
    assert nfd != "Ủy ban nhân dân tỉnh Lạng Sơn"
    result = normalize_text(nfd)
    assert result.text == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert unicodedata.is_normalized("NFC", result.text)
    assert result.removed == ()  # recomposing is not a removal


def test_control_characters_are_removed_and_reported():
    result = normalize_text("Kết\x00 luận\x07 của\x1b đồng chí\x0b\x0c")
    assert result.text == "Kết luận của đồng chí"
    assert result.removed == ("\x00", "\x07", "\x1b", "\x0b", "\x0c")


def test_c1_controls_bidi_marks_and_lone_surrogates_are_reported():
    result = normalize_text("a\x85b\u200ec\u200fd\ud800e\ufffe")
    assert result.text == "abcde"
    assert set(result.removed) == {"\x85", "\u200e", "\u200f", "\ud800", "\ufffe"}


def test_zero_width_characters_and_soft_hyphen_vanish_silently():
    result = normalize_text("Lạng\u200bSơn\u00adxã\ufeff Cao\u200c\u200d\u2060Lâu")
    assert result.text == "LạngSơnxã CaoLâu"
    assert result.removed == ()


@pytest.mark.parametrize("space", ["\t", "\n", "\r\n", "\u00a0", "\u2007", "\u202f", "\u3000",
                                   "\u2028", "  \t \n "])
def test_every_kind_of_space_folds_to_one(space):
    assert clean(f"  huyện{space}Cao{space}{space}Lộc {space}") == "huyện Cao Lộc"
    assert normalize_text(f" a{space}b ", strip=False).text == " a b "


def test_plain_rich_text_is_normalised():
    assert RichText.plain("  a\tb\x00 ").pieces == (Run("a b"),)
    assert RichText.plain("") == RichText()
    assert not RichText.plain("   ")


def test_removed_characters_of_a_rich_text_include_footnotes():
    rich = RichText((Run("a\x01"), Footnote((Run("b\x02"),))))
    assert rich.removed_characters() == ("\x01", "\x02")
    assert rich.normalized() == RichText((Run("a"), Footnote((Run("b"),))))


def test_no_space_before_a_footnote_mark_and_edges_trimmed():
    rich = RichText((Run("  theo quy định  "), Footnote((Run("  Quyết định 136 "),)),
                     Run(". Huyện  ")))
    assert rich.normalized().pieces == (Run("theo quy định"), Footnote((Run("Quyết định 136"),)),
                                        Run(". Huyện"))


def test_spaces_at_the_edge_of_bold_belong_to_the_plain_text():
    rich = RichText((Run("đạt "), Run(" 08/19 tiêu chí ", bold=True), Run(" .")))
    assert rich.normalized().pieces == (Run("đạt "), Run("08/19 tiêu chí", bold=True), Run(" ."))
    assert RichText((Run("a"), Run(" ", bold=True), Run("b"))).normalized().pieces == (Run("a b"),)


def test_normalisation_merges_neighbours_with_the_same_format():
    rich = RichText((Run("a", bold=True), Run("b", bold=True), Run(""), Run("c")))
    assert rich.normalized().pieces == (Run("ab", bold=True), Run("c"))


# -- markup -----------------------------------------------------------------------


def test_markup_reads_bold_italic_both_and_footnotes():
    rich = parse_markup("đạt **08/19 tiêu chí** (*bao gồm*) ***cả hai***[^Quyết định số 136/QĐ-UBND.] xong")
    assert rich.pieces == (
        Run("đạt "), Run("08/19 tiêu chí", bold=True), Run(" ("), Run("bao gồm", italic=True),
        Run(") "), Run("cả hai", bold=True, italic=True),
        Footnote((Run("Quyết định số 136/QĐ-UBND."),)), Run(" xong"),
    )
    assert rich.text == "đạt 08/19 tiêu chí (bao gồm) cả hai xong"
    assert [f.text for f in rich.footnotes()] == ["Quyết định số 136/QĐ-UBND."]


def test_markup_escapes_round_trip():
    rich = RichText((Run(r"a*b [c] \d ^e"),))
    markup = to_markup(rich)
    assert markup == r"a\*b \[c] \\d ^e"
    assert parse_markup(markup) == rich
    note = RichText((Run("x"), Footnote((Run("[1] *a* \\"),))))
    assert to_markup(note) == r"x[^\[1\] \*a\* \\]"
    assert parse_markup(to_markup(note)) == note


def test_a_lone_bracket_and_caret_outside_footnotes_are_text():
    assert parse_markup("a [b] ^c ]").pieces == (Run("a [b] ^c ]"),)


def test_formatting_inside_a_footnote():
    rich = parse_markup("x[^theo **Quyết định** *số 1*]")
    assert rich.pieces[1] == Footnote((Run("theo "), Run("Quyết định", bold=True), Run(" "),
                                       Run("số 1", italic=True)))
    assert parse_markup(to_markup(rich)) == rich


def test_markup_is_normalised():
    nfd = unicodedata.normalize("NFD", "Lạng Sơn")
    assert parse_markup(f"  {nfd}\t\x00 **bold** ").pieces == (Run("Lạng Sơn "), Run("bold", bold=True))


@pytest.mark.parametrize("markup, reason, position", [
    ("a **b", "** (bold) not closed", 2),
    ("a *b", "* (italic) not closed", 2),
    ("***b** c", "* (italic) not closed", 0),
    ("a [^note", "footnote not closed with ]", 8),
    ("a [^note [^inner]]", "footnote inside a footnote", 9),
    ("a [^**b]", "** (bold) not closed", 4),
    ("tail\\", "\\ at the end escapes nothing (write \\\\ for a backslash)", 4),
])
def test_malformed_markup_is_refused(markup, reason, position):
    with pytest.raises(MarkupError) as info:
        parse_markup(markup)
    assert info.value.reason == reason
    assert info.value.position == position
    assert str(position) in str(info.value)


# -- property-style round trip ------------------------------------------------------

ALPHABET = ["a", "b", "ă", "ệ", "Đ", "Ủy", "e\u0301", " ", " ", "  ", "*", "**", "[", "]", "[^",
            "\\", "^", "_", "\t", "\n", "\u00a0", "\u200b", "\x00", "\x85", "./.", "08/19"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))


def _run(rng: random.Random) -> Run:
    return Run(_text(rng), bold=rng.random() < 0.4, italic=rng.random() < 0.4)


def _rich(rng: random.Random) -> RichText:
    pieces = []
    for _ in range(rng.randint(0, 8)):
        if rng.random() < 0.2:
            pieces.append(Footnote(tuple(_run(rng) for _ in range(rng.randint(0, 3)))))
        else:
            pieces.append(_run(rng))
    return RichText(tuple(pieces)).normalized()


def test_markup_round_trips_for_many_generated_texts():
    rng = random.Random(20240410)
    checked = 0
    for _ in range(1500):
        rich = _rich(rng)
        markup = to_markup(rich)
        assert parse_markup(markup) == rich, (rich, markup)
        assert rich.normalized() == rich  # normalisation is idempotent
        assert to_markup(parse_markup(markup)) == markup
        checked += bool(rich)
    assert checked > 1000  # the generator is not producing only empty texts

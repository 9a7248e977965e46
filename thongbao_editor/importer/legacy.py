"""Legacy Vietnamese font encodings → Unicode (NFC), chosen by a run's font.

Before Unicode, Vietnamese offices typed in 8-bit fonts whose glyphs sit on
the code points of Windows-1252.  Word stores such text as the Unicode of the
1252 characters (``C«ng v¨n`` for ``Công văn``), or, for a symbol font, in the
private-use range U+F000–U+F0FF.  The font name tells which table applies:

* **TCVN3 (ABC)**, TCVN 5712:1993 "VN3": fonts ``.VnTime``, ``.VnArial`` …
  one byte per letter; the 7 upper-case base letters Ă Â Ê Ô Ơ Ư Đ have codes,
  the other upper-case letters do not.  The "H" fonts (``.VnTimeH``,
  ``.VnArialH`` …) draw every code as a capital: the same table, upper-cased.
* **VNI Windows**: fonts ``VNI-Times``, ``VNI-Helve`` … a base vowel followed
  by a mark character (``a`` + ``ù`` = á, ``a`` + ``â`` = â, ``a`` + ``á`` = ấ),
  with a few one-character letters (``ñ`` = đ, ``í`` = í, ``æ`` = ỉ, ``ó`` = ĩ,
  ``ò`` = ị, ``î`` = ỵ, ``ô`` = ơ, ``ö`` = ư).

:func:`font_encoding` names the encoding of a font; :func:`decode` converts.
"""

from __future__ import annotations

import re
import unicodedata

TCVN3 = "TCVN3"
TCVN3_UPPER = "TCVN3-H"
VNI = "VNI"

_TCVN3_FONT = re.compile(r"^\.?vn", re.I)  # ".VnTime", ".VnArial Narrow", ".VnTimeH"
_VNI_FONT = re.compile(r"^vni[- _]", re.I)  # "VNI-Times", "VNI-Helve-Condense"


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font implies, or None for a Unicode font."""
    if not font:
        return None
    name = font.strip()
    if _VNI_FONT.match(name):
        return VNI
    if name.startswith(".") and _TCVN3_FONT.match(name):
        return TCVN3_UPPER if name.rstrip().lower().endswith("h") else TCVN3
    return None


# --------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993, the VN3 subset of the ABC fonts)

#: Each row: the six tones (none, huyền, sắc, hỏi, ngã, nặng) of one base
#: vowel, as byte codes; 0 where the base letter is plain ASCII.
_TCVN3_ROWS = {
    "a": (0, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9),
    "ă": (0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6),
    "â": (0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB),
    "e": (0, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6),
    "i": (0, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE),
    "o": (0, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE),
    "u": (0, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9),
    "y": (0, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE),
}
#: Combining marks of the tones, in the rows' order (index 0 = no tone).
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TCVN3_SINGLE = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư",
                 0xA7: "Đ"}


def _tcvn3_table() -> dict[int, str]:
    table = dict(_TCVN3_SINGLE)
    for base, codes in _TCVN3_ROWS.items():
        for tone, code in zip(TONES, codes, strict=True):
            if code:
                table[code] = unicodedata.normalize("NFC", base + tone)
    return table


TCVN3_TABLE: dict[int, str] = _tcvn3_table()


def _byte_of(ch: str) -> int | None:
    """The 8-bit code a legacy font drew for ``ch`` as Word stored it."""
    o = ord(ch)
    if o < 0x100:
        return o
    if 0xF000 <= o <= 0xF0FF:  # symbol-font code points
        return o - 0xF000
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def _decode_tcvn3(text: str, upper: bool) -> str:
    out = []
    for ch in text:
        code = _byte_of(ch)
        mapped = TCVN3_TABLE.get(code) if code is not None else None
        if mapped is None and code is not None and 0xF000 <= ord(ch) <= 0xF0FF:
            mapped = chr(code)
        out.append(mapped if mapped is not None else ch)
    result = "".join(out)
    return result.upper() if upper else result


# --------------------------------------------------------------------------
# VNI Windows

_VNI_TONE = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "à": "\u0300", "á": "\u0301", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
#: One-character VNI letters (lower case; the upper-case codes are their capitals).
_VNI_SINGLE = {"ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
               "ô": "ơ", "ö": "ư"}
#: Base vowels (VNI's ô and ö are ơ and ư) and the mark tables each may take.
_VNI_BASES = {"a": (_VNI_TONE, _VNI_HAT, _VNI_BREVE), "e": (_VNI_TONE, _VNI_HAT),
              "o": (_VNI_TONE, _VNI_HAT), "u": (_VNI_TONE,), "y": (_VNI_TONE,),
              "ô": (_VNI_TONE,), "ö": (_VNI_TONE,)}


def _vni_combine(base: str, mark: str) -> str | None:
    """The letter ``base`` + ``mark`` spell in VNI, or None."""
    low, upper = base.lower(), base.isupper()
    tables = _VNI_BASES.get(low)
    if not tables:
        return None
    m = mark.lower()
    for table in tables:
        if m in table:
            letter = _VNI_SINGLE.get(low, low)
            if table is _VNI_HAT:
                letter += "\u0302"
            elif table is _VNI_BREVE:
                letter += "\u0306"
            composed = unicodedata.normalize("NFC", letter + table[m])
            return composed.upper() if upper else composed
    return None


def _decode_vni(text: str) -> str:
    chars = [chr(b) if (b := _byte_of(c)) is not None and 0xF000 <= ord(c) <= 0xF0FF else c
             for c in text]
    out, i = [], 0
    while i < len(chars):
        ch = chars[i]
        if i + 1 < len(chars):
            combined = _vni_combine(ch, chars[i + 1])
            if combined is not None:
                out.append(combined)
                i += 2
                continue
        single = _VNI_SINGLE.get(ch.lower())
        out.append((single.upper() if ch.isupper() else single) if single else ch)
        i += 1
    return "".join(out)


#: TCVN3 codes (as Windows-1252 characters) that are not Vietnamese letters
#: themselves: many of them in a Unicode-font paragraph betray undecoded TCVN3.
_TCVN3_ODD = frozenset(chr(code) for code in TCVN3_TABLE) - frozenset(
    "".join(TCVN3_TABLE.values()) + "".join(TCVN3_TABLE.values()).upper())


_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1"
                                 "\u01af\u01b0\u1ea0-\u1ef9]")


def already_unicode(text: str, encoding: str = TCVN3) -> bool:
    """Text holding Vietnamese letters that no 8-bit code gives (ạ ư đ …) and, for TCVN3,
    none of TCVN3's tell-tale codes (µ ¸ ¶ …) is Unicode already, whatever font it is set
    in: a legacy style left on newer typing."""
    if not _UNICODE_VIETNAMESE.search(text):
        return False
    return encoding == VNI or not any(ch in _TCVN3_ODD for ch in text)


def decode(text: str, encoding: str) -> str:
    """``text`` as typed in a font of ``encoding``, in Unicode NFC (Unicode text is left alone)."""
    if already_unicode(text, encoding):
        return unicodedata.normalize("NFC", text)
    if encoding == VNI:
        result = _decode_vni(text)
    elif encoding in (TCVN3, TCVN3_UPPER):
        result = _decode_tcvn3(text, encoding == TCVN3_UPPER)
    else:
        result = text
    return unicodedata.normalize("NFC", result)


def looks_legacy(text: str) -> bool:
    """True when ``text`` (in a Unicode font) reads like undecoded TCVN3."""
    odd = sum(1 for ch in text if ch in _TCVN3_ODD)
    return odd >= 3 and odd * 10 >= len(text.replace(" ", ""))

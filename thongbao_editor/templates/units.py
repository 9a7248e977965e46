"""Administrative units of the two-tier local government (since 1 July 2025).

The list is the maintained ``vietnam-provinces`` package (PyPI; data of the
General Statistics Office): 34 provinces and centrally-run cities, 3,321
communes (xã), wards (phường) and special zones (đặc khu).  This module is
Qt-free: the command line (``thongbao profile units``) and the editor's
profile wizard both call it.

    find_province("lang son")                    -> Province("Lạng Sơn", …)
    search_units(p, "hoang van thu")             -> [Unit("Xã Hoàng Văn Thụ", …)]
    find_unit(p, "Hoàng Văn Thụ").place          -> "Xã Hoàng Văn Thụ"

Typing is diacritics-insensitive (``fold``); an unknown name is refused with
the closest names.  The place name (địa danh) follows Nghị định 30, Phụ lục I:
the unit's own name, with its type kept for units named after a person, a
historical event or by a number (``place_name``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..errors import TemplateError, Text, message
from ..paths import templates_dir

UNIT_KINDS = ("xã", "phường", "đặc khu")
KEPT_TYPE_FILE = "units/ten-giu-loai-hinh.txt"
_CITY = "thành phố"


def fold(text: str) -> str:
    """Lower case without diacritics, spaces folded: "Hoàng  Văn Thụ" -> "hoang van thu"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


class _Division:
    """What a province and a commune-level unit share: written in a sentence
    and as a place name (``kind`` and ``proper`` come from the subclass)."""

    kind: str
    proper: str

    @property
    def full(self) -> str:
        """In a sentence (type in lower case): "tỉnh Lạng Sơn", "xã Hoàng Văn Thụ"."""
        return f"{self.kind} {self.proper}"

    @property
    def place(self) -> str:
        """The địa danh (Nghị định 30): see :func:`place_name`."""
        return place_name(self.kind, self.proper)


@dataclass(frozen=True)
class Province(_Division):
    code: int
    name: str  # as listed: "Lạng Sơn", "Thành phố Hà Nội"
    city: bool  # a centrally-run city (thành phố trực thuộc trung ương)

    @property
    def proper(self) -> str:
        """The name without its type: "Hà Nội", "Lạng Sơn"."""
        if self.city and self.name.startswith("Thành phố "):
            return self.name[len("Thành phố "):]
        return self.name

    @property
    def kind(self) -> str:  # type: ignore[override]
        return _CITY if self.city else "tỉnh"


@dataclass(frozen=True)
class Unit(_Division):
    code: int
    name: str  # as listed: "Xã Hoàng Văn Thụ"
    kind: str  # xã | phường | đặc khu
    province: Province

    @property
    def proper(self) -> str:
        """The name without its type: "Hoàng Văn Thụ", "1 Bảo Lộc"."""
        return self.name[len(self.kind) + 1:]


# --------------------------------------------------------------------------
# The list


@cache
def _data() -> tuple[tuple[Province, ...], dict[int, tuple[Unit, ...]]]:
    from vietnam_provinces import Province as VP
    from vietnam_provinces import Ward as VW

    provinces = tuple(Province(int(p.code), unicodedata.normalize("NFC", p.name),
                               p.division_type.value != "tỉnh") for p in VP.iter_all())
    by_code = {p.code: p for p in provinces}
    units: dict[int, list[Unit]] = {p.code: [] for p in provinces}
    for w in VW.iter_all():
        province = by_code[int(w.province_code)]
        units[province.code].append(Unit(int(w.code), unicodedata.normalize("NFC", w.name),
                                         w.division_type.value, province))
    return provinces, {k: tuple(sorted(v, key=lambda u: (fold(u.proper), u.kind))) for k, v in units.items()}


def provinces() -> list[Province]:
    """The 34 provinces and centrally-run cities, in alphabetical order."""
    return sorted(_data()[0], key=lambda p: fold(p.proper))


def units(province: Province) -> list[Unit]:
    """The communes, wards and special zones of ``province``, alphabetical."""
    return list(_data()[1][province.code])


def data_version() -> str:
    import vietnam_provinces

    return f"vietnam-provinces {vietnam_provinces.__version__} ({vietnam_provinces.__data_version__})"


# --------------------------------------------------------------------------
# Place names (Nghị định 30, Phụ lục I)


@cache
def _kept_type_names() -> frozenset[str]:
    text = templates_dir().joinpath(KEPT_TYPE_FILE).read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def keeps_type(proper: str) -> bool:
    """Is a unit named after a person, a historical event or by a number?"""
    return bool(re.search(r"\d", proper)) or fold(proper) in _kept_type_names()


def place_name(kind: str, proper: str) -> str:
    """The địa danh of a unit: its own name, with its type (capitalised)
    kept for units named after a person, an event or a number."""
    if keeps_type(proper):
        return f"{kind[:1].upper()}{kind[1:]} {proper}"
    return proper


_UNIT_LINE = re.compile(r"^(?:UBND\s+|ỦY BAN NHÂN DÂN\s+)?(XÃ|PHƯỜNG|ĐẶC KHU|TỈNH|THÀNH PHỐ)\s+(\S.*)$")
_COMMUNE = ("XÃ", "PHƯỜNG", "ĐẶC KHU")


def header_unit(agency: list[str], parent: list[str]) -> tuple[str, str] | None:
    """(kind, proper name) of the unit a header names, the commune level
    first: ``agency=["VĂN PHÒNG", …], parent=["UBND XÃ CHI LĂNG"]``
    -> ("xã", "Chi Lăng"); None for a header that names no unit (``SỞ TÀI CHÍNH``)."""
    found = [m for m in (_UNIT_LINE.match(line.strip().upper()) for line in [*parent, *agency]) if m]
    found.sort(key=lambda m: m.group(1) not in _COMMUNE)
    if not found:
        return None
    kind, name = found[0].group(1), found[0].group(2)
    return kind.lower(), " ".join(w[:1] + w[1:].lower() for w in name.split())


# --------------------------------------------------------------------------
# Finding by what the user types

_PROVINCE_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp\.?)\s+")
_UNIT_PREFIX = re.compile(r"^(xa|phuong|dac khu)\s+")
_FOLDED_KIND = {"xa": "xã", "phuong": "phường", "dac khu": "đặc khu"}


def _suggest(query: str, candidates: dict[str, str], province: str = "") -> Text:
    """" Có phải: A, B?" for the closest names (by folded spelling)."""
    q = fold(query)
    close = difflib.get_close_matches(q, list(candidates), n=5, cutoff=0.6)
    close += [k for k in candidates if q and q in k and k not in close][: 5 - len(close)]
    if not close:
        if province:
            return Text(message("unit.suggest_none", "vi", province=province),
                        message("unit.suggest_none", "en", province=province))
        return Text("", "")
    names = ", ".join(candidates[k] for k in close)
    return Text(message("unit.suggest", "vi", names=names), message("unit.suggest", "en", names=names))


def find_province(text: str) -> Province:
    """The province named ``text`` ("Lạng Sơn", "lang son", "TP. Hồ Chí Minh",
    "tỉnh Cao Bằng", or its code); TemplateError with the closest names."""
    q = _PROVINCE_PREFIX.sub("", fold(text))
    for p in _data()[0]:
        if q in (fold(p.proper), fold(p.name)) or q == str(p.code):
            return p
    raise TemplateError("unit.province_not_found", name=text.strip(),
                        suggest=_suggest(q, {fold(p.proper): p.name for p in _data()[0]}))


def search_units(province: Province, query: str = "", kind: str = "") -> list[Unit]:
    """Units of ``province`` whose name contains ``query`` (diacritics-
    insensitive, with or without the type word); names that start with it
    first.  An empty query lists them all."""
    q = fold(query)
    m = _UNIT_PREFIX.match(q)
    if m and not kind:
        kind, q = _FOLDED_KIND[m.group(1)], q[m.end():]
    found = []
    for u in units(province):
        if kind and u.kind != kind:
            continue
        name = fold(u.proper)
        if not q or q in name or q == str(u.code):
            found.append((0 if name == q else 1 if name.startswith(q) else 2, u))
    found.sort(key=lambda item: item[0])
    return [u for _, u in found]


def find_unit(province: Province, text: str) -> Unit:
    """The one unit of ``province`` named ``text`` ("Hoàng Văn Thụ", "xã
    Hoàng Văn Thụ", "hoang van thu", or its code).  Unknown or ambiguous:
    TemplateError with the closest names."""
    q = fold(text)
    m = _UNIT_PREFIX.match(q)
    kind = _FOLDED_KIND[m.group(1)] if m else ""
    q = q[m.end():] if m else q
    exact = [u for u in units(province) if (not kind or u.kind == kind) and (fold(u.proper) == q or str(u.code) == q)]
    if len(exact) > 1:  # the same spelling without diacritics: prefer the exact spelling
        typed = unicodedata.normalize("NFC", text.strip()).casefold()
        exact = [u for u in exact if typed in (u.proper.casefold(), u.name.casefold())] or exact
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise TemplateError("unit.ambiguous", province=province.name, count=len(exact), name=text.strip(),
                            names=", ".join(f"{u.name} (mã {u.code})" for u in exact))
    candidates = {fold(u.proper): u.name for u in units(province) if not kind or u.kind == kind}
    raise TemplateError("unit.not_found", name=text.strip(), province=province.full,
                        suggest=_suggest(q, candidates, province.proper))


__all__ = ["Province", "Unit", "UNIT_KINDS", "fold", "header_unit", "provinces", "units", "search_units",
           "find_province", "find_unit", "place_name", "keeps_type", "data_version"]

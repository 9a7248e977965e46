"""Word automatic numbering (``word/numbering.xml``) → the label a paragraph shows.

A paragraph refers to a *num* (``w:numPr/w:numId`` + ``w:ilvl``, directly or
through its style); the num points at an *abstractNum* holding up to nine
levels (``w:lvl``: ``w:start``, ``w:numFmt``, ``w:lvlText`` such as ``%1.``,
``%1)`` or ``%1.%2.``, ``w:lvlRestart``, ``w:isLgl``) and may override some
levels (``w:lvlOverride``: ``w:startOverride`` and/or a whole ``w:lvl``).

Counters are kept per abstractNum, as Word does: two nums on the same
abstractNum continue one sequence, and a num with a ``w:startOverride``
restarts its level the first time it is used.  Numbering one level resets
the deeper ones (unless their ``w:lvlRestart`` says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..model.numbering import roman
from .package import W_NS

W = f"{{{W_NS}}}"


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # restart after this (1-based) level; 0 = never
    legal: bool = False
    font: str = ""


@dataclass(frozen=True)
class Label:
    """What the numbering puts before a paragraph."""

    text: str
    level: int  # ilvl, 0-based
    fmt: str  # the level's numFmt ("bullet", "decimal", "lowerLetter" …)
    bullet: bool
    under_bullet: bool = False  # a level above it in the same list is a bullet too


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    if el is None:
        return default
    return el.get(f"{W}val", default)


def _int(el: etree._Element | None, default: int | None = None) -> int | None:
    try:
        return int(_val(el))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _level(lvl: etree._Element, base: Level | None = None) -> Level:
    base = base or Level()
    fonts = lvl.find(f"{W}rPr/{W}rFonts")
    restart = lvl.find(f"{W}lvlRestart")
    legal = lvl.find(f"{W}isLgl")
    return Level(
        start=_int(lvl.find(f"{W}start"), base.start) or 0,
        fmt=_val(lvl.find(f"{W}numFmt"), base.fmt) or "decimal",
        text=_val(lvl.find(f"{W}lvlText"), base.text) or "",
        restart=_int(restart) if restart is not None else base.restart,
        legal=(_val(legal, "1") not in ("0", "false", "off")) if legal is not None else base.legal,
        font=(fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "") if fonts is not None else base.font,
    )


def _letters(n: int, upper: bool) -> str:
    """Word's letter numbering: a … z, aa … zz (the English alphabet)."""
    if n <= 0:
        return ""
    ch = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return ch.upper() if upper else ch


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("lowerRoman", "upperRoman"):
        r = roman(max(n, 0))
        return r.lower() if fmt == "lowerRoman" else r
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """The numbering definitions of one document and the running counters."""

    def __init__(self, root: etree._Element | None):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self._started: set[tuple[str, int]] = set()
        if root is None:
            return
        for an in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in an.findall(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = _level(lvl)
            self.abstract[an.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            abstract_id = _val(num.find(f"{W}abstractNumId"), "") or ""
            base = self.abstract.get(abstract_id, {})
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in num.findall(f"{W}lvlOverride"):
                ilvl = int(ov.get(f"{W}ilvl", "0"))
                lvl = ov.find(f"{W}lvl")
                if lvl is not None:
                    overrides[ilvl] = _level(lvl, base.get(ilvl))
                start = _int(ov.find(f"{W}startOverride"))
                if start is not None:
                    starts[ilvl] = start
            self.nums[num.get(f"{W}numId", "")] = (abstract_id, overrides, starts)

    def levels(self, num_id: str) -> dict[int, Level]:
        abstract_id, overrides, _ = self.nums.get(num_id, ("", {}, {}))
        return {**self.abstract.get(abstract_id, {}), **overrides}

    def next_label(self, num_id: str, ilvl: int) -> Label | None:
        """Advance the counters for a paragraph numbered (num_id, ilvl); its label."""
        if num_id not in self.nums or num_id == "0":
            return None
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return None
        abstract_id, _, starts = self.nums[num_id]
        counters = self.counters.setdefault(abstract_id, {})
        if ilvl in starts and (num_id, ilvl) not in self._started:
            self._started.add((num_id, ilvl))
            counters[ilvl] = starts[ilvl] - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in list(counters):
            if deeper > ilvl:
                restart = levels.get(deeper, Level()).restart
                if restart is None or (restart != 0 and restart - 1 >= ilvl):
                    del counters[deeper]
        if level.fmt == "bullet":
            under = any(lv.fmt == "bullet" for k, lv in levels.items() if k < ilvl)
            return Label(level.text, ilvl, level.fmt, True, under)
        text = level.text
        for k in range(8, -1, -1):  # %10 is not a thing; go high to low so %1 does not eat %1x
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, Level())
                n = counters.get(k, lv.start)
                fmt = "decimal" if level.legal and k < ilvl else lv.fmt
                text = text.replace(token, format_number(n, fmt))
        return Label(text, ilvl, level.fmt, False)

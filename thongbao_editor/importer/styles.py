"""Styles of a .docx (``word/styles.xml``) resolved along ``w:basedOn``.

Only what the importer needs: bold/italic/caps, the font (for legacy
encodings), alignment, a bottom border, numbering and the style's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .package import W_NS

W = f"{{{W_NS}}}"


def on(el: etree._Element | None) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if el is None:
        return None
    return el.get(f"{W}val", "1").lower() not in ("0", "false", "off", "none")


def run_font(rpr: etree._Element | None) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        return None
    return fonts.get(f"{W}hAnsi") or fonts.get(f"{W}ascii") or None


@dataclass
class Style:
    name: str = ""
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    vanish: bool | None = None
    font: str | None = None
    align: str | None = None
    border_bottom: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None


def _style_of(el: etree._Element) -> Style:
    name = el.find(f"{W}name")
    rpr = el.find(f"{W}rPr")
    ppr = el.find(f"{W}pPr")
    s = Style(name=(name.get(f"{W}val", "") if name is not None else ""))
    if rpr is not None:
        s.bold, s.italic = on(rpr.find(f"{W}b")), on(rpr.find(f"{W}i"))
        s.caps, s.vanish = on(rpr.find(f"{W}caps")), on(rpr.find(f"{W}vanish"))
        s.font = run_font(rpr)
    if ppr is not None:
        jc = ppr.find(f"{W}jc")
        if jc is not None:
            s.align = jc.get(f"{W}val")
        bottom = ppr.find(f"{W}pBdr/{W}bottom")
        if bottom is not None:
            s.border_bottom = bottom.get(f"{W}val", "nil") not in ("nil", "none")
        num = ppr.find(f"{W}numPr")
        if num is not None:
            nid = num.find(f"{W}numId")
            lvl = num.find(f"{W}ilvl")
            s.num_id = nid.get(f"{W}val") if nid is not None else None
            s.ilvl = int(lvl.get(f"{W}val", "0")) if lvl is not None else None
        outline = ppr.find(f"{W}outlineLvl")
        if outline is not None:
            s.outline = int(outline.get(f"{W}val", "9"))
    return s


class Styles:
    def __init__(self, root: etree._Element | None):
        self._raw: dict[str, tuple[etree._Element, str | None]] = {}
        self._resolved: dict[str, Style] = {}
        self.default_paragraph = ""
        self.default_font: str | None = None
        if root is None:
            return
        for el in root.findall(f"{W}style"):
            sid = el.get(f"{W}styleId", "")
            based = el.find(f"{W}basedOn")
            self._raw[sid] = (el, based.get(f"{W}val") if based is not None else None)
            if el.get(f"{W}type") == "paragraph" and on(el.find(f"{W}default")) is not False \
                    and el.get(f"{W}default") in ("1", "true", "on"):
                self.default_paragraph = sid
        self.default_font = run_font(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))

    def get(self, sid: str | None) -> Style:
        sid = sid or self.default_paragraph
        if sid in self._resolved:
            return self._resolved[sid]
        chain: list[Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur in self._raw and cur not in seen and len(chain) < 12:
            seen.add(cur)
            el, based = self._raw[cur]
            chain.append(_style_of(el))
            cur = based
        out = Style(name=chain[0].name if chain else "")
        for s in reversed(chain):  # the base first, the style itself last
            for attr in ("bold", "italic", "caps", "vanish", "font", "align", "border_bottom",
                         "num_id", "ilvl", "outline"):
                value = getattr(s, attr)
                if value is not None:
                    setattr(out, attr, value)
        self._resolved[sid] = out
        return out

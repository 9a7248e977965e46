"""Extract Times New Roman advance widths for the rule lengths of the renderer.

The renderer draws the rules under the agency name, the motto and the trích
yếu as paragraph borders whose length is computed from the width of the text
above them.  It needs the advance width of each character in Times New Roman
(regular, bold, italic, bold italic).  Liberation Serif is metric-compatible
with Times New Roman (same advance widths by design), and is free, so the
table is read from its TrueType files: ``cmap`` (format 4, Windows Unicode BMP)
maps characters to glyphs, ``hmtx`` gives each glyph's advance width in font
units, ``head`` gives the units per em.

Only the characters Vietnamese documents use are kept (Basic Latin, Latin-1,
Latin Extended-A/B, combining marks, Latin Extended Additional, general
punctuation).  Output: ``resources/fonts/times-new-roman-metrics.json`` with
widths in 1/1000 em.

    python scripts/make_font_metrics.py [FONT_DIR]
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts" / "times-new-roman-metrics.json"
FACES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
RANGES = [(0x20, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20AB, 0x20AC)]


def tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    (num,) = struct.unpack(">H", data[4:6])
    out = {}
    for i in range(num):
        tag, _check, off, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag] = (off, length)
    return out


def cmap4(data: bytes, off: int) -> dict[int, int]:
    _ver, n = struct.unpack(">HH", data[off: off + 4])
    for i in range(n):
        plat, enc, sub = struct.unpack(">HHI", data[off + 4 + 8 * i: off + 12 + 8 * i])
        if (plat, enc) == (3, 1):
            break
    else:
        raise ValueError("no Windows Unicode BMP cmap")
    s = off + sub
    fmt, _len, _lang, segx2 = struct.unpack(">HHHH", data[s: s + 8])
    if fmt != 4:
        raise ValueError(f"cmap format {fmt}")
    seg = segx2 // 2
    ends = struct.unpack(f">{seg}H", data[s + 14: s + 14 + segx2])
    starts = struct.unpack(f">{seg}H", data[s + 16 + segx2: s + 16 + 2 * segx2])
    deltas = struct.unpack(f">{seg}h", data[s + 16 + 2 * segx2: s + 16 + 3 * segx2])
    ro_at = s + 16 + 3 * segx2
    ranges = struct.unpack(f">{seg}H", data[ro_at: ro_at + segx2])
    out = {}
    for i in range(seg):
        for c in range(starts[i], ends[i] + 1):
            if c == 0xFFFF:
                continue
            if ranges[i] == 0:
                g = (c + deltas[i]) & 0xFFFF
            else:
                at = ro_at + 2 * i + ranges[i] + 2 * (c - starts[i])
                (g,) = struct.unpack(">H", data[at: at + 2])
                if g:
                    g = (g + deltas[i]) & 0xFFFF
            if g:
                out[c] = g
    return out


def widths(path: Path) -> tuple[int, dict[str, int]]:
    data = path.read_bytes()
    t = tables(data)
    head = t[b"head"][0]
    (upem,) = struct.unpack(">H", data[head + 18: head + 20])
    hhea = t[b"hhea"][0]
    (nhm,) = struct.unpack(">H", data[hhea + 34: hhea + 36])
    hmtx = t[b"hmtx"][0]
    adv = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(nhm)]
    cmap = cmap4(data, t[b"cmap"][0])
    out = {}
    for lo, hi in RANGES:
        for c in range(lo, hi + 1):
            g = cmap.get(c)
            if g is None:
                continue
            w = adv[min(g, nhm - 1)]
            out[f"{c:x}"] = round(w * 1000 / upem)
    return upem, out


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        font_dir = Path(argv[1])
    else:  # Liberation 2.x (Debian fonts-liberation2) covers Vietnamese; 1.x does not
        font_dir = next(d for d in (Path("/usr/share/fonts/truetype/liberation2"),
                                    Path("/usr/share/fonts/truetype/liberation"))
                        if (d / FACES["regular"]).exists())
    faces = {}
    for face, name in FACES.items():
        _upem, faces[face] = widths(font_dir / name)
    doc = {
        "font": "Times New Roman (advance widths from the metric-compatible Liberation Serif)",
        "units": "1/1000 em",
        "faces": faces,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(len(f) for f in faces.values())} widths)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

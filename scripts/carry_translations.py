"""Carry finished translations from another .ts file into ours.

Branches that add interface strings each regenerate
``resources/translations/thongbao_vi.ts``; merging them conflicts on the
whole file.  Resolve by taking one side, running
``scripts/update_translations.py`` (every current string, new ones
unfinished), then:

    git show OTHER_BRANCH:resources/translations/thongbao_vi.ts > /tmp/other.ts
    python scripts/carry_translations.py /tmp/other.ts
    python scripts/update_translations.py      # rebuilds the .qm, reports what is left

Every unfinished message of ours whose context and source text the other
file translates gets that translation (plural forms included).  The file is
edited in place, message by message, so lupdate's layout is kept.
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "thongbao_vi.ts"
_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>.*?</message>", re.S)


def finished(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for finished messages."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") is None and ((tr.text or "").strip() or len(tr)):
                out[(name, m.findtext("source") or "")] = tr
    return out


def _translation_xml(tr: ET.Element, numerus: bool) -> str:
    """Our message's <translation>: plural forms when ours is a plural
    message, else one text (their first form, if theirs was plural)."""
    forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
    if numerus:
        lines = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
        return f"<translation>{lines}\n        </translation>"
    return f"<translation>{html.escape(forms[0], quote=False)}</translation>"


def carry(ours: str, theirs: dict[tuple[str, str], ET.Element]) -> tuple[str, int]:
    count = 0

    def context(cm: re.Match) -> str:
        block = cm.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))

        def message(mm: re.Match) -> str:
            nonlocal count
            text = mm.group(0)
            if 'type="unfinished"' not in text:
                return text
            source = html.unescape(re.search(r"<source>(.*?)</source>", text, re.S).group(1))
            tr = theirs.get((name, source))
            if tr is None:
                return text
            count += 1
            numerus = 'numerus="yes"' in mm.group("attrs")
            return re.sub(r"<translation type=\"unfinished\"\s*/>|<translation type=\"unfinished\">.*?</translation>",
                          lambda _m: _translation_xml(tr, numerus), text, count=1, flags=re.S)

        return _MESSAGE.sub(message, block)

    return _CONTEXT.sub(context, ours), count


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    text, n = carry(TS.read_text(encoding="utf-8"), finished(Path(argv[1])))
    TS.write_text(text, encoding="utf-8")
    print(f"{TS.name}: {n} translation(s) carried from {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

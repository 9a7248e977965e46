"""Refresh the interface translations.

    python scripts/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of
   ``thongbao_editor/gui`` into ``resources/translations/thongbao_vi.ts``
   (keeping the translations already there);
2. ``pyside6-lrelease`` builds ``thongbao_vi.qm``, which the editor loads.

Translate new strings with Qt Linguist (``pyside6-linguist``) between the
two steps; the script reports how many are still unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "thongbao_vi.ts"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "thongbao_editor" / "gui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-source-language", "en",
                    "-target-language", "vi", "-no-obsolete"], check=True)
    unfinished = sum(1 for m in ET.parse(TS).iter("translation")
                     if m.get("type") == "unfinished")
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True)
    # Qt's own strings (buttons, file dialog), written by hand: Qt ships no qtbase_vi.
    qt_ts = TS.with_name("qt_vi.ts")
    subprocess.run([tool("pyside6-lrelease"), str(qt_ts), "-qm", str(qt_ts.with_suffix(".qm"))],
                   check=True)
    print(f"{TS.name}: {unfinished} unfinished translation(s)")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())

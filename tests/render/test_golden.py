"""Golden files: the rendered .docx, part by part, against tests/_reference/.

Each case unzips the rendered .docx, pretty-prints the parts below, drops
volatile lines (none are expected: the output is deterministic, but a part a
future LibreOffice/Word round trip adds would go here) and compares with
``tests/_reference/<name>/<part>``.  A mismatch prints a unified diff.

Regenerate after an intended change with::

    THONGBAO_UPDATE_GOLDEN=1 python -m pytest tests/render/test_golden.py

and review the diff in git before committing.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import Callable

import pytest
from lxml import etree

from thongbao_editor.model import Notice, load_draft
from thongbao_editor.render.docx import render_docx_bytes

from .fixtures import appendix_notice, small_notice

ROOT = Path(__file__).resolve().parent.parent.parent
REFERENCE = ROOT / "tests" / "_reference"
UPDATE = os.environ.get("THONGBAO_UPDATE_GOLDEN") == "1"

PARTS = ("word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/header1.xml",
         "word/header2.xml", "word/settings.xml", "docProps/core.xml", "[Content_Types].xml",
         "word/_rels/document.xml.rels")
VOLATILE = (re.compile(r"w:rsid\w*="),)

#: Notices built in code: (reference name, factory, final).
NOTICE_CASES: list[tuple[str, Callable[[], Notice], bool]] = [
    ("fixture-small-draft", small_notice, False),
    ("fixture-small-final", small_notice, True),
    ("fixture-appendix-draft", appendix_notice, False),
]
#: Draft files: (reference name, path, final) — one line per example.
DRAFT_CASES: list[tuple[str, Path, bool]] = [
    ("cao-loc-2024", ROOT / "examples" / "cao-loc-2024.json", False),
]


def pretty_parts(data: bytes) -> dict[str, str]:
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in PARTS:
            root = etree.fromstring(z.read(name))
            text = etree.tostring(root, pretty_print=True, encoding="unicode")
            lines = [ln for ln in text.splitlines() if not any(v.search(ln) for v in VOLATILE)]
            out[name] = "\n".join(lines) + "\n"
    return out


def check_golden(name: str, data: bytes) -> None:
    parts = pretty_parts(data)
    problems = []
    for part, text in parts.items():
        ref = REFERENCE / name / part
        if UPDATE:
            ref.parent.mkdir(parents=True, exist_ok=True)
            ref.write_text(text, encoding="utf-8")
            continue
        if not ref.exists():
            problems.append(f"{ref} is missing; run with THONGBAO_UPDATE_GOLDEN=1 to create it")
            continue
        expected = ref.read_text(encoding="utf-8")
        if expected != text:
            diff = difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                        f"reference/{name}/{part}", f"rendered/{name}/{part}",
                                        lineterm="", n=2)
            problems.append("\n".join(list(diff)[:200]))
    if problems:
        pytest.fail("golden mismatch (THONGBAO_UPDATE_GOLDEN=1 regenerates):\n" + "\n".join(problems),
                    pytrace=False)


@pytest.mark.parametrize("name, factory, final", NOTICE_CASES, ids=[c[0] for c in NOTICE_CASES])
def test_golden_notice(name, factory, final):
    check_golden(name, render_docx_bytes(factory(), final=final))


@pytest.mark.parametrize("name, path, final", DRAFT_CASES, ids=[c[0] for c in DRAFT_CASES])
def test_golden_draft(name, path, final):
    if not path.exists():
        pytest.skip(f"{path.name} not present")
    check_golden(name, render_docx_bytes(load_draft(path), final=final))


def test_golden_machinery_reports_a_difference(tmp_path, monkeypatch):
    """A changed rendering fails with a diff naming the part."""
    data = render_docx_bytes(small_notice())
    monkeypatch.setattr(sys.modules[__name__], "REFERENCE", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "UPDATE", True)
    check_golden("x", data)
    monkeypatch.setattr(sys.modules[__name__], "UPDATE", False)
    n = small_notice()
    n.signature.signer = "Người Khác"
    with pytest.raises(pytest.fail.Exception) as info:
        check_golden("x", render_docx_bytes(n))
    msg = str(info.value)
    assert "word/document.xml" in msg and "+" in msg and "Người Khác" in msg
    assert "Hoàng Xuân Đồng" in msg

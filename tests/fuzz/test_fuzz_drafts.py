"""A CI-sized fuzz run: generated drafts through load_draft → render_docx →
reload (the .docx parsed again, the draft saved and read back), with no
exception but the product's own ThongbaoError messages.

``THONGBAO_FUZZ_SEED`` and ``THONGBAO_FUZZ_COUNT`` change the run (the
defaults take about a minute on a small machine)."""

from __future__ import annotations

import io
import os
import traceback
import zipfile

from lxml import etree

from thongbao_editor.api import render_docx
from thongbao_editor.errors import ThongbaoError
from thongbao_editor.model import load_draft, notice_to_dict, save_draft

from .gen_drafts import generate

SEED = int(os.environ.get("THONGBAO_FUZZ_SEED", "9"))
COUNT = int(os.environ.get("THONGBAO_FUZZ_COUNT", "2000"))


def _one(data: bytes, path) -> str:
    """'refused', 'rendered', or raises what the product did not expect."""
    path.write_bytes(data)
    try:
        notice = load_draft(path)
    except ThongbaoError as exc:
        assert exc.message() and exc.message("en")
        return "refused"
    try:
        docx = render_docx(notice)
    except ThongbaoError as exc:
        assert exc.message() and exc.message("en")
        return "refused"
    with zipfile.ZipFile(io.BytesIO(docx)) as z:  # reload: a real package, well-formed XML
        for name in z.namelist():
            if name.endswith(".xml"):
                etree.fromstring(z.read(name))
    again = path.with_suffix(".saved.json")
    save_draft(notice, again)
    assert notice_to_dict(load_draft(again)) == notice_to_dict(notice)
    return "rendered"


def test_fuzzed_drafts_load_render_and_reload(tmp_path):
    counts = {"refused": 0, "rendered": 0}
    failures = []
    for case, data in generate(SEED, COUNT):
        try:
            counts[_one(data, tmp_path / "case.json")] += 1
        except Exception as exc:  # noqa: BLE001 - every unexpected exception is collected
            failures.append(f"{case}: {type(exc).__name__}: {str(exc)[:200]}\n"
                            + "".join(traceback.format_tb(exc.__traceback__)[-2:]))
    total = sum(counts.values()) + len(failures)
    print(f"\nfuzz: {total} cases (seed {SEED}): {counts['rendered']} rendered, "
          f"{counts['refused']} refused with a message, {len(failures)} unexpected")
    assert total >= min(COUNT, 2000)
    kinds: dict[str, int] = {}
    for f in failures:
        head = f.split(": ", 1)[1][:90]
        kinds[head] = kinds.get(head, 0) + 1
    assert not failures, "\n".join([*(f"{n} × {k}" for k, n in kinds.items()), *failures[:5]])

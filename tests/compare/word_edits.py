"""A leader's edits made to an exported .docx outside the product (python-docx)."""

from __future__ import annotations

import copy

import docx
from docx.oxml.ns import qn
from lxml import etree

AUTHOR = "PCT Dương Xuân Huyền"


def _revision(tag: str, rid: int):
    el = etree.Element(qn(f"w:{tag}"))
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), "2024-04-12T08:00:00Z")
    return el


def leader_edits(src, dst, *, tracked: bool) -> None:
    """Words changed in a paragraph, a paragraph deleted, a sentence added, the signer changed."""
    d = docx.Document(str(src))
    for p in d.paragraphs:
        if "nghiêm túc quán triệt" in p.text:
            for r in p.runs:
                r.text = r.text.replace("nghiêm túc", "kịp thời")
        elif p.text.startswith("Trong 03 tháng đầu năm 2024"):
            if tracked:
                for r in list(p.runs):
                    wrapper = _revision("del", 901)
                    r._r.addprevious(wrapper)
                    wrapper.append(r._r)
                    for t in r._r.findall(qn("w:t")):
                        t.tag = qn("w:delText")
            else:
                p._p.getparent().remove(p._p)
        elif p.text.startswith("Tuy nhiên, trong quá trình"):
            run = copy.deepcopy(p.runs[-1]._r)
            for t in run.findall(qn("w:t")):
                t.text = " Cần khắc phục ngay."
            if tracked:
                wrapper = _revision("ins", 902)
                wrapper.append(run)
                run = wrapper
            p.runs[-1]._r.addnext(run)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if p.text == "Hoàng Xuân Đồng":
                        p.runs[0].text = "Nguyễn Văn An"
    d.save(str(dst))

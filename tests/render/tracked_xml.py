"""Accepting or rejecting every tracked change of a .docx (lxml), as Word does,
and the OOXML checks of the revisions the tracked export writes."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

from lxml import etree

from .docx_xml import NS, Docx, w

#: A folder with the ECMA-376 transitional schemas (wml.xsd and what it imports),
#: e.g. python-docx's ref/xsd (MIT).  Without it the schema test is skipped and
#: only the structural check below runs.
XSD_DIR = Path(os.environ.get("THONGBAO_OOXML_XSD", "/tmp/ooxml-xsd/ref/xsd"))

_XML_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
 <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName">
  <xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
 <xs:attribute name="lang" type="xs:language"/>
</xs:schema>"""


def wml_schema(workdir: Path) -> etree.XMLSchema | None:
    """wml.xsd, with the xml: namespace it imports without a location given one."""
    if not (XSD_DIR / "wml.xsd").is_file():
        return None
    dst = workdir / "xsd"
    shutil.copytree(XSD_DIR, dst)
    (dst / "xml.xsd").write_text(_XML_XSD)
    for f in dst.glob("*.xsd"):
        text = f.read_text(encoding="utf-8")
        fixed = text.replace('<xsd:import namespace="http://www.w3.org/XML/1998/namespace"/>',
                             '<xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>')
        if fixed != text:
            f.write_text(fixed, encoding="utf-8")
    return etree.XMLSchema(etree.parse(str(dst / "wml.xsd")))


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    i = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(i + k, child)
    parent.remove(el)


def _mark_gone_paragraphs(root: etree._Element, gone: tuple[str, ...]) -> None:
    """Drop every paragraph-mark revision; mark the paragraphs whose mark goes."""
    for p in root.iter(w("p")):
        rpr = p.find("w:pPr/w:rPr", NS)
        if rpr is None:
            continue
        revised = [c for c in rpr if etree.QName(c).localname in ("ins", "del", "moveFrom", "moveTo")]
        for c in revised:
            rpr.remove(c)
        if any(etree.QName(c).localname in gone for c in revised):
            p.set("gone", "1")


def _join_gone_paragraphs(root: etree._Element) -> None:
    """A paragraph whose mark is gone joins the next paragraph."""
    for p in list(root.iter(w("p"))):
        if not p.get("gone"):
            continue
        nxt = p.getnext()
        runs = [c for c in p if etree.QName(c).localname != "pPr"]
        if nxt is not None and nxt.tag == w("p"):
            at = 1 if nxt.find("w:pPr", NS) is not None else 0
            for k, r in enumerate(runs):
                nxt.insert(at + k, r)
        p.getparent().remove(p)


def _resolve(root: etree._Element, accept: bool) -> etree._Element:
    root = copy.deepcopy(root)
    drop, keep = (("del", "moveFrom"), ("ins", "moveTo")) if accept else (("ins", "moveTo"), ("del", "moveFrom"))
    _mark_gone_paragraphs(root, drop)
    for name in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd") + drop:
        for el in root.findall(f".//w:{name}", NS):
            el.getparent().remove(el)
    for name in keep:
        for el in root.findall(f".//w:{name}", NS):
            _unwrap(el)
    for el in root.findall(".//w:delText", NS):
        el.tag = w("t")
    _join_gone_paragraphs(root)
    return root


def accept_all(root: etree._Element) -> etree._Element:
    return _resolve(root, True)


def reject_all(root: etree._Element) -> etree._Element:
    return _resolve(root, False)


def paragraph_texts(root: etree._Element) -> list[str]:
    return ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in root.iter(w("p"))]


def footnote_texts(document: etree._Element, footnotes: etree._Element) -> list[str]:
    """The texts of the footnotes the document refers to, in order."""
    by_id = {n.get(w("id")): "".join(n.xpath(".//w:t/text()", namespaces=NS))
             for n in footnotes.findall("w:footnote", NS)}
    return [by_id[r.get(w("id"))] for r in document.iter(w("footnoteReference"))]


def resolved(d: Docx, accept: bool) -> tuple[list[str], list[str]]:
    doc = _resolve(d.document, accept)
    notes = _resolve(d.xml("word/footnotes.xml"), accept)
    return paragraph_texts(doc), footnote_texts(doc, notes)


def plain(d: Docx) -> tuple[list[str], list[str]]:
    return paragraph_texts(d.document), footnote_texts(d.document, d.xml("word/footnotes.xml"))

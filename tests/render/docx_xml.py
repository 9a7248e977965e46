"""Reading a rendered .docx back for the tests (lxml over the zip parts)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS,
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/",
      "dcterms": "http://purl.org/dc/terms/",
      "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
TWIPS_PER_MM = 1440 / 25.4


def w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


class Docx:
    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = self.zip.namelist()

    def raw(self, name: str) -> bytes:
        return self.zip.read(name)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def document(self) -> etree._Element:
        return self.xml("word/document.xml")

    @property
    def styles(self) -> etree._Element:
        return self.xml("word/styles.xml")

    def style(self, style_id: str) -> etree._Element:
        found = self.styles.xpath(f"//w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert found, style_id
        return found[0]

    def header(self, kind: str) -> etree._Element:
        """The header part of ``kind`` (default/first), through the relationships."""
        rid = self.document.xpath(f"//w:sectPr/w:headerReference[@w:type='{kind}']/@r:id",
                                  namespaces=NS)[0]
        rels = self.xml("word/_rels/document.xml.rels")
        target = rels.xpath(f"//rel:Relationship[@Id='{rid}']/@Target", namespaces=NS)[0]
        return self.xml("word/" + target)


def text(el: etree._Element) -> str:
    return "".join(el.xpath(".//w:t/text()", namespaces=NS))


def paragraphs(root: etree._Element, style: str | None = None) -> list[etree._Element]:
    if style is None:
        return root.xpath("//w:p", namespaces=NS)
    return root.xpath(f"//w:p[w:pPr/w:pStyle/@w:val='{style}']", namespaces=NS)


def body_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Paragraphs outside tables."""
    return root.xpath("/w:document/w:body/w:p", namespaces=NS)


def style_of(p: etree._Element) -> str:
    v = p.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS)
    return v[0] if v else ""


def attr(el: etree._Element | None, name: str) -> str | None:
    return None if el is None else el.get(w(name))

"""Generate ``templates/base.docx``: the styles every rendered notice uses.

The renderer (``thongbao_editor/render/docx.py``) opens this file with
python-docx and keeps its styles, settings, font table, theme (which Word's
validator requires: Times New Roman as theme fonts, Office's colours) and its
``word/footnotes.xml`` (the two separators,
ids -1 and 0, which the settings' ``w:footnotePr`` names); it replaces the body,
adds the two headers and fills the footnotes and the properties itself.  The NAMED
styles below carry the sizes of Nghị định 30/2020 (see
``shared/spec/nd30-thongbao.md`` §2), so an office may open ``base.docx`` in
Word, restyle within the decree (e.g. 13 pt body, 1 cm indent) and save it
back under the same style names.

Times New Roman is set on all four font slots (ascii, hAnsi, cs, eastAsia) in
the document defaults and in every style; the language is vi-VN; the page is
A4 with the default margins (20/20/30/15 mm).  The body of ``base.docx`` shows
one sample paragraph per style so an office can see what it restyles.

The file is written deterministically (fixed zip timestamps, no python-docx
default properties), then opened with python-docx as a check.

    python scripts/make_base_docx.py
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "base.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = "Times New Roman"
FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
LANG = '<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>'
RULE = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'

# (id, name, type, based_on, pPr, rPr-extra, size_pt or None, extra style flags)
# pPr/rPr are inner XML; sizes in points.
CENTER = '<w:jc w:val="center"/>'
LEFT = '<w:jc w:val="left"/>'
TIGHT = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
B = "<w:b/><w:bCs/>"
ITALIC = "<w:i/><w:iCs/>"

PARAGRAPH_STYLES = [
    # --- body -------------------------------------------------------------
    ("TBBody", "TB Body", "Normal",
     '<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>'
     '<w:ind w:firstLine="720"/><w:jc w:val="both"/>', "", 14),
    ("TBOpening", "TB Opening", "TBBody", "", "", None),
    ("TBHeading1", "TB Heading 1 (Mục)", "TBBody", '<w:keepNext/><w:outlineLvl w:val="0"/>', B, None),
    ("TBHeading2", "TB Heading 2 (Khoản)", "TBBody", '<w:keepNext/><w:outlineLvl w:val="1"/>', B, None),
    ("TBHeading3", "TB Heading 3 (Tiểu khoản)", "TBBody", '<w:keepNext/><w:outlineLvl w:val="2"/>', B, None),
    ("TBHeading4", "TB Heading 4 (Điểm)", "TBBody", '<w:keepNext/><w:outlineLvl w:val="3"/>', B + ITALIC, None),
    ("TBLabelled", "TB Labelled Paragraph", "TBBody", "", "", None),
    ("TBItem", "TB Item", "TBBody", "", "", None),
    ("TBSubItem", "TB Sub-item", "TBBody", "", "", None),
    ("TBClosing", "TB Closing", "TBBody", "<w:keepNext/><w:keepLines/>", "", None),
    # --- header table -------------------------------------------------------
    ("TBHeaderCell", "TB Header Cell", "Normal", TIGHT + CENTER, "", 13),
    ("TBParentAgency", "TB Parent Agency", "TBHeaderCell", "", "", 13),
    ("TBAgency", "TB Agency", "TBHeaderCell", "", B, 13),
    ("TBNumber", "TB Number", "TBHeaderCell", "", "", 13),
    ("TBNationalTitle", "TB National Title", "TBHeaderCell", "", B, 13),
    ("TBMotto", "TB Motto", "TBHeaderCell", "", B, 14),
    ("TBDate", "TB Place and Date", "TBHeaderCell", "", ITALIC, 14),
    ("TBRule", "TB Rule", "Normal",
     '<w:keepNext/>' + RULE + '<w:spacing w:before="0" w:after="0" w:line="40" w:lineRule="exact"/>'
     + CENTER, "", 2),
    # --- title block --------------------------------------------------------
    ("TBDocType", "TB Document Type", "Normal",
     '<w:keepNext/><w:spacing w:before="360" w:after="0" w:line="240" w:lineRule="auto"/>' + CENTER,
     B, 14),
    ("TBSummary", "TB Summary", "Normal", "<w:keepNext/>" + TIGHT + CENTER, B, 14),
    ("TBTitleRule", "TB Summary Rule", "TBRule",
     '<w:spacing w:before="0" w:after="360"/>', "", 2),
    # --- bottom block -------------------------------------------------------
    ("TBRecipientsLabel", "TB Recipients Label", "Normal", "<w:keepNext/>" + TIGHT + LEFT, B + ITALIC, 12),
    ("TBRecipient", "TB Recipient", "Normal", "<w:keepNext/>" + TIGHT + LEFT, "", 11),
    ("TBAuthority", "TB Authority", "Normal", "<w:keepNext/>" + TIGHT + CENTER, B, 14),
    ("TBSignatureSpace", "TB Signature Space", "Normal", "<w:keepNext/>" + TIGHT + CENTER, "", 14),
    ("TBSigner", "TB Signer", "Normal", TIGHT + CENTER, B, 14),
    # --- page furniture -----------------------------------------------------
    ("FootnoteText", "footnote text", "Normal", TIGHT + '<w:jc w:val="both"/>', "", 12),
    ("TBPageNumber", "TB Page Number", "Normal", TIGHT + CENTER, "", 14),
    ("TBDraftMark", "TB Draft Mark", "Normal", TIGHT + LEFT, B, 14),
]

CHARACTER_STYLES = [
    ("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
]

SAMPLES = [
    ("TBDraftMark", "DỰ THẢO"),
    ("TBParentAgency", "UBND TỈNH LẠNG SƠN"),
    ("TBAgency", "VĂN PHÒNG"),
    ("TBNumber", "Số:      /TB-VP"),
    ("TBNationalTitle", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TBMotto", "Độc lập - Tự do - Hạnh phúc"),
    ("TBDate", "Lạng Sơn, ngày      tháng 4 năm 2024"),
    ("TBDocType", "THÔNG BÁO"),
    ("TBSummary", "Kết luận của đồng chí … tại buổi kiểm tra …"),
    ("TBOpening", "Thực hiện …; ngày …, đồng chí … đã tổ chức kiểm tra tại …"),
    ("TBHeading1", "I. ĐÁNH GIÁ CHUNG"),
    ("TBHeading2", "1. Đối với …"),
    ("TBHeading3", "1.1. Về phát triển kinh tế - xã hội"),
    ("TBHeading4", "a) Về phát triển kinh tế"),
    ("TBBody", "Đoạn văn bản thường, căn đều hai lề, thụt đầu dòng 1,27 cm."),
    ("TBLabelled", "2.1. Đoạn có số thứ tự nhưng không phải đề mục."),
    ("TBItem", "- Gạch đầu dòng."),
    ("TBSubItem", "+ Gạch cấp dưới."),
    ("TBClosing", "UBND tỉnh thông báo để các cơ quan liên quan biết, thực hiện./."),
    ("TBRecipientsLabel", "Nơi nhận:"),
    ("TBRecipient", "- Lưu: VT, KG-VX."),
    ("TBAuthority", "TL. CHỦ TỊCH"),
    ("TBSigner", "Họ và tên người ký"),
    ("FootnoteText", "Chú thích cuối trang."),
    ("TBPageNumber", "2"),
]


def rpr(extra: str, size: float | None) -> str:
    sz = f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>' if size else ""
    return f"<w:rPr>{FONTS}{extra}{sz}{LANG}</w:rPr>"


def styles_xml() -> str:
    out = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">',
        "<w:docDefaults><w:rPrDefault>",
        f'<w:rPr>{FONTS}<w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/>{LANG}</w:rPr>',
        "</w:rPrDefault><w:pPrDefault><w:pPr>",
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:widowControl/></w:pPr>' + rpr("", 14) + "</w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="TBLayoutTable"><w:name w:val="TB Layout Table"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        "</w:tblBorders></w:tblPr></w:style>",
    ]
    for sid, name, kind_based, ppr, extra, size in PARAGRAPH_STYLES:
        out.append(
            f'<w:style w:type="paragraph" w:customStyle="{0 if sid == "FootnoteText" else 1}" w:styleId="{sid}">'
            f'<w:name w:val="{escape(name)}"/><w:basedOn w:val="{kind_based}"/>'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr(extra, size)}</w:style>'
        )
    for sid, name, extra in CHARACTER_STYLES:
        out.append(
            f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{escape(name)}"/>'
            f'<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>{rpr(extra, None)}</w:style>'
        )
    out.append("</w:styles>")
    return "".join(out)


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _solid(inner: str) -> str:
    return f"<a:solidFill>{inner}</a:solidFill>"


PH_CLR = '<a:schemeClr val="phClr"/>'


def _line(width: int) -> str:
    return (f'<a:ln w="{width}" cap="flat" cmpd="sng" algn="ctr">'
            f'{_solid(PH_CLR)}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>')


def theme_xml() -> str:
    """The document theme (``word/theme/theme1.xml``).  Word's validator requires
    the part; the notice sets every font and colour itself, so the theme only
    names Times New Roman as the theme fonts and carries Office's default
    colours and the three fill/line/effect/background styles the schema needs."""
    colours = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
               ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
               ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
               ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
               ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
               ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
               ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colours)
    font = f'<a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface="{FONT}"/>'
    fills = _solid(PH_CLR) * 3
    lines = _line(6350) + _line(12700) + _line(19050)
    effects = "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<a:theme xmlns:a="{A_NS}" name="Thông báo"><a:themeElements>'
            f'<a:clrScheme name="Office">{clr}</a:clrScheme>'
            f'<a:fontScheme name="Thông báo"><a:majorFont>{font}</a:majorFont>'
            f'<a:minorFont>{font}</a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="Office"><a:fillStyleLst>{fills}</a:fillStyleLst>'
            f'<a:lnStyleLst>{lines}</a:lnStyleLst><a:effectStyleLst>{effects}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>'
            "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>")


SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN" w:eastAsia="vi-VN"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W_NS}"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>"""

SEP_PPR = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
    f'xmlns:r="{R_NS}"><w:footnote w:type="separator" w:id="-1"><w:p>{SEP_PPR}<w:r><w:rPr>{FONTS}'
    f'</w:rPr><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
    f'w:id="0"><w:p>{SEP_PPR}<w:r><w:rPr>{FONTS}</w:rPr><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Mẫu Thông báo kết luận (Nghị định 30/2020/NĐ-CP)</dc:title><dc:creator>thongbao-editor</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>thongbao-editor</Application></Properties>"""


def document_xml() -> str:
    body = []
    for sid, text in SAMPLES:
        body.append(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr><w:r><w:rPr>{FONTS}</w:rPr>'
                    f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
            'w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
            f'xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')


def build() -> bytes:
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document_xml()),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/footnotes.xml", FOOTNOTES),
        ("word/theme/theme1.xml", theme_xml()),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def check(data: bytes) -> None:
    """Open the result with python-docx and lxml: well-formed, styles present."""
    import docx  # python-docx
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))
    d = docx.Document(io.BytesIO(data))
    names = {s.name for s in d.styles}
    for _sid, name, *_ in PARAGRAPH_STYLES:
        assert name in names, name
    assert d.core_properties.author == "thongbao-editor"
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    notes = d.part.part_related_by(RT.FOOTNOTES)
    assert notes.partname == "/word/footnotes.xml", notes.partname
    assert notes.content_type.endswith(".footnotes+xml"), notes.content_type
    theme = d.part.part_related_by(RT.THEME)
    assert theme.partname == "/word/theme/theme1.xml", theme.partname
    assert theme.content_type == "application/vnd.openxmlformats-officedocument.theme+xml"


def main() -> int:
    data = build()
    check(data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

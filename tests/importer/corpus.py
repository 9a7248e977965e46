"""Notices made OUTSIDE the product, the way offices make them, for import tests.

A :class:`Spec` holds a notice as typed (header lines, title, paragraphs with
their printed labels and emphasis, footnotes, recipients, storage line,
authority chain, signer).  Writers turn it into files by other tools:

* :func:`clerk_docx` — python-docx, as a clerk types in Word: header as a
  2-column table or as tab-separated lines with underscores for rules;
  labels typed or made by Word's automatic numbering (``numbering.xml``);
  manual spacing (doubled spaces, non-breaking spaces, a manual line break in
  the summary, empty paragraphs); real footnotes; the bottom block as a table
  or as tab-separated paragraphs; optionally in TCVN3 fonts (.VnTime/.VnTimeH);
* :func:`odt_file` — an OpenDocument text (header table, automatic lists,
  real footnotes), for LibreOffice to convert;
* :func:`pandoc_markdown` — Markdown for pandoc (ordered/bullet lists become
  Word numbering, ``[^n]`` footnotes).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt

from seedtext import Anchor, SeedNotice, Span, load_seed

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


@dataclass
class P:
    """One body paragraph as typed: its printed label, pieces, and role."""

    role: str  # opening | heading | labelled | item | body | closing
    label: str
    pieces: tuple  # Span / Anchor (seedtext)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces if isinstance(p, Span))


@dataclass
class Spec:
    parent_agency: list[str]
    agency: list[str]
    number: str
    symbol: str
    place: str
    day: int | None
    month: int | None
    year: int
    doc_type: str
    summary: str
    paragraphs: list[P]
    footnotes: dict[int, str]
    recipients: list[str]  # as typed, without the leading "- "
    storage: str  # "Lưu: VT, KG-VX (NNK)."
    authority: list[str]
    signer: str
    name: str = "notice"

    def number_line(self) -> str:
        return f"Số: {self.number or '      '}/{self.symbol}"

    def date_line(self) -> str:
        d = f"{self.day:02d}" if self.day else "     "
        m = f"{self.month:02d}" if self.month and self.month < 3 else (str(self.month) if self.month else "     ")
        return f"{self.place}, ngày {d} tháng {m} năm {self.year}"

    def body_words(self) -> list[str]:
        out = []
        for p in self.paragraphs:
            out += " ".join(p.text.split()).split()
        return out


def from_seed(seed: SeedNotice) -> Spec:
    paras = []
    for p in seed.paragraphs:
        pieces = p.pieces
        bold = italic = False
        if p.emphasis:  # a heading line wrapped in ** or *** as a whole
            bold, italic = "**" in p.emphasis, p.emphasis in ("*", "***")
        elif p.role == "heading":  # a Markdown heading: printed bold, a) headings bold italic
            bold, italic = True, bool(re.match(r"^[a-zđ]\)$", p.label))
        if bold or italic:
            pieces = tuple(Span(x.text, x.bold or bold, x.italic or italic) if isinstance(x, Span) else x
                           for x in pieces)
        paras.append(P(p.role, p.label, pieces))
    recips = [r.removeprefix("- ").strip() for r in seed.recipients]
    storage = next(r for r in recips if r.startswith("Lưu"))
    return Spec(parent_agency=[], agency=["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], number="", symbol="TB-UBND",
                place="Lạng Sơn", day=None, month=4, year=2024, doc_type=seed.doc_type, summary=seed.summary,
                paragraphs=paras, footnotes=dict(seed.footnotes),
                recipients=[r for r in recips if not r.startswith("Lưu")], storage=storage,
                authority=list(seed.authority), signer=seed.signer, name="seed")


def seed_spec() -> Spec:
    here = Path(__file__).resolve().parents[1]
    return from_seed(load_seed(here / "_reference" / "seed" / "thong-bao-ket-luan-cao-loc-2024.md"))


def _pieces(text: str) -> tuple:
    """A tiny inline syntax for hand-written specs: **b**, *i*, [1] anchors."""
    out: list = []
    for tok in re.split(r"(\*\*.+?\*\*|\*.+?\*|\[\d+\])", text):
        if not tok:
            continue
        if tok.startswith("**"):
            out.append(Span(tok[2:-2], bold=True))
        elif tok.startswith("*"):
            out.append(Span(tok[1:-1], italic=True))
        elif re.fullmatch(r"\[\d+\]", tok):
            out.append(Anchor(int(tok[1:-1])))
        else:
            out.append(Span(tok))
    return tuple(out)


def flood_spec() -> Spec:
    """A second notice: a district's, with a parent agency, KT. chain, copies in the Lưu line."""
    lines = [
        ("opening", "", "Ngày 05/9/2025, đồng chí Nguyễn Văn Bình, Chủ tịch UBND huyện chủ trì họp bàn công tác "
                        "phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025[1]. Sau khi nghe báo cáo và ý kiến "
                        "các thành viên, đồng chí Chủ tịch UBND huyện kết luận như sau:"),
        ("heading", "I.", "**KẾT QUẢ ĐẠT ĐƯỢC**"),
        ("body", "", "Công tác chuẩn bị ứng phó mưa lũ được triển khai sớm, chủ động; lực lượng xung kích "
                     "tại 18/18 xã, thị trấn đã được kiện toàn."),
        ("item", "-", "Đã rà soát **126 hộ** dân sống ở vùng có nguy cơ sạt lở đất."),
        ("item", "-", "Dự trữ đủ lương thực, thuốc men cho *03 ngày* tại các điểm sơ tán[2]."),
        ("heading", "II.", "**NHIỆM VỤ THỜI GIAN TỚI**"),
        ("heading", "1.", "**Phòng Nông nghiệp và Môi trường**"),
        ("labelled", "a)", "Tham mưu UBND huyện ban hành phương án ứng phó với bão mạnh, siêu bão "
                           "trước ngày 30/9/2025."),
        ("labelled", "b)", "Phối hợp với các xã kiểm tra an toàn hồ chứa, đập dâng."),
        ("sub", "+", "Hồ Khuổi Khe, hồ Bản Chắt: kiểm tra cống xả."),
        ("sub", "+", "Đập dâng Nà Pàn: gia cố mái thượng lưu."),
        ("heading", "2.", "**UBND các xã, thị trấn**"),
        ("body", "", "Chủ động sơ tán dân khi có cảnh báo; tuyệt đối không để người dân qua ngầm, tràn "
                     "khi nước lũ dâng cao."),
        ("closing", "", "UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."),
    ]
    paras = [P(role, label, _pieces(text)) for role, label, text in lines]
    return Spec(parent_agency=["UBND TỈNH CAO BẰNG"], agency=["UBND HUYỆN HÀ QUẢNG"], number="117",
                symbol="TB-UBND", place="Hà Quảng", day=8, month=9, year=2025, doc_type="THÔNG BÁO",
                summary="Kết luận của Chủ tịch UBND huyện tại cuộc họp bàn công tác phòng, chống thiên tai "
                        "và tìm kiếm cứu nạn năm 2025",
                paragraphs=paras,
                footnotes={1: "Theo Giấy mời số 245/GM-UBND ngày 03/9/2025 của UBND huyện.",
                           2: "Gồm 12 điểm sơ tán tập trung tại trường học và nhà văn hóa."},
                recipients=["TT Huyện ủy, TT HĐND huyện (B/c);", "CT, các PCT UBND huyện;",
                            "Các cơ quan chuyên môn thuộc UBND huyện;", "UBND các xã, thị trấn;"],
                storage="Lưu: VT, NN, 02b (LTH).", authority=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                signer="Lương Thị Hoa", name="flood")


def meeting_spec() -> Spec:
    """A third: a ward's notice signed TM., a blank number and day, khoản with 1.1 numbered prose."""
    lines = [
        ("opening", "", "Chiều ngày 14/10/2025, tại Trụ sở UBND phường, đồng chí Trần Minh Đức, Chủ tịch UBND "
                        "phường chủ trì buổi làm việc về công tác chỉnh trang đô thị. Kết luận như sau:"),
        ("heading", "1.", "**Về công tác vệ sinh môi trường**"),
        ("labelled", "1.1.", "Tổ dân phố số 3, số 5 tổ chức tổng vệ sinh vào sáng Chủ nhật hằng tuần."),
        ("labelled", "1.2.", "Công an phường xử lý nghiêm các trường hợp đổ phế thải không đúng nơi quy định[1]."),
        ("heading", "2.", "**Về trật tự lòng đường, vỉa hè**"),
        ("body", "", "Giao Đội trật tự đô thị ra quân lập lại trật tự vỉa hè trên các tuyến phố chính; "
                     "báo cáo kết quả trước ngày 31/10/2025."),
        ("closing", "", "UBND phường thông báo để các tổ dân phố và các bộ phận liên quan biết, thực hiện./."),
    ]
    paras = [P(role, label, _pieces(text)) for role, label, text in lines]
    return Spec(parent_agency=[], agency=["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG KINH"], number="", symbol="TB-UBND",
                place="Đông Kinh", day=None, month=10, year=2025, doc_type="THÔNG BÁO",
                summary="Kết luận của Chủ tịch UBND phường tại buổi làm việc về công tác chỉnh trang đô thị",
                paragraphs=paras, footnotes={1: "Theo Nghị định số 45/2022/NĐ-CP của Chính phủ."},
                recipients=["TT Đảng ủy, TT HĐND phường;", "Các tổ dân phố;"], storage="Lưu: VT.",
                authority=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Trần Minh Đức", name="meeting")


ALL_SPECS = (seed_spec, flood_spec, meeting_spec)


# --------------------------------------------------------------------------
# python-docx: as a clerk types in Word


def _tcvn3_encoder():
    from thongbao_editor.importer.legacy import TCVN3_TABLE

    reverse = {v: chr(k) for k, v in TCVN3_TABLE.items()}

    def encode(text: str, upper: bool = False) -> str:
        if upper:  # the H fonts: ASCII as capitals, accented letters by their (lower-case) codes
            return "".join(reverse.get(c.lower(), c) if c.lower() in reverse and not c.isascii() else c
                           for c in text)
        return "".join(reverse.get(c, c) for c in text)

    return encode


class _Clerk:
    def __init__(self, spec: Spec, *, auto_numbering: bool, header: str, bottom: str, tcvn3: bool):
        self.spec, self.auto, self.header_kind, self.bottom_kind = spec, auto_numbering, header, bottom
        self.tcvn3 = tcvn3
        self.encode = _tcvn3_encoder() if tcvn3 else None
        self.doc = docx.Document()
        style = self.doc.styles["Normal"]
        style.font.name = ".VnTime" if tcvn3 else "Times New Roman"
        style.font.size = Pt(14)
        self.notes: list[str] = []
        self.nums: dict[str, str] = {}

    def run(self, par, text: str, bold=False, italic=False, upper_font=False):
        if self.encode is not None:
            text = self.encode(text, upper=upper_font)
        r = par.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if self.tcvn3:
            r.font.name = ".VnTimeH" if upper_font else ".VnTime"
        return r

    def footnote_ref(self, par, n: int) -> None:
        fid = len(self.notes) + 1
        self.notes.append(self.spec.footnotes[n])
        r = par.add_run()
        r._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{fid}"/>'))
        r.style = None
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:vertAlign xmlns:w="{W_NS}" w:val="superscript"/>'))

    # -- header ---------------------------------------------------------------
    def header(self) -> None:
        s = self.spec
        left = [(x, False) for x in s.parent_agency] + [(x, True) for x in s.agency]
        right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
        if self.header_kind == "table":
            t = self.doc.add_table(rows=2, cols=2)
            for cell, lines in ((t.cell(0, 0), left + [("________", False)]),
                                (t.cell(0, 1), right + [("_______________", False)])):
                cell.paragraphs[0].text = ""
                for i, (text, bold) in enumerate(lines):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    par.alignment = 1
                    self.run(par, text, bold=bold, upper_font=text.isupper())
            self.run(t.cell(1, 0).paragraphs[0], s.number_line())
            self.run(t.cell(1, 1).paragraphs[0], s.date_line(), italic=True)
        else:  # tab-stop header, as typed line by line
            rows = []
            for i in range(max(len(left), len(right))):
                rows.append((left[i] if i < len(left) else ("", False), right[i] if i < len(right) else ("", False)))
            for (lt, lb), (rt, rb) in rows:
                par = self.doc.add_paragraph()
                self.run(par, lt, bold=lb, upper_font=lt.isupper())
                self.run(par, "\t\t")
                self.run(par, rt, bold=rb, upper_font=rt.isupper())
            par = self.doc.add_paragraph()
            self.run(par, "   _______\t\t\t_____________________")
            par = self.doc.add_paragraph()
            self.run(par, s.number_line() + "\t\t")
            self.run(par, s.date_line(), italic=True)
        self.doc.add_paragraph()

    def title(self) -> None:
        s = self.spec
        par = self.doc.add_paragraph()
        par.alignment = 1
        self.run(par, s.doc_type, bold=True, upper_font=True)
        par = self.doc.add_paragraph()
        par.alignment = 1
        words = s.summary.split(" ")
        half = len(words) // 2
        self.run(par, " ".join(words[:half]), bold=True)
        par.add_run().add_break()  # a manual line break inside the summary
        self.run(par, " ".join(words[half:]), bold=True)
        par = self.doc.add_paragraph()
        par.alignment = 1
        self.run(par, "___________")

    # -- body -------------------------------------------------------------------
    def body(self) -> None:
        for i, p in enumerate(self.spec.paragraphs):
            par = self.doc.add_paragraph()
            par.alignment = 3
            label = p.label
            if self.auto and label and self._number(par, label):
                label = ""
            if label:
                self.run(par, label + (" " if i % 7 else "  "))  # now and then two spaces after a label
            for piece in p.pieces:
                if isinstance(piece, Anchor):
                    self.footnote_ref(par, piece.number)
                else:
                    text = piece.text
                    if i % 5 == 2:
                        text = text.replace(", ", ",\u00a0", 1)  # a non-breaking space typed
                    if i % 6 == 3:
                        text = text.replace(" ", "  ", 2)  # doubled spaces
                    self.run(par, text, bold=piece.bold, italic=piece.italic)
            if i % 9 == 4:
                self.doc.add_paragraph()  # an empty paragraph for spacing

    def _number(self, par, label: str) -> bool:
        """Word automatic numbering for a label, or False to type it."""
        kinds = [(r"^[IVX]+\.$", "upperRoman", "%1.", 0), (r"^\d+\.$", "decimal", "%1.", 1),
                 (r"^\d+\.\d+\.?$", "decimal", "%1.%2.", 2), (r"^[a-zđ]\)$", "lowerLetter", "%1)", 3),
                 (r"^-$", "bullet", "-", 4), (r"^\+$", "bullet", "+", 5)]
        for pattern, _fmt, _text, key in kinds:
            if re.match(pattern, label):
                if label == "đ)":
                    return False
                num_id = self._num_for(key, label)
                ppr = par._p.get_or_add_pPr()
                ilvl = 1 if key == 2 else 0
                ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/>'
                                     f'<w:numId w:val="{num_id}"/></w:numPr>'))
                return True
        return False

    def _num_for(self, key: int, label: str) -> str:
        """One num per list kind; a new num (restart) for each first item of a lettered list."""
        numbering = self.doc.part.numbering_part.element
        restart = key == 3 and label == "a)" or key == 1 and label == "1." or key == 2 and label.startswith("1.1")
        cache_key = str(key)
        if cache_key in self.nums and not restart:
            return self.nums[cache_key]
        aid = 900 + key
        if not numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{aid}"]'):
            levels = {0: ("upperRoman", "%1."), 1: ("decimal", "%1."), 2: ("decimal", "%1.%2."),
                      3: ("lowerLetter", "%1)"), 4: ("bullet", "-"), 5: ("bullet", "+")}[key]
            lvls = (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{levels[0] if key != 2 else "decimal"}"/>'
                    f'<w:lvlText w:val="{levels[1] if key != 2 else "%1."}"/></w:lvl>')
            if key == 2:
                lvls += ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                         '<w:lvlText w:val="%1.%2."/></w:lvl>')
            el = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}">{lvls}</w:abstractNum>')
            first_num = numbering.find(f"{{{W_NS}}}num")
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
        num_id = str(1000 + len(numbering.findall(f"{{{W_NS}}}num")))
        override = ""
        if restart:
            lvl = 1 if key == 2 else 0
            start = int(re.match(r"\d+", label.split(".")[0]).group()) if key == 2 else 1
            override = f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="1"/></w:lvlOverride>'
            if key == 2:
                override += (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                                   f'<w:abstractNumId w:val="{aid}"/>{override}</w:num>'))
        self.nums[cache_key] = num_id
        return num_id

    # -- bottom -----------------------------------------------------------------
    def bottom(self) -> None:
        s = self.spec
        left = [("Nơi nhận:", True, True)] + [(f"- {r}", False, False) for r in s.recipients] + \
            [(f"- {s.storage}", False, False)]
        right = [(a, True, False) for a in s.authority] + [("", False, False)] * 3 + [(s.signer, True, False)]
        if self.bottom_kind == "table":
            t = self.doc.add_table(rows=1, cols=2)
            for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
                for i, (text, bold, italic) in enumerate(lines):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    self.run(par, text, bold=bold, italic=italic, upper_font=text.isupper())
        else:
            for i in range(max(len(left), len(right))):
                par = self.doc.add_paragraph()
                if i < len(left):
                    text, bold, italic = left[i]
                    self.run(par, text, bold=bold, italic=italic)
                if i < len(right) and right[i][0]:
                    self.run(par, "\t\t")
                    self.run(par, right[i][0], bold=True, upper_font=right[i][0].isupper())

    def footnotes_part(self) -> None:
        if not self.notes:
            return
        notes = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(self.encode(t) if self.encode else t)}</w:t></w:r>'
            f'</w:p></w:footnote>'
            for i, t in enumerate(self.notes, start=1))
        xml = (f'<w:footnotes xmlns:w="{W_NS}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
               f'</w:r></w:p></w:footnote>{notes}</w:footnotes>')
        if self.tcvn3:
            xml = xml.replace("<w:r><w:t", '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t')
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def build(self) -> bytes:
        self.header()
        self.title()
        self.body()
        self.doc.add_paragraph()
        self.bottom()
        self.footnotes_part()
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def clerk_docx(spec: Spec, *, auto_numbering: bool = False, header: str = "table", bottom: str = "table",
               tcvn3: bool = False) -> bytes:
    return _Clerk(spec, auto_numbering=auto_numbering, header=header, bottom=bottom, tcvn3=tcvn3).build()


# --------------------------------------------------------------------------
# OpenDocument (for LibreOffice) and Markdown (for pandoc)


def _odt_inline(pieces: tuple, notes: dict[int, str]) -> str:
    out = []
    for p in pieces:
        if isinstance(p, Anchor):
            out.append(f'<text:note text:note-class="footnote"><text:note-citation>{p.number}</text:note-citation>'
                       f'<text:note-body><text:p>{escape(notes[p.number])}</text:p></text:note-body></text:note>')
        else:
            style = "BI" if p.bold and p.italic else "B" if p.bold else "I" if p.italic else ""
            text = escape(p.text)
            out.append(f'<text:span text:style-name="{style}">{text}</text:span>' if style else text)
    return "".join(out)


def _text_style(name: str, props: str) -> str:
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {props}/></style:style>'


def odt_file(spec: Spec) -> bytes:
    """An .odt with a header table, typed labels, dash items as an automatic list, real footnotes."""
    s = spec
    left = "".join(f"<text:p>{escape(x)}</text:p>" for x in s.parent_agency) + \
        "".join(f'<text:p><text:span text:style-name="B">{escape(x)}</text:span></text:p>' for x in s.agency)
    right = ('<text:p><text:span text:style-name="B">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:span></text:p>'
             '<text:p><text:span text:style-name="B">Độc lập - Tự do - Hạnh phúc</text:span></text:p>')
    body = [
        '<table:table table:name="H"><table:table-column table:number-columns-repeated="2"/>',
        f"<table:table-row><table:table-cell>{left}</table:table-cell><table:table-cell>{right}</table:table-cell></table:table-row>",
        f"<table:table-row><table:table-cell><text:p>{escape(s.number_line())}</text:p></table:table-cell>"
        f'<table:table-cell><text:p><text:span text:style-name="I">{escape(s.date_line())}</text:span></text:p>'
        "</table:table-cell></table:table-row></table:table>",
        f'<text:p text:style-name="C"><text:span text:style-name="B">{escape(s.doc_type)}</text:span></text:p>',
        f'<text:p text:style-name="C"><text:span text:style-name="B">{escape(s.summary)}</text:span></text:p>',
        '<text:p text:style-name="C">________</text:p>',
    ]
    in_list = False
    for p in s.paragraphs:
        inline = _odt_inline(p.pieces, s.footnotes)
        if p.label == "-":
            if not in_list:
                body.append('<text:list text:style-name="Dash">')
                in_list = True
            body.append(f"<text:list-item><text:p>{inline}</text:p></text:list-item>")
            continue
        if in_list:
            body.append("</text:list>")
            in_list = False
        label = escape(p.label) + " " if p.label else ""
        body.append(f"<text:p>{label}{inline}</text:p>")
    if in_list:
        body.append("</text:list>")
    rec = ['<text:p><text:span text:style-name="BI">Nơi nhận:</text:span></text:p>']
    rec += [f"<text:p>- {escape(r)}</text:p>" for r in s.recipients] + [f"<text:p>- {escape(s.storage)}</text:p>"]
    sig = [f'<text:p><text:span text:style-name="B">{escape(a)}</text:span></text:p>' for a in s.authority]
    sig += ["<text:p/>"] * 3 + [f'<text:p><text:span text:style-name="B">{escape(s.signer)}</text:span></text:p>']
    body.append('<table:table table:name="B"><table:table-column table:number-columns-repeated="2"/>'
                f'<table:table-row><table:table-cell>{"".join(rec)}</table:table-cell>'
                f'<table:table-cell>{"".join(sig)}</table:table-cell></table:table-row></table:table>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    styles = ('<office:automatic-styles>'
              + _text_style("B", 'fo:font-weight="bold"') + _text_style("I", 'fo:font-style="italic"')
              + _text_style("BI", 'fo:font-weight="bold" fo:font-style="italic"')
              + '<style:style style:name="C" style:family="paragraph">'
              '<style:paragraph-properties fo:text-align="center"/></style:style>'
              '<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/>'
              '</text:list-style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'{styles}<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _md_inline(pieces: tuple) -> str:
    out = []
    for p in pieces:
        if isinstance(p, Anchor):
            out.append(f"[^{p.number}]")
            continue
        text = p.text.replace("*", r"\*").replace("[", r"\[")
        mark = "***" if p.bold and p.italic else "**" if p.bold else "*" if p.italic else ""
        core = text.strip()
        out.append(text.replace(core, f"{mark}{core}{mark}") if mark and core else text)
    return "".join(out)


def pandoc_markdown(spec: Spec) -> str:
    """Markdown as someone would write it for pandoc: lists for items (Word numbering)."""
    s = spec
    out = [" \\\n".join([*s.parent_agency, *(f"**{a}**" for a in s.agency)]), "",
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \\",
           "Độc lập - Tự do - Hạnh phúc", "", f"{s.number_line().replace('      ', ' ')}", "",
           f"*{s.date_line()}*", "", f"**{s.doc_type}**", "", f"**{s.summary}**", ""]
    for p in s.paragraphs:
        inline = _md_inline(p.pieces)
        if p.label == "-":
            out += [f"- {inline}", ""]
        elif p.label == "+":
            out += [f"\\+ {inline}", ""]
        elif p.label:
            # a typed label; escaped so that pandoc keeps it as text
            out += [p.label.replace(".", "\\.", 1).replace(")", "\\)", 1) + " " + inline, ""]
        else:
            out += [inline, ""]
    out += ["***Nơi nhận:***", ""] + [f"\\- {r} \\" for r in s.recipients] + [f"\\- {s.storage}", ""]
    out += [" \\\n".join(f"**{a}**" for a in s.authority), "", f"**{s.signer}**", ""]
    out += [f"[^{n}]: {t}" for n, t in sorted(s.footnotes.items())]
    return "\n".join(out) + "\n"

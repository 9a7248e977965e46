"""The conclusion notice as plain Python data (no Qt, no docx).

Every part of a Thông báo kết luận (see ``shared/spec/nd30-thongbao.md``):
header, title block, opening, body tree, closing, recipients and the
``Lưu:`` line, signing block, abbreviations, and the page layout an agency
profile may choose within Nghị định 30.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import StrEnum

from .tables import Table
from .text import RichText


class Kind(StrEnum):
    """Levels of the body tree, from the outermost."""

    MUC = "muc"  # I. II.
    KHOAN = "khoan"  # 1. 2.
    SUB_KHOAN = "sub_khoan"  # 1.1. 1.2.
    DIEM = "diem"  # a) b)
    ITEM = "item"  # -
    SUB_ITEM = "sub_item"  # +
    PARAGRAPH = "paragraph"  # unlabelled paragraph, at any level

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def labelled(self) -> bool:
        return self is not Kind.PARAGRAPH

    @property
    def heading_by_default(self) -> bool:
        return self in (Kind.MUC, Kind.KHOAN, Kind.SUB_KHOAN, Kind.DIEM)


_RANK = {k: i for i, k in enumerate(Kind)}
_RANK[Kind.PARAGRAPH] = 99

LEVELS: tuple[Kind, ...] = tuple(k for k in Kind if k is not Kind.PARAGRAPH)


@dataclass
class Node:
    """One node of the body tree.

    A labelled node (mục … sub-item) gets its label from the numbering.  A
    heading (``heading=True``) is set in the level's heading style; otherwise
    the label starts a body paragraph (``2.1. UBND huyện … cần …``).
    Children may be nodes of any lower level and unlabelled paragraphs.
    """

    kind: Kind
    text: RichText = field(default_factory=RichText)
    heading: bool = False
    children: list["Node"] = field(default_factory=list)
    table: Table | None = None  # an unlabelled paragraph may carry a table instead of text

    @classmethod
    def make(cls, kind: Kind | str, text: RichText | str = "", *children: "Node",
             heading: bool | None = None) -> "Node":
        kind = Kind(kind)
        if isinstance(text, str):
            text = RichText.from_markup(text)
        if heading is None:
            heading = kind.heading_by_default
        return cls(kind, text, heading and kind.labelled, list(children))

    def walk(self, path: tuple[int, ...] = ()):
        """Yield (path, node) for this node's descendants, depth first."""
        for i, child in enumerate(self.children):
            yield path + (i,), child
            yield from child.walk(path + (i,))


@dataclass
class Appendix:
    """A phụ lục: printed after the signature block on a new page (landscape
    when ``landscape``), numbered I, II… by its place in ``Notice.appendices``.
    ``content`` holds unlabelled paragraph nodes, some carrying a table."""

    title: str = ""
    landscape: bool = False
    content: list[Node] = field(default_factory=list)
    key: str = ""  # stable name the body refers to with {{phuluc:key}} (survives reordering)


@dataclass
class IssueDate:
    """The date in the header.  Day and month may stay blank until the văn
    thư registers the notice; the year is always known."""

    year: int
    month: int | None = None
    day: int | None = None

    def as_date(self) -> _dt.date | None:
        if self.month is None or self.day is None:
            return None
        return _dt.date(self.year, self.month, self.day)


#: Độ khẩn (NĐ 30/2020 Phụ lục I: "Khẩn", "Thượng khẩn", "Hỏa tốc"), mildest first.
URGENCY_LEVELS: tuple[str, ...] = ("Khẩn", "Thượng khẩn", "Hỏa tốc")
#: Độ mật (Luật Bảo vệ bí mật nhà nước 2018, Điều 8: "Mật", "Tối mật", "Tuyệt mật").
CONFIDENTIALITY_LEVELS: tuple[str, ...] = ("Mật", "Tối mật", "Tuyệt mật")


@dataclass
class Header:
    parent_agency: list[str] = field(default_factory=list)  # cơ quan chủ quản lines
    agency: list[str] = field(default_factory=list)  # cơ quan ban hành lines
    number: str = ""  # blank until registration
    symbol: str = "TB-UBND"
    place: str = ""
    date: IssueDate = field(default_factory=lambda: IssueDate(_dt.date.today().year))
    doc_type: str = "THÔNG BÁO"
    summary: str = ""  # trích yếu
    urgency: str = ""  # độ khẩn: "" or one of URGENCY_LEVELS
    confidentiality: str = ""  # độ mật: "" or one of CONFIDENTIALITY_LEVELS


@dataclass
class Person:
    name: str = ""
    title: str = ""  # chức vụ, e.g. "Phó Chủ tịch Thường trực UBND tỉnh"
    role: str = ""  # vai trò in this inspection, e.g. "Trưởng Đoàn kiểm tra số 02"

    @property
    def who(self) -> str:
        """Name and title for a sentence ("Nguyễn Văn An, Phó Chủ tịch UBND tỉnh"), or
        the title alone when only the title is known ("Phó Chủ tịch UBND tỉnh")."""
        return ", ".join(p for p in (self.name, self.title) if p)


@dataclass
class Opening:
    """The facts of the inspection; the two opening paragraphs are generated
    from them through a Jinja template, unless ``override`` is set."""

    template: str = "kiem-tra"
    basis: list[str] = field(default_factory=list)  # documents the inspection implements
    inspection_date: _dt.date | None = None
    chair: Person = field(default_factory=Person)
    units: list[str] = field(default_factory=list)  # inspected units, "huyện Cao Lộc"
    attendees: str = ""  # "Tham dự làm việc có …"
    participants: str = ""  # "Thành phần của <unit> tham dự: …"
    activities: str = ""  # "Sau khi <activities>; …"
    reporters: str = ""  # "nghe <reporters> báo cáo …"
    report_subject: str = ""  # "báo cáo <report_subject>"
    override: list[RichText] | None = None  # free text instead of the generated paragraphs


@dataclass
class Storage:
    """The ``Lưu:`` line: ``Lưu: VT, KG-VX, 02b (NNK).``"""

    units: list[str] = field(default_factory=list)  # after VT: the drafting unit(s)
    copies: int | None = None
    initials: str = ""  # drafter's initials

    def line(self) -> str:
        parts = ["VT", *self.units]
        text = "Lưu: " + ", ".join(parts)
        if self.copies:
            text += f", {self.copies:02d}b"
        if self.initials:
            text += f" ({self.initials})"
        return text + "."


@dataclass
class Signature:
    authority: list[str] = field(default_factory=list)  # TL. CHỦ TỊCH / KT. … / chức vụ
    signer: str = ""


@dataclass
class Abbreviation:
    short: str
    full: str


@dataclass
class Margins:
    """Page margins in millimetres (NĐ 30: top/bottom 20–25, left 30–35, right 15–20)."""

    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15


@dataclass
class Layout:
    """What an agency profile may choose inside the ranges of NĐ 30."""

    margins: Margins = field(default_factory=Margins)
    body_size: float = 14  # 13–14 pt
    first_line_indent_cm: float = 1.27  # 1–1.27 cm
    paragraph_after_pt: float = 6  # ≥ 6 pt
    line_spacing: float = 1.0  # 1–1.5 lines
    signature_space_lines: int = 4  # empty lines for signature and seal


@dataclass
class TemplateLink:
    """Which template and profile made this notice, and the values the user
    gave (see ``thongbao_editor.templates``).  Kept in the draft so that
    changing a value later regenerates every sentence the template made,
    leaving the ones the user edited alone.  ``values`` holds JSON values:
    the variables the user set explicitly (defaults are derived again)."""

    name: str
    profile: str = ""
    signer: str = ""
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Limit:
    """The range Nghị định 30 allows for one layout value (``high=None``: no upper bound)."""

    low: float
    high: float | None
    unit: str
    name_vi: str
    name_en: str
    integer: bool = False

    def allows(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if value != value or value in (float("inf"), float("-inf")):
            return False
        if self.integer and not float(value).is_integer():
            return False
        eps = 1e-6
        return value >= self.low - eps and (self.high is None or value <= self.high + eps)


#: The one table of layout ranges (spec §1–2), used by the draft reader,
#: agency profiles and the .docx writer.  Keys are attribute paths in Layout.
LAYOUT_LIMITS: dict[str, Limit] = {
    "margins.top": Limit(20, 25, "mm", "Lề trên", "The top margin"),
    "margins.bottom": Limit(20, 25, "mm", "Lề dưới", "The bottom margin"),
    "margins.left": Limit(30, 35, "mm", "Lề trái", "The left margin"),
    "margins.right": Limit(15, 20, "mm", "Lề phải", "The right margin"),
    "body_size": Limit(13, 14, "pt", "Cỡ chữ phần nội dung", "The body font size"),
    "first_line_indent_cm": Limit(1, 1.27, "cm", "Thụt đầu dòng", "The first-line indent"),
    # NĐ 30 says "at least 6 pt"; 24 pt is our bound on what a notice can sensibly use.
    "paragraph_after_pt": Limit(6, 24, "pt", "Khoảng cách giữa các đoạn",
                                "The space between paragraphs"),
    "line_spacing": Limit(1, 1.5, "dòng/lines", "Khoảng cách dòng", "The line spacing"),
    "signature_space_lines": Limit(2, 12, "dòng/lines", "Khoảng trống để ký",
                                   "The signature space", integer=True),
}


def layout_value(layout: "Layout", attr: str) -> object:
    value: object = layout
    for part in attr.split("."):
        value = getattr(value, part)
    return value


DEFAULT_NUMBERING: dict[Kind, str] = {
    Kind.MUC: "{I}.",
    Kind.KHOAN: "{n}.",
    Kind.SUB_KHOAN: "{parent}.{n}.",
    Kind.DIEM: "{a})",
    Kind.ITEM: "-",
    Kind.SUB_ITEM: "+",
}


@dataclass
class Notice:
    header: Header = field(default_factory=Header)
    opening: Opening = field(default_factory=Opening)
    body: list[Node] = field(default_factory=list)
    closing: RichText = field(default_factory=RichText)
    recipients: list[str] = field(default_factory=list)  # one line each, "Thường trực Tỉnh ủy (B/c);"
    storage: Storage = field(default_factory=Storage)
    signature: Signature = field(default_factory=Signature)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    layout: Layout = field(default_factory=Layout)
    numbering: dict[Kind, str] = field(default_factory=lambda: dict(DEFAULT_NUMBERING))
    #: checker rules turned off for this notice: rule id -> the reason, kept in the draft
    silenced: dict[str, str] = field(default_factory=dict)
    template: TemplateLink | None = None  # set when made from a template
    appendices: list[Appendix] = field(default_factory=list)  # phụ lục I, II… after the signature

    @property
    def root(self) -> Node:
        """The body as one tree (a virtual root whose children are the mục)."""
        return Node(Kind.PARAGRAPH, children=self.body)

    def walk_body(self):
        """Yield (path, node) over the body tree, depth first."""
        return self.root.walk()

    def node_at(self, path: tuple[int, ...]) -> Node:
        nodes, node = self.body, None
        for i in path:
            node = nodes[i]
            nodes = node.children
        if node is None:
            raise IndexError(path)
        return node

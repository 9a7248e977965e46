"""Reading the fixed parts: the header lines and the bottom block.

Both come as *lines* with a column: a 2-column table gives its cells, a
paragraph with tabs gives its left and right parts (``UBND TỈNH\\tCỘNG HÒA…``),
a plain paragraph is one line; a manual line break starts a new line.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field

from ..model import Header, IssueDate, Signature, Storage
from ..model.text import clean
from .reader import Para

LEFT, RIGHT, WHOLE = "left", "right", "whole"


@dataclass
class Line:
    text: str
    column: str  # left | right | whole
    bold: bool
    para: Para


def _fold(text: str) -> str:
    """Upper case without accents' variants (HOÀ/HÒA), for matching fixed phrases."""
    t = unicodedata.normalize("NFD", text.upper())
    return "".join(c for c in t if not unicodedata.combining(c)).replace("Đ", "D")


def lines_of(para: Para) -> list[Line]:
    """The lines a paragraph shows, each with its column."""
    runs = [p for p in para.pieces if hasattr(p, "bold")]
    letters = [r for r in runs if any(c.isalpha() for c in r.text)]
    bold = bool(letters) and (para.style_bold or all(r.bold for r in letters))
    raw = para.raw
    if para.label is not None and para.label.text.strip():  # Word's numbering shows a mark before it
        raw = ("-" if para.label.bullet else para.label.text.strip()) + " " + raw.lstrip()
    out: list[Line] = []
    for part in raw.split("\n"):
        cells = [c for c in re.split(r"\t+", part) if c.strip()]
        if para.table is not None:
            column = LEFT if para.table[2] == 0 else RIGHT
            out += [Line(clean(c), column, bold, para) for c in cells]
        elif len(cells) >= 2:
            out.append(Line(clean(cells[0]), LEFT, bold, para))
            out.append(Line(clean(" ".join(cells[1:])), RIGHT, bold, para))
        elif cells:
            leading_tab = part.lstrip(" ").startswith("\t") or para.align in ("right", "end")
            out.append(Line(clean(cells[0]), RIGHT if leading_tab else WHOLE, bold, para))
    return [ln for ln in out if ln.text]


# --------------------------------------------------------------------------
# Header

NATIONAL = "CONG HOA XA HOI CHU NGHIA VIET NAM"
_RULE = re.compile(r"^[\s_\-–—=.…*~]*$")
_NUMBER = re.compile(r"^Số\s*[:.]?\s*(?P<rest>.*)$", re.I)
_DATE = re.compile(r"^(?P<place>[^,]*?)\s*,?\s*ngày\s*(?P<d>[\d\s.…_]*?)\s*tháng\s*(?P<m>[\d\s.…_]*?)\s*"
                   r"năm\s*(?P<y>\d{4})?\s*\.?$", re.I)
_ADMIN = ("TỈNH ", "HUYỆN ", "THÀNH PHỐ ", "QUẬN ", "XÃ ", "PHƯỜNG ", "THỊ XÃ ", "THỊ TRẤN ")
_BODY_NAMES = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text))


def is_national(text: str) -> bool:
    return NATIONAL in _fold(text)


def is_motto(text: str) -> bool:
    f = _fold(text)
    return "DOC LAP" in f and "TU DO" in f


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _blank(value: str) -> str:
    return "" if re.fullmatch(r"[\s.…_\-]*", value) else value.strip()


def parse_number(text: str) -> tuple[str, str] | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    rest = m["rest"].strip()
    if "/" in rest:
        number, symbol = rest.split("/", 1)
        return _blank(number), symbol.strip().rstrip(".")
    return _blank(rest), ""


def parse_date(text: str) -> tuple[str, int | None, int | None, int | None] | None:
    m = _DATE.match(text)
    if not m:
        return None

    def num(v: str) -> int | None:
        v = _blank(v)
        return int(v) if v.isdigit() else None

    return m["place"].strip(), num(m["d"] or ""), num(m["m"] or ""), int(m["y"]) if m["y"] else None


@dataclass
class HeaderResult:
    header: Header
    recognised: list[str] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)
    summary_line: str = ""  # a "V/v …" line (a letter's subject)
    positions: list[int] = field(default_factory=list)
    no_year: bool = False


def split_agency(lines: list[Line]) -> tuple[list[str], list[str]]:
    """(parent agency, agency): the bold lines are the issuing agency."""
    if not lines:
        return [], []
    bolds = [ln.bold for ln in lines]
    if any(bolds) and not all(bolds):
        first_bold = bolds.index(True)
        return [ln.text for ln in lines[:first_bold]], [ln.text for ln in lines[first_bold:]]
    texts = [ln.text for ln in lines]
    if len(texts) == 1 or (texts[0] in _BODY_NAMES and texts[1].startswith(_ADMIN)):
        return [], texts
    return texts[:1], texts[1:]


def read_header(lines: list[Line], header: Header) -> HeaderResult:
    res = HeaderResult(header)
    agency: list[Line] = []
    for ln in lines:
        text = ln.text
        res.positions.append(ln.para.index)
        if is_rule(text) or is_national(text) or is_motto(text):
            continue
        if (number := parse_number(text)) is not None:
            header.number, header.symbol = number
            res.recognised.append(text)
        elif (date := parse_date(text)) is not None:
            place, day, month, year = date
            header.place = place
            if year is None:
                year = _dt.date.today().year
                res.no_year = True
            header.date = IssueDate(year, month, day)
            res.recognised.append(text)
        elif re.match(r"^V/v\b", text, re.I):
            res.summary_line = text
        elif is_upper(text) and ln.column != RIGHT:
            agency.append(ln)
        else:
            res.unplaced.append(ln)
    header.parent_agency, header.agency = split_agency(agency)
    return res


# --------------------------------------------------------------------------
# Bottom block

RECIPIENTS = re.compile(r"^\s*(Nơi\s+nhận)\s*:?\s*(?P<rest>.*)$", re.I)
STORAGE = re.compile(r"^[-–+•]?\s*Lưu\s*[:.]?\s*(?P<rest>.*)$", re.I)
AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M)\.?\s+\S", re.I)
_NOT_SIGNER = re.compile(r"^\(.*\)$|^(đã ký|ký tên|ký, ghi rõ)", re.I)
_MARKER = re.compile(r"^[-–—+•·]\s*")


def parse_storage(text: str) -> tuple[Storage, bool]:
    """The ``Lưu:`` line → Storage; the flag says it started with VT."""
    m = STORAGE.match(text)
    rest = (m["rest"] if m else text).strip().rstrip(".").strip()
    initials = ""
    if (p := re.search(r"\(([^()]*)\)\s*$", rest)) is not None:
        initials, rest = p.group(1).strip(), rest[: p.start()].strip().rstrip(",").strip()
    items = [i.strip() for i in rest.split(",") if i.strip()]
    has_vt = bool(items) and items[0].upper() in ("VT", "VT.", "VĂN THƯ")
    if has_vt:
        items = items[1:]
    copies = None
    if items and (c := re.fullmatch(r"(\d{1,3})\s*b(ản)?", items[-1], re.I)):
        copies, items = int(c.group(1)), items[:-1]
    return Storage(units=items, copies=copies, initials=initials), has_vt


@dataclass
class BottomResult:
    recipients: list[str] = field(default_factory=list)
    storage: Storage | None = None
    storage_text: str = ""
    storage_vt: bool = True
    signature: Signature = field(default_factory=Signature)
    signer_guess: bool = False
    skipped: list[str] = field(default_factory=list)  # "(Đã ký)" and the like
    found_label: bool = False
    unplaced: list[Line] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)


def _side(ln: Line) -> str:
    if ln.column != WHOLE:
        return ln.column
    if RECIPIENTS.match(ln.text) or STORAGE.match(ln.text) or _MARKER.match(ln.text):
        return LEFT
    return RIGHT


def read_bottom(lines: list[Line]) -> BottomResult:
    res = BottomResult()
    right: list[Line] = []
    for ln in lines:
        res.positions.append(ln.para.index)
        if is_rule(ln.text):
            continue
        if _side(ln) == RIGHT:
            right.append(ln)
            continue
        if (m := RECIPIENTS.match(ln.text)) is not None:
            res.found_label = True
            if m["rest"].strip():
                res.recipients.append(_MARKER.sub("", m["rest"].strip()))
        elif STORAGE.match(ln.text):
            res.storage, res.storage_vt = parse_storage(ln.text)
            res.storage_text = _MARKER.sub("", ln.text)
        else:
            res.recipients.append(_MARKER.sub("", ln.text))
    _signature(right, res)
    return res


def _signature(lines: list[Line], res: BottomResult) -> None:
    texts = [ln for ln in lines if not _NOT_SIGNER.match(ln.text)]
    res.skipped += [ln.text for ln in lines if _NOT_SIGNER.match(ln.text)]
    signer_at = next((i for i in range(len(texts) - 1, -1, -1)
                      if not is_upper(texts[i].text) and not AUTHORITY.match(texts[i].text)), None)
    if signer_at is None and len(texts) >= 2:
        signer_at, res.signer_guess = len(texts) - 1, True
    # Every line above the signer is the authority chain (printed in capitals whatever the case typed).
    authority = texts[:signer_at] if signer_at is not None else texts
    res.signature.authority = [ln.text for ln in authority]
    if signer_at is not None:
        res.signature.signer = texts[signer_at].text
        res.unplaced += texts[signer_at + 1:]

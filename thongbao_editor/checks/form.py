"""Form rules: what Nghị định 30/2020 (Phụ lục I, mẫu 1.4) fixes for a Thông báo.

Each rule checks what will be *printed*: where the renderer generates text
(the header date, the upper-cased agency, the ``Lưu:`` line, the ``./.``)
the rule checks the generated text, so a regression in the renderer or a
field that defeats it is caught; where the user's text is printed as typed
(recipients, authority lines, the signer) the rule checks the field.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..model.parts import part_phrase
from ..render import blocks
from .context import Context
from .finding import Finding, Severity
from .registry import make, rule

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT

# --------------------------------------------------------------------------
# Required parts

_REQUIRED = (
    # (part, getter)
    ("header.agency", lambda n: " ".join(n.header.agency)),
    ("header.symbol", lambda n: n.header.symbol),
    ("header.place", lambda n: n.header.place),
    ("header.doc_type", lambda n: n.header.doc_type),
    ("header.summary", lambda n: n.header.summary),
    ("closing", lambda n: n.closing.text),
    ("signature.signer", lambda n: n.signature.signer),
)


def _missing_parts(n) -> list[str]:
    missing = [part for part, get in _REQUIRED if not get(n).strip()]
    if not n.body:
        missing.append("body")
    if not any(r.strip() for r in n.recipients):
        missing.append("recipients")
    if not n.storage.units:
        missing.append("storage.units")
    if not any(a.strip() for a in n.signature.authority):
        missing.append("signature.authority")
    if n.opening.override is None and n.opening.inspection_date is None:
        missing.append("opening.inspection_date")
    return missing


@rule("form.required", E, "Thiếu thành phần bắt buộc", "A required part is missing",
      "NĐ30 Điều 8 (thể thức); Phụ lục III mẫu 1.4")
def required_parts(ctx: Context) -> Iterable[Finding]:
    for part in _missing_parts(ctx.notice):
        vi, en = part_phrase(part, "vi"), part_phrase(part, "en")
        yield make("form.required", (part, ()), f"Chưa có {vi}.", f"Missing: {en}.",
                   suggestion_vi=f"Nhập {vi}.", suggestion_en=f"Fill in {en}.")


# --------------------------------------------------------------------------
# Number and symbol

_GROUP = r"[A-ZĐ][A-ZĐa-z0-9]*"
_SYMBOL = re.compile(rf"{_GROUP}(?:-{_GROUP})*")
# Document-type abbreviations of Phụ lục III and the type each belongs to.
_TYPE_ABBR = {"THÔNG BÁO": "TB", "KẾ HOẠCH": "KH", "BÁO CÁO": "BC", "QUYẾT ĐỊNH": "QĐ",
              "CHỈ THỊ": "CT", "CHƯƠNG TRÌNH": "CTr", "TỜ TRÌNH": "TTr", "GIẤY MỜI": "GM",
              "HƯỚNG DẪN": "HD", "NGHỊ QUYẾT": "NQ"}


@rule("form.number_shape", E, "Số văn bản sai dạng", "The document number is malformed",
      "NĐ30 Phụ lục I (số, ký hiệu)")
def number_shape(ctx: Context) -> Iterable[Finding]:
    number = ctx.notice.header.number
    if not number:
        return  # blank until the văn thư registers it (spec §6)
    if not number.isdigit():
        yield make("form.number_shape", ("header.number", ()),
                   f"Số văn bản «{number}» phải chỉ gồm chữ số (ký hiệu ghi ở ô riêng).",
                   f"The number «{number}» must be digits only (the symbol has its own field).",
                   span=(0, len(number)), text=number,
                   suggestion_vi="Ví dụ: 05 (số nhỏ hơn 10 được thêm số 0 khi in).",
                   suggestion_en="E.g. 05 (a number below 10 gets its leading zero when printed).")
    elif len(number) > 1 and number.startswith("0") and int(number) >= 10 or number.startswith("00"):
        fixed = f"{int(number):02d}"
        yield make("form.number_shape", ("header.number", ()),
                   f"Số văn bản «{number}» thừa số 0 ở đầu; chỉ số nhỏ hơn 10 mới có số 0.",
                   f"The number «{number}» has extra leading zeros; only numbers below 10 get one.",
                   span=(0, len(number)), text=number, fix=fixed,
                   suggestion_vi=f"Sửa thành {fixed}.", suggestion_en=f"Write {fixed}.")


@rule("form.symbol_shape", E, "Ký hiệu văn bản sai dạng", "The document symbol is malformed",
      "NĐ30 Phụ lục I (số, ký hiệu); Phụ lục III (chữ viết tắt tên loại)")
def symbol_shape(ctx: Context) -> Iterable[Finding]:
    h = ctx.notice.header
    symbol = h.symbol
    if not symbol:
        return  # form.required reports it
    where = ("header.symbol", ())
    if not _SYMBOL.fullmatch(symbol):
        compact = re.sub(r"\s*[-–—_/.]\s*|\s+", "-", symbol.strip()).strip("-")
        fix = compact if _SYMBOL.fullmatch(compact) and compact != symbol else None
        yield make("form.symbol_shape", where,
                   f"Ký hiệu «{symbol}» sai dạng: chữ in hoa, các nhóm nối bằng dấu gạch nối (-), "
                   "không có dấu cách.",
                   f"The symbol «{symbol}» is malformed: upper-case groups joined by hyphens (-), "
                   "no spaces.", span=(0, len(symbol)), text=symbol, fix=fix,
                   suggestion_vi=f"Sửa thành {fix}." if fix else "Ví dụ: TB-UBND, TB-VP.",
                   suggestion_en=f"Write {fix}." if fix else "E.g. TB-UBND, TB-VP.")
        return
    expected = _TYPE_ABBR.get(h.doc_type.strip().upper())
    first = symbol.split("-")[0]
    if expected and first != expected:
        yield make("form.symbol_shape", where,
                   f"Ký hiệu «{symbol}» phải bắt đầu bằng {expected} (chữ viết tắt của "
                   f"«{h.doc_type}», Phụ lục III).",
                   f"The symbol «{symbol}» must start with {expected} (the abbreviation of "
                   f"«{h.doc_type}», Phụ lục III).", span=(0, len(first)), text=symbol)


# --------------------------------------------------------------------------
# Header date and place

_DATE_LINE = re.compile(r"(?P<place>.+), ngày (?P<day>\d{2}| +) tháng (?P<month>\d{1,2}| +) "
                        r"năm (?P<year>\d{4})")


@rule("form.header_date", E, "Ngày tháng ở phần đầu sai dạng",
      "The header date is not written as NĐ 30 requires", "NĐ30 Phụ lục I (địa danh và thời gian ban hành)")
def header_date(ctx: Context) -> Iterable[Finding]:
    n = ctx.notice
    if not n.header.place.strip():
        return  # form.required reports the place
    line = blocks.date_line(n)
    m = _DATE_LINE.fullmatch(line)
    d = n.header.date
    ok = bool(m)
    if m and d.month is not None:
        month = m["month"]
        ok = month == (f"{d.month:02d}" if d.month <= 2 else str(d.month))
    if m and d.day is not None:
        ok = ok and m["day"] == f"{d.day:02d}"
    if not ok:
        yield make("form.header_date", ("header.date", ()),
                   f"Dòng địa danh, ngày tháng «{line}» sai dạng: ngày nhỏ hơn 10 và tháng 1, 2 "
                   "phải có số 0 ở trước, các tháng khác thì không.",
                   f"The place and date line «{line}» is malformed: days below 10 and months 1–2 "
                   "take a leading zero, other months do not.", text=line)


_PLACE_ABBR = re.compile(r"\b(?:TP|Tp|T\.P|TX|Tx|TT|Q|H)\s*\.\s*|\b(?:TP|TX)\b\s*")
_PLACE_FULL = {"TP": "Thành phố ", "TX": "Thị xã ", "TT": "Thị trấn ", "Q": "Quận ", "H": "Huyện "}


_WORD = re.compile(r"\S+")
_ADMIN_NOUN = re.compile(r"(?:Thành phố|Thị xã|Thị trấn|Tỉnh|Huyện|Quận|Xã|Phường)\s+")


@rule("form.place_full", E, "Địa danh viết tắt", "The place name is abbreviated",
      "NĐ30 Phụ lục I (địa danh và thời gian ban hành)")
def place_full(ctx: Context) -> Iterable[Finding]:
    place = ctx.notice.header.place
    where = ("header.place", ())
    m = _PLACE_ABBR.match(place)
    if m:
        key = re.sub(r"[\s.]", "", m.group(0)).upper()
        full = _PLACE_FULL.get(key)
        yield make("form.place_full", where,
                   f"Địa danh «{place}» phải viết đầy đủ, không viết tắt «{m.group(0).strip()}».",
                   f"The place «{place}» must be written in full, not abbreviated "
                   f"«{m.group(0).strip()}».", span=m.span(), text=place, fix=full,
                   suggestion_vi=f"Ví dụ: {full or 'Thành phố '}{place[m.end():]}.",
                   suggestion_en=f"E.g. {full or 'Thành phố '}{place[m.end():]}.")
        return
    noun = _ADMIN_NOUN.match(place)
    for w in _WORD.finditer(place, noun.end() if noun else 0):
        word = w.group(0)
        if word[0].isalpha() and word[0].islower():
            yield make("form.place_full", where,
                       f"Địa danh «{place}»: mỗi âm tiết của tên riêng phải viết hoa chữ cái đầu.",
                       f"The place «{place}»: every syllable of a proper name is capitalised.",
                       span=w.span(), text=place, fix=word[0].upper() + word[1:], severity=W)


# --------------------------------------------------------------------------
# Agency


_ABBR_IN_AGENCY = re.compile(r"\b(UBND|HĐND|VP|MTTQ|TP|TX|BQL|UB)\b")


@rule("form.agency", E, "Tên cơ quan ban hành không đúng thể thức",
      "The issuing agency's name is not as NĐ 30 requires", "NĐ30 Phụ lục I (tên cơ quan ban hành)")
def agency(ctx: Context) -> Iterable[Finding]:
    printed = ctx.document.header.agency
    for i, (line, raw) in enumerate(zip(printed, ctx.notice.header.agency, strict=False)):
        if line != line.upper():
            yield make("form.agency", ("header.agency", (i,)),
                       f"Tên cơ quan ban hành «{line}» phải in hoa.",
                       f"The issuing agency «{line}» must be in upper case.", text=raw)
        m = _ABBR_IN_AGENCY.search(raw.upper())
        if m:
            yield make("form.agency", ("header.agency", (i,)),
                       f"Tên cơ quan ban hành phải viết đầy đủ; «{m.group(0)}» chỉ được viết tắt "
                       "ở dòng cơ quan chủ quản.",
                       f"The issuing agency must be written in full; «{m.group(0)}» may be "
                       "abbreviated only in the parent agency line.", span=m.span(), text=raw)


# --------------------------------------------------------------------------
# National title and motto


#: The texts as NĐ 30 Phụ lục I (II.1) fixes them, kept here apart from the renderer.
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@rule("form.motto", E, "Quốc hiệu, Tiêu ngữ sai", "The national title or motto is wrong",
      "NĐ30 Phụ lục I (Quốc hiệu và Tiêu ngữ)")
def motto(ctx: Context) -> Iterable[Finding]:
    title, motto_text = ctx.document.header.national_title, ctx.document.header.motto
    if title != NATIONAL_TITLE:
        yield make("form.motto", ("header", ()), f"Quốc hiệu in ra là «{title}»; phải là «{NATIONAL_TITLE}».",
                   f"The national title prints as «{title}»; it must be «{NATIONAL_TITLE}».")
    if motto_text != MOTTO:
        yield make("form.motto", ("header", ()),
                   f"Tiêu ngữ in ra là «{motto_text}»; phải là «{MOTTO}» "
                   "(gạch nối có dấu cách hai bên, chữ cái đầu mỗi cụm viết hoa).",
                   f"The motto prints as «{motto_text}»; it must be «{MOTTO}» "
                   "(hyphen-minus with a space each side, each phrase capitalised).")


# --------------------------------------------------------------------------
# Closing


@rule("form.closing_mark", E, "Câu kết phải kết thúc bằng ./.",
      "The closing sentence must end with ./.", "practice; NĐ30 Phụ lục III mẫu 1.4")
def closing_mark(ctx: Context) -> Iterable[Finding]:
    raw = ctx.notice.closing.text
    if not raw:
        return
    printed = blocks.closing_text(ctx.notice.closing).text
    m = re.search(r"(\s*)(\S?)\./\.$", printed)
    where = ("closing", ())
    if m is None:
        yield make("form.closing_mark", where, "Câu kết không kết thúc bằng «./.».",
                   "The closing sentence does not end with «./.».", text=raw)
    elif m.group(1) and raw.rstrip().endswith("./."):
        start = len(raw.rstrip()) - 3 - len(m.group(1))
        yield make("form.closing_mark", where, "Có dấu cách trước «./.».",
                   "There is a space before «./.».", span=(start, start + len(m.group(1)) + 3),
                   text=raw, fix="./.")
    elif m.group(2) in (",", ";", ":", "/", "-"):
        start = printed.rfind(m.group(2) + "./.")
        if start < len(raw):
            yield make("form.closing_mark", where,
                       f"Câu kết có dấu «{m.group(2)}» ngay trước «./.».",
                       f"The closing sentence has «{m.group(2)}» right before «./.».",
                       span=(start, len(raw)), text=raw, fix="./.")


# --------------------------------------------------------------------------
# Recipients and the Lưu line


@rule("form.recipients", E, "Dòng nơi nhận sai dạng", "A recipient line is malformed",
      "NĐ30 Phụ lục I (nơi nhận)")
def recipients(ctx: Context) -> Iterable[Finding]:
    for i, line in enumerate(ctx.notice.recipients):
        where = ("recipients", (i,))
        if not line.strip():
            continue
        if line.startswith(("-", "–", "+", "•")):
            m = re.match(r"[-–+•]\s*", line)
            yield make("form.recipients", where,
                       "Không gõ dấu gạch đầu dòng: chương trình tự thêm «- ».",
                       "Do not type the dash: it is added when printed.", span=m.span(),
                       text=line, fix="")
        if re.match(r"l[ưu]u\s*:", line, re.I):
            yield make("form.recipients", where,
                       "Dòng «Lưu:» được tạo từ mục Lưu trữ và luôn in cuối; không nhập nó trong "
                       "danh sách nơi nhận.",
                       "The «Lưu:» line is generated from the storage fields and printed last; do "
                       "not type it among the recipients.", span=(0, len(line)), text=line, fix="")
            continue
        if not line.endswith(";"):
            m = re.search(r"[\s.,:]*$", line)
            yield make("form.recipients", where, "Dòng nơi nhận phải kết thúc bằng dấu «;».",
                       "A recipient line must end with «;».", span=(m.start(), len(line)),
                       text=line, fix=";", severity=W)


@rule("form.nhu_tren", E, "Thông báo không có «Như trên»", "A Thông báo has no «Như trên»",
      "NĐ30 Phụ lục I (nơi nhận; «Như trên» chỉ khi có Kính gửi)")
def nhu_tren(ctx: Context) -> Iterable[Finding]:
    for i, line in enumerate(ctx.notice.recipients):
        if re.fullmatch(r"[-\s]*như\s+trên\s*[;.,]?\s*", line, re.I):
            yield make("form.nhu_tren", ("recipients", (i,)),
                       "Thông báo không có phần «Kính gửi» nên không có «Như trên»; ghi rõ từng nơi nhận.",
                       "A Thông báo has no «Kính gửi» block, so no «Như trên»; name each recipient.",
                       span=(0, len(line)), text=line, fix="")


@rule("form.storage", E, "Dòng Lưu sai dạng", "The Lưu line is malformed",
      "NĐ30 Phụ lục I (nơi nhận)")
def storage(ctx: Context) -> Iterable[Finding]:
    s = ctx.notice.storage
    line = s.line()
    for i, unit in enumerate(s.units):
        where = ("storage.units", (i,))
        if unit.strip().upper() in ("VT", "VĂN THƯ"):
            yield make("form.storage", where, "«VT» đã được in sẵn đầu dòng Lưu; bỏ mục trùng.",
                       "«VT» is printed first on the Lưu line already; remove the duplicate.",
                       span=(0, len(unit)), text=unit, fix="")
        elif re.search(r"[;.,:]\s*$", unit):
            m = re.search(r"[;.,:\s]+$", unit)
            yield make("form.storage", where,
                       f"Đơn vị lưu «{unit}» có dấu câu ở cuối; dòng in ra sẽ là «{line}».",
                       f"The storage unit «{unit}» ends with punctuation; the line prints as «{line}».",
                       span=m.span(), text=unit, fix="")
        elif "(" in unit or ")" in unit:
            yield make("form.storage", where,
                       "Chữ viết tắt tên người soạn thảo ghi ở ô riêng, không ghi trong đơn vị lưu.",
                       "The drafter's initials have their own field, not the storage unit.",
                       text=unit)
    bottom = ctx.document.bottom
    if bottom is not None and bottom.recipients:
        last = bottom.recipients[-1]
        if s.units and not (last.startswith("- Lưu: VT") and last.endswith(".")):
            yield make("form.storage", ("storage", ()),
                       f"Dòng cuối của nơi nhận phải là «- Lưu: VT, …» kết thúc bằng dấu chấm; "
                       f"đang in «{last}».",
                       f"The last recipient line must be «- Lưu: VT, …» ending with a full stop; "
                       f"it prints «{last}».")
    ini = s.initials
    if ini and (re.search(r"[()\s.;,]", ini) or ini != ini.upper()):
        fixed = re.sub(r"[()\s.;,]", "", ini).upper()
        yield make("form.storage", ("storage.initials", ()),
                   f"Chữ viết tắt người soạn thảo «{ini}» phải là chữ in hoa liền nhau, không có ngoặc.",
                   f"The drafter's initials «{ini}» must be upper-case letters with no brackets.",
                   span=(0, len(ini)), text=ini, fix=fixed or None)


# --------------------------------------------------------------------------
# Signing authority

_PREFIX = re.compile(r"(?P<p>TM|KT|TL|TUQ|Q)\s*\.\s*|(?P<bad>T\.M|K\.T|T\.L|T\.U\.Q|TM|KT|TL|TUQ)\b\s*")


def _prefix(line: str) -> tuple[str | None, re.Match | None]:
    m = _PREFIX.match(line.upper())
    if not m:
        return None, None
    return (m["p"] or re.sub(r"\W", "", m["bad"]).upper()), m


@rule("form.authority_shape", E, "Quyền hạn, chức vụ người ký sai dạng",
      "The signing authority lines are malformed", "NĐ30 Điều 13; Phụ lục I (chức vụ, họ tên người ký)")
def authority_shape(ctx: Context) -> Iterable[Finding]:
    lines = ctx.notice.signature.authority
    part = "signature.authority"
    prefixes = []
    for i, line in enumerate(lines):
        p, m = _prefix(line)
        prefixes.append(p)
        if m is not None and m["bad"] is not None:
            yield make("form.authority_shape", (part, (i,)),
                       f"Ghi quyền hạn là «{p}.» (chữ in hoa, dấu chấm, một dấu cách).",
                       f"Write the authority as «{p}.» (upper case, a full stop, one space).",
                       span=(0, m.end()), text=line, fix=f"{p}. ")
        elif m is not None and line[m.end() - 1:m.end()] != " " and m.end() < len(line):
            yield make("form.authority_shape", (part, (i,)),
                       f"Thiếu dấu cách sau «{p}.».", f"A space is missing after «{p}.».",
                       span=(0, m.end()), text=line, fix=f"{p}. ")
    if not lines:
        return
    if prefixes[-1] not in (None, "Q"):  # "Q. GIÁM ĐỐC": the acting head's own title
        yield make("form.authority_shape", (part, (len(lines) - 1,)),
                   "Dòng cuối phải là chức vụ của người ký, không có TM./KT./TL./TUQ.",
                   "The last line must be the signer's title, without TM./KT./TL./TUQ.",
                   text=lines[-1])
    for i in range(1, len(lines)):
        p, prev = prefixes[i], prefixes[i - 1]
        if p is None:
            continue
        allowed = p == "KT" and prev in ("TL", "TM") and i == 1
        if not allowed:
            yield make("form.authority_shape", (part, (i,)),
                       f"«{p}.» không được đứng sau «{prev}.» ở dòng này; chỉ «KT.» được theo sau "
                       "«TM.» hoặc «TL.» (Điều 13.4)." if prev else
                       f"«{p}.» phải ở dòng đầu.",
                       f"«{p}.» cannot follow «{prev}.» here; only «KT.» may follow «TM.» or "
                       "«TL.» (Điều 13.4)." if prev else f"«{p}.» must be on the first line.",
                       text=lines[i])
    for i, p in enumerate(prefixes):
        if p == "KT" and i + 1 < len(lines):
            head = _strip_prefix(lines[i])
            deputy = lines[i + 1].upper()
            first_word = head.upper().split()[0] if head.split() else ""
            if not deputy.startswith("PHÓ ") or first_word not in deputy:
                yield make("form.authority_shape", (part, (i + 1,)),
                           f"Sau «KT. {head}» là chức vụ cấp phó của người ký, ví dụ «PHÓ {head}».",
                           f"After «KT. {head}» comes the deputy's title, e.g. «PHÓ {head}».",
                           text=lines[i + 1], severity=W)


def _strip_prefix(line: str) -> str:
    _, m = _prefix(line)
    return line[m.end():].strip() if m else line.strip()


@rule("form.authority_fit", E, "Quyền hạn ký không khớp cơ quan ban hành",
      "The signing authority does not fit the issuing agency", "NĐ30 Điều 13; spec §5")
def authority_fit(ctx: Context) -> Iterable[Finding]:
    n = ctx.notice
    agency = " ".join(n.header.agency).upper()
    group = n.header.symbol.split("-")[-1].upper() if "-" in n.header.symbol else ""
    lines = [a.upper() for a in n.signature.authority]
    part = "signature.authority"
    # "VĂN PHÒNG HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN" (a commune's office) is a Văn phòng
    is_ubnd = ("ỦY BAN NHÂN DÂN" in agency or "UỶ BAN NHÂN DÂN" in agency) and not agency.startswith("VĂN PHÒNG")
    is_vp = agency.startswith("VĂN PHÒNG") or (not is_ubnd and "VĂN PHÒNG" in agency)
    if group == "UBND" and agency and not is_ubnd:
        yield make("form.authority_fit", ("header.symbol", ()),
                   f"Ký hiệu «{n.header.symbol}» là của UBND, nhưng cơ quan ban hành là «{agency}».",
                   f"The symbol «{n.header.symbol}» belongs to a UBND, but the issuing agency is "
                   f"«{agency}».", text=n.header.symbol)
    if group == "VP" and agency and not is_vp:
        yield make("form.authority_fit", ("header.symbol", ()),
                   f"Ký hiệu «{n.header.symbol}» là của Văn phòng, nhưng cơ quan ban hành là «{agency}».",
                   f"The symbol «{n.header.symbol}» belongs to a Văn phòng, but the issuing agency "
                   f"is «{agency}».", text=n.header.symbol)
    if not lines:
        return
    first_prefix, _ = _prefix(lines[0])
    first = _strip_prefix(lines[0])
    if first_prefix == "TM" and is_ubnd and not first.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN")):
        yield make("form.authority_fit", (part, (0,)),
                   f"Cơ quan ban hành là Ủy ban nhân dân nên dòng đầu phải là «TM. ỦY BAN NHÂN DÂN», "
                   f"không phải «{lines[0]}».",
                   f"The issuing agency is a People's Committee, so the first line must be "
                   f"«TM. ỦY BAN NHÂN DÂN», not «{lines[0]}».", text=n.signature.authority[0])
    if is_ubnd and first_prefix is None and "VĂN PHÒNG" in first:
        yield make("form.authority_fit", (part, (0,)),
                   "Văn bản của UBND do Văn phòng ký phải có «TL. CHỦ TỊCH» ở dòng đầu.",
                   "A UBND notice signed by the Văn phòng needs «TL. CHỦ TỊCH» on the first line.",
                   text=n.signature.authority[0])
    if is_vp and (first_prefix in ("TM", "TL") or "CHỦ TỊCH" in first):
        yield make("form.authority_fit", (part, (0,)),
                   f"Văn bản của Văn phòng ({n.header.symbol}) do Chánh Văn phòng ký tên mình "
                   f"(«CHÁNH VĂN PHÒNG» hoặc «KT. CHÁNH VĂN PHÒNG»), không phải «{lines[0]}».",
                   f"A Văn phòng notice ({n.header.symbol}) is signed by the Chánh Văn phòng in "
                   f"their own name («CHÁNH VĂN PHÒNG» or «KT. CHÁNH VĂN PHÒNG»), not «{lines[0]}».",
                   text=n.signature.authority[0])


# --------------------------------------------------------------------------
# Signer

_TITLES = re.compile(
    r"(?:(?:GS|PGS|TS|ThS|TSKH|KS|BS|CN|NCS|Th\.S|T\.S|P\.GS)\s*\.\s*(?:,\s*)?|"
    r"(?:Giáo sư|Phó Giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Thạc sỹ|Kỹ sư|Bác sĩ)\s+)+", re.I)


@rule("form.academic_title", E, "Có học hàm, học vị trước tên người ký",
      "An academic title precedes the signer's name", "NĐ30 Phụ lục I (họ tên người ký: không ghi học hàm, học vị)")
def academic_title(ctx: Context) -> Iterable[Finding]:
    signer = ctx.notice.signature.signer
    m = _TITLES.match(signer)
    if m and m.end() < len(signer):
        yield make("form.academic_title", ("signature.signer", ()),
                   f"Không ghi học hàm, học vị «{m.group(0).strip()}» trước họ tên người ký.",
                   f"Do not put the academic title «{m.group(0).strip()}» before the signer's name.",
                   span=(0, m.end()), text=signer, fix="")


@rule("form.signer_name", W, "Họ tên người ký chưa viết hoa đúng",
      "The signer's name is not capitalised", "NĐ30 Phụ lục II (viết hoa tên người)")
def signer_name(ctx: Context) -> Iterable[Finding]:
    signer = ctx.notice.signature.signer
    for w in re.finditer(r"\S+", signer):
        word, start = w.group(0), w.start()
        if word[0].isalpha() and not word[0].isupper():
            yield make("form.signer_name", ("signature.signer", ()),
                       "Họ tên người ký phải viết hoa chữ cái đầu của mỗi âm tiết.",
                       "Every syllable of the signer's name is capitalised.",
                       span=(start, start + len(word)), text=signer,
                       fix=word[0].upper() + word[1:])

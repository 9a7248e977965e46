"""Writing rules: numbers, abbreviations, citations, capitals, typing slips.

They read the prose segments of :class:`~.context.Context` in reading order
(trích yếu, opening, body with its footnotes, closing).  The header's parent
agency line and the recipients may abbreviate freely and are not read here.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from ..paths import templates_dir
from .capping import CAP, More
from .context import Context, Segment, common_expansions
from .finding import Finding, Severity
from .registry import make, rule

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT

# Document numbers and symbols (15/CTr-UBND, 1556-QĐ/TU, 08/2019/NQ-HĐND), dates
# (15/4/2024, 6/2024) and periods (2021-2025) are masked before looking for numbers and
# abbreviations.  (A dotted date, 10.4.2024, is left alone by the number rule itself.)
_DOC_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[/-][0-9A-Za-zĐđ]+)+")


def _mask(text: str, *patterns: re.Pattern) -> str:
    for p in patterns:
        text = p.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _masked(ctx: Context) -> str:
    """The corpus with document numbers and dates blanked out (same offsets)."""
    cached = ctx.__dict__.get("_masked")
    if cached is None:
        cached = ctx.__dict__["_masked"] = _mask(ctx.corpus, _DOC_NUMBER)
    return cached


def _finditer_masked(ctx: Context, pattern: re.Pattern):
    for m in pattern.finditer(_masked(ctx)):
        seg, span = ctx.locate(m.start(), m.end())
        yield seg, m, span


def _caps_text(seg: Segment) -> bool:
    """A heading or summary typed in capitals (``ĐÁNH GIÁ CHUNG``)."""
    if seg.kind not in ("heading", "summary") or len(seg.text) > 400:
        return False
    letters = _NON_LETTERS.sub("", seg.text)
    return len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.7


_NON_LETTERS = re.compile(r"[\W\d_]+")


# --------------------------------------------------------------------------
# Numbers: "." groups thousands, "," marks decimals

_NUMBER = re.compile(r"(?<![\w.,/+-])\d+(?:[.,]\d+)+(?![\w/+-]|[.,]\d)")
_SECTION_REF = re.compile(r"(?:mục|khoản|điểm|tiểu mục|phần|điều|chương|phụ lục|biểu|bảng|mẫu|"
                          r"phiên bản|công nghiệp|số hiệu|version)\s*$", re.I)


# A quantity of five digits or more written without its thousands groups: "115492 triệu đồng".
_UNGROUPED = re.compile(r"(?<![\w.,/+-])(\d{5,})(?=\s+(?:triệu|tỷ|nghìn|ngàn|đồng|USD|ha|km|m2|m²|m3|"
                        r"tấn|người|hộ|lượt|học sinh|lao động|doanh nghiệp)\b)")


_CODE_BEFORE = re.compile(r"(?:số|mã|hiệu|tài khoản|điện thoại|năm)\s*:?\s*$", re.I)


def _group_thousands(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ".".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _ungrouped(ctx: Context) -> Iterable[Finding]:
    for seg, m, span in _finditer_masked(ctx, _UNGROUPED):
        if _CODE_BEFORE.search(seg.text, max(0, span[0] - 16), span[0]):
            continue  # "mã số 10234567": an identifier, not a quantity
        fixed = _group_thousands(m.group(1))
        yield make("writing.number_separator", seg,
                   f"«{m.group(1)}» chưa phân nhóm nghìn; tiếng Việt viết «{fixed}».",
                   f"«{m.group(1)}» has no thousands groups; Vietnamese writes «{fixed}».",
                   span=span, fix=fixed, suggestion_vi=f"Viết «{fixed}».",
                   suggestion_en=f"Write «{fixed}».")


@rule("writing.number_separator", W, "Dấu phân cách số không theo cách viết tiếng Việt",
      "Number separators not as Vietnamese writes them", "practice (spec §7)")
def number_separator(ctx: Context) -> Iterable[Finding]:
    yield from _ungrouped(ctx)
    for seg, m, span in _finditer_masked(ctx, _NUMBER):
        if _caps_text(seg):
            continue
        num = m.group(0)
        groups = re.split(r"[.,]", num)
        seps = re.findall(r"[.,]", num)
        before = seg.text[max(0, span[0] - 25):span[0]]
        if _SECTION_REF.search(before):
            continue
        if span[0] == 0 and seg.text[span[1]:span[1] + 1] in (".", ")", " "):
            continue  # a typed label "1.2 …" is another matter
        fix = None
        if seps == ["."] and len(groups[1]) != 3:
            vi = f"«{num}» dùng dấu chấm làm dấu thập phân; tiếng Việt dùng dấu phẩy."
            en = f"«{num}» uses a full stop as the decimal mark; Vietnamese uses a comma."
            fix = num.replace(".", ",")
        elif len(set(seps)) == 1 and seps[0] == "," and len(seps) >= 2 and \
                all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            vi = f"«{num}» dùng dấu phẩy để phân nhóm nghìn; tiếng Việt dùng dấu chấm."
            en = f"«{num}» groups thousands with commas; Vietnamese uses full stops."
            fix = num.replace(",", ".")
        elif len(set(seps)) == 2 and seps[-1] == "." and all(s == "," for s in seps[:-1]) \
                and all(len(g) == 3 for g in groups[1:-1]):
            vi = f"«{num}» viết theo kiểu tiếng Anh; tiếng Việt dùng dấu chấm phân nhóm nghìn, "\
                 "dấu phẩy thập phân."
            en = f"«{num}» is written the English way; Vietnamese groups thousands with full " \
                 "stops and marks decimals with a comma."
            fix = num.replace(",", "\0").replace(".", ",").replace("\0", ".")
        elif len(set(seps)) == 2 and not (seps[-1] == "," and all(s == "." for s in seps[:-1])):
            vi = f"«{num}»: dấu phân cách lẫn lộn."
            en = f"«{num}»: mixed separators."
        else:
            continue
        yield make("writing.number_separator", seg, vi, en, span=span, fix=fix,
                   suggestion_vi=f"Viết «{fix}» (như 115.492 triệu đồng, 25,65%)." if fix else
                   "Dấu chấm phân nhóm nghìn, dấu phẩy thập phân (115.492; 25,65%).",
                   suggestion_en=f"Write «{fix}» (as in 115.492 triệu đồng, 25,65%)." if fix else
                   "Full stops group thousands, a comma marks decimals (115.492; 25,65%).")


# --------------------------------------------------------------------------
# Abbreviations

_TOKEN = re.compile(r"(?<![\w.\-/])([A-ZĐ][A-ZĐ0-9]*[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*)"
                    r"(?![\w\-/]|\.\d)")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_DEFINED_AS = re.compile(r"(?:gọi tắt là|viết tắt là)\s+[\"“]?$", re.I)


def _abbreviation_uses(ctx: Context):
    """(token, segment, span, defines) in reading order."""
    out = []
    for seg, m, span in _finditer_masked(ctx, _TOKEN):
        if _caps_text(seg):
            continue
        token = m.group(1)
        if _ROMAN.fullmatch(token):
            continue
        a, b = span
        defines = (seg.text[a - 1:a] == "(" and seg.text[b:b + 1] == ")") or \
            bool(_DEFINED_AS.search(seg.text[max(0, a - 20):a]))
        out.append((token, seg, (a, b), defines))
    return out


def _where(ctx: Context, seg: Segment) -> str:
    return ctx.where(seg.part, seg.path) or seg.part


@rule("writing.abbreviation_undefined", W, "Chữ viết tắt chưa được viết đầy đủ ở lần dùng đầu",
      "An abbreviation is not spelled out at first use", "practice (spec §7); NĐ30 Phụ lục III")
def abbreviation_undefined(ctx: Context) -> Iterable[Finding]:
    yield from _abbreviations(ctx)[0]


@rule("writing.abbreviation_inconsistent", W, "Một khái niệm viết tắt hai kiểu",
      "One name abbreviated two ways", "practice (spec §7)")
def abbreviation_inconsistent(ctx: Context) -> Iterable[Finding]:
    yield from _abbreviations(ctx)[1]


def _abbreviations(ctx: Context) -> tuple[list[Finding], list[Finding]]:
    cached = getattr(ctx, "_abbr_cache", None)
    if cached is not None:
        return cached
    known = ctx.known_abbreviations
    glossary = ctx.glossary
    uses = _abbreviation_uses(ctx)
    first: dict[str, tuple[Segment, tuple[int, int]]] = {}
    defined_at: dict[str, int] = {}
    count: dict[str, int] = defaultdict(int)
    for i, (token, seg, span, defines) in enumerate(uses):
        count[token] += 1
        first.setdefault(token, (seg, span))
        if defines:
            defined_at.setdefault(token, i)
    first_index = {}
    for i, (token, *_rest) in enumerate(uses):
        first_index.setdefault(token, i)
    defined = set(defined_at) | set(glossary)
    undefined_out: list[Finding] = []
    inconsistent_out: list[Finding] = []
    for token, (seg, span) in first.items():
        if token in known or token in glossary:
            continue
        if token in defined_at and defined_at[token] == first_index[token]:
            continue
        relatives = sorted(d for d in defined if d != token and len(token) >= 3 and len(d) >= 3
                           and (token in d or d in token))
        if relatives and token not in defined_at:
            other = relatives[0]
            inconsistent_out.append(make(
                "writing.abbreviation_inconsistent", seg,
                f"«{token}» chưa được giải thích, trong khi văn bản đã viết tắt «{other}»; "
                f"một khái niệm chỉ nên có một cách viết tắt ({count[token]} lần dùng «{token}»).",
                f"«{token}» is never spelled out while the notice abbreviates «{other}»; one "
                f"name should have one abbreviation («{token}» used {count[token]} times).",
                span=span, suggestion_vi=f"Dùng thống nhất «{other}».",
                suggestion_en=f"Use «{other}» throughout."))
            continue
        if token in defined_at:
            later_seg = uses[defined_at[token]][1]
            vi = (f"«{token}» được dùng trước khi được giải thích (giải thích sau, ở "
                  f"{_where(ctx, later_seg)}).")
            en = (f"«{token}» is used before it is spelled out (spelled out later, at "
                  f"{_where(ctx, later_seg)}).")
        else:
            n = count[token]
            vi = f"Chữ viết tắt «{token}» chưa được viết đầy đủ ở lần dùng đầu ({n} lần dùng)."
            en = (f"The abbreviation «{token}» is never spelled out (used "
                  f"{'once' if n == 1 else f'{n} times'}).")
        full = common_expansions().get(token)
        example = f"«{full} ({token})»" if full else f"«… ({token})»"
        undefined_out.append(make(
            "writing.abbreviation_undefined", seg, vi, en, span=span,
            suggestion_vi=f"Ở lần dùng đầu, viết đầy đủ rồi ghi chữ viết tắt trong ngoặc: {example}; "
                          "hoặc thêm vào bảng chữ viết tắt của văn bản.",
            suggestion_en=f"At first use, write the full name with the abbreviation in brackets: "
                          f"{example}; or add it to the notice's abbreviation list."))
    ctx._abbr_cache = (undefined_out, inconsistent_out)  # type: ignore[attr-defined]
    return ctx._abbr_cache  # type: ignore[attr-defined]


# --------------------------------------------------------------------------
# Citations

_DOC_TYPES = ("Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Thông báo", "Chương trình",
              "Báo cáo", "Công văn", "Tờ trình", "Hướng dẫn", "Kết luận", "Thông tư", "Nghị định",
              "Luật", "Giấy mời", "Văn bản", "Đề án", "Quy định")
_CITED_NUMBER = re.compile(r"\b\d+(?:[/-][0-9A-Za-zĐđ]+)+")
_CITED_TYPE = re.compile(r"\b(" + "|".join(_DOC_TYPES) + r")\s+(?:số\s+)?$", re.I)
_CITE_DATE = re.compile(r"[nN]gày\s+\d{1,2}[/.]\d{1,2}[/.]\d{4}|[nN]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")


def _citation_parts(text: str, end: int) -> tuple[bool, bool, bool]:
    tail = text[end:end + 160]
    cut = re.search(r";|\.(?:\s|$)|\b(?:" + "|".join(_DOC_TYPES) + r")\s+số\b", tail)
    if cut:
        tail = tail[:cut.start()]
    return (bool(_CITE_DATE.search(tail)), " của " in f" {tail} ",
            bool(re.search(r"\b(?:về|V/v|quy định|ban hành)\b", tail)))


@rule("writing.citation", W, "Trích dẫn văn bản chưa đầy đủ ở lần đầu",
      "A document is not cited in full the first time", "NĐ30 Phụ lục I (nội dung: viện dẫn văn bản)")
def citation(ctx: Context) -> Iterable[Finding]:
    seen: dict[str, list[tuple[Segment, tuple[int, int], tuple[bool, bool, bool]]]] = defaultdict(list)
    for seg, m, span in ctx.finditer(_CITED_NUMBER):
        if "/" not in m.group(0) and not re.search(r"-[A-ZĐ]", m.group(0)):
            continue  # 2021-2030 is a period, not a document
        t = _CITED_TYPE.search(seg.text, max(0, span[0] - 20), span[0])
        if t is None:
            continue
        seen[m.group(0).upper()].append(((seg, (t.start(), span[1]),
                                          _citation_parts(seg.text, span[1]))))
    for num, cites in seen.items():
        if not any(parts[0] for _, _, parts in cites):
            seg, span, parts = cites[0]
            if not parts[1]:
                yield make("writing.citation", seg,
                           f"Văn bản số {num} chỉ được nêu số, ký hiệu; lần trích dẫn đầu phải có "
                           "ngày ban hành, cơ quan ban hành và trích yếu.",
                           f"Document {num} is cited by number only; the first citation must give "
                           "its date, issuer and summary.", span=span,
                           suggestion_vi="Ví dụ: Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND "
                                         "tỉnh về …", suggestion_en="E.g. Quyết định số 136/QĐ-UBND "
                                         "ngày 19/01/2024 của UBND tỉnh về …")
        full = [i for i, (_, _, p) in enumerate(cites) if all(p)]
        if len(full) >= 2:
            seg, span, _ = cites[full[1]]
            yield make("writing.citation", seg,
                       f"Văn bản số {num} đã được trích dẫn đầy đủ ở trên; các lần sau chỉ cần tên "
                       "loại và số, ký hiệu.",
                       f"Document {num} was already cited in full; later citations need only its "
                       "type and number.", span=span, severity=H)


# --------------------------------------------------------------------------
# Capitals

_ADMIN = re.compile(r"\b(Tỉnh|Huyện|Xã|Phường|Thị trấn|Thị xã|Quận|Thành phố) (?=(\w+))")
_ADMIN_EXCEPTIONS = ("Hồ Chí Minh", "Điện Biên Phủ")
_SENTENCE_END = ".!?:;…"


def _sentence_start(seg: Segment, pos: int) -> bool:
    before = seg.text[:pos].rstrip(" \"“‘(")
    if not before:
        return seg.starts_sentence
    return before[-1] in _SENTENCE_END


@rule("writing.admin_case", W, "Danh từ chỉ đơn vị hành chính viết hoa giữa câu",
      "An administrative noun capitalised mid-sentence", "NĐ30 Phụ lục II (viết hoa tên địa lý, đơn vị hành chính)")
def admin_case(ctx: Context) -> Iterable[Finding]:
    for seg, m, span in ctx.finditer(_ADMIN):
        if _caps_text(seg):
            continue
        name = m.group(2)
        if not name[0].isupper() or name[0].isdigit():
            continue
        start = span[0]
        end_noun = start + len(m.group(1))
        rest = seg.text[span[1]:]
        if rest.startswith(_ADMIN_EXCEPTIONS) or _sentence_start(seg, start):
            continue
        noun = m.group(1)
        yield make("writing.admin_case", seg,
                   f"«{noun} {name}»: danh từ chỉ đơn vị hành chính viết thường trước tên riêng.",
                   f"«{noun} {name}»: the administrative noun is lower case before a proper name.",
                   span=(start, end_noun), fix=noun[0].lower() + noun[1:],
                   suggestion_vi=f"Viết «{noun.lower()} {name}».",
                   suggestion_en=f"Write «{noun.lower()} {name}».")


@lru_cache(maxsize=1)
def _capitalisation() -> tuple[dict[str, str], re.Pattern]:
    """The canonical names by their lower-case form, and one regex finding any of them."""
    text = templates_dir().joinpath("checks", "capitalisation.txt").read_text(encoding="utf-8")
    names = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    names = [n for n in names if n]
    alternatives = sorted((r"\s+".join(map(re.escape, n.split())) for n in names), key=len,
                          reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
    return {" ".join(n.lower().split()): n for n in names}, pattern


@rule("writing.proper_name_case", W, "Tên riêng viết hoa chưa đúng",
      "A proper name is not capitalised as NĐ 30 writes it", "NĐ30 Phụ lục II")
def proper_name_case(ctx: Context) -> Iterable[Finding]:
    names, pattern = _capitalisation()
    corpus, lower = ctx.corpus, ctx.corpus.lower()
    if len(lower) != len(corpus):  # a character whose lower case is longer: scan it all
        hits = (m.start() for m in pattern.finditer(corpus))
    else:
        hits = sorted({i for key in names for i in _find_all(lower, key.split()[0])})
    for start in hits:
        m = pattern.match(corpus, start)
        if m is None:
            continue
        seg, span = ctx.locate(m.start(), m.end())
        if _caps_text(seg):
            continue
        found = " ".join(m.group(0).split())
        canonical = names.get(found.lower())
        if canonical is None:
            continue
        want = canonical
        if _sentence_start(seg, span[0]):
            want = want[0].upper() + want[1:]
        if found in (want, canonical):
            continue
        yield make("writing.proper_name_case", seg,
                   f"Viết «{want}», không viết «{found}».",
                   f"Write «{want}», not «{found}».", span=span, fix=want)


@lru_cache(maxsize=1)
def _typos() -> tuple[tuple[str, re.Pattern, str], ...]:
    """``(literal key, regex, correction)`` per entry of ``templates/checks/typos.txt``."""
    text = templates_dir().joinpath("checks", "typos.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        wrong, _, right = line.partition("=>")
        wrong, right = wrong.strip(), right.strip()
        lead = re.match(r"\(\?<!?[^)]*\)", wrong)  # keep a leading look-behind first
        head, wrong = (lead.group(0), wrong[lead.end():]) if lead else ("", wrong)
        first = wrong[0]
        first = f"[{first}{first.upper()}]" if first.isalpha() else first
        key = re.match(r"[^\\()\[\]?*+{}|^$.]*", wrong[1:]).group(0)
        out.append((key, re.compile(f"{head}(?<!\\w){first}{wrong[1:]}(?!\\w)"), right))
    return tuple(out)


def _find_all(text: str, key: str):
    """Every offset of ``key`` in ``text`` (str.find is much faster than a regex scan)."""
    if not key:
        return
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


@rule("writing.typo", W, "Lỗi gõ chữ chắc chắn", "A certain mistyping", "practice")
def typo(ctx: Context) -> Iterable[Finding]:
    corpus = ctx.corpus
    for key, pattern, right in _typos():
        for start in _find_all(corpus, key):
            m = pattern.match(corpus, start - 1)
            if m is None:
                continue
            seg, span = ctx.locate(m.start(), m.end())
            want = right[0].upper() + right[1:] if m.group(0)[0].isupper() else right
            yield make("writing.typo", seg, f"«{m.group(0)}» là lỗi gõ; viết «{want}».",
                       f"«{m.group(0)}» is a mistyping of «{want}».", span=span, fix=want)


_LOWER_START = re.compile(r"(?<=[\w)\]”\"])([.!?])\s+([^\W\d_])")


@rule("writing.sentence_start", W, "Câu mới bắt đầu bằng chữ thường",
      "A sentence starts with a lower-case letter", "NĐ30 Phụ lục II (viết hoa vì phép đặt câu)")
def sentence_start(ctx: Context) -> Iterable[Finding]:
    for seg, m, span in ctx.finditer(_LOWER_START):
        if not m.group(2).islower():
            continue
        dot = span[0]
        word_before = re.search(r"(\S+)$", seg.text[max(0, dot - 20):dot])
        wb = word_before.group(1) if word_before else ""
        if "." in wb or (len(wb) <= 3 and not wb.islower()) or wb.lower() in ("v.v", "tr", "tp"):
            continue
        yield make("writing.sentence_start", seg,
                   f"Sau dấu «{m.group(1)}» câu mới phải viết hoa, hoặc dấu «{m.group(1)}» bị thừa.",
                   f"After «{m.group(1)}» a new sentence starts with a capital, or the "
                   f"«{m.group(1)}» is a slip.", span=span)


# --------------------------------------------------------------------------
# Doubled words, punctuation spacing, brackets, NFC

_DOUBLED = re.compile(r"(?<!\w)(\w+)(\s+)(\1)(?!\w)", re.I)
_REDUPLICATION = {"người", "nhà", "ngày", "từ", "đâu", "ai", "đời", "mãi", "xa", "lâu", "thường",
                  "năm", "tháng", "đêm", "đều", "vừa", "cùng", "chầm", "khắp", "nơi", "ngành",
                  "cấp", "lớp", "phút", "giờ", "tuần", "mỗi", "càng", "hơn"}


@rule("writing.doubled_word", W, "Từ bị lặp", "A doubled word", "practice")
def doubled_word(ctx: Context) -> Iterable[Finding]:
    for seg, m, span in ctx.finditer(_DOUBLED):
        word, second = m.group(1), m.group(3)
        if word.lower() in _REDUPLICATION or word.isdigit():
            continue
        if word != second and not second[0].islower():
            continue  # "trụ sở Sở Xây dựng": the second starts a name
        start = span[0] + len(word)
        yield make("writing.doubled_word", seg, f"Từ «{word}» bị lặp.",
                   f"The word «{word}» is doubled.", span=(start, span[1]), fix="")


_SPACE_BEFORE = re.compile(r"(?<=\S)( +)([,.;:!?)\]”])(?!/)")
_SPACE_AFTER_OPEN = re.compile(r"([(\[“])( +)")
_NO_SPACE_AFTER = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_])")


@rule("writing.punctuation_spacing", W, "Dấu cách quanh dấu câu chưa đúng",
      "Spacing around punctuation", "practice")
def punctuation_spacing(ctx: Context) -> Iterable[Finding]:
    for seg, m, span in ctx.finditer(_SPACE_BEFORE):
        if m.group(2) == "." and seg.text[span[1]:span[1] + 2] == "/.":
            continue  # ./. is form.closing_mark's
        yield make("writing.punctuation_spacing", seg,
                   f"Thừa dấu cách trước dấu «{m.group(2)}».",
                   f"A space before «{m.group(2)}».", span=span, fix=m.group(2))
    for seg, m, span in ctx.finditer(_SPACE_AFTER_OPEN):
        yield make("writing.punctuation_spacing", seg,
                   f"Thừa dấu cách sau dấu «{m.group(1)}».", f"A space after «{m.group(1)}».",
                   span=span, fix=m.group(1))
    for seg, m, span in ctx.finditer(_NO_SPACE_AFTER):
        yield make("writing.punctuation_spacing", seg,
                   f"Thiếu dấu cách sau dấu «{m.group(1)}».",
                   f"A space is missing after «{m.group(1)}».", span=span,
                   fix=m.group(1) + " ")


_LIST_LABEL = re.compile(r"(?:^|(?<=[\s:;,]))(?:[a-zđ]|\d{1,2})\)$")
_BRACKET_CHARS = re.compile(r"[()\[\]“”‘’]")
_PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


_BRACKET_RUNS = re.compile(r"\(+|\[+|“+|‘+|\)+|\]+|”+|’+")


class _Openers:
    """The openers still waiting for their closer, as runs of one character at
    consecutive positions (a pasted "[[[[…" is one run)."""

    def __init__(self) -> None:
        self.starts, self.counts, self.chars = array("q"), array("q"), array("u")

    def push(self, i: int, c: str, k: int) -> None:
        if self.chars and self.chars[-1] == c and self.starts[-1] + self.counts[-1] == i:
            self.counts[-1] += k
        else:
            self.starts.append(i)
            self.counts.append(k)
            self.chars.append(c)

    def close(self, c: str, k: int) -> int:
        """Match up to ``k`` closers of opener ``c``; how many were matched."""
        matched = 0
        while matched < k and self.chars and self.chars[-1] == c:
            take = min(k - matched, self.counts[-1])
            self.counts[-1] -= take
            matched += take
            if not self.counts[-1]:
                self.starts.pop()
                self.counts.pop()
                self.chars.pop()
        return matched

    def first(self, limit: int) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for start, count, c in zip(self.starts, self.counts, self.chars, strict=True):
            if len(out) >= limit:
                break
            out += [(start + k, c) for k in range(min(count, limit - len(out)))]
        return out


def _unmatched_closers(text: str, i: int, run: str, matched: int) -> range:
    """Positions of the closers of ``run`` (at ``i``) left after ``matched``: an
    apostrophe (the last "’" before a letter) and a list label ("a)", only the
    first ")" of a run can be one) are not closers."""
    first, end = i + matched, i + len(run)
    if run[0] == ")" and matched == 0 and _LIST_LABEL.search(text, max(0, i - 3), i + 1):
        first += 1  # an inline list label: "a) …; b) …", "1) …"
    if run[0] == "’" and end < len(text) and text[end].isalpha() and end - 1 >= first:
        end -= 1  # an apostrophe
    return range(first, end)


def _unbalanced(text: str, limit: int = CAP) -> tuple[list[tuple[int, str]], int]:
    """The first ``limit`` unbalanced brackets and quotes ``(position, char)``
    in ``text``, and how many there are.

    Linear in the text whatever it holds, and a run of one bracket ("[[[[…",
    "))))…") is handled in one step."""
    openers = _Openers()
    closers: list[tuple[int, str]] = []
    n_closers = 0
    for m in _BRACKET_RUNS.finditer(text):
        i, run = m.start(), m.group(0)
        c = run[0]
        if c in _PAIRS:
            openers.push(i, c, len(run))
            continue
        left = _unmatched_closers(text, i, run, openers.close(_CLOSERS[c], len(run)))
        n_closers += len(left)
        closers += [(p, c) for p in left[:max(0, limit - len(closers))]]
    first = openers.first(limit)
    total = n_closers + sum(openers.counts)
    if text.count('"') % 2:
        first.append((text.rfind('"'), '"'))
        total += 1
    return sorted(closers + first)[:limit], total


_ANY_BRACKET = re.compile(r"[()\[\]“”‘’\"]")


@rule("writing.brackets", W, "Ngoặc hoặc ngoặc kép không cân", "Unbalanced brackets or quotes",
      "practice")
def brackets(ctx: Context) -> Iterable[Finding | More]:
    shown: dict[str, int] = defaultdict(int)
    for seg in ctx.segments:
        if not _ANY_BRACKET.search(seg.text):
            continue
        first, total = _unbalanced(seg.text, CAP - shown[seg.part])
        for pos, char in first:
            yield make("writing.brackets", seg,
                       f"Dấu «{char}» không có dấu đóng/mở tương ứng trong đoạn.",
                       f"«{char}» has no matching bracket or quote in the paragraph.",
                       span=(pos, pos + 1))
        shown[seg.part] += len(first)
        if total > len(first):
            yield More(seg.part, total - len(first), W, seg.path)


@rule("writing.nfc", E, "Văn bản chưa ở dạng Unicode dựng sẵn (NFC)",
      "Text not in Unicode NFC", "NĐ30 Phụ lục I (phông chữ Unicode TCVN 6909:2001)")
def nfc(ctx: Context) -> Iterable[Finding]:
    for seg in ctx.segments:
        if seg.text.isascii() or unicodedata.is_normalized("NFC", seg.text):
            continue
        m = re.search(r"\w*[\u0300-\u036f]+\w*", seg.text)
        span = m.span() if m else (0, len(seg.text))
        yield make("writing.nfc", seg,
                   "Chữ có dấu được gõ ở dạng tổ hợp (không phải Unicode dựng sẵn NFC).",
                   "Accented letters are typed as combining sequences (not Unicode NFC).",
                   span=span, fix=unicodedata.normalize("NFC", seg.text[span[0]:span[1]]))

"""The names of the parts of a notice, in Vietnamese and English: one catalogue.

Every message that names a part — the checker's report and findings panel,
the refusal of a final export, the template report — reads it here, so a
part is called the same everywhere.  A part is named by its field path
(``header.summary``, ``opening.chair.name``, ``recipients``); an index path
after it (``recipients[2]``, ``body[0][1]``) names a line or paragraph of it.

:func:`part_name` gives the name as a heading ("Trích yếu", "Summary
(trích yếu)"); :func:`part_phrase` the name inside a sentence ("trích yếu",
"the summary (trích yếu)").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartName:
    vi: str
    en: str
    #: the name inside a sentence, where lower-casing the heading would be wrong
    vi_phrase: str = ""
    en_phrase: str = ""

    def heading(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    def phrase(self, lang: str) -> str:
        """In a sentence: "Mở đầu — Ngày kiểm tra" is "ngày kiểm tra (mở đầu)"."""
        given = self.en_phrase if lang == "en" else self.vi_phrase
        if given:
            return given
        group, _, name = self.heading(lang).rpartition(" — ")
        name = name[:1].lower() + name[1:]
        if group:
            name = f"{name} ({group[:1].lower()}{group[1:]})"
        return "the " + name if lang == "en" else name


def _p(vi: str, en: str, vi_phrase: str = "", en_phrase: str = "") -> PartName:
    return PartName(vi, en, vi_phrase, en_phrase)


#: Every part, in the order it is printed (findings are sorted by it).
PARTS: dict[str, PartName] = {
    "header": _p("Phần đầu", "Header"),
    "header.parent_agency": _p("Tên cơ quan chủ quản", "Parent agency"),
    "header.agency": _p("Tên cơ quan ban hành", "Issuing agency"),
    "header.number": _p("Số văn bản", "Document number"),
    "header.symbol": _p("Ký hiệu văn bản", "Document symbol"),
    "header.place": _p("Địa danh", "Place name"),
    "header.date": _p("Ngày tháng ban hành", "Issue date"),
    "header.doc_type": _p("Tên loại văn bản", "Document type"),
    "header.summary": _p("Trích yếu", "Summary (trích yếu)"),
    "opening": _p("Phần mở đầu", "Opening"),
    "opening.basis": _p("Mở đầu — Căn cứ thực hiện", "Opening — basis documents"),
    "opening.inspection_date": _p("Mở đầu — Ngày kiểm tra", "Opening — inspection date"),
    "opening.chair": _p("Mở đầu — Người chủ trì", "Opening — chair"),
    "opening.chair.name": _p("Mở đầu — Họ tên người chủ trì", "Opening — chair's name"),
    "opening.chair.title": _p("Mở đầu — Chức vụ người chủ trì", "Opening — chair's title"),
    "opening.chair.role": _p("Mở đầu — Vai trò người chủ trì", "Opening — chair's role"),
    "opening.units": _p("Mở đầu — Đơn vị được kiểm tra", "Opening — inspected units"),
    "opening.attendees": _p("Mở đầu — Thành phần tham dự", "Opening — attendees"),
    "opening.participants": _p("Mở đầu — Thành phần của đơn vị", "Opening — unit's participants"),
    "opening.activities": _p("Mở đầu — Hoạt động kiểm tra", "Opening — activities"),
    "opening.reporters": _p("Mở đầu — Người báo cáo", "Opening — reporters"),
    "opening.report_subject": _p("Mở đầu — Nội dung báo cáo", "Opening — report subject"),
    "body": _p("Nội dung", "Body"),
    "closing": _p("Câu kết", "Closing sentence"),
    "recipients": _p("Nơi nhận", "Recipients"),
    "storage": _p("Dòng Lưu", "Lưu line", "dòng Lưu (đơn vị soạn thảo)",
                  "the Lưu line (drafting unit)"),
    "storage.units": _p("Dòng Lưu — đơn vị", "Lưu line — units", "đơn vị lưu (dòng Lưu: VT, …)",
                        "the Lưu line's unit"),
    "storage.initials": _p("Dòng Lưu — người soạn thảo", "Lưu line — drafter",
                           "người soạn thảo (dòng Lưu)", "the Lưu line's drafter"),
    "signature": _p("Quyền hạn, chức vụ, người ký", "Signature", "khối chữ ký", "the signature block"),
    "signature.authority": _p("Quyền hạn, chức vụ người ký", "Signer's authority and title"),
    "signature.signer": _p("Họ tên người ký", "Signer's name"),
    "abbreviations": _p("Bảng chữ viết tắt", "Abbreviations"),
    "silenced": _p("Quy tắc đã tắt", "Silenced rules"),
    "footnotes": _p("Chú thích", "Footnotes", "chú thích", "footnote"),
    # named when two versions are compared (compare/report.py)
    "layout": _p("Trình bày trang", "Page layout"),
    "numbering": _p("Đánh số", "Numbering"),
    "template": _p("Mẫu", "Template"),
    "appendices": _p("Phụ lục", "Appendices"),
}

#: Parts in print order, and each part's rank in it.
PART_ORDER: tuple[str, ...] = tuple(p for p in PARTS if p not in (
    "header", "signature", "opening.chair", "footnotes", "layout", "numbering", "template", "appendices"))
PART_RANK = {p: i for i, p in enumerate(PART_ORDER)}


def _lang(lang: str | None) -> str:
    if lang:
        return lang
    from ..errors import language
    return language()


def part_name(part: str, lang: str | None = None) -> str:
    """The heading for ``part`` ("Trích yếu" / "Summary (trích yếu)"); an
    unknown part is named by its path."""
    name = PARTS.get(part)
    return name.heading(_lang(lang)) if name else part


def part_phrase(part: str, lang: str | None = None) -> str:
    """``part`` inside a sentence ("trích yếu" / "the summary (trích yếu)")."""
    name = PARTS.get(part)
    return name.phrase(_lang(lang)) if name else part


__all__ = ["PART_ORDER", "PART_RANK", "PARTS", "PartName", "part_name", "part_phrase"]

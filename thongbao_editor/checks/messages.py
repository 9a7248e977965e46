"""Words the checker's reports use around the findings (both languages)."""

from __future__ import annotations

from .finding import Severity

SEVERITY = {
    Severity.ERROR: ("lỗi", "error"),
    Severity.WARNING: ("cảnh báo", "warning"),
    Severity.HINT: ("gợi ý", "hint"),
}

PARTS = {
    "header": ("Phần đầu", "Header"),
    "header.parent_agency": ("Cơ quan chủ quản", "Parent agency"),
    "header.agency": ("Cơ quan ban hành", "Issuing agency"),
    "header.number": ("Số văn bản", "Document number"),
    "header.symbol": ("Ký hiệu văn bản", "Document symbol"),
    "header.place": ("Địa danh", "Place"),
    "header.date": ("Ngày tháng ban hành", "Notice date"),
    "header.doc_type": ("Tên loại văn bản", "Document type"),
    "header.summary": ("Trích yếu", "Summary (trích yếu)"),
    "opening": ("Phần mở đầu", "Opening"),
    "opening.basis": ("Mở đầu — Căn cứ thực hiện", "Opening — basis"),
    "opening.inspection_date": ("Mở đầu — Ngày kiểm tra", "Opening — inspection date"),
    "opening.chair.name": ("Mở đầu — Họ tên người chủ trì", "Opening — chair's name"),
    "opening.chair.title": ("Mở đầu — Chức vụ người chủ trì", "Opening — chair's title"),
    "opening.chair.role": ("Mở đầu — Vai trò người chủ trì", "Opening — chair's role"),
    "opening.units": ("Mở đầu — Đơn vị được kiểm tra", "Opening — inspected units"),
    "opening.attendees": ("Mở đầu — Thành phần tham dự", "Opening — attendees"),
    "opening.participants": ("Mở đầu — Thành phần của đơn vị", "Opening — unit's participants"),
    "opening.activities": ("Mở đầu — Hoạt động kiểm tra", "Opening — activities"),
    "opening.reporters": ("Mở đầu — Người báo cáo", "Opening — reporters"),
    "opening.report_subject": ("Mở đầu — Nội dung báo cáo", "Opening — report subject"),
    "body": ("Nội dung", "Body"),
    "closing": ("Câu kết", "Closing sentence"),
    "recipients": ("Nơi nhận", "Recipients"),
    "storage": ("Dòng Lưu", "Lưu line"),
    "storage.units": ("Dòng Lưu — đơn vị", "Lưu line — units"),
    "storage.initials": ("Dòng Lưu — người soạn thảo", "Lưu line — drafter"),
    "signature.authority": ("Quyền hạn, chức vụ người ký", "Signing authority"),
    "signature.signer": ("Người ký", "Signer"),
    "abbreviations": ("Bảng chữ viết tắt", "Abbreviations"),
    "silenced": ("Quy tắc đã tắt", "Silenced rules"),
}

WORDS = {
    "summary": ("{file}: {error} lỗi, {warning} cảnh báo, {hint} gợi ý",
                "{file}: {error} errors, {warning} warnings, {hint} hints"),
    "clean": ("{file}: không phát hiện lỗi nào.", "{file}: no findings."),
    "line": ("dòng {n}", "line {n}"),
    "footnote": ("chú thích {n}", "footnote {n}"),
    "char": ("ký tự {start}", "character {start}"),
    "chars": ("ký tự {start}–{end}", "characters {start}–{end}"),
    "suggestion": ("Gợi ý", "Suggestion"),
    "fix": ("Sửa nhanh", "Quick fix"),
    "delete": ("xóa", "delete"),
}


def word(key: str, lang: str, **params: object) -> str:
    vi, en = WORDS[key]
    return (en if lang == "en" else vi).format(**params)


def part_name(part: str, lang: str) -> str:
    vi, en = PARTS.get(part, (part, part))
    return en if lang == "en" else vi


def severity_name(severity: Severity, lang: str) -> str:
    vi, en = SEVERITY[severity]
    return en if lang == "en" else vi

"""Typed errors of the engine, with messages in Vietnamese (default) and English.

Nothing below ``gui/`` shows a dialog: the engine raises these, and the CLI or
the GUI shows :meth:`ThongbaoError.message` to the user.  The language is
``vi`` unless :func:`set_language` (or ``THONGBAO_LANG=en``) says otherwise.
"""

from __future__ import annotations

import os

_LANG = os.environ.get("THONGBAO_LANG", "vi")

MESSAGES: dict[str, tuple[str, str]] = {
    # draft files
    "draft.not_found": ("Không tìm thấy tệp {file}.", "File {file} not found."),
    "draft.unreadable": ("Không đọc được tệp {file}: {reason}.", "Cannot read {file}: {reason}."),
    "draft.not_utf8": ("Tệp {file} không phải văn bản UTF-8 (lỗi ở byte {position}).",
                       "{file} is not UTF-8 text (bad byte at {position})."),
    "draft.not_json": ("Tệp {file} không phải bản nháp hợp lệ: lỗi JSON ở dòng {line}, cột {column}.",
                       "{file} is not a valid draft: JSON error at line {line}, column {column}."),
    "draft.newer": ("Tệp {file} được lưu bằng phiên bản mới hơn (định dạng {version}, phiên bản này đọc được đến {supported}). Hãy cập nhật chương trình.",
                    "{file} was saved by a newer version (format {version}; this version reads up to {supported}). Please update the application."),
    "draft.field": ("Tệp {file}, mục {path}: {problem}.", "{file}, field {path}: {problem}."),
    "draft.write": ("Không ghi được tệp {file}: {reason}. Bản đang soạn vẫn được giữ nguyên.",
                    "Cannot write {file}: {reason}. The notice being edited is unchanged."),
    # field problems (used inside draft.field)
    "field.missing": ("thiếu mục bắt buộc", "required field is missing"),
    "field.type": ("cần {expected}, nhưng là {actual}", "expected {expected}, got {actual}"),
    "field.value": ("giá trị không hợp lệ: {reason}", "invalid value: {reason}"),
    "field.unknown": ("mục không được biết: {name}", "unknown field: {name}"),
    # rendering
    "render.template": ("Mẫu {template}, dòng {line}: {reason}", "Template {template}, line {line}: {reason}"),
    "render.base_docx": ("Không dùng được tệp mẫu .docx {file}: {reason}.", "Cannot use the base .docx {file}: {reason}."),
    "render.layout": ("Bố cục không hợp lệ theo Nghị định 30: {problem}", "Layout outside Nghị định 30: {problem}"),
    "render.final_refused": ("Chưa thể xuất bản chính thức, còn thiếu:\n{problems}",
                             "Cannot export the final version; still missing:\n{problems}"),
    "render.write": ("Không ghi được tệp {file}: {reason}.", "Cannot write {file}: {reason}."),
    # layout problems (used inside render.layout); {name} is Vietnamese, {name_en} English
    "layout.range": ("{name} phải trong khoảng {low}–{high} {unit} (đang là {value})",
                     "{name_en} must be between {low} and {high} {unit} (it is {value})"),
    "layout.min": ("{name} phải từ {low} {unit} trở lên (đang là {value})",
                   "{name_en} must be at least {low} {unit} (it is {value})"),
    # pdf
    "pdf.no_libreoffice": ("Chưa cài LibreOffice nên không xuất được PDF. Hãy cài LibreOffice (gói libreoffice-writer) rồi thử lại; tệp .docx vẫn xuất được.",
                           "LibreOffice is not installed, so PDF export is unavailable. Install LibreOffice (package libreoffice-writer) and try again; .docx export still works."),
    "pdf.failed": ("LibreOffice không chuyển được sang PDF: {reason}.", "LibreOffice could not convert to PDF: {reason}."),
    "pdf.timeout": ("LibreOffice không trả lời sau {seconds} giây.", "LibreOffice did not answer within {seconds} seconds."),
}


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.lower().startswith("en") else "vi"


def language() -> str:
    return _LANG


def message(code: str, lang: str | None = None, **params: object) -> str:
    vi, en = MESSAGES[code]
    template = en if (lang or _LANG) == "en" else vi
    try:
        return template.format(**params)
    except (KeyError, IndexError):  # a missing parameter must never hide the error
        return template


class ThongbaoError(Exception):
    """Base of every error the engine reports to a user."""

    code = "draft.unreadable"

    def __init__(self, code: str | None = None, **params: object):
        self.code = code or self.code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        params = {k: (v.message(lang) if isinstance(v, FieldProblem) else v)
                  for k, v in self.params.items()}
        return message(self.code, lang, **params)

    def __str__(self) -> str:
        return self.message()


class FieldProblem:
    """What is wrong with one field (a translatable fragment)."""

    def __init__(self, code: str, **params: object):
        self.code, self.params = code, params

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def __repr__(self) -> str:
        return f"FieldProblem({self.code!r}, {self.params!r})"


class DraftError(ThongbaoError):
    """A draft file cannot be read or written.  ``file`` names it; for a bad
    field, ``path`` is the field path (``body[0].children[2].text``)."""

    @property
    def file(self) -> str:
        return str(self.params.get("file", ""))

    @property
    def path(self) -> str:
        return str(self.params.get("path", ""))


class RenderError(ThongbaoError):
    code = "render.template"


class FinalExportRefused(RenderError):
    """A final export was asked for while required parts are empty."""

    def __init__(self, problems: list["object"]):
        self.problems = problems
        super().__init__("render.final_refused", problems="")

    def message(self, lang: str | None = None) -> str:
        lines = "\n".join(f"- {p.message(lang)}" for p in self.problems)  # type: ignore[attr-defined]
        return message("render.final_refused", lang, problems=lines)


class PdfError(ThongbaoError):
    code = "pdf.failed"

"""What a final (ready-to-sign) export needs: spec §6.

Only the number and the day/month of the header may stay blank; nothing else
may be empty or hold a placeholder or a leftover template variable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .notice import Notice

# Leftover template variables ({{ x }}, {% … %}), ellipsis placeholders
# ("…", "..."), bracketed placeholders ("[tên đơn vị]", "<đơn vị>") and XXX.
# "<" followed by a space is a comparison ("tỷ lệ < 5% và > 3%"), not a slot.
PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\[[^\]^][^\]]*\]|<[^<>\s][^<>]*>|\bX{3,}\b|_{3,}")
ELLIPSIS_ONLY = re.compile(r"^\s*(…|\.{3,})\s*$")

MESSAGES = {
    "missing": ("Chưa có {what}", "{what} is empty"),
    "placeholder": ("{what} còn chỗ trống hoặc biến mẫu: «{text}»", "{what} still holds a placeholder: «{text}»"),
}

PARTS = {
    "header.agency": ("tên cơ quan ban hành", "the issuing agency"),
    "header.parent_agency": ("tên cơ quan chủ quản", "the parent agency"),
    "header.symbol": ("ký hiệu văn bản", "the document symbol"),
    "header.place": ("địa danh", "the place name"),
    "header.summary": ("trích yếu", "the summary (trích yếu)"),
    "header.doc_type": ("tên loại văn bản", "the document type"),
    "opening": ("phần mở đầu", "the opening"),
    "body": ("nội dung", "the body"),
    "closing": ("câu kết", "the closing sentence"),
    "closing.footnotes": ("chú thích của câu kết", "a footnote of the closing sentence"),
    "recipients": ("nơi nhận", "the recipients"),
    "storage": ("dòng Lưu (đơn vị soạn thảo)", "the Lưu line (drafting unit)"),
    "signature.authority": ("quyền hạn, chức vụ người ký", "the signer's authority and title"),
    "signature.signer": ("họ tên người ký", "the signer's name"),
}


@dataclass(frozen=True)
class Problem:
    """One thing that stops a final export; ``path`` locates the field."""

    path: str
    kind: str  # "missing" | "placeholder"
    text: str = ""

    def message(self, lang: str | None = None) -> str:
        from ..errors import language
        en = (lang or language()) == "en"
        part = self.path.split("[")[0]
        what_vi, what_en = PARTS.get(part, (self.path, self.path))
        vi, en_t = MESSAGES[self.kind]
        what = what_en if en else what_vi
        if self.path != part:
            what = f"{what} ({self.path})"
        text = (en_t if en else vi).format(what=what, text=self.text)
        return text[:1].upper() + text[1:]  # "Chưa có trích yếu", "The summary … is empty"


def _placeholder(text: str) -> str | None:
    m = PLACEHOLDER.search(text)
    if m:
        return m.group(0)
    if ELLIPSIS_ONLY.match(text):
        return text.strip()
    return None


def final_problems(notice: Notice, opening_paragraphs: list[str] | None = None) -> list[Problem]:
    """Everything that must be filled before the notice can be signed."""
    problems: list[Problem] = []
    h = notice.header

    def need(path: str, value: str) -> None:
        if not value.strip():
            problems.append(Problem(path, "missing"))
        elif (p := _placeholder(value)) is not None:
            problems.append(Problem(path, "placeholder", p))

    need("header.agency", " ".join(h.agency))
    for i, line in enumerate(h.parent_agency):
        need(f"header.parent_agency[{i}]", line)
    need("header.symbol", h.symbol)
    need("header.place", h.place)
    need("header.doc_type", h.doc_type)
    need("header.summary", h.summary)
    if opening_paragraphs is not None:
        if not any(p.strip() for p in opening_paragraphs):
            problems.append(Problem("opening", "missing"))
        for i, text in enumerate(opening_paragraphs):
            if (p := _placeholder(text)) is not None:
                problems.append(Problem(f"opening[{i}]", "placeholder", p))
    if not notice.body:
        problems.append(Problem("body", "missing"))
    def footnotes(where: str, text) -> None:
        for k, note in enumerate(text.footnotes()):
            need(f"{where}.footnotes[{k}]", note.text)

    for path, node in notice.walk_body():
        where = "body" + "".join(f"[{i}]" for i in path)
        if node.kind.labelled and not node.text:  # a bare "2.1." or "-" on paper
            problems.append(Problem(where, "missing"))
        elif (p := _placeholder(node.text.text)) is not None:
            problems.append(Problem(where, "placeholder", p))
        footnotes(where, node.text)
    need("closing", notice.closing.text)
    footnotes("closing", notice.closing)
    if not notice.recipients:
        problems.append(Problem("recipients", "missing"))
    for i, line in enumerate(notice.recipients):
        need(f"recipients[{i}]", line)
    if not notice.storage.units:
        problems.append(Problem("storage", "missing"))
    if not notice.signature.authority:
        problems.append(Problem("signature.authority", "missing"))
    for i, line in enumerate(notice.signature.authority):
        need(f"signature.authority[{i}]", line)
    need("signature.signer", notice.signature.signer)
    return problems

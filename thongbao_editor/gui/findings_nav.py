"""Jump from a checker finding to its field and select its span.

A :class:`~thongbao_editor.checks.Finding` names a *part* (``header.symbol``,
``body``, ``recipients`` …), a *path* (body-tree path, or line / paragraph
index), optionally a footnote of that field, and a *span* in the field's
plain text.  :func:`focus_finding` shows the form section holding the field
(through the main window's ``show_section``, as problem paths do), puts the
focus on the widget and selects the span — translating model offsets into
widget offsets: a rich editor shows each footnote anchor as one extra
character, a list field shows one line per item.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit,
                               QScrollArea, QWidget)

from ..checks import Finding
from ..model import Footnote, RichText
from ..model.footnotes import footnote_order
from ..model.text import clean
from .richtext import document_paragraphs

log = logging.getLogger(__name__)

#: Parts without a form field of their own: where to send the user instead.
FALLBACK_FIELD = {"header": "header.agency", "storage": "storage.units",
                  "abbreviations": None, "header.date": None}
#: Which navigation section holds a part (the first dotted name, unless listed).
PART_SECTION = {"recipients": "closing", "storage": "closing"}


def section_key(part: str) -> str:
    head = part.split(".")[0]
    return PART_SECTION.get(head, head)


def rich_to_editor(rich: RichText, pos: int) -> int:
    """Editor offset of model plain-text offset ``pos``: every footnote anchor
    before it is one more character (``FOOTNOTE_MARK``) in the editor."""
    seen = 0
    anchors = 0
    for piece in rich.pieces:
        if isinstance(piece, Footnote):
            if seen <= pos:
                anchors += 1
            continue
        seen += len(piece.text)
        if seen > pos:
            break
    return pos + anchors


def _ensure_visible(window, widget: QWidget) -> None:
    scroll = window.stack.currentWidget()
    if isinstance(scroll, QScrollArea):
        scroll.ensureWidgetVisible(widget)


def _focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _select_text_edit(edit, start: int, end: int, block: int = 0) -> None:
    """Select ``start:end`` in block ``block`` of a QTextEdit / QPlainTextEdit."""
    doc = edit.document()
    b = doc.findBlockByNumber(block)
    if not b.isValid():
        b = doc.lastBlock()
    length = max(b.length() - 1, 0)
    cursor = QTextCursor(doc)
    cursor.setPosition(b.position() + min(start, length))
    cursor.setPosition(b.position() + min(end, length), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def _select_rich(edit, rich: RichText, span, block: int = 0) -> None:
    if span is None:
        return
    start, end = span
    e_start = rich_to_editor(rich, start)
    e_end = e_start if end == start else rich_to_editor(rich, end - 1) + 1
    _select_text_edit(edit, e_start, e_end, block)


def _select_line(widget: QWidget, span, line: int | None) -> None:
    """Select ``span`` in a bound plain field (one string, or one line of a list)."""
    if span is None:
        return
    start, end = span
    if isinstance(widget, QLineEdit):
        raw = widget.text()
        lead = len(raw) - len(raw.lstrip())
        widget.setSelection(lead + start, end - start)
        return
    if isinstance(widget, QPlainTextEdit):
        if line is None:  # one long string: line breaks fold into spaces
            raw = widget.toPlainText()
            lead = len(raw) - len(raw.lstrip())
            _select_text_edit(widget, lead + start, lead + end)
            return
        block = widget.document().begin()
        index = -1
        while block.isValid():
            if clean(block.text()):
                index += 1
                if index == line:
                    raw = block.text()
                    lead = len(raw) - len(raw.lstrip())
                    _select_text_edit(widget, lead + start, lead + end, block.blockNumber())
                    return
            block = block.next()


def _focus_footnote(window, f: Finding) -> bool:
    """Footnotes are edited in the footnotes table: select its row and the span."""
    if f.part not in ("body", "closing", "opening"):
        return False
    refs = footnote_order(window.document.notice)
    row = next((r for r, ref in enumerate(refs) if ref.part == f.part and ref.path == f.path
                and ref.index == f.footnote), None)
    if row is None:
        return False
    window.show_section("footnotes")
    section = window.section("footnotes")
    table = section.table
    table.setCurrentCell(row, 2)
    item = table.item(row, 2)
    _focus(table)
    if item is None:
        return True
    table.scrollToItem(item)
    table.editItem(item)
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit):
        editor = next(iter(table.viewport().findChildren(QLineEdit)), None)
    if isinstance(editor, QLineEdit) and f.span is not None:
        plain = refs[row].footnote.text
        start, end = f.span
        markup = editor.text()
        if markup == plain:
            editor.setSelection(start, end - start)
        else:  # bold/italic markers or escapes: find the same words nearest the offset
            needle = plain[start:end]
            hits = [i for i in range(len(markup)) if needle and markup.startswith(needle, i)]
            if hits:
                best = min(hits, key=lambda i: abs(i - start))
                editor.setSelection(best, len(needle))
    return True


def focus_finding(window, f: Finding) -> bool:
    """Show and focus the field of ``f`` in ``window`` and select its span.

    Returns False when the finding names no field (e.g. a silenced-rule note).
    """
    notice = window.document.notice
    if f.footnote is not None:
        return _focus_footnote(window, f)
    key = section_key(f.part)
    if key not in window.sections:
        return False
    window.show_section(key)
    section = window.section(key)
    try:
        if f.part == "body":
            if not f.path:
                _focus(section.tree)
                return True
            node = notice.node_at(f.path)
            section.select_path(f.path)
            _focus(section.text_edit)
            _select_rich(section.text_edit, node.text, f.span)
            return True
        if f.part == "closing":
            _ensure_visible(window, section.closing)
            _focus(section.closing)
            _select_rich(section.closing, notice.closing, f.span)
            return True
        if f.part == "opening":
            override = notice.opening.override
            if override is None:
                _focus(section.basis)
                return True
            i = f.path[0] if f.path else 0
            _ensure_visible(window, section.override)
            _focus(section.override)
            # Model paragraph i is the editor's i-th non-empty block.
            blocks = [n for n, p in enumerate(document_paragraphs(section.override.document()))
                      if p]
            if i < len(override) and i < len(blocks):
                _select_rich(section.override, override[i], f.span, blocks[i])
            return True
        if f.part == "header.date":
            _ensure_visible(window, section.date_widget)
            _focus(section.day)
            return True
        field = FALLBACK_FIELD.get(f.part, f.part)
        binding = section.bindings.get(field) if field else None
        if binding is None:
            section.setFocus()
            return True
        widget = binding.widget
        _ensure_visible(window, widget)
        _focus(widget)
        if isinstance(widget, QAbstractSpinBox):
            return True
        line = f.path[0] if f.path and isinstance(widget, QPlainTextEdit) \
            and field == f.part and _is_list(notice, field) else None
        if field == f.part:
            _select_line(widget, f.span, line)
        return True
    except (IndexError, ValueError, AttributeError):
        log.info("finding %s points at %s %s, which no longer exists", f.rule, f.part, f.path)
        return True


def _is_list(notice, path: str) -> bool:
    from .commands import get_field
    try:
        return isinstance(get_field(notice, path), list)
    except AttributeError:
        return False


__all__ = ["focus_finding", "rich_to_editor", "section_key"]

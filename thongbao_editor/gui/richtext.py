"""Rich paragraph editing: QTextDocument <-> RichText, and the editor widget.

A footnote anchor is one character (``FOOTNOTE_MARK``) whose char format
carries the footnote's markup in :data:`FOOTNOTE_PROPERTY`; its tooltip
shows the footnote text.  Only bold and italic survive a paste from Word or
a web page; the text is normalised (NFC, no control characters, tabs and
non-breaking spaces folded) at the model boundary.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import (QColor, QFont, QKeySequence, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QWidget

from ..model import Footnote, RichText, Run
from ..model.text import parse_markup, to_markup


log = logging.getLogger(__name__)

FOOTNOTE_PROPERTY = QTextFormat.Property.UserProperty + 1
FOOTNOTE_MARK = "\u2020"  # † shown raised; the footnote text lives in the format
MARKUP_MIME = "application/x-thongbao-markup"
BOLD_WEIGHT = QFont.Weight.DemiBold  # 600: anything at least this heavy is bold


def footnote_format(footnote: Footnote, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setProperty(FOOTNOTE_PROPERTY, to_markup(RichText(footnote.content)))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    fmt.setForeground(QColor("#1a5fb4"))
    fmt.setToolTip(footnote.text)
    fmt.setFontWeight(QFont.Weight.Normal)
    fmt.setFontItalic(False)
    return fmt


def run_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    return fmt


def _footnote_of(fmt: QTextCharFormat) -> Footnote | None:
    markup = fmt.property(FOOTNOTE_PROPERTY)
    if not isinstance(markup, str):
        return None
    try:
        rich = parse_markup(markup)
    except ValueError:
        rich = RichText.plain(markup)
    return Footnote(tuple(rich.runs()))


def block_pieces(block, start: int = 0, end: int | None = None) -> list:
    """The runs and footnotes of ``block`` (only document positions
    ``start``..``end`` when given)."""
    pieces: list = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            fmt = frag.charFormat()
            pos, text = frag.position(), frag.text()
            lo = max(start - pos, 0)
            hi = len(text) if end is None else min(end - pos, len(text))
            text = text[lo:hi] if lo < hi else ""
            footnote = _footnote_of(fmt)
            if footnote is not None:
                pieces.extend([footnote] * text.count(FOOTNOTE_MARK))
            elif text:
                text = text.replace("\u2028", " ").replace("\ufffc", "")
                pieces.append(Run(text, fmt.fontWeight() >= BOLD_WEIGHT, fmt.fontItalic()))
        it += 1
    return pieces


def document_paragraphs(document: QTextDocument) -> list[RichText]:
    """Each block of ``document`` as a normalised RichText (empty ones kept)."""
    out = []
    block = document.begin()
    while block.isValid():
        out.append(RichText(tuple(block_pieces(block))).normalized())
        block = block.next()
    return out


def document_to_rich(document: QTextDocument) -> RichText:
    """The whole document as one paragraph (blocks joined by a space)."""
    pieces: list = []
    block = document.begin()
    while block.isValid():
        if pieces:
            pieces.append(Run(" "))
        pieces.extend(block_pieces(block))
        block = block.next()
    return RichText(tuple(pieces)).normalized()


def insert_rich(cursor: QTextCursor, rich: RichText) -> None:
    for piece in rich.pieces:
        if isinstance(piece, Footnote):
            cursor.insertText(FOOTNOTE_MARK, footnote_format(piece))
        else:
            cursor.insertText(piece.text, run_format(piece))
    cursor.setCharFormat(run_format(Run("")))


def set_document_paragraphs(document: QTextDocument, paragraphs: list[RichText]) -> None:
    document.clear()
    cursor = QTextCursor(document)
    for i, rich in enumerate(paragraphs):
        if i:
            cursor.insertBlock()
        insert_rich(cursor, rich)


class RichTextEdit(QTextEdit):
    """A paragraph editor: bold, italic, footnotes; clean paste.

    ``single_paragraph`` folds Enter and pasted line breaks into spaces.
    ``rich_changed`` is emitted with the new value whenever the user edits.
    """

    rich_changed = Signal()
    #: Enter in a single-paragraph editor (the body editor starts a new paragraph).
    return_pressed = Signal()
    # With ``split_paste``: several paragraphs were pasted (a list of RichText);
    # the editor left its text alone, the receiver makes them paragraphs.
    paragraphs_pasted = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, single_paragraph: bool = True,
                 split_paste: bool = False):
        super().__init__(parent)
        self.single_paragraph = single_paragraph
        self.split_paste = split_paste
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        # Every edit is a command on the document's undo stack: no history of its own
        # (it would hold the loading of the text, and Ctrl+Z would erase it).
        self.setUndoRedoEnabled(False)
        self._loading = False
        self.textChanged.connect(self._on_text_changed)

    # -- value ----------------------------------------------------------------
    def rich(self) -> RichText:
        return document_to_rich(self.document())

    def paragraphs(self) -> list[RichText]:
        return [p for p in document_paragraphs(self.document()) if p]

    def set_rich(self, rich: RichText) -> None:
        """Show ``rich`` unless the editor already holds the same value."""
        if self.rich() == rich:
            return
        self.set_paragraphs([rich])

    def set_paragraphs(self, paragraphs: list[RichText]) -> None:
        if not self.single_paragraph and self.paragraphs() == [p for p in paragraphs if p]:
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            set_document_paragraphs(self.document(), paragraphs)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def split_at_selection(self) -> tuple[RichText, RichText]:
        """The text before the selection (or cursor) and after it, not normalised
        (so a space at the cut survives when something is put between)."""
        cursor = self.textCursor()
        return (self._range(0, cursor.selectionStart()), self._range(cursor.selectionEnd(), None))

    def _range(self, start: int, end: int | None) -> RichText:
        pieces: list = []
        block = self.document().begin()
        while block.isValid():
            if pieces:
                pieces.append(Run(" "))
            pieces.extend(block_pieces(block, start, end))
            block = block.next()
        return RichText(tuple(pieces))

    @Slot()
    def _on_text_changed(self) -> None:
        if not self._loading:
            self.rich_changed.emit()

    # -- formatting -----------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() >= BOLD_WEIGHT
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def insert_footnote(self, text: str) -> bool:
        """Insert a footnote anchor at the cursor; ``text`` may use markup."""
        try:
            rich = parse_markup(text)
        except ValueError:
            rich = RichText.plain(text)
        if not rich:
            return False
        cursor = self.textCursor()
        cursor.clearSelection()
        cursor.insertText(FOOTNOTE_MARK, footnote_format(Footnote(tuple(rich.runs()))))
        cursor.setCharFormat(run_format(Run("")))
        self.setTextCursor(cursor)
        return True

    def ask_footnote(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Insert footnote"),
            self.tr("Footnote text (**bold**, *italic* allowed):"))
        if ok:
            self.insert_footnote(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        if self.single_paragraph and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.return_pressed.emit()
            return
        if self.single_paragraph and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # Ctrl+Enter etc. go to the actions
            return
        super().keyPressEvent(event)

    # -- paste ------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        """Keep only bold/italic (and our own footnotes) from what is pasted."""
        scratch = QTextDocument()
        if source.hasFormat(MARKUP_MIME):
            markup = bytes(source.data(MARKUP_MIME).data()).decode("utf-8")
            try:
                paragraphs = [parse_markup(p) for p in markup.split("\n")]
            except ValueError:
                paragraphs = [RichText.plain(markup)]
            set_document_paragraphs(scratch, paragraphs)
        elif source.hasHtml():
            scratch.setHtml(source.html())
        elif source.hasText():
            scratch.setPlainText(source.text())
        else:
            return
        paragraphs = [p for p in document_paragraphs(scratch) if p]
        if self.split_paste and len(paragraphs) > 1:
            self.paragraphs_pasted.emit(paragraphs)
            return
        if self.single_paragraph:
            paragraphs = [document_to_rich(scratch)]
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        for i, rich in enumerate(paragraphs):
            if i:
                cursor.insertBlock()
            insert_rich(cursor, rich)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt API
        """Copy also as markup, so footnotes survive a copy and paste."""
        # Qt's own QTextEditMimeData lists a fixed set of formats: copy them
        # into a plain QMimeData that can carry one more.
        qt_data = super().createMimeDataFromSelection()
        data = QMimeData()
        for fmt in qt_data.formats():
            data.setData(fmt, qt_data.data(fmt))
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        paragraphs = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            paragraphs.append(RichText(tuple(block_pieces(block, start, end))).normalized())
            block = block.next()
        markup = "\n".join(to_markup(p) for p in paragraphs)
        data.setData(MARKUP_MIME, markup.encode("utf-8"))
        return data

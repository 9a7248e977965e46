"""Reviewing differences: the compare view, and the undo command that takes a
change over.

:class:`CompareDialog` shows the changes between two notices part by part,
side by side with word-level highlighting (deleted words red and struck
through, inserted words green and underlined, a moved node marked as moved),
steps from difference to difference (F8 / Shift+F8), and — when its old side
is the open draft — accepts (Ctrl+Shift+A) or rejects (Ctrl+Shift+R) them one
by one or all at once.  An accepted change is an :class:`ApplyChangeCommand`
on the document's undo stack: the model's edit operation the engine makes of
it (:class:`~thongbao_editor.compare.Taking`); a rejected one leaves the draft
as it is.
"""

from __future__ import annotations

import copy
import html
import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from ..compare import MOVED, Change, Taking, diff_notices
from ..checks.context import Context
from ..compare.changes import DELETED, INSERTED, body_path
from ..compare.report import KIND_NAMES
from ..model.parts import part_name
from ..errors import ThongbaoError, language
from ..model import Notice
from .commands import EditCommand

log = logging.getLogger(__name__)

DELETED_STYLE = "color:#b00000;text-decoration:line-through;background:#fde2e2"
INSERTED_STYLE = "color:#006400;text-decoration:underline;background:#e1f5e1"
MOVED_STYLE = "color:#1f4e9e;background:#e3ecfa"
PENDING, ACCEPTED, REJECTED = "", "accepted", "rejected"


class ApplyChangeCommand(EditCommand):
    """One accepted change: the model operation the compare engine made of it
    (a :class:`~thongbao_editor.compare.Taking`, made before anything is pushed
    so that a change that no longer fits is refused first), applied through
    the document like every edit; the compare view hears of redo and undo."""

    def __init__(self, document, taking: Taking, text: str, on_state=None):
        super().__init__(document, taking.op, text)
        self.taking, self.on_state = taking, on_state

    def redo(self) -> None:
        super().redo()
        self.taking.done(self.document.notice)
        self._tell(ACCEPTED)

    def undo(self) -> None:
        super().undo()
        self.taking.undone(self.document.notice)
        self._tell(PENDING)

    def _tell(self, state: str) -> None:
        if self.on_state is None:
            return
        try:
            self.on_state(self.taking.change, state)
        except RuntimeError:  # the compare view was closed and deleted meanwhile
            self.on_state = None


# --------------------------------------------------------------------------
# Showing a change


def _span(text: str, style: str) -> str:
    return f'<span style="{style}">{html.escape(text)}</span>' if text else ""


def side_html(change: Change, side: str) -> str:
    """The old (``side='old'``) or new text of a change, its differences highlighted."""
    if change.kind == INSERTED:
        return _span(change.new or "", INSERTED_STYLE) if side == "new" else ""
    if change.kind == DELETED:
        return _span(change.old or "", DELETED_STYLE) if side == "old" else ""
    out = []
    for op in change.ops:
        if op.op == "equal":
            out.append(html.escape(op.old))
        elif side == "old":
            out.append(_span(op.old, DELETED_STYLE))
        else:
            out.append(_span(op.new, INSERTED_STYLE))
    body = "".join(out)
    if change.kind == MOVED:
        body = f'<div style="{MOVED_STYLE}">{body}</div>'
    return body


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if language() == "en" else pair[0]


class CompareDialog(QDialog):
    """The differences from ``old`` to ``new``; with ``document`` (whose notice
    is ``old``) the changes can be accepted into it or rejected."""

    def __init__(self, parent: QWidget | None, old: Notice, new: Notice, *, document=None,
                 old_title: str = "", new_title: str = "", changes: list[Change] | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.document = document
        self.contexts = (Context(copy.deepcopy(old)), Context(copy.deepcopy(new)))  # body labels as printed
        self.changes = changes if changes is not None else diff_notices(old, new)
        self.state: dict[int, str] = {i: PENDING for i in range(len(self.changes))}
        self.titles = (old_title, new_title)
        self.resize(1100, 650)
        self._build()
        self.retranslate()
        self._fill()
        if self.changes:
            self.list.setCurrentRow(0)

    # -- widgets -------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("changeList")
        self.list.currentRowChanged.connect(self._show)
        self.old_label, self.new_label = QLabel(), QLabel()
        self.old_view, self.new_view = QTextBrowser(), QTextBrowser()
        self.old_view.setObjectName("oldView")
        self.new_view.setObjectName("newView")
        self.where = QLabel()
        self.where.setWordWrap(True)
        panes = QWidget()
        grid = QHBoxLayout(panes)
        for label, view in ((self.old_label, self.old_view), (self.new_label, self.new_view)):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(view)
            grid.addLayout(col)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.addWidget(self.where)
        rlay.addWidget(panes)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 900])
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.accept_button, self.reject_button = QPushButton(), QPushButton()
        self.accept_all_button, self.reject_all_button = QPushButton(), QPushButton()
        self.prev_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button.clicked.connect(self.reject_all)
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.accept_button, self.reject_button, self.accept_all_button, self.reject_all_button):
            b.setVisible(self.document is not None)
            buttons.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._shortcut("F8", self.next_change)
        self._shortcut("Shift+F8", self.previous_change)
        if self.document is not None:
            self._shortcut("Ctrl+Shift+A", self.accept_current)
            self._shortcut("Ctrl+Shift+R", self.reject_current)

    def _shortcut(self, keys: str, slot) -> None:
        a = QAction(self)
        a.setShortcut(QKeySequence(keys))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        self.addAction(a)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare versions"))
        self.old_label.setText(self.tr("Old: %s") % (self.titles[0] or self.tr("old version")))
        self.new_label.setText(self.tr("New: %s") % (self.titles[1] or self.tr("new version")))
        self.prev_button.setText(self.tr("◀ Previous (Shift+F8)"))
        self.next_button.setText(self.tr("Next (F8) ▶"))
        self.accept_button.setText(self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject"))
        self.accept_all_button.setText(self.tr("Accept all"))
        self.reject_all_button.setText(self.tr("Reject all"))
        self._update_summary()

    def _update_summary(self) -> None:
        n = len(self.changes)
        if not n:
            self.summary.setText(self.tr("The two versions are the same."))
            return
        done = sum(1 for s in self.state.values() if s)
        text = self.tr("%n difference(s)", "", n)
        if self.document is not None:
            text += " — " + self.tr("%1 accepted, %2 rejected, %3 left").replace(
                "%1", str(sum(s == ACCEPTED for s in self.state.values()))).replace(
                "%2", str(sum(s == REJECTED for s in self.state.values()))).replace("%3", str(n - done))
        authors = sorted({c.author for c in self.changes if c.author})
        if authors:
            text += " — " + self.tr("tracked changes by %s") % ", ".join(authors)
        self.summary.setText(text)

    # -- the list ----------------------------------------------------------------------
    def place(self, path: str | None, side: int) -> str:
        """A body path as the reader sees it (``II › 1 › ¶2``), else the path itself."""
        found = body_path(path)
        if found is None:
            return path or ""
        nodes, note = found
        where = self.contexts[side].where("body", nodes)
        if note is not None:
            where += " › " + self.tr("footnote %d") % (note + 1)
        return where or (path or "")

    def _item_text(self, i: int) -> str:
        c = self.changes[i]
        mark = {ACCEPTED: "✓ ", REJECTED: "✗ "}.get(self.state[i], "")
        place = self.place(c.path, 0 if c.kind == DELETED else 1)
        return f"{mark}{_pick(KIND_NAMES[c.kind])} · {part_name(c.part)}\n{place}"

    def _fill(self) -> None:
        self.list.clear()
        for i in range(len(self.changes)):
            self.list.addItem(QListWidgetItem(self._item_text(i)))

    def set_state(self, change: Change, state: str) -> None:
        for i, c in enumerate(self.changes):
            if c is change:
                self.state[i] = state
                self.list.item(i).setText(self._item_text(i))
        self._update_summary()
        self._update_buttons()

    @Slot(int)
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.changes):
            self.old_view.clear()
            self.new_view.clear()
            self.where.clear()
            return
        c = self.changes[row]
        place = self.place(c.path, 0 if c.kind == DELETED else 1)
        where = f"<b>{html.escape(part_name(c.part))} — {html.escape(place)}</b>"
        if place != c.path:
            where += f" <small>({html.escape(c.path)})</small>"
        if c.kind == MOVED and c.old_path:
            where += " — " + html.escape(self.tr("moved from %s") % self.place(c.old_path, 0))
        if c.detail:
            where += f" — {html.escape(c.detail)}"
        if c.author:
            where += " — " + html.escape(self.tr("by %s") % c.author)
        self.where.setText(where)
        self.old_view.setHtml(side_html(c, "old"))
        self.new_view.setHtml(side_html(c, "new"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        pending = 0 <= row < len(self.changes) and self.state[row] == PENDING
        self.accept_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        left = any(s == PENDING for s in self.state.values())
        self.accept_all_button.setEnabled(left)
        self.reject_all_button.setEnabled(left)

    # -- moving ------------------------------------------------------------------------
    @Slot()
    def next_change(self) -> None:
        if self.changes:
            self.list.setCurrentRow(min(self.list.currentRow() + 1, len(self.changes) - 1))

    @Slot()
    def previous_change(self) -> None:
        if self.changes:
            self.list.setCurrentRow(max(self.list.currentRow() - 1, 0))

    def _next_pending(self) -> None:
        row = self.list.currentRow()
        order = list(range(row + 1, len(self.changes))) + list(range(0, row))
        for i in order:
            if self.state[i] == PENDING:
                self.list.setCurrentRow(i)
                return

    # -- accepting and rejecting ----------------------------------------------------------
    def _still_open(self) -> bool:
        """The draft this view was opened on is still the one in the window."""
        window = self.parent()
        if getattr(window, "document", self.document) is self.document:
            return True
        QMessageBox.information(self, self.tr("Cannot accept the change"),
                                self.tr("Another draft was opened meanwhile; compare again."))
        self.close()
        return False

    def _accept(self, i: int) -> bool:
        c = self.changes[i]
        if not self._still_open():
            return False
        try:
            taking = Taking(self.document.notice, c)
        except ThongbaoError as exc:
            QMessageBox.warning(self, self.tr("Cannot accept the change"), exc.message())
            return False
        text = self.tr("Accept change at %s") % c.path
        self.document.push(ApplyChangeCommand(self.document, taking, text, self.set_state))
        return True

    @Slot()
    def accept_current(self) -> None:
        row = self.list.currentRow()
        if self.document is None or not 0 <= row < len(self.changes) or self.state[row] != PENDING:
            return
        if self._accept(row):
            self._next_pending()

    @Slot()
    def reject_current(self) -> None:
        row = self.list.currentRow()
        if self.document is None or not 0 <= row < len(self.changes) or self.state[row] != PENDING:
            return
        self.set_state(self.changes[row], REJECTED)
        self._next_pending()

    @Slot()
    def accept_all(self) -> None:
        if self.document is None:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Accept all changes"))
        try:
            for i in range(len(self.changes)):
                if self.state[i] == PENDING and not self._accept(i):
                    break
        finally:
            stack.endMacro()

    @Slot()
    def reject_all(self) -> None:
        for i, c in enumerate(self.changes):
            if self.state[i] == PENDING:
                self.set_state(c, REJECTED)

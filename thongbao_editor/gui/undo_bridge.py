"""One undo history: the text widgets of a window keep none of their own.

Qt's line and text edits each have an undo history, and they take Ctrl+Z
for themselves before the window's Undo action sees it.  In this editor
every keystroke already is a command on the document's undo stack, and a
widget's own history also holds the text the editor *loaded* into it — so
its Ctrl+Z would "undo" the loading and erase text the user never typed.

:class:`SharedUndo` watches the form's text widgets (line edits, text
edits, spin boxes and date edits, the rich text editors): it turns their own
undo off where Qt allows it (text edits), and sends Ctrl+Z, Ctrl+Y and
Ctrl+Shift+Z and the Undo/Redo entries of their context menus to the
document's stack.  A table cell being edited (footnotes, abbreviations) is
not in the notice yet: there Ctrl+Z first drops what was typed in the cell.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QLineEdit,
                               QPlainTextEdit, QTextEdit, QWidget)

_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_WATCHED = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.ContextMenu,
            QEvent.Type.ChildPolished)


def undo_key(event: QKeyEvent) -> str | None:
    """"undo", "redo" or None for a key event."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    if event.matches(QKeySequence.StandardKey.Undo) or (event.key() == Qt.Key.Key_Z and mods == ctrl):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or (event.key() == Qt.Key.Key_Y and mods == ctrl) \
            or (event.key() == Qt.Key.Key_Z and mods == ctrl | Qt.KeyboardModifier.ShiftModifier):
        return "redo"
    return None


def _is_cell_editor(widget: QObject) -> bool:
    """Is ``widget`` the editor of a table cell (made by the view's delegate)?"""
    viewport = widget.parent() if isinstance(widget, QLineEdit) else None
    view = viewport.parent() if viewport is not None else None
    return isinstance(view, QAbstractItemView) and view.viewport() is viewport


class SharedUndo(QObject):
    """Route the undo keys and menu entries of the text widgets under the
    roots given to :meth:`watch` to ``window.document.undo_stack``."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def stack(self):
        document = getattr(self.window, "document", None)
        return document.undo_stack if document is not None else None

    def watch(self, root: QWidget) -> None:
        """Take over the undo of every text widget under ``root``."""
        for cls in _TEXT_WIDGETS:
            for widget in root.findChildren(cls):
                self.take(widget)
        for view in root.findChildren(QAbstractItemView):
            view.viewport().installEventFilter(self)  # its cell editors, when they come

    def take(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            widget.setUndoRedoEnabled(False)  # loading text is never an edit
            widget.viewport().installEventFilter(self)  # its context menu arrives there

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _WATCHED or self.stack() is None:
            return False
        if kind == QEvent.Type.ChildPolished:
            if isinstance(event.child(), QLineEdit) and _is_cell_editor(event.child()):
                self.take(event.child())
            return False
        if kind == QEvent.Type.ContextMenu:
            widget = obj if isinstance(obj, _TEXT_WIDGETS) else obj.parent()
            return self._context_menu(widget, event)
        which = undo_key(event)
        if which is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to us as a key press, not to the widget
            return True
        if _is_cell_editor(obj):
            # A table cell being edited is not in the notice yet: Ctrl+Z first
            # drops what was typed there (as Escape does), then undoes steps.
            typed = obj.isModified()
            QApplication.sendEvent(obj, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                  Qt.KeyboardModifier.NoModifier))
            if typed and which == "undo":
                return True
        getattr(self.stack(), which)()
        return True

    def _context_menu(self, widget: QWidget, event) -> bool:
        if isinstance(widget, QAbstractSpinBox):
            return False  # a spin box's menu steps the number; no text history of note
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            menu = widget.createStandardContextMenu(event.pos())
        else:
            menu = widget.createStandardContextMenu()
        stack = self.stack()
        for action in menu.actions():
            if action.objectName() == "edit-undo":
                action.triggered.disconnect()
                action.triggered.connect(stack.undo)
                action.setEnabled(stack.canUndo())
            elif action.objectName() == "edit-redo":
                action.triggered.disconnect()
                action.triggered.connect(stack.redo)
                action.setEnabled(stack.canRedo())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True

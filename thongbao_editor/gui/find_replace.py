"""Find and Replace (Ctrl+F, Ctrl+H) across every part of the notice.

The search is the model's (:mod:`thongbao_editor.model.search`): a letter
typed without diacritics finds every accented form (``ubnd xa`` finds
``UBND xã``).  A match is shown as the checker's findings are — the field is
focused and the words selected (:func:`~.findings_nav.focus_finding`).  Each
Replace, and Replace All as a whole, is one step on the document's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..checks import Finding, Severity
from ..model.search import Match, find_all, replace_all_op, replace_op


def as_finding(match: Match) -> Finding:
    """A match in the shape the navigation to a field understands."""
    return Finding("find", Severity.HINT, "", "", match.part, match.path, match.span,
                   match.footnote)


class FindReplaceDialog(QDialog):
    """A non-modal Find / Replace window over the main window's document."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("findReplaceDialog")
        self.window_ = window
        self.current: Match | None = None
        self.index = 0
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findText")
        self.find_edit.textChanged.connect(self._on_query_changed)
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceText")
        self.match_case = QCheckBox()
        self.whole_word = QCheckBox()
        self.form = QFormLayout()
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        self.form.addRow(self.find_label, self.find_edit)
        self.form.addRow(self.replace_label, self.replace_edit)
        self.form.addRow("", self.match_case)
        self.form.addRow("", self.whole_word)
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        buttons = QDialogButtonBox()
        self.find_button = QPushButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.close_button = QPushButton()
        for b in (self.find_button, self.replace_button, self.replace_all_button,
                  self.close_button):
            b.setAutoDefault(False)
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.find_button.setDefault(True)  # Enter finds the next match
        self.find_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Re&place with:"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_word.setText(self.tr("&Whole words"))
        self.find_button.setText(self.tr("Find &next"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &all"))
        self.close_button.setText(self.tr("Close"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.find_edit.setToolTip(self.tr("Letters typed without diacritics also find the "
                                          "accented ones: “ubnd xa” finds “UBND xã”."))
        self.set_replacing(self.replace_edit.isVisible())

    def set_replacing(self, replacing: bool) -> None:
        for w in (self.replace_label, self.replace_edit, self.replace_button,
                  self.replace_all_button):
            w.setVisible(replacing)
        self.setWindowTitle(self.tr("Find and replace") if replacing else self.tr("Find"))

    def open_for(self, replacing: bool) -> None:
        self.set_replacing(replacing)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    # -- searching ------------------------------------------------------------------
    def matches(self) -> list[Match]:
        document = self.window_.document
        return find_all(document.notice, self.find_edit.text(),
                        match_case=self.match_case.isChecked(),
                        whole_word=self.whole_word.isChecked())

    @Slot()
    def _on_query_changed(self) -> None:
        self.current = None
        self.status.clear()

    @Slot()
    def find_next(self) -> bool:
        """Select the next match after the current one (wrapping round)."""
        from .findings_nav import focus_finding
        found = self.matches()
        if not found:
            self.current = None
            self.status.setText(self.tr("Not found."))
            return False
        if self.current in found:
            i = found.index(self.current) + 1
        else:  # replaced (or nothing yet): the match now in its place
            i = self.index if self.current is not None else 0
        i %= len(found)
        self.current, self.index = found[i], i
        focus_finding(self.window_, as_finding(self.current))
        self.status.setText(self.tr("Match %1 of %2").replace("%1", str(i + 1))
                            .replace("%2", str(len(found))))
        self.activateWindow()
        return True

    @Slot()
    def replace(self) -> None:
        """Replace the selected match (one undo step) and go to the next."""
        if self.current is None or self.current not in self.matches():
            self.find_next()
            return
        document = self.window_.document
        document.apply(replace_op(document.notice, self.current, self.replace_edit.text()),
                       self.tr("Replace “%1”").replace("%1", self.find_edit.text()))
        self.find_next()

    @Slot()
    def replace_all(self) -> int:
        found = self.matches()
        if found:
            document = self.window_.document
            document.apply(replace_all_op(document.notice, found, self.replace_edit.text()),
                           self.tr("Replace all “%1”").replace("%1", self.find_edit.text()))
        self.current = None
        self.status.setText(self.tr("%n replacement(s).", "", len(found)))
        return len(found)


class FindActions(QObject):
    """Edit > Find… (Ctrl+F) and Edit > Replace… (Ctrl+H)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: FindReplaceDialog | None = None
        self.find_action = QAction(window)
        self.find_action.setObjectName("find")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(lambda: self.show(False))
        self.replace_action = QAction(window)
        self.replace_action.setObjectName("replace")
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        self.replace_action.triggered.connect(lambda: self.show(True))
        for a in (self.find_action, self.replace_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(a)
        window.edit_menu.addSeparator()
        window.edit_menu.addActions([self.find_action, self.replace_action])
        # Text fields take Ctrl+F/Ctrl+H as emacs keys on Linux: the window keeps them.
        window.keep_shortcuts.keys |= {a.shortcut()[0].toCombined()
                                       for a in (self.find_action, self.replace_action)}

    def show(self, replacing: bool) -> FindReplaceDialog:
        if self.dialog is None:
            self.dialog = FindReplaceDialog(self.window)
        self.dialog.open_for(replacing)
        return self.dialog

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("&Find…"))
        self.replace_action.setText(self.tr("Find and &replace…"))
        if self.dialog is not None:
            self.dialog.retranslate()

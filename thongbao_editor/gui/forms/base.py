"""The reusable parts of a form section: label/field/help rows bound to a
field of the notice.

A :class:`Binding` reads its widget, compares with the notice and pushes a
:class:`~thongbao_editor.gui.commands.SetField` when they differ; on
``load()`` it writes the notice into the widget only when the widget does
not already show that value, so the cursor never jumps while typing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...model.text import clean
from ..commands import SetField, get_field

log = logging.getLogger(__name__)

BLANK_DATE = QDate(1900, 1, 1)


def text_lines(text: str) -> list[str]:
    return [line for line in (clean(x) for x in text.splitlines()) if line]


@dataclass
class Binding:
    path: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    merge: bool = True


class _OpenOnToday(QObject):
    """Shows this month in the calendar of a blank date (not January 1900)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.edit.date() == self.edit.minimumDate():
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return False


def blank_date_opens_today(edit: QDateEdit) -> None:
    """For a date edit whose minimum stands for "no date": its calendar popup
    opens on the current month while the date is blank."""
    edit.calendarWidget().installEventFilter(_OpenOnToday(edit))


class FormSection(QWidget):
    """A titled form over one part of the notice; subclasses build rows."""

    part = ""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.bindings: dict[str, Binding] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        outer.addWidget(self.title_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra, 1)

    def title(self) -> str:
        return ""

    # -- rows -------------------------------------------------------------------
    def add_row(self, label: str, widget: QWidget, *, required: bool = False,
                help_text: str = "") -> QWidget:
        text = label + (" *" if required else "")
        lab = QLabel(text)
        lab.setBuddy(widget)
        if required:
            lab.setToolTip(self.tr("Required before a final export"))
            lab.setProperty("required", True)
        widget.setAccessibleName(label)
        if help_text:
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
            box = QWidget()
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(widget)
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setProperty("hint", True)
            hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")
            lay.addWidget(hint)
            self.form.addRow(lab, box)
        else:
            self.form.addRow(lab, widget)
        return widget

    def bind(self, binding: Binding) -> Binding:
        self.bindings[binding.path] = binding
        return binding

    def line(self, path: str, label: str, **kw) -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(path)
        self.bind(Binding(path, w, lambda: clean(w.text()),
                          lambda v: w.setText(v) if clean(w.text()) != v else None))
        w.textEdited.connect(lambda _t, p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    def lines(self, path: str, label: str, height: int = 3, **kw) -> QPlainTextEdit:
        """A list of strings, one per line."""
        w = QPlainTextEdit()
        w.setObjectName(path)
        w.setTabChangesFocus(True)
        w.setFixedHeight(w.fontMetrics().lineSpacing() * height + 12)
        self.bind(Binding(path, w, lambda: text_lines(w.toPlainText()),
                          lambda v: w.setPlainText("\n".join(v))
                          if text_lines(w.toPlainText()) != v else None))
        w.textChanged.connect(lambda p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    def paragraph(self, path: str, label: str, height: int = 3, **kw) -> QPlainTextEdit:
        """A long single string (line breaks fold into spaces)."""
        w = QPlainTextEdit()
        w.setObjectName(path)
        w.setTabChangesFocus(True)
        w.setFixedHeight(w.fontMetrics().lineSpacing() * height + 12)
        self.bind(Binding(path, w, lambda: clean(w.toPlainText()),
                          lambda v: w.setPlainText(v) if clean(w.toPlainText()) != v else None))
        w.textChanged.connect(lambda p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    def number(self, path: str, label: str, low: int, high: int, blank: str = "", **kw
               ) -> QSpinBox:
        """An integer; with ``blank`` the minimum stands for ``None``."""
        w = QSpinBox()
        w.setObjectName(path)
        w.setRange(low - 1 if blank else low, high)
        if blank:
            w.setSpecialValueText(blank)

        def read() -> int | None:
            return None if blank and w.value() == w.minimum() else w.value()

        def write(v: int | None) -> None:
            if read() != v:
                w.setValue(w.minimum() if v is None else v)

        self.bind(Binding(path, w, read, write))
        w.valueChanged.connect(lambda _v, p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    def choice(self, path: str, label: str, values: tuple[str, ...], none: str, **kw) -> QComboBox:
        """One of ``values`` or ``""`` (shown as ``none``)."""
        w = QComboBox()
        w.setObjectName(path)
        w.addItem(none, "")
        for value in values:
            w.addItem(value, value)
        self.bind(Binding(path, w, lambda: w.currentData() or "",
                          lambda v: w.setCurrentIndex(max(w.findData(v), 0))))
        w.currentIndexChanged.connect(lambda _i, p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    def date(self, path: str, label: str, **kw) -> QDateEdit:
        """A date that may stay blank (shown as the special text)."""
        w = QDateEdit()
        w.setObjectName(path)
        w.setCalendarPopup(True)
        w.setDisplayFormat("dd/MM/yyyy")
        w.setMinimumDate(BLANK_DATE)
        w.setSpecialValueText(self.tr("(no date)"))
        blank_date_opens_today(w)

        def read() -> dt.date | None:
            d = w.date()
            return None if d == BLANK_DATE else dt.date(d.year(), d.month(), d.day())

        def write(v: dt.date | None) -> None:
            if read() != v:
                w.setDate(BLANK_DATE if v is None else QDate(v.year, v.month, v.day))

        self.bind(Binding(path, w, read, write))
        w.dateChanged.connect(lambda _d, p=path: self.commit(p))
        return self.add_row(label, w, **kw)

    # -- model <-> widgets ----------------------------------------------------
    def commit(self, path: str) -> None:
        """The user changed the widget bound to ``path``: push a command."""
        if self._loading:
            return
        b = self.bindings[path]
        value = b.read()
        if value != get_field(self.document.notice, path):
            self.document.push(SetField(self.document, path, value,
                                        self.tr("Edit %s") % b.widget.accessibleName(),
                                        merge=b.merge))

    def load(self) -> None:
        """Show the notice's values (after a load, an undo, a redo)."""
        self._loading = True
        try:
            for b in self.bindings.values():
                b.write(get_field(self.document.notice, b.path))
            self.load_extra()
        finally:
            self._loading = False

    def load_extra(self) -> None:
        """Subclasses: load widgets that are not simple bindings."""

    def retranslate(self) -> None:
        self.title_label.setText(self.title())

    def attach(self) -> None:
        """Follow the document's changes (until :meth:`detach`)."""
        self.document.changed.connect(self.on_document_changed)

    def detach(self) -> None:
        """Stop following the document: this form is being replaced."""
        self.document.changed.disconnect(self.on_document_changed)

    def focus_path(self, path: str) -> bool:
        """Put the keyboard focus on the field for a problem's ``path``."""
        base = path.split("[")[0]
        b = self.bindings.get(base)
        if b is None:
            return False
        b.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot(str)
    def on_document_changed(self, part: str) -> None:
        if part == self.part:
            self.load()

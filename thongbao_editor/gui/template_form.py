"""A form generated from a notice template's declared variables.

One row per variable (``describe_variables``): its label (``*`` when
required), a widget chosen by its type, its help as tooltip and hint line,
and an inline message under the field when ``value_problems`` finds
something wrong with it.

Values derived from defaults (``unit_agency = "{{ unit.agency }}"``) are
shown in the fields and follow the fields they depend on until the user
edits them; only fields the user touched are handed to the engine, so the
draft records what the user gave and defaults are derived again (see
docs/templates.md, "Which value wins").
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit,
                               QLayout, QPlainTextEdit, QVBoxLayout, QWidget)

from ..errors import RenderError, ThongbaoError
from ..model import Person
from ..model.text import clean
from ..templates import describe_variables, resolve_values, value_problems
from ..templates.files import NoticeTemplate, Profile
from ..templates.values import display, to_json
from .forms.base import blank_date_opens_today

log = logging.getLogger(__name__)

BLANK_DATE = QDate(1900, 1, 1)
OTHER_PERSON = "*other*"  # not a valid person id
REFRESH_MS = 120


class Field(QWidget):
    """The widget(s) of one variable."""

    #: The user changed the value.
    edited = Signal()

    def __init__(self, var: dict[str, Any], people: dict[str, Person], parent=None):
        super().__init__(parent)
        self.var = var
        self.name = var["name"]
        self.type = var["type"]
        self.people = people
        #: The user changed this field: its value is handed to the engine.
        self.touched = False
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.editor = self._make_editor()
        self.editor.setObjectName(f"var_{self.name}")
        lay.addWidget(self.editor)
        if self.type == "person":
            self.parts = [QLineEdit() for _ in range(3)]
            for part, w in zip(("name", "title", "role"), self.parts, strict=True):
                w.setObjectName(f"var_{self.name}_{part}")
                w.textEdited.connect(self._user_edit)
                w.setVisible(False)
                lay.addWidget(w)
        help_text = var.get("help") or ""
        if help_text:
            self.editor.setToolTip(help_text)
            self.editor.setAccessibleDescription(help_text)
            if self.type in ("text", "partial_date"):  # a line: the help is its placeholder
                self.editor.setPlaceholderText(help_text)
        self.problem = QLabel()
        self.problem.setObjectName(f"problem_{self.name}")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a51d2d;")
        self.problem.setVisible(False)
        lay.addWidget(self.problem)
        self.retranslate()

    # -- widgets -------------------------------------------------------------------
    def _make_editor(self) -> QWidget:
        t = self.type
        if t == "date":
            w = QDateEdit()
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setMinimumDate(BLANK_DATE)
            w.setDate(BLANK_DATE)
            blank_date_opens_today(w)
            w.dateChanged.connect(self._user_edit)
            return w
        if t == "list":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(w.fontMetrics().lineSpacing() * 4 + 12)
            w.textChanged.connect(self._user_edit)
            return w
        if t == "person":
            w = QComboBox()
            w.setEditable(False)
            for pid, person in self.people.items():
                w.addItem(display("person", person), pid)
            w.addItem("", OTHER_PERSON)
            w.setCurrentIndex(-1)
            w.activated.connect(self._person_chosen)
            return w
        w = QLineEdit()
        w.textEdited.connect(self._user_edit)
        return w

    def retranslate(self) -> None:
        t = self.type
        help_text = self.var.get("help") or ""
        if t == "date":
            self.editor.setSpecialValueText(self.tr("(no date)"))
        elif t == "number":
            self.editor.setPlaceholderText(self.tr("e.g. 12, 115.492 or 25,65"))
        elif t == "list":
            self.editor.setPlaceholderText(help_text or self.tr("One item per line"))
        elif t == "person":
            self.editor.setItemText(self.editor.count() - 1, self.tr("Someone else…"))
            for w, text in zip(self.parts, (self.tr("Full name"), self.tr("Title (chức vụ)"),
                                            self.tr("Role (optional)")), strict=True):
                w.setPlaceholderText(text)
                w.setAccessibleName(text)
        elif t == "unit":
            self.editor.setPlaceholderText(help_text or self.tr(
                "as written in a sentence: huyện Cao Lộc, xã Bình Trung, Sở Tài chính"))

    @Slot()
    def _user_edit(self, *_args) -> None:
        if self._loading:
            return
        self.touched = True
        self.edited.emit()

    @Slot(int)
    def _person_chosen(self, _index: int) -> None:
        other = self.editor.currentData() == OTHER_PERSON
        for w in self.parts:
            w.setVisible(other)
        if other and not self.parts[0].text():
            self.parts[0].setFocus()
        self._user_edit()

    # -- values ----------------------------------------------------------------------
    def value(self) -> Any:
        """What the field holds, as the engine takes it (``None``: empty)."""
        t = self.type
        if t == "date":
            d = self.editor.date()
            return None if d == BLANK_DATE else dt.date(d.year(), d.month(), d.day()).isoformat()
        if t == "list":
            lines = [clean(x) for x in self.editor.toPlainText().splitlines()]
            return [x for x in lines if x] or None
        if t == "person":
            data = self.editor.currentData()
            if data is None:
                return None
            if data == OTHER_PERSON:
                parts = {k: clean(w.text()) for k, w in zip(("name", "title", "role"), self.parts, strict=True)}
                return parts if any(parts.values()) else None
            return data
        return clean(self.editor.text()) or None

    def show_value(self, value: Any) -> None:
        """Show ``value`` (a typed value from the engine or a JSON value from
        a draft) without marking the field as edited."""
        self._loading = True
        try:
            t = self.type
            if t == "date":
                if isinstance(value, str) and value:
                    value = dt.date.fromisoformat(value)
                self.editor.setDate(QDate(value.year, value.month, value.day)
                                    if isinstance(value, dt.date) else BLANK_DATE)
            elif t == "list":
                lines = list(value or [])
                if [clean(x) for x in self.editor.toPlainText().splitlines() if clean(x)] != lines:
                    self.editor.setPlainText("\n".join(lines))
            elif t == "person":
                self._show_person(value)
            else:
                text = "" if value is None else (display(t, value) if t == "number" else str(value))
                if self.editor.text() != text:
                    self.editor.setText(text)
        finally:
            self._loading = False

    def _show_person(self, value: Any) -> None:
        combo = self.editor
        if value is None or value == "":
            combo.setCurrentIndex(-1)
            for w in self.parts:
                w.setVisible(False)
            return
        if isinstance(value, str):
            combo.setCurrentIndex(combo.findData(value))
            for w in self.parts:
                w.setVisible(False)
            return
        if isinstance(value, dict):
            value = Person(value.get("name", ""), value.get("title", ""), value.get("role", ""))
        for pid, person in self.people.items():
            if person == value:
                combo.setCurrentIndex(combo.findData(pid))
                for w in self.parts:
                    w.setVisible(False)
                return
        combo.setCurrentIndex(combo.findData(OTHER_PERSON))
        for w, text in zip(self.parts, (value.name, value.title, value.role), strict=True):
            w.setText(text)
            w.setVisible(True)

    def set_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))


class VariableForm(QWidget):
    """The generated form; :meth:`given` is what to hand to the engine."""

    #: Re-checked after an edit: (problems by variable name, resolved values or None).
    checked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.template: NoticeTemplate | None = None
        self.profile: Profile | None = None
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ThongbaoError] = {}
        self.resolved: dict[str, Any] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above
        self.general = QLabel()
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def build(self, template: NoticeTemplate, profile: Profile,
              values: dict[str, Any] | None = None) -> None:
        """One row per variable of ``template``; ``values`` (JSON, as in a
        draft's link) are shown as given by the user."""
        self.template, self.profile = template, profile
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.general = QLabel()
        self.general.setObjectName("problem_general")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #a51d2d;")
        self.general.setVisible(False)
        self.layout_.addRow(self.general)
        self.fields.clear()
        self.labels.clear()
        people = profile.all_people()
        for var in describe_variables(template, profile):
            f = Field(var, people)
            f.edited.connect(self.timer.start)
            label = QLabel(var["label"] + (" *" if var["required"] else ""))
            label.setBuddy(f.editor)
            if var["required"]:
                label.setToolTip(self.tr("Required"))
                label.setProperty("required", True)
            f.editor.setAccessibleName(var["label"])
            self.layout_.addRow(label, f)
            self.fields[var["name"]] = f
            self.labels[var["name"]] = label
        for name, value in (values or {}).items():
            if name in self.fields:
                self.fields[name].show_value(value)
                self.fields[name].touched = True
        self.refresh()

    def given(self) -> dict[str, Any]:
        """The values the user gave (touched, non-empty fields)."""
        out = {}
        for name, f in self.fields.items():
            if f.touched:
                v = f.value()
                if v is not None:
                    out[name] = v
        return out

    def given_json(self) -> dict[str, Any]:
        """:meth:`given` as a draft stores it (for comparing with a link)."""
        out = {}
        for name, value in self.given().items():
            typed = self.resolved.get(name)
            var = self.template.variable(name)
            out[name] = to_json(var.type, typed) if typed is not None else value
        return out

    @Slot()
    def refresh(self) -> None:
        """Re-check every field; update the derived values of untouched ones."""
        self.timer.stop()
        if self.template is None:
            return
        given = self.given()
        problems: dict[str, ThongbaoError] = {}
        try:
            self.resolved = resolve_values(self.template, self.profile, given,
                                           check_required=False, problems={})
            problems = value_problems(self.template, self.profile, given)
        except ThongbaoError as exc:  # a broken default: the form still works
            problems = {"": exc}
        self.problems = problems
        probe = self._with_examples(given, problems)
        for name, f in self.fields.items():
            if not f.touched and name in self.resolved:
                # A default derived from a field that is not right yet would
                # show a wrong value ("năm None"): it waits for that field.
                value = self.resolved[name]
                f.show_value(value if probe is None or probe.get(name) == value else None)
            err = problems.get(name)
            if err is not None and not f.touched and isinstance(err, RenderError) \
                    and len(problems) > 1:
                err = None  # a default that needs a field above it: shown once that is filled
            f.set_problem(err.message() if err is not None else "")
        general = problems.get("")
        self.general.setText(general.message() if general is not None else "")
        self.general.setVisible(general is not None)
        self.checked.emit()

    def _with_examples(self, given: dict[str, Any], problems) -> dict[str, Any] | None:
        """The values with the template's examples in the fields that have a
        problem (None when nothing is wrong): a default that comes out
        differently depends on a field that is not right yet."""
        if not problems:
            return None
        examples = self.template.examples()
        probe = {k: v for k, v in given.items() if k not in problems}
        probe.update({k: examples[k] for k in problems if k in examples})
        try:
            return resolve_values(self.template, self.profile, probe, check_required=False,
                                  problems={})
        except ThongbaoError:
            return None

    def ok(self) -> bool:
        return not self.problems

    def field(self, name: str) -> Field:
        return self.fields[name]

    def retranslate(self) -> None:
        for f in self.fields.values():
            f.retranslate()
        for _name, label in self.labels.items():
            if label.property("required"):
                label.setToolTip(self.tr("Required"))


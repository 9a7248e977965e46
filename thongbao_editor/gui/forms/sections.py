"""Form sections: document information, opening, closing & recipients,
signing block, abbreviations.  (The body tree and footnotes have their own
modules.)"""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser, QWidget)

from ...errors import ThongbaoError
from ...model import Abbreviation, IssueDate
from ...model.notice import CONFIDENTIALITY_LEVELS, URGENCY_LEVELS
from ...model.text import clean
from ...render.opening import generated_opening
from ..commands import SetField
from ..richtext import RichTextEdit
from .base import Binding, FormSection

log = logging.getLogger(__name__)


class HeaderSection(FormSection):
    part = "header"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.parent_agency = self.lines(
            "header.parent_agency", self.tr("Parent agency"), 2,
            help_text=self.tr("One line each; leave empty when there is none."))
        self.agency = self.lines("header.agency", self.tr("Issuing agency"), 2, required=True,
                                 help_text=self.tr("One line each, e.g. ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN"))
        self.number = self.line("header.number", self.tr("Number"),
                                help_text=self.tr("Leave empty until the notice is registered."))
        self.symbol = self.line("header.symbol", self.tr("Symbol"), required=True)
        self.place = self.line("header.place", self.tr("Place"), required=True)
        self._build_date()
        self.doc_type = self.line("header.doc_type", self.tr("Document type"), required=True)
        self.summary = self.paragraph("header.summary", self.tr("Summary (trích yếu)"), 4,
                                      required=True)
        marks = self.tr("For the registration data of the hand-off package; the văn thư "
                        "stamps the mark at issuance (not printed by this program).")
        self.urgency = self.choice("header.urgency", self.tr("Urgency (độ khẩn)"), URGENCY_LEVELS,
                                   self.tr("(not urgent)"), help_text=marks)
        self.confidentiality = self.choice("header.confidentiality",
                                           self.tr("Confidentiality (độ mật)"),
                                           CONFIDENTIALITY_LEVELS, self.tr("(not confidential)"))
        self.final_box = QCheckBox(self.tr("Final version, ready to sign (no DỰ THẢO mark)"))
        self.final_box.setAccessibleName(self.tr("Final version"))
        self.final_box.toggled.connect(self._on_final_box_toggled)
        self.add_row(self.tr("Version"), self.final_box,
                     help_text=self.tr("A view and export setting; it is not saved in the draft."))

    def load_extra(self) -> None:
        self.final_box.setChecked(self.document.final)

    @Slot(bool)
    def _on_final_box_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.document.final:
            return
        self.document.final = checked
        self.document.notify("view")

    def title(self) -> str:
        return self.tr("Document information")

    def _build_date(self) -> None:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.day = QSpinBox()
        self.month = QSpinBox()
        self.year = QSpinBox()
        for w, low, high, name in ((self.day, 0, 31, self.tr("Day")),
                                   (self.month, 0, 12, self.tr("Month")),
                                   (self.year, 1900, 2200, self.tr("Year"))):
            w.setRange(low, high)
            w.setAccessibleName(name)
            if low == 0:
                w.setSpecialValueText("…")
            lay.addWidget(QLabel(name))
            lay.addWidget(w)
            w.valueChanged.connect(lambda _v: self.commit("header.date"))
        lay.addStretch(1)
        self.date_widget = row

        def read() -> IssueDate:
            return IssueDate(self.year.value(), self.month.value() or None,
                             self.day.value() or None)

        def write(v: IssueDate) -> None:
            if read() != v:
                self.year.setValue(v.year)
                self.month.setValue(v.month or 0)
                self.day.setValue(v.day or 0)

        self.bind(Binding("header.date", self.day, read, write))
        self.add_row(self.tr("Date"), row, required=True,
                     help_text=self.tr("Day and month may stay blank (…) until registration."))
        self.day.setAccessibleName(self.tr("Day"))


class OpeningSection(FormSection):
    part = "opening"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.basis = self.lines("opening.basis", self.tr("Implementing"), 3, required=True,
                                help_text=self.tr("The documents the inspection implements, one per line."))
        self.inspection_date = self.date("opening.inspection_date", self.tr("Inspection date"),
                                         required=True)
        self.chair_name = self.line("opening.chair.name", self.tr("Chair"), required=True)
        self.chair_title = self.line("opening.chair.title", self.tr("Chair's title"),
                                     required=True)
        self.chair_role = self.line("opening.chair.role", self.tr("Role in the inspection"))
        self.units = self.lines("opening.units", self.tr("Inspected units"), 2, required=True)
        self.attendees = self.paragraph("opening.attendees", self.tr("Attendees"), 4)
        self.participants = self.paragraph("opening.participants",
                                           self.tr("Participants of the unit"), 3)
        self.activities = self.paragraph("opening.activities", self.tr("After (activities)"), 2,
                                          required=True)
        self.reporters = self.paragraph("opening.reporters", self.tr("Reported by"), 2,
                                        required=True)
        self.report_subject = self.paragraph("opening.report_subject",
                                             self.tr("Report subject"), 3, required=True)
        self.generated = QTextBrowser()
        self.generated.setAccessibleName(self.tr("Generated opening"))
        self.generated.setMinimumHeight(140)
        self.add_row(self.tr("Generated opening"), self.generated)
        self.override_box = QCheckBox(self.tr("Write the opening myself"))
        self.override_box.toggled.connect(self._on_override_box_toggled)
        self.add_row("", self.override_box)
        self.override = RichTextEdit(single_paragraph=False)
        self.override.setObjectName("opening.override")
        self.override.setMinimumHeight(140)
        self.override.rich_changed.connect(self._on_override_rich_changed)
        self.add_row(self.tr("Opening text"), self.override,
                     help_text=self.tr("One paragraph per line; replaces the generated text."))
        self.fact_widgets = [self.basis, self.inspection_date, self.chair_name, self.chair_title,
                             self.chair_role, self.units, self.attendees, self.participants,
                             self.activities, self.reporters, self.report_subject]

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the form row of ``widget`` (its help box, if it has one)."""
        for w in (widget, widget.parentWidget()):
            if w is not None and self.form.getWidgetPosition(w)[0] >= 0:
                self.form.setRowVisible(w, visible)
                return

    def title(self) -> str:
        return self.tr("Opening")

    def load_extra(self) -> None:
        notice = self.document.notice
        override = notice.opening.override
        has_template = bool(notice.opening.template)
        if not has_template:
            # Made from a template that wrote the opening itself: nothing is generated.
            paragraphs = [self.tr("This notice has no generated opening: the template it was "
                                  "made from wrote the opening text below.")]
        else:
            try:
                paragraphs = generated_opening(notice)
            except ThongbaoError as exc:
                paragraphs = [exc.message()]
        self.generated.setPlainText("\n\n".join(paragraphs))
        # A template that writes its own opening (a meeting, a conference) has no
        # inspection facts: show only the rows the notice's opening uses.
        facts = has_template or override is None
        for w in self.fact_widgets:
            self._show_row(w, facts)
        self._show_row(self.generated, facts)
        self._show_row(self.override_box, facts)
        self.override_box.setEnabled(has_template or override is None)
        self.override_box.setChecked(override is not None)
        self.override.setEnabled(override is not None)
        self.generated.setEnabled(override is None)
        if override is not None:
            self.override.set_paragraphs(override)
        elif self.override.toPlainText():
            self.override.set_paragraphs([])

    @Slot(bool)
    def _on_override_box_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        notice = self.document.notice
        if checked == (notice.opening.override is not None):
            return
        if not checked and not notice.opening.template:
            self.load()  # no generated opening to go back to: keep the written one
            return
        from ...model import RichText
        try:
            value = [RichText.plain(p) for p in generated_opening(notice)] if checked else None
        except ThongbaoError:
            value = []
        text = self.tr("Write the opening myself") if checked else self.tr("Use the generated opening")
        self.document.push(SetField(self.document, "opening.override", value, text, merge=False))

    @Slot()
    def _on_override_rich_changed(self) -> None:
        if self._loading or self.document.notice.opening.override is None:
            return
        value = self.override.paragraphs()
        if value != self.document.notice.opening.override:
            self.document.push(SetField(self.document, "opening.override", value,
                                        self.tr("Edit the opening")))

    def on_document_changed(self, part: str) -> None:
        if part in ("opening", "header"):
            self.load()

    def focus_path(self, path: str) -> bool:
        if path.startswith("opening"):
            target = self.override if self.document.notice.opening.override is not None \
                else self.basis
            target.setFocus()
            return True
        return super().focus_path(path)


class ClosingSection(FormSection):
    part = "closing"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.closing = RichTextEdit()
        self.closing.setObjectName("closing")
        self.closing.setFixedHeight(80)
        self.closing.rich_changed.connect(self._on_closing_rich_changed)
        self.add_row(self.tr("Closing sentence"), self.closing, required=True,
                     help_text=self.tr("“./.” is added at the end when printed."))
        self.bind(Binding("closing", self.closing, self.closing.rich, self.closing.set_rich))
        self.recipients = self.lines("recipients", self.tr("Recipients"), 8, required=True,
                                     help_text=self.tr("One per line, as printed after “- ”, "
                                                       "e.g. Thường trực Tỉnh ủy (B/c);"))
        self.storage_units = self.lines("storage.units", self.tr("Lưu: drafting unit(s)"), 2,
                                        required=True,
                                        help_text=self.tr("After VT, one per line, e.g. KG-VX"))
        self.copies = self.number("storage.copies", self.tr("Lưu: copies"), 1, 999, blank="—")
        self.initials = self.line("storage.initials", self.tr("Lưu: drafter's initials"))
        self.storage_preview = QLabel()
        self.add_row(self.tr("Printed as"), self.storage_preview)

    def title(self) -> str:
        return self.tr("Closing and recipients")

    def load_extra(self) -> None:
        self.storage_preview.setText("- " + self.document.notice.storage.line())

    @Slot()
    def _on_closing_rich_changed(self) -> None:
        self.commit("closing")

    def on_document_changed(self, part: str) -> None:
        if part in ("closing", "recipients", "storage"):
            self.load()


#: Authority presets (the wording of the notice, not of the interface).
AUTHORITY_PRESETS: list[tuple[str, list[str]]] = [
    ("TM.", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    ("KT.", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("TL.", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
    ("TL. + KT.", ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]),
    ("TUQ.", ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
    ("Q.", ["Q. CHỦ TỊCH"]),
]


class SignatureSection(FormSection):
    part = "signature"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Authority preset"))
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(24)
        for name, lines in AUTHORITY_PRESETS:
            self.preset.addItem(f"{name}  —  {' / '.join(lines)}", lines)
        self.apply_preset_button = QPushButton(self.tr("Use preset"))
        self.apply_preset_button.clicked.connect(self._on_apply_preset_clicked)
        lay.addWidget(self.preset, 1)
        lay.addWidget(self.apply_preset_button)
        self.add_row(self.tr("Preset"), row,
                     help_text=self.tr("Fills the lines below; edit them freely afterwards."))
        self.authority = self.lines("signature.authority", self.tr("Authority and title"), 4,
                                    required=True,
                                    help_text=self.tr("One line each, printed in capitals."))
        self.signer = self.line("signature.signer", self.tr("Signer"), required=True)

    def title(self) -> str:
        return self.tr("Signing block")

    def load_extra(self) -> None:
        """Show the preset the authority lines follow, if any."""
        for i in range(self.preset.count()):
            if self.preset.itemData(i) == self.document.notice.signature.authority:
                self.preset.setCurrentIndex(i)

    def apply_preset(self, index: int) -> None:
        self.preset.setCurrentIndex(index)
        lines = list(self.preset.itemData(index))
        if lines != self.document.notice.signature.authority:
            self.document.push(SetField(self.document, "signature.authority", lines,
                                        self.tr("Use authority preset"), merge=False))

    @Slot()
    def _on_apply_preset_clicked(self) -> None:
        self.apply_preset(self.preset.currentIndex())


class AbbreviationsSection(FormSection):
    part = "abbreviations"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("abbreviations")
        self.table.setAccessibleName(self.tr("Abbreviations"))
        self.table.setHorizontalHeaderLabels([self.tr("Abbreviation"), self.tr("Meaning")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.extra.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.extra.addLayout(buttons)
        self._pending_empty_rows = 0

    def title(self) -> str:
        return self.tr("Abbreviations")

    def table_value(self) -> list[Abbreviation]:
        out = []
        for r in range(self.table.rowCount()):
            short = clean(self.table.item(r, 0).text()) if self.table.item(r, 0) else ""
            full = clean(self.table.item(r, 1).text()) if self.table.item(r, 1) else ""
            if short or full:
                out.append(Abbreviation(short, full))
        return out

    def load_extra(self) -> None:
        value = self.document.notice.abbreviations
        if self.table_value() == value:
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(value))
        for r, a in enumerate(value):
            self.table.setItem(r, 0, QTableWidgetItem(a.short))
            self.table.setItem(r, 1, QTableWidgetItem(a.full))
        self.table.blockSignals(False)

    def set_row(self, row: int, short: str, full: str) -> None:
        """Type an abbreviation into ``row`` (adding rows as needed)."""
        while self.table.rowCount() <= row:
            self._on_add_clicked()
        self.table.setItem(row, 0, QTableWidgetItem(short))
        self.table.setItem(row, 1, QTableWidgetItem(full))

    @Slot()
    def _on_add_clicked(self) -> None:
        self.table.blockSignals(True)
        self.table.insertRow(self.table.rowCount())
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self.table.blockSignals(False)
        self._on_table_item_changed(None)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, _item) -> None:
        if self._loading:
            return
        value = self.table_value()
        if value != self.document.notice.abbreviations:
            self.document.push(SetField(self.document, "abbreviations", value,
                                        self.tr("Edit abbreviations")))

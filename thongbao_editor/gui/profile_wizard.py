"""Set up my office: an agency profile from the official list of units (issue 12).

Province → unit (searchable, typing without diacritics works) → issuing body
→ the real names of the signers and leaders → saved to the user library
(the same folder as ``thongbao profile …``).  Everything it fills in comes
from :mod:`thongbao_editor.templates.profile_maker`; this module only asks.
Opened from the start page and from Mẫu → Hồ sơ cơ quan → Tạo mới….
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu,
                               QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ..errors import ThongbaoError
from ..templates import Library
from ..templates.files import NAME, PROFILE_KIND
from ..templates.profile_maker import ISSUER_LABELS, ProfileSpec, build_profile, profile_toml
from ..templates.units import Province, Unit, fold, provinces, search_units
from .dialogs import confirm

PROVINCE_LEVEL = -1  # the unit list's first row: a provincial body
SAMPLE_STYLE = "background: #fff3bf"  # a field or banner about a sample value


class _ListPage(QWizardPage):
    """A filter line over a list; complete when a row is chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self.refill)
        self.list.currentRowChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemActivated.connect(lambda *_: self.wizard().next())
        self.filter.returnPressed.connect(self._take_first)

    def _take_first(self) -> None:
        """Enter in the filter takes the first row; the wizard's default
        button (Next) then gets the same key press."""
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def add(self, text: str, data: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.chosen() is not None

    def refill(self, *_args) -> None:
        raise NotImplementedError


class ProvincePage(_ListPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Province or city"))
        self.setSubTitle(self.tr("The 34 provinces and cities after the 2025 reorganisation. Type to filter; "
                                 "letters without diacritics work too."))
        self.filter.setPlaceholderText(self.tr("e.g. lang son"))
        self.refill()

    def refill(self, *_args) -> None:
        q = fold(self.filter.text())
        self.list.clear()
        for p in provinces():
            if q in fold(p.name):
                self.add(p.name, p.code)
        if self.list.count() == 1:
            self.list.setCurrentRow(0)

    def province(self) -> Province | None:
        code = self.chosen()
        return next((p for p in provinces() if p.code == code), None)


class UnitPage(_ListPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Commune, ward or special zone"))
        self.filter.setPlaceholderText(self.tr("e.g. hoang van thu"))
        self._units: dict[int, Unit] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        p = self.wizard().province_page.province()
        self.setSubTitle(self.tr("Units of %s. Choose the first row for a body of the province itself "
                                 "(its People's Committee, Office or a department).") % p.name)
        self.refill()

    def refill(self, *_args) -> None:
        p = self.wizard().province_page.province()
        self.list.clear()
        if not self.filter.text().strip():
            self.add(self.tr("— %s itself (provincial body) —") % p.name, PROVINCE_LEVEL)
        found = search_units(p, self.filter.text())
        self._units = {u.code: u for u in found}
        for u in found:
            self.add(u.name, u.code)
        if len(found) == 1:
            self.list.setCurrentRow(self.list.count() - 1)

    def unit(self) -> Unit | None:
        code = self.chosen()
        return self._units.get(code) if code not in (None, PROVINCE_LEVEL) else None


class IssuerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Issuing body"))
        self.setSubTitle(self.tr("Who signs the notices: the People's Committee in its own name, its Office, "
                                 "or a department."))
        self.issuer = QComboBox()
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("e.g. Sở Tài chính"))
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a51d2d")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Body:"), self.issuer)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.preview)
        form.addRow(self.error)
        self.issuer.currentIndexChanged.connect(self.update)
        self.department.textChanged.connect(self.update)
        self.spec: ProfileSpec | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        unit = self.wizard().unit_page.unit()
        keys = ["ubnd", "vp-hdnd-ubnd"] if unit else ["ubnd", "vp", "so"]
        self.issuer.blockSignals(True)
        self.issuer.clear()
        for k in keys:
            self.issuer.addItem(ISSUER_LABELS[k], k)
        self.issuer.blockSignals(False)
        self.update()

    @Slot()
    def update(self, *_args) -> None:
        key = self.issuer.currentData()
        self.department.setEnabled(key == "so")
        w = self.wizard()
        try:
            self.spec = build_profile(w.province_page.province(), w.unit_page.unit(), key or "ubnd",
                                      self.department.text())
        except ThongbaoError as exc:
            self.spec = None
            self.error.setText(exc.message())
            self.preview.clear()
        else:
            self.error.clear()
            s = self.spec
            self.preview.setText("\n".join(s.parent_agency + s.agency) + "\n"
                                 + self.tr("Số: …/%s — %s, ngày … tháng … năm …") % (s.symbol, s.place))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.spec is not None


class NamesPage(QWizardPage):
    """The real names: every signer and leader, the place and the library name."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Signers and leaders"))
        self.setSubTitle(self.tr("Type the real full names (no academic titles). They appear in the signature "
                                 "block and in the notices' opening."))
        self.inner = QWidget()
        self.form = QFormLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.fields: list[tuple[str, QLineEdit]] = []
        self.place = QLineEdit()
        self.name = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #a51d2d")
        layout.addWidget(self.error)
        self.highlight: set[str] = set()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        spec = self.wizard().issuer_page.spec
        while self.form.rowCount():
            self.form.removeRow(0)
        self.place = QLineEdit(spec.place)
        self.name = QLineEdit(spec.key)
        self.fields = []
        self.highlight = _highlighted(spec, self.wizard().sample_ids)
        titles = {p.id: p.title for p in spec.people}
        for s in spec.signers:  # a leader who also signs has one id: one field
            self._row(s.id, titles.get(s.id) or " / ".join(s.authority))
        for p in spec.people:
            if p.id not in {s.id for s in spec.signers}:
                self._row(p.id, p.title)
        self.form.addRow(self.tr("Place name (Nghị định 30):"), self.place)
        self.form.addRow(self.tr("Name in the library:"), self.name)
        self.name.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.place.textChanged.connect(lambda *_: self.completeChanged.emit())
        if self.fields:
            self.fields[0][1].setFocus()

    def _row(self, pid: str, label: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"name_{pid}")
        if pid in self.highlight:  # replaces a sample value of the open notice
            edit.setStyleSheet(SAMPLE_STYLE)
        edit.setPlaceholderText(self.tr("Full name"))
        edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.fields.append((pid, edit))
        self.form.addRow(label + ":", edit)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        missing = [e for _, e in self.fields if not e.text().strip()]
        bad_name = not NAME.match(self.name.text())
        self.error.setText(self.tr("Every name is needed.") if missing else
                           self.tr("Library name: lower-case letters without diacritics, digits, hyphens.")
                           if bad_name else "")
        return not missing and not bad_name and bool(self.place.text().strip())

    def apply(self, spec: ProfileSpec) -> ProfileSpec:
        names = {pid: " ".join(edit.text().split()) for pid, edit in self.fields}
        for item in [*spec.signers, *spec.people]:
            item.name = names.get(item.id, item.name)
        spec.place = " ".join(self.place.text().split())
        return spec


def _highlighted(spec: ProfileSpec, sample_ids: set[str]) -> set[str]:
    """The people whose names replace a sample value: the same ids as the
    sample people, the default signer for ``@signer``, the default chair for ``@chair``."""
    out = set(sample_ids)
    if "@signer" in out and spec.signers:
        out.add(next((s.id for s in spec.signers if s.default), spec.signers[0].id))
    if "@chair" in out and spec.defaults.get("chair"):
        out.add(spec.defaults["chair"])
    return out


class ProfileWizard(QWizard):
    """Province → unit → issuing body → names → saved to the user library."""

    saved = Signal(str)  # the profile's name in the library

    def __init__(self, parent: QWidget | None, library: Library):
        super().__init__(parent)
        self.setObjectName("profileWizard")
        self.setWindowTitle(self.tr("Set up my office"))
        self.library = library
        self.province_page = ProvincePage()
        self.unit_page = UnitPage()
        self.issuer_page = IssuerPage()
        self.names_page = NamesPage()
        for page in (self.province_page, self.unit_page, self.issuer_page, self.names_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(640, 560)
        self.profile_name = ""
        self.sample_ids: set[str] = set()

    def show_samples(self, lines: list[str], ids: set[str]) -> None:
        """A banner on every page listing the notice's sample values that this
        profile will replace; the name fields of those people are highlighted."""
        self.sample_ids = set(ids)
        for page in (self.province_page, self.unit_page, self.issuer_page, self.names_page):
            banner = QLabel(self.tr("Sample values in the notice, replaced by this profile:") + "\n• "
                            + "\n• ".join(lines))
            banner.setObjectName("sampleBanner")
            banner.setTextFormat(Qt.TextFormat.PlainText)
            banner.setWordWrap(True)
            banner.setStyleSheet(SAMPLE_STYLE + "; padding: 4px")
            layout = page.layout()
            if isinstance(layout, QFormLayout):
                layout.insertRow(0, banner)
            else:
                layout.insertWidget(0, banner)

    def accept(self) -> None:
        spec = self.names_page.apply(self.issuer_page.spec)
        name = self.names_page.name.text()
        force = False
        if name in self.library.names(PROFILE_KIND):
            if self.library.is_builtin(PROFILE_KIND, name) or not confirm(
                    self, self.windowTitle(), self.tr("A profile named %s exists. Replace it?") % name):
                self.names_page.error.setText(self.tr("Choose another library name."))
                return
            force = True
        try:
            self.library.save_text(PROFILE_KIND, name, profile_toml(spec), force=force)
        except ThongbaoError as exc:
            self.names_page.error.setText(exc.message())
            return
        self.profile_name = name
        self.saved.emit(name)
        super().accept()


def own_profiles(library: Library) -> list[str]:
    """The user's own (not built-in, not sample) profiles."""
    return [e.name for e in library.entries(PROFILE_KIND) if not e.builtin and not e.sample and not e.error]


class ProfileMenu:
    """Mẫu → Hồ sơ cơ quan → Tạo mới…"""

    def __init__(self, window) -> None:
        self.window = window
        self.menu = QMenu(window)
        self.new_action = QAction(window)
        self.new_action.setObjectName("newProfile")
        self.new_action.triggered.connect(self.open_wizard)
        self.menu.addAction(self.new_action)
        actions = window.template_actions
        actions.menu.insertMenu(actions.library_action, self.menu)
        self.wizard: ProfileWizard | None = None

    def retranslate(self) -> None:
        self.menu.setTitle(ProfileWizard.tr("Agency &profile"))
        self.new_action.setText(ProfileWizard.tr("&New from the list of units…"))

    def open_wizard(self) -> ProfileWizard:
        from .templates_dialog import user_library
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ProfileWizard(self.window, user_library())
        self.wizard.saved.connect(lambda name: self.window.statusBar().showMessage(
            ProfileWizard.tr("Agency profile %s saved to your library.") % name, 8000))
        self.wizard.open()
        return self.wizard

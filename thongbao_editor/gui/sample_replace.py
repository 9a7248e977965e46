"""The quick path of a sample value (issue 12): replace the sample profile's
values with my agency profile.

From the findings panel (a ``form.sample_value`` finding): choose one of the
user's own profiles and its signer, or set one up with the profile wizard
(which then lists the sample values found); the replacement is ONE undo step
(:func:`thongbao_editor.checks.sample_swap.sample_swap_op`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ..checks.sample_swap import sample_list, sample_swap_op
from ..errors import ThongbaoError, language
from ..model.parts import part_name
from .profile_wizard import own_profiles


def sample_lines(notice) -> list[str]:
    """"Người ký: (Mẫu) Trần Thị Hoa" for every sample value of ``notice``."""
    lang = language()
    return [f"{part_name(part, lang)}: {value}" for part, value in sample_list(notice)]


class SampleReplaceDialog(QDialog):
    """Which own profile (and signer) replaces the sample values."""

    def __init__(self, parent: QWidget | None, library, notice):
        super().__init__(parent)
        self.setObjectName("sampleReplaceDialog")
        self.setWindowTitle(self.tr("Replace sample values"))
        self.library = library
        self.use_wizard = False
        found = QLabel(self.tr("These values come from a sample agency profile:") + "\n• "
                       + "\n• ".join(sample_lines(notice)))
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.setWordWrap(True)
        self.profile = QComboBox()
        self.profile.setObjectName("ownProfile")
        for name in own_profiles(library):
            self.profile.addItem(f"{name} — {library.profile(name).title}", name)
        self.signer = QComboBox()
        self.signer.setObjectName("ownSigner")
        self.profile.currentIndexChanged.connect(self._fill_signers)
        form = QFormLayout()
        form.addRow(self.tr("My agency profile:"), self.profile)
        form.addRow(self.tr("Signer:"), self.signer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.buttons.addButton(self.tr("Replace"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.replace_button.setObjectName("replaceSamples")
        self.wizard_button = QPushButton(self.tr("Set up my office…"))
        self.wizard_button.setObjectName("setUpOffice")
        self.buttons.addButton(self.wizard_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.wizard_button.clicked.connect(self._wizard)
        note = QLabel(self.tr("No own agency profile in your library yet: set one up from the list of "
                              "units.") if not self.profile.count() else
                      self.tr("Parts you edited by hand are kept; their sample names are replaced."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (found, note):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        has_own = self.profile.count() > 0
        self.profile.setEnabled(has_own)
        self.signer.setEnabled(has_own)
        self.replace_button.setEnabled(has_own)
        (self.replace_button if has_own else self.wizard_button).setDefault(True)
        self._fill_signers()

    @Slot()
    def _fill_signers(self, *_args) -> None:
        self.signer.clear()
        name = self.profile.currentData()
        if name:
            for s in self.library.profile(name).signers:
                self.signer.addItem(f"{s.name} ({' / '.join(s.authority)})", s.id)
                if s.default:
                    self.signer.setCurrentIndex(self.signer.count() - 1)

    @Slot()
    def _wizard(self) -> None:
        self.use_wizard = True
        self.accept()


class SampleReplacer:
    """Runs the quick path on the main window (``window.sample_replacer``)."""

    def __init__(self, window) -> None:
        self.window = window
        self.dialog: SampleReplaceDialog | None = None

    def start(self) -> SampleReplaceDialog | None:
        from .templates_dialog import user_library
        doc = self.window.document
        if doc is None:
            return None
        self.dialog = SampleReplaceDialog(self.window, user_library(), doc.notice)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()
        return self.dialog

    def _chosen(self) -> None:
        dialog = self.dialog
        if dialog.use_wizard:
            wizard = self.window.profile_menu.open_wizard()
            wizard.show_samples(sample_lines(self.window.document.notice), self._sample_ids())
            wizard.saved.connect(lambda name: self.replace(name))
        else:
            self.replace(dialog.profile.currentData(), dialog.signer.currentData())

    def _sample_ids(self) -> set[str]:
        """Ids of the sample people whose names the notice holds, and ``@signer`` /
        ``@chair`` for a sample signer / chair (their name fields are highlighted
        in the wizard)."""
        from .templates_dialog import user_library
        found = sample_list(self.window.document.notice)
        values = " ".join(v for _p, v in found)
        samples = [p for p in user_library().shipped_profiles() if p.sample]
        roles = {"@signer" for part, _v in found if part == "signature.signer"}
        roles |= {"@chair" for part, _v in found if part.startswith("opening.chair")}
        return roles | {pid for p in samples for pid, item in [*((s.id, s) for s in p.signers), *p.people.items()]
                if item.name.strip() and item.name.strip() in values}

    def replace(self, profile_name: str, signer: str | None = None) -> bool:
        """Replace the sample values with ``profile_name``'s as one undo step."""
        from .templates_dialog import describe_path, user_library
        doc = self.window.document
        lib = user_library()
        title = SampleReplaceDialog.tr("Replace sample values")
        try:
            op, report = sample_swap_op(doc.notice, lib, lib.profile(profile_name), signer)
        except ThongbaoError as exc:
            QMessageBox.warning(self.window, title, exc.message())
            return False
        doc.apply(op, title)
        lang = language()
        lines = [describe_path(doc.notice, p) for p in report.kept]
        lines += [f"{part_name(f.part, lang)}: {f.excerpt}" for f in report.left]
        if lines:
            QMessageBox.information(self.window, title, SampleReplaceDialog.tr(
                "The sample values were replaced with profile %1. Check these parts: they were "
                "edited by hand or still hold a sample value with no obvious replacement:")
                .replace("%1", profile_name) + "\n\n" + "\n".join("• " + x for x in lines))
        else:
            self.window.statusBar().showMessage(SampleReplaceDialog.tr(
                "Every sample value was replaced with profile %1.").replace("%1", profile_name), 8000)
        return True

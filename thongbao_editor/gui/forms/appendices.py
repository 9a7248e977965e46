"""The appendices (phụ lục) of the notice: their list, each one's title and
orientation, and the table editor (:mod:`.table_editor`) for its table.

Every change is a model operation (``model/table_edit.py``) pushed through
``document.apply``, so it is one undo step like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from ...model import Kind, Node
from ...model.edit import FieldPath, SetField
from ...model.notice import Appendix
from ...model.table_edit import InsertAppendix, RemoveAppendix
from ...model.tables import task_table
from ...model.text import clean
from ...render.appendices import appendix_names
from .base import FormSection
from .table_editor import TableEditor, cell_text, pasted_rows


class AppendicesSection(FormSection):
    part = "appendices"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.list = QListWidget()
        self.list.setObjectName("appendix_list")
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.extra.addWidget(self.list)
        self.add_button, self.remove_button = self._buttons(self._on_add, self._on_remove)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("appendix_title")
        self.title_edit.editingFinished.connect(self._on_title)
        self.landscape = QCheckBox()
        self.landscape.setObjectName("appendix_landscape")
        self.landscape.toggled.connect(self._on_landscape)
        self.reference = QLabel()
        self.reference.setObjectName("appendix_reference")
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra.addWidget(self.title_edit)
        self.extra.addWidget(self.landscape)
        self.extra.addWidget(self.reference)
        self.editor = TableEditor(document, self.table_path, "appendix_table")
        self.extra.addWidget(self.editor, 1)
        self.table = self.editor.table
        self.add_row_button, self.remove_row_button = \
            self.editor.add_row_button, self.editor.remove_row_button
        self.paste_rows = self.editor.paste_rows
        self.retranslate()

    def _buttons(self, *slots) -> list[QPushButton]:
        """A row of buttons under the last widget, one per slot (texts set in retranslate)."""
        row, out = QHBoxLayout(), []
        for slot in slots:
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
            out.append(button)
        row.addStretch(1)
        self.extra.addLayout(row)
        return out

    def title(self) -> str:
        return self.tr("Appendices")

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(self.tr("Add task appendix"))
        self.remove_button.setText(self.tr("Remove appendix"))
        self.title_edit.setPlaceholderText(self.tr("Title of the appendix"))
        self.title_edit.setAccessibleName(self.tr("Title of the appendix"))
        self.landscape.setText(self.tr("Landscape pages"))
        self.editor.retranslate()
        self.table.setAccessibleName(self.tr("Table of the appendix"))

    # -- where things are ----------------------------------------------------------
    def current(self) -> int:
        return self.list.currentRow()

    def table_path(self) -> FieldPath | None:
        """The first table of the current appendix."""
        i = self.current()
        if not 0 <= i < len(self.document.notice.appendices):
            return None
        for k, node in enumerate(self.document.notice.appendices[i].content):
            if node.table is not None:
                return FieldPath.parse(f"appendices[{i}].content[{k}].table")
        return None

    # -- model -> widgets ----------------------------------------------------------
    def load_extra(self) -> None:
        notice = self.document.notice
        names = appendix_names(notice)
        labels = [f"{name} — {a.title}" if a.title else name
                  for name, a in zip(names, notice.appendices, strict=True)]
        keep = self.current()
        self.list.blockSignals(True)
        if [self.list.item(r).text() for r in range(self.list.count())] != labels:
            self.list.clear()
            self.list.addItems(labels)
        self.list.setCurrentRow(min(max(keep, 0), len(labels) - 1) if labels else -1)
        self.list.blockSignals(False)
        self._load_current()

    def _load_current(self) -> None:
        i, notice = self.current(), self.document.notice
        appendix = notice.appendices[i] if 0 <= i < len(notice.appendices) else None
        for w in (self.title_edit, self.landscape, self.remove_button):
            w.setEnabled(appendix is not None)
        self.title_edit.blockSignals(True)
        self.landscape.blockSignals(True)
        if self.title_edit.text() != (appendix.title if appendix else ""):
            self.title_edit.setText(appendix.title if appendix else "")
        self.landscape.setChecked(bool(appendix and appendix.landscape))
        self.title_edit.blockSignals(False)
        self.landscape.blockSignals(False)
        self.reference.setText(self.tr("To refer to this appendix in the body, type %1 (printed as "
                                       "its current number).").replace("%1", "{{phuluc:%s}}" % appendix.key)
                               if appendix and appendix.key else "")
        self.editor.reload()

    # -- widgets -> model ----------------------------------------------------------
    @Slot(int)
    def _on_current_changed(self, _row: int) -> None:
        self._load_current()

    @Slot()
    def _on_add(self) -> None:
        n = len(self.document.notice.appendices)
        keys = {a.key for a in self.document.notice.appendices}
        key = next(f"pl{k}" for k in range(1, n + 2) if f"pl{k}" not in keys)  # {{phuluc:pl1}}
        appendix = Appendix(self.tr("Task assignments"), True,
                            [Node(Kind.PARAGRAPH, table=task_table([("", "", "", "", "")]))], key)
        self.document.apply(InsertAppendix(n, appendix), self.tr("Add appendix"))
        self.list.setCurrentRow(n)

    @Slot()
    def _on_remove(self) -> None:
        if self.current() >= 0:
            self.document.apply(RemoveAppendix(self.current()), self.tr("Remove appendix"))

    @Slot()
    def _on_title(self) -> None:
        i = self.current()
        value = clean(self.title_edit.text())
        if 0 <= i < len(self.document.notice.appendices) \
                and value != self.document.notice.appendices[i].title:
            self.document.apply(SetField(FieldPath.parse(f"appendices[{i}].title"), value),
                                self.tr("Edit appendix title"))

    @Slot(bool)
    def _on_landscape(self, on: bool) -> None:
        i = self.current()
        if 0 <= i < len(self.document.notice.appendices):
            self.document.apply(SetField(FieldPath.parse(f"appendices[{i}].landscape"), on),
                                self.tr("Change page orientation"))


__all__ = ["AppendicesSection", "cell_text", "pasted_rows"]

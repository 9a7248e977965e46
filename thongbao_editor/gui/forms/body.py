"""The body tree editor: the tree of mục/khoản/điểm with live numbering,
structural actions (all undoable) and a rich editor for the selected
paragraph."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
                               QHeaderView, QLabel, QSplitter, QToolBar, QTreeView,
                               QVBoxLayout, QWidget)

from ...model import Kind, Node, RichText
from ...model import edit as ops
from ...model.paths import FieldPath
from ...model.tables import Cell, Table, task_table
from ..body_model import allowed_kinds, child_kind, kind_name
from ..commands import InsertNode, MoveNode, RemoveNode, SetNodeKind, SetNodeText
from ..richtext import RichTextEdit
from .base import FormSection
from .table_editor import TableEditor

log = logging.getLogger(__name__)


class BodySection(FormSection):
    part = "body"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.model = document.body_model
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("bodyToolbar")
        self.tree = QTreeView()
        self.tree.setObjectName("bodyTree")
        self.tree.setAccessibleName(self.tr("Body tree"))
        self.tree.setModel(self.model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)

        self._make_actions()

        editor = QWidget()
        form = QFormLayout(editor)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Level"))
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self.heading_box = QCheckBox(self.tr("Heading (own line, bold)"))
        self.heading_box.toggled.connect(self._on_heading_box_toggled)
        self.label_view = QLabel()
        self.text_edit = RichTextEdit(split_paste=True)
        self.text_edit.setObjectName("nodeText")
        self.text_edit.paragraphs_pasted.connect(self.paste_paragraphs)
        self.text_edit.setAccessibleName(self.tr("Paragraph text"))
        self.text_edit.rich_changed.connect(self._on_text_edit_rich_changed)
        self.text_edit.return_pressed.connect(self._on_text_edit_return_pressed)
        self.text_edit.addActions([self.bold_action, self.italic_action, self.footnote_action])
        fmt_bar = QToolBar()
        fmt_bar.addActions([self.bold_action, self.italic_action, self.footnote_action])
        form.addRow(self.tr("Number"), self.label_view)
        form.addRow(self.tr("Level"), self.kind_combo)
        form.addRow("", self.heading_box)
        form.addRow(fmt_bar)
        form.addRow(self.text_edit)
        self.table_editor = TableEditor(document, self.current_table_path, "body_table")
        form.addRow(self.table_editor)

        splitter = QSplitter(Qt.Orientation.Vertical)
        tree_box = QWidget()
        lay = QVBoxLayout(tree_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.tree)
        splitter.addWidget(tree_box)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.extra.addWidget(splitter, 1)
        self.setTabOrder(self.tree, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.heading_box)
        self.setTabOrder(self.heading_box, self.text_edit)
        self._update_editor()

    def title(self) -> str:
        return self.tr("Body")

    # -- actions ------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        return a

    def _make_actions(self) -> None:
        self.add_sibling_action = self._action(self.tr("Add after"), self.add_sibling, "Ctrl+Return")
        self.add_child_action = self._action(self.tr("Add inside"), self.add_child, "Ctrl+Shift+Return")
        self.indent_action = self._action(self.tr("Indent"), self.indent, "Alt+Right")
        self.outdent_action = self._action(self.tr("Outdent"), self.outdent, "Alt+Left")
        self.up_action = self._action(self.tr("Move up"), self.move_up, "Alt+Up")
        self.down_action = self._action(self.tr("Move down"), self.move_down, "Alt+Down")
        self.delete_action = self._action(self.tr("Delete"), self.delete, "Ctrl+Delete")
        self.insert_table_action = self._action(self.tr("Insert table"), self.insert_table)
        self.insert_task_table_action = self._action(self.tr("Insert task table"),
                                                     self.insert_task_table)
        for a in (self.add_sibling_action, self.add_child_action, self.indent_action,
                  self.outdent_action, self.up_action, self.down_action, self.delete_action,
                  self.insert_table_action, self.insert_task_table_action):
            self.toolbar.addAction(a)
            self.addAction(a)
        self.bold_action = self._action(self.tr("Bold"), lambda: self.text_edit.toggle_bold())
        self.bold_action.setShortcut(QKeySequence.StandardKey.Bold)
        self.italic_action = self._action(self.tr("Italic"), lambda: self.text_edit.toggle_italic())
        self.italic_action.setShortcut(QKeySequence.StandardKey.Italic)
        self.footnote_action = self._action(self.tr("Insert footnote…"),
                                            lambda: self.text_edit.ask_footnote(), "Ctrl+Alt+F")

    # -- selection ------------------------------------------------------------------
    def current_path(self) -> tuple[int, ...] | None:
        index = self.tree.currentIndex()
        return self.model.path_of(index) if index.isValid() else None

    def current_node(self) -> Node | None:
        path = self.current_path()
        return self.document.notice.node_at(path) if path else None

    def current_table_path(self) -> FieldPath | None:
        """The table the selected node carries (``body[0].children[1].table``)."""
        path, node = self.current_path(), self.current_node()
        if node is None or node.table is None:
            return None
        return FieldPath.parse("body" + "".join(f"[{i}]" if k == 0 else f".children[{i}]"
                                                for k, i in enumerate(path)) + ".table")

    def select_path(self, path: tuple[int, ...]) -> None:
        index = self.model.index_of_path(path)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)
        self._update_editor()

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_editor()

    def _update_editor(self) -> None:
        node = self.current_node()
        path = self.current_path()
        has = node is not None
        for w in (self.kind_combo, self.heading_box, self.text_edit):
            w.setEnabled(has)
        self._loading = True
        try:
            self.kind_combo.clear()
            if node is None:
                self.label_view.setText("")
                self.text_edit.set_rich(RichText())
                self.heading_box.setChecked(False)
            else:
                parent = self.document.notice.node_at(path[:-1]) if len(path) > 1 else None
                for k in allowed_kinds(parent, node):
                    self.kind_combo.addItem(kind_name(k), k.value)
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(node.kind.value))
                self.heading_box.setChecked(node.heading)
                self.heading_box.setEnabled(node.kind.labelled)
                self.label_view.setText(self.model.label(node) or "—")
                self.text_edit.set_rich(node.text)
        finally:
            self._loading = False
        self.table_editor.setVisible(node is not None and node.table is not None)
        self.table_editor.reload()
        self._update_actions()

    def _update_actions(self) -> None:
        path = self.current_path()
        node = self.current_node()
        self.add_child_action.setEnabled(node is not None and node.kind is not Kind.PARAGRAPH)
        for a in (self.up_action, self.down_action, self.delete_action, self.indent_action,
                  self.outdent_action):
            a.setEnabled(path is not None)
        if path is not None:
            self.up_action.setEnabled(path[-1] > 0)
            siblings = self._siblings(path)
            self.down_action.setEnabled(path[-1] + 1 < len(siblings))
            self.indent_action.setEnabled(self._indent_target(path) is not None)
            self.outdent_action.setEnabled(self._outdent_kind(path) is not None)

    def _siblings(self, path: tuple[int, ...]) -> list[Node]:
        return self.document.notice.node_at(path[:-1]).children if len(path) > 1 \
            else self.document.notice.body

    def load_extra(self) -> None:
        self._update_editor()

    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        self.tree.expand(parent)

    def detach(self) -> None:
        super().detach()
        self.model.rowsInserted.disconnect(self._on_model_rows_inserted)  # the model stays

    def on_document_changed(self, part: str) -> None:
        if part == "body":
            self._update_editor()

    # -- structural edits ---------------------------------------------------------
    def add_sibling(self) -> None:
        path = self.current_path()
        if path is None:
            new = Node.make(Kind.MUC)
            parent_path, row = (), len(self.document.notice.body)
        else:
            node = self.document.notice.node_at(path)
            new = Node.make(node.kind, heading=node.heading)
            parent_path, row = path[:-1], path[-1] + 1
        self.document.push(InsertNode(self.document, parent_path, row, new))
        self.select_path(parent_path + (row,))
        self.text_edit.setFocus()

    def add_child(self) -> None:
        path = self.current_path()
        if path is None:
            return self.add_sibling()
        node = self.document.notice.node_at(path)
        if node.kind is Kind.PARAGRAPH:
            return None
        new = Node.make(child_kind(node))
        row = len(node.children)
        self.document.push(InsertNode(self.document, path, row, new))
        self.select_path(path + (row,))
        self.text_edit.setFocus()
        return None

    def insert_table(self) -> None:
        """A 3-column table with a header row and two rows, after the selected node."""
        blank = [[Cell() for _ in range(3)] for _ in range(2)]
        self._insert_table(Table([[Cell() for _ in range(3)]], blank), self.tr("Insert table"))

    def insert_task_table(self) -> None:
        self._insert_table(task_table([("", "", "", "", "")]), self.tr("Insert task table"))

    def _insert_table(self, table: Table, text: str) -> None:
        """Inside the selected mục/khoản/… (last), after a selected paragraph, or
        at the end of the body: an unlabelled paragraph carrying ``table``."""
        path, node = self.current_path(), self.current_node()
        if node is None:
            parent_path, row = (), len(self.document.notice.body)
        elif node.kind is Kind.PARAGRAPH:
            parent_path, row = path[:-1], path[-1] + 1
        else:
            parent_path, row = path, len(node.children)
        self.document.push(InsertNode(self.document, parent_path, row,
                                      Node(Kind.PARAGRAPH, table=table), text))
        self.select_path(parent_path + (row,))
        self.table_editor.table.setFocus()

    def delete(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.document.push(RemoveNode(self.document, path))
        siblings = self._siblings(path)
        if siblings:
            self.select_path(path[:-1] + (min(path[-1], len(siblings) - 1),))
        elif len(path) > 1:
            self.select_path(path[:-1])
        else:
            self.tree.setCurrentIndex(QModelIndex())
            self._update_editor()

    def move_up(self) -> None:
        path = self.current_path()
        if path is None or path[-1] == 0:
            return
        self.document.push(MoveNode(self.document, path, path[:-1], path[-1] - 1,
                                    self.tr("Move up")))
        self.select_path(path[:-1] + (path[-1] - 1,))

    def move_down(self) -> None:
        path = self.current_path()
        if path is None or path[-1] + 1 >= len(self._siblings(path)):
            return
        self.document.push(MoveNode(self.document, path, path[:-1], path[-1] + 1,
                                    self.tr("Move down")))
        self.select_path(path[:-1] + (path[-1] + 1,))

    def _indent_target(self, path: tuple[int, ...]) -> Kind | None:
        """The kind the node takes when made the last child of its previous sibling."""
        if path[-1] == 0:
            return None
        prev = self._siblings(path)[path[-1] - 1]
        node = self.document.notice.node_at(path)
        if prev.kind is Kind.PARAGRAPH:
            return None
        allowed = allowed_kinds(prev, node)
        if node.kind in allowed:
            return node.kind
        labelled = [k for k in allowed if k.labelled]
        if not node.kind.labelled:
            return Kind.PARAGRAPH if Kind.PARAGRAPH in allowed else None
        return labelled[0] if labelled else None

    def _outdent_kind(self, path: tuple[int, ...]) -> Kind | None:
        """The kind the node takes as the next sibling of its parent: the
        parent's own level when it sat one level below it (so outdent undoes
        what indent did: "+" under "-" becomes "-"), else its own."""
        if len(path) < 2:
            return None
        parent = self.document.notice.node_at(path[:-1])
        grand = self.document.notice.node_at(path[:-2]) if len(path) > 2 else None
        node = self.document.notice.node_at(path)
        allowed = allowed_kinds(grand, node)
        if node.kind.labelled and node.kind is child_kind(parent) and parent.kind in allowed:
            return parent.kind
        if node.kind in allowed:
            return node.kind
        if node.kind.labelled and parent.kind in allowed:
            return parent.kind
        return None

    def indent(self) -> None:
        path = self.current_path()
        kind = self._indent_target(path) if path else None
        if path is None or kind is None:
            return
        prev_path = path[:-1] + (path[-1] - 1,)
        row = len(self.document.notice.node_at(prev_path).children)
        node = self.document.notice.node_at(path)
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Indent"))
        self.document.push(MoveNode(self.document, path, prev_path, row))
        if kind is not node.kind:  # the heading flag stays as the user set it
            self.document.push(SetNodeKind(self.document, prev_path + (row,), kind, node.heading))
        stack.endMacro()
        self.select_path(prev_path + (row,))

    def outdent(self) -> None:
        path = self.current_path()
        kind = self._outdent_kind(path) if path else None
        if path is None or kind is None:
            return
        node = self.document.notice.node_at(path)
        new_parent, row = path[:-2], path[-2] + 1
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Outdent"))
        self.document.push(MoveNode(self.document, path, new_parent, row))
        if kind is not node.kind:
            self.document.push(SetNodeKind(self.document, new_parent + (row,), kind, node.heading))
        stack.endMacro()
        self.select_path(new_parent + (row,))

    # -- node fields -------------------------------------------------------------
    def set_kind(self, kind: Kind, heading: bool | None = None) -> None:
        path = self.current_path()
        if path is None:
            return
        node = self.document.notice.node_at(path)
        if heading is None:  # a new level never makes a paragraph a heading by itself
            heading = node.heading
        if (kind, heading and kind.labelled) != (node.kind, node.heading):
            self.document.push(SetNodeKind(self.document, path, kind, heading))
        self._update_editor()

    @Slot(int)
    def _on_kind_combo_activated(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.set_kind(Kind(self.kind_combo.itemData(index)))

    @Slot(bool)
    def _on_heading_box_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        node = self.current_node()
        if node is not None:
            self.set_kind(node.kind, checked)

    def paste_paragraphs(self, paragraphs: list[RichText]) -> None:
        """Several pasted paragraphs become several paragraphs of the current
        level, as in a word processor: the first joins the text before the
        cursor, the last the text after it (one undo step)."""
        path = self.current_path()
        if path is None or not paragraphs:
            return
        node = self.document.notice.node_at(path)
        before, after = self.text_edit.split_at_selection()
        texts = list(paragraphs)
        texts[0] = RichText(before.pieces + texts[0].pieces)
        tail_at = len(RichText(texts[-1].pieces).normalized().text)
        texts[-1] = RichText(texts[-1].pieces + after.pieces)
        steps = [ops.SetNodeText(path, texts[0].normalized())]
        for i, text in enumerate(texts[1:], 1):
            new = Node(node.kind, text.normalized(), node.heading)
            steps.append(ops.InsertNode(path[:-1], path[-1] + i, new))
        self.document.apply(ops.Batch(tuple(steps)), self.tr("Paste paragraphs"))
        last = path[:-1] + (path[-1] + len(texts) - 1,)
        self.select_path(last)
        cursor = self.text_edit.textCursor()
        cursor.setPosition(min(tail_at, len(self.text_edit.toPlainText())))
        self.text_edit.setTextCursor(cursor)

    @Slot()
    def _on_text_edit_return_pressed(self) -> None:
        """Enter at the end of a paragraph starts the next one, as in a word processor."""
        if self.current_path() is not None:
            self.add_sibling()

    @Slot()
    def _on_text_edit_rich_changed(self) -> None:
        if self._loading:
            return
        path = self.current_path()
        if path is None:
            return
        value = self.text_edit.rich()
        if value != self.document.notice.node_at(path).text:
            self.document.push(SetNodeText(self.document, path, value))
        node = self.document.notice.node_at(path)
        self.label_view.setText(self.model.label(node) or "—")

    def focus_path(self, path: str) -> bool:
        if not path.startswith("body"):
            return False
        import re
        indices = tuple(int(x) for x in re.findall(r"\[(\d+)\]", path))
        if indices:
            self.select_path(indices)
            self.text_edit.setFocus()
        else:
            self.tree.setFocus()
        return True

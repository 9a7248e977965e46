"""The body tree of the notice as one ``QAbstractItemModel``.

Column 0 shows the generated label (``I.``, ``1.1.``, ``a)``, ``-``),
column 1 the paragraph text.  The model reads the notice of its document
directly and follows the model's announced edits (rows inserted, removed,
moved before the change, data and labels after), so every view stays in
step with the notice.
Drag and drop inside the view becomes an undoable move.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QCoreApplication, QByteArray, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt)

from ..model import Kind, Node
from ..model import edit as ops
from ..model.numbering import number_tree


log = logging.getLogger(__name__)

MIME_TYPE = "application/x-thongbao-node-path"


def _replaces_body(op) -> bool:
    """Does ``op`` replace the body as a whole (a template change, a reload)?"""
    return isinstance(op, ops.SetField) and op.path.steps == ("body",)


def kind_name(kind: Kind) -> str:
    """The level's name in the interface language."""
    return {
        Kind.MUC: QCoreApplication.translate("kinds", "Section (I.)"),
        Kind.KHOAN: QCoreApplication.translate("kinds", "Clause (1.)"),
        Kind.SUB_KHOAN: QCoreApplication.translate("kinds", "Sub-clause (1.1.)"),
        Kind.DIEM: QCoreApplication.translate("kinds", "Point (a))"),
        Kind.ITEM: QCoreApplication.translate("kinds", "Dash item (-)"),
        Kind.SUB_ITEM: QCoreApplication.translate("kinds", "Plus item (+)"),
        Kind.PARAGRAPH: QCoreApplication.translate("kinds", "Plain paragraph"),
    }[kind]


PathRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root (Qt's default argument; never changed)


def allowed_kinds(parent: Node | None, node: Node | None) -> list[Kind]:
    """Kinds ``node`` may take under ``parent`` (``None`` = top level)."""
    low = parent.kind.rank if parent is not None else -1
    child_ranks = [c.kind.rank for c in (node.children if node else []) if c.kind.labelled]
    high = min(child_ranks, default=100)
    out = [k for k in Kind if k.labelled and low < k.rank < high]
    if node is None or not node.children:
        out.append(Kind.PARAGRAPH)
    return out


def child_kind(parent: Node | None) -> Kind:
    """The level a new child of ``parent`` gets by default."""
    if parent is None:
        return Kind.MUC
    order = [k for k in Kind if k.labelled]
    i = order.index(parent.kind)
    return order[i + 1] if i + 1 < len(order) else Kind.PARAGRAPH


class BodyTreeModel(QAbstractItemModel):
    def __init__(self, document):
        super().__init__(document)
        self.document = document
        self._parents: dict[int, Node | None] = {}
        # Indexes carry id(node) (not a Python pointer, whose reference
        # counting PySide does not manage); this maps it back.
        self._nodes: dict[int, Node] = {}
        self._labels: dict[int, str] = {}
        self._resetting = False
        self._refresh()
        document.editor.listen(self._after_edit, self._before_edit)

    # -- bookkeeping -----------------------------------------------------------
    @property
    def body(self) -> list[Node]:
        return self.document.notice.body

    def _refresh(self) -> None:
        self._refresh_parents()
        self._labels = number_tree(self.body, self.document.notice.numbering)

    def _refresh_parents(self) -> None:
        self._parents.clear()
        self._nodes.clear()

        def visit(parent: Node | None, children: list[Node]) -> None:
            for c in children:
                self._parents[id(c)] = parent
                self._nodes[id(c)] = c
                visit(c, c.children)

        visit(None, self.body)

    def reset(self) -> None:
        """The whole notice was replaced."""
        self.beginResetModel()
        self._refresh()
        self.endResetModel()

    def label(self, node: Node) -> str:
        return self._labels.get(id(node), "")

    def _children(self, node: Node | None) -> list[Node]:
        return self.body if node is None else node.children

    def node(self, index: Index) -> Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def parent_node(self, node: Node) -> Node | None:
        return self._parents.get(id(node))

    def row_of(self, node: Node) -> int:
        siblings = self._children(self.parent_node(node))
        return next(i for i, n in enumerate(siblings) if n is node)

    def path_of(self, index: Index) -> tuple[int, ...]:
        path: list[int] = []
        while index.isValid():
            path.insert(0, index.row())
            index = index.parent()
        return tuple(path)

    def index_of_path(self, path: tuple[int, ...], column: int = 0) -> QModelIndex:
        index = QModelIndex()
        for row in path:
            index = self.index(row, 0, index)
            if not index.isValid():
                return QModelIndex()
        return index.siblingAtColumn(column) if path else index

    # -- QAbstractItemModel ----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self.node(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, id(children[row]))

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None:
            return QModelIndex()
        parent = self.parent_node(node)
        if parent is None:
            return QModelIndex()
        return self.createIndex(self.row_of(parent), 0, id(parent))

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self.node(parent)))

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.label(node) or "¶"
            text = node.text.text
            if node.table is not None:  # a table is edited as the appendices' tables are
                text = (text + " " if text else "") + self.tr("[table, %1 rows]").replace(
                    "%1", str(len(node.table.rows)))
            return text if len(text) <= 120 else text[:119] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_name(node.kind)
        if role == Qt.ItemDataRole.FontRole and node.heading:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == PathRole:
            return list(self.path_of(index))
        if role == KindRole:
            return node.kind.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Text"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop -----------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = [i for i in indexes if i.isValid() and i.column() == 0]
        if rows:
            path = ",".join(str(r) for r in self.path_of(rows[0]))
            data.setData(MIME_TYPE, QByteArray(path.encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return self.drop_target(data, row, parent) is not None

    def drop_target(self, data: QMimeData, row: int, parent: Index
                    ) -> tuple[tuple[int, ...], tuple[int, ...], int] | None:
        """(source path, new parent path, row after removal) or None."""
        if not data.hasFormat(MIME_TYPE):
            return None
        raw = bytes(data.data(MIME_TYPE).data()).decode()
        try:
            src = tuple(int(x) for x in raw.split(",") if x != "")
        except ValueError:
            return None
        if not src:
            return None
        dst_parent = self.path_of(parent)
        if dst_parent[: len(src)] == src:  # into itself or a descendant
            return None
        try:
            node = self.document.notice.node_at(src)
            parent_node = self.document.notice.node_at(dst_parent) if dst_parent else None
        except IndexError:
            return None
        if parent_node is not None and parent_node.kind is Kind.PARAGRAPH:
            return None
        if node.kind not in allowed_kinds(parent_node, node):
            return None
        if row < 0:
            row = len(self._children(parent_node))
        # Paths after the source is taken out.
        same_parent = src[:-1] == dst_parent
        if same_parent and src[-1] < row:
            row -= 1
        new_parent = list(dst_parent)
        depth = len(src) - 1
        if len(new_parent) > depth and new_parent[:depth] == list(src[:-1]) \
                and new_parent[depth] > src[-1]:
            new_parent[depth] -= 1
        return src, tuple(new_parent), row

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        target = self.drop_target(data, row, parent)
        if target is None:
            return False
        from .commands import MoveNode
        src, new_parent, new_row = target
        if src == new_parent + (new_row,):
            return False
        self.document.push(MoveNode(self.document, src, new_parent, new_row))
        # The move is done (and undoable); returning False stops the view from
        # removing the source rows a second time.
        return False

    # -- following the model's edits ---------------------------------------------
    def _before_edit(self, op) -> None:
        """Announce a structural change before the model makes it."""
        if isinstance(op, ops.InsertNode):
            self.beginInsertRows(self.index_of_path(op.parent), op.row, op.row)
        elif isinstance(op, ops.RemoveNode):
            row = op.path[-1]
            self.beginRemoveRows(self.index_of_path(op.path[:-1]), row, row)
        elif isinstance(op, ops.MoveNode):
            parent, row = op.target_before()
            src_parent = self.index_of_path(op.path[:-1])
            if not self.beginMoveRows(src_parent, op.path[-1], op.path[-1],
                                      self.index_of_path(parent), row):
                self._resetting = True
                self.beginResetModel()
        elif _replaces_body(op):
            self._resetting = True
            self.beginResetModel()

    def _after_edit(self, change) -> None:
        op = change.op
        if self._resetting:
            self._resetting = False
            self._refresh()
            self.endResetModel()
        elif isinstance(op, (ops.InsertNode, ops.RemoveNode, ops.MoveNode)):
            self._refresh_parents()
            {ops.InsertNode: self.endInsertRows, ops.RemoveNode: self.endRemoveRows,
             ops.MoveNode: self.endMoveRows}[type(op)]()
            self._labels_changed()
        elif isinstance(op, ops.SetNodeKind) or (isinstance(op, ops.SetField)
                                                and op.path.part == "numbering"):
            self._labels_changed()
        elif change.part == "body" and isinstance(change.where, tuple):
            index = self.index_of_path(change.where, 1)
            self.dataChanged.emit(index, index)

    def _labels_changed(self) -> None:
        """Numbering depends on the whole tree: recompute and refresh every row
        (after the structural change is complete, so views see it as new data)."""
        self._labels = number_tree(self.body, self.document.notice.numbering)
        def visit(parent: QModelIndex) -> None:
            n = self.rowCount(parent)
            if n:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(n - 1, 1, parent))
                for r in range(n):
                    visit(self.index(r, 0, parent))
        visit(QModelIndex())

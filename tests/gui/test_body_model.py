"""The body tree model under qtmodeltester, and its structural edits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from thongbao_editor.gui.body_model import MIME_TYPE, allowed_kinds
from thongbao_editor.gui.commands import InsertNode, MoveNode, RemoveNode, SetNodeKind
from thongbao_editor.gui.document import NoticeDocument
from thongbao_editor.model import Kind, Node, load_draft, notice_to_dict


def test_model_over_example(qtmodeltester, example_path):
    document = NoticeDocument(load_draft(example_path))
    qtmodeltester.check(document.body_model, force_py=True)


def test_model_while_editing(qtmodeltester):
    document = NoticeDocument()
    model = document.body_model
    qtmodeltester.check(model, force_py=True)
    document.push(InsertNode(document, (), 0, Node.make("muc", "Đánh giá")))
    document.push(InsertNode(document, (0,), 0, Node.make("khoan", "A")))
    document.push(InsertNode(document, (0,), 1, Node.make("khoan", "B")))
    document.push(InsertNode(document, (0, 1), 0, Node.make("item", "b1")))
    assert model.data(model.index_of_path((0, 1))) == "2."
    assert model.data(model.index_of_path((0, 1), 1)) == "B"
    document.push(MoveNode(document, (0, 1), (0,), 0))
    assert model.data(model.index_of_path((0, 0), 1)) == "B"
    assert model.data(model.index_of_path((0, 0))) == "1."
    document.push(RemoveNode(document, (0, 1)))
    document.push(SetNodeKind(document, (0, 0), Kind.SUB_KHOAN, True))
    assert model.data(model.index_of_path((0, 0)), 0x0100 + 2) == "sub_khoan"
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.notice.body == []
    assert model.rowCount(QModelIndex()) == 0


def test_drop_moves_undoably(example_path):
    document = NoticeDocument(load_draft(example_path))
    model = document.body_model
    before = notice_to_dict(document.notice)
    # Drag mục III (path 2) in front of mục I.
    data = model.mimeData([model.index_of_path((2,))])
    assert data.hasFormat(MIME_TYPE)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert document.notice.body[0].text.text == "VỀ CÁC KIẾN NGHỊ, ĐỀ XUẤT"
    assert model.data(model.index_of_path((0,))) == "I."
    document.undo_stack.undo()
    assert notice_to_dict(document.notice) == before
    # A mục cannot be dropped inside a khoản, nor a node inside itself.
    data = model.mimeData([model.index_of_path((0,))])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of_path((1, 0)))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of_path((0,)))


def test_allowed_kinds():
    muc = Node.make("muc", "x", Node.make("khoan", "y"))
    assert allowed_kinds(None, muc) == [Kind.MUC]
    khoan = Node.make("khoan", "")
    assert Kind.MUC not in allowed_kinds(muc, khoan)
    assert Kind.PARAGRAPH in allowed_kinds(muc, khoan)

"""The interface is Vietnamese by default, English on request; every
shipped string is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from thongbao_editor.gui.app import install_translator
from thongbao_editor.paths import resources_dir


@pytest.fixture
def vietnamese(qapp):
    assert install_translator(qapp, "vi")
    yield
    install_translator(qapp, "en")


def test_ts_file_is_complete():
    ts = resources_dir().joinpath("translations", "thongbao_vi.ts")
    tree = ET.fromstring(ts.read_bytes())
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")]
    assert unfinished == []
    assert resources_dir().joinpath("translations", "thongbao_vi.qm").is_file()


def test_window_in_vietnamese(qtbot, vietnamese):
    from thongbao_editor.gui.main_window import MainWindow
    from thongbao_editor.model import Kind
    from thongbao_editor.gui.body_model import kind_name
    w = MainWindow()
    try:
        assert w.nav.item(0).text() == "Thông tin văn bản"
        assert w.file_menu.title() == "&Tệp"
        assert w.preview.tabText(0) == "Xem trước"
        # Strings of the shared form base class and of subclasses.
        header = w.section("header")
        assert header.title_label.text() == "Thông tin văn bản"
        labels = [header.form.itemAt(i).widget().toolTip() for i in range(header.form.count())
                  if header.form.itemAt(i).widget() is not None]
        assert "Bắt buộc trước khi xuất bản chính thức" in labels
        assert w.section("opening").inspection_date.specialValueText() == "(chưa có ngày)"
        assert kind_name(Kind.MUC) == "Mục (I.)"
        assert w.section("body").add_child_action.text() == "Thêm cấp con"
        assert "Chưa đặt tên" in w.windowTitle()
    finally:
        w.close()
        w.deleteLater()


def test_switch_to_english_and_back(qtbot, vietnamese, qapp):
    from thongbao_editor.gui.main_window import MainWindow
    from thongbao_editor.gui import settings as cfg
    w = MainWindow()
    try:
        w.choose_language("en")
        assert w.nav.item(0).text() == "Document information"
        assert w.section("header").title_label.text() == "Document information"
        assert cfg.language() == "en"
        w.choose_language("vi")
        assert w.nav.item(0).text() == "Thông tin văn bản"
    finally:
        w.close()
        w.deleteLater()


def test_standard_buttons_in_vietnamese(qtbot, vietnamese):
    """Qt ships no Vietnamese catalogue of its own: OK/Cancel/Save/Discard and
    Yes/No on dialogs must not stay English in the Vietnamese interface."""
    from PySide6.QtWidgets import QDialogButtonBox
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Discard
                           | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "Lưu", "Không lưu", "Có", "Không", "Đóng"}


def test_wizard_buttons_in_vietnamese(qtbot, vietnamese):
    """The profile wizard (Thiết lập cơ quan) is a QWizard: its Back/Next/
    Finish/Cancel come from Qt's catalogue too."""
    from PySide6.QtWidgets import QWizard, QWizardPage
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    texts = {wizard.button(b).text().replace("&", "") for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)}
    assert texts == {"< Quay lại", "Tiếp >", "Xong", "Hủy"}


def test_standard_buttons_back_in_english(qtbot, qapp):
    from PySide6.QtWidgets import QDialogButtonBox
    install_translator(qapp, "vi")
    install_translator(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Cancel"


def test_switching_language_translates_the_form_rows(qtbot, vietnamese, example_path):
    """Field labels and hints, not only titles, follow the language switch —
    and the notice being edited is untouched."""
    from PySide6.QtWidgets import QLabel
    from thongbao_editor.gui.main_window import MainWindow
    from thongbao_editor.model import notice_to_dict
    w = MainWindow()
    try:
        w.open_path(example_path, ask=False)
        before = notice_to_dict(w.document.notice)

        def labels():
            return {lab.text() for key in ("header", "closing", "signature")
                    for lab in w.section(key).findChildren(QLabel)}
        assert "Địa danh *" in labels()
        w.choose_language("en")
        assert "Place *" in labels() and "Địa danh *" not in labels()
        assert "Leave empty until the notice is registered." in labels()
        assert w.section("header").place.text() == "Lạng Sơn"
        assert notice_to_dict(w.document.notice) == before
        assert not w.document.is_modified()
        # Editing after the switch: the old forms are gone and must not react.
        from PySide6.QtCore import QCoreApplication, QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        body = w.section("body")
        body.select_path((0,))
        body.add_sibling_action.trigger()
        w.document.undo_stack.undo()
        w.choose_language("vi")
        assert "Địa danh *" in labels()
        w.section("header").place.setText("Hà Nội")
        w.section("header").commit("header.place")
        assert w.document.notice.header.place == "Hà Nội"
    finally:
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()

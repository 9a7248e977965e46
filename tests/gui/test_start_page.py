"""A first start that leads (issue 12): the start page, the profile wizard
from the list of units, the user guide, windows that fit the screen, and
the newcomer's whole way to a final .docx."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard

from thongbao_editor.gui import settings as cfg
from thongbao_editor.gui.start_page import fit_rect
from thongbao_editor.gui.templates_dialog import user_library

from .driver import export_final, key_clicks, type_lines, type_text


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_wizard(qtbot, wizard, province: str, unit: str, names: list[str]) -> None:
    """Province and unit typed without diacritics, Enter; the first issuer; names."""
    key_clicks(qtbot, wizard.province_page.filter, province)
    qtbot.keyClick(wizard.province_page.filter, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.unit_page
    key_clicks(qtbot, wizard.unit_page.filter, unit)
    qtbot.keyClick(wizard.unit_page.filter, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.issuer_page
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.names_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # names still empty
    for (_pid, edit), name in zip(page.fields, names, strict=True):
        type_text(qtbot, edit, name)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_start_page_leads_to_setting_up_the_office(qtbot, window):
    window.show_start_page()
    page = window.start_page
    assert window.central_stack.currentWidget() is page
    layout_order = [page.layout_.itemAt(i).widget() for i in range(page.layout_.count() - 1)]
    buttons = [w for w in layout_order if w in (page.setup_button, page.new_button, page.open_button,
                                                 page.blank_button, page.import_button)]
    assert buttons[0] is page.setup_button  # no own profile yet: set up first
    import importlib.util
    assert (page.import_button in buttons) == (importlib.util.find_spec("thongbao_editor.importer") is not None)
    click(qtbot, page.setup_button)
    wizard = window.profile_menu.wizard
    assert wizard.isVisible()
    run_wizard(qtbot, wizard, "lang son", "hoang van thu", ["Vi Văn Tâm", "Hoàng Thị Lan"])
    assert wizard.result() == QDialog.DialogCode.Accepted
    prof = user_library().profile("ubnd-xa-hoang-van-thu")
    assert prof.agency == ["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"] and prof.place == "Xã Hoàng Văn Thụ"
    assert [s.name for s in prof.signers] == ["Vi Văn Tâm", "Hoàng Thị Lan"]
    assert prof.people["ct"].name == "Vi Văn Tâm" and not prof.sample
    # now an own profile exists: creating a notice comes first
    buttons = [page.layout_.itemAt(i).widget() for i in range(page.layout_.count() - 1)]
    assert buttons.index(page.new_button) < buttons.index(page.setup_button)


def test_wizard_from_the_templates_menu_office_of_a_commune(qtbot, window):
    menu_titles = [a.text() for a in window.template_actions.menu.actions()]
    assert any("profile" in t.lower() or "hồ sơ" in t.lower() for t in menu_titles)
    wizard = window.profile_menu.open_wizard()
    key_clicks(qtbot, wizard.province_page.filter, "lang son")
    qtbot.keyClick(wizard.province_page.filter, Qt.Key.Key_Return)
    key_clicks(qtbot, wizard.unit_page.filter, "chi lang")
    qtbot.keyClick(wizard.unit_page.filter, Qt.Key.Key_Return)
    issuer = wizard.issuer_page.issuer
    issuer.setCurrentIndex(issuer.findData("vp-hdnd-ubnd"))
    assert "VĂN PHÒNG\nHỘI ĐỒNG NHÂN DÂN VÀ\nỦY BAN NHÂN DÂN" in wizard.issuer_page.preview.text()
    assert "TB-VP" in wizard.issuer_page.preview.text()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    labels = [wizard.names_page.form.itemAt(i, wizard.names_page.form.ItemRole.LabelRole).widget().text()
              for i in range(len(wizard.names_page.fields))]
    assert labels[0] == "CHÁNH VĂN PHÒNG:" and "Chủ tịch UBND xã:" in labels
    for (_pid, edit), name in zip(wizard.names_page.fields, ["A Văn Một", "B Thị Hai", "C Văn Ba", "D Thị Bốn"],
                                  strict=True):
        type_text(qtbot, edit, name)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    prof = user_library().profile("vp-xa-chi-lang")
    assert prof.parent_agency == ["UBND XÃ CHI LĂNG"] and prof.symbol == "TB-VP"


def test_a_unit_list_is_searched_without_diacritics(qtbot, window):
    wizard = window.profile_menu.open_wizard()
    key_clicks(qtbot, wizard.province_page.filter, "lam dong")
    qtbot.keyClick(wizard.province_page.filter, Qt.Key.Key_Return)
    key_clicks(qtbot, wizard.unit_page.filter, "phuong 1")
    items = [wizard.unit_page.list.item(i).text() for i in range(wizard.unit_page.list.count())]
    assert items == ["Phường 1 Bảo Lộc"]


def test_user_guide_is_shipped_and_opens(qtbot, window):
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    guide = window.findChild(QDialog, "userGuide")
    assert guide is not None and guide.isVisible()
    assert "Thông báo" in guide.findChild(object, "guideBrowser").toPlainText()
    guide.close()


def test_dialogs_and_window_fit_the_screen(qtbot, window):
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert fit_rect(QRect(-50, 700, 2000, 300), QRect(0, 0, 1280, 720)) == QRect(0, 420, 1280, 300)
    big = QDialog(window)
    big.resize(area.width() + 600, area.height() + 400)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, big)
    big.show()
    assert area.contains(big.frameGeometry())
    assert area.contains(box.mapTo(big, box.rect().bottomRight()) + big.geometry().topLeft())
    big.close()
    wizard = window.profile_menu.open_wizard()
    assert area.contains(wizard.frameGeometry())
    finish = wizard.button(QWizard.WizardButton.CancelButton)
    assert area.contains(finish.mapToGlobal(finish.rect().bottomRight()))
    # a remembered geometry from a larger screen is not restored
    window.setGeometry(0, 0, area.width() + 800, area.height() + 500)
    cfg.settings().setValue(cfg.GEOMETRY, window.saveGeometry())
    from thongbao_editor.gui.main_window import MainWindow
    other = MainWindow(autosave=False)
    assert other.width() <= area.width() and other.height() <= area.height()
    other.document.undo_stack.setClean()
    other.close()
    assert isinstance(cfg.settings().value(cfg.GEOMETRY), QByteArray)


def test_newcomer_flow_to_a_final_docx(qtbot, window, tmp_path):
    """First start -> a commune profile from the list -> new notice from a
    template -> fill -> final export: the real names, no sample value."""
    window.show_start_page()
    click(qtbot, window.start_page.setup_button)
    run_wizard(qtbot, window.profile_menu.wizard, "lang son", "chi lang", ["Vi Văn Tâm", "Hoàng Thị Lan"])
    click(qtbot, window.start_page.new_button)
    dialog = window.template_actions.dialog
    assert dialog.profile_combo.currentData() == "ubnd-xa-chi-lang"  # the own profile, not a sample
    dialog.select("hoi-nghi", "ubnd-xa-chi-lang")
    form = dialog.form
    type_text(qtbot, form.field("conference").editor, "sơ kết công tác 6 tháng đầu năm 2026")
    form.field("conference_date").editor.setDate(form.field("conference_date").editor.date().fromString(
        "2026-07-10", "yyyy-MM-dd"))
    type_lines(qtbot, form.field("assessment").editor, ["Trong 6 tháng đầu năm, xã đã hoàn thành các chỉ tiêu."])
    type_lines(qtbot, form.field("tasks").editor, ["Tập trung thu ngân sách."])
    form.refresh()
    assert dialog.ok_button().isEnabled(), dialog.form.problems if hasattr(dialog.form, "problems") else ""
    click(qtbot, dialog.ok_button())
    assert window.central_stack.currentIndex() == 0  # the editor
    notice = window.document.notice
    assert notice.header.agency == ["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"] and notice.header.place == "Chi Lăng"
    out = tmp_path / "final.docx"
    export_final(qtbot, window, out)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Vi Văn Tâm" in xml and "Chi Lăng" in xml
    assert "(Mẫu)" not in xml and "DỰ THẢO" not in xml


def test_opening_form_shows_only_the_fields_the_opening_uses(qtbot, window):
    from thongbao_editor.gui.document import NoticeDocument
    from thongbao_editor.templates import instantiate
    lib = user_library()
    section = window.section("opening")
    tpl = lib.template("hoi-nghi")
    window.set_document(NoticeDocument(instantiate(tpl, lib.profile("ubnd-xa"), tpl.examples())))
    section = window.section("opening")
    rows = lambda: [section.form.isRowVisible(w) if section.form.getWidgetPosition(w)[0] >= 0  # noqa: E731
                    else section.form.isRowVisible(w.parentWidget()) for w in section.fact_widgets]
    assert not any(rows())  # a conference: no inspection facts to fill
    assert section.form.isRowVisible(section.override.parentWidget())
    tpl = lib.template("kiem-tra-ket-luan")
    window.set_document(NoticeDocument(instantiate(tpl, lib.profile("ubnd-tinh"), tpl.examples())))
    section = window.section("opening")
    assert all(rows())

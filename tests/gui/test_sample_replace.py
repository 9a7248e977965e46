"""The quick path of a sample value (issue 12): from the findings panel to my
agency profile, as one undo step."""

from __future__ import annotations

import copy

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from thongbao_editor.api import final_refusals
from thongbao_editor.checks.sample import RULE_ID
from thongbao_editor.gui.document import NoticeDocument
from thongbao_editor.gui.templates_dialog import user_library
from thongbao_editor.templates import instantiate
from thongbao_editor.templates.files import PROFILE_KIND
from thongbao_editor.templates.profile_maker import build_profile, profile_toml
from thongbao_editor.templates.units import provinces

from .test_findings import wait_fresh
from .test_start_page import click, run_wizard


def open_sample_notice(qtbot, window):
    """``thongbao new --template kiem-tra-ket-luan --profile vp-ubnd-tinh``, opened."""
    lib = user_library()
    tpl = lib.template("kiem-tra-ket-luan")
    notice = instantiate(tpl, lib.profile("vp-ubnd-tinh"), tpl.examples())
    window.set_document(NoticeDocument(notice))
    window.show()
    qtbot.waitExposed(window)
    panel = window.findings_dock.panel
    wait_fresh(qtbot, panel)
    return panel, copy.deepcopy(notice)


def click_sample_finding(qtbot, panel):
    assert not panel.samples_button.isVisible()
    item = panel.item_for(RULE_ID, "signature.signer")
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert panel.current_finding().rule == RULE_ID
    assert panel.samples_button.isVisible() and panel.samples_button.isEnabled()
    click(qtbot, panel.samples_button)
    dialog = panel.window().findings_dock.sample_replacer.dialog
    qtbot.waitExposed(dialog)
    return dialog


def assert_replaced_and_undone(qtbot, window, panel, before, signer_name):
    doc = window.document
    notice = doc.notice
    assert notice.signature.signer == signer_name
    assert "(Mẫu)" not in repr(notice)
    assert not any(p.rule == RULE_ID for p in final_refusals(notice))
    wait_fresh(qtbot, panel)
    assert RULE_ID not in [f.rule for f in panel.findings]
    # ONE Ctrl+Z restores every sample value exactly
    window.activateWindow()
    window.section("signature").signer.setFocus()
    qtbot.keyClick(window.section("signature").signer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.notice == before
    wait_fresh(qtbot, panel)
    assert panel.item_for(RULE_ID) is not None


def test_replace_with_an_own_profile_from_the_library(qtbot, window):
    province = next(p for p in provinces() if p.name.endswith("Lạng Sơn"))
    spec = build_profile(province, None, "vp")
    for i, item in enumerate([*spec.signers, *spec.people]):
        item.name = f"Nông Văn Thật {i}"
    user_library().save_text(PROFILE_KIND, "vp-cua-toi", profile_toml(spec))
    panel, before = open_sample_notice(qtbot, window)
    dialog = click_sample_finding(qtbot, panel)
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "(Mẫu) Trần Thị Hoa" in texts
    assert dialog.profile.currentData() == "vp-cua-toi"
    dialog.signer.setFocus()
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Down)  # the second signer: KT. Chánh Văn phòng
    assert dialog.signer.currentData() == "pcvp"
    click(qtbot, dialog.replace_button)
    assert window.document.notice.signature.authority == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert window.document.undo_stack.count() == 1  # one undo step
    assert_replaced_and_undone(qtbot, window, panel, before, "Nông Văn Thật 1")


def test_no_own_profile_sets_one_up_with_the_wizard(qtbot, window):
    panel, before = open_sample_notice(qtbot, window)
    dialog = click_sample_finding(qtbot, panel)
    assert not dialog.replace_button.isEnabled()
    click(qtbot, dialog.wizard_button)
    wizard = window.profile_menu.wizard
    qtbot.waitExposed(wizard)
    banner = wizard.province_page.findChild(QLabel, "sampleBanner")
    assert "người ký: (Mẫu) Trần Thị Hoa" in banner.text()
    run_wizard(qtbot, wizard, "lang son", "hoang van thu", ["Vi Văn Tâm", "Hoàng Thị Lan"])
    assert not wizard.isVisible()
    assert window.document.notice.template.profile in user_library().names(PROFILE_KIND)
    assert_replaced_and_undone(qtbot, window, panel, before, "Vi Văn Tâm")


def test_wizard_highlights_the_names_that_replace_samples(qtbot, window):
    panel, _before = open_sample_notice(qtbot, window)
    click(qtbot, click_sample_finding(qtbot, panel).wizard_button)
    wizard = window.profile_menu.wizard
    assert wizard.sample_ids >= {"cvp", "pct-tt", "@signer", "@chair"}
    from .driver import key_clicks
    key_clicks(qtbot, wizard.province_page.filter, "lang son")
    qtbot.keyClick(wizard.province_page.filter, Qt.Key.Key_Return)
    key_clicks(qtbot, wizard.unit_page.filter, "hoang van thu")
    qtbot.keyClick(wizard.unit_page.filter, Qt.Key.Key_Return)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    # a commune's UBND: the Chairman signs (replaces the sample signer) and
    # chairs by default (replaces the sample chair); the Vice-Chairman does neither
    styles = {pid: bool(edit.styleSheet()) for pid, edit in wizard.names_page.fields}
    assert styles == {"ct": True, "pct": False}
    wizard.reject()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # a popup, offscreen
def test_the_context_menu_offers_the_same_action(qtbot, window):
    from PySide6.QtWidgets import QMenu
    panel, _before = open_sample_notice(qtbot, window)
    item = panel.item_for(RULE_ID, "signature.signer")
    panel.tree.scrollToItem(item)
    pos = panel.tree.visualItemRect(item).center()
    panel.tree.customContextMenuRequested.emit(pos)  # what a right click on the item sends
    menu = next(m for m in panel.findChildren(QMenu) if m.isVisible())
    action = next(a for a in menu.actions() if a.text() == panel.samples_button.text())
    menu.hide()
    action.trigger()
    dialog = window.findings_dock.sample_replacer.dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert window.document.undo_stack.count() == 0

"""The findings panel: live checking off the GUI thread, jumps, quick fixes,
silencing (pytest-qt, offscreen)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from thongbao_editor.gui import findings as findings_module
from thongbao_editor.gui.findings_nav import rich_to_editor
from thongbao_editor.model import Footnote, RichText, Run, load_draft

from .driver import key_clicks, type_lines, type_text


@pytest.fixture
def reasons(monkeypatch, dialogs):
    """Answers for QInputDialog.getText (the silencing reason), queued in dialogs.texts."""
    def get_text(*args, **kw):
        dialogs.shown.append(("input", "", ""))
        return dialogs.texts.pop(0) if dialogs.texts else ("", False)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return dialogs


@pytest.fixture
def opened(qtbot, window, example_path):
    window.open_path(example_path, ask=False)
    panel = window.findings_dock.panel
    wait_fresh(qtbot, panel)
    return window, panel


def wait_fresh(qtbot, panel, timeout=10000):
    """Until the panel shows the findings of the document as it is now."""
    qtbot.waitUntil(lambda: panel.is_fresh() and not panel.timer.isActive()
                    and not panel._running, timeout=timeout)


def rules(panel, part=None):
    return [f.rule for f in panel.findings if part is None or f.part == part]


def select(panel, rule, part=None):
    item = panel.item_for(rule, part)
    assert item is not None, (rule, part, rules(panel))
    panel.tree.setCurrentItem(item)
    return panel.current_finding()


def test_example_shows_its_known_findings_checked_in_a_worker(opened):
    window, panel = opened
    seps = [f for f in panel.findings if f.rule == "writing.number_separator"]
    assert {(f.path, f.fix.replacement) for f in seps} == {((0, 0, 3), "10,2"),
                                                          ((1, 2, 1, 2), "14,3")}
    assert "writing.abbreviation_undefined" in rules(panel)
    assert "writing.typo" in rules(panel, "closing")
    # Grouped by part, each finding one child item with its location.
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert "Nội dung" in groups and "Câu kết" in groups
    item = panel.item_for("writing.number_separator")
    assert "10.2" in item.text(1) and item.text(0) == "I › 1 › ¶4"
    footnote_item = [f for f in panel.findings if f.rule == "facts.footnote_end"]
    assert footnote_item
    warnings = sum(f.severity == "warning" for f in panel.findings)
    assert panel.count_button.text().startswith(f"{warnings} ")
    # The check ran in the panel's worker thread, never on the GUI thread.
    assert panel.last_result.thread not in (0, threading.get_ident())


def test_typing_a_fault_shows_it_and_fixing_it_clears_it(qtbot, opened):
    window, panel = opened
    window.show_section("header")
    symbol = window.section("header").symbol
    with qtbot.waitSignal(panel.updated, timeout=10000) as blocker:
        type_text(qtbot, symbol, "TB.UBND")
    qtbot.waitUntil(lambda: "form.symbol_shape" in rules(panel, "header.symbol"))
    assert blocker.args[0]["error"] == 1  # form.symbol_shape is an error
    assert panel.last_result.thread != threading.get_ident()
    type_text(qtbot, symbol, "TB-UBND")
    wait_fresh(qtbot, panel)
    assert "form.symbol_shape" not in rules(panel)
    # A fault typed in the body paragraph editor.
    window.show_section("body")
    body = window.section("body")
    body.select_path((0, 0, 0))
    body.text_edit.moveCursor(body.text_edit.textCursor().MoveOperation.End)
    key_clicks(qtbot, body.text_edit, " của của")
    qtbot.waitUntil(lambda: any(f.rule == "writing.doubled_word" and f.path == (0, 0, 0)
                                for f in panel.findings))


def test_quick_fix_is_one_undo_step(qtbot, opened):
    window, panel = opened
    doc = window.document
    before = doc.notice.node_at((0, 0, 3)).text
    index = doc.undo_stack.index()
    f = select(panel, "writing.number_separator", "body")
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    assert doc.undo_stack.index() == index + 1
    after = doc.notice.node_at((0, 0, 3)).text
    assert "10,2%" in after.text and "10.2%" not in after.text
    assert after.footnotes() == before.footnotes()  # anchors kept
    wait_fresh(qtbot, panel)
    assert not [g for g in panel.findings if g.rule == f.rule and g.path == f.path]
    # Ctrl+Z in the window reverts exactly the fix.
    window.undo_action.trigger()
    assert doc.notice.node_at((0, 0, 3)).text == before
    wait_fresh(qtbot, panel)
    assert [g for g in panel.findings if g.rule == f.rule and g.path == f.path]
    window.redo_action.trigger()
    assert doc.notice.node_at((0, 0, 3)).text == after


def test_quick_fix_in_a_list_part_and_stale_findings_offer_no_fix(qtbot, opened):
    window, panel = opened
    window.show_section("closing")
    recipients = window.section("closing").recipients
    lines = list(window.document.notice.recipients)
    lines[0] = lines[0].rstrip(";")
    type_lines(qtbot, recipients, lines)
    qtbot.waitUntil(lambda: "form.recipients" in rules(panel, "recipients"))
    wait_fresh(qtbot, panel)
    select(panel, "form.recipients", "recipients")
    # A change makes the shown findings stale: no fix until the re-check.
    key_clicks(qtbot, window.section("header").symbol, "X")
    assert not panel.fix_button.isEnabled()
    window.document.undo_stack.undo()
    wait_fresh(qtbot, panel)
    f = select(panel, "form.recipients", "recipients")
    assert panel.apply_quick_fix(f)
    assert window.document.notice.recipients[0].endswith("(B/c);")
    qtbot.waitUntil(lambda: recipients.toPlainText().splitlines()[0].endswith(";"))
    window.document.undo_stack.undo()
    assert not window.document.notice.recipients[0].endswith(";")


def test_silencing_needs_a_reason_is_undoable_and_saved(qtbot, opened, reasons, tmp_path):
    window, panel = opened
    select(panel, "writing.number_separator")
    reasons.texts.append(("  ", True))
    panel.silence_button.click()
    assert window.document.notice.silenced == {}
    reasons.texts.append(("Số liệu trích nguyên văn báo cáo của huyện", True))
    panel.silence_button.click()
    assert window.document.notice.silenced == {
        "writing.number_separator": "Số liệu trích nguyên văn báo cáo của huyện"}
    wait_fresh(qtbot, panel)
    assert "writing.number_separator" not in rules(panel)
    group = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert group.text(0) == "Quy tắc đã tắt"
    assert group.child(0).text(0) == "writing.number_separator"
    window.undo_action.trigger()
    wait_fresh(qtbot, panel)
    assert "writing.number_separator" in rules(panel)
    window.redo_action.trigger()
    path = tmp_path / "silenced.json"
    assert window.save_to(path)
    assert load_draft(path).silenced == {
        "writing.number_separator": "Số liệu trích nguyên văn báo cáo của huyện"}
    window.open_path(path, ask=False)
    wait_fresh(qtbot, panel)
    assert window.document.notice.silenced
    assert "writing.number_separator" not in rules(panel)
    # See it among the silenced rules, and turn it on again.
    group = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    panel.tree.setCurrentItem(group.child(0))
    assert "Số liệu trích nguyên văn" in panel.detail.text()
    assert panel.unsilence_button.isEnabled()
    panel.unsilence_button.click()
    assert window.document.notice.silenced == {}
    wait_fresh(qtbot, panel)
    assert "writing.number_separator" in rules(panel)


def test_cancelled_reason_changes_nothing(qtbot, opened, reasons):
    window, panel = opened
    select(panel, "writing.typo", "closing")
    index = window.document.undo_stack.index()
    reasons.texts.append(("vì sao", False))
    panel.silence_current()
    assert window.document.undo_stack.index() == index
    assert window.document.notice.silenced == {}


def test_activating_a_finding_selects_its_span(qtbot, opened):
    window, panel = opened
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    f = select(panel, "writing.number_separator", "body")
    panel.tree.itemActivated.emit(panel.tree.currentItem(), 0)
    body = window.section("body")
    assert body.current_path() == f.path
    qtbot.waitUntil(body.text_edit.hasFocus)
    assert body.text_edit.textCursor().selectedText() == "10.2"
    # The closing sentence (a rich field of its own).
    select(panel, "writing.typo", "closing")
    panel.go_button.click()
    closing = window.section("closing").closing
    qtbot.waitUntil(closing.hasFocus)
    assert closing.textCursor().selectedText() == "thông báo đề"
    # A long plain field of the opening.
    select(panel, "writing.abbreviation_undefined", "opening.attendees")
    panel.go_to_current()
    attendees = window.section("opening").attendees
    qtbot.waitUntil(attendees.hasFocus)
    assert attendees.textCursor().selectedText() == "KTCK"
    # A plain field: the symbol.
    window.show_section("header")
    type_text(qtbot, window.section("header").symbol, "TB.UBND")
    qtbot.waitUntil(lambda: panel.item_for("form.symbol_shape") is not None)
    select(panel, "form.symbol_shape")
    window.section("body").text_edit.setFocus()
    panel.go_to_current()
    symbol = window.section("header").symbol
    qtbot.waitUntil(symbol.hasFocus)
    assert symbol.selectedText() == "TB.UBND"
    # A span inside a footnote: the footnotes table opens the footnote text.
    f = next(g for g in panel.findings if g.rule == "writing.number_separator"
             and g.footnote is not None)
    panel.activated.emit(f)
    table = window.section("footnotes").table
    assert window.stack.currentWidget() is window.section("footnotes")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.selectedText() == "14.3"
    assert table.currentColumn() == 2


def test_list_line_span_is_selected(qtbot, opened):
    window, panel = opened
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    recipients = window.section("closing").recipients
    lines = list(window.document.notice.recipients)
    lines[1] = "Thường trực HĐND tỉnh (B/c)"
    window.show_section("closing")
    type_lines(qtbot, recipients, lines)
    qtbot.waitUntil(lambda: panel.item_for("form.recipients") is not None)
    select(panel, "form.recipients")
    panel.go_to_current()
    qtbot.waitUntil(recipients.hasFocus)
    cursor = recipients.textCursor()
    assert cursor.blockNumber() == 1
    assert cursor.positionInBlock() == len(lines[1])


def test_rich_offsets_count_footnote_anchors():
    rich = RichText((Run("ab"), Footnote((Run("x"),)), Run("cd"), Footnote((Run("y"),))))
    assert [rich_to_editor(rich, p) for p in range(5)] == [0, 1, 3, 4, 6]


def test_stale_results_are_dropped_and_typing_never_waits(qtbot, opened, monkeypatch):
    """The check blocks in its worker until released; meanwhile the GUI keeps
    taking keystrokes, and the result of the old snapshot is never shown."""
    window, panel = opened
    release = threading.Event()
    started = threading.Event()
    threads = []
    real = findings_module.check_notice

    def slow_check(notice, **kw):
        threads.append(threading.get_ident())
        started.set()
        release.wait(10)
        return real(notice, **kw)

    monkeypatch.setattr(findings_module, "check_notice", slow_check)
    window.show_section("header")
    symbol = window.section("header").symbol
    type_text(qtbot, symbol, "TB.UBND")
    qtbot.waitUntil(started.is_set)
    stale_revision = window.document.revision
    # The worker is stuck: the GUI thread still types and updates the model.
    type_text(qtbot, symbol, "TB-UBND")
    assert symbol.text() == "TB-UBND" and window.document.notice.header.symbol == "TB-UBND"
    assert window.document.revision > stale_revision
    release.set()
    wait_fresh(qtbot, panel)
    assert panel.last_result.revision == window.document.revision
    assert "form.symbol_shape" not in rules(panel)  # the stale "TB.UBND" result was dropped
    assert len(threads) >= 2 and threading.get_ident() not in threads


def test_language_switch_retranslates_findings(qtbot, opened, qapp):
    from thongbao_editor.gui.app import install_translator
    window, panel = opened
    try:
        window.choose_language("en")
        item = panel.item_for("writing.number_separator")
        assert "decimal" in item.text(1)
        assert panel.fix_button.text() == "Apply quick fix"
        assert window.findings_dock.windowTitle() == "Findings"
        window.choose_language("vi")
        assert panel.fix_button.text() == "Sửa nhanh"
        assert window.findings_dock.windowTitle() == "Kết quả kiểm tra"
        assert "thập phân" in panel.item_for("writing.number_separator").text(1)
        assert panel.count_button.text().endswith("gợi ý")
        assert window.findings_dock.toggleViewAction() in window.view_menu.actions()
    finally:
        install_translator(qapp, "en")  # the other tests read source strings


def test_panel_toggle_and_count_button(qtbot, opened):
    window, panel = opened
    window.show()
    dock = window.findings_dock
    dock.toggleViewAction().trigger()
    assert not dock.isVisible()
    panel.count_button.click()
    assert dock.isVisible()
    assert panel.count_button.text() == panel.status.text()


def test_hidden_panel_stays_hidden_next_time(qtbot, window):
    from thongbao_editor.gui.main_window import MainWindow
    window.show()
    window.findings_dock.toggleViewAction().trigger()
    assert not window.findings_dock.isVisible()
    other = MainWindow(autosave=False)
    try:
        other.show()
        assert not other.findings_dock.isVisible()
        assert not other.findings_dock.toggleViewAction().isChecked()
        other.findings_dock.toggleViewAction().trigger()
        assert other.findings_dock.isVisible()
    finally:
        other.close()
        other.deleteLater()


def test_jump_targets_for_every_kind_of_part(qtbot, opened):
    from thongbao_editor.checks import Finding, Severity
    from thongbao_editor.gui.findings_nav import focus_finding
    window, panel = opened
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def finding(part, path=(), span=None):
        return Finding("test.rule", Severity.HINT, "x", "x", part, path, span)

    assert focus_finding(window, finding("header.date"))
    qtbot.waitUntil(window.section("header").day.hasFocus)
    assert focus_finding(window, finding("storage"))
    qtbot.waitUntil(window.section("closing").storage_units.hasFocus)
    assert focus_finding(window, finding("signature.authority", (1,), (0, 3)))
    authority = window.section("signature").authority
    qtbot.waitUntil(authority.hasFocus)
    assert authority.textCursor().selectedText() == window.document.notice.signature.authority[1][:3]
    assert not focus_finding(window, finding("silenced"))
    # A finding whose paragraph was deleted meanwhile does no harm.
    assert focus_finding(window, finding("body", (9, 9, 9), (0, 1)))


def test_selection_follows_the_finding_across_refreshes(qtbot, opened):
    window, panel = opened
    f = select(panel, "writing.typo", "closing")
    # A new finding earlier in print order shifts every index after it.
    window.show_section("header")
    type_text(qtbot, window.section("header").symbol, "TB.UBND")
    qtbot.waitUntil(lambda: "form.symbol_shape" in rules(panel))
    wait_fresh(qtbot, panel)
    assert panel.current_finding() == f

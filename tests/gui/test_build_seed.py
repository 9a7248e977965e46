"""Issue 3's judgement: the whole seed notice built through the GUI only.

Every field is typed (the first letter of each run as a key press, the rest
as one key event carrying the text, as an input method commits a phrase:
the same path through the widgets, at a fraction of the time of one event
per letter — typing letter by letter is tested in test_editing.py), the
body tree is built with the editor's actions,
bold/italic with Ctrl+B/Ctrl+I, footnotes with the "insert footnote"
action, the authority chain from a preset; the result must equal the
example draft, and its export must equal the example's rendering.
"""

from __future__ import annotations

import io
import zipfile

from PySide6.QtCore import Qt

from thongbao_editor.model import Kind, load_draft, notice_to_dict

from .driver import choose, pick_date, type_lines, type_number, type_rich, type_text


def build_header(qtbot, window, target) -> None:
    window.show_section("header")
    s = window.section("header")
    h = target.header
    type_lines(qtbot, s.parent_agency, h.parent_agency, burst=True)
    type_lines(qtbot, s.agency, h.agency, burst=True)
    type_text(qtbot, s.number, h.number, burst=True)
    type_text(qtbot, s.symbol, h.symbol, burst=True)
    type_text(qtbot, s.place, h.place, burst=True)
    type_number(qtbot, s.year, h.date.year)
    if h.date.month:
        type_number(qtbot, s.month, h.date.month)
    if h.date.day:
        type_number(qtbot, s.day, h.date.day)
    type_text(qtbot, s.doc_type, h.doc_type, burst=True)
    type_text(qtbot, s.summary, h.summary, burst=True)


def build_opening(qtbot, window, target) -> None:
    window.show_section("opening")
    s = window.section("opening")
    o = target.opening
    type_lines(qtbot, s.basis, o.basis, burst=True)
    d = o.inspection_date
    pick_date(s.inspection_date, d.year, d.month, d.day)
    type_text(qtbot, s.chair_name, o.chair.name, burst=True)
    type_text(qtbot, s.chair_title, o.chair.title, burst=True)
    type_text(qtbot, s.chair_role, o.chair.role, burst=True)
    type_lines(qtbot, s.units, o.units, burst=True)
    for widget, value in ((s.attendees, o.attendees), (s.participants, o.participants),
                          (s.activities, o.activities), (s.reporters, o.reporters),
                          (s.report_subject, o.report_subject)):
        type_text(qtbot, widget, value, burst=True)
    assert o.override is None


def build_body(qtbot, window, target, dialogs) -> None:
    window.show_section("body")
    s = window.section("body")

    def make(children, parent_path):
        for i, node in enumerate(children):
            path = parent_path + (i,)
            if i == 0:
                if parent_path:
                    s.select_path(parent_path)
                    s.add_child_action.trigger()
                else:
                    s.add_sibling_action.trigger()  # nothing selected: a first mục
            else:
                s.select_path(parent_path + (i - 1,))
                s.add_sibling_action.trigger()
            assert s.current_path() == path
            if s.current_node().kind is not node.kind:
                choose(s.kind_combo, node.kind.value)
            if s.current_node().heading != node.heading:
                s.heading_box.click()
            type_rich(qtbot, s.text_edit, node.text, dialogs, burst=True)
            make(node.children, path)

    s.tree.setCurrentIndex(s.model.index_of_path(()))
    make(target.body, ())


def build_bottom(qtbot, window, target, dialogs) -> None:
    window.show_section("closing")
    s = window.section("closing")
    type_rich(qtbot, s.closing, target.closing, dialogs, burst=True)
    type_lines(qtbot, s.recipients, target.recipients, burst=True)
    type_lines(qtbot, s.storage_units, target.storage.units, burst=True)
    if target.storage.copies:
        type_number(qtbot, s.copies, target.storage.copies)
    type_text(qtbot, s.initials, target.storage.initials, burst=True)
    window.show_section("signature")
    sig = window.section("signature")
    presets = [sig.preset.itemData(i) for i in range(sig.preset.count())]
    assert target.signature.authority in presets  # the seed's chain is a preset
    sig.preset.setCurrentIndex(presets.index(target.signature.authority))
    qtbot.mouseClick(sig.apply_preset_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, sig.signer, target.signature.signer, burst=True)
    window.show_section("abbreviations")
    ab = window.section("abbreviations")
    for i, a in enumerate(target.abbreviations):
        ab.set_row(i, a.short, a.full)


def test_build_seed_through_gui(qtbot, window, dialogs, example_path, tmp_path):
    target = load_draft(example_path)
    window.show()
    build_header(qtbot, window, target)
    build_opening(qtbot, window, target)
    build_body(qtbot, window, target, dialogs)
    build_bottom(qtbot, window, target, dialogs)
    built = notice_to_dict(window.document.notice)
    expected = notice_to_dict(target)
    for key in expected:
        assert built[key] == expected[key], key
    assert window.document.is_modified()
    assert window.isWindowModified()
    footnotes = [f for _, n in window.document.notice.walk_body() for f in n.text.footnotes()]
    assert len(footnotes) == 7

    # Export through the dialog, compare with the example's own rendering.
    from thongbao_editor.api import render_docx
    from thongbao_editor.gui.export import ExportDialog
    dialog = ExportDialog(window)
    out = tmp_path / "built.docx"
    dialog.path_edit.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert out.exists(), dialog.status.text()
    ours = zipfile.ZipFile(out)
    theirs = zipfile.ZipFile(io.BytesIO(render_docx(target)))
    names = sorted(n for n in theirs.namelist() if not n.startswith("docProps/"))
    assert sorted(n for n in ours.namelist() if not n.startswith("docProps/")) == names
    for name in names:
        assert ours.read(name) == theirs.read(name), name
    dialog.close()

    # Kind and heading were chosen through the editor, not typed.
    assert window.document.notice.body[2].children[0].kind is Kind.KHOAN

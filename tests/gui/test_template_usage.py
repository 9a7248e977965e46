"""New from template asks only for the variables the template uses (issue 12):
a declared variable no text of the template reads gets no row in the form,
and does not hold the dialog up even when declared required."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from thongbao_editor.gui.templates_dialog import user_library
from thongbao_editor.templates.usage import used_variables

from .driver import choose, pick_date, type_lines, type_text

NOTICES = Path(__file__).resolve().parents[2] / "templates" / "notices"
UNUSED = '''[[variables]]
name = "so_phong"
label = "Số phòng họp (không dùng)"
required = true
example = "P.201"

'''


def with_unused_variable(tmp_path) -> Path:
    """A shipped template with one more declared variable that nothing reads."""
    text = (NOTICES / "hop-lam-viec.toml").read_text(encoding="utf-8")
    path = tmp_path / "hop-thua.toml"
    path.write_text(text.replace("[[variables]]", UNUSED + "[[variables]]", 1), encoding="utf-8")
    return path


def labels(dialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]


def test_every_shipped_template_form_has_a_row_per_used_variable(window):
    dialog = window.template_actions.new_from_template()
    lib = user_library()
    for path in sorted(NOTICES.glob("*.toml")):
        dialog.select(path.stem, "ubnd-tinh")
        assert list(dialog.form.fields) == used_variables(lib.template(path.stem)), path.stem
    dialog.reject()


def test_an_unused_variable_gets_no_row_and_does_not_block(qtbot, window, dialogs, tmp_path):
    user_library().import_file(with_unused_variable(tmp_path))
    dialog = window.template_actions.new_from_template()
    dialog.select("hop-thua", "ubnd-tinh")
    form = dialog.form
    assert "so_phong" not in form.fields
    assert not any("Số phòng họp" in t for t in labels(dialog))
    assert list(form.fields) == used_variables(user_library().template("hop-lam-viec"))
    pick_date(form.field("meeting_date").editor, 2026, 5, 14)
    choose(form.field("chair").editor, "pct-tt")
    type_text(qtbot, form.field("partner").editor, "Sở Y tế")
    type_text(qtbot, form.field("topic").editor, "công tác phòng, chống dịch bệnh")
    type_lines(qtbot, form.field("attendees").editor, ["Lãnh đạo Sở Y tế"])
    form.refresh()
    assert form.ok() and "so_phong" not in form.problems
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    notice = window.document.notice
    assert notice.template.name == "hop-thua" and "so_phong" not in notice.template.values
    assert "Sở Y tế" in notice.header.summary

"""Templates in the editor: new from template through the generated form,
required fields, changing values later (one undo step), save as template,
the library (import / export / delete) and hostile files."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from thongbao_editor.gui.commands import SetNodeText
from thongbao_editor.gui.document import NoticeDocument
from thongbao_editor.gui.template_form import OTHER_PERSON
from thongbao_editor.gui.template_save import notice_texts
from thongbao_editor.gui.templates_dialog import user_library, user_library_dir
from thongbao_editor.model import notice_to_dict
from thongbao_editor.model.text import parse_markup
from thongbao_editor.templates import Library, instantiate

from .driver import choose, pick_date, type_lines, type_text

BASIS = "Kế hoạch số 35/KH-UBND ngày 02/3/2024 của UBND tỉnh về kiểm tra tình hình thực hiện"
VALUES = {"unit": "huyện Cao Lộc", "inspection_date": "2024-04-10", "basis": [BASIS],
          "chair": "pct-tt"}


def everything(notice) -> str:
    return "\n".join(notice_texts(notice))


def fill(qtbot, form, unit="huyện Cao Lộc"):
    type_text(qtbot, form.field("unit").editor, unit)
    pick_date(form.field("inspection_date").editor, 2024, 4, 10)
    type_lines(qtbot, form.field("basis").editor, [BASIS])
    choose(form.field("chair").editor, "pct-tt")
    form.refresh()


def open_from_template(window, values=VALUES, template="kiem-tra-ket-luan", profile="ubnd-tinh"):
    lib = user_library()
    notice = instantiate(lib.template(template), lib.profile(profile), values)
    window.set_document(NoticeDocument(notice))
    return notice


def test_editor_and_command_line_share_one_user_library(isolated, monkeypatch):
    from thongbao_editor.templates.library import default_user_dir
    assert str(user_library_dir()).startswith(str(isolated))
    assert user_library_dir() == default_user_dir()
    monkeypatch.setenv("THONGBAO_USER_DIR", str(isolated / "office-lib"))
    assert user_library_dir() == isolated / "office-lib"


def test_new_from_template_fills_every_occurrence(qtbot, window, dialogs):
    dialog = window.template_actions.new_from_template()
    assert dialog.isVisible()
    dialog.select("kiem-tra-ket-luan", "ubnd-tinh")
    form = dialog.form
    # Widgets follow the variable types; required ones are marked.
    assert form.labels["unit"].text().endswith("*")
    assert not form.labels["sub_units"].text().endswith("*")
    assert form.field("inspection_date").editor.metaObject().className() == "QDateEdit"
    assert form.field("chair").editor.metaObject().className() == "QComboBox"
    assert form.field("unit").editor.toolTip()  # help as tooltip
    # A default derived from another field follows it until edited.
    fill(qtbot, form)
    assert form.field("unit_agency").editor.text() == "UBND huyện Cao Lộc"
    assert not form.field("unit_agency").touched
    assert form.ok() and dialog.ok_button().isEnabled()
    assert "huyện Cao Lộc" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    notice = window.document.notice
    assert notice.template.name == "kiem-tra-ket-luan" and notice.template.profile == "ubnd-tinh"
    lib = user_library()
    expected = instantiate(lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh"), VALUES)
    assert notice_to_dict(notice) == notice_to_dict(expected)
    text = everything(notice)
    assert "Bình Trung" not in text  # no example value left behind
    assert "UBND huyện Cao Lộc" in notice.closing.text
    assert "huyện Cao Lộc" in notice.header.summary
    assert notice.opening.inspection_date.isoformat() == "2024-04-10"
    assert window.isWindowModified()  # a new notice with content is unsaved
    assert "Cao Lộc" in window.preview.browser.toPlainText()


def test_person_typed_by_hand(qtbot, window):
    dialog = window.template_actions.new_from_template()
    dialog.select("kiem-tra-ket-luan", "vp-ubnd-tinh")
    form = dialog.form
    fill(qtbot, form)
    chair = form.field("chair")
    choose(chair.editor, OTHER_PERSON)
    assert not chair.parts[0].isHidden()
    type_text(qtbot, chair.parts[0], "Lê Văn Cường")
    type_text(qtbot, chair.parts[1], "Phó Chủ tịch UBND tỉnh")
    form.refresh()
    dialog.accept()
    o = window.document.notice.opening
    assert (o.chair.name, o.chair.title) == ("Lê Văn Cường", "Phó Chủ tịch UBND tỉnh")


def test_required_field_missing_is_refused_inline(qtbot, window):
    before = notice_to_dict(window.document.notice)
    dialog = window.template_actions.new_from_template()
    dialog.select("kiem-tra-ket-luan", "ubnd-tinh")
    form = dialog.form
    fill(qtbot, form)
    type_text(qtbot, form.field("unit").editor, "")
    form.refresh()
    problem = form.field("unit").problem
    assert not problem.isHidden()
    assert "Đơn vị được kiểm tra" in problem.text() and "bắt buộc" in problem.text()
    assert form.field("basis").problem.isHidden()  # only the bad field
    assert not dialog.ok_button().isEnabled()
    dialog.accept()  # e.g. Enter pressed: refused, the dialog stays
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text()
    assert notice_to_dict(window.document.notice) == before
    # A value of the wrong type is marked too.
    type_text(qtbot, form.field("unit").editor, "huyện Cao Lộc")
    type_text(qtbot, form.field("year").editor, "năm nay")
    form.refresh()
    assert "Năm kế hoạch" in form.field("year").problem.text()
    assert not dialog.ok_button().isEnabled()
    type_text(qtbot, form.field("year").editor, "2024")
    form.refresh()
    assert dialog.ok_button().isEnabled()


def test_change_unit_updates_generated_text_and_one_undo_reverts(qtbot, window, dialogs):
    open_from_template(window)
    doc = window.document
    # The user edits one generated paragraph by hand.
    path = next(p for p, n in doc.notice.walk_body() if "Cao Lộc" in n.text.text and not n.children)
    edited = doc.notice.node_at(path).text.text + " Riêng huyện Cao Lộc cần báo cáo thêm."
    doc.push(SetNodeText(doc, path, parse_markup(edited), merge=False))
    before = notice_to_dict(doc.notice)
    count = doc.undo_stack.count()
    window.template_actions.update_actions()
    assert window.template_actions.change_action.isEnabled()
    dialog = window.template_actions.change_values()
    form = dialog.form
    assert form.field("unit").editor.text() == "huyện Cao Lộc"  # prefilled
    assert form.field("inspection_date").editor.date().year() == 2024
    type_text(qtbot, form.field("unit").editor, "huyện Chi Lăng")
    form.refresh()
    assert "Chi Lăng" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    notice = doc.notice
    assert doc.undo_stack.count() == count + 1
    assert "huyện Chi Lăng" in notice.header.summary
    assert "UBND huyện Chi Lăng" in notice.closing.text
    assert notice.template.values["unit"] == "huyện Chi Lăng"
    # Cao Lộc survives only in the paragraph the user edited, which is reported.
    left = [t for t in notice_texts(notice) if "Cao Lộc" in t]
    assert left == [notice.node_at(path).text.text]
    kind, title, text = dialogs.shown[-1]
    assert kind == "information" and "Cao Lộc" in text
    assert window.section("header").summary.toPlainText() == notice.header.summary
    # One Ctrl+Z reverts the whole change.
    window.undo_action.trigger()
    assert notice_to_dict(doc.notice) == before
    assert "Cao Lộc" in window.section("header").summary.toPlainText()
    window.redo_action.trigger()
    assert "huyện Chi Lăng" in doc.notice.header.summary


def test_change_values_needs_a_template_notice(window, dialogs):
    assert window.template_actions.change_values() is None
    assert dialogs.shown[-1][0] == "information"


def test_save_as_template_then_new_from_it(qtbot, window, dialogs):
    original = copy.deepcopy(open_from_template(window))
    dialog = window.template_actions.save_as_template()
    rows = {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 4))
            for r in range(dialog.table.rowCount())}
    assert rows["huyện Cao Lộc"][0] == "unit" and int(rows["huyện Cao Lộc"][1]) > 3
    assert dialog.cell(0, 3) in ("unit", "đơn vị")
    # Refused without a name; a value that is not in the notice is refused too.
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text()
    type_text(qtbot, dialog.name_edit, "kiem-tra-huyen")
    type_text(qtbot, dialog.title_edit, "Kiểm tra tại huyện")
    r = dialog.add_row("Không có trong văn bản", "khong_co")
    dialog.accept()
    assert "Không có trong văn bản" in dialog.message.text()
    dialog.table.selectRow(r)
    dialog.remove_row()
    dialog.set_cell(0, 2, "Huyện được kiểm tra")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    lib = user_library()
    saved = lib.template("kiem-tra-huyen")
    assert saved.variable("unit").label == "Huyện được kiểm tra"
    assert (user_library_dir() / "notices" / "kiem-tra-huyen.toml").is_file()
    # New from the saved template reproduces the notice.
    new = window.template_actions.new_from_template()
    new.select("kiem-tra-huyen", "ubnd-tinh")
    assert new.form.labels["unit"].text() == "Huyện được kiểm tra *"
    type_text(qtbot, new.form.field("unit").editor, "huyện Cao Lộc")
    new.form.refresh()
    new.accept()
    made = notice_to_dict(window.document.notice)
    want = notice_to_dict(original)
    made.pop("template"), want.pop("template")
    assert made == want
    # Saving again under the same name asks before replacing.
    again = window.template_actions.save_as_template()
    type_text(qtbot, again.name_edit, "kiem-tra-huyen")
    type_text(qtbot, again.title_edit, "Kiểm tra tại huyện (2)")
    dialogs.questions.append(QMessageBox.StandardButton.No)
    again.accept()
    assert again.isVisible() and lib.template("kiem-tra-huyen").title == "Kiểm tra tại huyện"
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    again.accept()
    assert lib.template("kiem-tra-huyen").title == "Kiểm tra tại huyện (2)"


def test_library_export_import_delete(qtbot, window, dialogs, tmp_path):
    dialog = window.template_actions.show_library()
    assert dialog.select("notice-template", "kiem-tra-ket-luan")
    assert "Đơn vị được kiểm tra" in dialog.preview.toPlainText()
    assert not dialog.delete_button.isEnabled()  # built-in
    assert dialog.tree.currentItem().text(1) in ("có sẵn, chỉ đọc", "built-in, read-only")
    assert "THÔNG BÁO" in dialog.preview.toPlainText()  # the notice preview
    target = tmp_path / "mau-xa.toml"
    dialogs.save_files.append(str(target))
    assert dialog.export_dialog()
    assert target.read_text("utf-8") == Library(user_library_dir()).template(
        "kiem-tra-ket-luan").source
    dialogs.open_files.append(str(target))
    assert dialog.import_dialog()
    assert (user_library_dir() / "notices" / "mau-xa.toml").is_file()
    assert dialog.current() == ("notice-template", "mau-xa", False)
    assert dialog.tree.currentItem().text(1) in ("thư viện của bạn", "your library")
    assert dialog.delete_button.isEnabled()
    # Importing it again asks; No keeps the library as it is.
    dialogs.open_files.append(str(target))
    dialogs.questions.append(QMessageBox.StandardButton.No)
    assert not dialog.import_dialog()
    # A profile too.
    assert dialog.select("agency-profile", "ubnd-xa")
    assert "CHỦ TỊCH" in dialog.preview.toPlainText()
    profile_file = tmp_path / "xa-cua-toi.toml"
    dialogs.save_files.append(str(profile_file))
    assert dialog.export_dialog()
    dialogs.open_files.append(str(profile_file))
    assert dialog.import_dialog()
    assert "xa-cua-toi" in user_library().names("agency-profile")
    # Delete asks first.
    assert dialog.select("notice-template", "mau-xa")
    dialogs.questions.append(QMessageBox.StandardButton.No)
    assert not dialog.delete_current()
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    assert dialog.delete_current()
    assert not (user_library_dir() / "notices" / "mau-xa.toml").exists()
    assert not dialog.select("notice-template", "mau-xa")


def test_hostile_import_is_refused(window, dialogs, tmp_path):
    dialog = window.template_actions.show_library()
    source = user_library().template("hoi-nghi").source
    hostile = tmp_path / "doc-hai.toml"
    hostile.write_text(source.replace('body = """', 'body = """\n{% include "/etc/passwd" %}', 1),
                       "utf-8")
    dialogs.open_files.append(str(hostile))
    assert not dialog.import_dialog()
    kind, title, text = dialogs.shown[-1]
    assert kind == "warning" and "include" in text and "doc-hai.toml" in text
    assert not (user_library_dir() / "notices" / "doc-hai.toml").exists()
    # Runs away, or reaches outside the sandbox: refused by a trial fill-in.
    for name, jinja in (("vong-lap", "{% for i in range(100000) %}{% for j in range(100000) %}"
                                     "x{% endfor %}{% endfor %}"),
                        ("thoat-sandbox", "{{ ''.__class__.__mro__ }}")):
        bad = tmp_path / f"{name}.toml"
        bad.write_text(source.replace('body = """', f'body = """\n{jinja}', 1), "utf-8")
        dialogs.open_files.append(str(bad))
        assert not dialog.import_dialog()
        kind, title, text = dialogs.shown[-1]
        assert kind == "warning" and f"{name}.toml" in text, text
        assert not (user_library_dir() / "notices" / f"{name}.toml").exists()
    bad_name = tmp_path / "Ten Xau.toml"
    bad_name.write_text(source, "utf-8")
    dialogs.open_files.append(str(bad_name))
    assert not dialog.import_dialog()
    assert "Ten Xau" in dialogs.shown[-1][2]
    not_toml = tmp_path / "rac.toml"
    not_toml.write_bytes(b"\xff\xfe garbage = [")
    dialogs.open_files.append(str(not_toml))
    assert not dialog.import_dialog()
    assert dialogs.shown[-1][0] == "warning"
    assert user_library().names("notice-template") == ["hoi-nghi", "hop-lam-viec", "kiem-tra-du-an",
                                                       "kiem-tra-ket-luan", "lam-viec-voi-so"]


def test_a_slow_import_check_keeps_the_window_responsive(qtbot, window, dialogs, tmp_path):
    """The trial fill-in of an imported template runs off the GUI thread with
    a busy indicator: a template that runs until its 2 s budget stops it
    (long wordwrap calls) keeps the window handling events all along."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    dialog = window.template_actions.show_library()
    source = user_library().template("hoi-nghi").source
    slow = tmp_path / "cham.toml"
    slow.write_text(source.replace('body = """', 'body = """\n{% for i in range(20) %}'
                                   "{{ ('ab ' * 200000) | wordwrap(3) | length }}{% endfor %}", 1),
                    "utf-8")
    clock, gaps, busy_seen = QElapsedTimer(), [], []
    last = [0]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
        busy = [w for w in QApplication.topLevelWidgets() + dialog.findChildren(QProgressDialog)
                if w.objectName() == "busyDialog" and w.isVisible()]
        busy_seen.append(bool(busy))

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    dialogs.open_files.append(str(slow))
    assert not dialog.import_dialog()
    elapsed = clock.elapsed()
    timer.stop()
    assert 1500 < elapsed < 10000, elapsed  # stopped by the budget
    assert len(gaps) > elapsed / 50 / 3 and max(gaps) < 1000, (len(gaps), max(gaps))
    assert any(busy_seen)  # the busy indicator was up
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "cham.toml" in text and "giây" in text
    assert not (user_library_dir() / "notices" / "cham.toml").exists()

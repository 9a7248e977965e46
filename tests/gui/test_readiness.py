"""The status-bar badge and the export dialog say the same thing about a final export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from thongbao_editor.model import load_draft, save_draft

VARIANTS = {
    "example": lambda n: None,
    "nhu-tren": lambda n: n.recipients.insert(0, "Như trên;"),
    "academic-title": lambda n: setattr(n.signature, "signer", "TS. Hoàng Xuân Đồng"),
    "sample-signer": lambda n: setattr(n.signature, "signer", "(Mẫu) Trần Thị Hoa"),
    "blank-summary": lambda n: setattr(n.header, "summary", ""),
    "no-recipients": lambda n: setattr(n, "recipients", []),
}


def badge_problems(qtbot, window) -> list[str]:
    window.problems_timer.start(0)
    qtbot.waitUntil(lambda: not window.problems_timer.isActive())
    return [p.message() for p in window._problems]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_badge_and_export_dialog_agree(qtbot, window, example_path, tmp_path, variant):
    from thongbao_editor.gui.export import ExportDialog
    notice = load_draft(example_path)
    VARIANTS[variant](notice)
    path = tmp_path / f"{variant}.json"
    save_draft(notice, path)
    window.show()
    window.open_path(path, ask=False)
    badge = badge_problems(qtbot, window)
    text = window.problems_button.text()
    dialog = ExportDialog(window)
    dialog.docx_final.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "final.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    if variant == "example":
        assert badge == [] and listed == [] and text == window.tr("Ready for the final version")
        assert (tmp_path / "final.docx").exists()
    else:
        assert badge and listed == badge, variant
        assert not (tmp_path / "final.docx").exists()
        assert str(len(badge)) in text
    dialog.close()


def test_a_sample_value_jumps_to_its_field(qtbot, window, example_path, tmp_path):
    """The sample signer is listed by the badge; activating it lands in the signer field."""
    notice = load_draft(example_path)
    notice.signature.signer = "(Mẫu) Trần Thị Hoa"
    path = tmp_path / "sample.json"
    save_draft(notice, path)
    window.show()
    window.open_path(path, ask=False)
    badge_problems(qtbot, window)
    assert [p.rule for p in window._problems] == ["form.sample_value"]
    qtbot.mouseClick(window.problems_button, Qt.MouseButton.LeftButton)
    signer = window.section("signature").signer
    qtbot.waitUntil(signer.hasFocus)
    assert signer.selectedText() == "(Mẫu) Trần Thị Hoa"

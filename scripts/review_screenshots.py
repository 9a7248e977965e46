"""Screenshots of the review loop for the user guide (docs/img/1x-*.png).

    Xvfb :66 -screen 0 1400x900x24 &  DISPLAY=:66 python scripts/review_screenshots.py [OUT_DIR]

Makes a draft from examples/cao-loc-2024.json in a temporary folder, saves a
version, edits it as a leader would (tests/compare/edits.py), and captures
the File menu, the version history, the compare view (a changed paragraph
and a moved one) and pages 2 and 10 of the tracked-changes .docx as
LibreOffice shows it.  Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="thongbao-review-shots-"))
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = str(tmp)

    import thongbao_editor.gui  # noqa: F401
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from tests.compare.edits import edited
    from thongbao_editor.gui.app import install_translator
    from thongbao_editor.gui.main_window import MainWindow
    from thongbao_editor.model import load_draft, save_draft
    from thongbao_editor.model.versions import list_versions, save_version

    QApplication.setOrganizationName("thongbao-editor")
    QApplication.setApplicationName("thongbao-editor")
    app = QApplication(sys.argv[:1])
    install_translator(app, "vi")

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str) -> None:
        widget.grab().save(str(out / name), "PNG", 0)
        print(out / name)

    draft = tmp / "TB-kiem-tra-Cao-Loc.json"
    first = load_draft(ROOT / "examples" / "cao-loc-2024.json")
    save_draft(first, draft)
    save_version(draft, first, "Trình lãnh đạo lần 1", author="Ngọc (Văn phòng)")
    returned = tmp / "TB_v1_PCT_sua.json"
    save_draft(edited(first), returned)

    w = MainWindow(autosave=False)
    w.resize(1280, 800)
    w.show()
    w.open_path(draft, ask=False)
    settle()
    w.file_menu.popup(w.mapToGlobal(w.menuBar().geometry().bottomLeft()))
    settle()
    screen = QApplication.primaryScreen().grabWindow(0)
    geo = w.frameGeometry()
    screen.copy(geo).save(str(out / "10-file-menu.png"), "PNG", 0)
    print(out / "10-file-menu.png")
    w.file_menu.hide()

    history = w.version_actions.show_history()
    save_version(draft, edited(first), "Sau góp ý của PCT", kind="review", author="Ngọc (Văn phòng)")
    history.reload()
    settle()
    shot(history, "11-version-history.png")
    history.close()

    view = w.version_actions.open_returned(str(returned))
    view.resize(1250, 560)
    view.list.setCurrentRow(1)
    settle()
    shot(view, "12-compare.png")
    view.list.setCurrentRow(5)
    settle()
    shot(view, "13-compare-moved.png")
    view.close()

    QInputDialog.getItem = staticmethod(lambda *a, **k: (a[4][0], True))
    tracked = tmp / "TB_so-sanh.docx"
    w.document.notice = edited(first)
    w.version_actions.export_tracked(str(tracked), list_versions(draft)[0])
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tracked)], check=True, capture_output=True, timeout=180)
    for page, name in ((2, "14-tracked-docx.png"), (10, "15-tracked-docx-end.png")):
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                        str(tmp / "TB_so-sanh.pdf"), str(out / name.removesuffix(".png"))], check=True)
        print(out / name)
    w.document.undo_stack.setClean()
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

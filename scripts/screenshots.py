"""Screenshots of the real application for the user guide (docs/img/).

    DISPLAY=:99 python scripts/screenshots.py [OUT_DIR] [--lang vi|en]

Opens examples/cao-loc-2024.json in the editor, visits each part, and saves
one PNG per view with QWidget.grab().  Settings and recovery files go to a
temporary folder so the user's own are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "img"))
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--page-view", action="store_true", help="wait for the LibreOffice page view")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="thongbao-shots-")
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = tmp

    import thongbao_editor.gui  # noqa: F401
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from thongbao_editor.gui.app import install_translator
    from thongbao_editor.gui.main_window import SECTIONS, MainWindow

    QApplication.setOrganizationName("thongbao-editor")
    QApplication.setApplicationName("thongbao-editor")
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    w = MainWindow(autosave=False)
    w.resize(1280, 800)
    w.show()
    w.open_path(ROOT / "examples" / "cao-loc-2024.json", ask=False)
    settle()
    for row, (key, _cls) in enumerate(SECTIONS):
        w.nav.setCurrentRow(row)
        if key == "body":
            body = w.section("body")
            body.tree.expandAll()
            body.select_path((1, 2, 0, 0, 1))
        settle()
        w.grab().save(str(out / f"{row + 1:02d}-{key}.png"), "PNG", 0)
        print(out / f"{row + 1:02d}-{key}.png")
    if args.page_view and w.preview.has_libreoffice:
        w.nav.setCurrentRow(0)
        w.preview.setCurrentIndex(1)
        for _ in range(120):
            settle(500)
            if w.preview.pdf_view is not None and w.preview.page.currentWidget() is w.preview.pdf_view:
                break
        settle(500)
        w.grab().save(str(out / "08-page-view.png"), "PNG", 0)
        print(out / "08-page-view.png")
    from thongbao_editor.gui.export import ExportDialog
    w.preview.setCurrentIndex(0)
    w.document.undo_stack.resetClean()
    dialog = ExportDialog(w)
    dialog.docx_final.setChecked(True)
    dialog.show()
    settle()
    dialog.grab().save(str(out / "09-export.png"), "PNG", 0)
    print(out / "09-export.png")
    dialog.close()
    w.document.undo_stack.setClean()
    w.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``thongbao-editor [DRAFT]`` — start the desktop editor."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..errors import set_language
from ..paths import resources_dir
from . import settings as cfg
from .smoke import InstallationCheck

log = logging.getLogger(__name__)

_translators: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Use ``lang`` ("vi" or "en") for the interface and the engine's messages."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    set_language(lang)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    # Qt's own strings (Save/Discard buttons, file dialogs): Qt's catalogue when
    # shipped, else ours (Qt has no qtbase_vi).
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    else:
        _load_qm(app, resources_dir().joinpath("translations", f"qt_{lang}.qm"))
    if not _load_qm(app, resources_dir().joinpath("translations", f"thongbao_{lang}.qm")):
        return False
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return True


def _load_qm(app: QCoreApplication, qm) -> bool:
    """Install the translation in ``qm`` (a shipped .qm file)."""
    try:
        data = qm.read_bytes()
    except (FileNotFoundError, OSError):
        log.warning("no translation %s", qm)
        return False
    translator = QTranslator(app)
    # QTranslator.load(data) keeps a pointer to the data: keep it alive.
    translator._data = data  # type: ignore[attr-defined]
    if not translator.load(data):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="thongbao-editor",
                                     description="Soạn Thông báo kết luận (giao diện đồ họa).")
    parser.add_argument("draft", nargs="?", help="bản nháp .json cần mở / draft to open")
    parser.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện / UI language")
    parser.add_argument("--version", action="version", version=f"thongbao-editor {__version__}")
    parser.add_argument("--quit-after-load", action="store_true",
                        help="mở cửa sổ và bản nháp rồi thoát (kiểm tra cài đặt) / "
                             "open the window and the draft, then quit (installation check)")
    return parser.parse_args(argv)


def offer_recovery(window) -> bool:
    """Offer notices left in recovery files by a session that died (True: one
    was recovered)."""
    return window.offer_recovery()


def install_excepthook(window) -> None:
    """An unexpected error shows a message (details go to the log), never a
    traceback; the notice stays open, and autosave keeps running."""
    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(
            window, QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app", "Something went wrong: %s. The notice is still open; "
                "save it under a new name to be safe.") % f"{kind.__name__}: {value}")
    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    QApplication.setOrganizationName(cfg.ORGANIZATION)
    QApplication.setApplicationName(cfg.APPLICATION)
    QApplication.setApplicationDisplayName("Thông báo")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    check = InstallationCheck() if args.quit_after_load else None
    lang = args.lang or cfg.language()
    translated = install_translator(app, lang)
    from .main_window import MainWindow
    window = MainWindow()
    window.show()
    install_excepthook(window)
    if check is not None:
        return check.run(app, window, args.draft, translated)
    # A recovered notice is newer than any file: opening the draft named on
    # the command line over it would throw the recovered work away.
    if not offer_recovery(window):
        if args.draft and args.draft.lower().endswith(window.import_actions.suffixes):
            window.import_actions.import_path(args.draft, ask=False)  # a Word file: import it
        elif args.draft:
            window.open_path(args.draft, ask=False)
        else:  # a first start that leads (issue 12)
            window.show_start_page()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

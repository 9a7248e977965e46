"""``thongbao-editor --quit-after-load [DRAFT]``: the installation check.

Used by tests/test_bundle.py on the application bundle and documented for IT
departments (docs/install.md).  The editor starts as usual, shows its window,
opens DRAFT, runs one turn of the event loop and quits.  Exit status 0 when
all of that went well; 1, with the reasons on stderr, when the draft cannot be
opened, the interface translation or the page view's Qt modules are missing,
or anything logged an error on the way (a rule of the checker that cannot read
its word lists, say).  No dialog is shown and no recovery is offered, so it
never waits for a click.
"""

from __future__ import annotations

import importlib
import logging
import sys

from PySide6.QtCore import QTimer

from ..errors import ThongbaoError
from ..model import load_draft

# Loaded lazily by gui/preview.py's page view: an installation without them
# would fail there, not at start-up.
PAGE_VIEW_MODULES = ("PySide6.QtPdf", "PySide6.QtPdfWidgets")


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class InstallationCheck:
    """Created before the window, so errors logged while it starts count."""

    def __init__(self) -> None:
        self.errors = _ErrorLog()
        logging.getLogger().addHandler(self.errors)

    def run(self, app, window, draft: str | None, translated: bool) -> int:
        try:
            problems = self._problems(window, draft, translated)
            if not problems:
                problems = self._one_turn(app, window)
            problems += self.errors.messages
        finally:
            logging.getLogger().removeHandler(self.errors)
        for problem in problems:
            print(f"thongbao-editor: {problem}", file=sys.stderr)
        return 1 if problems else 0

    @staticmethod
    def _problems(window, draft: str | None, translated: bool) -> list[str]:
        problems = [] if translated else ["the interface translation could not be loaded"]
        for module in PAGE_VIEW_MODULES:
            try:
                importlib.import_module(module)
            except ImportError as exc:
                problems.append(str(exc))
        if draft:
            try:
                load_draft(draft)  # what the open dialog would say, said on stderr
            except ThongbaoError as exc:
                return problems + [exc.one_line()]
            if not window.open_path(draft, ask=False):
                problems.append(f"cannot open {draft}")
        return problems

    @staticmethod
    def _one_turn(app, window) -> list[str]:
        shown: list[bool] = []

        def finish() -> None:
            shown.append(window.isVisible())  # quitting closes the window
            app.quit()

        QTimer.singleShot(0, finish)
        code = app.exec()
        if code:
            return [f"the event loop ended with {code}"]
        return [] if shown == [True] else ["the window was not shown"]

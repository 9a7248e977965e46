"""A first start that leads (issue 12): the start page, the user guide, and
windows that fit the screen.

- With no draft given and nothing recovered, the window opens on a start page
  rather than an empty form: "Set up my office" first while the user has no
  profile of their own, then "New notice from a template", "Open a draft",
  "Import a Word file" (only when ``thongbao_editor.importer`` exists), a
  blank notice, and the recent files.  Any document shown leaves the page.
- Help → User guide opens ``docs/huong-dan.md`` shipped with the application.
- :class:`ScreenFit` keeps every dialog inside the available screen (its
  buttons never off-screen); :func:`fit_main_window` sizes the main window
  and restores the remembered geometry only if it fits.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

from ..paths import docs_dir
from . import settings as cfg

GUIDE = "huong-dan.md"


def importer_available() -> bool:
    """Is the Word import (another part of the product) installed?"""
    try:
        return importlib.util.find_spec("thongbao_editor.importer") is not None
    except (ImportError, ValueError):
        return False


# ---------------------------------------------------------------------------
# Fitting the screen


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` shrunk to ``area`` and moved inside it."""
    w, h = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.right() - w + 1)
    y = min(max(rect.y(), area.y()), area.bottom() - h + 1)
    return QRect(x, y, w, h)


class ScreenFit(QObject):
    """An application event filter: a dialog being shown is shrunk and moved
    so that it lies inside the available screen (frame included)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_window(watched)
        return False


def fit_window(window: QWidget) -> None:
    area = available(window)
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    inner = QRect(area.x(), area.y(), area.width() - extra_w, area.height() - extra_h)
    window.setMaximumSize(max(inner.width(), 200), max(inner.height(), 150))
    g = fit_rect(window.geometry(), inner)
    if g != window.geometry():
        window.setGeometry(g)


def install_screen_fit(app: QApplication) -> None:
    if not any(isinstance(c, ScreenFit) for c in app.children()):
        app.installEventFilter(ScreenFit(app))


def fit_main_window(window: QWidget, geometry: object, default=(1400, 860)) -> None:
    """Restore ``geometry`` (QSettings value) if it fits the screen, else a
    default size no larger than the available screen."""
    area = available(window)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        old = window.geometry()
        if window.restoreGeometry(geometry) and area.contains(window.frameGeometry().center()) \
                and window.width() <= area.width() and window.height() <= area.height():
            return
        window.setGeometry(old)
    w, h = min(default[0], area.width() - 20), min(default[1], area.height() - 40)
    window.resize(max(w, 640), max(h, 480))
    window.move(area.x() + (area.width() - window.width()) // 2,
                area.y() + max((area.height() - window.height()) // 2, 0))


# ---------------------------------------------------------------------------
# The user guide


def show_guide(parent: QWidget) -> QDialog:
    """The user guide, rendered from the shipped Markdown."""
    dialog = QDialog(parent)
    dialog.setObjectName("userGuide")
    dialog.setWindowTitle(QApplication.translate("StartPage", "User guide"))
    browser = QTextBrowser(dialog)
    browser.setObjectName("guideBrowser")
    browser.setOpenExternalLinks(True)
    path = docs_dir() / GUIDE
    browser.setSearchPaths([str(path.parent)])
    browser.setMarkdown(path.read_text(encoding="utf-8"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(900, 700)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# ---------------------------------------------------------------------------
# The start page


class StartPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.setObjectName("startPage")
        self.window_ = window
        self.title = QLabel()
        self.title.setObjectName("startTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.setup_button = self._button("setupOffice", self._setup)
        self.new_button = self._button("newFromTemplate", self._new)
        self.open_button = self._button("openDraft", window.open_dialog)
        self.import_button = self._button("importWord", self._import)
        self.blank_button = self._button("blankNotice", window.leave_start_page)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(self._open_recent)
        column = QWidget()  # a readable column, centred
        column.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        self.layout_ = QVBoxLayout(column)
        self.layout_.setContentsMargins(24, 32, 24, 32)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.setMinimumHeight(40)
        b.clicked.connect(slot)
        return b

    def _has_own_profile(self) -> bool:
        from .profile_wizard import own_profiles
        from .templates_dialog import user_library
        return bool(own_profiles(user_library()))

    def refresh(self) -> None:
        """Order the entries: "Set up my office" first while there is no own profile."""
        while self.layout_.count():
            self.layout_.takeAt(0)
        own = self._has_own_profile()
        buttons = [self.new_button, self.open_button]
        if importer_available():
            buttons.append(self.import_button)
        buttons.append(self.blank_button)
        buttons.insert(len(buttons) - 1 if own else 0, self.setup_button)
        self.setup_button.setDefault(not own)
        self.new_button.setDefault(own)
        self.import_button.setVisible(importer_available())
        self.hint.setText(self.tr("Start by setting up your office: province, commune or ward, issuing body and "
                                  "the people who sign. It takes about a minute.") if not own else
                          self.tr("Choose what to do."))
        for w in (self.title, self.hint, *buttons, self.recent_label, self.recent):
            self.layout_.addWidget(w)
        self.layout_.addStretch(1)
        self.recent.clear()
        for f in cfg.recent_files():
            item = QListWidgetItem(f"{Path(f).name} — {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
        (self.setup_button if not own else self.new_button).setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conclusion notices (Thông báo kết luận)"))
        self.setup_button.setText(self.tr("Set up my office"))
        self.new_button.setText(self.tr("New notice from a template"))
        self.open_button.setText(self.tr("Open a draft"))
        self.import_button.setText(self.tr("Import from a Word file"))
        self.blank_button.setText(self.tr("Blank notice"))
        self.recent_label.setText(self.tr("Recent files:"))
        self.refresh()

    def show_in(self, window) -> None:
        """Show the page; the checker's findings of the empty notice are hidden meanwhile."""
        self.refresh()
        if window.central_stack.currentWidget() is not self:
            self._dock_was_visible = window.findings_dock.isVisible() or not window.isVisible()
        window.findings_dock.hide()
        for w in _status_widgets(window):
            w.hide()
        window.central_stack.setCurrentWidget(self)

    def leave(self, window) -> None:
        if window.central_stack.currentWidget() is self:
            window.central_stack.setCurrentIndex(0)
            for w in _status_widgets(window):
                w.show()
            if getattr(self, "_dock_was_visible", True):
                window.findings_dock.show()

    def _setup(self) -> None:
        wizard = self.window_.profile_menu.open_wizard()
        wizard.saved.connect(lambda *_: self.refresh())

    def _new(self) -> None:
        self.window_.template_actions.new_from_template()

    def _import(self) -> None:
        action = self.window_.findChild(QAction, "importWord")
        if action is not None:
            action.trigger()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_path(item.data(Qt.ItemDataRole.UserRole))


def _status_widgets(window) -> list[QWidget]:
    """The problem counters in the status bar (they count the empty notice's gaps)."""
    panel = getattr(window.findings_dock, "panel", None)
    return [w for w in (window.problems_button, getattr(panel, "count_button", None)) if w is not None]


def install(window) -> StartPage:
    """Put the start page in front of the editor's splitter; any document set
    afterwards (open, new from template, recovery) shows the editor.  Adds
    Help → User guide."""
    splitter = window.takeCentralWidget()
    window.central_stack = QStackedWidget()
    page = StartPage(window)
    window.central_stack.addWidget(splitter)
    window.central_stack.addWidget(page)
    window.setCentralWidget(window.central_stack)
    window.guide_action = QAction(window)
    window.guide_action.setObjectName("userGuide")
    window.guide_action.setShortcut("F1")
    window.guide_action.triggered.connect(lambda: show_guide(window))
    window.help_menu.insertAction(window.about_action, window.guide_action)
    return page

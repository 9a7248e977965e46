"""The preview beside the form: a live HTML view, and the exact page view.

The live view is rebuilt from :func:`render.blocks.build` a moment after the
user stops typing (debounced, a few milliseconds on the example).  The page
view renders .docx -> PDF through LibreOffice in a worker thread and shows it
in Qt's PDF viewer; typing never waits for it.  The pane holds the editor's
warm LibreOffice session (render/office.py: started at the first page view
or PDF export, shut down with the pane), so a refresh costs ≈ 0.1 s of
LibreOffice; one refresh runs at a time and edits made meanwhile are laid
out right after it.  "Laying out the pages…" shows as soon as the pages are
out of date.  Without LibreOffice the page tab says so and the live view stays.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ..errors import FinalExportRefused, ThongbaoError
from ..render.html import notice_html


log = logging.getLogger(__name__)

LIVE_DELAY_MS = 40
PAGE_DELAY_MS = 150


class PdfWorker(QObject):
    """Runs in a QThread: notice snapshot -> PDF bytes."""

    done = Signal(int, QByteArray)
    failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        #: Set from the GUI thread to stop a running LibreOffice (on close).
        self.cancel = threading.Event()

    @Slot(int, object, bool)
    def render(self, generation: int, notice, draft: bool) -> None:
        """Lay out a snapshot of the notice; never refuses (a draft may be incomplete)."""
        try:
            from ..render.docx import render_docx_bytes
            from ..render.pdf import docx_bytes_to_pdf
            try:
                docx = render_docx_bytes(notice, final=not draft)
            except FinalExportRefused:  # not ready to sign yet: show the draft
                docx = render_docx_bytes(notice, final=False)
            data = docx_bytes_to_pdf(docx, timeout=120, cancel=self.cancel)
        except ThongbaoError as exc:
            self.failed.emit(generation, exc.message())
        except Exception as exc:  # noqa: BLE001 - the preview must never crash the editor
            log.warning("page view failed", exc_info=True)
            self.failed.emit(generation, f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(generation, QByteArray(data))


def libreoffice_available() -> bool:
    try:
        from ..render.pdf import find_soffice
    except ImportError:
        return False
    return find_soffice() is not None


class PreviewPane(QTabWidget):
    #: Emitted after the live view was refreshed (seconds it took).
    refreshed = Signal(float)
    _render_requested = Signal(int, object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("livePreview")
        self.browser.setOpenLinks(False)
        self.addTab(self.browser, "")
        self.page = QStackedWidget()
        self.page_message = QLabel()
        self.page_message.setWordWrap(True)
        self.page_message.setMargin(12)
        self.page.addWidget(self.page_message)
        self.pdf_view = None
        self.pdf_document = None
        self._pdf_buffer: QBuffer | None = None
        self.page_status = QLabel()  # "Laying out the pages…" above the old pages
        self.page_status.setObjectName("pageStatus")
        self.page_status.setMargin(4)
        self.page_status.hide()
        page_tab = QWidget()
        layout = QVBoxLayout(page_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page_status)
        layout.addWidget(self.page, 1)
        self.addTab(page_tab, "")
        self._pending_anchor: str | None = None
        self.live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self.live_timer.timeout.connect(self.refresh_live)
        self.page_timer = QTimer(self, singleShot=True, interval=PAGE_DELAY_MS)
        self.page_timer.timeout.connect(self.refresh_page)
        self.currentChanged.connect(self._on_current_changed)
        self._generation = 0
        self._page_dirty = True
        self._thread: QThread | None = None
        self._worker: PdfWorker | None = None
        self._rendering = False
        self.has_libreoffice = libreoffice_available()
        self._office = None
        if self.has_libreoffice:
            from ..render import office
            self._office = office.open_session()  # nothing starts before the first page view
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Live preview"))
        self.setTabText(1, self.tr("Page view"))
        self.page_status.setText(self.tr("Laying out the pages…"))
        if not self.has_libreoffice:
            self.page_message.setText(self.tr(
                "LibreOffice was not found, so the exact page view is not available. "
                "The live preview shows the same content. To see pages and page numbers "
                "as printed, install LibreOffice (free, from libreoffice.org) or set where "
                "it is in File > Preferences."))

    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        document.changed.connect(self._on_document_changed)
        self.refresh_live()
        self._page_dirty = True
        self._schedule_page()

    @Slot(str)
    def _on_document_changed(self, _part: str) -> None:
        self.live_timer.start()
        self._page_dirty = True
        self._schedule_page()

    def _schedule_page(self) -> None:
        if self.has_libreoffice and self.currentIndex() == 1:
            self.page_status.setVisible(self.pdf_view is not None)
            if not self._rendering:  # else laid out as soon as the running one ends
                self.page_timer.start()

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if index == 1 and self._page_dirty:
            self._schedule_page()

    @Slot()
    def refresh_live(self) -> None:
        if self.document is None:
            return
        start = time.perf_counter()
        try:
            html = notice_html(self.document.notice, draft=not self.document.final,
                               scale=self.scale())
        except ThongbaoError as exc:
            html = f"<p style='color:#a51d2d'>{exc.message()}</p>"
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(html)
        anchor, self._pending_anchor = self._pending_anchor, None
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            bar.setValue(position)
        self.refreshed.emit(time.perf_counter() - start)

    #: Width in pixels of the text block of an A4 page (165 mm at 96 dpi) plus margins.
    PAGE_TEXT_PX = 660

    def scale(self) -> float:
        """Shrink the preview so that a line holds what a printed line holds."""
        width = self.browser.viewport().width()
        return max(0.5, min(1.0, width / self.PAGE_TEXT_PX)) if width > 50 else 1.0

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.document is not None:
            self.live_timer.start()

    def scroll_to_path(self, path: tuple[int, ...]) -> None:
        anchor = "body" + "-".join(str(i) for i in path)
        if self.live_timer.isActive():
            # A refresh is pending (e.g. the paragraph was just added): go there after it.
            self._pending_anchor = anchor
        self.browser.scrollToAnchor(anchor)

    # -- page view ----------------------------------------------------------------
    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._worker = PdfWorker()
        self._worker.moveToThread(self._thread)
        self._render_requested.connect(self._worker.render)
        self._worker.done.connect(self._on_worker_done)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    @Slot()
    def refresh_page(self) -> None:
        if not self.has_libreoffice or self.document is None:
            return
        if self._rendering:
            self._page_dirty = True
            return
        import copy
        self._ensure_thread()
        self._rendering = True
        self._generation += 1
        self._page_dirty = False
        if self.pdf_view is None:
            self.page_message.setText(self.tr("Laying out the pages with LibreOffice…"))
        snapshot = copy.deepcopy(self.document.notice)
        self._render_requested.emit(self._generation, snapshot, not self.document.final)

    def _render_finished(self) -> None:
        """One layout at a time: edits made during it are laid out now."""
        self._rendering = False
        if self._page_dirty:
            self._schedule_page()
        else:
            self.page_status.hide()

    @Slot(int, QByteArray)
    def _on_worker_done(self, generation: int, data: QByteArray) -> None:
        if generation != self._generation:
            return  # an older render finished after a newer one was asked for
        self._show_pdf(data)
        self._render_finished()

    def _show_pdf(self, data: QByteArray) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
        if self.pdf_view is None:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView()
            self.pdf_view.setObjectName("pageView")
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
            self.page.addWidget(self.pdf_view)
        bar = self.pdf_view.verticalScrollBar()
        position = bar.value()
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer
        self.page.setCurrentWidget(self.pdf_view)
        bar.setValue(position)

    @Slot(int, str)
    def _on_worker_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.page_message.setText(self.tr("The page view could not be made: %s") % message)
        self.page.setCurrentWidget(self.page_message)
        self._render_finished()

    def shutdown(self) -> None:
        self.live_timer.stop()
        self.page_timer.stop()
        if self._thread is not None:
            self._worker.cancel.set()  # LibreOffice is killed within 0.2 s
            self._thread.quit()
            self._thread.wait(10_000)
            self._thread = None
        if self._office is not None:
            from ..render import office
            self._office = None
            office.close_session()  # LibreOffice is shut down with the editor

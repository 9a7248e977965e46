"""Long engine calls off the GUI thread, with a busy indicator.

:func:`run_busy` runs a function in a :class:`QThread` while a modal
progress dialog (an indeterminate bar) shows what is happening; the window
keeps repainting and answering. It returns the function's result or raises
its exception in the caller, so a dialog's code reads as if the call were
direct. Used for the template check on import and save (a trial fill-in
in the worker process: up to a few seconds for a template that runs away).
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: The indicator appears only if the call takes longer than this (ms).
SHOW_AFTER_MS = 150


class _Call(QObject):
    done = Signal()

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            self.error = exc
        self.done.emit()


def run_busy(parent: QWidget, label: str, fn: Callable[[], T]) -> T:
    """``fn()`` in a worker thread; a busy dialog meanwhile; its result or its exception."""
    call = _Call(fn)
    thread = QThread()
    call.moveToThread(thread)
    thread.started.connect(call.run)
    loop = QEventLoop()
    call.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("busyDialog")
    progress.setCancelButton(None)  # the check ends by itself within its deadline
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(24 * 3600 * 1000)  # shown by our timer, not by setValue()
    progress.setAutoClose(False)
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(progress.show)
    parent.setCursor(Qt.CursorShape.BusyCursor)
    thread.start()
    show.start(SHOW_AFTER_MS)
    try:
        loop.exec()  # quits when the call is done (a queued quit: no race if it was quick)
    finally:
        show.stop()
        thread.quit()
        thread.wait()
        progress.close()
        progress.deleteLater()
        parent.unsetCursor()
    if call.error is not None:
        raise call.error
    return call.result

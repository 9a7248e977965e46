"""Work-around for the installed Qt binding, checked at run time.

The PySide6 6.12.0 wheels assume Python ≥ 3.12, where ``None``, ``True``
and ``False`` are immortal: on CPython 3.11 every call of a void Qt method
(``setText``, ``setEnabled`` …) and every ``Signal.emit()`` from Python
returns ``None``/``True`` without taking a reference.  After some thousands
of calls the interpreter aborts ("none_dealloc: deallocating None").

pyproject.toml keeps Python 3.11 installs below PySide6 6.12, so a normal
install never has the leak and this module does nothing.  For an environment
that has the broken wheels anyway, :func:`apply` probes for the leak and, when
it is there, does what Python
3.12 does: gives these singletons a reference count so large that it can
never reach zero.  It must run before the editor makes Qt calls; importing
``thongbao_editor.gui`` runs it.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: Added to the reference count of the singletons (Python 3.12 uses 2**32 - 1).
IMMORTAL = 1 << 40
_applied = False


def void_call_leaks_none() -> bool:
    """Whether a void Qt call drops a reference to ``None`` (repaired here)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    leaked = before - sys.getrefcount(None)
    for _ in range(max(leaked, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return leaked >= 16


def apply() -> bool:
    """Make None/True/False/NotImplemented/Ellipsis immortal if the binding
    needs it.  Returns True when the work-around is active."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not void_call_leaks_none():
        return False
    for obj in (None, True, False, NotImplemented, Ellipsis):
        ctypes.c_ssize_t.from_address(id(obj)).value += IMMORTAL
    _applied = True
    log.info("Qt binding leaks references to None/True: singletons made immortal")
    return True

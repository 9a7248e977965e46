"""The PySide6 desktop editor (``thongbao-editor``)."""

from . import qtcompat

qtcompat.apply()

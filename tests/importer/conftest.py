"""Import tests: engine messages in Vietnamese again after a test that asked for English."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import set_language


@pytest.fixture(autouse=True)
def vietnamese_messages():
    set_language("vi")
    yield
    set_language("vi")

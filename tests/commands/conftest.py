"""Command tests: the message language is put back after each."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import set_language


@pytest.fixture(autouse=True)
def vietnamese_again():
    yield
    set_language("vi")  # `thongbao --lang en` sets it for the process

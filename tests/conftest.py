"""Shared test set-up: offscreen Qt, settings and autosave in tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"
# The reference notice, kept with the tests so they run anywhere;
# tests/test_seed_copy.py keeps it equal to shared/seed/ when that is present.
SEED = ROOT / "tests" / "_reference" / "seed" / "thong-bao-ket-luan-cao-loc-2024.md"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "thong-bao-ket-luan-cao-loc-2024.md"


@pytest.fixture
def example_path(tmp_path) -> Path:
    """A copy of the example draft: an editor opening it puts its lock file
    next to it, and a test may save it — never in the repository."""
    if not EXAMPLE.exists():
        pytest.skip("examples/cao-loc-2024.json not present yet")
    copy = tmp_path / "examples" / EXAMPLE.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copy(EXAMPLE, copy)
    return copy

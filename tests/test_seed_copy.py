"""The seed notice kept under tests/_reference is the one in shared/seed."""

import pytest

from conftest import SEED, SHARED_SEED


def test_seed_copy_matches_shared_seed():
    if not SHARED_SEED.exists():
        pytest.skip(f"shared seed not beside this checkout ({SHARED_SEED})")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()

"""The installed package works from any folder (data found via importlib)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE

BIN = Path(sys.executable).parent


def installed(command: str) -> str:
    exe = shutil.which(command, path=str(BIN))
    if exe is None:
        pytest.skip(f"'{command}' is not installed in this environment (run from a source tree)")
    return exe


def test_console_script_runs_from_another_folder(tmp_path):
    exe = installed("thongbao")
    result = subprocess.run([exe, "--version"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("thongbao ")


def test_installed_package_finds_its_templates(tmp_path):
    installed("thongbao")
    code = ("from thongbao_editor.paths import templates_dir;"
            "p = templates_dir() / 'openings' / 'kiem-tra.j2'; print(p.is_file(), p)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.startswith("True"), result.stdout + result.stderr


def test_installed_command_renders_the_example(tmp_path):
    exe = installed("thongbao")
    if not EXAMPLE.exists():
        pytest.skip("examples/cao-loc-2024.json not present")
    out = tmp_path / "tb.docx"
    result = subprocess.run([exe, "render", str(EXAMPLE), "-o", str(out)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000

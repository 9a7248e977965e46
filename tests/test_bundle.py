"""The application bundle (scripts/build_bundle.py), built from this checkout
and run as a user without Python would run it.

The bundle is built once for the module (about 1.5 min on two cores), its
.tar.gz unpacked into a fresh folder, and the programs in that copy run with
an environment holding only HOME (and QT_QPA_PLATFORM for the editor): no
PATH, no PYTHONPATH, no virtual environment — so nothing can come from the
Python that built it.  Select with ``-m bundle``; skip with ``-m "not bundle"``.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import EXAMPLE, ROOT
from thongbao_editor.cli import main as cli_main
from thongbao_editor.model import load_draft
from thongbao_editor.render.docx import render_docx_bytes

SCRIPT = ROOT / "scripts" / "build_bundle.py"
pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install '.[bundle]')"),
    pytest.mark.skipif(not SCRIPT.exists(), reason="needs the source checkout"),
    pytest.mark.skipif(shutil.which("objdump") is None, reason="PyInstaller needs objdump (apt install binutils)"),
]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_bundle", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NAMES = _build_module().names(_build_module().config()) if SCRIPT.exists() else {}
CLI, EDITOR = NAMES.get("CLI_EXE", ""), NAMES.get("EDITOR_EXE", "")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(build output, build's stdout, unpacked bundle folder)."""
    out = tmp_path_factory.mktemp("bundle-out")
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    archives = list(out.glob("*.tar.gz"))
    assert len(archives) == 1, result.stdout
    unpacked = tmp_path_factory.mktemp("Thư mục cài đặt")  # Vietnamese in the install path
    with tarfile.open(archives[0]) as tar:
        tar.extractall(unpacked, filter="tar")
    return out, result.stdout, unpacked / NAMES["BUNDLE_NAME"]


@pytest.fixture()
def home(tmp_path):
    h = tmp_path / "Nguyễn Văn Á"  # a user name with Vietnamese letters
    h.mkdir()
    return h


def run(exe: Path, args: list[str], home: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a bundled program with nothing but HOME (and ``env``) set."""
    return subprocess.run([str(exe), *args], cwd=cwd, env={"HOME": str(home), **env},
                          capture_output=True, text=True, timeout=120)


def test_build_prints_sizes_within_the_limits(built):
    _out, stdout, bundle = built
    limits = _build_module().config()["limits"]
    assert f"MB unpacked (limit {limits['bundle_mb']} MB)" in stdout
    assert f"(limit {limits['archive_mb']} MB)" in stdout
    assert (bundle / CLI).is_file() and (bundle / EDITOR).is_file()
    # Only the Qt that the editor uses: no WebEngine, QML or Quick, no Qt translations.
    names = {p.name for p in bundle.rglob("*")}
    assert not [n for n in names if any(m in n for m in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Svg"))]
    assert list(bundle.rglob("*ibusplatforminputcontextplugin*"))  # Vietnamese input methods (IBus)
    assert not list(bundle.rglob("qtbase_*.qm"))
    assert list(bundle.rglob("*qoffscreen*")) and list(bundle.rglob("*qxcb*"))


def test_bundled_command_renders_the_example_like_the_engine(built, home, tmp_path):
    _out, _stdout, bundle = built
    folder = tmp_path / "Thông báo Lạng Sơn"
    folder.mkdir()
    target = folder / "kết luận.docx"
    result = run(bundle / CLI, ["render", str(EXAMPLE), "-o", str(target)], home, tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == render_docx_bytes(load_draft(EXAMPLE))
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "THÔNG BÁO" in text and "Cao Lộc" in text


def test_bundled_check_runs_like_the_engine(built, home, tmp_path, capsys):
    _out, _stdout, bundle = built
    result = run(bundle / CLI, ["check", str(EXAMPLE)], home, tmp_path)
    expected_code = cli_main(["check", str(EXAMPLE)])
    assert (result.returncode, result.stdout) == (expected_code, capsys.readouterr().out)
    assert "writing." in result.stdout  # the checker's findings were printed


def test_bundled_command_reports_a_bad_file_in_vietnamese_and_english(built, home, tmp_path):
    _out, _stdout, bundle = built
    bad = tmp_path / "hỏng.json"
    bad.write_text("{", encoding="utf-8")
    vi = run(bundle / CLI, ["render", str(bad), "-o", str(tmp_path / "x.docx")], home, tmp_path)
    en = run(bundle / CLI, ["--lang", "en", "render", str(bad), "-o", str(tmp_path / "x.docx")],
             home, tmp_path)
    assert vi.returncode == en.returncode == 2
    assert "hỏng.json" in vi.stderr and "Traceback" not in vi.stderr + en.stderr
    assert vi.stderr != en.stderr


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bundled_editor_starts_opens_the_example_and_exits_0(built, home, tmp_path, lang):
    _out, _stdout, bundle = built
    result = run(bundle / EDITOR, [str(EXAMPLE), "--lang", lang, "--quit-after-load"], home,
                 tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_bundled_editor_fails_on_a_bad_draft(built, home, tmp_path):
    _out, _stdout, bundle = built
    bad = tmp_path / "bản nháp hỏng.json"
    bad.write_text('{"format_version": 1}', encoding="utf-8")
    result = run(bundle / EDITOR, [str(bad), "--quit-after-load"], home, tmp_path,
                 QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1 and "bản nháp hỏng.json" in result.stderr


def test_the_bundle_carries_its_python_and_data(built):
    """Python's standard library, the shipped templates and the translations are
    inside the bundle, where paths.py finds them frozen."""
    _out, _stdout, bundle = built
    internal = bundle / "_internal"
    assert list(internal.glob("libpython3*.so*"))
    assert (internal / "base_library.zip").is_file()
    with zipfile.ZipFile(internal / "base_library.zip") as zf:
        assert "encodings/utf_8.pyc" in zf.namelist()
    assert (internal / "thongbao_editor" / "_templates" / "base.docx").is_file()
    assert (internal / "thongbao_editor" / "_resources" / "translations" / "thongbao_vi.qm").is_file()

"""The Windows packaging files agree with the one place names live
(packaging/bundle.toml through scripts/build_bundle.py).  They cannot run
here; this checks what can be checked without Windows: every name the Inno
Setup script and the workflow use is one the build script passes them, and the
installer stays per-user."""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "build_bundle.py"
ISS = ROOT / "packaging" / "windows" / "thongbao-editor.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-bundle.yml"

pytestmark = pytest.mark.skipif(not (SCRIPT.exists() and ISS.exists()), reason="needs the source checkout")


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_bundle", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_installer_uses_exactly_the_names_it_is_given(build, tmp_path):
    defines = build.iss_defines(build.config(), tmp_path / "b", tmp_path / "o", "stem")
    used = set(re.findall(r"\{#(\w+)\}", ISS.read_text(encoding="utf-8-sig")))
    assert used == set(defines)


def test_the_installer_is_per_user_without_administrator_rights():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup reads the Vietnamese right
    text = raw.decode("utf-8-sig")
    setup = dict(re.findall(r"^(\w+)=(.*?)\s*$", text, re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert setup["ChangesAssociations"] == "yes"
    roots = set(re.findall(r"^Root: (\w+);", text, re.M))
    assert roots == {"HKA"}  # HKCU\Software\Classes per user, never HKLM or HKCR by name
    assert "{autoprograms}" in text and "{autodesktop}" in text


def test_the_workflow_builds_with_the_same_script_and_names(build, monkeypatch):
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "python scripts/build_bundle.py --installer" in text
    assert "build_bundle.py --names >> $env:GITHUB_ENV" in text
    monkeypatch.setattr(build.sys, "platform", "win32")
    names = build.names(build.config())
    assert names["EDITOR_EXE"].endswith(".exe") and names["CLI_EXE"].endswith(".exe")
    ours = {n for n in re.findall(r"\$env:(\w+)", text) if n not in ("PATH", "PYTHONPATH",
                                                                          "LOCALAPPDATA", "RUNNER_TEMP",
                                                                          "QT_QPA_PLATFORM", "SystemRoot",
                                                                          "GITHUB_ENV")}
    assert ours <= set(names)
    assert set(re.findall(r"\$\{\{ env\.([A-Z_]+) \}\}", text)) <= set(names)


def test_names_print_as_lines_for_ci(build, capsys):
    assert build.main(["--names"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(re.fullmatch(r"[A-Z_]+=\S+", line) for line in lines)
    assert {line.split("=")[0] for line in lines} == set(build.names(build.config()))

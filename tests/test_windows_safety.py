"""The code paths a Windows user takes, run here (Linux) where that is honest.

- Where LibreOffice is looked for on Windows (Program Files, the per-user
  install under %LOCALAPPDATA%, the registry) — the environment and the
  registry module are faked, the files found are real files;
- where user data goes on Windows, macOS and Linux (appdirs), and that it
  matches what Qt gives the editor (checked for real on this platform);
- Vietnamese letters in folder and user names, and paths over Windows' old
  260-character limit, through save, load, render and the template library;
- no POSIX-only call (file locks, process checks, signals, /proc) on a path a
  Windows user runs, unless it sits behind a ``sys.platform``/``os.name`` test.
"""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT
from thongbao_editor import appdirs
from thongbao_editor.model import load_draft, save_draft
from thongbao_editor.render import soffice_paths
from thongbao_editor.render.docx import render_docx_bytes
from thongbao_editor.templates.files import PROFILE_KIND
from thongbao_editor.templates.library import Library, default_user_dir

USER = "Nguyễn Văn Á"


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture()
def windows_env(tmp_path):
    """The environment variables of a Windows session of a Vietnamese user."""
    profile = tmp_path / "Users" / USER
    return {
        "ProgramFiles": str(tmp_path / "Program Files"),
        "ProgramW6432": str(tmp_path / "Program Files"),
        "ProgramFiles(x86)": str(tmp_path / "Program Files (x86)"),
        "LOCALAPPDATA": str(profile / "AppData" / "Local"),
        "APPDATA": str(profile / "AppData" / "Roaming"),
    }


@pytest.fixture()
def search_like_windows(monkeypatch, windows_env, tmp_path):
    """find_soffice with Windows' search list, no PATH hit and no registry."""
    original = soffice_paths.candidates
    monkeypatch.setattr(soffice_paths, "candidates", lambda: original("win32", windows_env))
    monkeypatch.setattr(soffice_paths, "registry_paths", lambda: [])
    monkeypatch.setattr(soffice_paths, "_preferred", None)
    monkeypatch.delenv("THONGBAO_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))


# -- LibreOffice on Windows ------------------------------------------------------------

def test_windows_candidates_in_order(windows_env):
    found = soffice_paths.candidates("win32", windows_env)
    program = str(Path("LibreOffice") / "program" / "soffice.exe")
    assert found[:3] == [str(Path(windows_env["ProgramFiles"]) / program),
                         str(Path(windows_env["ProgramFiles(x86)"]) / program),
                         str(Path(windows_env["LOCALAPPDATA"]) / "Programs" / program)]
    # The fixed defaults stay for a process whose environment lacks the variables.
    assert found[-2:] == list(soffice_paths.WINDOWS_DEFAULTS)
    assert soffice_paths.candidates("win32", {})[:2] == list(soffice_paths.WINDOWS_DEFAULTS)


def test_a_per_user_libreoffice_under_a_vietnamese_profile_is_found(search_like_windows, windows_env):
    assert soffice_paths.find_soffice() is None
    exe = executable(Path(windows_env["LOCALAPPDATA"]) / "Programs" / "LibreOffice" / "program" / "soffice.exe")
    assert soffice_paths.find_soffice() == str(exe)
    machine = executable(Path(windows_env["ProgramFiles"]) / "LibreOffice" / "program" / "soffice.exe")
    assert soffice_paths.find_soffice() == str(machine)  # the machine-wide install first


def test_the_preferences_path_comes_before_the_search(search_like_windows, windows_env, tmp_path):
    executable(Path(windows_env["ProgramFiles"]) / "LibreOffice" / "program" / "soffice.exe")
    chosen = executable(tmp_path / "D" / "Phần mềm" / "LibreOffice" / "program" / "soffice.exe")
    soffice_paths.set_preferred(str(chosen))
    assert soffice_paths.find_soffice() == str(chosen)
    chosen.unlink()  # uninstalled since: the search takes over
    assert soffice_paths.find_soffice().startswith(windows_env["ProgramFiles"])


def fake_winreg(values: dict[tuple[int, str], str]) -> types.ModuleType:
    """A winreg with the functions find_soffice uses, over ``values``."""
    module = types.ModuleType("winreg")
    module.HKEY_CURRENT_USER, module.HKEY_LOCAL_MACHINE = 1, 2

    class Key:
        def __init__(self, hive, key):
            if (hive, key) not in values:
                raise FileNotFoundError(key)
            self.value = values[(hive, key)]

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    module.OpenKey = Key
    module.QueryValueEx = lambda key, name: (key.value, 1) if name == "" else (_ for _ in ()).throw(OSError())
    return module


def test_registry_install_path_is_read_for_the_user_then_the_machine(monkeypatch, tmp_path):
    user_folder = tmp_path / "Người dùng" / "LibreOffice" / "program"
    machine_folder = tmp_path / "Máy" / "LibreOffice" / "program"
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({
        (1, soffice_paths.REGISTRY_KEYS[0]): str(user_folder),
        (2, soffice_paths.REGISTRY_KEYS[1]): str(machine_folder),
    }))
    assert soffice_paths.registry_paths() == [str(user_folder / "soffice.exe"),
                                              str(machine_folder / "soffice.exe")]
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({}))
    assert soffice_paths.registry_paths() == []


def test_registry_hit_is_used_before_the_usual_folders(search_like_windows, monkeypatch, windows_env, tmp_path):
    executable(Path(windows_env["ProgramFiles"]) / "LibreOffice" / "program" / "soffice.exe")
    registered = executable(tmp_path / "E" / "LibreOffice 24" / "program" / "soffice.exe")
    monkeypatch.setattr(soffice_paths, "registry_paths", lambda: [str(registered)])
    assert soffice_paths.find_soffice() == str(registered)


def test_libreoffice_starts_without_the_bundle_library_path(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/thongbao-editor/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    if sys.platform == "win32":
        pytest.skip("Linux bundles only")
    assert "LD_LIBRARY_PATH" not in soffice_paths.child_env()
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    env = soffice_paths.child_env()
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib" and "LD_LIBRARY_PATH_ORIG" not in env
    monkeypatch.setattr(sys, "frozen", False)
    assert soffice_paths.child_env() is None  # not frozen: LibreOffice gets our own environment


# -- user data folders ------------------------------------------------------------------

def test_user_data_folder_per_platform(windows_env, tmp_path):
    home = tmp_path / USER
    assert appdirs.user_data_dir("win32", windows_env, home) == Path(windows_env["APPDATA"]) / "thongbao-editor"
    assert appdirs.user_data_dir("win32", {}, home) == home / "AppData" / "Roaming" / "thongbao-editor"
    assert appdirs.user_data_dir("darwin", {}, home) == home / "Library" / "Application Support" / "thongbao-editor"
    assert appdirs.user_data_dir("linux", {}, home) == home / ".local" / "share" / "thongbao-editor"
    xdg = {"XDG_DATA_HOME": str(tmp_path / "x")}
    assert appdirs.user_data_dir("linux", xdg, home) == tmp_path / "x" / "thongbao-editor"


def test_user_cache_folder_per_platform(windows_env, tmp_path):
    """LibreOffice's profiles: the local (not roaming) cache folder."""
    home = tmp_path / USER
    env = dict(windows_env, LOCALAPPDATA=str(home / "AppData" / "Local"))
    assert appdirs.user_cache_dir("win32", env, home) == home / "AppData" / "Local" / "thongbao-editor"
    assert appdirs.user_cache_dir("darwin", {}, home) == home / "Library" / "Caches" / "thongbao-editor"
    assert appdirs.user_cache_dir("linux", {}, home) == home / ".cache" / "thongbao-editor"
    xdg = {"XDG_CACHE_HOME": str(tmp_path / "c")}
    assert appdirs.user_cache_dir("linux", xdg, home) == tmp_path / "c" / "thongbao-editor"


def test_engine_and_editor_agree_on_the_data_folder(tmp_path, monkeypatch, qapp):
    """What Qt gives the editor (QStandardPaths) lies in the engine's folder."""
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / USER / "data"))
    monkeypatch.delenv("THONGBAO_USER_DIR", raising=False)
    qapp.setOrganizationName("thongbao-editor")
    qapp.setApplicationName("thongbao-editor")
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(generic) / "thongbao-editor" == appdirs.user_data_dir() == default_user_dir()
    assert Path(app_data).is_relative_to(appdirs.user_data_dir())


# -- Vietnamese and long paths ----------------------------------------------------------

def long_folder(base: Path) -> Path:
    folder = base / USER / "Tài liệu"
    while len(str(folder)) < 300:  # beyond Windows' old MAX_PATH (260)
        folder = folder / "Thông báo kết luận của Ủy ban"
    folder.mkdir(parents=True)
    return folder


def test_draft_saved_loaded_and_rendered_under_a_long_vietnamese_path(tmp_path):
    folder = long_folder(tmp_path)
    notice = load_draft(EXAMPLE)
    draft = folder / "bản nháp – Lạng Sơn.json"
    save_draft(notice, draft)
    again = load_draft(draft)
    out = folder / "kết luận.docx"
    out.write_bytes(render_docx_bytes(again))
    assert len(str(out)) > 260 and out.read_bytes() == render_docx_bytes(notice)


def test_template_library_in_a_vietnamese_user_folder(tmp_path, windows_env):
    library = Library(appdirs.user_data_dir("win32", windows_env))
    text = next((ROOT / "templates" / "profiles").glob("*.toml")).read_text(encoding="utf-8")
    library.save_text(PROFILE_KIND, "co-quan-cua-toi", text)
    assert "co-quan-cua-toi" in library.names(PROFILE_KIND)
    assert library.user_path(PROFILE_KIND, "co-quan-cua-toi").is_relative_to(Path(windows_env["APPDATA"]))


# -- no POSIX-only calls on a Windows user's way ----------------------------------------

POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "resource"}
#: Names of the signal module that Windows has too.
PORTABLE_SIGNALS = {"SIGINT", "SIGTERM", "SIG_IGN", "SIG_DFL"}
POSIX_ONLY_OS = {"kill", "killpg", "getuid", "geteuid", "getgid", "fork", "setsid", "getpgid", "chown"}
# Known exceptions (none since the recovery ownership check moved to QLockFile).
KNOWN: set[tuple[str, str]] = set()


def _platform_test(node: ast.AST) -> bool:
    text = ast.unparse(node)
    return "sys.platform" in text or "os.name" in text


def _guarded(node: ast.AST, parents: dict) -> bool:
    while node in parents:
        parent = parents[node]
        if isinstance(parent, (ast.If, ast.IfExp)) and _platform_test(parent.test):
            return True
        node = parent
    return False


def _posix_only(node: ast.AST) -> str | None:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        hits = [n for n in names if n.split(".")[0] in POSIX_ONLY_MODULES]
        return f"import {hits[0]}" if hits else None
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.value.id == "os" and node.attr in POSIX_ONLY_OS:
            return f"os.{node.attr}"
        if node.value.id == "signal" and node.attr.startswith("SIG") and node.attr not in PORTABLE_SIGNALS:
            return f"signal.{node.attr}"
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("/proc/"):
        return "'/proc/'"
    if isinstance(node, ast.JoinedStr) and ast.unparse(node).startswith(("f'/proc/", 'f"/proc/')):
        return "'/proc/'"
    return None


def test_posix_only_calls_sit_behind_a_platform_test():
    unguarded = []
    for path in sorted((ROOT / "thongbao_editor").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            what = _posix_only(node)
            if what and not _guarded(node, parents) and (rel, what) not in KNOWN:
                unguarded.append(f"{rel}:{node.lineno}: {what}")
    assert unguarded == []


def test_the_posix_check_finds_an_unguarded_call():
    tree = ast.parse("import os, sys\nos.kill(1, 0)\nif sys.platform != 'win32':\n    import fcntl\n")
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = [(_posix_only(n), _guarded(n, parents)) for n in ast.walk(tree) if _posix_only(n)]
    assert sorted(found) == [("import fcntl", True), ("os.kill", False)]

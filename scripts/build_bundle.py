"""Build the one-folder application bundle on the platform this runs on.

    python scripts/build_bundle.py [--out DIR] [--installer] [--no-archive]

Needs the ``bundle`` extra (``pip install '.[bundle]'``: PyInstaller).  The
bundle (``<out>/<name>/``) holds Python, the Qt modules the editor uses, the
package data and both programs, ``thongbao-editor`` (windowed) and ``thongbao``
(console).  Then, beside it:

- Linux/macOS: ``<name>-<version>-<platform>.tar.gz``;
- Windows: the portable ``<name>-<version>-windows-x64.zip`` and, with
  ``--installer``, the per-user setup program built by Inno Setup's ``ISCC``
  from ``packaging/windows/thongbao-editor.iss``.

Names live in ``packaging/bundle.toml``.  The build prints the sizes and
fails (exit 1) when the bundle or the archive is over the limits set there.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "thongbao.spec"
ISS = ROOT / "packaging" / "windows" / "thongbao-editor.iss"
MB = 1_000_000


def config() -> dict:
    """packaging/bundle.toml, plus the version from pyproject.toml."""
    cfg = tomllib.loads((ROOT / "packaging" / "bundle.toml").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    cfg["version"] = project["version"]
    return cfg


def platform_tag() -> str:
    machine = {"amd64": "x64", "x86_64": "x64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower())
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{machine}"


def names(cfg: dict) -> dict[str, str]:
    """The names scripts outside Python need (the Windows workflow)."""
    progs = cfg["programs"]
    exe = ".exe" if sys.platform == "win32" else ""
    return {"BUNDLE_NAME": cfg["name"], "BUNDLE_OUT": cfg["output"], "BUNDLE_VERSION": cfg["version"],
            "EDITOR_EXE": progs["editor"]["exe"] + exe, "CLI_EXE": progs["cli"]["exe"] + exe,
            "DRAFT_PROGID": cfg["association"]["prog_id"]}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller(out: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("build_bundle: PyInstaller is not installed; run: pip install '.[bundle]'")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(out), "--workpath", str(out / "work"), str(SPEC)]
    subprocess.run(cmd, cwd=ROOT, check=True)


def write_tar(bundle: Path, archive: Path) -> None:
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)


def write_zip(bundle: Path, archive: Path) -> None:
    """The portable layout: the bundle folder itself, unzipped anywhere."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            zf.write(path, Path(bundle.name) / path.relative_to(bundle))


def iss_defines(cfg: dict, bundle: Path, out: Path, stem: str) -> dict[str, str]:
    """The /D defines the Inno Setup script uses (every name it needs)."""
    assoc = cfg["association"]
    return {
        "AppName": cfg["name"], "AppDisplayName": cfg["display_name"], "AppVersion": cfg["version"],
        "AppPublisher": cfg["publisher"], "EditorExe": cfg["programs"]["editor"]["exe"] + ".exe",
        "BundleDir": str(bundle),
        "OutputDir": str(out), "OutputBase": f"{stem}-setup",
        "DraftExt": assoc["extension"], "DraftProgId": assoc["prog_id"],
        "DraftDescription": assoc["description"],
    }


def build_installer(cfg: dict, bundle: Path, out: Path, stem: str) -> Path:
    """Inno Setup: the per-user installer, its names passed as /D defines."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default.is_file():
        iscc = str(default)
    if iscc is None:
        sys.exit("build_bundle: Inno Setup's ISCC was not found (install Inno Setup 6)")
    defines = iss_defines(cfg, bundle, out, stem)
    cmd = [iscc, "/Qp"] + [f"/D{k}={v}" for k, v in defines.items()] + [str(ISS)]
    subprocess.run(cmd, check=True)
    return out / f"{defines['OutputBase']}.exe"


def report(cfg: dict, bundle: Path, archives: list[Path], seconds: float) -> bool:
    """Print the sizes; False when one is over its limit."""
    limits = cfg["limits"]
    size = folder_size(bundle)
    ok = size <= limits["bundle_mb"] * MB
    print(f"bundle  {bundle}: {size / MB:.1f} MB unpacked (limit {limits['bundle_mb']} MB)")
    for archive in archives:
        asize = archive.stat().st_size
        over = archive.suffix != ".exe" and asize > limits["archive_mb"] * MB
        ok = ok and not over
        print(f"archive {archive}: {asize / MB:.1f} MB (limit {limits['archive_mb']} MB)")
    print(f"built in {seconds:.0f} s")
    if not ok:
        print("build_bundle: over the size limit", file=sys.stderr)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="output folder (default: from packaging/bundle.toml)")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the setup program")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    parser.add_argument("--names", action="store_true",
                        help="print the shared names as KEY=VALUE lines (for CI scripts) and stop")
    args = parser.parse_args(argv)
    cfg = config()
    if args.names:
        print("\n".join(f"{k}={v}" for k, v in names(cfg).items()))
        return 0
    out = (args.out or ROOT / cfg["output"]).resolve()
    start = time.monotonic()
    run_pyinstaller(out)
    bundle = out / cfg["name"]
    stem = f"{cfg['name']}-{cfg['version']}-{platform_tag()}"
    archives: list[Path] = []
    if not args.no_archive:
        if sys.platform == "win32":
            archives.append(out / f"{stem}.zip")
            write_zip(bundle, archives[-1])
        else:
            archives.append(out / f"{stem}.tar.gz")
            write_tar(bundle, archives[-1])
    if args.installer and sys.platform == "win32":
        archives.append(build_installer(cfg, bundle, out, stem))
    return 0 if report(cfg, bundle, archives, time.monotonic() - start) else 1


if __name__ == "__main__":
    sys.exit(main())

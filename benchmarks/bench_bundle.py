"""Start time of the bundled editor against the virtual environment's (numbers, not tests).

    python benchmarks/bench_bundle.py [--bundle DIR] [--runs N]

Both start the same way: ``thongbao-editor examples/cao-loc-2024.json
--quit-after-load`` (window shown, the example opened, one turn of the event
loop, quit), offscreen unless DISPLAY is set, each in a fresh process with an
empty HOME; the wall time of the whole process is measured, the two taken in
turn so that machine load hits both alike.  The bundle is the one
scripts/build_bundle.py left in its output folder (build it first).

Target (issue 14): the bundle no slower than the venv by more than 30 %.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cao-loc-2024.json"


def shared_names() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_bundle import config, names

    return names(config())


def timed(cmd: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        start = time.perf_counter()
        subprocess.run(cmd, env={**env, "HOME": home}, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=None, help="the bundle folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    shared = shared_names()
    bundle = args.bundle or ROOT / shared["BUNDLE_OUT"] / shared["BUNDLE_NAME"]
    exe = bundle / shared["EDITOR_EXE"]
    if not exe.exists():
        print(f"no bundle at {bundle}: run python scripts/build_bundle.py first", file=sys.stderr)
        return 1
    base_env = {k: v for k, v in os.environ.items() if k in ("DISPLAY", "XAUTHORITY", "PATH", "SYSTEMROOT")}
    base_env.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in base_env else "xcb")
    venv_cmd = [sys.executable, "-m", "thongbao_editor", str(EXAMPLE), "--quit-after-load"]
    bundle_cmd = [str(exe), str(EXAMPLE), "--quit-after-load"]
    bundle_env = {k: v for k, v in base_env.items() if k != "PATH"}
    times: dict[str, list[float]] = {"venv": [], "bundle": []}
    for _ in range(args.runs):
        times["venv"].append(timed(venv_cmd, base_env))
        times["bundle"].append(timed(bundle_cmd, bundle_env))
    for name, values in times.items():
        print(f"{name:7s} start → window → example open → quit: first {values[0]:.2f} s, "
              f"median {statistics.median(values):.2f} s, min {min(values):.2f} s  ({len(values)} runs)")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
    print(f"bundle / venv (median): {ratio:.2f}  (target ≤ 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

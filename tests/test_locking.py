"""Concurrent writers take turns (issue 9, item 5): the QLockFile write lock
around a read-modify-write, and exclusive create for "must not exist" —
tested with real processes."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from thongbao_editor.errors import DraftError
from thongbao_editor.locking import FileLock, lock_path, write_lock

from conftest import ROOT

THONGBAO = [sys.executable, "-m", "thongbao_editor.cli"]
HOLD = ("import sys, time\nfrom thongbao_editor.locking import FileLock\n"
        "lock = FileLock(sys.argv[1])\nassert lock.acquire()\nprint('held', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n")


def _hold(file, seconds):
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(file), str(seconds)],
                         stdout=subprocess.PIPE, cwd=ROOT)
    line = p.stdout.readline().strip()
    if line != b"held":
        _finish(p)
        raise AssertionError(line)
    return p


def _finish(p):
    p.kill()
    p.wait()
    p.stdout.close()


def test_write_lock_is_reentrant_and_removed_after(tmp_path):
    draft = tmp_path / "d.json"
    with write_lock(draft):
        with write_lock(draft):
            assert lock_path(draft).exists()
        assert lock_path(draft).exists()
    assert not lock_path(draft).exists()


def test_write_lock_held_by_another_process_waits_then_says_who(tmp_path):
    draft = tmp_path / "d.json"
    p = _hold(lock_path(draft), 30)
    try:
        start = time.perf_counter()
        with pytest.raises(DraftError) as err:
            with write_lock(draft, wait_seconds=0.5):
                pass
        assert time.perf_counter() - start >= 0.4
        assert err.value.code == "file.locked" and str(p.pid) in err.value.message()
    finally:
        _finish(p)
    with write_lock(draft, wait_seconds=0.5):  # the holder died: its lock is stale
        pass


def test_lock_of_a_killed_process_is_taken_over(tmp_path):
    file = tmp_path / ".x.editing.lock"
    p = _hold(file, 30)
    lock = FileLock(file)
    assert not lock.acquire()
    assert lock.holder().pid == p.pid
    _finish(p)
    assert lock.acquire()
    lock.release()


def _new(path, *extra):
    return subprocess.Popen(THONGBAO + ["new", "--template", "kiem-tra-ket-luan", "--profile",
                                        "ubnd-xa", "-o", str(path), "--set",
                                        "inspection_date=2026-06-01", "--set", "basis=KH 5",
                                        "--set", "chair.name=Vi Văn Tâm", "--set",
                                        "chair.title=Chủ tịch UBND xã", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)


def test_two_concurrent_applies_both_land(tmp_path, monkeypatch):
    """Two ``apply`` on one draft lost one update 17 times in 20."""
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    draft = tmp_path / "d.json"
    p = _new(draft, "--set", "unit=xã Gốc")
    assert p.communicate()[1] is not None and p.returncode == 0
    for round_ in range(3):
        procs = [subprocess.Popen(THONGBAO + ["apply", str(draft), "--set", f"{k}={v}{round_}"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
                 for k, v in (("unit", "xã Một "), ("subject", "Chủ đề "))]
        for q in procs:
            err = q.communicate()[1]
            assert q.returncode == 0, err.decode()
        values = json.loads(draft.read_text(encoding="utf-8"))["template"]["values"]
        assert values["unit"] == f"xã Một {round_}" and values["subject"] == f"Chủ đề {round_}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]  # no lock or temp left


def test_two_concurrent_new_without_force_cannot_both_succeed(tmp_path, monkeypatch):
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    for i in range(3):
        target = tmp_path / f"same-{i}.json"
        procs = [_new(target, "--set", f"unit=xã {n}") for n in ("A", "B")]
        codes, errs = [], []
        for q in procs:
            errs.append(q.communicate()[1].decode())
            codes.append(q.returncode)
        assert sorted(codes) == [0, 2], errs
        assert any("--force" in e for e in errs)
        unit = json.loads(target.read_text(encoding="utf-8"))["template"]["values"]["unit"]
        assert unit == ("xã A" if codes[0] == 0 else "xã B")


def test_an_empty_lock_file_left_by_a_killed_writer_does_not_block(tmp_path):
    """A writer killed between creating the lock file and writing its process
    id leaves an empty lock file: the next save takes the lock after a
    moment instead of failing after the 10 s wait."""
    import os
    import time

    from thongbao_editor.locking import lock_path, write_lock
    draft = tmp_path / "d.json"
    draft.write_text("{}", encoding="utf-8")
    lock = lock_path(draft)
    lock.write_bytes(b"")
    os.utime(lock, (time.time() - 3, time.time() - 3))  # younger than the 60 s stale time
    start = time.monotonic()
    with write_lock(draft, wait_seconds=5):
        pass
    assert time.monotonic() - start < 2
    assert not lock.exists()

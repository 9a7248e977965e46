"""The one reader and the one writer: type and size checked before reading,
no write to a device, FIFO or folder, no write through a link out of its
folder, exclusive create, stale temporary files removed (issue 9, items 3, 4, 6, 9)."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import os_reason
from thongbao_editor.fileio import (STALE_TEMP_SECONDS, Links, RefusedFile, atomic_write_bytes,
                                    read_bounded, remove_stale_temps)

from conftest import EXAMPLE

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- reading --------------------------------------------------------------------------

def test_read_bounded_reads_small_files_and_refuses_big_ones_before_reading(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 100)
    assert read_bounded(f, 100) == b"x" * 100
    with pytest.raises(RefusedFile) as err:
        read_bounded(f, 99)
    assert "lớn hơn" in os_reason(err.value).vi and "larger" in os_reason(err.value).en


def test_read_bounded_refuses_a_sparse_huge_file_at_once(tmp_path):
    f = tmp_path / "huge.toml"
    with open(f, "wb") as fh:  # 1.5 GB on paper, nothing on disk
        fh.truncate(1536 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(RefusedFile):
        read_bounded(f, 512 * 1024)
    assert time.perf_counter() - start < 1.0


@fifo_only
def test_read_bounded_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(RefusedFile) as err:
        read_bounded(fifo, 1000)
    assert time.perf_counter() - start < 1.0
    assert "không phải tệp thông thường" in os_reason(err.value).vi


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_read_bounded_refuses_dev_zero_and_folders(tmp_path):
    for path in ("/dev/zero", tmp_path):
        with pytest.raises(OSError):
            read_bounded(path, 1000)


@fifo_only
def test_every_reader_refuses_fifos_and_endless_devices(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for argv in (["check", str(fifo)], ["render", str(fifo), "-o", str(tmp_path / "o.docx")],
                 ["template", "import", str(fifo)], ["template", "check", str(fifo)],
                 ["check", str(EXAMPLE), "--abbreviations", str(fifo)],
                 ["batch", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-xa",
                  "--data", str(fifo), "-o", str(tmp_path / "out")],
                 ["check", "/dev/zero"], ["template", "check", "/dev/zero"]):
        code, _, err = run(capsys, *argv)
        assert code == 2, (argv, err)
        assert "không phải tệp thông thường" in err, (argv, err)


# -- writing ------------------------------------------------------------------------------

def test_atomic_write_replaces_and_keeps_the_mode(tmp_path):
    f = tmp_path / "a.docx"
    f.write_bytes(b"old")
    os.chmod(f, 0o600)
    atomic_write_bytes(f, b"new")
    assert f.read_bytes() == b"new" and (f.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


@fifo_only
def test_a_fifo_or_a_folder_target_is_refused_and_left_alone(tmp_path):
    fifo = tmp_path / "out.docx"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(RefusedFile) as err:
            atomic_write_bytes(target, b"data")
        assert "not a regular file" in os_reason(err.value).en
    assert fifo.is_fifo() and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.docx", "out.docx"]


@fifo_only
def test_render_pdf_save_and_export_refuse_non_regular_targets(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    fifo = tmp_path / "target"
    os.mkfifo(fifo)
    draft = tmp_path / "d.json"
    shutil.copy(EXAMPLE, draft)
    for argv in (["render", str(draft), "-o", str(fifo)],
                 ["template", "export", "kiem-tra-ket-luan", "-o", str(fifo), "--force"],
                 ["profile", "export", "ubnd-xa", "-o", str(fifo), "--force"],
                 ["template", "save", str(draft), "--name", "x", "--title", "X", "-o", str(fifo),
                  "--force"],
                 ["apply", str(draft), "--set", "unit=xã A", "-o", str(fifo)]):
        code, _, err = run(capsys, *argv)
        assert code == 2, (argv, err)
        assert "không phải tệp thông thường" in err or "không được tạo từ mẫu" in err, (argv, err)
        assert fifo.is_fifo()


@pytest.mark.skipif(os.geteuid() != 0 if hasattr(os, "geteuid") else True,
                    reason="only root can replace /dev/null")
def test_render_to_dev_null_as_root_keeps_the_device(capsys):
    code, _, err = run(capsys, "render", str(EXAMPLE), "-o", "/dev/null")
    assert code == 2 and "không phải tệp thông thường" in err
    assert not os.path.isfile("/dev/null")


def test_a_link_out_of_the_folder_is_not_written_through(tmp_path, capsys):
    victim = tmp_path / "victim" / "important.txt"
    victim.parent.mkdir()
    victim.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.docx").symlink_to(victim)
    with pytest.raises(RefusedFile) as err:
        atomic_write_bytes(out / "x.docx", b"docx")
    assert "symbolic link out of" in os_reason(err.value).en
    code, _, msg = run(capsys, "render", str(EXAMPLE), "-o", str(out / "x.docx"))
    assert code == 2 and "liên kết" in msg
    assert victim.read_text() == "precious" and (out / "x.docx").is_symlink()


def test_a_link_inside_the_folder_is_followed_and_never_refuses_any(tmp_path):
    real = tmp_path / "v2.docx"
    real.write_bytes(b"old")
    (tmp_path / "current.docx").symlink_to("v2.docx")
    assert atomic_write_bytes(tmp_path / "current.docx", b"new") == real
    assert real.read_bytes() == b"new" and (tmp_path / "current.docx").is_symlink()
    with pytest.raises(RefusedFile):
        atomic_write_bytes(tmp_path / "current.docx", b"x", links=Links.NEVER)
    assert real.read_bytes() == b"new"


def test_the_users_own_draft_link_is_followed(tmp_path):
    """A draft kept elsewhere (a synced folder) and linked here: saving it
    updates the real file (deliberate)."""
    from thongbao_editor.model import load_draft, save_draft
    elsewhere = tmp_path / "sync" / "d.json"
    elsewhere.parent.mkdir()
    shutil.copy(EXAMPLE, elsewhere)
    link = tmp_path / "work" / "d.json"
    link.parent.mkdir()
    link.symlink_to(elsewhere)
    notice = load_draft(link)
    notice.header.number = "77"
    save_draft(notice, link)
    assert link.is_symlink() and load_draft(elsewhere).header.number == "77"


def test_exclusive_create_refuses_an_existing_file_or_link(tmp_path):
    f = tmp_path / "a.json"
    atomic_write_bytes(f, b"1", overwrite=False)
    with pytest.raises(FileExistsError):
        atomic_write_bytes(f, b"2", overwrite=False)
    (tmp_path / "dangling.json").symlink_to(tmp_path / "nowhere")
    with pytest.raises((FileExistsError, RefusedFile)):
        atomic_write_bytes(tmp_path / "dangling.json", b"2", overwrite=False, links=Links.NEVER)
    assert f.read_bytes() == b"1" and not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "dangling.json"]


def test_stale_temporary_files_of_ours_are_removed_on_the_next_save(tmp_path):
    """kill -9 during a save leaves ``.NAME.xxxxxxxx.tmp``; the next save of
    NAME removes those that are stale, and nothing else."""
    from thongbao_editor.model import load_draft, save_draft
    draft = tmp_path / "d.json"
    shutil.copy(EXAMPLE, draft)
    old = time.time() - STALE_TEMP_SECONDS - 10
    stale = [tmp_path / f".d.json.{s}.tmp" for s in ("abcd1234", "zz_9xy0q")]
    fresh = tmp_path / ".d.json.fresh123.tmp"  # a writer may still be busy with it
    others = [tmp_path / ".other.json.abcd1234.tmp", tmp_path / ".d.json.abc.tmp",
              tmp_path / "d.json.abcd1234.tmp", tmp_path / ".d.json.abcd1234.tmp.keep"]
    for p in stale + [fresh] + others:
        p.write_bytes(b"half a draft")
    for p in stale + others:
        os.utime(p, (old, old))
    save_draft(load_draft(draft), draft)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in others)
    assert remove_stale_temps(draft, older_than=-1) == [fresh]


def test_killed_saves_leave_nothing_behind_after_the_next_save(tmp_path):
    """Real processes killed while saving a large draft, then one clean save."""
    import signal
    import subprocess
    import sys
    draft = tmp_path / "d.json"
    shutil.copy(EXAMPLE, draft)
    code = ("import sys\nfrom thongbao_editor.model import load_draft, save_draft\n"
            "n = load_draft(sys.argv[1])\nprint('go', flush=True)\nwhile True:\n    save_draft(n, sys.argv[1])\n")
    for _ in range(3):
        p = subprocess.Popen([sys.executable, "-c", code, str(draft)], stdout=subprocess.PIPE)
        assert p.stdout.readline().strip() == b"go"
        time.sleep(0.3)
        p.send_signal(signal.SIGKILL)
        p.wait()
        p.stdout.close()
    for p in tmp_path.glob(".d.json.*.tmp"):
        os.utime(p, (0, 0))  # as if the kills were long ago
    from thongbao_editor.model import load_draft, save_draft
    save_draft(load_draft(draft), draft)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]

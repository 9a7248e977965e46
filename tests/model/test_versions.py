"""The version history next to a draft."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pytest

from tests.compare.edits import edited, example
from thongbao_editor.errors import VersionsError
from thongbao_editor.model import save_draft
from thongbao_editor.model.draft import notice_to_dict
from thongbao_editor.model import versions
from thongbao_editor.model.versions import list_versions, load_version, save_version, versions_dir

T0 = dt.datetime(2024, 4, 10, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture()
def draft(tmp_path):
    path = tmp_path / "TB.json"
    save_draft(example(), path)
    return path


def test_versions_are_listed_and_loaded(draft):
    v1 = example()
    v2 = edited(v1)
    a = save_version(draft, v1, "Trình lãnh đạo lần 1", author="Ngọc", now=T0)
    b = save_version(draft, v2, "Sau góp ý của PCT", kind="review", author="Ngọc",
                     now=T0 + dt.timedelta(hours=3))
    assert [(v.id, v.name, v.kind, v.author) for v in list_versions(draft)] == [
        (1, "Trình lãnh đạo lần 1", "save", "Ngọc"), (2, "Sau góp ý của PCT", "review", "Ngọc")]
    assert a.time == "2024-04-10T08:00:00+00:00" and b.when.hour == 11
    assert notice_to_dict(load_version(draft, 1)) == notice_to_dict(v1)
    assert notice_to_dict(load_version(draft, 2)) == notice_to_dict(v2)
    with pytest.raises(VersionsError):
        load_version(draft, 3)


def test_history_sits_beside_the_draft_and_does_not_grow_it(draft):
    size = draft.stat().st_size
    save_version(draft, example(), "v1")
    assert draft.stat().st_size == size
    assert versions_dir(draft) == draft.with_name("TB.json.versions")
    assert sorted(p.name for p in versions_dir(draft).iterdir()) == ["0001.json", "index.json"]


def test_history_moves_with_the_draft(draft, tmp_path):
    save_version(draft, example(), "v1")
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.move(draft, other / draft.name)
    shutil.move(versions_dir(draft), other / versions_dir(draft).name)
    assert [v.name for v in list_versions(other / draft.name)] == ["v1"]


def test_no_history_is_an_empty_list(draft):
    assert list_versions(draft) == []


@pytest.mark.parametrize("index", [b"{", b'{"versions": [{"id": 1}]}',
                                   b'{"versions": [{"id": 1, "name": "x", "time": "2024-01-01T00:00:00",'
                                   b' "file": "../TB.json"}]}'])
def test_a_damaged_history_names_its_file(draft, index):
    versions_dir(draft).mkdir()
    (versions_dir(draft) / "index.json").write_bytes(index)
    with pytest.raises(VersionsError) as info:
        list_versions(draft)
    assert "index.json" in info.value.message()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_an_index_that_is_not_a_file_is_refused_without_waiting(draft):
    versions_dir(draft).mkdir()
    os.mkfifo(versions_dir(draft) / "index.json")  # reading it would wait for a writer
    with pytest.raises(VersionsError) as info:
        list_versions(draft)
    assert "index.json" in info.value.message() and "FIFO" in info.value.message("en")


def test_an_oversized_index_is_refused_before_reading(draft, monkeypatch):
    monkeypatch.setattr(versions, "MAX_INDEX_BYTES", 10)
    save_version(draft, example(), "v1")
    with pytest.raises(VersionsError) as info:
        list_versions(draft)
    assert "index.json" in info.value.message() and "larger than" in info.value.message("en")


def test_never_writes_through_a_link(draft, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    versions_dir(draft).symlink_to(outside)
    with pytest.raises(VersionsError):
        save_version(draft, example(), "v1")
    assert list(outside.iterdir()) == []


def test_never_writes_through_a_link_at_a_version_file(draft, tmp_path):
    outside = tmp_path / "outside.json"
    versions_dir(draft).mkdir()
    (versions_dir(draft) / "0001.json").symlink_to(outside)
    with pytest.raises(VersionsError) as info:
        save_version(draft, example(), "v1")
    assert "0001.json" in info.value.message() and "symbolic link" in info.value.message("en")
    assert not outside.exists()


def test_index_lists_what_was_written(draft):
    save_version(draft, example(), "")
    data = json.loads((versions_dir(draft) / "index.json").read_text(encoding="utf-8"))
    assert data["format_version"] == 1 and data["versions"][0]["name"] == "Phiên bản 1"

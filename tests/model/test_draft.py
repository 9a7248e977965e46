"""Draft files: round trips, every kind of bad file, atomic save."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import tempfile
import unicodedata
from pathlib import Path

import pytest

from thongbao_editor import errors
from thongbao_editor.errors import DraftError
from thongbao_editor.model import (
    FORMAT_VERSION, Footnote, Header, IssueDate, Kind, LoadReport, Node, Notice, RichText, Run,
    dumps, load_draft, loads, notice_to_dict, save_draft,
)
from thongbao_editor.model import draft as draft_module

MINIMAL = {
    "format_version": 1,
    "header": {"agency": ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], "symbol": "TB-UBND",
               "place": "Lạng Sơn", "date": {"year": 2024}, "summary": "Kết luận"},
}


@pytest.fixture
def english():
    before = errors.language()
    errors.set_language("en")
    yield
    errors.set_language(before)


@pytest.fixture
def example_dict(example_path) -> dict:
    return json.loads(example_path.read_text(encoding="utf-8"))


def refused(data, file: str = "nháp.json") -> DraftError:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(DraftError) as info:
        loads(text, file)
    return info.value


# -- round trips ------------------------------------------------------------------


def test_example_round_trips_exactly(example_path):
    text = example_path.read_text(encoding="utf-8")
    notice = load_draft(example_path)
    assert dumps(notice) == text  # the example is kept in dumps() form
    assert loads(dumps(notice)) == notice


def test_example_save_and_load(tmp_path, example_path):
    notice = load_draft(example_path)
    target = tmp_path / "bản nháp.json"
    save_draft(notice, target)
    assert load_draft(target) == notice
    assert target.read_bytes() == example_path.read_bytes()


def test_minimal_notice_loads_with_defaults_and_round_trips():
    notice = loads(json.dumps(MINIMAL))
    h = notice.header
    assert h.date == IssueDate(2024, None, None)
    assert (h.number, h.doc_type, h.parent_agency) == ("", "THÔNG BÁO", [])
    assert notice.body == [] and notice.recipients == [] and notice.opening.override is None
    assert notice.layout.body_size == 14 and notice.numbering[Kind.KHOAN] == "{n}."
    assert loads(dumps(notice)) == notice


def test_a_built_notice_with_every_part_round_trips():
    notice = Notice(header=Header(agency=["UBND"], number="5", place="Hà Nội",
                                  date=IssueDate(2025, 2, 5), summary="Kết luận"))
    notice.opening.inspection_date = dt.date(2025, 1, 31)
    notice.opening.override = [RichText.from_markup("Mở đầu **đậm**[^chú *thích*]")]
    notice.body = [Node.make("muc", "Một", Node.make("khoan", "Hai", Node.make("item", "ba",
                             Node.make("sub_item", "bốn")), heading=False))]
    notice.closing = RichText.from_markup("Kết thúc./.")
    notice.numbering[Kind.SUB_KHOAN] = "{parent}.{n}"
    notice.layout.margins.left = 35
    notice.storage.copies = 2
    again = loads(dumps(notice))
    assert again == notice
    assert notice_to_dict(again)["numbering"] == {"sub_khoan": "{parent}.{n}"}
    assert notice_to_dict(again)["body"][0]["children"][0]["heading"] is False


def test_a_twenty_thousand_word_paragraph(tmp_path):
    words = " ".join(f"từ{i}" for i in range(20_000))
    data = copy.deepcopy(MINIMAL)
    data["body"] = [{"kind": "paragraph", "text": f"{words} **đậm**[^chú thích]"}]
    path = tmp_path / "dài.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    notice = load_draft(path)
    text = notice.body[0].text
    assert len(text.text.split()) == 20_001
    assert text.pieces[-1] == Footnote((Run("chú thích"),))
    save_draft(notice, path)
    assert load_draft(path) == notice


def test_text_is_normalised_on_load_and_removals_reported():
    data = copy.deepcopy(MINIMAL)
    data["header"]["place"] = unicodedata.normalize("NFD", "Lạng") + "\x00 Sơn\u00a0"
    data["body"] = [{"kind": "paragraph", "text": "a\x07\tb"}]
    data["recipients"] = ["UBND\x1b huyện;"]
    report = LoadReport()
    notice = loads(json.dumps(data), report=report)
    assert notice.header.place == "Lạng Sơn"
    assert notice.body[0].text.text == "a b"
    assert report.fixes == [("header.place", ("\x00",)), ("body[0].text", ("\x07",)),
                            ("recipients[0]", ("\x1b",))]


# -- bad files ---------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(DraftError) as info:
        load_draft(tmp_path / "không có.json")
    assert info.value.code == "draft.not_found"
    assert "không có.json" in info.value.message()


@pytest.mark.parametrize("content, line, column", [
    ("", 1, 1),
    ("   \n", 2, 1),
    ("{", 1, 2),
    ("không phải JSON", 1, 1),
    ('{"format_version": 1,}', 1, 22),
])
def test_not_json(tmp_path, content, line, column):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DraftError) as info:
        load_draft(path)
    err = info.value
    assert err.code == "draft.not_json"
    assert (err.params["line"], err.params["column"]) == (line, column)
    assert str(path) in err.message() and f"dòng {line}, cột {column}" in err.message()


def test_deeply_nested_json_is_refused_not_crashing():
    assert refused("[" * 100_000 + "]" * 100_000).code == "draft.not_json"


def test_not_utf8(tmp_path):
    path = tmp_path / "cp1258.json"
    raw = b'{"format_version": 1, "x": "L\xe1ng"}'
    path.write_bytes(raw)
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert info.value.code == "draft.not_utf8"
    assert info.value.params["position"] == raw.index(b"\xe1")
    assert "UTF-8" in info.value.message()


def test_utf8_with_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(MINIMAL).encode())
    assert load_draft(path).header.place == "Lạng Sơn"


def _set(data: dict, path: str, value) -> dict:
    """Set ``a.b[2].c`` in a copy of ``data`` (``value`` ... = delete)."""
    data = copy.deepcopy(data)
    keys: list = []
    for part in path.replace("]", "").split("."):
        name, *indexes = part.split("[")
        keys.append(name)
        keys.extend(int(i) for i in indexes)
    target = data
    for k in keys[:-1]:
        target = target[k]
    if value is ...:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return data


WRONG_TYPES = [
    ("header", [], "header", "đối tượng", "danh sách", "an object", "a list"),
    ("header.agency", "UBND", "header.agency", "danh sách", "chuỗi văn bản", "a list", "a string"),
    ("header.agency[1]", 7, "header.agency[1]", "chuỗi văn bản", "số nguyên", "a string", "an integer"),
    ("header.date.year", "2024", "header.date.year", "số nguyên", "chuỗi văn bản", "an integer", "a string"),
    ("header.date.month", 4.0, "header.date.month", "số nguyên", "số", "an integer", "a number"),
    ("header.number", None, "header.number", "chuỗi văn bản", "null", "a string", "null"),
    ("opening.chair.name", 1, "opening.chair.name", "chuỗi văn bản", "số nguyên", "a string", "an integer"),
    ("opening.basis", {"a": 1}, "opening.basis", "danh sách", "đối tượng", "a list", "an object"),
    ("opening.override", "x", "opening.override", "danh sách", "chuỗi văn bản", "a list", "a string"),
    ("body[0].children[0].children[0].text", 5, "body[0].children[0].children[0].text",
     "chuỗi văn bản", "số nguyên", "a string", "an integer"),
    ("body[0].children[0].heading", "có", "body[0].children[0].heading",
     "true/false", "chuỗi văn bản", "true/false", "a string"),
    ("body[1].children", {}, "body[1].children", "danh sách", "đối tượng", "a list", "an object"),
    ("body[2]", "mục III", "body[2]", "đối tượng", "chuỗi văn bản", "an object", "a string"),
    ("recipients[3]", ["x"], "recipients[3]", "chuỗi văn bản", "danh sách", "a string", "a list"),
    ("storage.copies", "02", "storage.copies", "số nguyên", "chuỗi văn bản", "an integer", "a string"),
    ("signature.authority", "TL. CHỦ TỊCH", "signature.authority", "danh sách", "chuỗi văn bản",
     "a list", "a string"),
    ("layout.margins.top", "20", "layout.margins.top", "số", "chuỗi văn bản", "a number", "a string"),
    ("layout.body_size", True, "layout.body_size", "số", "true/false", "a number", "true/false"),
    ("layout.signature_space_lines", 4.5, "layout.signature_space_lines", "số nguyên", "số",
     "an integer", "a number"),
    ("closing", ["a"], "closing", "chuỗi văn bản", "danh sách", "a string", "a list"),
    ("body[2].table", {"rows": ["x"]}, "body[2].table.rows[0]", "danh sách", "chuỗi văn bản",
     "a list", "a string"),
    ("body[2].table", {"rows": [[7]]}, "body[2].table.rows[0][0]", "đối tượng", "số nguyên",
     "an object", "an integer"),
    ("format_version", "1", "format_version", "số nguyên", "chuỗi văn bản", "an integer", "a string"),
    ("format_version", True, "format_version", "số nguyên", "true/false", "an integer", "true/false"),
]


@pytest.mark.parametrize("where, value, path, vi_expected, vi_actual, en_expected, en_actual",
                         WRONG_TYPES, ids=[f"{w[0]}={w[1]!r}" for w in WRONG_TYPES])
def test_wrong_types_name_the_file_and_field(example_dict, where, value, path, vi_expected,
                                             vi_actual, en_expected, en_actual):
    err = refused(_set(example_dict, where, value))
    assert err.code == "draft.field" and err.path == path and err.file == "nháp.json"
    assert err.message("vi") == (f"Tệp nháp.json, mục {path}: cần {vi_expected}, "
                                 f"nhưng là {vi_actual}.")
    assert err.message("en") == f"nháp.json, field {path}: expected {en_expected}, got {en_actual}."


def test_messages_are_vietnamese_by_default(example_dict):
    before = errors.language()
    errors.set_language("vi")
    try:
        err = refused(_set(example_dict, "header.date.year", "2024"))
        assert str(err) == ("Tệp nháp.json, mục header.date.year: cần số nguyên, "
                            "nhưng là chuỗi văn bản.")
    finally:
        errors.set_language(before)


def test_messages_are_english_when_set(example_dict, english):
    err = refused(_set(example_dict, "header.date.year", "2024"))
    assert str(err) == "nháp.json, field header.date.year: expected an integer, got a string."
    assert err.message("vi").startswith("Tệp nháp.json, mục header.date.year: cần số nguyên")


def test_a_folder_is_not_a_draft(tmp_path):
    with pytest.raises(DraftError) as info:
        load_draft(tmp_path)
    assert info.value.code == "draft.unreadable" and info.value.file == str(tmp_path)


def test_file_name_and_field_path_through_load_draft(tmp_path, example_dict):
    path = tmp_path / "Thông báo.json"
    path.write_text(json.dumps(_set(example_dict, "body[1].children[2].children[0].children[0]"
                                                  ".children[0].text", 3)), encoding="utf-8")
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert info.value.file == str(path)
    assert info.value.path == "body[1].children[2].children[0].children[0].children[0].text"
    assert str(path) in str(info.value)


def test_whole_file_not_an_object(english):
    err = refused("[1, 2]")
    assert err.message("vi") == "Tệp nháp.json, mục (toàn tệp): cần đối tượng, nhưng là danh sách."
    assert err.message("en") == "nháp.json, field (whole file): expected an object, got a list."


@pytest.mark.parametrize("where", [
    "header", "header.agency", "header.symbol", "header.place", "header.summary", "header.date",
    "header.date.year", "format_version", "body[0].kind", "body[0].children[0].children[0].kind",
])
def test_missing_parts(example_dict, where):
    err = refused(_set(example_dict, where, ...))
    assert err.code == "draft.field" and err.path == where
    assert err.message("vi").endswith("thiếu mục bắt buộc.")
    assert err.message("en").endswith("required field is missing.")


def test_missing_abbreviation_part(example_dict):
    data = _set(example_dict, "abbreviations", [{"short": "KT-XH"}])
    err = refused(data)
    assert err.path == "abbreviations[0].full"


@pytest.mark.parametrize("where, name", [
    ("version", "version"),
    ("header.so", "so"),
    ("header.date.weekday", "weekday"),
    ("opening.chair.phone", "phone"),
    ("opening.extra", "extra"),
    ("body[0].children[0].heding", "heding"),
    ("body[0].label", "label"),
    ("storage.vt", "vt"),
    ("signature.seal", "seal"),
    ("layout.margins.gutter", "gutter"),
    ("layout.font", "font"),
    ("numbering.chuong", "chuong"),
    ("numbering.paragraph", "paragraph"),
])
def test_unknown_fields_are_refused(example_dict, where, name):
    err = refused(_set(example_dict, where, "{n}."))
    assert err.path == where
    assert err.message("vi").endswith(f"mục không được biết: {name}.")
    assert err.message("en").endswith(f"unknown field: {name}.")


def test_unknown_field_in_an_abbreviation(example_dict):
    err = refused(_set(example_dict, "abbreviations", [{"short": "a", "full": "b", "note": 1}]))
    assert err.path == "abbreviations[0].note"


def test_newer_format_version_asks_for_an_update(example_dict):
    err = refused(_set(example_dict, "format_version", FORMAT_VERSION + 1))
    assert err.code == "draft.newer"
    assert err.params == {"file": "nháp.json", "version": FORMAT_VERSION + 1,
                          "supported": FORMAT_VERSION}
    assert "phiên bản mới hơn" in err.message("vi") and "cập nhật" in err.message("vi")
    assert "newer version" in err.message("en")


def test_newer_version_wins_over_other_problems(example_dict):
    data = _set(example_dict, "format_version", 99)
    data["a field of version 99"] = {}
    assert refused(data).code == "draft.newer"


@pytest.mark.parametrize("version", [0, -1])
def test_older_than_one_is_not_a_version(example_dict, version):
    err = refused(_set(example_dict, "format_version", version))
    assert err.path == "format_version" and err.params["problem"].code == "field.value"


@pytest.mark.parametrize("where, value", [
    ("opening.inspection_date", "2024-13-01"),
    ("opening.inspection_date", "10/4/2024"),
    ("opening.inspection_date", "2024-02-30"),
    ("opening.inspection_date", "20240410"),
    ("opening.inspection_date", "2024-W15-3"),
    ("opening.inspection_date", "2024-04-10T00:00"),
    ("header.date.month", 13),
    ("header.date.month", 0),
    ("header.date.day", 0),
    ("header.date.day", 32),
    ("header.date.year", 1800),
    ("header.date.year", 10_000),
])
def test_bad_dates(example_dict, where, value):
    err = refused(_set(example_dict, where, value))
    assert err.path == where and err.params["problem"].code == "field.value"
    assert "giá trị không hợp lệ" in err.message("vi")


def test_a_day_the_month_does_not_have(example_dict):
    data = _set(_set(example_dict, "header.date.month", 2), "header.date.day", 30)
    err = refused(data)
    assert err.path == "header.date.day"
    assert err.message("vi").endswith("tháng 2/2024 không có ngày 30.")
    assert err.message("en").endswith("2024-02 has no day 30.")


def test_blank_day_and_month_and_a_missing_inspection_date_load(example_dict):
    data = _set(_set(example_dict, "header.date.month", None), "opening.inspection_date", None)
    notice = loads(json.dumps(data))
    assert notice.header.date == IssueDate(2024) and notice.opening.inspection_date is None


@pytest.mark.parametrize("where, value", [
    ("layout.margins.top", 19), ("layout.margins.bottom", 26), ("layout.margins.left", 10),
    ("layout.margins.right", 21), ("layout.body_size", 16), ("layout.body_size", 12.5),
    ("layout.first_line_indent_cm", 2), ("layout.paragraph_after_pt", 3),
    ("layout.line_spacing", 3), ("layout.signature_space_lines", 0),
])
def test_layout_outside_decree_30(example_dict, where, value):
    err = refused(_set(example_dict, where, value))
    assert err.path == where and "∉" in err.message()


@pytest.mark.parametrize("copies", [-1, 1000])
def test_copies_out_of_range(example_dict, copies):
    err = refused(_set(example_dict, "storage.copies", copies))
    assert err.path == "storage.copies" and err.params["problem"].code == "field.value"


def test_not_a_number_in_the_layout():
    data = copy.deepcopy(MINIMAL)
    text = json.dumps(data)[:-1] + ', "layout": {"body_size": NaN}}'
    assert refused(text).path == "layout.body_size"


@pytest.mark.parametrize("fmt, reason", [
    ("{x}.", "unknown field {x}"),
    ("{n!r}", "no format specs or conversions"),
    ("{n:>3}", "no format specs or conversions"),
    ("{n", "expected '}' before end of string"),
    (5, None),
])
def test_bad_numbering_format(example_dict, fmt, reason):
    err = refused(_set(example_dict, "numbering", {"khoan": fmt}))
    assert err.path == "numbering.khoan"
    if reason:
        assert err.message("en").endswith(f"invalid value: {reason}.")
    else:
        assert err.params["problem"].code == "field.type"


def test_unknown_kind_and_misplaced_levels(example_dict):
    err = refused(_set(example_dict, "body[0].kind", "chuong"))
    assert err.path == "body[0].kind" and "muc" in err.message()
    err = refused(_set(example_dict, "body[0].children[0].kind", "muc"))
    assert err.path == "body[0].children[0].kind"
    assert err.message("vi").endswith("muc không thể nằm trong muc.")
    err = refused(_set(example_dict, "body[0].children[0].children[0].children",
                       [{"kind": "paragraph", "text": "x"}]))
    assert err.path == "body[0].children[0].children[0].children"
    assert err.message("en").endswith("a paragraph cannot have children.")


def test_too_deep_a_tree():
    node: dict = {"kind": "paragraph", "text": "đáy"}
    for _ in range(40):
        node = {"kind": "sub_item", "text": "x", "children": [node]}
    data = dict(MINIMAL, body=[node])
    err = refused(data)
    depth = draft_module.MAX_DEPTH + 1
    assert err.path == "body[0]" + ".children[0]" * depth
    assert f"sâu quá {draft_module.MAX_DEPTH} cấp" in err.message("vi")
    assert f"deeper than {draft_module.MAX_DEPTH} levels" in err.message("en")


def test_bad_markup_in_a_field(example_dict):
    err = refused(_set(example_dict, "closing", "**UBND tỉnh thông báo"))
    assert err.path == "closing"
    assert err.message("vi").endswith("thiếu ** đóng chữ đậm (ở ký tự 0).")
    assert err.message("en").endswith("** (bold) not closed (at character 0).")
    err = refused(_set(example_dict, "opening.override", ["ok", "[^chưa đóng"]))
    assert err.path == "opening.override[1]"


def test_the_error_is_never_a_traceback_for_odd_json_values():
    for value in ("null", "1", '"x"', "true", "[]", "{}", '{"format_version": null}',
                  '{"format_version": 1, "header": null}'):
        with pytest.raises(DraftError):
            loads(value, "f.json")


# -- atomic save -------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _saved_twice(tmp_path) -> tuple[Path, Notice, bytes]:
    path = tmp_path / "nháp.json"
    notice = loads(json.dumps(MINIMAL))
    save_draft(notice, path)
    old = path.read_bytes()
    notice.header.summary = "Nội dung mới"
    return path, notice, old


@pytest.mark.parametrize("fails", ["replace", "fsync", "write"])
def test_old_content_survives_a_failed_save(tmp_path, monkeypatch, fails):
    path, notice, old = _saved_twice(tmp_path)

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if fails == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                raise OSError(28, "No space left on device")

            def __getattr__(self, name):
                return getattr(self.f, name)

        monkeypatch.setattr(draft_module.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(draft_module.os, fails, boom)
    with pytest.raises(DraftError) as info:
        save_draft(notice, path)
    assert info.value.code == "draft.write"
    assert "ổ đĩa đã đầy" in info.value.message()
    assert "no space left on the disk" in info.value.message("en")
    assert "vẫn được giữ nguyên" in info.value.message("vi")
    assert path.read_bytes() == old
    assert _leftovers(tmp_path) == []


def test_an_interrupted_save_leaves_no_temporary_file(tmp_path, monkeypatch):
    path, notice, old = _saved_twice(tmp_path)

    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(draft_module.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_draft(notice, path)
    assert path.read_bytes() == old and _leftovers(tmp_path) == []


def test_a_successful_save_replaces_and_keeps_the_mode(tmp_path):
    path, notice, _ = _saved_twice(tmp_path)
    os.chmod(path, 0o600)
    save_draft(notice, path)
    assert load_draft(path).header.summary == "Nội dung mới"
    assert (path.stat().st_mode & 0o777) == 0o600
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders; see the simulated test below")
def test_read_only_folder(tmp_path):
    path, notice, old = _saved_twice(tmp_path)
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(DraftError) as info:
            save_draft(notice, path)
    finally:
        os.chmod(tmp_path, 0o700)
    assert info.value.code == "draft.write" and info.value.file == str(path)
    assert path.read_bytes() == old


def test_read_only_folder_simulated(tmp_path, monkeypatch):
    """What a read-only folder does to mkstemp, for runs as root."""
    path, notice, old = _saved_twice(tmp_path)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(DraftError) as info:
        save_draft(notice, path)
    assert info.value.code == "draft.write" and info.value.file == str(path)
    assert info.value.message("vi") == (f"Không ghi được tệp {path}: không có quyền truy cập. "
                                         "Bản đang soạn vẫn được giữ nguyên.")
    assert path.read_bytes() == old


def test_saving_into_a_missing_folder(tmp_path):
    with pytest.raises(DraftError) as info:
        save_draft(Notice(), tmp_path / "không có" / "x.json")
    assert info.value.code == "draft.write"


@pytest.mark.parametrize("day", [10**30, -10**30])
def test_a_huge_day_is_a_field_error_not_a_crash(example_dict, day):
    """dt.date() raises OverflowError, not ValueError, for a day beyond a C long."""
    data = _set(example_dict, "header.date.day", day)
    with pytest.raises(DraftError) as err:
        loads(json.dumps(data), "x.json")
    assert err.value.path == "header.date.day"


def test_a_lone_surrogate_does_not_stop_saving(tmp_path, example_path):
    """Text from a widget can hold half of an emoji (a lone UTF-16 surrogate);
    UTF-8 cannot encode it and saving failed with UnicodeEncodeError.  A pair
    split in two code points is joined back, a lone half becomes U+FFFD."""
    notice = load_draft(example_path)
    notice.header.place = "Lạng Sơn\ud83d"
    notice.closing = RichText((Run("Kết thúc \ud83d\ude00./."),))
    path = tmp_path / "d.json"
    save_draft(notice, path)
    back = load_draft(path)
    assert back.header.place == "Lạng Sơn\ufffd"
    assert back.closing.text == "Kết thúc 😀./."


def test_saving_through_a_symbolic_link_updates_the_real_file(tmp_path, example_path):
    """os.replace on a link replaced the link itself: the real draft (say, in
    a shared folder) silently kept the old text."""
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    real = real_dir / "d.json"
    real.write_bytes(example_path.read_bytes())
    link = tmp_path / "d.json"
    try:
        link.symlink_to(real)
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links are not available here")
    notice = load_draft(link)
    notice.header.number = "77"
    save_draft(notice, link)
    assert link.is_symlink()
    assert load_draft(real).header.number == "77"
    assert [p.name for p in real_dir.iterdir()] == ["d.json"]  # no temporary left behind


def test_urgency_and_confidentiality_are_optional_header_fields(example_path):
    import json

    from thongbao_editor.errors import DraftError
    from thongbao_editor.model import dumps, loads

    data = json.loads(example_path.read_text(encoding="utf-8"))
    assert "urgency" not in data["header"]
    notice = loads(json.dumps(data, ensure_ascii=False))
    assert (notice.header.urgency, notice.header.confidentiality) == ("", "")
    assert "urgency" not in json.loads(dumps(notice))["header"]  # none is not written
    data["header"].update(urgency="Thượng khẩn", confidentiality="Mật")
    notice = loads(json.dumps(data, ensure_ascii=False))
    assert (notice.header.urgency, notice.header.confidentiality) == ("Thượng khẩn", "Mật")
    assert json.loads(dumps(notice))["header"]["urgency"] == "Thượng khẩn"
    data["header"]["urgency"] = "Gấp"
    try:
        loads(json.dumps(data, ensure_ascii=False), "tb.json")
    except DraftError as err:
        assert "header.urgency" in err.message("en") and "'Gấp'" in err.message("en")
    else:
        raise AssertionError("an unknown urgency was accepted")

"""``thongbao template|profile|new|apply`` from the command line."""

from __future__ import annotations

import json


from thongbao_editor.cli import main
from thongbao_editor.model import load_draft

from .test_sandbox import BASE


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_and_show(capsys):
    code, out, _ = run(capsys, "template", "list")
    assert code == 0 and "kiem-tra-ket-luan" in out and "hop-lam-viec" in out
    code, out, _ = run(capsys, "profile", "list")
    assert "ubnd-xa" in out and "[mẫu ví dụ]" in out
    code, out, _ = run(capsys, "template", "show", "kiem-tra-ket-luan", "--json")
    data = json.loads(out)
    unit = next(v for v in data["variables"] if v["name"] == "unit")
    assert unit == {"name": "unit", "label": "Đơn vị được kiểm tra", "type": "unit",
                    "required": True, "help": unit["help"], "default": None,
                    "example": "xã Bình Trung"}
    code, out, _ = run(capsys, "template", "show", "hoi-nghi", "--profile", "ubnd-tinh")
    assert code == 0 and "* conference" in out and "pct-tt = (Mẫu) Nguyễn Văn An" in out
    code, out, _ = run(capsys, "profile", "show", "vp-ubnd-tinh")
    assert "TB-VP" in out and "CHÁNH VĂN PHÒNG" in out


def test_check(capsys, tmp_path, lib):
    good = tmp_path / "tot.toml"
    good.write_text(BASE.replace("BODY_LINE", "- Việc của {{ unit }}."), encoding="utf-8")
    code, out, _ = run(capsys, "template", "check", str(good))
    assert code == 0 and "OK" in out
    bad = tmp_path / "xau.toml"
    bad.write_text(BASE.replace("BODY_LINE", "- {{ unit }"), encoding="utf-8")
    code, out, _ = run(capsys, "template", "check", str(bad))
    assert code == 1 and f"{bad}, dòng 19" in out
    leftover = tmp_path / "sot.toml"
    leftover.write_text(BASE.replace("BODY_LINE", "- Điền [tên đơn vị] vào đây."), encoding="utf-8")
    code, out, _ = run(capsys, "template", "check", str(leftover), "--profile", "ubnd-xa")
    assert code == 1 and "[tên đơn vị]" in out and "[ubnd-xa]" in out
    broken = tmp_path / "hong.toml"
    broken.write_text('kind = "agency-profile"\nformat = 1\ntitle = "x"\n[header]\n'
                      'agency = ["A"]\nsymbol = "TB-UBND"\nplace = "X"\n[layout]\n'
                      'margins = { left = 40 }\n[[signers]]\nid = "a"\nname = "A"\n'
                      'authority = ["CHỦ TỊCH"]\n', encoding="utf-8")
    code, _, err = run(capsys, "profile", "check", str(broken))
    assert code == 2 and "margins.left" in err and "40" in err
    for name in ("kiem-tra-ket-luan", "hop-lam-viec", "hoi-nghi"):
        path = tmp_path / f"{name}.toml"
        lib.export("notice-template", name, path)
        assert run(capsys, "template", "check", str(path))[0] == 0


def test_new_apply_and_render(capsys, tmp_path):
    draft = tmp_path / "tb.json"
    code, _, err = run(capsys, "new", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-xa",
                       "--set", "unit=thôn Nà Làng", "--set", "inspection_date=2026-06-01",
                       "--set", "basis=Kế hoạch số 5/KH-UBND", "--set", "basis+=Kế hoạch số 6/KH-UBND",
                       "--set", "chair.name=Vi Văn Tâm", "--set", "chair.title=Chủ tịch UBND xã",
                       "-o", str(draft))
    assert code == 0, err
    notice = load_draft(draft)
    assert notice.opening.basis == ["Kế hoạch số 5/KH-UBND", "Kế hoạch số 6/KH-UBND"]
    assert notice.opening.chair.name == "Vi Văn Tâm"
    assert notice.template.profile == "ubnd-xa"
    code, out, _ = run(capsys, "apply", str(draft), "--set", "unit=thôn Bản Cưởm")
    assert code == 0
    notice = load_draft(draft)
    assert "Nà Làng" not in notice.header.summary and "thôn Bản Cưởm" in notice.header.summary
    assert notice.opening.chair.name == "Vi Văn Tâm"  # the other values are kept
    code, _, err = run(capsys, "new", "--template", "kiem-tra-ket-luan", "--profile", "ubnd-xa",
                       "-o", str(draft))
    assert code == 2 and "--force" in err
    assert "thư mục người dùng" not in err  # a draft path, not the user template folder
    code, _, err = run(capsys, "new", "--template", "../x", "--profile", "ubnd-xa",
                       "-o", str(tmp_path / "n.json"))
    assert code == 2 and "không hợp lệ" in err
    code, _, err = run(capsys, "--lang", "en", "new", "--template", "hoi-nghi", "--profile",
                       "ubnd-xa", "--set", "nope=1", "-o", str(tmp_path / "n.json"))
    assert code == 2 and "has no variable «nope»" in err


def test_library_commands(capsys, tmp_path, user_dir):
    src = tmp_path / "mau-rieng.toml"
    src.write_text(BASE.replace("BODY_LINE", "- {{ unit }}."), encoding="utf-8")
    assert run(capsys, "template", "import", str(src))[0] == 0
    assert (user_dir / "notices" / "mau-rieng.toml").is_file()
    code, out, _ = run(capsys, "template", "list")
    assert "mau-rieng" in out and "người dùng" in out
    code, _, err = run(capsys, "template", "import", str(src))
    assert code == 2 and "--force" in err
    assert run(capsys, "template", "import", str(src), "--force")[0] == 0
    code, _, err = run(capsys, "template", "import", str(src), "--name", "hoi-nghi")
    assert code == 2 and "có sẵn" in err
    code, _, err = run(capsys, "template", "import", str(src), "--name", "../../evil")
    assert code == 2 and not (tmp_path / "evil.toml").exists()
    out_file = tmp_path / "gui-di.toml"
    assert run(capsys, "template", "export", "mau-rieng", "-o", str(out_file))[0] == 0
    assert out_file.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")
    code, _, err = run(capsys, "template", "delete", "kiem-tra-ket-luan")
    assert code == 2 and "có sẵn" in err
    assert run(capsys, "template", "delete", "mau-rieng")[0] == 0
    assert not (user_dir / "notices" / "mau-rieng.toml").exists()
    code, _, err = run(capsys, "template", "delete", "mau-rieng")
    assert code == 2 and "Không có" in err
    # a profile may not be imported as a template's twin by mistake: kind decides the folder
    prof = tmp_path / "so-tai-chinh.toml"
    assert run(capsys, "profile", "export", "ubnd-tinh", "-o", str(prof))[0] == 0
    assert run(capsys, "profile", "import", str(prof))[0] == 0
    assert (user_dir / "profiles" / "so-tai-chinh.toml").is_file()


def test_save_as_template_command(capsys, tmp_path):
    draft = tmp_path / "tb.json"
    run(capsys, "new", "--template", "hop-lam-viec", "--profile", "ubnd-tinh",
        "--set", "meeting_date=2026-05-14", "--set", "partner=Sở Xây dựng",
        "--set", "topic=tiến độ dự án", "--set", "attendees=Lãnh đạo Sở Tài chính",
        "-o", str(draft))
    code, out, err = run(capsys, "template", "save", str(draft), "--var", "Sở Xây dựng=partner",
                         "--name", "lam-viec-so", "--title", "Làm việc với một sở")
    assert code == 0, err
    code, out, _ = run(capsys, "template", "show", "lam-viec-so")
    assert "partner" in out
    code, _, err = run(capsys, "new", "--template", "lam-viec-so", "--profile", "ubnd-tinh",
                       "--set", "partner=Sở Y tế", "-o", str(tmp_path / "y.json"))
    assert code == 0, err
    assert "Sở Xây dựng" not in (tmp_path / "y.json").read_text(encoding="utf-8")


def test_check_skips_a_broken_user_profile(capsys, tmp_path, user_dir):
    (user_dir / "profiles").mkdir(parents=True)
    (user_dir / "profiles" / "hong.toml").write_text('kind = "agency-profile"\n', encoding="utf-8")
    good = tmp_path / "tot.toml"
    good.write_text(BASE.replace("BODY_LINE", "- Việc của {{ unit }}."), encoding="utf-8")
    code, out, err = run(capsys, "template", "check", str(good))
    assert code == 0 and "hong" in err and "ubnd-xa" in out
    code, out, _ = run(capsys, "template", "list")
    assert code == 0  # the broken one is listed with its error, the others still work
    code, out, _ = run(capsys, "profile", "list")
    assert "hong" in out and "lỗi" in out


def test_default_user_folder(monkeypatch, tmp_path):
    import sys
    from pathlib import Path

    from thongbao_editor.templates import default_user_dir
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "x"))
    assert default_user_dir() == tmp_path / "x"
    monkeypatch.delenv("THONGBAO_USER_DIR")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData"))
    assert default_user_dir() == tmp_path / "AppData" / "thongbao-editor"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert default_user_dir() == tmp_path / "home" / "Library" / "Application Support" / "thongbao-editor"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert default_user_dir() == tmp_path / "home" / ".local" / "share" / "thongbao-editor"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_user_dir() == tmp_path / "data" / "thongbao-editor"


def test_export_and_save_do_not_overwrite_a_file_without_force(capsys, tmp_path, example_path):
    """``template export … -o draft.json`` (or ``template save -o``) replaced
    whatever file was there, a draft included, without a word."""
    victim = tmp_path / "nhap.json"
    victim.write_bytes(example_path.read_bytes())
    before = victim.read_bytes()
    for args in (["template", "export", "kiem-tra-ket-luan"], ["profile", "export", "ubnd-tinh"],
                 ["template", "save", str(example_path), "--name", "mau-moi", "--title", "T"]):
        code, _, err = run(capsys, *args, "-o", str(victim))
        assert code == 2 and "--force" in err and str(victim) in err, err
        assert victim.read_bytes() == before
        assert run(capsys, *args, "-o", str(victim), "--force")[0] == 0
        victim.write_bytes(before)
    # a folder that cannot be written: the one-line message, not "unexpected error"
    code, _, err = run(capsys, "template", "save", str(example_path), "--name", "mau-moi",
                       "--title", "T", "-o", str(tmp_path / "none" / "x.toml"))
    assert code == 2 and "x.toml" in err and "không mong đợi" not in err


def test_import_runs_the_template_check_and_refuses_on_failure(capsys, tmp_path, user_dir):
    """Issue 9: `template import` returned 0 for hostile templates; now it
    runs what `template check` runs (trial fill-in with the shipped profiles)."""
    cases = {
        "no-lon": ("{{ ('a\\n' * 3000) | indent(999999, true) }}", "quá lớn"),
        "so-lon": ("{% set x = 2 ** 4000 %}{{ (x * x) // 7 }}", "số nguyên quá lớn"),
        "sot-cho": ("- Điền [tên đơn vị] vào đây.", "[tên đơn vị]"),
    }
    for name, (body, expected) in cases.items():
        path = tmp_path / f"{name}.toml"
        path.write_text(BASE.replace("BODY_LINE", body), encoding="utf-8")
        code, out, _ = run(capsys, "template", "check", str(path))
        assert code == 1 and expected in out, out
        code, _, err = run(capsys, "template", "import", str(path))
        assert code == 2 and expected in err and str(path) in err, err
        assert not (user_dir / "notices" / f"{name}.toml").exists()
    code, _, err = run(capsys, "--lang", "en", "template", "import", str(tmp_path / "so-lon.toml"))
    assert code == 2 and "did not pass the check" in err and "4096 bits" in err, err

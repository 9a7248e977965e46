"""The list of units after the 2025 reform and profiles generated from it
(issue 12): ``thongbao profile units`` / ``thongbao profile new``."""

from __future__ import annotations

import tomllib

import pytest

from thongbao_editor.cli import main
from thongbao_editor.errors import TemplateError
from thongbao_editor.templates import Library
from thongbao_editor.templates.profile_maker import (build_profile, department_symbol, profile_toml, set_person,
                                                     set_signers)
from thongbao_editor.templates.units import find_province, find_unit, fold, provinces, search_units, units


def test_the_list_is_the_2025_one():
    assert len(provinces()) == 34
    assert sum(len(units(p)) for p in provinces()) == 3321
    kinds = {u.kind for p in provinces() for u in units(p)}
    assert kinds == {"xã", "phường", "đặc khu"}


def test_typing_without_diacritics_finds_the_unit():
    p = find_province("lang son")
    assert p.name == "Lạng Sơn"
    assert [u.name for u in search_units(p, "hoang van thu")] == ["Xã Hoàng Văn Thụ"]
    assert [u.name for u in search_units(p, "xa hoang")][0] == "Xã Hoàng Văn Thụ"
    assert find_unit(p, "HOANG VAN THU").name == "Xã Hoàng Văn Thụ"
    assert find_province("TP. Hồ Chí Minh").name == "Thành phố Hồ Chí Minh"
    assert fold("Đặc khu  Côn Đảo") == "dac khu con dao"


def test_unknown_names_get_the_closest_ones():
    p = find_province("Lạng Sơn")
    with pytest.raises(TemplateError) as e:
        find_unit(p, "Hoang Van Thuu")
    assert "Xã Hoàng Văn Thụ" in e.value.message("vi") and "Có phải" in e.value.message("vi")
    with pytest.raises(TemplateError) as e:
        find_province("Hà Giang")  # merged into Tuyên Quang in 2025
    assert "34" in e.value.message("vi") and "Did you mean" in e.value.message("en")


OFFICE = ["VĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN VÀ", "ỦY BAN NHÂN DÂN"]  # in full: NĐ 30 abbreviates only the chủ quản
# province, unit, issuer -> parent lines, agency lines, symbol, place
CASES = [
    ("Lạng Sơn", "Hoàng Văn Thụ", "ubnd", [], ["ỦY BAN NHÂN DÂN", "XÃ HOÀNG VĂN THỤ"], "TB-UBND", "Xã Hoàng Văn Thụ"),
    ("Lạng Sơn", "Chi Lăng", "ubnd", [], ["ỦY BAN NHÂN DÂN", "XÃ CHI LĂNG"], "TB-UBND", "Chi Lăng"),
    ("Lạng Sơn", "Chi Lăng", "vp-hdnd-ubnd", ["UBND XÃ CHI LĂNG"], OFFICE, "TB-VP", "Chi Lăng"),
    ("Lạng Sơn", "Lương Văn Tri", "ward", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG LƯƠNG VĂN TRI"], "TB-UBND",
     "Phường Lương Văn Tri"),
    ("Lạng Sơn", None, "vp", ["UBND TỈNH LẠNG SƠN"], ["VĂN PHÒNG"], "TB-VP", "Lạng Sơn"),
    ("Lạng Sơn", None, "ubnd", [], ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], "TB-UBND", "Lạng Sơn"),
    ("Lâm Đồng", "Phường 1 Bảo Lộc", "ubnd", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG 1 BẢO LỘC"], "TB-UBND",
     "Phường 1 Bảo Lộc"),
    ("Tuyên Quang", "Hà Giang 1", "ward", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ GIANG 1"], "TB-UBND",
     "Phường Hà Giang 1"),
    ("Quảng Ninh", "Móng Cái 2", "vp", ["UBND PHƯỜNG MÓNG CÁI 2"], OFFICE, "TB-VP",
     "Phường Móng Cái 2"),
    ("Cần Thơ", "Vị Thanh 1", "ubnd", [], ["ỦY BAN NHÂN DÂN", "XÃ VỊ THANH 1"], "TB-UBND", "Xã Vị Thanh 1"),
    ("Hưng Yên", "Phường Trần Hưng Đạo", "ubnd", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN HƯNG ĐẠO"], "TB-UBND",
     "Phường Trần Hưng Đạo"),
    ("Hải Phòng", "Chu Văn An", "vp-hdnd-ubnd", ["UBND PHƯỜNG CHU VĂN AN"], OFFICE, "TB-VP",
     "Phường Chu Văn An"),
    ("Cà Mau", "Trần Văn Thời", "ubnd", [], ["ỦY BAN NHÂN DÂN", "XÃ TRẦN VĂN THỜI"], "TB-UBND", "Xã Trần Văn Thời"),
    ("Điện Biên", "Điện Biên Phủ", "ward", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐIỆN BIÊN PHỦ"], "TB-UBND",
     "Phường Điện Biên Phủ"),
    ("Cao Bằng", "Kim Đồng", "ubnd", [], ["ỦY BAN NHÂN DÂN", "XÃ KIM ĐỒNG"], "TB-UBND", "Xã Kim Đồng"),
    ("An Giang", "Phú Quốc", "ubnd", [], ["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"], "TB-UBND", "Phú Quốc"),
    ("Hồ Chí Minh", "Côn Đảo", "vp", ["UBND ĐẶC KHU CÔN ĐẢO"], OFFICE, "TB-VP", "Côn Đảo"),
    ("Hà Nội", "Hoàn Kiếm", "ward", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀN KIẾM"], "TB-UBND", "Hoàn Kiếm"),
    ("Đà Nẵng", "Hải Châu", "ubnd", [], ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU"], "TB-UBND", "Hải Châu"),
    ("Thành phố Hồ Chí Minh", None, "vp", ["UBND THÀNH PHỐ HỒ CHÍ MINH"], ["VĂN PHÒNG"], "TB-VP",
     "Thành phố Hồ Chí Minh"),
    ("Hà Nội", None, "ubnd", [], ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], "TB-UBND", "Hà Nội"),
]


@pytest.mark.parametrize("province,unit,issuer,parent,agency,symbol,place", CASES)
def test_profile_new_for_real_units(tmp_path, province, unit, issuer, parent, agency, symbol, place, capsys):
    out = tmp_path / "p.toml"
    argv = ["profile", "new", "--province", province, "--issuer", issuer, "-o", str(out)]
    if unit:
        argv += ["--unit", unit]
    assert main(argv) == 0, capsys.readouterr().err
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["header"] == {"parent_agency": parent, "agency": agency, "symbol": symbol, "place": place}
    assert data["sample"] is False
    names = [s["name"] for s in data["signers"]] + [p["name"] for p in data["people"]]
    assert all(n == "" for n in names)  # never a sample name: the user types them
    assert "Còn trống họ tên" in capsys.readouterr().out


def test_signer_chains_follow_the_issuing_form():
    p = find_province("Lạng Sơn")
    commune = build_profile(p, find_unit(p, "Chi Lăng"), "ubnd")
    assert [s.authority for s in commune.signers] == [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                                                       ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]]
    province = build_profile(p, None, "ubnd")
    assert province.signers[0].authority == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    office = build_profile(p, find_unit(p, "Chi Lăng"), "vp-hdnd-ubnd")
    assert [s.authority for s in office.signers] == [["CHÁNH VĂN PHÒNG"],
                                                     ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]]
    dept = build_profile(p, None, "so", "Sở Nông nghiệp và Môi trường")
    assert (dept.agency, dept.symbol) == (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "TB-SNNMT")
    assert dept.signers[1].authority == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert department_symbol("Sở Giáo dục và Đào tạo") == "SGDĐT"


def test_issuer_and_level_must_agree():
    p = find_province("Lạng Sơn")
    for unit, issuer, code in [(find_unit(p, "Chi Lăng"), "so", "unit.issuer_province_only"),
                               (None, "vp-hdnd-ubnd", "unit.issuer_needs_unit"),
                               (find_unit(p, "Chi Lăng"), "ward", "unit.not_ward"),
                               (None, "so", "unit.department")]:
        with pytest.raises(TemplateError) as e:
            build_profile(p, unit, issuer)
        assert e.value.code == code


def test_signers_given_fill_the_people_and_import(tmp_path, capsys):
    assert main(["profile", "new", "--province", "Lạng Sơn", "--unit", "hoang van thu", "--issuer", "ubnd",
                 "--signer", "Vi Văn Tâm|TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH",
                 "--signer", "Hoàng Thị Lan|KT. Chủ tịch|Phó Chủ tịch",
                 "--import", "--user-dir", str(tmp_path)]) == 0
    assert "Còn trống" not in capsys.readouterr().out
    prof = Library(tmp_path).profile("ubnd-xa-hoang-van-thu")
    assert [(s.id, s.name, s.authority) for s in prof.signers] == [
        ("ct", "Vi Văn Tâm", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
        ("pct", "Hoàng Thị Lan", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])]
    assert (prof.people["ct"].name, prof.people["pct"].name) == ("Vi Văn Tâm", "Hoàng Thị Lan")
    assert prof.place == "Xã Hoàng Văn Thụ" and not prof.sample


def test_cli_messages_for_bad_input(tmp_path, capsys):
    assert main(["profile", "new", "--province", "Lạng Sơn", "--unit", "Hoang Van Thuu", "--issuer", "ubnd",
                 "-o", str(tmp_path / "x.toml")]) == 2
    err = capsys.readouterr().err
    assert "Không có xã, phường, đặc khu «Hoang Van Thuu»" in err and "Xã Hoàng Văn Thụ" in err
    assert not (tmp_path / "x.toml").exists()
    assert main(["profile", "new", "--province", "Lạng Sơn", "--unit", "Chi Lăng", "--issuer", "ubnd",
                 "--signer", "Chỉ có tên", "-o", str(tmp_path / "x.toml")]) == 2
    assert "Họ tên|QUYỀN HẠN|CHỨC VỤ" in capsys.readouterr().err
    (tmp_path / "x.toml").write_text("keep", encoding="utf-8")
    assert main(["profile", "new", "--province", "Lạng Sơn", "--issuer", "vp", "-o", str(tmp_path / "x.toml")]) == 2
    assert (tmp_path / "x.toml").read_text(encoding="utf-8") == "keep"


def test_profile_units_lists_and_searches(capsys):
    assert main(["profile", "units", "--province", "lam dong", "--search", "phuong 1"]) == 0
    out = capsys.readouterr().out
    assert "Phường 1 Bảo Lộc" in out and "địa danh: Phường 1 Bảo Lộc" in out
    assert main(["profile", "units"]) == 0
    assert "(34 tỉnh, thành phố" in capsys.readouterr().out


def test_generated_profiles_render_every_shipped_template(tmp_path):
    from thongbao_editor.templates import instantiate

    lib = Library(tmp_path)
    p = find_province("Lạng Sơn")
    for unit, issuer in [("Chi Lăng", "ubnd"), ("Chi Lăng", "vp-hdnd-ubnd"), (None, "vp")]:
        spec = build_profile(p, find_unit(p, unit) if unit else None, issuer)
        given = [f"Nguyễn Văn {i}|{' | '.join(s.authority)}" for i, s in zip("ABC", spec.signers, strict=False)]
        set_signers(spec, given)
        for i, person in enumerate(spec.people):
            set_person(spec, f"{person.id}=Lê Thị {'XYZ'[i]}")
        text = profile_toml(spec)
        lib.save_text("agency-profile", spec.key, text)
        prof = lib.profile(spec.key)
        for name in lib.names("notice-template"):
            tpl = lib.template(name)
            notice = instantiate(tpl, prof, tpl.examples())
            assert notice.header.place == spec.place

"""Sample values → an own agency profile, as one edit (checks/sample_swap.py, issue 12)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from thongbao_editor.api import final_refusals
from thongbao_editor.checks.sample import sample_values
from thongbao_editor.checks.sample_swap import name_map, sample_list, sample_swap_op
from thongbao_editor.model.edit import FieldPath, SetField
from thongbao_editor.templates import Library, instantiate
from thongbao_editor.templates.files import PROFILE_KIND
from thongbao_editor.templates.profile_maker import build_profile, profile_toml
from thongbao_editor.templates.units import provinces


def own_profile(lib: Library, name: str = "vp-cua-toi", issuer: str = "vp"):
    province = next(p for p in provinces() if p.name.endswith("Lạng Sơn"))
    spec = build_profile(province, None, issuer)
    for i, item in enumerate([*spec.signers, *spec.people]):
        item.name = f"Nguyễn Thị Thật {i}"
    lib.save_text(PROFILE_KIND, name, profile_toml(spec))
    return lib.profile(name)


@pytest.fixture
def lib(tmp_path):
    return Library(tmp_path)


def sample_notice(lib: Library):
    tpl = lib.template("kiem-tra-ket-luan")
    return instantiate(tpl, lib.profile("vp-ubnd-tinh"), tpl.examples())


def test_template_notice_is_regenerated_with_the_own_profile(lib):
    notice = sample_notice(lib)
    assert {p for p, _ in sample_list(notice)} >= {"signature.signer", "opening.chair.name"}
    assert ("signature.signer", "(Mẫu) Trần Thị Hoa") in sample_list(notice)
    prof = own_profile(lib)
    before = copy.deepcopy(notice)
    op, report = sample_swap_op(notice, lib, prof)
    assert notice == before  # computing the edit changes nothing
    change = op.apply(notice)
    assert sample_values(notice) == [] and report.left == []
    assert notice.signature.signer == prof.signer().name
    assert notice.opening.chair.name == prof.people["pct-tt"].name
    assert notice.template.profile == "vp-cua-toi" and notice.template.signer == prof.signer().id
    assert "signature" in report.regenerated and report.kept == []
    assert not any(f.rule == "form.sample_value" for f in final_refusals(notice))
    change.inverse.apply(notice)
    assert notice == before  # one inverse restores the samples exactly


def test_hand_edited_part_is_kept_and_its_mark_replaced(lib):
    notice = sample_notice(lib)
    edited = "Đồng chí (Mẫu) Nguyễn Văn An đã chỉ đạo; nội dung sửa tay"
    SetField(FieldPath.of("header", "summary"), edited).apply(notice)
    prof = own_profile(lib)
    op, report = sample_swap_op(notice, lib, prof)
    op.apply(notice)
    assert "header.summary" in report.kept
    assert notice.header.summary == edited.replace("(Mẫu) Nguyễn Văn An", prof.people["pct-tt"].name)
    assert sample_values(notice) == []


def test_notice_without_template_is_replaced_field_by_field(lib):
    notice = dataclasses.replace(sample_notice(lib), template=None)
    notice.header.agency = ["(Mẫu) VĂN PHÒNG"]
    notice.opening.attendees = "Tham dự có (Mẫu) Người Lạ, chuyên viên"
    prof = own_profile(lib)
    signer = prof.signers[1]
    op, report = sample_swap_op(notice, lib, prof, signer.id)
    op.apply(notice)
    assert notice.signature.signer == signer.name
    assert notice.signature.authority == signer.authority
    assert notice.header.agency == prof.agency
    assert notice.opening.chair.name == prof.people["pct-tt"].name
    # a sample value nobody can map is left, and still flagged
    assert [f.part for f in report.left] == ["opening.attendees"]
    assert [f.part for f in sample_values(notice)] == ["opening.attendees"]


def test_name_map_matches_by_id_then_title(lib):
    prof = own_profile(lib, "ubnd-cua-toi", "ubnd")
    names = name_map(prof, [lib.profile("vp-ubnd-tinh")])
    assert names["(Mẫu) Lê Văn Cường"] == prof.people["ct"].name
    assert names["(Mẫu) Nguyễn Văn An"] == prof.people["pct-tt"].name
    assert all("(Mẫu)" not in v for v in names.values())


def test_template_gone_falls_back_to_field_by_field(lib):
    notice = sample_notice(lib)
    notice.template = dataclasses.replace(notice.template, name="khong-co-mau-nay")
    prof = own_profile(lib)
    op, report = sample_swap_op(notice, lib, prof)
    op.apply(notice)
    assert report.regenerated == [] and report.left == []
    assert notice.signature.signer == prof.signer().name
    assert notice.template.name == "khong-co-mau-nay"  # the link is left as it was

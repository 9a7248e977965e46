"""Templates tests: the user folder is always a temporary one."""

from __future__ import annotations

import pytest

from thongbao_editor.errors import set_language
from thongbao_editor.templates import Library


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user"
    monkeypatch.setenv("THONGBAO_USER_DIR", str(folder))
    yield folder
    set_language("vi")  # `thongbao --lang en` sets it for the process


@pytest.fixture
def lib(user_dir) -> Library:
    return Library(user_dir)


SEED_VALUES = {
    "unit": "huyện Cao Lộc",
    "sub_units": ["xã Cao Lâu"],
    "inspection_date": "10/4/2024",
    "subject": "Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước; các Chương "
               "trình mục tiêu quốc gia, Chương trình phục hồi phát triển kinh tế - xã hội",
    "basis": ["Chương trình số 15/CTr-UBND ngày 12/3/2024 của UBND tỉnh về kiểm tra tình hình "
              "thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước năm "
              "2024; các Chương trình mục tiêu quốc gia, Chương trình phục hồi phát triển kinh "
              "tế - xã hội năm 2024 trên địa bàn tỉnh Lạng Sơn"],
    "chair.name": "Dương Xuân Huyền",
    "chair.title": "Phó Chủ tịch Thường trực UBND tỉnh",
    "chair_role": "Trưởng Đoàn kiểm tra số 02",
    "attendees": "đồng chí Đinh Hữu Học, Phó Chủ tịch HĐND tỉnh cùng đại diện lãnh đạo Ban Văn "
                 "hóa - Xã hội HĐND tỉnh, Ban Pháp chế HĐND tỉnh; đại diện lãnh đạo các Sở, ban, "
                 "ngành: Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và Phát triển nông thôn, Nội "
                 "vụ, Xây dựng, Giao thông vận tải, Công Thương, Tài nguyên và Môi trường, Lao "
                 "động - Thương binh và Xã hội, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du "
                 "lịch, Thông tin và Truyền thông, Ban Dân tộc tỉnh, Ban Quản lý Khu KTCK Đồng "
                 "Đăng - Lạng Sơn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Văn phòng UBND tỉnh",
    "participants": "lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện; đại diện lãnh "
                    "đạo các phòng, ban, đơn vị liên quan thuộc huyện; lãnh đạo Đảng ủy, HĐND, "
                    "UBND, Ủy ban MTTQ Việt Nam xã Cao Lâu",
    "activities": "kiểm tra thực tế tại một số công trình dự án tại xã Cao Lâu",
    "report_subject": "tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội (KT-XH), dự "
                      "toán ngân sách nhà nước năm 2024; các Chương trình mục tiêu quốc gia "
                      "(CTMTQG), Chương trình phục hồi phát triển KT-XH năm 2024 của huyện",
    "reply_deadline": "2024-04-15",
    "invitation": "GM số 129/GM-UBND",
}

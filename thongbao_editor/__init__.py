"""thongbao-editor: draft Vietnamese conclusion notices (Thông báo kết luận)
and export .docx files that follow Nghị định 30/2020/NĐ-CP."""

__version__ = "0.1.0"

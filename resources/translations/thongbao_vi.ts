<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AbbreviationsSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="283"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="300"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="284"/>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="284"/>
        <source>Meaning</source>
        <translation>Nghĩa đầy đủ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="289"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="290"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="353"/>
        <source>Edit abbreviations</source>
        <translation>Sửa chữ viết tắt</translation>
    </message>
</context>
<context>
    <name>BodySection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="34"/>
        <source>Body tree</source>
        <translation>Cây nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="50"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="63"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="52"/>
        <source>Heading (own line, bold)</source>
        <translation>Đề mục (dòng riêng, in đậm)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="57"/>
        <source>Paragraph text</source>
        <translation>Nội dung đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="62"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="85"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="97"/>
        <source>Add after</source>
        <translation>Thêm sau</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="98"/>
        <source>Add inside</source>
        <translation>Thêm cấp con</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="99"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="285"/>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="100"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="301"/>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="101"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="236"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="102"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="244"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="103"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="108"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="110"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="112"/>
        <source>Insert footnote…</source>
        <translation>Chèn chú thích…</translation>
    </message>
</context>
<context>
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="184"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="184"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="199"/>
        <source>Closing sentence</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="200"/>
        <source>“./.” is added at the end when printed.</source>
        <translation>Khi in, “./.” được thêm vào cuối câu.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="202"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="203"/>
        <source>One per line, as printed after “- ”, e.g. Thường trực Tỉnh ủy (B/c);</source>
        <translation>Mỗi nơi một dòng, in sau “- ”, ví dụ: Thường trực Tỉnh ủy (B/c);</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="204"/>
        <source>Lưu: drafting unit(s)</source>
        <translation>Lưu: đơn vị soạn thảo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="206"/>
        <source>After VT, one per line, e.g. KG-VX</source>
        <translation>Sau VT, mỗi đơn vị một dòng, ví dụ: KG-VX</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="207"/>
        <source>Lưu: copies</source>
        <translation>Lưu: số bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="208"/>
        <source>Lưu: drafter&apos;s initials</source>
        <translation>Lưu: chữ viết tắt người soạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="210"/>
        <source>Printed as</source>
        <translation>Sẽ in là</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="213"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="74"/>
        <location filename="../../thongbao_editor/gui/export.py" line="113"/>
        <source>Export</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="77"/>
        <source>Word (.docx), draft (marked DỰ THẢO)</source>
        <translation>Word (.docx), bản dự thảo (có dấu DỰ THẢO)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="78"/>
        <source>Word (.docx), final, ready to sign</source>
        <translation>Word (.docx), bản chính thức để ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="79"/>
        <source>PDF (through LibreOffice)</source>
        <translation>PDF (qua LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="88"/>
        <source>LibreOffice is not installed.</source>
        <translation>Chưa cài LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="93"/>
        <location filename="../../thongbao_editor/gui/export.py" line="145"/>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="94"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="96"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="108"/>
        <source>Problems</source>
        <translation>Các lỗi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="168"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="191"/>
        <source>Export failed: %s
The notice is still open and unchanged.</source>
        <translation>Xuất không thành công: %s
Thông báo vẫn đang mở và không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="195"/>
        <source>Exported to %s</source>
        <translation>Đã xuất ra %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="205"/>
        <source>The final version cannot be exported yet. Activate a problem to go to its field:</source>
        <translation>Chưa thể xuất bản chính thức. Chọn (Enter/nhấp đúp) một lỗi để đến ô cần sửa:</translation>
    </message>
</context>
<context>
    <name>FootnotesSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="64"/>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="74"/>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="65"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="65"/>
        <source>In</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="65"/>
        <source>Footnote text</source>
        <translation>Nội dung chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="90"/>
        <source>Closing</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="92"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="125"/>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="130"/>
        <source>Edit footnote</source>
        <translation>Sửa chú thích</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="77"/>
        <source>Required before a final export</source>
        <translation>Bắt buộc trước khi xuất bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="160"/>
        <source>(no date)</source>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="183"/>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="30"/>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="31"/>
        <source>One line each; leave empty when there is none.</source>
        <translation>Mỗi dòng một dòng in; để trống nếu không có.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="32"/>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="33"/>
        <source>One line each, e.g. ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN</source>
        <translation>Mỗi dòng một dòng in, ví dụ: ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="34"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="35"/>
        <source>Leave empty until the notice is registered.</source>
        <translation>Để trống cho đến khi văn thư cấp số.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="36"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="37"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="39"/>
        <source>Document type</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="40"/>
        <source>Summary (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="42"/>
        <source>Final version, ready to sign (no DỰ THẢO mark)</source>
        <translation>Bản chính thức để ký (không có dấu DỰ THẢO)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="43"/>
        <source>Final version</source>
        <translation>Bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="45"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="46"/>
        <source>A view and export setting; it is not saved in the draft.</source>
        <translation>Chỉ ảnh hưởng việc xem và xuất; không lưu vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="59"/>
        <source>Document information</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="68"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="94"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="69"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="70"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="92"/>
        <source>Date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="93"/>
        <source>Day and month may stay blank (…) until registration.</source>
        <translation>Ngày và tháng có thể để trống (…) cho đến khi đăng ký.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="117"/>
        <source>&amp;File</source>
        <extracomment>Navigation order: (key, section class). Keys are the first part of a problem path, so a problem jumps to its section.</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="118"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="119"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="120"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="121"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="122"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="123"/>
        <source>&amp;New</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="123"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="124"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="125"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="126"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất văn bản…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="127"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="128"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="130"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="132"/>
        <source>Document information</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="132"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="133"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="133"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="134"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="134"/>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="135"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="140"/>
        <source>Parts of the notice</source>
        <translation>Các phần của thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="214"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="215"/>
        <source>Conclusion notice editor</source>
        <translation>Soạn thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="233"/>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="234"/>
        <source>The notice has unsaved changes. Save them?</source>
        <translation>Thông báo có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="250"/>
        <source>Open draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="264"/>
        <source>Cannot open the draft</source>
        <translation>Không mở được bản nháp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/main_window.py" line="271"/>
        <source>%n field(s) had characters removed on loading.</source>
        <translation>
            <numerusform>%n trường đã bị xóa ký tự không hợp lệ khi mở.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="279"/>
        <source>an untitled notice</source>
        <translation>thông báo chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="281"/>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục phần chưa lưu?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="282"/>
        <source>The editor did not close normally. Unsaved changes to %s (autosaved %s) can be recovered. Recover them?</source>
        <translation>Lần trước chương trình không đóng bình thường. Có thể khôi phục các thay đổi chưa lưu của %s (tự động lưu lúc %s). Khôi phục không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="316"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="327"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="335"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="346"/>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="366"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="367"/>
        <source>Thông báo editor %s — drafts conclusion notices following Nghị định 30/2020/NĐ-CP.</source>
        <translation>Trình soạn Thông báo %s — soạn thông báo kết luận theo Nghị định 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>OpeningSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="102"/>
        <source>Implementing</source>
        <translation>Thực hiện (văn bản)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="103"/>
        <source>The documents the inspection implements, one per line.</source>
        <translation>Các văn bản mà cuộc kiểm tra thực hiện, mỗi văn bản một dòng.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="104"/>
        <source>Inspection date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="106"/>
        <source>Chair</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="107"/>
        <source>Chair&apos;s title</source>
        <translation>Chức vụ người chủ trì</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="109"/>
        <source>Role in the inspection</source>
        <translation>Vai trò trong đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="110"/>
        <source>Inspected units</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="111"/>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="113"/>
        <source>Participants of the unit</source>
        <translation>Thành phần của đơn vị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="114"/>
        <source>After (activities)</source>
        <translation>Sau khi (hoạt động)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="116"/>
        <source>Reported by</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="119"/>
        <source>Report subject</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="121"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="123"/>
        <source>Generated opening</source>
        <translation>Phần mở đầu tự tạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="124"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="165"/>
        <source>Write the opening myself</source>
        <translation>Tự viết phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="131"/>
        <source>Opening text</source>
        <translation>Nội dung mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="132"/>
        <source>One paragraph per line; replaces the generated text.</source>
        <translation>Mỗi đoạn một dòng; thay cho phần tự tạo.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="135"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="165"/>
        <source>Use the generated opening</source>
        <translation>Dùng phần mở đầu tự tạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="175"/>
        <source>Edit the opening</source>
        <translation>Sửa phần mở đầu</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="91"/>
        <source>Live preview</source>
        <extracomment>Emitted after the live view was refreshed (seconds it took).</extracomment>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="92"/>
        <source>Page view</source>
        <translation>Xem trang in</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="95"/>
        <source>LibreOffice is not installed, so the exact page view is not available. The live preview shows the same content; install LibreOffice (libreoffice-writer) to see pages and page numbers as printed.</source>
        <translation>Chưa cài LibreOffice nên không xem được trang in chính xác. Phần Xem trước vẫn hiển thị đúng nội dung; hãy cài LibreOffice (libreoffice-writer) để xem từng trang và số trang như khi in.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="163"/>
        <source>Laying out the pages with LibreOffice…</source>
        <translation>Đang dàn trang bằng LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="198"/>
        <source>The page view could not be made: %s</source>
        <translation>Không tạo được trang in: %s</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="193"/>
        <source>Insert footnote</source>
        <translation>Chèn chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="194"/>
        <source>Footnote text (**bold**, *italic* allowed):</source>
        <translation>Nội dung chú thích (có thể dùng **đậm**, *nghiêng*):</translation>
    </message>
</context>
<context>
    <name>SignatureSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="247"/>
        <source>Authority preset</source>
        <extracomment>Authority presets (the wording of the notice, not of the interface).</extracomment>
        <translation>Mẫu thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="250"/>
        <source>Use preset</source>
        <translation>Dùng mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="254"/>
        <source>Preset</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="255"/>
        <source>Fills the lines below; edit them freely afterwards.</source>
        <translation>Điền sẵn các dòng bên dưới; sau đó có thể sửa tự do.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="256"/>
        <source>Authority and title</source>
        <translation>Quyền hạn và chức vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="258"/>
        <source>One line each, printed in capitals.</source>
        <translation>Mỗi dòng một dòng in, in chữ hoa.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="259"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="262"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="269"/>
        <source>Use authority preset</source>
        <translation>Dùng mẫu thẩm quyền ký</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="51"/>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="85"/>
        <source>Edit paragraph text</source>
        <translation>Sửa nội dung đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="118"/>
        <source>Change paragraph level</source>
        <translation>Đổi cấp đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="138"/>
        <source>Add paragraph</source>
        <translation>Thêm đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="152"/>
        <source>Delete paragraph</source>
        <translation>Xóa đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="172"/>
        <source>Move paragraph</source>
        <translation>Di chuyển đoạn</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="28"/>
        <source>Section (I.)</source>
        <translation>Mục (I.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="29"/>
        <source>Clause (1.)</source>
        <translation>Khoản (1.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="30"/>
        <source>Sub-clause (1.1.)</source>
        <translation>Tiểu khoản (1.1.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="31"/>
        <source>Point (a))</source>
        <translation>Điểm (a))</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="32"/>
        <source>Dash item (-)</source>
        <translation>Gạch đầu dòng (-)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="33"/>
        <source>Plus item (+)</source>
        <translation>Dấu cộng (+)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="34"/>
        <source>Plain paragraph</source>
        <translation>Đoạn văn thường</translation>
    </message>
</context>
</TS>

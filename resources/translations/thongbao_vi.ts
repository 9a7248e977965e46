<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AbbreviationsSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="327"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="344"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="328"/>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="328"/>
        <source>Meaning</source>
        <translation>Nghĩa đầy đủ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="333"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="334"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="397"/>
        <source>Edit abbreviations</source>
        <translation>Sửa chữ viết tắt</translation>
    </message>
</context>
<context>
    <name>AppendicesSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="68"/>
        <source>Appendices</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="72"/>
        <source>Add task appendix</source>
        <translation>Thêm phụ lục phân công nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="73"/>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="144"/>
        <source>Remove appendix</source>
        <translation>Xóa phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="74"/>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="75"/>
        <source>Title of the appendix</source>
        <translation>Tên phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="76"/>
        <source>Landscape pages</source>
        <translation>Trang nằm ngang</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="78"/>
        <source>Table of the appendix</source>
        <translation>Bảng của phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="121"/>
        <source>To refer to this appendix in the body, type %1 (printed as its current number).</source>
        <translation>Để dẫn chiếu phụ lục này trong nội dung, gõ %1 (khi in thành số hiện tại của phụ lục).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="136"/>
        <source>Task assignments</source>
        <translation>Phân công nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="138"/>
        <source>Add appendix</source>
        <translation>Thêm phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="153"/>
        <source>Edit appendix title</source>
        <translation>Sửa tên phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/appendices.py" line="160"/>
        <source>Change page orientation</source>
        <translation>Đổi hướng trang</translation>
    </message>
</context>
<context>
    <name>BodySection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="38"/>
        <source>Body tree</source>
        <translation>Cây nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="54"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="69"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="56"/>
        <source>Heading (own line, bold)</source>
        <translation>Đề mục (dòng riêng, in đậm)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="62"/>
        <source>Paragraph text</source>
        <translation>Nội dung đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="68"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="93"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="105"/>
        <source>Add after</source>
        <translation>Thêm sau</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="106"/>
        <source>Add inside</source>
        <translation>Thêm cấp con</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="107"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="343"/>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="108"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="358"/>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="109"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="289"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="110"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="297"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="111"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="112"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="250"/>
        <source>Insert table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="113"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="253"/>
        <source>Insert task table</source>
        <translation>Chèn bảng phân công nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="120"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="122"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="124"/>
        <source>Insert footnote…</source>
        <translation>Chèn chú thích…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="408"/>
        <source>Paste paragraphs</source>
        <translation>Dán các đoạn</translation>
    </message>
</context>
<context>
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="182"/>
        <source>[table, %1 rows]</source>
        <translation>[bảng, %1 hàng]</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="201"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="201"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ChangeValuesDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="303"/>
        <source>Change template values</source>
        <translation>Đổi giá trị của mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="304"/>
        <source>Template %s, profile %s. Parts of the notice you have not edited are written again with the new values; parts you edited are kept and listed afterwards.</source>
        <translation>Mẫu %s, hồ sơ %s. Những phần của thông báo chưa sửa tay sẽ được viết lại theo giá trị mới; những phần đã sửa tay được giữ nguyên và liệt kê sau khi áp dụng.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="234"/>
        <source>Closing sentence</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="235"/>
        <source>“./.” is added at the end when printed.</source>
        <translation>Khi in, “./.” được thêm vào cuối câu.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="237"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="238"/>
        <source>One per line, as printed after “- ”, e.g. Thường trực Tỉnh ủy (B/c);</source>
        <translation>Mỗi nơi một dòng, in sau “- ”, ví dụ: Thường trực Tỉnh ủy (B/c);</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="240"/>
        <source>Lưu: drafting unit(s)</source>
        <translation>Lưu: đơn vị soạn thảo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="242"/>
        <source>After VT, one per line, e.g. KG-VX</source>
        <translation>Sau VT, mỗi đơn vị một dòng, ví dụ: KG-VX</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="243"/>
        <source>Lưu: copies</source>
        <translation>Lưu: số bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="244"/>
        <source>Lưu: drafter&apos;s initials</source>
        <translation>Lưu: chữ viết tắt người soạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="246"/>
        <source>Printed as</source>
        <translation>Sẽ in là</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="249"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="189"/>
        <source>Compare versions</source>
        <translation>So sánh phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="190"/>
        <source>Old: %s</source>
        <translation>Bản cũ: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="190"/>
        <source>old version</source>
        <translation>bản cũ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="191"/>
        <source>New: %s</source>
        <translation>Bản mới: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="191"/>
        <source>new version</source>
        <translation>bản mới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="192"/>
        <source>◀ Previous (Shift+F8)</source>
        <translation>◀ Trước (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="193"/>
        <source>Next (F8) ▶</source>
        <translation>Sau (F8) ▶</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="194"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="195"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="196"/>
        <source>Accept all</source>
        <translation>Chấp nhận tất cả</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="197"/>
        <source>Reject all</source>
        <translation>Từ chối tất cả</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="203"/>
        <source>The two versions are the same.</source>
        <translation>Hai bản giống nhau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/review.py" line="206"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n chỗ khác nhau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="208"/>
        <source>%1 accepted, %2 rejected, %3 left</source>
        <translation>%1 đã chấp nhận, %2 đã từ chối, còn %3</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="213"/>
        <source>tracked changes by %s</source>
        <translation>thay đổi được theo dõi của %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="260"/>
        <source>moved from %s</source>
        <translation>chuyển từ %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="264"/>
        <source>by %s</source>
        <translation>do %s sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="304"/>
        <location filename="../../thongbao_editor/gui/review.py" line="316"/>
        <source>Cannot accept the change</source>
        <translation>Không chấp nhận được thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="318"/>
        <source>Accept change at %s</source>
        <translation>Chấp nhận thay đổi tại %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="343"/>
        <source>Accept all changes</source>
        <translation>Chấp nhận mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="225"/>
        <source>footnote %d</source>
        <translation>chú thích %d</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/review.py" line="305"/>
        <source>Another draft was opened meanwhile; compare again.</source>
        <translation>Trong lúc đó đã mở một bản nháp khác; hãy so sánh lại.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="105"/>
        <source>Export</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="108"/>
        <source>Word (.docx), draft (marked DỰ THẢO)</source>
        <translation>Word (.docx), bản dự thảo (có dấu DỰ THẢO)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="109"/>
        <source>Word (.docx), final, ready to sign</source>
        <translation>Word (.docx), bản chính thức để ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="110"/>
        <source>PDF (through LibreOffice)</source>
        <translation>PDF (qua LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="119"/>
        <source>LibreOffice is not installed.</source>
        <translation>Chưa cài LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="124"/>
        <location filename="../../thongbao_editor/gui/export.py" line="160"/>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="125"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="128"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="183"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="202"/>
        <source>Export failed: %s
The notice is still open and unchanged.</source>
        <translation>Xuất không thành công: %s
Thông báo vẫn đang mở và không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="206"/>
        <source>Exported to %s</source>
        <translation>Đã xuất ra %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="219"/>
        <source>The final version cannot be exported yet. Activate a problem to go to its field:</source>
        <translation>Chưa thể xuất bản chính thức. Chọn (Enter/nhấp đúp) một lỗi để đến ô cần sửa:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="117"/>
        <source>(no date)</source>
        <extracomment>The user changed the value. The user changed this field: its value is handed to the engine.</extracomment>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="119"/>
        <source>e.g. 12, 115.492 or 25,65</source>
        <translation>ví dụ 12, 115.492 hoặc 25,65</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="121"/>
        <source>One item per line</source>
        <translation>Mỗi dòng một mục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="123"/>
        <source>Someone else…</source>
        <translation>Người khác…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="124"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="124"/>
        <source>Title (chức vụ)</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="125"/>
        <source>Role (optional)</source>
        <translation>Vai trò (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="130"/>
        <source>as written in a sentence: huyện Cao Lộc, xã Bình Trung, Sở Tài chính</source>
        <translation>viết như trong câu văn: huyện Cao Lộc, xã Bình Trung, Sở Tài chính</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="75"/>
        <source>another editor</source>
        <translation>một trình soạn thảo khác</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="76"/>
        <source>Already open</source>
        <translation>Tệp đang được mở</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="77"/>
        <source>%1 is already open in another editor (%2).

Open it read-only? Editing it in both would make one editor replace the other&apos;s work.</source>
        <translation>%1 đang được mở trong một trình soạn thảo khác (%2).

Mở ở chế độ chỉ đọc? Nếu sửa ở cả hai nơi, bên lưu sau sẽ ghi đè công sức của bên kia.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="80"/>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="81"/>
        <source>Edit anyway</source>
        <translation>Vẫn sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="121"/>
        <source>This notice is open read-only (another editor has it open); use Save as to keep your own copy.</source>
        <translation>Thông báo này đang mở ở chế độ chỉ đọc (một trình soạn thảo khác đang mở tệp); hãy dùng Lưu thành để giữ bản của mình.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="129"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="130"/>
        <source>This notice is open read-only because another editor has it open. Use Save as to keep your own copy.</source>
        <translation>Thông báo này đang mở ở chế độ chỉ đọc vì một trình soạn thảo khác đang mở tệp. Hãy dùng Lưu thành để giữ bản của mình.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="146"/>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="156"/>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="176"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="147"/>
        <source>%1 is open in another editor; save under another name.</source>
        <translation>%1 đang được mở trong một trình soạn thảo khác; hãy lưu với tên khác.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="183"/>
        <source>Changed on disk</source>
        <translation>Tệp đã bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="184"/>
        <source>%1 was changed on disk by another editor or program since you opened it.

Reload it (your changes here are lost), overwrite it with your version (the other changes are lost), or save yours under another name?</source>
        <translation>%1 đã bị một trình soạn thảo hoặc chương trình khác thay đổi từ khi bạn mở.

Mở lại bản trên đĩa (mất các thay đổi ở đây), ghi đè bằng bản của bạn (mất các thay đổi kia), hay lưu bản của bạn với tên khác?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="188"/>
        <source>Reload</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="189"/>
        <source>Overwrite</source>
        <translation>Ghi đè</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/file_guard.py" line="190"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="189"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="190"/>
        <source>Find and &amp;replace…</source>
        <translation>Tìm và &amp;thay thế…</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="74"/>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="75"/>
        <source>Re&amp;place with:</source>
        <translation>Th&amp;ay bằng:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="76"/>
        <source>Match &amp;case</source>
        <translation>Phân biệt &amp;hoa thường</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="77"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Nguyên từ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="78"/>
        <source>Find &amp;next</source>
        <translation>Tìm t&amp;iếp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="79"/>
        <source>&amp;Replace</source>
        <translation>&amp;Thay</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="80"/>
        <source>Replace &amp;all</source>
        <translation>Thay tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="81"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="82"/>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="92"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="83"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="84"/>
        <source>Letters typed without diacritics also find the accented ones: “ubnd xa” finds “UBND xã”.</source>
        <translation>Chữ gõ không dấu tìm được cả chữ có dấu: “ubnd xa” tìm thấy “UBND xã”.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="92"/>
        <source>Find and replace</source>
        <translation>Tìm và thay thế</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="121"/>
        <source>Not found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="130"/>
        <source>Match %1 of %2</source>
        <translation>Kết quả %1 / %2</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="143"/>
        <source>Replace “%1”</source>
        <translation>Thay “%1”</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/find_replace.py" line="152"/>
        <source>Replace all “%1”</source>
        <translation>Thay tất cả “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/find_replace.py" line="154"/>
        <source>%n replacement(s).</source>
        <translation>
            <numerusform>Đã thay %n chỗ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="536"/>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="537"/>
        <source>&amp;Findings</source>
        <translation>&amp;Kết quả kiểm tra</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="273"/>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="275"/>
        <source>paragraph %1</source>
        <translation>đoạn %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="277"/>
        <source>footnote %1</source>
        <translation>chú thích %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="308"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="319"/>
        <source>Silenced for this notice: %1</source>
        <translation>Đã tắt cho thông báo này: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="338"/>
        <source>The check failed: %1</source>
        <translation>Kiểm tra gặp lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="340"/>
        <source>No findings.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="342"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="343"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="344"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n gợi ý</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="348"/>
        <source>Show the findings</source>
        <translation>Xem kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="381"/>
        <source>Rule %1 is silenced for this notice. Reason: %2</source>
        <translation>Quy tắc %1 đã được tắt cho thông báo này. Lý do: %2</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="384"/>
        <source>Select a finding to see what to do about it.</source>
        <translation>Chọn một mục để xem cách xử lý.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="390"/>
        <source>Suggestion: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="392"/>
        <source>(delete)</source>
        <translation>(xóa)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="393"/>
        <source>Quick fix: replace with «%1»</source>
        <translation>Sửa nhanh: thay bằng «%1»</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="453"/>
        <source>This quick fix no longer applies.</source>
        <translation>Không còn sửa nhanh được chỗ này.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="455"/>
        <source>Quick fix: %1</source>
        <translation>Sửa nhanh: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="471"/>
        <source>Silence rule %1</source>
        <translation>Tắt quy tắc %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="480"/>
        <source>Turn rule %1 on again</source>
        <translation>Bật lại quy tắc %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="490"/>
        <source>Silence a rule for this notice</source>
        <translation>Tắt một quy tắc cho thông báo này</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="491"/>
        <source>Why is “%1” not a fault in this notice? The reason is kept in the draft.</source>
        <translation>Vì sao «%1» không phải là lỗi trong thông báo này? Lý do được lưu trong bản nháp.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="494"/>
        <source>A rule is silenced only with a reason.</source>
        <translation>Chỉ tắt được quy tắc khi có lý do.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="504"/>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="504"/>
        <source>Finding</source>
        <translation>Nội dung phát hiện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="505"/>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="506"/>
        <source>Go to</source>
        <translation>Đi tới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="507"/>
        <source>Apply quick fix</source>
        <translation>Sửa nhanh</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="508"/>
        <source>Replace sample values with my agency profile…</source>
        <translation>Thay giá trị mẫu bằng hồ sơ cơ quan của tôi…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="509"/>
        <source>Silence rule…</source>
        <translation>Tắt quy tắc…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="510"/>
        <source>Turn rule on again</source>
        <translation>Bật lại quy tắc</translation>
    </message>
</context>
<context>
    <name>FootnotesSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="27"/>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="38"/>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="28"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="28"/>
        <source>In</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="28"/>
        <source>Footnote text</source>
        <translation>Nội dung chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="54"/>
        <source>Closing</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="56"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="88"/>
        <source>Edit footnote</source>
        <translation>Sửa chú thích</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="97"/>
        <source>Required before a final export</source>
        <translation>Bắt buộc trước khi xuất bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="192"/>
        <source>(no date)</source>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="216"/>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
</context>
<context>
    <name>HandoffAction</name>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="190"/>
        <source>Export signing &amp;package…</source>
        <translation>Xuất &amp;hồ sơ trình ký…</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="47"/>
        <source>Export signing package</source>
        <translation>Xuất hồ sơ trình ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="51"/>
        <source>For the văn thư: the final .docx, a PDF/A-2b with every font embedded for the signing tool, and the registration data (.metadata.json). The number and the day may stay blank: the văn thư gives them at registration.</source>
        <translation>Hồ sơ cho văn thư: tệp .docx bản chính thức, tệp PDF/A-2b nhúng đủ phông chữ cho công cụ ký số, và thông tin đăng ký văn bản (.metadata.json). Số và ngày có thể để trống: văn thư điền khi đăng ký, cấp số.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="61"/>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="93"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="62"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="67"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="69"/>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="71"/>
        <source>Digital signature: leave room for the signature and seal images</source>
        <translation>Ký số: chừa chỗ cho hình ảnh chữ ký và con dấu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="84"/>
        <source>LibreOffice is not installed, so the PDF cannot be made. Install LibreOffice (package libreoffice-writer) and try again.</source>
        <translation>Chưa cài LibreOffice nên không tạo được tệp PDF. Hãy cài LibreOffice (gói libreoffice-writer) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="113"/>
        <source>Replace files?</source>
        <translation>Ghi đè tệp?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="114"/>
        <source>%s already exist in this folder. Replace them?</source>
        <translation>Thư mục này đã có %s. Ghi đè?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="119"/>
        <source>Making the package…</source>
        <translation>Đang tạo hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="137"/>
        <source>The package could not be made: %s
The notice is still open and unchanged.</source>
        <translation>Không tạo được hồ sơ: %s
Thông báo vẫn đang mở, không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="141"/>
        <source>Written to %1: .docx, PDF/A-2b (%2 pages), .metadata.json.</source>
        <translation>Đã ghi vào %1: .docx, PDF/A-2b (%2 trang), .metadata.json.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/handoff_dialog.py" line="148"/>
        <source>The notice is not ready to sign yet. Activate a problem to go to its field:</source>
        <translation>Thông báo chưa sẵn sàng để ký. Chọn một vấn đề để đến ô cần sửa:</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="31"/>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="32"/>
        <source>One line each; leave empty when there is none.</source>
        <translation>Mỗi dòng một dòng in; để trống nếu không có.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="33"/>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="34"/>
        <source>One line each, e.g. ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN</source>
        <translation>Mỗi dòng một dòng in, ví dụ: ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="35"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="36"/>
        <source>Leave empty until the notice is registered.</source>
        <translation>Để trống cho đến khi văn thư cấp số.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="37"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="38"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="40"/>
        <source>Document type</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="41"/>
        <source>Summary (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="43"/>
        <source>For the registration data of the hand-off package; the văn thư stamps the mark at issuance (not printed by this program).</source>
        <translation>Ghi vào dữ liệu đăng ký của hồ sơ trình ký; văn thư đóng dấu khi phát hành (chương trình không in dấu này).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="45"/>
        <source>Urgency (độ khẩn)</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="46"/>
        <source>(not urgent)</source>
        <translation>(không khẩn)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="48"/>
        <source>Confidentiality (độ mật)</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="49"/>
        <source>(not confidential)</source>
        <translation>(không mật)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="50"/>
        <source>Final version, ready to sign (no DỰ THẢO mark)</source>
        <translation>Bản chính thức để ký (không có dấu DỰ THẢO)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="51"/>
        <source>Final version</source>
        <translation>Bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="53"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="54"/>
        <source>A view and export setting; it is not saved in the draft.</source>
        <translation>Chỉ ảnh hưởng việc xem và xuất; không lưu vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="67"/>
        <source>Document information</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="76"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="102"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="77"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="78"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="100"/>
        <source>Date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="101"/>
        <source>Day and month may stay blank (…) until registration.</source>
        <translation>Ngày và tháng có thể để trống (…) cho đến khi đăng ký.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="156"/>
        <source>&amp;Import from Word file…</source>
        <translation>&amp;Nhập từ tệp Word…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="157"/>
        <source>Open a notice written in Word (.docx, .doc, .odt) as a new draft</source>
        <translation>Mở một thông báo soạn bằng Word (.docx, .doc, .odt) thành bản nháp mới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="189"/>
        <source>Import from Word file</source>
        <translation>Nhập từ tệp Word</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="190"/>
        <source>Word documents (*.docx *.doc *.odt *.rtf);;All files (*)</source>
        <translation>Văn bản Word (*.docx *.doc *.odt *.rtf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="206"/>
        <source>Cannot import the file</source>
        <translation>Không nhập được tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="217"/>
        <source>Imported %1: %2 of %3 parts recognised, %4 paragraph(s) not placed.</source>
        <translation>Đã nhập %1: nhận ra %2/%3 phần, %4 đoạn chưa xếp được.</translation>
    </message>
</context>
<context>
    <name>ImportDock</name>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="123"/>
        <source>Import results</source>
        <translation>Kết quả nhập</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="61"/>
        <source>Recognised</source>
        <extracomment>Where an item of the tree leads: (&quot;section&quot;, key) or (&quot;body&quot;, path).</extracomment>
        <translation>Đã nhận ra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="64"/>
        <source>(not found)</source>
        <translation>(không thấy)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="68"/>
        <source>Kept as plain paragraphs (not placed)</source>
        <translation>Giữ lại thành đoạn thường (chưa xếp được)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="70"/>
        <source>Paragraph %1: %2</source>
        <translation>Đoạn %1: %2</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="76"/>
        <source>Warnings</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="82"/>
        <source>Tracked changes</source>
        <translation>Thay đổi được theo dõi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="105"/>
        <source>Part</source>
        <translation>Phần</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/import_report.py" line="105"/>
        <source>What was found</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>IssuerPage</name>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="122"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="123"/>
        <source>Who signs the notices: the People&apos;s Committee in its own name, its Office, or a department.</source>
        <translation>Thông báo ban hành bằng tên ai: Ủy ban nhân dân, Văn phòng hay một sở, ngành.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="127"/>
        <source>e.g. Sở Tài chính</source>
        <translation>ví dụ: Sở Tài chính</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="135"/>
        <source>Body:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="136"/>
        <source>Department:</source>
        <translation>Tên sở:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="169"/>
        <source>Số: …/%s — %s, ngày … tháng … năm …</source>
        <translation>Số: …/%s — %s, ngày … tháng … năm …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="353"/>
        <source>[read-only]</source>
        <translation>[chỉ đọc]</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="185"/>
        <source>&amp;File</source>
        <extracomment>Navigation order: (key, section class). Keys are the first part of a problem path, so a problem jumps to its section.</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="187"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="189"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="190"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="191"/>
        <source>&amp;New</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="191"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="192"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="193"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="194"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất văn bản…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="195"/>
        <location filename="../../thongbao_editor/gui/main_window.py" line="339"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="196"/>
        <location filename="../../thongbao_editor/gui/main_window.py" line="340"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="198"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="199"/>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="201"/>
        <source>Document information</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="201"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="202"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="202"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="203"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="203"/>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="204"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="204"/>
        <source>Appendices</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="209"/>
        <source>Parts of the notice</source>
        <translation>Các phần của thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="218"/>
        <source>User &amp;guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/main_window.py" line="322"/>
        <source>%n field(s) to fill before the final version</source>
        <translation>
            <numerusform>Còn %n mục cần điền trước khi xuất bản chính thức</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="323"/>
        <source>Ready for the final version</source>
        <translation>Đủ nội dung để xuất bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="339"/>
        <source>&amp;Undo %s</source>
        <translation>&amp;Hoàn tác: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="340"/>
        <source>&amp;Redo %s</source>
        <translation>&amp;Làm lại: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="351"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="354"/>
        <source>Conclusion notice editor</source>
        <translation>Soạn thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="372"/>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="373"/>
        <source>The notice has unsaved changes. Save them?</source>
        <translation>Thông báo có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="389"/>
        <source>Open draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="403"/>
        <source>Cannot open the draft</source>
        <translation>Không mở được bản nháp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/main_window.py" line="416"/>
        <source>%n field(s) had characters removed on loading.</source>
        <translation>
            <numerusform>%n trường đã bị xóa ký tự không hợp lệ khi mở.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="425"/>
        <source>an untitled notice</source>
        <translation>thông báo chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="427"/>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục phần chưa lưu?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="428"/>
        <source>The editor did not close normally. Unsaved changes to %s (autosaved %s) can be recovered. Recover them?</source>
        <translation>Lần trước chương trình không đóng bình thường. Có thể khôi phục các thay đổi chưa lưu của %s (tự động lưu lúc %s). Khôi phục không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="465"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="482"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="493"/>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="520"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="521"/>
        <source>Thông báo editor %s — drafts conclusion notices following Nghị định 30/2020/NĐ-CP.</source>
        <translation>Trình soạn Thông báo %s — soạn thông báo kết luận theo Nghị định 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="181"/>
        <source>Signers and leaders</source>
        <translation>Người ký và lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="182"/>
        <source>Type the real full names (no academic titles). They appear in the signature block and in the notices&apos; opening.</source>
        <translation>Gõ họ tên thật (không ghi học hàm, học vị). Họ tên xuất hiện ở khối ký và phần mở đầu của thông báo.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="213"/>
        <source>Place name (Nghị định 30):</source>
        <translation>Địa danh (Nghị định 30):</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="214"/>
        <source>Name in the library:</source>
        <translation>Tên hồ sơ trong thư viện:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="225"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="233"/>
        <source>Every name is needed.</source>
        <translation>Cần nhập đủ mọi họ tên.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="234"/>
        <source>Library name: lower-case letters without diacritics, digits, hyphens.</source>
        <translation>Tên hồ sơ: chữ thường không dấu, chữ số, dấu gạch ngang.</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="219"/>
        <source>New notice from a template</source>
        <translation>Tạo thông báo mới từ mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="220"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="222"/>
        <source>Issuing &amp;agency profile:</source>
        <translation>Hồ sơ &amp;cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="224"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="236"/>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="238"/>
        <source>sample</source>
        <translation>mẫu ví dụ</translation>
    </message>
</context>
<context>
    <name>OpeningSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="110"/>
        <source>Implementing</source>
        <translation>Thực hiện (văn bản)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="111"/>
        <source>The documents the inspection implements, one per line.</source>
        <translation>Các văn bản mà cuộc kiểm tra thực hiện, mỗi văn bản một dòng.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="112"/>
        <source>Inspection date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="114"/>
        <source>Chair</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="115"/>
        <source>Chair&apos;s title</source>
        <translation>Chức vụ người chủ trì</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="117"/>
        <source>Role in the inspection</source>
        <translation>Vai trò trong đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="118"/>
        <source>Inspected units</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="119"/>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="121"/>
        <source>Participants of the unit</source>
        <translation>Thành phần của đơn vị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="122"/>
        <source>After (activities)</source>
        <translation>Sau khi (hoạt động)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="124"/>
        <source>Reported by</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="127"/>
        <source>Report subject</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="129"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="131"/>
        <source>Generated opening</source>
        <translation>Phần mở đầu tự tạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="132"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="200"/>
        <source>Write the opening myself</source>
        <translation>Tự viết phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="139"/>
        <source>Opening text</source>
        <translation>Nội dung mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="140"/>
        <source>One paragraph per line; replaces the generated text.</source>
        <translation>Mỗi đoạn một dòng; thay cho phần tự tạo.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="153"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="161"/>
        <source>This notice has no generated opening: the template it was made from wrote the opening text below.</source>
        <translation>Thông báo này không có phần mở đầu tự tạo: mẫu dùng để tạo thông báo đã viết sẵn phần mở đầu ở ô dưới.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="200"/>
        <source>Use the generated opening</source>
        <translation>Dùng phần mở đầu tự tạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="210"/>
        <source>Edit the opening</source>
        <translation>Sửa phần mở đầu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="93"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="94"/>
        <location filename="../../thongbao_editor/gui/preferences.py" line="120"/>
        <source>LibreOffice program</source>
        <translation>Chương trình LibreOffice</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="94"/>
        <location filename="../../thongbao_editor/gui/preferences.py" line="126"/>
        <source>User template library</source>
        <translation>Thư mục mẫu của người dùng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="95"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="95"/>
        <source>Autosave every</source>
        <translation>Tự động lưu sau mỗi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="98"/>
        <location filename="../../thongbao_editor/gui/preferences.py" line="99"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="100"/>
        <source>found automatically</source>
        <translation>tự tìm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="102"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="110"/>
        <source>Page view and PDF use: %s</source>
        <translation>Xem trang in và PDF dùng: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="112"/>
        <source>No program at this path.</source>
        <translation>Không có chương trình ở đường dẫn này.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="115"/>
        <source>LibreOffice was not found. The page view and PDF export need it (free, from libreoffice.org); writing and exporting .docx work without it.</source>
        <translation>Chưa tìm thấy LibreOffice. Xem trang in và xuất PDF cần LibreOffice (miễn phí, tải tại libreoffice.org); soạn thảo và xuất .docx vẫn dùng được khi không có.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="135"/>
        <source>The LibreOffice program %s does not exist or cannot be run.</source>
        <translation>Chương trình LibreOffice %s không tồn tại hoặc không chạy được.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="138"/>
        <source>%s is a file, not a folder.</source>
        <translation>%s là một tệp, không phải thư mục.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="122"/>
        <source>Live preview</source>
        <extracomment>Set from the GUI thread to stop a running LibreOffice (on close). Emitted after the live view was refreshed (seconds it took).</extracomment>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="123"/>
        <source>Page view</source>
        <translation>Xem trang in</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="124"/>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="127"/>
        <source>LibreOffice was not found, so the exact page view is not available. The live preview shows the same content. To see pages and page numbers as printed, install LibreOffice (free, from libreoffice.org) or set where it is in File &gt; Preferences.</source>
        <translation>Chưa tìm thấy LibreOffice nên không xem được trang in chính xác. Phần Xem trước vẫn hiển thị đúng nội dung. Muốn xem từng trang và số trang như khi in, hãy cài LibreOffice (miễn phí, tại libreoffice.org) hoặc chỉ chỗ đã cài trong Tệp → Tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="224"/>
        <source>Laying out the pages with LibreOffice…</source>
        <extracomment>Width in pixels of the text block of an A4 page (165 mm at 96 dpi) plus margins.</extracomment>
        <translation>Đang dàn trang bằng LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="271"/>
        <source>The page view could not be made: %s</source>
        <translation>Không tạo được trang in: %s</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="265"/>
        <source>Set up my office</source>
        <translation>Thiết lập cơ quan của tôi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="283"/>
        <source>Sample values in the notice, replaced by this profile:</source>
        <translation>Giá trị mẫu trong thông báo, sẽ được thay bằng hồ sơ này:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="301"/>
        <source>A profile named %s exists. Replace it?</source>
        <translation>Đã có hồ sơ tên %s. Thay bằng hồ sơ mới?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="302"/>
        <source>Choose another library name.</source>
        <translation>Hãy chọn tên hồ sơ khác.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="335"/>
        <source>Agency &amp;profile</source>
        <translation>&amp;Hồ sơ cơ quan</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="336"/>
        <source>&amp;New from the list of units…</source>
        <translation>&amp;Tạo mới từ danh mục đơn vị…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="344"/>
        <source>Agency profile %s saved to your library.</source>
        <translation>Đã lưu hồ sơ cơ quan %s vào thư viện của bạn.</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="69"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="70"/>
        <source>The 34 provinces and cities after the 2025 reorganisation. Type to filter; letters without diacritics work too.</source>
        <translation>34 tỉnh, thành phố sau sắp xếp năm 2025. Gõ để lọc; gõ không dấu cũng được.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="72"/>
        <source>e.g. lang son</source>
        <translation>ví dụ: lang son</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="226"/>
        <source>Insert footnote</source>
        <extracomment>Enter in a single-paragraph editor (the body editor starts a new paragraph).</extracomment>
        <translation>Chèn chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="227"/>
        <source>Footnote text (**bold**, *italic* allowed):</source>
        <translation>Nội dung chú thích (có thể dùng **đậm**, *nghiêng*):</translation>
    </message>
</context>
<context>
    <name>SampleReplaceDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="34"/>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="136"/>
        <source>Replace sample values</source>
        <translation>Thay giá trị mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="37"/>
        <source>These values come from a sample agency profile:</source>
        <translation>Các giá trị này lấy từ hồ sơ cơ quan mẫu:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="49"/>
        <source>My agency profile:</source>
        <translation>Hồ sơ cơ quan của tôi:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="50"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="52"/>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="54"/>
        <source>Set up my office…</source>
        <translation>Thiết lập cơ quan của tôi…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="60"/>
        <source>No own agency profile in your library yet: set one up from the list of units.</source>
        <translation>Thư viện chưa có hồ sơ cơ quan của bạn: hãy thiết lập từ danh mục đơn vị hành chính.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="62"/>
        <source>Parts you edited by hand are kept; their sample names are replaced.</source>
        <translation>Các phần bạn đã sửa tay được giữ nguyên; tên mẫu trong đó được thay.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="148"/>
        <source>The sample values were replaced with profile %1. Check these parts: they were edited by hand or still hold a sample value with no obvious replacement:</source>
        <translation>Đã thay giá trị mẫu bằng hồ sơ %1. Hãy kiểm tra các phần sau: chúng đã được sửa tay hoặc còn giá trị mẫu chưa có giá trị thay rõ ràng:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/sample_replace.py" line="153"/>
        <source>Every sample value was replaced with profile %1.</source>
        <translation>Đã thay mọi giá trị mẫu bằng hồ sơ %1.</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="103"/>
        <source>Save as template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="104"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="106"/>
        <source>lower-case letters, digits and hyphens: kiem-tra-xa</source>
        <translation>chữ thường không dấu, số và dấu gạch ngang: kiem-tra-xa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="108"/>
        <source>&amp;Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="110"/>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="113"/>
        <source>Each value below is replaced by its variable everywhere in the notice; a new notice made from the template asks for it. Type the value exactly as it appears in the notice (e.g. huyện Cao Lộc).</source>
        <translation>Mỗi giá trị dưới đây được thay bằng biến của nó ở mọi chỗ trong thông báo; khi tạo thông báo mới từ mẫu, chương trình sẽ hỏi giá trị này. Gõ giá trị đúng như trong thông báo (ví dụ huyện Cao Lộc).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="116"/>
        <source>Value in the notice</source>
        <translation>Giá trị trong thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="117"/>
        <source>Variable name</source>
        <translation>Tên biến</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="117"/>
        <source>Form label</source>
        <translation>Nhãn trên biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="118"/>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="118"/>
        <source>Occurrences</source>
        <translation>Số lần xuất hiện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="119"/>
        <source>&amp;Add value</source>
        <translation>&amp;Thêm giá trị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="120"/>
        <source>&amp;Remove value</source>
        <translation>&amp;Bỏ giá trị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="169"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="169"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="193"/>
        <source>Row %d needs both a value and a variable name.</source>
        <translation>Dòng %d cần có cả giá trị và tên biến.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="195"/>
        <source>«%s» does not occur in the notice.</source>
        <translation>«%s» không có trong thông báo.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="207"/>
        <source>Give the template a title.</source>
        <translation>Hãy đặt tiêu đề cho mẫu.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="236"/>
        <source>Replace template?</source>
        <translation>Thay mẫu đã có?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="237"/>
        <source>Your library already has a template named %s. Replace it?</source>
        <translation>Thư viện của bạn đã có mẫu tên %s. Thay bằng mẫu này?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="223"/>
        <source>Checking the template (a trial fill-in)…</source>
        <translation>Đang kiểm tra mẫu (điền thử)…</translation>
    </message>
</context>
<context>
    <name>SignatureSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="283"/>
        <source>Authority preset</source>
        <extracomment>Authority presets (the wording of the notice, not of the interface).</extracomment>
        <translation>Mẫu thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="288"/>
        <source>Use preset</source>
        <translation>Dùng mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="292"/>
        <source>Preset</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="293"/>
        <source>Fills the lines below; edit them freely afterwards.</source>
        <translation>Điền sẵn các dòng bên dưới; sau đó có thể sửa tự do.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="294"/>
        <source>Authority and title</source>
        <translation>Quyền hạn và chức vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="296"/>
        <source>One line each, printed in capitals.</source>
        <translation>Mỗi dòng một dòng in, in chữ hoa.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="297"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="300"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="313"/>
        <source>Use authority preset</source>
        <translation>Dùng mẫu thẩm quyền ký</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="106"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="185"/>
        <source>Start by setting up your office: province, commune or ward, issuing body and the people who sign. It takes about a minute.</source>
        <translation>Hãy bắt đầu bằng việc thiết lập cơ quan của bạn: tỉnh, xã hoặc phường, cơ quan ban hành và người ký. Chỉ mất khoảng một phút.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="187"/>
        <source>Choose what to do.</source>
        <translation>Chọn việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="201"/>
        <source>Conclusion notices (Thông báo kết luận)</source>
        <translation>Soạn Thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="202"/>
        <source>Set up my office</source>
        <translation>Thiết lập cơ quan của tôi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="203"/>
        <source>New notice from a template</source>
        <translation>Tạo thông báo mới từ mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="204"/>
        <source>Open a draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="205"/>
        <source>Import from a Word file</source>
        <translation>Nhập từ tệp Word</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="206"/>
        <source>Blank notice</source>
        <translation>Văn bản trống</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/start_page.py" line="207"/>
        <source>Recent files:</source>
        <translation>Tệp mở gần đây:</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="99"/>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="205"/>
        <source>Add row</source>
        <translation>Thêm hàng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="100"/>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="212"/>
        <source>Remove row</source>
        <translation>Xóa hàng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="101"/>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="220"/>
        <source>Add column</source>
        <translation>Thêm cột</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="102"/>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="227"/>
        <source>Remove column</source>
        <translation>Xóa cột</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="103"/>
        <source>Print the tasks as items (- …) instead of a table</source>
        <translation>In các nhiệm vụ thành các ý (- …) thay cho bảng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="104"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="138"/>
        <source>Header</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="187"/>
        <source>Edit cell</source>
        <translation>Sửa ô</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="194"/>
        <source>Print tasks as items</source>
        <translation>In nhiệm vụ thành các ý</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="194"/>
        <source>Print tasks as a table</source>
        <translation>In nhiệm vụ thành bảng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/table_editor.py" line="240"/>
        <source>Paste rows</source>
        <translation>Dán các hàng</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="358"/>
        <source>&amp;Templates</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="359"/>
        <source>New from &amp;template…</source>
        <translation>Tạo mới từ &amp;mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="360"/>
        <source>&amp;Change template values…</source>
        <translation>Đổi &amp;giá trị của mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="361"/>
        <source>&amp;Save as template…</source>
        <translation>&amp;Lưu thành mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="362"/>
        <source>Template &amp;library…</source>
        <translation>&amp;Thư viện mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="386"/>
        <source>New notice from template %s.</source>
        <translation>Đã tạo thông báo mới từ mẫu %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="392"/>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="402"/>
        <source>Change template values</source>
        <translation>Đổi giá trị của mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="393"/>
        <source>This notice was not made from a template, so it has no template values to change.</source>
        <translation>Thông báo này không được tạo từ mẫu nên không có giá trị mẫu để đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="406"/>
        <source>Check the parts you edited</source>
        <translation>Kiểm tra các phần đã sửa tay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="407"/>
        <source>%n part(s) were updated. These parts were edited by hand and were kept as they are; they still mention an old value:</source>
        <translation>
            <numerusform>Đã cập nhật %n phần. Các phần dưới đây đã được sửa tay nên được giữ nguyên; chúng vẫn còn nhắc đến giá trị cũ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="412"/>
        <source>%n part(s) were updated.</source>
        <translation>
            <numerusform>Đã cập nhật %n phần.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFormDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="179"/>
        <source>Some fields need attention (marked in red).</source>
        <translation>Một số ô cần xem lại (ghi chú màu đỏ).</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="76"/>
        <source>Template library</source>
        <translation>Thư viện mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="77"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="77"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="77"/>
        <source>Where</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="78"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="79"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="85"/>
        <source>Notice templates</source>
        <translation>Mẫu thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="86"/>
        <source>Agency profiles</source>
        <translation>Hồ sơ cơ quan</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="92"/>
        <source>built-in, read-only</source>
        <translation>có sẵn, chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="92"/>
        <source>your library</source>
        <translation>thư viện của bạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="94"/>
        <source>sample</source>
        <translation>mẫu ví dụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="100"/>
        <source>Built-in: cannot be changed or deleted</source>
        <translation>Có sẵn trong chương trình: không sửa hoặc xóa được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="152"/>
        <source>Variables</source>
        <translation>Các biến</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="163"/>
        <source>Preview with the examples of the template and the profile %s:</source>
        <translation>Xem trước với giá trị ví dụ của mẫu và hồ sơ %s:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="168"/>
        <source>Header</source>
        <translation>Phần đầu văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="168"/>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="169"/>
        <source>People</source>
        <translation>Cán bộ (để chọn trong biểu mẫu)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="169"/>
        <source>Recipient groups</source>
        <translation>Nhóm nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="198"/>
        <source>Import a template or profile</source>
        <translation>Nhập mẫu hoặc hồ sơ cơ quan</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="217"/>
        <source>Replace?</source>
        <translation>Thay thế?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="218"/>
        <source>Your library already has %s. Replace it with the imported file?</source>
        <translation>Thư viện của bạn đã có %s. Thay bằng tệp vừa nhập?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="223"/>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="223"/>
        <source>The file was not imported: %s</source>
        <translation>Tệp chưa được nhập: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="227"/>
        <source>Imported %s.</source>
        <translation>Đã nhập %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="236"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="242"/>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="244"/>
        <source>Exported %s to %s.</source>
        <translation>Đã xuất %s ra %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="254"/>
        <source>Delete?</source>
        <translation>Xóa?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="255"/>
        <source>Delete %s from your library? This cannot be undone.</source>
        <translation>Xóa %s khỏi thư viện của bạn? Không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="260"/>
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="263"/>
        <source>Deleted %s.</source>
        <translation>Đã xóa %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="206"/>
        <source>Checking %s (a trial fill-in)…</source>
        <translation>Đang kiểm tra %s (điền thử)…</translation>
    </message>
</context>
<context>
    <name>TemplateReport</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="67"/>
        <source>Body: sections that the new values would add or remove were not changed, because the body was edited</source>
        <translation>Nội dung: các phần mà giá trị mới sẽ thêm hoặc bớt không được thay đổi, vì nội dung đã được sửa tay</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="80"/>
        <source>Body %s «%s»</source>
        <translation>Nội dung %s «%s»</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="92"/>
        <source>Commune, ward or special zone</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="93"/>
        <source>e.g. hoang van thu</source>
        <translation>ví dụ: hoang van thu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="98"/>
        <source>Units of %s. Choose the first row for a body of the province itself (its People&apos;s Committee, Office or a department).</source>
        <translation>Các đơn vị của %s. Chọn dòng đầu nếu là cơ quan cấp tỉnh (UBND, Văn phòng hoặc một sở).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/profile_wizard.py" line="106"/>
        <source>— %s itself (provincial body) —</source>
        <translation>— %s (cơ quan cấp tỉnh) —</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_form.py" line="266"/>
        <location filename="../../thongbao_editor/gui/template_form.py" line="355"/>
        <source>Required</source>
        <extracomment>Re-checked after an edit: (problems by variable name, resolved values or None).</extracomment>
        <translation>Bắt buộc</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="168"/>
        <source>Save as a &amp;version…</source>
        <translation>Lưu thành &amp;phiên bản…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="169"/>
        <source>Version &amp;history…</source>
        <translation>&amp;Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="170"/>
        <source>Open the file returned by the &amp;leader…</source>
        <translation>Mở bản &amp;lãnh đạo gửi lại…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="171"/>
        <source>Export with tracked &amp;changes (.docx)…</source>
        <translation>Xuất bản &amp;so sánh (.docx)…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="175"/>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="181"/>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="285"/>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="182"/>
        <source>Save the draft first: its versions are kept beside it.</source>
        <translation>Hãy lưu bản nháp trước: các phiên bản được giữ cạnh tệp bản nháp.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="237"/>
        <source>Save as a version</source>
        <translation>Lưu thành phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="237"/>
        <source>Version name:</source>
        <translation>Tên phiên bản:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="238"/>
        <source>Version %d</source>
        <translation>Phiên bản %d</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="243"/>
        <source>Saved as version «%s»</source>
        <translation>Đã lưu thành phiên bản «%s»</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="256"/>
        <source>Before restoring «%s»</source>
        <translation>Trước khi khôi phục «%s»</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="258"/>
        <source>Restore version «%s»</source>
        <translation>Khôi phục phiên bản «%s»</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="264"/>
        <source>Open the returned file</source>
        <translation>Mở bản lãnh đạo gửi lại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="265"/>
        <source>Word or draft files (*.docx *.json)</source>
        <translation>Tệp Word hoặc bản nháp (*.docx *.json)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="276"/>
        <source>the draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="286"/>
        <source>There is no earlier version to compare with yet: save a version first (File → Save as a version).</source>
        <translation>Chưa có phiên bản nào để so sánh: hãy lưu một phiên bản trước (Tệp → Lưu thành phiên bản).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="290"/>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="297"/>
        <source>Export with tracked changes</source>
        <translation>Xuất bản so sánh</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="291"/>
        <source>Changes since the version:</source>
        <translation>Các thay đổi kể từ phiên bản:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="298"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="218"/>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="322"/>
        <source>Sent for review: %s</source>
        <translation>Gửi xem xét: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="323"/>
        <source>Exported %s</source>
        <translation>Đã xuất %s</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="65"/>
        <source>Version history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="66"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="66"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="66"/>
        <source>Who</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="67"/>
        <source>Open (read-only)</source>
        <translation>Mở (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="68"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="69"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="72"/>
        <source>saved</source>
        <translation>lưu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="72"/>
        <source>sent for review</source>
        <translation>gửi xem xét</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="73"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="110"/>
        <source>%s (read-only)</source>
        <translation>%s (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/versions_dialog.py" line="135"/>
        <source>the draft</source>
        <translation>bản nháp</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="60"/>
        <source>%n field(s) still need attention. Until they are filled, the preview shows the template&apos;s examples for them.</source>
        <translation>
            <numerusform>Còn %n ô cần xem lại. Khi chưa điền, bản xem trước dùng giá trị ví dụ của mẫu cho các ô đó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../thongbao_editor/gui/app.py" line="88"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/app.py" line="89"/>
        <source>Something went wrong: %s. The notice is still open; save it under a new name to be safe.</source>
        <translation>Đã xảy ra lỗi: %s. Thông báo vẫn đang mở; hãy lưu thành một tệp mới cho an toàn.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="35"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="71"/>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="79"/>
        <source>Edit paragraph text</source>
        <translation>Sửa nội dung đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="86"/>
        <source>Change paragraph level</source>
        <translation>Đổi cấp đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="92"/>
        <source>Add paragraph</source>
        <translation>Thêm đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="97"/>
        <source>Delete paragraph</source>
        <translation>Xóa đoạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/commands.py" line="105"/>
        <source>Move paragraph</source>
        <translation>Di chuyển đoạn</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="77"/>
        <source>Problems</source>
        <translation>Các vấn đề</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="82"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="37"/>
        <source>Section (I.)</source>
        <translation>Mục (I.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="38"/>
        <source>Clause (1.)</source>
        <translation>Khoản (1.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="39"/>
        <source>Sub-clause (1.1.)</source>
        <translation>Tiểu khoản (1.1.)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="40"/>
        <source>Point (a))</source>
        <translation>Điểm (a))</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="41"/>
        <source>Dash item (-)</source>
        <translation>Gạch đầu dòng (-)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="42"/>
        <source>Plus item (+)</source>
        <translation>Dấu cộng (+)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/body_model.py" line="43"/>
        <source>Plain paragraph</source>
        <translation>Đoạn văn thường</translation>
    </message>
</context>
</TS>

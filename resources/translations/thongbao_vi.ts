<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AbbreviationsSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="301"/>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="318"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="302"/>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="302"/>
        <source>Meaning</source>
        <translation>Nghĩa đầy đủ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="307"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="308"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="371"/>
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
        <location filename="../../thongbao_editor/gui/forms/body.py" line="64"/>
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
        <location filename="../../thongbao_editor/gui/forms/body.py" line="63"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="86"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="98"/>
        <source>Add after</source>
        <translation>Thêm sau</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="99"/>
        <source>Add inside</source>
        <translation>Thêm cấp con</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="100"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="286"/>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="101"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="302"/>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="102"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="237"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="103"/>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="245"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="104"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="109"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="111"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/body.py" line="113"/>
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
    <name>ChangeValuesDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="336"/>
        <source>Change template values</source>
        <translation>Đổi giá trị của mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="337"/>
        <source>Template %s, profile %s. Parts of the notice you have not edited are written again with the new values; parts you edited are kept and listed afterwards.</source>
        <translation>Mẫu %s, hồ sơ %s. Những phần của thông báo chưa sửa tay sẽ được viết lại theo giá trị mới; những phần đã sửa tay được giữ nguyên và liệt kê sau khi áp dụng.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="209"/>
        <source>Closing sentence</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="210"/>
        <source>“./.” is added at the end when printed.</source>
        <translation>Khi in, “./.” được thêm vào cuối câu.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="212"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="213"/>
        <source>One per line, as printed after “- ”, e.g. Thường trực Tỉnh ủy (B/c);</source>
        <translation>Mỗi nơi một dòng, in sau “- ”, ví dụ: Thường trực Tỉnh ủy (B/c);</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="214"/>
        <source>Lưu: drafting unit(s)</source>
        <translation>Lưu: đơn vị soạn thảo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="216"/>
        <source>After VT, one per line, e.g. KG-VX</source>
        <translation>Sau VT, mỗi đơn vị một dòng, ví dụ: KG-VX</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="217"/>
        <source>Lưu: copies</source>
        <translation>Lưu: số bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="218"/>
        <source>Lưu: drafter&apos;s initials</source>
        <translation>Lưu: chữ viết tắt người soạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="220"/>
        <source>Printed as</source>
        <translation>Sẽ in là</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="223"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="74"/>
        <location filename="../../thongbao_editor/gui/export.py" line="114"/>
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
        <location filename="../../thongbao_editor/gui/export.py" line="146"/>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="94"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="97"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="109"/>
        <source>Problems</source>
        <translation>Các lỗi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="169"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="192"/>
        <source>Export failed: %s
The notice is still open and unchanged.</source>
        <translation>Xuất không thành công: %s
Thông báo vẫn đang mở và không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="196"/>
        <source>Exported to %s</source>
        <translation>Đã xuất ra %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/export.py" line="206"/>
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
    <name>FindingsDock</name>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="535"/>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="536"/>
        <source>&amp;Findings</source>
        <translation>&amp;Kết quả kiểm tra</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="267"/>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="269"/>
        <source>paragraph %1</source>
        <translation>đoạn %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="271"/>
        <source>footnote %1</source>
        <translation>chú thích %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="302"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="313"/>
        <source>Silenced for this notice: %1</source>
        <translation>Đã tắt cho thông báo này: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="332"/>
        <source>The check failed: %1</source>
        <translation>Kiểm tra gặp lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="334"/>
        <source>No findings.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="336"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="337"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/findings.py" line="338"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n gợi ý</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="342"/>
        <source>Show the findings</source>
        <translation>Xem kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="375"/>
        <source>Rule %1 is silenced for this notice. Reason: %2</source>
        <translation>Quy tắc %1 đã được tắt cho thông báo này. Lý do: %2</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="378"/>
        <source>Select a finding to see what to do about it.</source>
        <translation>Chọn một mục để xem cách xử lý.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="384"/>
        <source>Suggestion: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="386"/>
        <source>(delete)</source>
        <translation>(xóa)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="387"/>
        <source>Quick fix: replace with «%1»</source>
        <translation>Sửa nhanh: thay bằng «%1»</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="445"/>
        <source>This quick fix no longer applies.</source>
        <translation>Không còn sửa nhanh được chỗ này.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="447"/>
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
        <source>Silence rule…</source>
        <translation>Tắt quy tắc…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/findings.py" line="509"/>
        <source>Turn rule on again</source>
        <translation>Bật lại quy tắc</translation>
    </message>
</context>
<context>
    <name>FootnotesSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="64"/>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="75"/>
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
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="91"/>
        <source>Closing</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="93"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="126"/>
        <location filename="../../thongbao_editor/gui/forms/footnotes.py" line="131"/>
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
        <location filename="../../thongbao_editor/gui/forms/base.py" line="180"/>
        <source>(no date)</source>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/base.py" line="204"/>
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
        <location filename="../../thongbao_editor/gui/main_window.py" line="163"/>
        <source>&amp;File</source>
        <extracomment>Navigation order: (key, section class). Keys are the first part of a problem path, so a problem jumps to its section.</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="165"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="167"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="168"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="169"/>
        <source>&amp;New</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="169"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="171"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="172"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất văn bản…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="173"/>
        <location filename="../../thongbao_editor/gui/main_window.py" line="293"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="174"/>
        <location filename="../../thongbao_editor/gui/main_window.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="176"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="0"/>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="178"/>
        <source>Document information</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="178"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="179"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="179"/>
        <source>Closing and recipients</source>
        <translation>Câu kết và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="180"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="180"/>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="181"/>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="186"/>
        <source>Parts of the notice</source>
        <translation>Các phần của thông báo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/main_window.py" line="277"/>
        <source>%n field(s) to fill before the final version</source>
        <translation>
            <numerusform>Còn %n mục cần điền trước khi xuất bản chính thức</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="278"/>
        <source>Ready for the final version</source>
        <translation>Đủ nội dung để xuất bản chính thức</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="293"/>
        <source>&amp;Undo %s</source>
        <translation>&amp;Hoàn tác: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="294"/>
        <source>&amp;Redo %s</source>
        <translation>&amp;Làm lại: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="305"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="306"/>
        <source>Conclusion notice editor</source>
        <translation>Soạn thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="325"/>
        <source>The notice has unsaved changes. Save them?</source>
        <translation>Thông báo có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="341"/>
        <source>Open draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="355"/>
        <source>Cannot open the draft</source>
        <translation>Không mở được bản nháp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/main_window.py" line="362"/>
        <source>%n field(s) had characters removed on loading.</source>
        <translation>
            <numerusform>%n trường đã bị xóa ký tự không hợp lệ khi mở.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="371"/>
        <source>an untitled notice</source>
        <translation>thông báo chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="373"/>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục phần chưa lưu?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="374"/>
        <source>The editor did not close normally. Unsaved changes to %s (autosaved %s) can be recovered. Recover them?</source>
        <translation>Lần trước chương trình không đóng bình thường. Có thể khôi phục các thay đổi chưa lưu của %s (tự động lưu lúc %s). Khôi phục không?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="409"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="420"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="428"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="439"/>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="461"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/main_window.py" line="462"/>
        <source>Thông báo editor %s — drafts conclusion notices following Nghị định 30/2020/NĐ-CP.</source>
        <translation>Trình soạn Thông báo %s — soạn thông báo kết luận theo Nghị định 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="252"/>
        <source>New notice from a template</source>
        <translation>Tạo thông báo mới từ mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="253"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="255"/>
        <source>Issuing &amp;agency profile:</source>
        <translation>Hồ sơ &amp;cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="257"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="269"/>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="271"/>
        <source>sample</source>
        <translation>mẫu ví dụ</translation>
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
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="175"/>
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
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="143"/>
        <source>This notice has no generated opening: the template it was made from wrote the opening text below.</source>
        <translation>Thông báo này không có phần mở đầu tự tạo: mẫu dùng để tạo thông báo đã viết sẵn phần mở đầu ở ô dưới.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="175"/>
        <source>Use the generated opening</source>
        <translation>Dùng phần mở đầu tự tạo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="185"/>
        <source>Edit the opening</source>
        <translation>Sửa phần mở đầu</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="103"/>
        <source>Live preview</source>
        <extracomment>Set from the GUI thread to stop a running LibreOffice (on close). Emitted after the live view was refreshed (seconds it took).</extracomment>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="104"/>
        <source>Page view</source>
        <translation>Xem trang in</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="107"/>
        <source>LibreOffice was not found, so the exact page view is not available. The live preview shows the same content. To see pages and page numbers as printed, install LibreOffice (free, from libreoffice.org) or set where it is in File &gt; Preferences.</source>
        <translation>Chưa tìm thấy LibreOffice nên không xem được trang in chính xác. Phần Xem trước vẫn hiển thị đúng nội dung. Muốn xem từng trang và số trang như khi in, hãy cài LibreOffice (miễn phí, tại libreoffice.org) hoặc chỉ chỗ đã cài trong Tệp → Tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="197"/>
        <source>Laying out the pages with LibreOffice…</source>
        <extracomment>Width in pixels of the text block of an A4 page (165 mm at 96 dpi) plus margins.</extracomment>
        <translation>Đang dàn trang bằng LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preview.py" line="232"/>
        <source>The page view could not be made: %s</source>
        <translation>Không tạo được trang in: %s</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="202"/>
        <source>Insert footnote</source>
        <extracomment>Enter in a single-paragraph editor (the body editor starts a new paragraph).</extracomment>
        <translation>Chèn chú thích</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/richtext.py" line="203"/>
        <source>Footnote text (**bold**, *italic* allowed):</source>
        <translation>Nội dung chú thích (có thể dùng **đậm**, *nghiêng*):</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="101"/>
        <source>Save as template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="102"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="104"/>
        <source>lower-case letters, digits and hyphens: kiem-tra-xa</source>
        <translation>chữ thường không dấu, số và dấu gạch ngang: kiem-tra-xa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="108"/>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="111"/>
        <source>Each value below is replaced by its variable everywhere in the notice; a new notice made from the template asks for it. Type the value exactly as it appears in the notice (e.g. huyện Cao Lộc).</source>
        <translation>Mỗi giá trị dưới đây được thay bằng biến của nó ở mọi chỗ trong thông báo; khi tạo thông báo mới từ mẫu, chương trình sẽ hỏi giá trị này. Gõ giá trị đúng như trong thông báo (ví dụ huyện Cao Lộc).</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="114"/>
        <source>Value in the notice</source>
        <translation>Giá trị trong thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="115"/>
        <source>Variable name</source>
        <translation>Tên biến</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="115"/>
        <source>Form label</source>
        <translation>Nhãn trên biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="116"/>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="116"/>
        <source>Occurrences</source>
        <translation>Số lần xuất hiện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="117"/>
        <source>&amp;Add value</source>
        <translation>&amp;Thêm giá trị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="118"/>
        <source>&amp;Remove value</source>
        <translation>&amp;Bỏ giá trị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="167"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="167"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="191"/>
        <source>Row %d needs both a value and a variable name.</source>
        <translation>Dòng %d cần có cả giá trị và tên biến.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="193"/>
        <source>«%s» does not occur in the notice.</source>
        <translation>«%s» không có trong thông báo.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="205"/>
        <source>Give the template a title.</source>
        <translation>Hãy đặt tiêu đề cho mẫu.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="228"/>
        <source>Replace template?</source>
        <translation>Thay mẫu đã có?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_save.py" line="229"/>
        <source>Your library already has a template named %s. Replace it?</source>
        <translation>Thư viện của bạn đã có mẫu tên %s. Thay bằng mẫu này?</translation>
    </message>
</context>
<context>
    <name>SignatureSection</name>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="257"/>
        <source>Authority preset</source>
        <extracomment>Authority presets (the wording of the notice, not of the interface).</extracomment>
        <translation>Mẫu thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="262"/>
        <source>Use preset</source>
        <translation>Dùng mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="266"/>
        <source>Preset</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="267"/>
        <source>Fills the lines below; edit them freely afterwards.</source>
        <translation>Điền sẵn các dòng bên dưới; sau đó có thể sửa tự do.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="268"/>
        <source>Authority and title</source>
        <translation>Quyền hạn và chức vụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="270"/>
        <source>One line each, printed in capitals.</source>
        <translation>Mỗi dòng một dòng in, in chữ hoa.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="271"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="274"/>
        <source>Signing block</source>
        <translation>Khối ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/forms/sections.py" line="287"/>
        <source>Use authority preset</source>
        <translation>Dùng mẫu thẩm quyền ký</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="389"/>
        <source>&amp;Templates</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="390"/>
        <source>New from &amp;template…</source>
        <translation>Tạo mới từ &amp;mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="391"/>
        <source>&amp;Change template values…</source>
        <translation>Đổi &amp;giá trị của mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="392"/>
        <source>&amp;Save as template…</source>
        <translation>&amp;Lưu thành mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="393"/>
        <source>Template &amp;library…</source>
        <translation>&amp;Thư viện mẫu…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="420"/>
        <source>New notice from template %s.</source>
        <translation>Đã tạo thông báo mới từ mẫu %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="426"/>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="436"/>
        <source>Change template values</source>
        <translation>Đổi giá trị của mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="427"/>
        <source>This notice was not made from a template, so it has no template values to change.</source>
        <translation>Thông báo này không được tạo từ mẫu nên không có giá trị mẫu để đổi.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="440"/>
        <source>Check the parts you edited</source>
        <translation>Kiểm tra các phần đã sửa tay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="441"/>
        <source>%n part(s) were updated. These parts were edited by hand and were kept as they are; they still mention an old value:</source>
        <translation>
            <numerusform>Đã cập nhật %n phần. Các phần dưới đây đã được sửa tay nên được giữ nguyên; chúng vẫn còn nhắc đến giá trị cũ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="446"/>
        <source>%n part(s) were updated.</source>
        <translation>
            <numerusform>Đã cập nhật %n phần.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFormDialog</name>
    <message numerus="yes">
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="187"/>
        <source>%n field(s) still need attention. Until they are filled, the preview shows the template&apos;s examples for them.</source>
        <translation>
            <numerusform>Còn %n ô cần xem lại. Khi chưa điền, bản xem trước dùng giá trị ví dụ của mẫu cho các ô đó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="216"/>
        <source>Some fields need attention (marked in red).</source>
        <translation>Một số ô cần xem lại (ghi chú màu đỏ).</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="74"/>
        <source>Template library</source>
        <translation>Thư viện mẫu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="75"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="75"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="75"/>
        <source>Where</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="76"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="77"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="78"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="83"/>
        <source>Notice templates</source>
        <translation>Mẫu thông báo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="84"/>
        <source>Agency profiles</source>
        <translation>Hồ sơ cơ quan</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="90"/>
        <source>built-in, read-only</source>
        <translation>có sẵn, chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="90"/>
        <source>your library</source>
        <translation>thư viện của bạn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="92"/>
        <source>sample</source>
        <translation>mẫu ví dụ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="98"/>
        <source>Built-in: cannot be changed or deleted</source>
        <translation>Có sẵn trong chương trình: không sửa hoặc xóa được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="150"/>
        <source>Variables</source>
        <translation>Các biến</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="161"/>
        <source>Preview with the examples of the template and the profile %s:</source>
        <translation>Xem trước với giá trị ví dụ của mẫu và hồ sơ %s:</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="166"/>
        <source>Header</source>
        <translation>Phần đầu văn bản</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="166"/>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="167"/>
        <source>People</source>
        <translation>Cán bộ (để chọn trong biểu mẫu)</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="167"/>
        <source>Recipient groups</source>
        <translation>Nhóm nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="196"/>
        <source>Import a template or profile</source>
        <translation>Nhập mẫu hoặc hồ sơ cơ quan</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="229"/>
        <source>Replace?</source>
        <translation>Thay thế?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="230"/>
        <source>Your library already has %s. Replace it with the imported file?</source>
        <translation>Thư viện của bạn đã có %s. Thay bằng tệp vừa nhập?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="238"/>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="238"/>
        <source>The file was not imported: %s</source>
        <translation>Tệp chưa được nhập: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="242"/>
        <source>Imported %s.</source>
        <translation>Đã nhập %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="251"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="257"/>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="259"/>
        <source>Exported %s to %s.</source>
        <translation>Đã xuất %s ra %s.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="269"/>
        <source>Delete?</source>
        <translation>Xóa?</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="270"/>
        <source>Delete %s from your library? This cannot be undone.</source>
        <translation>Xóa %s khỏi thư viện của bạn? Không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="278"/>
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/template_library.py" line="281"/>
        <source>Deleted %s.</source>
        <translation>Đã xóa %s.</translation>
    </message>
</context>
<context>
    <name>TemplateReport</name>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="86"/>
        <source>Summary (trích yếu)</source>
        <extracomment>Parts the form sections listen to (``NoticeDocument.changed``).</extracomment>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="87"/>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="88"/>
        <source>Opening paragraphs</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="89"/>
        <source>Opening: basis documents</source>
        <translation>Mở đầu: văn bản căn cứ</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="90"/>
        <source>Opening: inspection date</source>
        <translation>Mở đầu: ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="91"/>
        <source>Opening: inspected units</source>
        <translation>Mở đầu: đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="92"/>
        <source>Opening: inspection team</source>
        <translation>Mở đầu: thành phần đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="93"/>
        <source>Opening: participants of the unit</source>
        <translation>Mở đầu: thành phần của đơn vị</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="94"/>
        <source>Opening: activities</source>
        <translation>Mở đầu: hoạt động của đoàn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="95"/>
        <source>Opening: who reported</source>
        <translation>Mở đầu: người báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="96"/>
        <source>Opening: subject of the report</source>
        <translation>Mở đầu: nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="97"/>
        <source>Opening: who chaired</source>
        <translation>Mở đầu: người chủ trì</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="98"/>
        <source>Closing sentence</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="99"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="100"/>
        <source>Body: sections that the new values would add or remove were not changed, because the body was edited</source>
        <translation>Nội dung: các phần mà giá trị mới sẽ thêm hoặc bớt không được thay đổi, vì nội dung đã được sửa tay</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/templates_dialog.py" line="114"/>
        <source>Body %s «%s»</source>
        <translation>Nội dung %s «%s»</translation>
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
    <name>app</name>
    <message>
        <location filename="../../thongbao_editor/gui/app.py" line="93"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/app.py" line="94"/>
        <source>Something went wrong: %s. The notice is still open; save it under a new name to be safe.</source>
        <translation>Đã xảy ra lỗi: %s. Thông báo vẫn đang mở; hãy lưu thành một tệp mới cho an toàn.</translation>
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
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>LibreOffice program</source>
        <translation>Chương trình LibreOffice</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>User template library</source>
        <translation>Thư mục mẫu của người dùng</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>Autosave every</source>
        <translation>Tự động lưu sau mỗi</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>found automatically</source>
        <translation>tự tìm</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>Page view and PDF use: %s</source>
        <translation>Xem trang in và PDF dùng: %s</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>No program at this path.</source>
        <translation>Không có chương trình ở đường dẫn này.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>LibreOffice was not found. The page view and PDF export need it (free, from libreoffice.org); writing and exporting .docx work without it.</source>
        <translation>Chưa tìm thấy LibreOffice. Xem trang in và xuất PDF cần LibreOffice (miễn phí, tải tại libreoffice.org); soạn thảo và xuất .docx vẫn dùng được khi không có.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>The LibreOffice program %s does not exist or cannot be run.</source>
        <translation>Chương trình LibreOffice %s không tồn tại hoặc không chạy được.</translation>
    </message>
    <message>
        <location filename="../../thongbao_editor/gui/preferences.py" line="0"/>
        <source>%s is a file, not a folder.</source>
        <translation>%s là một tệp, không phải thư mục.</translation>
    </message>
</context>
</TS>

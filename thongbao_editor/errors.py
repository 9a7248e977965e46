"""Typed errors of the engine, with messages in Vietnamese (default) and English.

Nothing below ``gui/`` shows a dialog: the engine raises these, and the CLI or
the GUI shows :meth:`ThongbaoError.message` to the user.  The language is
``vi`` unless :func:`set_language` (or ``THONGBAO_LANG=en``) says otherwise.
"""

from __future__ import annotations

import errno
import os

_LANG = os.environ.get("THONGBAO_LANG", "vi")

MESSAGES: dict[str, tuple[str, str]] = {
    # draft files
    "draft.not_found": ("Không tìm thấy tệp {file}.", "File {file} not found."),
    "draft.unreadable": ("Không đọc được tệp {file}: {reason}.", "Cannot read {file}: {reason}."),
    "draft.not_utf8": ("Tệp {file} không phải văn bản UTF-8 (lỗi ở byte {position}).",
                       "{file} is not UTF-8 text (bad byte at {position})."),
    "draft.not_json": ("Tệp {file} không phải bản nháp hợp lệ: lỗi JSON ở dòng {line}, cột {column}.",
                       "{file} is not a valid draft: JSON error at line {line}, column {column}."),
    "draft.newer": ("Tệp {file} được lưu bằng phiên bản mới hơn (định dạng {version}, phiên bản này đọc được đến {supported}). Hãy cập nhật chương trình.",
                    "{file} was saved by a newer version (format {version}; this version reads up to {supported}). Please update the application."),
    "draft.field": ("Tệp {file}, mục {path}: {problem}.", "{file}, field {path}: {problem}."),
    "draft.write": ("Không ghi được tệp {file}: {reason}. Bản đang soạn vẫn được giữ nguyên.",
                    "Cannot write {file}: {reason}. The notice being edited is unchanged."),
    "draft.duplicate_key": ("Tệp {file}, dòng {line}: mục «{key}» xuất hiện hai lần trong cùng "
                            "một đối tượng ({path}); hãy giữ lại một.",
                            "{file}, line {line}: the key «{key}» appears twice in one object "
                            "({path}); keep only one."),
    "draft.big_number": ("Tệp {file}, dòng {line}: số có {digits} chữ số, quá lớn (tối đa {limit}).",
                         "{file}, line {line}: a number with {digits} digits is too large (at most {limit})."),
    "draft.bad_number": ("Tệp {file}, dòng {line}: «{text}» không phải số JSON hợp lệ.",
                         "{file}, line {line}: «{text}» is not a valid JSON number."),
    "draft.changed": ("Tệp {file} đã bị chương trình khác thay đổi từ khi mở; chưa ghi đè.",
                      "{file} was changed by another program since it was opened; it was not overwritten."),
    "file.locked": ("Tệp {file} đang được ghi bởi {holder}; hãy thử lại sau (nếu chắc không còn "
                    "ai ghi, xoá tệp khoá {lock}).",
                    "{file} is being written by {holder}; try again later (if nobody is writing "
                    "it, delete the lock file {lock})."),
    # field problems (used inside draft.field)
    "field.missing": ("thiếu mục bắt buộc", "required field is missing"),
    "field.type": ("cần {expected}, nhưng là {actual}", "expected {expected}, got {actual}"),
    "field.value": ("giá trị không hợp lệ: {reason}", "invalid value: {reason}"),
    "field.unknown": ("mục không được biết: {name}", "unknown field: {name}"),
    # rendering
    "render.template": ("Mẫu {template}, dòng {line}: {reason}", "Template {template}, line {line}: {reason}"),
    "render.base_docx": ("Không dùng được tệp mẫu .docx {file}: {reason}.", "Cannot use the base .docx {file}: {reason}."),
    "render.layout": ("Bố cục không hợp lệ theo Nghị định 30: {problem}", "Layout outside Nghị định 30: {problem}"),
    "render.final_refused": ("Chưa thể xuất bản chính thức, còn thiếu:\n{problems}",
                             "Cannot export the final version; still missing:\n{problems}"),
    "render.field": ("Không xuất được: mục {path}: {problem}.", "Cannot export: field {path}: {problem}."),
    "render.write": ("Không ghi được tệp {file}: {reason}.", "Cannot write {file}: {reason}."),
    "render.over_draft": ("Không ghi đè tệp {file}: đó là chính bản nháp đang xuất; hãy chọn tên tệp khác cho tệp xuất.",
                          "Will not overwrite {file}: it is the draft being exported; choose another output file name."),
    # templates and agency profiles (untrusted input: always file + line)
    "template.file": ("Tệp mẫu {file}, dòng {line}: {reason}", "Template file {file}, line {line}: {reason}"),
    "template.field": ("Tệp mẫu {file}, mục {path}: {reason}", "Template file {file}, field {path}: {reason}"),
    "template.not_found": ("Không có {kind} «{name}» trong thư viện (có: {available}).",
                           "No {kind} named «{name}» in the library (available: {available})."),
    "template.bad_name": ("Tên {kind} không hợp lệ: «{name}» (chỉ dùng chữ thường không dấu, số, dấu gạch ngang; không chứa / hay ..).",
                          "Invalid {kind} name: «{name}» (use lower-case ASCII letters, digits and hyphens; no / or ..)."),
    "template.read_only": ("{kind} «{name}» có sẵn trong chương trình nên không xoá hoặc ghi đè được; hãy lưu với tên khác.",
                           "The {kind} «{name}» is built in and cannot be deleted or overwritten; save it under another name."),
    "template.exists": ("Đã có {kind} «{name}» trong thư mục người dùng; dùng --force để ghi đè.",
                        "A {kind} named «{name}» already exists in the user folder; use --force to overwrite."),
    "file.exists": ("Đã có tệp {file}; dùng --force để ghi đè.",
                    "{file} already exists; use --force to overwrite it."),
    "template.io": ("Không đọc/ghi được tệp {file}: {reason}.", "Cannot read/write {file}: {reason}."),
    "template.value": ("Giá trị của «{label}» ({name}) không hợp lệ: {reason}.",
                       "Invalid value for «{label}» ({name}): {reason}."),
    "template.required": ("Chưa nhập «{label}» ({name}) — mục bắt buộc.", "«{label}» ({name}) is required."),
    "template.unknown_variable": ("Mẫu {template} không có biến «{name}» (có: {available}).",
                                  "Template {template} has no variable «{name}» (available: {available})."),
    "template.person_not_found": ("Hồ sơ {profile} không có người «{name}» (có: {available}); hoặc nhập {variable}.name=…, {variable}.title=….",
                                  "Profile {profile} has no person «{name}» (available: {available}); or give {variable}.name=…, {variable}.title=…."),
    "template.body_line": ("Tệp mẫu {file}, phần body, dòng {line} sau khi điền: {reason}: «{text}»",
                           "Template file {file}, body, line {line} after filling in: {reason}: «{text}»"),
    "template.limit_time": ("mẫu chạy quá {seconds} giây nên đã bị dừng (có thể có vòng lặp không kết thúc)",
                            "the template ran longer than {seconds} s and was stopped (an endless loop?)"),
    "template.limit_size": ("mẫu tạo ra văn bản quá lớn (hơn {size} ký tự) nên đã bị dừng",
                            "the template produced too much text (over {size} characters) and was stopped"),
    "template.limit_iterations": ("mẫu lặp quá {count} lần nên đã bị dừng",
                                  "the template looped more than {count} times and was stopped"),
    "template.limit_range": ("range() chỉ được tối đa {count} phần tử", "range() may have at most {count} items"),
    "template.limit_recursion": ("mẫu gọi lồng nhau quá sâu (macro tự gọi lại mình?) nên đã bị dừng",
                                 "the template nested calls too deeply (a macro calling itself?) and was stopped"),
    "template.undefined": ("biến chưa có giá trị hoặc không tồn tại ({reason})",
                           "a variable has no value or does not exist ({reason})"),
    "template.no_link": ("Bản nháp này không được tạo từ mẫu nên không điền lại biến được.",
                         "This draft was not made from a template, so its variables cannot be re-applied."),
    "template.file_at": ("Tệp mẫu {file}, dòng {line}, mục {path}: {reason}",
                         "Template file {file}, line {line}, field {path}: {reason}"),
    "template.unsafe": ("thao tác không được phép trong mẫu ({detail})",
                        "an operation templates may not do ({detail})"),
    "template.list_repeat": ("không được nhân một danh sách", "a list may not be repeated with *"),
    "template.print_container": ("không in trực tiếp được giá trị kiểu {type} (dùng join_vi)",
                                 "a {type} cannot be printed directly (use join_vi)"),
    "template.no_include": ("mẫu không được dùng include/import/extends (không đọc tệp khác)",
                            "templates may not use include/import/extends (no other files)"),
    "template.limit_int": ("số nguyên quá lớn (hơn {bits} bit) nên đã bị dừng",
                           "an integer grew too large (over {bits} bits) and was stopped"),
    "template.limit_memory": ("mẫu dùng quá {size} MB bộ nhớ nên đã bị dừng",
                              "the template used more than {size} MB of memory and was stopped"),
    "template.check_failed": ("Tệp mẫu {file} không qua được bước kiểm tra (điền thử với các hồ sơ "
                              "có sẵn) nên không được lưu vào thư viện:\n{problems}",
                              "{file} did not pass the check (a trial fill-in with the shipped "
                              "profiles), so it was not saved to the library:\n{problems}"),
    "template.unused_variable": ("{file}: biến «{name}» ({label}) được khai báo nhưng không phần "
                                 "nào của mẫu dùng đến, nên biểu mẫu không hỏi nó; hãy bỏ khai "
                                 "báo hoặc dùng nó",
                                 "{file}: variable «{name}» ({label}) is declared but no part of "
                                 "the template uses it, so the form does not ask for it; remove "
                                 "it or use it"),
    # reasons (used inside template.* and batch.* messages)
    "tpl.kind": ("cần \"{expected}\", nhưng là \"{actual}\"", "expected \"{expected}\", got \"{actual}\""),
    "tpl.newer": ("định dạng {version} mới hơn phiên bản này ({supported}); hãy cập nhật chương trình",
                  "format {version} is newer than this version reads ({supported}); please update"),
    "tpl.table": ("cần một bảng {table}", "expected a {table} table"),
    "tpl.variable_name": ("tên biến không hợp lệ: «{name}» (chữ thường a-z, số, _)",
                          "invalid variable name «{name}» (lower-case a-z, digits, _)"),
    "tpl.variable_twice": ("biến «{name}» khai báo hai lần", "variable «{name}» is declared twice"),
    "tpl.variable_type": ("kiểu «{type}» không thuộc {types}", "type «{type}» is not one of {types}"),
    "tpl.need_agency": ("cần ít nhất một dòng tên cơ quan ban hành", "at least one issuing-agency line is needed"),
    "tpl.symbol": ("ký hiệu «{symbol}» cần viết hoa, các nhóm nối bằng «-», không dấu cách",
                   "symbol «{symbol}» must be upper case, groups joined by «-», no spaces"),
    "tpl.need_authority": ("cần ít nhất một dòng quyền hạn, chức vụ", "at least one authority line is needed"),
    "tpl.need_signer": ("cần ít nhất một người ký", "at least one signer is needed"),
    "tpl.too_big": ("tệp lớn hơn {size}", "the file is larger than {size}"),
    "tpl.too_deep": ("mảng hoặc bảng lồng nhau quá sâu", "arrays or tables are nested too deeply"),
    "tpl.big_integer": ("số nguyên quá lớn ({digits} chữ số)", "an integer is too large ({digits} digits)"),
    "tpl.not_utf8": ("không phải văn bản UTF-8", "not UTF-8 text"),
    "tpl.date_text": ("«{text}»: cần {pattern}", "«{text}»: expected {pattern}"),
    "tpl.need_example": ("biến bắt buộc cần một ví dụ (example) để xem trước và kiểm tra",
                         "a required variable needs an example for previews and checks"),
    "tpl.empty_value": ("giá trị rỗng", "empty value"),
    "tpl.outline_marker": ("dấu đề mục không rõ (cần một dấu cách sau #)",
                           "unclear heading marker (a space must follow #)"),
    "tpl.outline_empty": ("dòng không có nội dung", "the line has no text"),
    "value.date": ("«{text}» không phải ngày (YYYY-MM-DD hoặc d/m/yyyy)",
                   "«{text}» is not a date (YYYY-MM-DD or d/m/yyyy)"),
    "value.no_such_date": ("«{text}» không phải ngày có thật", "«{text}» is not a real date"),
    "value.year_range": ("«{text}»: năm phải từ {low} đến {high}", "«{text}»: the year must lie between {low} and {high}"),
    "value.partial_date": ("«{text}» không phải năm, tháng/năm hay ngày (2026, 4/2026, 10/4/2026)",
                           "«{text}» is not a year, month/year or date (2026, 4/2026, 10/4/2026)"),
    "value.number": ("«{text}» không phải số", "«{text}» is not a number"),
    "value.one_line": ("cần một dòng văn bản, không phải danh sách", "expected one line of text, not a list"),
    "value.person_parts": ("phần không biết: {parts} (chỉ có name, title, role)",
                           "unknown parts: {parts} (only name, title, role)"),
    "value.key_value": ("cần dạng tên=giá trị", "expected key=value"),
    "value.var_value": ("cần dạng GIÁ_TRỊ=tên_biến", "expected VALUE=variable_name"),
    "batch.too_big": ("tệp lớn hơn 20 MB", "the file is larger than 20 MB"),
    "batch.not_utf8": ("dòng {line} không phải UTF-8 — trong Excel hãy lưu dạng «CSV UTF-8»",
                       "line {line} is not UTF-8 — in Excel, save as «CSV UTF-8»"),
    "batch.empty": ("tệp rỗng", "the file is empty"),
    "batch.duplicate_column": ("cột «{name}» xuất hiện hai lần", "column «{name}» appears twice"),
    "batch.no_column": ("không có cột «{name}» (có: {available})", "no column «{name}» (there are: {available})"),
    "batch.extra_cells": ("nhiều ô hơn số cột tiêu đề", "more cells than header columns"),
    "batch.not_utf16": ("dòng {line} không phải UTF-16 hợp lệ (tệp bị cắt cụt hoặc hỏng)",
                        "line {line} is not valid UTF-16 (the file is truncated or damaged)"),
    "batch.bad_quote": ("dòng {row}: dấu ngoặc kép (\") mở một ô nhưng không đóng đúng chỗ, nên "
                        "không biết ô và dòng kết thúc ở đâu ({detail}); hãy sửa dòng này",
                        "row {row}: a quote (\") opens a cell but is not closed where it should "
                        "be, so the cell and row ends are unknown ({detail}); fix this row"),
    "batch.merged_rows": ("ô «{column}» chứa cả những dòng trông như các dòng dữ liệu sau — có "
                          "lẽ thiếu dấu ngoặc kép đóng; dòng này không được ghi",
                          "cell «{column}» holds lines that look like the next data rows — a "
                          "closing quote is probably missing; this row is not written"),
    "batch.cell_too_long": ("ô «{column}» dài {length} ký tự, quá giới hạn {limit}",
                            "cell «{column}» is {length} characters long, over the limit of {limit}"),
    "batch.unexpected": ("lỗi không mong đợi: {reason}", "unexpected error: {reason}"),
    "batch.csv": ("Tệp dữ liệu {file}: {reason}.", "Data file {file}: {reason}."),
    "batch.row": ("dòng {row}: {reason}", "row {row}: {reason}"),
    # layout problems (used inside render.layout); {name} is Vietnamese, {name_en} English
    "layout.range": ("{name} phải trong khoảng {low}–{high} {unit} (đang là {value})",
                     "{name_en} must be between {low} and {high} {unit} (it is {value})"),
    "layout.style_size": ("kiểu «{style}» cỡ {value} pt, Nghị định 30 cho phép {low}–{high} pt",
                          "style «{style}» is {value} pt; Nghị định 30 allows {low}–{high} pt"),
    "layout.min": ("{name} phải từ {low} {unit} trở lên (đang là {value})",
                   "{name_en} must be at least {low} {unit} (it is {value})"),
    # pdf
    "pdf.no_libreoffice": ("Chưa tìm thấy LibreOffice nên không xuất được PDF. Hãy cài LibreOffice (miễn phí, tại libreoffice.org) hoặc chỉ chỗ đã cài (Tệp → Tùy chọn trong trình soạn, biến THONGBAO_SOFFICE cho dòng lệnh); tệp .docx vẫn xuất được.",
                           "LibreOffice was not found, so PDF export is unavailable. Install LibreOffice (free, from libreoffice.org) or say where it is (File → Preferences in the editor, THONGBAO_SOFFICE for the command line); .docx export still works."),
    "pdf.failed": ("LibreOffice không chuyển được sang PDF: {reason}.", "LibreOffice could not convert to PDF: {reason}."),
    "pdf.cancelled": ("Đã dừng LibreOffice.", "LibreOffice was stopped."),
    "pdf.timeout": ("LibreOffice không trả lời sau {seconds} giây.", "LibreOffice did not answer within {seconds} seconds."),
    # import from Word (thongbao_editor.importer)
    "import.unreadable": ("Không đọc được tệp {file}: {reason}.", "Cannot read {file}: {reason}."),
    "import.is_dir": ("{file} là một thư mục, không phải tệp Word.", "{file} is a folder, not a Word file."),
    "import.too_big": ("Tệp {file} lớn hơn {size} nên không nhập.", "{file} is larger than {size}; not imported."),
    "import.not_docx": ("Tệp {file} không phải tệp Word (.docx) đọc được (tệp hỏng hoặc sai định dạng).",
                        "{file} is not a readable Word (.docx) file (damaged or another format)."),
    "import.corrupt": ("Tệp {file} bị hỏng: không đọc được phần {part}.",
                       "{file} is damaged: its part {part} cannot be read."),
    "import.bomb": ("Tệp {file} có nội dung nén bất thường (quá lớn khi giải nén) nên không nhập.",
                    "{file} holds abnormally compressed content (too large when unpacked); not imported."),
    "import.strict": ("Tệp {file} lưu theo dạng «Strict Open XML» chưa hỗ trợ; hãy mở trong Word và lưu lại dạng "
    ".docx thường.",
                      "{file} is saved as «Strict Open XML», which is not supported; save it again as an ordinary "
                      ".docx."),
    "import.encrypted": ("Tệp {file} được đặt mật khẩu; hãy mở trong Word, bỏ mật khẩu rồi nhập lại.",
                         "{file} is password-protected; open it in Word, remove the password and import it again."),
    "import.unsupported": ("Không nhập được tệp {file}: chỉ nhận .docx, .doc, .odt, .rtf.",
                           "Cannot import {file}: only .docx, .doc, .odt and .rtf files are accepted."),
    "import.no_libreoffice": ("Tệp {file} cần LibreOffice để chuyển sang .docx nhưng máy chưa cài. Hãy cài "
    "LibreOffice (gói libreoffice-writer) hoặc lưu tệp thành .docx trong Word.",
                              "{file} needs LibreOffice to be converted to .docx, but it is not installed. Install "
                              "LibreOffice (package libreoffice-writer) or save the file as .docx in Word."),
    "import.convert_failed": ("LibreOffice không chuyển được tệp {file} sang .docx: {reason}.",
                              "LibreOffice could not convert {file} to .docx: {reason}."),
    "import.empty": ("Tệp {file} không có chữ nào để nhập.", "{file} holds no text to import."),
    "import.no_files": ("Thư mục {file} không có tệp .docx/.doc/.odt nào.",
                        "The folder {file} holds no .docx/.doc/.odt file."),
    "import.batch_failed": ("Không nhập được {failed}/{total} tệp (xem danh sách ở trên).",
                            "{failed} of {total} files could not be imported (see the list above)."),
    "import.out_not_dir": ("{file} không phải thư mục; khi nhập cả thư mục, -o phải là thư mục.",
                           "{file} is not a folder; importing a folder needs -o to be a folder."),
    "import.part.header": ("Phần đầu (cơ quan, số, ngày)", "Header (agency, number, date)"),
    "import.part.title": ("Tên loại và trích yếu", "Document type and summary"),
    "import.part.opening": ("Phần mở đầu", "Opening"),
    "import.part.body": ("Nội dung (các mục, khoản, điểm)", "Body (sections and items)"),
    "import.part.closing": ("Câu kết", "Closing sentence"),
    "import.part.recipients": ("Nơi nhận", "Recipients"),
    "import.part.storage": ("Dòng «Lưu:»", "The «Lưu:» line"),
    "import.part.signature": ("Quyền hạn, chức vụ và người ký", "Authority, title and signer"),
    "import.part.footnotes": ("Chú thích", "Footnotes"),
    "import.why.header": ("không nhận ra trong phần đầu", "not recognised in the header"),
    "import.why.title": ("không nhận ra trong phần tên loại, trích yếu", "not recognised in the title block"),
    "import.why.table": ("nằm trong bảng", "inside a table"),
    "import.why.textbox": ("nằm trong hộp văn bản (text box)", "inside a text box"),
    "import.why.bottom": ("không nhận ra trong phần nơi nhận, chữ ký",
                          "not recognised in the recipients/signature block"),
    "import.why.after_signature": ("đứng sau phần chữ ký", "after the signature block"),
    "import.line.unplaced": ("? Đoạn {position} ({why}) giữ lại thành đoạn thường: «{text}»",
                             "? Paragraph {position} ({why}) kept as a plain paragraph: «{text}»"),
    "import.line.batch_ok": ("✓ {file} → {draft} (nhận ra {found}/{parts} phần, {unplaced} đoạn chưa xếp, {warnings} "
    "lưu ý)",
                             "✓ {file} → {draft} ({found}/{parts} parts recognised, {unplaced} unplaced, {warnings} "
                             "warnings)"),
    "import.warn.encoding": ("Đã chuyển {runs} đoạn chữ từ bảng mã {encoding} sang Unicode.",
                             "Converted {runs} runs from the {encoding} encoding to Unicode."),
    "import.warn.legacy_left": ("Đoạn {position} có vẻ gõ bằng bảng mã cũ (TCVN3) nhưng phông chữ không cho biết; hãy"
    " kiểm tra: «{text}»",
                                "Paragraph {position} looks like old TCVN3 text in a Unicode font; please check: "
                                "«{text}»"),
    "import.warn.images": ("Bỏ qua {count} hình ảnh (bản nháp chỉ giữ chữ).",
                           "Skipped {count} images (the draft keeps text only)."),
    "import.warn.textboxes": ("Chữ trong {count} hộp văn bản được giữ thành đoạn thường ở chỗ của nó.",
                              "The text of {count} text boxes was kept as plain paragraphs where they stood."),
    "import.warn.hidden": ("Bỏ qua chữ ẩn (hidden): «{text}».", "Skipped hidden text: «{text}»."),
    "import.warn.endnotes": ("{count} chú thích cuối văn bản (endnote) được chuyển thành chú thích cuối trang.",
                             "{count} endnotes were turned into footnotes."),
    "import.warn.revisions": ("Tệp có {count} thay đổi được theo dõi (track changes); bản nháp lấy văn bản như đang "
    "đọc (giữ phần thêm, bỏ phần xoá).",
                              "The file has {count} tracked changes; the draft takes the text as it now reads "
                              "(insertions kept, deletions left out)."),
    "import.warn.comments": ("Bỏ qua các nhận xét (comment) trong tệp.", "Comments in the file were left out."),
    "import.warn.converted": ("Đã chuyển tệp {kind} sang .docx bằng LibreOffice trước khi nhập.",
                              "The {kind} file was converted to .docx with LibreOffice before importing."),
    "import.warn.no_doc_type": ("Không thấy tên loại văn bản (THÔNG BÁO): tệp này có thể không phải một thông báo.",
                                "No document type line (THÔNG BÁO) found: this file may not be a notice."),
    "import.warn.doc_type": ("Tên loại văn bản là «{text}», không phải THÔNG BÁO.",
                             "The document type is «{text}», not THÔNG BÁO."),
    "import.warn.no_year": ("Dòng ngày tháng không có năm; đã lấy năm {year}.",
                            "The date line has no year; {year} was used."),
    "import.warn.footnote_left": ("Chú thích ở đoạn {position} (phần đầu, trích yếu hoặc khối ký) không giữ được ở đó; "
                                  "hãy thêm lại nếu cần: «{text}».",
                                  "The footnote of paragraph {position} (header, summary or signature block) cannot "
                                  "stay there; add it again if needed: «{text}»."),
    "import.warn.embedded": ("Tệp có {count} văn bản khác nhúng vào (altChunk) mà chương trình không đọc được; hãy mở "
                             "trong Word, lưu lại rồi nhập lại.",
                             "The file embeds {count} other documents (altChunk) that cannot be read; open it in "
                             "Word, save it again and import it again."),
    "import.warn.skipped_line": ("Bỏ qua dòng «{text}» trong phần chữ ký.",
                                 "Skipped the line «{text}» of the signature block."),
    "import.warn.signer_guess": ("Không chắc dòng «{text}» là tên người ký; hãy kiểm tra.",
                                 "Not sure «{text}» is the signer's name; please check."),
    "import.warn.storage_vt": ("Dòng «Lưu:» không bắt đầu bằng VT (Văn thư): «{text}».",
                               "The «Lưu:» line does not start with VT: «{text}»."),
    "import.warn.margins": ("Lề trang trong tệp ({values}) nằm ngoài khoảng Nghị định 30 cho phép; dùng lề mặc định.",
                            "Page margins in the file ({values_en}) are outside Nghị định 30's range; "
                            "the defaults are used."),
    # compare, versions, the returned file (issue 11)
    "compare.stale": ("Thay đổi tại {path} không còn khớp với văn bản (văn bản đã được sửa sau khi so sánh); "
                      "hãy so sánh lại.",
                      "The change at {path} no longer fits the document (it was edited after the comparison); "
                      "compare again."),
    "compare.input_kind": ("Tệp {file} không phải bản nháp (.json) hay tệp Word (.docx).",
                           "{file} is neither a draft (.json) nor a Word file (.docx)."),
    "versions.bad": ("Lịch sử phiên bản {file} bị hỏng: {reason}.", "The version history {file} is damaged: {reason}."),
    "versions.not_found": ("Không có phiên bản {version} trong lịch sử của {file}.",
                           "No version {version} in the history of {file}."),
    "versions.write": ("Không ghi được lịch sử phiên bản {file}: {reason}. Bản nháp vẫn được giữ nguyên.",
                       "Cannot write the version history {file}: {reason}. The draft is unchanged."),
    # administrative units after the 2025 reform and generated agency profiles (issue 12)
    "unit.province_not_found": ("Không có tỉnh, thành phố «{name}» trong danh mục 34 tỉnh, thành phố "
                                "sau sắp xếp năm 2025.{suggest}",
                                "No province or city «{name}» among the 34 after the 2025 reform.{suggest}"),
    "unit.not_found": ("Không có xã, phường, đặc khu «{name}» thuộc {province}.{suggest}",
                       "No commune, ward or special zone «{name}» in {province}.{suggest}"),
    "unit.suggest": (" Có phải: {names}?", " Did you mean: {names}?"),
    "unit.suggest_none": (" Xem danh sách: thongbao profile units --province \"{province}\".",
                          " See the list: thongbao profile units --province \"{province}\"."),
    "unit.ambiguous": ("{province} có {count} đơn vị tên «{name}»: {names}; hãy ghi cả loại (xã, phường) "
                       "hoặc mã đơn vị.",
                       "{province} has {count} units named «{name}»: {names}; give the type (xã, phường) "
                       "or the unit code."),
    "unit.issuer": ("Cơ quan ban hành «{issuer}» không hợp lệ (chọn một trong: {choices}).",
                    "Unknown issuing body «{issuer}» (choose one of: {choices})."),
    "unit.issuer_needs_unit": ("«{issuer}» là cơ quan cấp xã: hãy chọn xã, phường hoặc đặc khu (--unit).",
                               "«{issuer}» is a commune-level body: choose the commune, ward or special zone "
                               "(--unit)."),
    "unit.issuer_province_only": ("«{issuer}» là cơ quan cấp tỉnh: không ghi --unit.",
                                  "«{issuer}» is a provincial body: leave out --unit."),
    "unit.not_ward": ("{unit} không phải phường: dùng --issuer ubnd.", "{unit} is not a ward: use --issuer ubnd."),
    "unit.department": ("Cần tên sở (--department), ví dụ «Sở Tài chính».",
                        "The department's name is needed (--department), e.g. «Sở Tài chính»."),
    "unit.signer": ("Người ký «{text}»: cần dạng «Họ tên|QUYỀN HẠN|CHỨC VỤ» (họ tên và ít nhất một dòng "
                    "chức vụ).",
                    "Signer «{text}»: expected «Full name|AUTHORITY|POSITION» (a name and at least one "
                    "position line)."),
    "unit.person": ("Người «{text}»: cần dạng mã=Họ tên với mã là một trong: {ids}.",
                    "Person «{text}»: expected id=Full name with id one of: {ids}."),
    # the hand-off package (thongbao issue)
    "handoff.link": ("Không ghi qua liên kết {file}; hãy chọn thư mục khác hoặc xóa liên kết.",
                     "Will not write through the link {file}; choose another folder or remove the link."),
    "handoff.folder": ("{file} không phải là thư mục.", "{file} is not a folder."),
    # export of assigned tasks (thongbao tasks)
    "tasks.none": ("Bản nháp {file} không có bảng phân công nhiệm vụ (bảng \"kind\": \"tasks\").",
                   "The draft {file} has no task table (a table with \"kind\": \"tasks\")."),
    "tasks.format": ("Không xuất được {file}: chỉ hỗ trợ .xlsx và .csv.",
                     "Cannot export {file}: only .xlsx and .csv are supported."),
}


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.lower().startswith("en") else "vi"


def language() -> str:
    return _LANG


def message(code: str, lang: str | None = None, **params: object) -> str:
    vi, en = MESSAGES[code]
    template = en if (lang or _LANG) == "en" else vi
    try:
        return template.format(**params)
    except (KeyError, IndexError):  # a missing parameter must never hide the error
        return template


class ThongbaoError(Exception):
    """Base of every error the engine reports to a user."""

    code = "draft.unreadable"

    def __init__(self, code: str | None = None, **params: object):
        self.code = code or self.code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **_localized(self.params, lang))

    def __str__(self) -> str:
        return self.message()

    def one_line(self, lang: str | None = None) -> str:
        """The message on one line (lists joined with "; "), for the command line."""
        head, *items = self.message(lang).split("\n")
        items = [i.removeprefix("- ").strip() for i in items if i.strip()]
        return head + (" " + "; ".join(items) if items else "")


class Text:
    """A fragment in both languages (a type name, a reason), chosen when the
    message is shown — so an error raised in one language reads right in the
    other."""

    def __init__(self, vi: str, en: str):
        self.vi, self.en = vi, en

    def message(self, lang: str | None = None) -> str:
        return self.en if (lang or _LANG) == "en" else self.vi

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return f"Text({self.vi!r}, {self.en!r})"


_OS_REASONS = {
    errno.ENOENT: ("thư mục hoặc tệp không tồn tại", "no such file or folder"),
    errno.EACCES: ("không có quyền truy cập", "permission denied"),
    errno.EPERM: ("không được phép", "operation not permitted"),
    errno.EROFS: ("ổ đĩa chỉ cho đọc", "read-only file system"),
    errno.ENOSPC: ("ổ đĩa đã đầy", "no space left on the disk"),
    errno.EISDIR: ("đó là một thư mục", "that is a folder"),
    errno.ENOTDIR: ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
    errno.ENAMETOOLONG: ("tên tệp quá dài", "file name too long"),
    errno.EBUSY: ("tệp đang được dùng ở nơi khác", "the file is in use elsewhere"),
    errno.ETXTBSY: ("tệp đang được dùng ở nơi khác", "the file is in use elsewhere"),
}


def os_reason(exc: OSError) -> Text:
    """Why the operating system refused, in both languages (or why
    :mod:`thongbao_editor.fileio` did: its ``RefusedFile`` carries the reason)."""
    if isinstance(getattr(exc, "reason", None), Text):
        return exc.reason  # type: ignore[attr-defined]
    known = _OS_REASONS.get(exc.errno or 0)
    if known:
        return Text(*known)
    text = exc.strerror or str(exc)
    return Text(text, text)


def _localized(params: dict[str, object], lang: str | None) -> dict[str, object]:
    return {k: (v.message(lang) if isinstance(v, (FieldProblem, Text)) else v)
            for k, v in params.items()}


class FieldProblem:
    """What is wrong with one field (a translatable fragment)."""

    def __init__(self, code: str, **params: object):
        self.code, self.params = code, params

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **_localized(self.params, lang))

    def __repr__(self) -> str:
        return f"FieldProblem({self.code!r}, {self.params!r})"


class DraftError(ThongbaoError):
    """A draft file cannot be read or written.  ``file`` names it; for a bad
    field, ``path`` is the field path (``body[0].children[2].text``)."""

    @property
    def file(self) -> str:
        return str(self.params.get("file", ""))

    @property
    def path(self) -> str:
        return str(self.params.get("path", ""))


class RenderError(ThongbaoError):
    code = "render.template"


class FinalExportRefused(RenderError):
    """A final export was asked for while required parts are empty."""

    def __init__(self, problems: list["object"]):
        self.problems = problems
        super().__init__("render.final_refused", problems="")

    def message(self, lang: str | None = None) -> str:
        lines = "\n".join(f"- {p.message(lang)}" for p in self.problems)  # type: ignore[attr-defined]
        return message("render.final_refused", lang, problems=lines)


class TemplateError(ThongbaoError):
    """A template or agency profile cannot be read, checked or filled in.
    ``file`` names it and, where known, ``line`` or ``path`` locates the fault."""

    code = "template.file"

    @property
    def file(self) -> str:
        return str(self.params.get("file", ""))


class PdfError(ThongbaoError):
    code = "pdf.failed"


class ImportFileError(ThongbaoError):
    """A file cannot be imported (``import.*``); ``file`` names it."""

    code = "import.not_docx"

    @property
    def file(self) -> str:
        return str(self.params.get("file", ""))
class CompareError(ThongbaoError):
    """Two notices cannot be compared, or a change no longer fits (``compare.*``)."""

    code = "compare.stale"


class VersionsError(ThongbaoError):
    """The version history next to a draft cannot be read or written (``versions.*``)."""

    code = "versions.bad"

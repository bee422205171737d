//! The import's diagnostic catalogue: what was recognised (info), what was guessed (info), and
//! what could not be placed or was not found (warning), and input that holds no plan (error).
//!
//! Every message names the source line in `{line}` so a person can find the text again.

use crate::diagnostic::rule_catalogue;

const SOURCE: &str = "kehoach import";

rule_catalogue! {
    /// Every rule of the importer with its documentation, in code order.
    RULES;

    NUMBER_READ("IMP001") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được số, ký hiệu",
        description_en: "Number and symbol read",
        message_vi: "Dòng {line}: đọc được số, ký hiệu \"{number}\".",
        message_en: "Line {line}: read the number and symbol \"{number}\".",
    }
    NUMBER_BLANK("IMP002") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Số văn bản để trống (dự thảo)",
        description_en: "Number left blank (a draft)",
        message_vi: "Dòng {line}: số, ký hiệu \"{number}\" chưa có số thứ tự (dự thảo).",
        message_en: "Line {line}: the number \"{number}\" has no sequence number yet (a draft).",
    }
    NUMBER_TIDIED("IMP003") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Số, ký hiệu viết có khoảng trắng",
        description_en: "Number written with spaces",
        message_vi: "Dòng {line}: số, ký hiệu viết \"{written}\" được đọc là \"{number}\".",
        message_en: "Line {line}: the number written \"{written}\" is read as \"{number}\".",
    }
    ISSUED_READ("IMP004") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được địa danh và thời gian",
        description_en: "Place and date read",
        message_vi: "Dòng {line}: đọc được địa danh và thời gian \"{text}\".",
        message_en: "Line {line}: read the place and date \"{text}\".",
    }
    TITLE_READ("IMP005") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được tên loại và trích yếu",
        description_en: "Kind and subject read",
        message_vi: "Dòng {line}: đọc được tên loại \"{title}\" và trích yếu \"{subject}\".",
        message_en: "Line {line}: read the kind \"{title}\" and the subject \"{subject}\".",
    }
    ISSUER_READ("IMP006") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được cơ quan ban hành",
        description_en: "Issuing body read",
        message_vi: "Dòng {line}: đọc được cơ quan ban hành \"{name}\".",
        message_en: "Line {line}: read the issuing body \"{name}\".",
    }
    PARENT_READ("IMP007") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được cơ quan chủ quản",
        description_en: "Parent body read",
        message_vi: "Dòng {line}: đọc được cơ quan chủ quản \"{name}\".",
        message_en: "Line {line}: read the parent body \"{name}\".",
    }
    BASIS_READ("IMP008") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được căn cứ",
        description_en: "Legal basis read",
        message_vi: "Dòng {line}: đọc được căn cứ \"{citation}\".",
        message_en: "Line {line}: read the legal basis \"{citation}\".",
    }
    PREAMBLE_READ("IMP009") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được câu dẫn",
        description_en: "Preamble read",
        message_vi: "Dòng {line}: đọc được câu dẫn vào kế hoạch.",
        message_en: "Line {line}: read the sentence introducing the plan.",
    }
    BASIS_NO_DOCUMENT("IMP010") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Câu căn cứ không viện dẫn văn bản",
        description_en: "A \"Căn cứ\" sentence cites no document",
        message_vi: "Dòng {line}: câu \"{text}\" không viện dẫn văn bản nào, được giữ làm câu dẫn.",
        message_en: "Line {line}: \"{text}\" cites no document; it is kept as the preamble.",
    }
    AUDIENCE_READ("IMP011") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được đối tượng",
        description_en: "Audience read",
        message_vi: "Dòng {line}: đọc được đối tượng \"{heading}\" ({content} nội dung, {forms} hình thức).",
        message_en: "Line {line}: read the audience \"{heading}\" ({content} content items, {forms} forms).",
    }
    FORM_READ("IMP012") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Nhận ra hình thức tuyên truyền",
        description_en: "Form of communication recognised",
        message_vi: "Dòng {line}: nhận ra hình thức \"{name}\" (loại {kind}) từ cụm \"{cue}\".",
        message_en: "Line {line}: recognised the form \"{name}\" (kind {kind}) from \"{cue}\".",
    }
    FORM_SPLIT("IMP013") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Một ý nêu nhiều hình thức",
        description_en: "One bullet names several forms",
        message_vi: "Dòng {line}: một ý nêu {count} hình thức, được tách thành {count} hình thức; hình thức đầu giữ nguyên văn.",
        message_en: "Line {line}: one bullet names {count} forms and was split into {count}; the first keeps the text.",
    }
    QUOTA_READ("IMP014") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được chỉ tiêu",
        description_en: "Quota read",
        message_vi: "Dòng {line}: đọc được chỉ tiêu \"{text}\" (tối thiểu {min}, kỳ {period}, hình thức \"{form}\").",
        message_en: "Line {line}: read the quota \"{text}\" (at least {min}, period {period}, form \"{form}\").",
    }
    BUDGET_READ("IMP015") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được dự toán kinh phí",
        description_en: "Budget duty read",
        message_vi: "Dòng {line}: đọc được đoạn dự toán kinh phí (năm ngân sách {fiscalYear}).",
        message_en: "Line {line}: read the budget paragraph (budget year {fiscalYear}).",
    }
    RESPONSIBILITY_READ("IMP016") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được nhiệm vụ tổ chức thực hiện",
        description_en: "Responsibility read",
        message_vi: "Dòng {line}: đọc được nhiệm vụ tổ chức thực hiện ({units} đơn vị).",
        message_en: "Line {line}: read a responsibility ({units} unit(s) named).",
    }
    RECIPIENTS_READ("IMP017") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được nơi nhận",
        description_en: "Distribution list read",
        message_vi: "Dòng {line}: đọc được nơi nhận ({count} nơi).",
        message_en: "Line {line}: read the distribution list ({count} recipients).",
    }
    ARCHIVE_READ("IMP018") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được dòng lưu",
        description_en: "Archive line read",
        message_vi: "Dòng {line}: đọc được dòng lưu \"{text}\".",
        message_en: "Line {line}: read the archive line \"{text}\".",
    }
    SIGNATURE_READ("IMP019") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được phần ký",
        description_en: "Signature block read",
        message_vi: "Dòng {line}: đọc được phần ký của \"{name}\".",
        message_en: "Line {line}: read the signature of \"{name}\".",
    }
    SKIPPED("IMP020") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Bỏ qua phần không thuộc dữ liệu kế hoạch",
        description_en: "Text that is not plan data set aside",
        message_vi: "Dòng {line}: bỏ qua \"{text}\" (không thuộc dữ liệu kế hoạch).",
        message_en: "Line {line}: set aside \"{text}\" (not plan data).",
    }
    UNIT_READ("IMP021") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được đơn vị",
        description_en: "Unit read",
        message_vi: "Dòng {line}: đọc được đơn vị \"{name}\" (mã \"{id}\").",
        message_en: "Line {line}: read the unit \"{name}\" (id \"{id}\").",
    }
    REPORTING_READ("IMP022") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được chế độ báo cáo",
        description_en: "Reporting rule read",
        message_vi: "Dòng {line}: đơn vị theo dõi \"{unit}\", báo cáo về \"{recipient}\".",
        message_en: "Line {line}: monitored by \"{unit}\", reporting to \"{recipient}\".",
    }
    PORTAL_READ("IMP023") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Bỏ qua bảng thông tin của trang văn bản",
        description_en: "Portal metadata row set aside",
        message_vi: "Dòng {line}: \"{label}: {text}\" là bảng thông tin của trang đăng văn bản, không phải nội dung văn bản; chỉ dùng khi đầu văn bản không ghi.",
        message_en: "Line {line}: \"{label}: {text}\" is the publishing site's metadata, not the document's text; used only where the header does not say.",
    }
    ISSUED_WITH_READ("IMP024") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Kế hoạch ban hành kèm theo quyết định",
        description_en: "Plan issued with a decision",
        message_vi: "Dòng {line}: kế hoạch \"{text}\"; số, ngày và chữ ký là của quyết định.",
        message_en: "Line {line}: the plan is \"{text}\"; the number, date and signature are the decision's.",
    }
    TASKS_READ("IMP025") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được bảng nhiệm vụ",
        description_en: "Task table read",
        message_vi: "Dòng {line}: đọc được bảng nhiệm vụ gồm {count} nhiệm vụ (các cột: {columns}).",
        message_en: "Line {line}: read the task table, {count} tasks (columns: {columns}).",
    }
    TASK_READ("IMP026") {
        severity: Info,
        category: "import-recognised",
        source: SOURCE,
        description_vi: "Đọc được nhiệm vụ",
        description_en: "Task read",
        message_vi: "Dòng {line}: đọc được nhiệm vụ {number} \"{content}\".",
        message_en: "Line {line}: read task {number} \"{content}\".",
    }
    ISSUER_GUESSED("IMP030") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Cơ quan ban hành lấy từ nội dung",
        description_en: "Issuing body taken from the text",
        message_vi: "Dòng {line}: đầu văn bản không in cơ quan ban hành; lấy \"{name}\" từ câu \"{text}\".",
        message_en: "Line {line}: the header does not print the issuing body; \"{name}\" is taken from \"{text}\".",
    }
    PARENT_GUESSED("IMP031") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Cơ quan chủ quản được suy ra",
        description_en: "Parent body inferred",
        message_vi: "Đầu văn bản không in cơ quan chủ quản; suy ra \"{name}\" vì \"{issuer}\" là sở thuộc {province}.",
        message_en: "The header does not print the parent body; \"{name}\" is inferred because \"{issuer}\" is a department of {province}.",
    }
    YEAR_GUESSED("IMP032") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Năm kế hoạch được suy ra",
        description_en: "Plan year inferred",
        message_vi: "Trích yếu không nêu năm; năm kế hoạch lấy là {year}.",
        message_en: "The subject names no year; the plan year is taken as {year}.",
    }
    FORM_KIND_UNKNOWN("IMP033") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Không nhận ra loại hình thức",
        description_en: "Form kind not recognised",
        message_vi: "Dòng {line}: không nhận ra loại của hình thức \"{name}\"; ghi là loại \"other\".",
        message_en: "Line {line}: no known kind in the form \"{name}\"; recorded as \"other\".",
    }
    SCHEDULE_GUESSED("IMP034") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Kỳ báo cáo được suy ra",
        description_en: "Report schedule inferred",
        message_vi: "Dòng {line}: kế hoạch không nêu kỳ báo cáo; dùng chế độ báo cáo CCHC (quý I, 6 tháng, quý III, năm).",
        message_en: "Line {line}: the plan names no report periods; the CCHC regime is used (Q1, half-year, Q3, year).",
    }
    QUOTA_GUESSED("IMP035") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Kỳ tính chỉ tiêu được suy ra",
        description_en: "Quota period inferred",
        message_vi: "Dòng {line}: chỉ tiêu \"{text}\" không nêu kỳ tính; tính theo kỳ \"{period}\".",
        message_en: "Line {line}: the quota \"{text}\" states no period; it is counted per \"{period}\".",
    }
    FORM_FROM_QUOTA("IMP036") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Hình thức được lập từ câu chỉ tiêu",
        description_en: "Form made from a quota sentence",
        message_vi: "Dòng {line}: chỉ tiêu nêu hình thức \"{name}\" ({kind}) chưa có trong kế hoạch; hình thức được lập từ câu chỉ tiêu.",
        message_en: "Line {line}: the quota names the form \"{name}\" ({kind}), listed nowhere else; the form was made from the quota sentence.",
    }
    AUDIENCE_GENERAL("IMP037") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Nội dung, hình thức không chia theo đối tượng",
        description_en: "Content and forms not divided by audience",
        message_vi: "Dòng {line}: nội dung và hình thức không chia theo đối tượng; ghi chung cho đối tượng \"{heading}\" (mã \"{id}\").",
        message_en: "Line {line}: content and forms are not divided by audience; they go to one audience \"{heading}\" (id \"{id}\").",
    }
    FROM_PORTAL("IMP038") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Lấy từ bảng thông tin của trang văn bản",
        description_en: "Taken from the portal's metadata",
        message_vi: "Dòng {line}: đầu văn bản không ghi {field}; lấy \"{text}\" từ bảng thông tin của trang đăng văn bản, cần đối chiếu với bản gốc.",
        message_en: "Line {line}: the header does not state the {field}; \"{text}\" is taken from the publishing site's metadata and should be checked against the original.",
    }
    TASK_UNIT_ADDED("IMP039") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Đơn vị trong bảng nhiệm vụ chưa có trong kế hoạch",
        description_en: "A unit of the task table is not among the plan's units",
        message_vi: "Dòng {line}: đơn vị \"{name}\" (cột {column}) không trùng tên đơn vị nào đã đọc; thêm đơn vị mới, mã \"{id}\".",
        message_en: "Line {line}: the unit \"{name}\" (column {column}) matches no unit read so far; added as a new unit, id \"{id}\".",
    }
    TASK_AUDIENCE_GUESSED("IMP040") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Nhiệm vụ gắn với đối tượng theo dòng nhóm",
        description_en: "Task linked to an audience by its group row",
        message_vi: "Dòng {line}: nhiệm vụ {number} được gắn với đối tượng \"{audience}\" theo dòng nhóm \"{group}\".",
        message_en: "Line {line}: task {number} is linked to the audience \"{audience}\" by its group row \"{group}\".",
    }
    TASK_FORM_GUESSED("IMP041") {
        severity: Info,
        category: "import-guessed",
        source: SOURCE,
        description_vi: "Nhiệm vụ gắn với hình thức theo nội dung",
        description_en: "Task linked to a form by its content",
        message_vi: "Dòng {line}: nhiệm vụ {number} được gắn với hình thức \"{form}\" theo cụm \"{cue}\" trong nội dung.",
        message_en: "Line {line}: task {number} is linked to the form \"{form}\" by \"{cue}\" in its content.",
    }
    NOT_PLACED("IMP101") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Không xếp được vào kế hoạch",
        description_en: "Could not be placed",
        message_vi: "Dòng {line}: không xếp được vào kế hoạch: \"{text}\".",
        message_en: "Line {line}: could not be placed in the plan: \"{text}\".",
    }
    CUT_OFF("IMP102") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Văn bản bị cắt",
        description_en: "Text cut off",
        message_vi: "Dòng {line}: văn bản dừng giữa chừng ở \"{text}\"; phần này và phần sau không được đưa vào kế hoạch.",
        message_en: "Line {line}: the text stops mid-sentence at \"{text}\"; this and what should follow are not in the plan.",
    }
    NUMBER_MISSING("IMP103") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy số, ký hiệu (\"Số: …\")",
        description_en: "No number and symbol (\"Số: …\") found",
        message_vi: "Không tìm thấy số, ký hiệu (\"Số: …\") trong văn bản; trường này để trống.",
        message_en: "No number and symbol (\"Số: …\") found in the text; the field is left empty.",
    }
    BAD_DATE("IMP104") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Ngày không có thật",
        description_en: "Not a calendar date",
        message_vi: "Dòng {line}: \"{text}\" không phải là ngày có thật; ngày được để trống.",
        message_en: "Line {line}: \"{text}\" is not a real date; the date is left empty.",
    }
    BASIS_KIND_UNKNOWN("IMP105") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Không đọc được loại văn bản được viện dẫn",
        description_en: "Cited document's kind not read",
        message_vi: "Dòng {line}: không đọc được loại văn bản trong căn cứ \"{text}\"; ghi là loại \"other\".",
        message_en: "Line {line}: the kind of the cited document in \"{text}\" could not be read; recorded as \"other\".",
    }
    QUOTA_NO_FORM("IMP106") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Chỉ tiêu không gắn được với hình thức",
        description_en: "Quota not tied to a form",
        message_vi: "Dòng {line}: chỉ tiêu \"{text}\" không gắn được với hình thức nào nên không được ghi.",
        message_en: "Line {line}: the quota \"{text}\" matches no form and is not recorded.",
    }
    ISSUED_MISSING("IMP107") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy địa danh và thời gian ban hành",
        description_en: "No place and date of issue found",
        message_vi: "Không tìm thấy địa danh và thời gian ban hành trong văn bản; trường này để trống.",
        message_en: "No place and date of issue found in the text; the field is left empty.",
    }
    PLACE_MISSING("IMP108") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy địa danh trước ngày ban hành",
        description_en: "No place name before the date of issue found",
        message_vi: "Không tìm thấy địa danh trước ngày ban hành trong văn bản; trường này để trống.",
        message_en: "No place name before the date of issue found in the text; the field is left empty.",
    }
    TITLE_MISSING("IMP109") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy tên loại và trích yếu",
        description_en: "No kind and subject found",
        message_vi: "Không tìm thấy tên loại và trích yếu trong văn bản; trường này để trống.",
        message_en: "No kind and subject found in the text; the field is left empty.",
    }
    ISSUER_MISSING("IMP110") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy cơ quan ban hành",
        description_en: "No issuing body found",
        message_vi: "Không tìm thấy cơ quan ban hành trong văn bản; trường này để trống.",
        message_en: "No issuing body found in the text; the field is left empty.",
    }
    PURPOSES_MISSING("IMP111") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy phần mục đích",
        description_en: "No purposes found",
        message_vi: "Không tìm thấy phần mục đích trong văn bản; trường này để trống.",
        message_en: "No purposes found in the text; the field is left empty.",
    }
    REQUIREMENTS_MISSING("IMP112") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy phần yêu cầu",
        description_en: "No requirements found",
        message_vi: "Không tìm thấy phần yêu cầu trong văn bản; trường này để trống.",
        message_en: "No requirements found in the text; the field is left empty.",
    }
    AUDIENCES_MISSING("IMP113") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy phần nội dung, hình thức theo đối tượng",
        description_en: "No content and forms by audience found",
        message_vi: "Không tìm thấy phần nội dung, hình thức theo đối tượng trong văn bản; trường này để trống.",
        message_en: "No content and forms by audience found in the text; the field is left empty.",
    }
    IMPLEMENTATION_MISSING("IMP114") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy phần tổ chức thực hiện",
        description_en: "No implementation part (tổ chức thực hiện) found",
        message_vi: "Không tìm thấy phần tổ chức thực hiện trong văn bản; trường này để trống.",
        message_en: "No implementation part (tổ chức thực hiện) found in the text; the field is left empty.",
    }
    MONITORING_MISSING("IMP115") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy đơn vị theo dõi, đôn đốc",
        description_en: "No unit that monitors the plan found",
        message_vi: "Không tìm thấy đơn vị theo dõi, đôn đốc trong văn bản; trường này để trống.",
        message_en: "No unit that monitors the plan found in the text; the field is left empty.",
    }
    REPORTING_MISSING("IMP116") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy nơi nhận báo cáo kết quả",
        description_en: "No where results are reported found",
        message_vi: "Không tìm thấy nơi nhận báo cáo kết quả trong văn bản; trường này để trống.",
        message_en: "No where results are reported found in the text; the field is left empty.",
    }
    RECIPIENTS_MISSING("IMP117") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy nơi nhận",
        description_en: "No distribution list (nơi nhận) found",
        message_vi: "Không tìm thấy nơi nhận trong văn bản; trường này để trống.",
        message_en: "No distribution list (nơi nhận) found in the text; the field is left empty.",
    }
    SIGNATURE_MISSING("IMP118") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy phần ký",
        description_en: "No signature block found",
        message_vi: "Không tìm thấy phần ký trong văn bản; trường này để trống.",
        message_en: "No signature block found in the text; the field is left empty.",
    }
    BUDGET_FRAME_MISSING("IMP119") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không tìm thấy căn cứ pháp lý của kinh phí",
        description_en: "No legal frame of the budget found",
        message_vi: "Không tìm thấy căn cứ pháp lý của kinh phí trong văn bản; trường này để trống.",
        message_en: "No legal frame of the budget found in the text; the field is left empty.",
    }
    NOT_COMMUNICATION("IMP120") {
        severity: Warning,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Trích yếu không nói về tuyên truyền",
        description_en: "The subject is not about communication",
        message_vi: "Trích yếu \"{subject}\" không nói về thông tin, tuyên truyền: văn bản có thể không phải kế hoạch tuyên truyền (ví dụ kế hoạch cải cách hành chính chung); phần hình thức, chỉ tiêu có thể không có.",
        message_en: "The subject \"{subject}\" does not mention information or communication: the text may not be a communication plan (e.g. a general administrative-reform plan); forms and quotas may be missing.",
    }
    TASK_COLUMN_UNKNOWN("IMP121") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Không nhận ra cột của bảng nhiệm vụ",
        description_en: "Task table column not recognised",
        message_vi: "Dòng {line}: không nhận ra cột \"{text}\" của bảng nhiệm vụ; nội dung cột được ghi vào phần ghi chú của từng nhiệm vụ.",
        message_en: "Line {line}: the task table's column \"{text}\" is not recognised; its cells go to each task's notes.",
    }
    TASK_ROW_UNSPLIT("IMP122") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Hàng của bảng nhiệm vụ không khớp các cột",
        description_en: "Task table row does not fit the columns",
        message_vi: "Dòng {line}: hàng \"{text}\" có {cells} ô, bảng có {columns} cột; các ô được xếp lần lượt từ trái sang, cần đối chiếu.",
        message_en: "Line {line}: the row \"{text}\" has {cells} cells and the table {columns} columns; cells are placed from the left and should be checked.",
    }
    TIMING_UNREAD("IMP123") {
        severity: Warning,
        category: "import-not-placed",
        source: SOURCE,
        description_vi: "Không đọc được thời gian của nhiệm vụ",
        description_en: "Task timing not read",
        message_vi: "Dòng {line}: không đọc được thời gian \"{text}\" của nhiệm vụ {number}; giữ nguyên văn, chưa có hạn hoàn thành.",
        message_en: "Line {line}: the time \"{text}\" of task {number} could not be read; it is kept as written, with no due date.",
    }
    NO_PLAN("IMP190") {
        severity: Error,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Không có kế hoạch trong văn bản",
        description_en: "No plan in the text",
        message_vi: "Không đọc được phần nào của một kế hoạch trong văn bản.",
        message_en: "Nothing in the text could be read as part of a plan.",
    }
    TOO_LONG("IMP191") {
        severity: Error,
        category: "import-not-found",
        source: SOURCE,
        description_vi: "Văn bản quá dài",
        description_en: "Text too long",
        message_vi: "Văn bản dài {bytes} byte, vượt giới hạn {limit} của một kế hoạch; văn bản không được đọc.",
        message_en: "The text is {bytes} bytes long, more than the {limit} limit on a plan; it was not read.",
    }
}

//! The import's diagnostic catalogue: what was recognised (info), what was guessed (info), and
//! what could not be placed or was not found (warning), and input that holds no plan (error).
//!
//! Every message names the source line in `{line}` so a person can find the text again.

use crate::diagnostic::{Rule, Severity};

const SOURCE: &str = "kehoach import";

const fn rule(
    code: &'static str,
    severity: Severity,
    category: &'static str,
    description: (&'static str, &'static str),
    message: (&'static str, &'static str),
) -> Rule {
    Rule {
        code,
        severity,
        category,
        description_vi: description.0,
        description_en: description.1,
        message_vi: message.0,
        message_en: message.1,
        source: SOURCE,
    }
}

use Severity::{Error, Info, Warning};

/// IMP001: the number and symbol was read.
pub const NUMBER_READ: Rule = rule(
    "IMP001",
    Info,
    "import-recognised",
    ("Đọc được số, ký hiệu", "Number and symbol read"),
    (
        "Dòng {line}: đọc được số, ký hiệu \"{number}\".",
        "Line {line}: read the number and symbol \"{number}\".",
    ),
);

/// IMP002: the number is left blank, as in a draft.
pub const NUMBER_BLANK: Rule = rule(
    "IMP002",
    Info,
    "import-recognised",
    (
        "Số văn bản để trống (dự thảo)",
        "Number left blank (a draft)",
    ),
    (
        "Dòng {line}: số, ký hiệu \"{number}\" chưa có số thứ tự (dự thảo).",
        "Line {line}: the number \"{number}\" has no sequence number yet (a draft).",
    ),
);

/// IMP003: the number was written with spaces or fillers, read without them.
pub const NUMBER_TIDIED: Rule = rule(
    "IMP003",
    Info,
    "import-guessed",
    (
        "Số, ký hiệu viết có khoảng trắng",
        "Number written with spaces",
    ),
    (
        "Dòng {line}: số, ký hiệu viết \"{written}\" được đọc là \"{number}\".",
        "Line {line}: the number written \"{written}\" is read as \"{number}\".",
    ),
);

/// IMP004: the place and date line was read.
pub const ISSUED_READ: Rule = rule(
    "IMP004",
    Info,
    "import-recognised",
    ("Đọc được địa danh và thời gian", "Place and date read"),
    (
        "Dòng {line}: đọc được địa danh và thời gian \"{text}\".",
        "Line {line}: read the place and date \"{text}\".",
    ),
);

/// IMP005: the kind and subject were read.
pub const TITLE_READ: Rule = rule(
    "IMP005",
    Info,
    "import-recognised",
    ("Đọc được tên loại và trích yếu", "Kind and subject read"),
    (
        "Dòng {line}: đọc được tên loại \"{title}\" và trích yếu \"{subject}\".",
        "Line {line}: read the kind \"{title}\" and the subject \"{subject}\".",
    ),
);

/// IMP006: the issuing body was read from the header.
pub const ISSUER_READ: Rule = rule(
    "IMP006",
    Info,
    "import-recognised",
    ("Đọc được cơ quan ban hành", "Issuing body read"),
    (
        "Dòng {line}: đọc được cơ quan ban hành \"{name}\".",
        "Line {line}: read the issuing body \"{name}\".",
    ),
);

/// IMP007: the parent body was read from the header.
pub const PARENT_READ: Rule = rule(
    "IMP007",
    Info,
    "import-recognised",
    ("Đọc được cơ quan chủ quản", "Parent body read"),
    (
        "Dòng {line}: đọc được cơ quan chủ quản \"{name}\".",
        "Line {line}: read the parent body \"{name}\".",
    ),
);

/// IMP008: a legal basis (căn cứ) was read.
pub const BASIS_READ: Rule = rule(
    "IMP008",
    Info,
    "import-recognised",
    ("Đọc được căn cứ", "Legal basis read"),
    (
        "Dòng {line}: đọc được căn cứ \"{citation}\".",
        "Line {line}: read the legal basis \"{citation}\".",
    ),
);

/// IMP009: the sentence introducing the plan was read.
pub const PREAMBLE_READ: Rule = rule(
    "IMP009",
    Info,
    "import-recognised",
    ("Đọc được câu dẫn", "Preamble read"),
    (
        "Dòng {line}: đọc được câu dẫn vào kế hoạch.",
        "Line {line}: read the sentence introducing the plan.",
    ),
);

/// IMP010: a "Căn cứ …" sentence cites no document.
pub const BASIS_NO_DOCUMENT: Rule = rule(
    "IMP010",
    Info,
    "import-recognised",
    (
        "Câu căn cứ không viện dẫn văn bản",
        "A \"Căn cứ\" sentence cites no document",
    ),
    (
        "Dòng {line}: câu \"{text}\" không viện dẫn văn bản nào, được giữ làm câu dẫn.",
        "Line {line}: \"{text}\" cites no document; it is kept as the preamble.",
    ),
);

/// IMP011: an audience was read.
pub const AUDIENCE_READ: Rule = rule(
    "IMP011",
    Info,
    "import-recognised",
    ("Đọc được đối tượng", "Audience read"),
    (
        "Dòng {line}: đọc được đối tượng \"{heading}\" ({content} nội dung, {forms} hình thức).",
        "Line {line}: read the audience \"{heading}\" ({content} content items, {forms} forms).",
    ),
);

/// IMP012: a form was recognised from its wording.
pub const FORM_READ: Rule = rule(
    "IMP012",
    Info,
    "import-recognised",
    (
        "Nhận ra hình thức tuyên truyền",
        "Form of communication recognised",
    ),
    (
        "Dòng {line}: nhận ra hình thức \"{name}\" (loại {kind}) từ cụm \"{cue}\".",
        "Line {line}: recognised the form \"{name}\" (kind {kind}) from \"{cue}\".",
    ),
);

/// IMP013: one bullet named several forms and was split.
pub const FORM_SPLIT: Rule = rule(
    "IMP013",
    Info,
    "import-guessed",
    (
        "Một ý nêu nhiều hình thức",
        "One bullet names several forms",
    ),
    (
        "Dòng {line}: một ý nêu {count} hình thức, được tách thành {count} hình thức; hình thức đầu giữ nguyên văn.",
        "Line {line}: one bullet names {count} forms and was split into {count}; the first keeps the text.",
    ),
);

/// IMP014: a quota sentence was read.
pub const QUOTA_READ: Rule = rule(
    "IMP014",
    Info,
    "import-recognised",
    ("Đọc được chỉ tiêu", "Quota read"),
    (
        "Dòng {line}: đọc được chỉ tiêu \"{text}\" (tối thiểu {min}, kỳ {period}, hình thức \"{form}\").",
        "Line {line}: read the quota \"{text}\" (at least {min}, period {period}, form \"{form}\").",
    ),
);

/// IMP015: the budget paragraph was read.
pub const BUDGET_READ: Rule = rule(
    "IMP015",
    Info,
    "import-recognised",
    ("Đọc được dự toán kinh phí", "Budget duty read"),
    (
        "Dòng {line}: đọc được đoạn dự toán kinh phí (năm ngân sách {fiscalYear}).",
        "Line {line}: read the budget paragraph (budget year {fiscalYear}).",
    ),
);

/// IMP016: a responsibility was read.
pub const RESPONSIBILITY_READ: Rule = rule(
    "IMP016",
    Info,
    "import-recognised",
    ("Đọc được nhiệm vụ tổ chức thực hiện", "Responsibility read"),
    (
        "Dòng {line}: đọc được nhiệm vụ tổ chức thực hiện ({units} đơn vị).",
        "Line {line}: read a responsibility ({units} unit(s) named).",
    ),
);

/// IMP017: the distribution list was read.
pub const RECIPIENTS_READ: Rule = rule(
    "IMP017",
    Info,
    "import-recognised",
    ("Đọc được nơi nhận", "Distribution list read"),
    (
        "Dòng {line}: đọc được nơi nhận ({count} nơi).",
        "Line {line}: read the distribution list ({count} recipients).",
    ),
);

/// IMP018: the archive line was read.
pub const ARCHIVE_READ: Rule = rule(
    "IMP018",
    Info,
    "import-recognised",
    ("Đọc được dòng lưu", "Archive line read"),
    (
        "Dòng {line}: đọc được dòng lưu \"{text}\".",
        "Line {line}: read the archive line \"{text}\".",
    ),
);

/// IMP019: the signature block was read.
pub const SIGNATURE_READ: Rule = rule(
    "IMP019",
    Info,
    "import-recognised",
    ("Đọc được phần ký", "Signature block read"),
    (
        "Dòng {line}: đọc được phần ký của \"{name}\".",
        "Line {line}: read the signature of \"{name}\".",
    ),
);

/// IMP020: text that is not part of the plan's data was set aside (national motto, page
/// metadata, the frame of a decision).
pub const SKIPPED: Rule = rule(
    "IMP020",
    Info,
    "import-recognised",
    (
        "Bỏ qua phần không thuộc dữ liệu kế hoạch",
        "Text that is not plan data set aside",
    ),
    (
        "Dòng {line}: bỏ qua \"{text}\" (không thuộc dữ liệu kế hoạch).",
        "Line {line}: set aside \"{text}\" (not plan data).",
    ),
);

/// IMP021: a unit of the department was read.
pub const UNIT_READ: Rule = rule(
    "IMP021",
    Info,
    "import-recognised",
    ("Đọc được đơn vị", "Unit read"),
    (
        "Dòng {line}: đọc được đơn vị \"{name}\" (mã \"{id}\").",
        "Line {line}: read the unit \"{name}\" (id \"{id}\").",
    ),
);

/// IMP022: the monitoring unit and the reporting rule were read.
pub const REPORTING_READ: Rule = rule(
    "IMP022",
    Info,
    "import-recognised",
    ("Đọc được chế độ báo cáo", "Reporting rule read"),
    (
        "Dòng {line}: đơn vị theo dõi \"{unit}\", báo cáo về \"{recipient}\".",
        "Line {line}: monitored by \"{unit}\", reporting to \"{recipient}\".",
    ),
);

/// IMP030: the issuer was not printed in the header and was taken from elsewhere.
pub const ISSUER_GUESSED: Rule = rule(
    "IMP030",
    Info,
    "import-guessed",
    (
        "Cơ quan ban hành lấy từ nội dung",
        "Issuing body taken from the text",
    ),
    (
        "Dòng {line}: đầu văn bản không in cơ quan ban hành; lấy \"{name}\" từ câu \"{text}\".",
        "Line {line}: the header does not print the issuing body; \"{name}\" is taken from \"{text}\".",
    ),
);

/// IMP031: the parent body was guessed from the issuer and the province.
pub const PARENT_GUESSED: Rule = rule(
    "IMP031",
    Info,
    "import-guessed",
    ("Cơ quan chủ quản được suy ra", "Parent body inferred"),
    (
        "Đầu văn bản không in cơ quan chủ quản; suy ra \"{name}\" vì \"{issuer}\" là sở thuộc {province}.",
        "The header does not print the parent body; \"{name}\" is inferred because \"{issuer}\" is a department of {province}.",
    ),
);

/// IMP032: the plan's year was not in its subject and was taken from a date.
pub const YEAR_GUESSED: Rule = rule(
    "IMP032",
    Info,
    "import-guessed",
    ("Năm kế hoạch được suy ra", "Plan year inferred"),
    (
        "Trích yếu không nêu năm; năm kế hoạch lấy là {year}.",
        "The subject names no year; the plan year is taken as {year}.",
    ),
);

/// IMP033: a form's wording matched no known kind.
pub const FORM_KIND_UNKNOWN: Rule = rule(
    "IMP033",
    Info,
    "import-guessed",
    ("Không nhận ra loại hình thức", "Form kind not recognised"),
    (
        "Dòng {line}: không nhận ra loại của hình thức \"{name}\"; ghi là loại \"other\".",
        "Line {line}: no known kind in the form \"{name}\"; recorded as \"other\".",
    ),
);

/// IMP034: the reporting schedule is not stated; the CCHC regime is assumed.
pub const SCHEDULE_GUESSED: Rule = rule(
    "IMP034",
    Info,
    "import-guessed",
    ("Kỳ báo cáo được suy ra", "Report schedule inferred"),
    (
        "Dòng {line}: kế hoạch không nêu kỳ báo cáo; dùng chế độ báo cáo CCHC (quý I, 6 tháng, quý III, năm).",
        "Line {line}: the plan names no report periods; the CCHC regime is used (Q1, half-year, Q3, year).",
    ),
);

/// IMP035: a quota's period was not stated and was inferred.
pub const QUOTA_GUESSED: Rule = rule(
    "IMP035",
    Info,
    "import-guessed",
    ("Kỳ tính chỉ tiêu được suy ra", "Quota period inferred"),
    (
        "Dòng {line}: chỉ tiêu \"{text}\" không nêu kỳ tính; tính theo kỳ \"{period}\".",
        "Line {line}: the quota \"{text}\" states no period; it is counted per \"{period}\".",
    ),
);

/// IMP036: a quota names a form the plan lists nowhere else; the form was made from it.
pub const FORM_FROM_QUOTA: Rule = rule(
    "IMP036",
    Info,
    "import-guessed",
    (
        "Hình thức được lập từ câu chỉ tiêu",
        "Form made from a quota sentence",
    ),
    (
        "Dòng {line}: chỉ tiêu nêu hình thức \"{name}\" ({kind}) chưa có trong kế hoạch; hình thức được lập từ câu chỉ tiêu.",
        "Line {line}: the quota names the form \"{name}\" ({kind}), listed nowhere else; the form was made from the quota sentence.",
    ),
);

/// IMP037: content and forms are not divided by audience; one general audience holds them.
pub const AUDIENCE_GENERAL: Rule = rule(
    "IMP037",
    Info,
    "import-guessed",
    (
        "Nội dung, hình thức không chia theo đối tượng",
        "Content and forms not divided by audience",
    ),
    (
        "Dòng {line}: nội dung và hình thức không chia theo đối tượng; ghi chung cho đối tượng \"{heading}\" (mã \"{id}\").",
        "Line {line}: content and forms are not divided by audience; they go to one audience \"{heading}\" (id \"{id}\").",
    ),
);

/// IMP101: a line could not be placed in the plan.
pub const NOT_PLACED: Rule = rule(
    "IMP101",
    Warning,
    "import-not-placed",
    ("Không xếp được vào kế hoạch", "Could not be placed"),
    (
        "Dòng {line}: không xếp được vào kế hoạch: \"{text}\".",
        "Line {line}: could not be placed in the plan: \"{text}\".",
    ),
);

/// IMP102: the text stops mid-sentence: it was cut off.
pub const CUT_OFF: Rule = rule(
    "IMP102",
    Warning,
    "import-not-placed",
    ("Văn bản bị cắt", "Text cut off"),
    (
        "Dòng {line}: văn bản dừng giữa chừng ở \"{text}\"; phần này và phần sau không được đưa vào kế hoạch.",
        "Line {line}: the text stops mid-sentence at \"{text}\"; this and what should follow are not in the plan.",
    ),
);

const fn missing(
    code: &'static str,
    description: (&'static str, &'static str),
    message: (&'static str, &'static str),
) -> Rule {
    rule(code, Warning, "import-not-found", description, message)
}

/// IMP103: the number and symbol not found in the text.
pub const NUMBER_MISSING: Rule = missing(
    "IMP103",
    (
        "Không tìm thấy số, ký hiệu (\"Số: …\")",
        "No number and symbol (\"Số: …\") found",
    ),
    (
        "Không tìm thấy số, ký hiệu (\"Số: …\") trong văn bản; trường này để trống.",
        "No number and symbol (\"Số: …\") found in the text; the field is left empty.",
    ),
);

/// IMP107: the place and date not found in the text.
pub const ISSUED_MISSING: Rule = missing(
    "IMP107",
    (
        "Không tìm thấy địa danh và thời gian ban hành",
        "No place and date of issue found",
    ),
    (
        "Không tìm thấy địa danh và thời gian ban hành trong văn bản; trường này để trống.",
        "No place and date of issue found in the text; the field is left empty.",
    ),
);

/// IMP108: the place not found in the text.
pub const PLACE_MISSING: Rule = missing(
    "IMP108",
    (
        "Không tìm thấy địa danh trước ngày ban hành",
        "No place name before the date of issue found",
    ),
    (
        "Không tìm thấy địa danh trước ngày ban hành trong văn bản; trường này để trống.",
        "No place name before the date of issue found in the text; the field is left empty.",
    ),
);

/// IMP109: the kind and subject not found in the text.
pub const TITLE_MISSING: Rule = missing(
    "IMP109",
    (
        "Không tìm thấy tên loại và trích yếu",
        "No kind and subject found",
    ),
    (
        "Không tìm thấy tên loại và trích yếu trong văn bản; trường này để trống.",
        "No kind and subject found in the text; the field is left empty.",
    ),
);

/// IMP110: the issuing body not found in the text.
pub const ISSUER_MISSING: Rule = missing(
    "IMP110",
    ("Không tìm thấy cơ quan ban hành", "No issuing body found"),
    (
        "Không tìm thấy cơ quan ban hành trong văn bản; trường này để trống.",
        "No issuing body found in the text; the field is left empty.",
    ),
);

/// IMP111: the purposes not found in the text.
pub const PURPOSES_MISSING: Rule = missing(
    "IMP111",
    ("Không tìm thấy phần mục đích", "No purposes found"),
    (
        "Không tìm thấy phần mục đích trong văn bản; trường này để trống.",
        "No purposes found in the text; the field is left empty.",
    ),
);

/// IMP112: the requirements not found in the text.
pub const REQUIREMENTS_MISSING: Rule = missing(
    "IMP112",
    ("Không tìm thấy phần yêu cầu", "No requirements found"),
    (
        "Không tìm thấy phần yêu cầu trong văn bản; trường này để trống.",
        "No requirements found in the text; the field is left empty.",
    ),
);

/// IMP113: the audiences not found in the text.
pub const AUDIENCES_MISSING: Rule = missing(
    "IMP113",
    ("Không tìm thấy phần nội dung, hình thức theo đối tượng", "No content and forms by audience found"),
    (
        "Không tìm thấy phần nội dung, hình thức theo đối tượng trong văn bản; trường này để trống.",
        "No content and forms by audience found in the text; the field is left empty.",
    ),
);

/// IMP114: the implementation part not found in the text.
pub const IMPLEMENTATION_MISSING: Rule = missing(
    "IMP114",
    (
        "Không tìm thấy phần tổ chức thực hiện",
        "No implementation part (tổ chức thực hiện) found",
    ),
    (
        "Không tìm thấy phần tổ chức thực hiện trong văn bản; trường này để trống.",
        "No implementation part (tổ chức thực hiện) found in the text; the field is left empty.",
    ),
);

/// IMP115: the monitoring unit not found in the text.
pub const MONITORING_MISSING: Rule = missing(
    "IMP115",
    (
        "Không tìm thấy đơn vị theo dõi, đôn đốc",
        "No unit that monitors the plan found",
    ),
    (
        "Không tìm thấy đơn vị theo dõi, đôn đốc trong văn bản; trường này để trống.",
        "No unit that monitors the plan found in the text; the field is left empty.",
    ),
);

/// IMP116: the reporting rule not found in the text.
pub const REPORTING_MISSING: Rule = missing(
    "IMP116",
    (
        "Không tìm thấy nơi nhận báo cáo kết quả",
        "No where results are reported found",
    ),
    (
        "Không tìm thấy nơi nhận báo cáo kết quả trong văn bản; trường này để trống.",
        "No where results are reported found in the text; the field is left empty.",
    ),
);

/// IMP117: the distribution list not found in the text.
pub const RECIPIENTS_MISSING: Rule = missing(
    "IMP117",
    (
        "Không tìm thấy nơi nhận",
        "No distribution list (nơi nhận) found",
    ),
    (
        "Không tìm thấy nơi nhận trong văn bản; trường này để trống.",
        "No distribution list (nơi nhận) found in the text; the field is left empty.",
    ),
);

/// IMP118: the signature block not found in the text.
pub const SIGNATURE_MISSING: Rule = missing(
    "IMP118",
    ("Không tìm thấy phần ký", "No signature block found"),
    (
        "Không tìm thấy phần ký trong văn bản; trường này để trống.",
        "No signature block found in the text; the field is left empty.",
    ),
);

/// IMP119: the budget's legal frame not found in the text.
pub const BUDGET_FRAME_MISSING: Rule = missing(
    "IMP119",
    (
        "Không tìm thấy căn cứ pháp lý của kinh phí",
        "No legal frame of the budget found",
    ),
    (
        "Không tìm thấy căn cứ pháp lý của kinh phí trong văn bản; trường này để trống.",
        "No legal frame of the budget found in the text; the field is left empty.",
    ),
);

/// IMP104: a printed date is not a real calendar date.
pub const BAD_DATE: Rule = rule(
    "IMP104",
    Warning,
    "import-not-placed",
    ("Ngày không có thật", "Not a calendar date"),
    (
        "Dòng {line}: \"{text}\" không phải là ngày có thật; ngày được để trống.",
        "Line {line}: \"{text}\" is not a real date; the date is left empty.",
    ),
);

/// IMP105: a cited document's kind could not be read.
pub const BASIS_KIND_UNKNOWN: Rule = rule(
    "IMP105",
    Warning,
    "import-not-placed",
    (
        "Không đọc được loại văn bản được viện dẫn",
        "Cited document's kind not read",
    ),
    (
        "Dòng {line}: không đọc được loại văn bản trong căn cứ \"{text}\"; ghi là loại \"other\".",
        "Line {line}: the kind of the cited document in \"{text}\" could not be read; recorded as \"other\".",
    ),
);

/// IMP106: a quota could not be tied to any form.
pub const QUOTA_NO_FORM: Rule = rule(
    "IMP106",
    Warning,
    "import-not-placed",
    (
        "Chỉ tiêu không gắn được với hình thức",
        "Quota not tied to a form",
    ),
    (
        "Dòng {line}: chỉ tiêu \"{text}\" không gắn được với hình thức nào nên không được ghi.",
        "Line {line}: the quota \"{text}\" matches no form and is not recorded.",
    ),
);

/// IMP190: nothing in the text looks like a plan.
pub const NO_PLAN: Rule = rule(
    "IMP190",
    Error,
    "import-not-found",
    ("Không có kế hoạch trong văn bản", "No plan in the text"),
    (
        "Không đọc được phần nào của một kế hoạch trong văn bản.",
        "Nothing in the text could be read as part of a plan.",
    ),
);

/// IMP191: the text is longer than [`crate::limits::MAX_IMPORT_BYTES`] and was not read.
pub const TOO_LONG: Rule = rule(
    "IMP191",
    Error,
    "import-not-found",
    ("Văn bản quá dài", "Text too long"),
    (
        "Văn bản dài {bytes} byte, vượt giới hạn {limit} của một kế hoạch; văn bản không được đọc.",
        "The text is {bytes} bytes long, more than the {limit} limit on a plan; it was not read.",
    ),
);

/// Every rule of the importer, in code order.
pub const RULES: &[Rule] = &[
    NUMBER_READ,
    NUMBER_BLANK,
    NUMBER_TIDIED,
    ISSUED_READ,
    TITLE_READ,
    ISSUER_READ,
    PARENT_READ,
    BASIS_READ,
    PREAMBLE_READ,
    BASIS_NO_DOCUMENT,
    AUDIENCE_READ,
    FORM_READ,
    FORM_SPLIT,
    QUOTA_READ,
    BUDGET_READ,
    RESPONSIBILITY_READ,
    RECIPIENTS_READ,
    ARCHIVE_READ,
    SIGNATURE_READ,
    SKIPPED,
    UNIT_READ,
    REPORTING_READ,
    ISSUER_GUESSED,
    PARENT_GUESSED,
    YEAR_GUESSED,
    FORM_KIND_UNKNOWN,
    SCHEDULE_GUESSED,
    QUOTA_GUESSED,
    FORM_FROM_QUOTA,
    AUDIENCE_GENERAL,
    NOT_PLACED,
    CUT_OFF,
    NUMBER_MISSING,
    ISSUED_MISSING,
    PLACE_MISSING,
    TITLE_MISSING,
    ISSUER_MISSING,
    PURPOSES_MISSING,
    REQUIREMENTS_MISSING,
    AUDIENCES_MISSING,
    IMPLEMENTATION_MISSING,
    MONITORING_MISSING,
    REPORTING_MISSING,
    RECIPIENTS_MISSING,
    SIGNATURE_MISSING,
    BUDGET_FRAME_MISSING,
    BAD_DATE,
    BASIS_KIND_UNKNOWN,
    QUOTA_NO_FORM,
    NO_PLAN,
    TOO_LONG,
];

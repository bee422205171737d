//! Names of the model's enums as messages print them, in both languages (their JSON ids come
//! from `crate::model::save::JsonName`).

use super::{word, Word};
use crate::{DocumentKind, FormKind, PeriodType, ReportKind};

/// A document kind in running text: "kế hoạch" / "plan".
pub(crate) fn document_kind(name: &'static str, kind: DocumentKind) -> Word {
    let en = match kind {
        DocumentKind::Law => "law",
        DocumentKind::Decree => "decree",
        DocumentKind::Circular => "circular",
        DocumentKind::JointCircular => "joint circular",
        DocumentKind::Resolution => "resolution",
        DocumentKind::Decision => "decision",
        DocumentKind::Directive => "directive",
        DocumentKind::Conclusion => "conclusion",
        DocumentKind::Plan => "plan",
        DocumentKind::Programme => "programme",
        DocumentKind::Guidance => "guidance",
        DocumentKind::Notice => "notice",
        DocumentKind::Report => "report",
        DocumentKind::OfficialLetter => "official letter",
        DocumentKind::Other => "other document",
    };
    let vi = match kind {
        DocumentKind::Other => "văn bản khác".to_string(),
        other => crate::text::fold::lower(other.vietnamese()),
    };
    word(name, vi, en)
}

/// A JSON field as a person calls it: "signerName" → "họ tên người ký" / "signer's name".
pub(crate) fn field(name: &'static str, key: &str) -> Word {
    let (vi, en) = match key {
        "purposes" => ("mục đích", "purpose"),
        "requirements" => ("yêu cầu", "requirement"),
        "content" => ("nội dung tuyên truyền", "content item"),
        "heading" => ("tiêu đề đối tượng", "audience heading"),
        "formsHeading" => ("tiêu đề phần hình thức", "forms heading"),
        "name" => ("tên", "name"),
        "text" => ("lời văn", "text"),
        "title" => ("tên loại văn bản", "kind name"),
        "subject" => ("trích yếu", "subject"),
        "place" => ("địa danh", "place"),
        "headTitle" => ("chức vụ người đứng đầu", "head's title"),
        "signerTitle" => ("chức vụ người ký", "signer's title"),
        "signerName" => ("họ tên người ký", "signer's name"),
        "purpose" => ("mục đích gửi", "purpose of sending"),
        "holders" => ("nơi lưu", "archive holder"),
        "drafter" => ("người soạn thảo", "drafter"),
        "issuer" => ("cơ quan ban hành", "issuer"),
        "preamble" => ("lời dẫn", "preamble"),
        "legalFrame" => ("căn cứ pháp lý của kinh phí", "legal frame of the budget"),
        "abbreviation" => ("chữ viết tắt", "abbreviation"),
        other => (other, other),
    };
    word(name, vi, en)
}

/// A form kind: "Bản tin điện tử" / "Electronic bulletin".
pub(crate) fn form_kind(name: &'static str, kind: FormKind) -> Word {
    word(name, kind.vietnamese(), kind.english())
}

/// A period type: "hằng tháng" / "every month".
pub(crate) fn period(name: &'static str, period: PeriodType) -> Word {
    word(name, period.vietnamese(), period.english())
}

/// A periodic report: "Báo cáo quý I" / "Q1 report".
pub(crate) fn report(name: &'static str, kind: ReportKind) -> Word {
    let en = match kind {
        ReportKind::Month => "Monthly report",
        ReportKind::Quarter1 => "Q1 report",
        ReportKind::Quarter2 => "Q2 report",
        ReportKind::HalfYear => "6-month report",
        ReportKind::Quarter3 => "Q3 report",
        ReportKind::NineMonths => "9-month report",
        ReportKind::Quarter4 => "Q4 report",
        ReportKind::Year => "Yearly report",
    };
    word(name, kind.vietnamese(), en)
}

/// The last month of a report's period, for reports due once a year; `None` for monthly
/// reports, due every month.
pub(crate) fn report_last_month(kind: ReportKind) -> Option<u8> {
    match kind {
        ReportKind::Month => None,
        ReportKind::Quarter1 => Some(3),
        ReportKind::Quarter2 | ReportKind::HalfYear => Some(6),
        ReportKind::Quarter3 | ReportKind::NineMonths => Some(9),
        ReportKind::Quarter4 | ReportKind::Year => Some(12),
    }
}

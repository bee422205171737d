//! Reports: the periodic report on carrying out the plan, built from an evaluation.
//!
//! An [`Evaluation`] becomes a [`Report`] — the document as data, in the administrative form of
//! Nghị định 30/2020 (issuer header, "Số: …/BC-…", place and date, "BÁO CÁO" and its subject,
//! results, shortcomings, next tasks, distribution list, signature) — and the report is then
//! rendered as Markdown, HTML, plain text or JSON. Every word and number is decided while
//! building; renderers only lay out and escape.
//!
//! ```
//! use kehoach::report::{render_log, ReportFormat, ReportOptions};
//! let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! let log = r#"{"schemaVersion": 1, "date": "2023-03-01", "unit": "van-phong",
//!     "form": "tin-bai-website", "title": "Tin CCHC", "evidence": "u1"}"#;
//! let options = ReportOptions { format: ReportFormat::Text, ..ReportOptions::default() };
//! let text = render_log(&plan, log, &"2023-Q1".parse()?, &options);
//! assert!(text.contains("Số:    /BC-SVHTTDL"));
//! assert!(text.contains("Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I năm 2023"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod consolidated;
mod digest;
mod evaluation_text;
mod layout;
mod narrative;
mod part;
mod plan_document;
mod words;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::evaluate::{EvaluateOptions, Evaluation};
use crate::period::{PeriodId, WindowKind};
use crate::{Lang, Plan};

pub use build::{build, build_with};
pub use consolidated::{agency_sheet, consolidated, ConsolidatedOptions, Sheet, SheetCell};
pub use digest::{Digest, Entry, FormDigest, SHOWN_PER_FORM};
pub use evaluation_text::evaluation_text;
pub use layout::{render_html, render_markdown, render_text};
pub use narrative::Narrative;
pub use part::render_checklist;
pub use plan_document::{plan_document, render_plan};

/// The output formats of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    /// Markdown (the default).
    #[default]
    #[cfg_attr(feature = "clap", value(alias = "md"))]
    Markdown,
    /// A standalone HTML page, printable.
    Html,
    /// Plain text.
    #[cfg_attr(feature = "clap", value(alias = "txt"))]
    Text,
    /// The report model as JSON.
    Json,
}

impl std::str::FromStr for ReportFormat {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "markdown" | "md" => Ok(ReportFormat::Markdown),
            "html" => Ok(ReportFormat::Html),
            "text" | "txt" => Ok(ReportFormat::Text),
            "json" => Ok(ReportFormat::Json),
            other => Err(format!(
                "unknown report format \"{other}\": expected markdown, html, text or json"
            )),
        }
    }
}

/// Which part of the report to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "kebab-case")]
pub enum ReportPart {
    /// The whole document: header, number, date, body, recipients, signature (the default).
    #[default]
    Document,
    /// The body alone, as the section "Công tác thông tin, tuyên truyền cải cách hành chính"
    /// of the agency's periodic CCHC report, numbered to nest under it ("1.", "a)"), without
    /// header, number, date, recipients or signature.
    Section,
}

/// What `renderReport` takes besides plan, activities and period. All have defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportOptions {
    /// The output format (default Markdown).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub format: ReportFormat,
    /// The language (default Vietnamese).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub lang: Lang,
    /// The evaluation's "as of" day: figures count up to it (default: the window's last day).
    /// It is not the report's date: see `signedOn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::model::iso_date::option")]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub as_of: Option<Date>,
    /// The window (default the Nghị định 09/2019 cut-off window).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub window: WindowKind,
    /// The day the report is signed, printed in its date line. Without it the line leaves the
    /// day blank, as a draft does ("Lạng Sơn, ngày    tháng 3 năm 2023").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::model::iso_date::option")]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub signed_on: Option<Date>,
    /// The whole document (default) or the section for the agency's CCHC report.
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub part: ReportPart,
    /// Write the drafter's checklist instead of the report (in the format asked; JSON is the
    /// array of items).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub checklist: bool,
    /// What the drafter wrote: strengths, causes, proposals, … (see [`Narrative`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub narrative: Option<Narrative>,
    /// The distribution list ("Nơi nhận"), one line each, replacing the one drawn from the
    /// plan (its report recipient, the agency's leaders, the archive line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub recipients: Option<Vec<String>>,
}

impl ReportOptions {
    /// Loads options from JSON text (`{"format": "html", "lang": "en"}`), with the same located
    /// errors as a plan: an unknown key or a bad value names its path.
    pub fn from_json_str(text: &str) -> Result<ReportOptions, crate::LoadError> {
        let options: ReportOptions = crate::model::load::load_json(text, false)?;
        if let Some(narrative) = &options.narrative {
            if !crate::reads_schema_version(u64::from(narrative.schema_version)) {
                return Err(crate::LoadError::at(
                    "/narrative/schemaVersion",
                    crate::model::LoadErrorKind::SchemaVersion {
                        found: narrative.schema_version.to_string(),
                        supported: crate::SCHEMA_VERSION,
                    },
                ));
            }
        }
        Ok(options)
    }

    /// The evaluation options these imply.
    pub fn evaluate_options(&self) -> EvaluateOptions {
        EvaluateOptions {
            as_of: self.as_of,
            window: self.window,
            lang: self.lang,
        }
    }
}

/// A periodic report as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Report {
    /// The JSON contract version.
    pub schema_version: u32,
    /// The language it is written in.
    pub lang: Lang,
    /// The period reported on.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub period: PeriodId,
    /// The whole document, or the section for the agency's CCHC report.
    pub part: ReportPart,
    /// The signing date, when given; absent in a draft, whose date line leaves the day blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::model::iso_date::option")]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub date: Option<Date>,
    /// The day figures are counted up to (the evaluation's "as of" day).
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub as_of: Date,
    /// The header: issuer on the left, national name and motto on the right.
    pub header: ReportHeader,
    /// The kind's name as printed: "BÁO CÁO".
    pub title: String,
    /// The subject line: "Kết quả thực hiện Kế hoạch … quý I năm 2023".
    pub subject: String,
    /// Paragraphs before the first section.
    pub introduction: Vec<String>,
    /// The sections: results, shortcomings, next tasks.
    pub sections: Vec<Section>,
    /// The closing sentence.
    pub closing: String,
    /// The distribution list heading ("Nơi nhận:").
    pub recipients_heading: String,
    /// The distribution list, one line each, the archive line last.
    pub recipients: Vec<String>,
    /// The signature block, line by line ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name).
    pub signature: Vec<String>,
    /// What follows the signature, each on a page of its own: a plan's task table ("PHỤ
    /// LỤC"). Its heading is printed as the appendix's title; its first paragraph, when it
    /// opens with "(", is the line saying what it is attached to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appendices: Vec<Section>,
    /// The drafter's checklist: what the drafter must do or know before signing. Never part
    /// of the body.
    pub checklist: Vec<ChecklistItem>,
}

/// One note for the drafter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChecklistItem {
    /// What kind of note it is.
    pub kind: ChecklistKind,
    /// The note, in the report's language.
    pub message: String,
    /// Where it applies: a section ("II.1"), "header", "introduction", "recipients" or "log".
    pub location: String,
}

/// The kinds of drafter's notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum ChecklistKind {
    /// The report is not dated: fill in the day when it is signed.
    SigningDate,
    /// The report's number is given by the records office (văn thư) when issued.
    ReportNumber,
    /// The plan has no number yet: it is cited by its title.
    PlanNotNumbered,
    /// The day the report is due.
    Deadline,
    /// The plan sets no day for sending the report.
    DeadlineNotConfigured,
    /// The plan's reporting day is not a day of a month.
    DeadlineInvalid,
    /// The period is not in the plan's reporting schedule.
    NotInSchedule,
    /// Records name a form the plan does not have.
    UnknownForm,
    /// Records share their evidence with an earlier one and were counted once.
    DuplicateEvidence,
    /// Lines or records of the log could not be read.
    UnreadableRecords,
    /// Records in the period lie outside the plan's time.
    OutsidePlan,
    /// A quota cannot be measured (a share without the population).
    QuotaNotMeasurable,
    /// The log should be reviewed before the report is sent.
    ReviewLog,
    /// A section only a person can write is empty.
    EmptySection,
}

/// The document header of Nghị định 30/2020.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportHeader {
    /// The issuer's direct parent, upper-case ("UBND TỈNH LẠNG SƠN").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_body: Option<String>,
    /// The issuer, upper-case ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH").
    pub issuer: String,
    /// The number line; a draft's number is blank ("Số:    /BC-SVHTTDL").
    pub number: String,
    /// The national name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    pub national_name: String,
    /// The motto ("Độc lập - Tự do - Hạnh phúc").
    pub motto: String,
    /// Place and date ("Lạng Sơn, ngày 14 tháng 3 năm 2023").
    pub place_date: String,
}

/// A section ("I. KẾT QUẢ THỰC HIỆN") and its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Section {
    /// The heading as printed.
    pub heading: String,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// One piece of a section's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    /// A sub-heading ("1. Đối với cán bộ, công chức").
    Heading {
        /// The text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<String>,
    },
    /// A table: column headings and rows of cells, all text.
    Table {
        /// Column headings.
        columns: Vec<String>,
        /// Rows, each with one cell per column.
        rows: Vec<Vec<String>>,
    },
}

/// Renders a report in `format` (JSON is the report model, pretty, with a trailing newline).
/// The section part is a fragment to paste: no page, no header.
pub fn render_report(report: &Report, format: ReportFormat) -> String {
    if report.part == ReportPart::Section && format != ReportFormat::Json {
        return part::render_section(report, format);
    }
    match format {
        ReportFormat::Markdown => render_markdown(report),
        ReportFormat::Html => render_html(report),
        ReportFormat::Text => render_text(report),
        ReportFormat::Json => crate::model::save::to_pretty_json(report),
    }
}

/// Builds and renders the report of an evaluation.
pub fn render(plan: &Plan, evaluation: &Evaluation, format: ReportFormat, lang: Lang) -> String {
    render_report(&build(plan, evaluation, lang), format)
}

/// Evaluates a log given as text (a JSON array or JSON Lines) and builds its report, naming
/// the activities of the log: the one path shared by the CLI and the npm package.
pub fn build_log(plan: &Plan, log: &str, period: &PeriodId, options: &ReportOptions) -> Report {
    let (evaluation, digest) = Digest::evaluate_log(plan, log, period, &options.evaluate_options());
    build_with(plan, &evaluation, Some(&digest), options)
}

/// Evaluates a log given as text (a JSON array or JSON Lines) and renders its report — or its
/// drafter's checklist when `options.checklist` — : the one path shared by the CLI and the npm
/// package's `renderReport`.
pub fn render_log(plan: &Plan, log: &str, period: &PeriodId, options: &ReportOptions) -> String {
    let report = build_log(plan, log, period, options);
    render_output(&report, options)
}

/// The report, or its checklist, as `options` ask.
pub fn render_output(report: &Report, options: &ReportOptions) -> String {
    if options.checklist {
        render_checklist(report, options.format)
    } else {
        render_report(report, options.format)
    }
}

/// The JSON Schema of the report model (`--format json`).
///
/// ```
/// assert_eq!(kehoach::report::report_schema()["title"], "Report");
/// ```
pub fn report_schema() -> serde_json::Value {
    crate::schema::schema_for::<Report>()
}

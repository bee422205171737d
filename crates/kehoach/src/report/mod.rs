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
mod evaluation_text;
mod layout;
mod plan_document;
mod words;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::evaluate::{evaluate_log, EvaluateOptions, Evaluation};
use crate::period::{PeriodId, WindowKind};
use crate::{Lang, Plan};

pub use build::build;
pub use evaluation_text::evaluation_text;
pub use layout::{render_html, render_markdown, render_text};
pub use plan_document::{plan_document, render_plan};

/// The output formats of a report.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, FromJson,
)]
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

/// What `renderReport` takes besides plan, activities and period. All have defaults.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson,
)]
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
    /// The report's date and the evaluation's "as of" day (default: the window's last day).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub as_of: Option<Date>,
    /// The window (default the Nghị định 09/2019 cut-off window).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub window: WindowKind,
}

impl ReportOptions {
    /// Loads options from JSON text (`{"format": "html", "lang": "en"}`), with the same located
    /// errors as a plan: an unknown key or a bad value names its path.
    pub fn from_json_str(text: &str) -> Result<ReportOptions, crate::LoadError> {
        crate::model::load::load_json(text, false)
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
    /// The report's date (the evaluation's "as of" day).
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub date: Date,
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
pub fn render_report(report: &Report, format: ReportFormat) -> String {
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

/// Evaluates a log given as text (a JSON array or JSON Lines) and renders its report: the one
/// path shared by the CLI and the npm package's `renderReport`.
pub fn render_log(plan: &Plan, log: &str, period: &PeriodId, options: &ReportOptions) -> String {
    let evaluation = evaluate_log(plan, log, period, &options.evaluate_options());
    render(plan, &evaluation, options.format, options.lang)
}

/// The JSON Schema of the report model (`--format json`).
///
/// ```
/// assert_eq!(kehoach::report::report_schema()["title"], "Report");
/// ```
pub fn report_schema() -> serde_json::Value {
    crate::schema::schema_for::<Report>()
}

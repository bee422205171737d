//! Word (.docx) output for kehoach: the periodic report and the plan, laid out as Nghị định
//! 30/2020 (Phụ lục I) asks of an administrative document.
//!
//! The renderer is generic over the [`Report`] model — the same one the Markdown, HTML and
//! text renderers read — so whatever a report (or a plan, through
//! [`kehoach::report::plan_document`]) says, the Word file says. Nothing here decides a word.
//!
//! Layout: A4 portrait, margins 20 / 20 / 30 / 15 mm (top, bottom, left, right), Times New
//! Roman; the header as a borderless two-column table with a short rule under the issuer and a
//! rule as wide as the motto under it; kind name and trích yếu bold and centred; body 14 pt,
//! justified, 1.27 cm first-line indent, 6 pt after each paragraph; tables as Word tables whose
//! header row repeats on every page; "Nơi nhận" beside the signature in a borderless table;
//! page numbers centred in the top margin from page 2. Every paragraph carries a named style
//! ("Body Text", "Heading 1", "Heading 2", "Title", "Subtitle", "List Dash", "Table Text", …).
//!
//! ```
//! let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! let bytes = kehoach_docx::plan_docx(&plan, kehoach::Lang::Vi)?;
//! assert_eq!(&bytes[..2], b"PK");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod layout;
mod package;
mod text;

use kehoach::period::PeriodId;
use kehoach::report::{Report, ReportOptions};
use kehoach::{Lang, Plan};

pub use text::clean;

/// Why a Word document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The ZIP package could not be written.
    #[error("cannot write the .docx package: {0}")]
    Package(String),
    /// The plan's year is not a period the library knows.
    #[error("{0}")]
    Period(String),
}

/// The report as a .docx file.
pub fn report_docx(report: &Report) -> Result<Vec<u8>, DocxError> {
    layout::document(report)
}

/// The plan as a .docx file, in `lang` (headings; the plan's own sentences stay as written).
pub fn plan_docx(plan: &Plan, lang: Lang) -> Result<Vec<u8>, DocxError> {
    let document = kehoach::report::plan_document(plan, lang)
        .map_err(|error| DocxError::Period(error.to_string()))?;
    layout::document(&document)
}

/// Evaluates a log given as text and writes its report as .docx: the path of the CLI's
/// `report --format docx` and the npm package's `reportDocx`. `options.format` is ignored.
pub fn render_log_docx(
    plan: &Plan,
    log: &str,
    period: &PeriodId,
    options: &ReportOptions,
) -> Result<Vec<u8>, DocxError> {
    report_docx(&kehoach::report::build_log(plan, log, period, options))
}

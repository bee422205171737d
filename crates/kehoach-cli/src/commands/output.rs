//! The formats a document (a report, or the plan itself) can be written in, and writing it:
//! text formats to standard output or a file, Word files only to a file.

use std::path::Path;

use kehoach::report::{render_report, Report, ReportFormat};

use crate::{io, Unusable};

/// Output format of `report` and `render-plan`.
#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum DocumentFormat {
    /// Markdown (the default).
    #[default]
    #[value(alias = "md")]
    Markdown,
    /// A standalone HTML page, printable.
    Html,
    /// Plain text.
    #[value(alias = "txt")]
    Text,
    /// The document model as JSON.
    Json,
    /// A Word document (.docx) in the layout of Nghị định 30/2020; needs -o.
    Docx,
}

impl DocumentFormat {
    /// The core's text format this is, or `None` for a Word file.
    pub fn text_format(self) -> Option<ReportFormat> {
        match self {
            DocumentFormat::Markdown => Some(ReportFormat::Markdown),
            DocumentFormat::Html => Some(ReportFormat::Html),
            DocumentFormat::Text => Some(ReportFormat::Text),
            DocumentFormat::Json => Some(ReportFormat::Json),
            DocumentFormat::Docx => None,
        }
    }

    /// Renders `document` and writes it to `out`, or to standard output for a text format.
    pub fn write(self, document: &Report, out: Option<&Path>) -> Result<(), Unusable> {
        let text_format = match self.text_format() {
            Some(format) => format,
            None => {
                let Some(path) = out else {
                    return Err(Unusable(
                        "a .docx file is binary and is not written to standard output: give -o FILE (e.g. -o report.docx)".into(),
                    ));
                };
                let bytes = kehoach_docx::report_docx(document)?;
                return io::write_file_atomically(path, &bytes);
            }
        };
        io::write_output(&render_report(document, text_format), out)
    }
}

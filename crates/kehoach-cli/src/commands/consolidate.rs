//! `kehoach consolidate MANIFEST --period ID [--format markdown|html|text|json|docx|xlsx|figures]
//! [-o FILE] [--lang vi|en] [--ranking FILE] [--as-of DAY] [--window cut-off|calendar]
//! [--signed-on DAY]`
//!
//! Opens each agency's plan and log (paths relative to the manifest's directory) one agency at
//! a time, as the core asks for them; what cannot be opened is handed to the core as such and
//! becomes a diagnostic on that agency.

use std::io::BufReader;
use std::path::{Path, PathBuf};

use kehoach::consolidate::{consolidate, AgencyInput, Input, Manifest, RankingConfig};
use kehoach::evaluate::EvaluateOptions;
use kehoach::period::{PeriodId, WindowKind};
use kehoach::report::{agency_sheet, consolidated, render_report, ConsolidatedOptions};
use kehoach::Lang;

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach consolidate`.
#[derive(clap::Args)]
pub struct Args {
    /// The manifest: the consolidating body and its agencies (`kehoach schema manifest`).
    manifest: PathBuf,
    /// The period: 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-03 or 2023-01-01..2023-03-31.
    #[arg(long)]
    period: String,
    /// Output format (docx and xlsx need -o; xlsx is the per-agency table; figures is the
    /// consolidation's figures as JSON).
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
    /// How agencies are ranked, as JSON (`kehoach schema ranking`); default: docs/consolidation.md.
    #[arg(long)]
    ranking: Option<PathBuf>,
    /// The day figures are counted up to, YYYY-MM-DD (default: the window's last day).
    #[arg(long)]
    as_of: Option<String>,
    /// The window (Nghị định 09/2019's cut-off by default).
    #[arg(long, value_enum, default_value_t)]
    window: WindowKind,
    /// The day the report is signed, YYYY-MM-DD; without it the day is left blank.
    #[arg(long)]
    signed_on: Option<String>,
}

/// Output formats of `consolidate`.
#[derive(Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Markdown (the default).
    #[default]
    #[value(alias = "md")]
    Markdown,
    /// A standalone HTML page, printable.
    Html,
    /// Plain text.
    #[value(alias = "txt")]
    Text,
    /// The report model as JSON.
    Json,
    /// A Word document (.docx); needs -o.
    Docx,
    /// The per-agency table as an Excel workbook (.xlsx); needs -o.
    Xlsx,
    /// The consolidation's figures as JSON (what the npm package returns).
    Figures,
}

/// Consolidates and writes the report; exit 1 when an agency's data is missing or the
/// manifest has problems (the report is still written, and says which).
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let period: PeriodId = args.period.parse()?;
    let date = |flag: &str, text: Option<&str>| {
        text.map(|text| {
            kehoach::period::parse_date(text).map_err(|e| Unusable(format!("{flag}: {e}")))
        })
        .transpose()
    };
    let as_of = date("--as-of", args.as_of.as_deref())?;
    let signed_on = date("--signed-on", args.signed_on.as_deref())?;
    let manifest_text = io::read_text(&args.manifest)?;
    let manifest = Manifest::from_json_str(&manifest_text)
        .map_err(|error| Unusable(format!("{}: {error}", args.manifest.display())))?;
    let ranking = match &args.ranking {
        Some(path) => RankingConfig::from_json_str(&io::read_text(path)?)
            .map_err(|error| Unusable(format!("{}: {error}", path.display())))?,
        None => RankingConfig::default(),
    };
    let base = args
        .manifest
        .parent()
        .map_or_else(PathBuf::new, Path::to_path_buf);
    let options = EvaluateOptions {
        as_of,
        window: args.window,
        lang,
    };
    let consolidation = consolidate(&manifest, &period, &options, &ranking, |agency| {
        AgencyInput {
            plan: match &agency.plan {
                None => Input::Absent,
                Some(path) => match std::fs::read_to_string(base.join(path)) {
                    Ok(text) => Input::Given(text),
                    Err(error) => Input::Unreadable(format!("{path}: {error}")),
                },
            },
            log: match &agency.log {
                None => Input::Absent,
                Some(path) => match std::fs::File::open(base.join(path)) {
                    Ok(file) => Input::Given(BufReader::with_capacity(64 * 1024, file)),
                    Err(error) => Input::Unreadable(format!("{path}: {error}")),
                },
            },
        }
    });
    let name = args.manifest.display().to_string();
    let mut diagnostics: Vec<kehoach::Diagnostic> = consolidation.diagnostics.clone();
    diagnostics.extend(
        consolidation
            .agencies
            .iter()
            .flat_map(|agency| agency.diagnostics.iter().cloned()),
    );
    crate::diagnostics::write_lines(&mut std::io::stderr().lock(), &name, &diagnostics);
    let report_options = ConsolidatedOptions { lang, signed_on };
    let text_format = match args.format {
        Format::Markdown => Some(kehoach::report::ReportFormat::Markdown),
        Format::Html => Some(kehoach::report::ReportFormat::Html),
        Format::Text => Some(kehoach::report::ReportFormat::Text),
        Format::Json => Some(kehoach::report::ReportFormat::Json),
        Format::Docx | Format::Xlsx | Format::Figures => None,
    };
    match (args.format, text_format) {
        (_, Some(format)) => io::write_output(
            &render_report(&consolidated(&consolidation, &report_options), format),
            args.out.as_deref(),
        )?,
        (Format::Figures, _) => {
            io::write_output(&consolidation.to_json_string(), args.out.as_deref())?;
        }
        (binary, _) => {
            let Some(path) = args.out.as_deref() else {
                return Err(Unusable(
                    "a .docx or .xlsx file is binary and is not written to standard output: give -o FILE".into(),
                ));
            };
            let bytes = if binary == Format::Xlsx {
                kehoach_xlsx::sheet_xlsx(&agency_sheet(&consolidation, lang))?
            } else {
                kehoach_docx::report_docx(&consolidated(&consolidation, &report_options))?
            };
            io::write_file_atomically(path, &bytes)?;
        }
    }
    let problems = diagnostics
        .iter()
        .any(|d| d.severity == kehoach::Severity::Error);
    Ok(if problems {
        Outcome::Problems
    } else {
        Outcome::Fine
    })
}

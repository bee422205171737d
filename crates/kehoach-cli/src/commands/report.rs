//! `kehoach report PLAN --activities FILE --period ID [--format markdown|html|text|json]
//! [--lang vi|en] [-o OUT]`

use std::path::PathBuf;

use kehoach::period::WindowKind;
use kehoach::report::ReportFormat;
use kehoach::Lang;

use super::evaluate::{evaluate_sources, outcome, Sources};
use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach report`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    sources: Sources,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: ReportFormat,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
    /// The report's date and "as of" day, YYYY-MM-DD (default: the window's last day).
    #[arg(long)]
    as_of: Option<String>,
    /// The window (Nghị định 09/2019's cut-off by default).
    #[arg(long, value_enum, default_value_t)]
    window: WindowKind,
}

/// Evaluates the log and writes the report; exit 1 when the log has records that could not
/// be read (the report is still written, and says so).
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let (inputs, evaluation) =
        evaluate_sources(&args.sources, lang, args.as_of.as_deref(), args.window)?;
    let text = kehoach::report::render(&inputs.plan, &evaluation, args.format, lang);
    io::write_output(&text, args.out.as_deref())?;
    Ok(outcome(&evaluation))
}

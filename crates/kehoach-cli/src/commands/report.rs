//! `kehoach report PLAN --activities FILE --period ID [--format markdown|html|text|json|docx]
//! [--lang vi|en] [-o OUT]`

use std::path::PathBuf;

use kehoach::period::WindowKind;
use kehoach::Lang;

use super::evaluate::{evaluate_file, inputs};
use super::output::DocumentFormat;
use crate::{Outcome, Unusable};

/// Arguments of `kehoach report`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan, as JSON.
    plan: PathBuf,
    /// The activity log: a JSON array or JSON Lines (`-` reads standard input).
    #[arg(long)]
    activities: PathBuf,
    /// The period: 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-03 or 2023-01-01..2023-03-31.
    #[arg(long)]
    period: String,
    /// Output format (docx needs -o).
    #[arg(long, value_enum, default_value_t)]
    format: DocumentFormat,
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
    let inputs = inputs(
        &args.plan,
        &args.period,
        lang,
        args.as_of.as_deref(),
        args.window,
    )?;
    let evaluation = evaluate_file(&inputs, &args.activities)?;
    let report = kehoach::report::build(&inputs.plan, &evaluation, lang);
    args.format.write(&report, args.out.as_deref())?;
    Ok(if evaluation.log.has_errors() {
        Outcome::Problems
    } else {
        Outcome::Fine
    })
}

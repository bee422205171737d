//! `kehoach report PLAN --activities FILE --period ID [--format markdown|html|text|json|docx]
//! [--lang vi|en] [--signed-on DAY] [--narrative FILE] [--part document|section]
//! [--recipient LINE]… [--checklist] [-o OUT]`

use std::path::{Path, PathBuf};

use kehoach::period::WindowKind;
use kehoach::report::{Digest, Narrative, ReportOptions, ReportPart};
use kehoach::Lang;

use super::evaluate::{inputs, outcome, stream_log, Sources};
use super::output::DocumentFormat;
use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach report`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    sources: Sources,
    /// Output format (docx needs -o).
    #[arg(long, value_enum, default_value_t)]
    format: DocumentFormat,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
    /// The day figures are counted up to, YYYY-MM-DD (default: the window's last day). Not
    /// the report's date: see --signed-on.
    #[arg(long)]
    as_of: Option<String>,
    /// The window (Nghị định 09/2019's cut-off by default).
    #[arg(long, value_enum, default_value_t)]
    window: WindowKind,
    /// The day the report is signed, YYYY-MM-DD, printed in its date line. Without it the
    /// day is left blank, as in a draft ("Lạng Sơn, ngày    tháng 3 năm 2023").
    #[arg(long)]
    signed_on: Option<String>,
    /// What the drafter wrote, as JSON (`kehoach schema narrative`): strengths, causes,
    /// proposals, … Without it those sections hold only what the figures show, and the
    /// checklist names them.
    #[arg(long)]
    narrative: Option<PathBuf>,
    /// The whole document, or its body alone as the section "Công tác thông tin, tuyên
    /// truyền cải cách hành chính" of the agency's periodic CCHC report.
    #[arg(long, value_enum, default_value_t)]
    part: ReportPart,
    /// A line of the distribution list ("Nơi nhận"), repeated for each line; replaces the
    /// list drawn from the plan.
    #[arg(long = "recipient", value_name = "LINE")]
    recipients: Vec<String>,
    /// Print the drafter's checklist (what to fill in or check before signing) instead of the
    /// report.
    #[arg(long)]
    checklist: bool,
}

/// Evaluates the log and writes the report; exit 1 when the log has records that could not
/// be read (the report is still written, and the checklist says so).
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let signed_on = args
        .signed_on
        .as_deref()
        .map(|text| {
            kehoach::period::parse_date(text).map_err(|e| Unusable(format!("--signed-on: {e}")))
        })
        .transpose()?;
    let narrative = args.narrative.as_deref().map(read_narrative).transpose()?;
    // One pass over the log, streamed: it is evaluated and its activities named together.
    let inputs = inputs(&args.sources, lang, args.as_of.as_deref(), args.window)?;
    let (evaluation, digest) = stream_log(&args.sources.activities, |reader, print| {
        Digest::evaluate_reader(&inputs.plan, reader, &inputs.period, &inputs.options, print)
    })?;
    let options = ReportOptions {
        // The text format the report model is built for; a Word file is rendered from it below.
        format: args.format.text_format().unwrap_or_default(),
        lang,
        as_of: inputs.options.as_of,
        window: args.window,
        signed_on,
        part: args.part,
        checklist: args.checklist,
        narrative,
        recipients: (!args.recipients.is_empty()).then_some(args.recipients),
    };
    let report = kehoach::report::build_with(&inputs.plan, &evaluation, Some(&digest), &options);
    if options.checklist {
        let Some(format) = args.format.text_format() else {
            return Err(Unusable(
                "--checklist is printed as markdown, html, text or json, not docx".into(),
            ));
        };
        io::write_output(
            &kehoach::report::render_checklist(&report, format),
            args.out.as_deref(),
        )?;
    } else {
        args.format.write(&report, args.out.as_deref())?;
    }
    Ok(outcome(&evaluation))
}

/// Reads and loads the drafter's narrative, naming the file in the error.
fn read_narrative(path: &Path) -> Result<Narrative, Unusable> {
    let text = io::read_text(path)?;
    Narrative::from_json_str(&text)
        .map_err(|error| Unusable(format!("{}: {error}", path.display())))
}

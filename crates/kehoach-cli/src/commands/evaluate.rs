//! `kehoach evaluate PLAN --activities FILE --period ID [--format text|json] [--lang vi|en]`

use std::io::BufRead;
use std::path::{Path, PathBuf};

use kehoach::evaluate::{evaluate_reader, EvaluateOptions, Evaluation};
use kehoach::period::{PeriodId, WindowKind};
use kehoach::{Lang, Plan};

use crate::{io, Outcome, TextOrJson, Unusable};

/// Arguments of `kehoach evaluate`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    sources: Sources,
    /// Output: the evaluation as text, or as JSON.
    #[arg(long, value_enum, default_value_t)]
    format: TextOrJson,
    /// The day the evaluation describes, YYYY-MM-DD (default: the window's last day).
    #[arg(long)]
    as_of: Option<String>,
    /// The window (Nghị định 09/2019's cut-off by default).
    #[arg(long, value_enum, default_value_t)]
    window: WindowKind,
}

/// The plan, log and period every tracking command reads (`evaluate`, `report`), flattened into
/// their arguments.
#[derive(clap::Args)]
pub struct Sources {
    /// The plan, as JSON.
    pub plan: PathBuf,
    /// The activity log: a JSON array or JSON Lines (`-` reads standard input).
    #[arg(long)]
    pub activities: PathBuf,
    /// The period: 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-03 or 2023-01-01..2023-03-31.
    #[arg(long)]
    pub period: String,
}

/// The inputs every tracking command shares, read and checked.
pub struct Inputs {
    /// The plan.
    pub plan: Plan,
    /// The period.
    pub period: PeriodId,
    /// The evaluation options.
    pub options: EvaluateOptions,
}

/// Reads plan, period and options; anything unusable is exit 2 with one line.
pub fn inputs(
    sources: &Sources,
    lang: Lang,
    as_of: Option<&str>,
    window: WindowKind,
) -> Result<Inputs, Unusable> {
    let period: PeriodId = sources.period.parse()?;
    let as_of = as_of
        .map(|text| {
            kehoach::period::parse_date(text).map_err(|e| Unusable(format!("--as-of: {e}")))
        })
        .transpose()?;
    Ok(Inputs {
        plan: io::read_plan(&sources.plan)?,
        period,
        options: EvaluateOptions {
            as_of,
            window,
            lang,
        },
    })
}

/// Evaluates the log at `path` as a stream, printing each log diagnostic to stderr as found.
fn evaluate_file(inputs: &Inputs, path: &Path) -> Result<Evaluation, Unusable> {
    stream_log(path, |reader, print| {
        evaluate_reader(&inputs.plan, reader, &inputs.period, &inputs.options, print)
    })
}

/// Hands the log at `path` (`-`: standard input) to `read` as a stream, with a callback that
/// prints each log diagnostic to stderr as it is found.
pub fn stream_log<T>(
    path: &Path,
    read: impl FnOnce(&mut dyn BufRead, &mut dyn FnMut(&kehoach::Diagnostic)) -> std::io::Result<T>,
) -> Result<T, Unusable> {
    let name = path.display().to_string();
    let mut stderr = std::io::stderr().lock();
    let mut print = |diagnostic: &kehoach::Diagnostic| {
        crate::diagnostics::write_line(&mut stderr, &name, diagnostic);
    };
    let result = if path == Path::new("-") {
        read(&mut std::io::stdin().lock(), &mut print)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|error| Unusable(format!("cannot read {name}: {error}")))?;
        read(
            &mut std::io::BufReader::with_capacity(64 * 1024, file),
            &mut print,
        )
    };
    result.map_err(|error| Unusable(format!("cannot read {name}: {error}")))
}

/// Reads the sources and evaluates the log as of `as_of` under `window`: what `evaluate` prints
/// and `report` renders.
pub fn evaluate_sources(
    sources: &Sources,
    lang: Lang,
    as_of: Option<&str>,
    window: WindowKind,
) -> Result<(Inputs, Evaluation), Unusable> {
    let inputs = inputs(sources, lang, as_of, window)?;
    let evaluation = evaluate_file(&inputs, &sources.activities)?;
    Ok((inputs, evaluation))
}

/// Exit 1 when the log has records that could not be read, 0 otherwise.
pub fn outcome(evaluation: &Evaluation) -> Outcome {
    if evaluation.log.has_errors() {
        Outcome::Problems
    } else {
        Outcome::Fine
    }
}

/// Evaluates and prints; exit 1 when the log has records that could not be read.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let (inputs, evaluation) =
        evaluate_sources(&args.sources, lang, args.as_of.as_deref(), args.window)?;
    let text = match args.format {
        TextOrJson::Text => {
            kehoach::report::evaluation_text(&inputs.plan, &evaluation, inputs.options.lang)
        }
        TextOrJson::Json => evaluation.to_json_string(),
    };
    io::write_output(&text, None)?;
    Ok(outcome(&evaluation))
}

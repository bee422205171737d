//! `kehoach validate PLAN [--format text|json] [--lang vi|en]`
//!
//! Exit 0 when the plan has no errors (warnings allowed), 1 when it has errors, 2 when it
//! cannot be loaded. The core decides every rule and message; this only prints.

use std::path::PathBuf;

use kehoach::{validate, Lang, Severity, ToJson};

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach validate`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan, as JSON.
    plan: PathBuf,
    /// Output: text grouped by severity, or the JSON array of diagnostics.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the messages.
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// Validates the plan and prints its diagnostics.
pub fn run(args: Args) -> Result<Outcome, Unusable> {
    let lang = Lang::from(args.lang);
    // Loading then validating is what `validate_plan_json` does; `read_plan` adds the file
    // name to a load error.
    let plan = io::read_plan(&args.plan)?;
    let diagnostics = validate::validate_plan(&plan, lang);
    let output = match args.format {
        Format::Json => {
            let mut json = diagnostics.to_json_pretty();
            json.push('\n');
            json
        }
        Format::Text => format!(
            "{}\n{}",
            args.plan.display(),
            validate::diagnostics_text(&diagnostics, lang)
        ),
    };
    io::write_output(&output, None)?;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Ok(Outcome::Problems)
    } else {
        Ok(Outcome::Fine)
    }
}

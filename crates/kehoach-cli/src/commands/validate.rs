//! `kehoach validate PLAN [--format text|json] [--lang vi|en]`
//!
//! Exit 0 when the plan has no errors (warnings allowed), 1 when it has errors, 2 when it
//! cannot be loaded. The core decides every rule and message; this only prints.

use std::path::PathBuf;

use kehoach::{validate, Diagnostic, Lang, Severity, ToJson};

use crate::{io, Outcome, TextOrJson, Unusable};

/// Arguments of `kehoach validate`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan, as JSON.
    plan: PathBuf,
    /// Output: one line per diagnostic (errors first) and the total, or the JSON array of
    /// diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: TextOrJson,
}

/// Validates the plan and prints its diagnostics.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    // Loading then validating is what `validate_plan_json` does; `read_plan` adds the file
    // name to a load error.
    let plan = io::read_plan(&args.plan)?;
    let diagnostics = validate::validate_plan(&plan, lang);
    let output = match args.format {
        TextOrJson::Json => {
            let mut json = diagnostics.to_json_pretty();
            json.push('\n');
            json
        }
        TextOrJson::Text => lines(&args.plan.display().to_string(), &diagnostics, lang),
    };
    io::write_output(&output, None)?;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Ok(Outcome::Problems)
    } else {
        Ok(Outcome::Fine)
    }
}

/// The plan's diagnostics as lines, errors first, then the total ("Total: 1 error, …").
pub fn lines(file: &str, diagnostics: &[Diagnostic], lang: Lang) -> String {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|diagnostic| diagnostic.severity);
    let mut out = Vec::new();
    for diagnostic in sorted {
        crate::diagnostics::write_line(&mut out, file, diagnostic);
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    let total = match lang {
        Lang::Vi => "Tổng cộng",
        Lang::En => "Total",
    };
    text.push_str(&format!(
        "{total}: {}.\n",
        validate::diagnostics_summary(diagnostics, lang)
    ));
    text
}

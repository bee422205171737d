//! `kehoach render-plan PLAN [--format markdown|html|text|json|docx] [--lang vi|en] [-o OUT]`
//!
//! The plan itself as a document in the layout of Nghị định 30/2020: header, căn cứ, mục
//! đích, yêu cầu, nội dung and hình thức per audience, quotas, kinh phí, tổ chức thực hiện,
//! nơi nhận and signature.

use std::path::PathBuf;

use kehoach::Lang;

use super::output::DocumentFormat;
use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach render-plan`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan, as JSON.
    plan: PathBuf,
    /// Output format (docx needs -o).
    #[arg(long, value_enum, default_value_t)]
    format: DocumentFormat,
    /// Write the document to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
}

/// Loads the plan and writes it as a document.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let plan = io::read_plan(&args.plan)?;
    let document = kehoach::report::plan_document(&plan, lang)
        .map_err(|error| Unusable(format!("{}: {error}", args.plan.display())))?;
    args.format.write(&document, args.out.as_deref())?;
    Ok(Outcome::Fine)
}

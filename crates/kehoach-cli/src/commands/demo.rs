//! `kehoach demo`: the bundled Lạng Sơn 2023 plan.

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach demo` (none yet).
#[derive(clap::Args, Default)]
pub struct Args {}

/// Loads the bundled plan and prints its summary.
pub fn run(_args: Args) -> Result<Outcome, Unusable> {
    let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
    io::write_output(&kehoach::summary::plan_summary(&plan), None)?;
    Ok(Outcome::Fine)
}

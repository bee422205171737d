//! `kehoach validate PLAN`

use std::path::PathBuf;

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach validate`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan, as JSON.
    plan: PathBuf,
}

/// Loads the plan; a plan that cannot be loaded is exit 2 with one line naming the problem.
pub fn run(args: Args) -> Result<Outcome, Unusable> {
    let plan = io::read_plan(&args.plan)?;
    io::write_output(
        &format!(
            "{}: đọc được kế hoạch {} ({} đối tượng, {} hình thức, {} chỉ tiêu).\n",
            args.plan.display(),
            plan.document.subject,
            plan.audiences.len(),
            plan.forms().count(),
            plan.quotas.len()
        ),
        None,
    )?;
    Ok(Outcome::Fine)
}

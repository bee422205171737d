//! `kehoach schema [plan|activities|evaluation|report|narrative|manifest|ranking|consolidation]`

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach schema` (`--lang` changes nothing: the schemas are described in
/// English).
#[derive(clap::Args)]
pub struct Args {
    /// The document kind.
    #[arg(value_enum, default_value = "plan")]
    kind: Kind,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Plan,
    Activities,
    Evaluation,
    Report,
    /// The drafter's narrative of a report (`kehoach report --narrative`).
    Narrative,
    /// The consolidation manifest (`kehoach consolidate MANIFEST`).
    Manifest,
    /// The ranking configuration (`kehoach consolidate --ranking`).
    Ranking,
    /// The consolidated figures (`kehoach consolidate --format figures`).
    Consolidation,
}

/// Prints the schema.
pub fn run(args: Args) -> Result<Outcome, Unusable> {
    let schema = match args.kind {
        Kind::Plan => kehoach::schema::plan_schema(),
        Kind::Activities => kehoach::activity::activities_schema(),
        Kind::Evaluation => kehoach::evaluate::evaluation_schema(),
        Kind::Report => kehoach::report::report_schema(),
        Kind::Narrative => kehoach::report::Narrative::schema(),
        Kind::Manifest => kehoach::consolidate::manifest_schema(),
        Kind::Ranking => kehoach::consolidate::ranking_schema(),
        Kind::Consolidation => kehoach::consolidate::consolidation_schema(),
    };
    let mut text = serde_json::to_string_pretty(&schema)?;
    text.push('\n');
    io::write_output(&text, None)?;
    Ok(Outcome::Fine)
}

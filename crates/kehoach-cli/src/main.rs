//! The `kehoach` command: a thin shell over the `kehoach` crate.
//!
//! Exit codes: 0 fine, 1 the input has problems (diagnostics printed), 2 the input cannot be
//! read or is not what the command expects (one clear line on stderr).

// Nothing reachable from the CLI may panic: the workspace's lints (Cargo.toml,
// [workspace.lints.clippy]) deny unwrap, expect, panic and unchecked indexing outside tests.

mod commands;
mod io;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Communication plans on administrative reform (kế hoạch tuyên truyền CCHC): validate them,
/// track what was done, and report on it.
#[derive(Parser)]
#[command(name = "kehoach", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the JSON Schema of a document kind.
    Schema(commands::schema::Args),
    /// Load a plan and report its problems.
    Validate(commands::validate::Args),
    /// Evaluate an activity log against a plan for a period.
    Evaluate(commands::evaluate::Args),
    /// Write the periodic report of a period from an activity log.
    Report(commands::report::Args),
    /// Walk through the bundled Lạng Sơn 2023 plan, its sample log and the Quý I report.
    Demo(commands::demo::Args),
    /// Turn a published plan's plain text into a draft plan (JSON), with diagnostics on stderr.
    Import(commands::import::Args),
}

/// What a command ends with: success, problems in the input, or input that cannot be used.
pub enum Outcome {
    /// Exit 0.
    Fine,
    /// Exit 1: the input was read and has problems, already printed.
    Problems,
}

/// An input that cannot be used: printed as one line, exit 2.
pub struct Unusable(pub String);

impl<E: std::fmt::Display> From<E> for Unusable {
    fn from(error: E) -> Self {
        Unusable(error.to_string())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            // Printing clap's own help or error text; a failed write to a closed pipe is moot.
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli
        .command
        .unwrap_or(Command::Demo(commands::demo::Args::default()))
    {
        Command::Schema(args) => commands::schema::run(args),
        Command::Validate(args) => commands::validate::run(args),
        Command::Evaluate(args) => commands::evaluate::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Demo(args) => commands::demo::run(args),
        Command::Import(args) => commands::import::run(args),
    };
    match result {
        Ok(Outcome::Fine) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(Unusable(message)) => {
            eprintln!("kehoach: {message}");
            ExitCode::from(2)
        }
    }
}

//! The `kehoach` command: a thin shell over the `kehoach` crate.
//!
//! Exit codes: 0 fine, 1 the input has problems (diagnostics printed), 2 the input cannot be
//! read or is not what the command expects (one clear line on stderr).

// Nothing reachable from the CLI may panic: the workspace's lints (Cargo.toml,
// [workspace.lints.clippy]) deny unwrap, expect, panic and unchecked indexing outside tests.

mod commands;
mod diagnostics;
mod io;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kehoach::Lang;

/// What `kehoach --help` says after the commands: the options every command shares, the
/// diagnostic line and the exit codes.
const FORMATS: &str = "\
Every command takes --lang vi|en: the language of messages and reports (default vi).

Diagnostics are printed one per line, in one format for every command (validate on standard
output; evaluate, report and import on standard error, beside their output):

  FILE[:LINE]: SEVERITY CODE PATH: MESSAGE

  FILE      the input concerned: the plan, the activity log, the imported text
  LINE      its line, when lines matter (a JSON Lines log, an imported text)
  SEVERITY  error, warning or info (English keywords whatever --lang is)
  CODE      the rule (docs/rules.md), e.g. DOC007, LOG009, IMP102
  PATH      JSON Pointer of the value concerned (/ for the whole document)
  MESSAGE   the message, in --lang

Exit codes: 0 fine (warnings allowed); 1 the input has problems, printed as above; 2 the input
cannot be read or an argument is wrong: one line on standard error.";

/// Communication plans on administrative reform (kế hoạch tuyên truyền CCHC): validate them,
/// track what was done, and report on it.
#[derive(Parser)]
#[command(name = "kehoach", version, about, after_help = FORMATS)]
struct Cli {
    /// Language of messages and reports.
    #[arg(long, global = true, value_enum, default_value_t = Lang::Vi)]
    lang: Lang,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Output of the commands that print either text or JSON.
#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum TextOrJson {
    /// Text for people (diagnostics: one line each).
    #[default]
    Text,
    /// JSON, as the library and the npm package give it.
    Json,
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
    /// Walk through a bundled example plan (Lạng Sơn 2023 unless --example names another), its
    /// sample log and the Quý I report.
    Demo(commands::demo::Args),
    /// Turn a published plan (its plain text, or a Word .docx file) into a draft plan (JSON), with
    /// diagnostics on stderr.
    Import(commands::import::Args),
    /// Write the plan itself as a document: Markdown, HTML, text, JSON or Word (.docx).
    RenderPlan(commands::render_plan::Args),
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
        Command::Validate(args) => commands::validate::run(args, cli.lang),
        Command::Evaluate(args) => commands::evaluate::run(args, cli.lang),
        Command::Report(args) => commands::report::run(args, cli.lang),
        Command::Demo(args) => commands::demo::run(args, cli.lang),
        Command::Import(args) => commands::import::run(args, cli.lang),
        Command::RenderPlan(args) => commands::render_plan::run(args, cli.lang),
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

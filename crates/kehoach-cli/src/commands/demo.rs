//! `kehoach demo`: the whole journey on a bundled example plan and its sample log (Lạng Sơn
//! 2023 unless `--example` names another) — the plan and its validation, the log check, the
//! Quý I evaluation and the Quý I report of the plan's year.

use kehoach::evaluate::EvaluateOptions;
use kehoach::examples::Example;
use kehoach::report::ReportFormat;
use kehoach::Lang;

use crate::{io, Outcome, Unusable};

/// Arguments of `kehoach demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Format of the Quý I report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// The bundled example to walk through: its plan and its sample log.
    #[arg(long, value_enum, default_value_t = Example::default())]
    example: Example,
}

impl Default for Args {
    /// What `kehoach` alone runs: the default example, the report as text.
    fn default() -> Self {
        Args {
            format: ReportFormat::Text,
            example: Example::default(),
        }
    }
}

/// Runs the journey and prints each step.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let format = args.format;
    let example = args.example;
    let sample_log = example.activities();
    let plan_name = example.plan_path();
    let log_name = example.activities_path();
    let heading = |vi: &str, en: &str| match lang {
        Lang::Vi => format!("\n===== {vi} =====\n\n"),
        Lang::En => format!("\n===== {en} =====\n\n"),
    };
    let plan = kehoach::Plan::from_json_str(example.plan())?;
    let year = plan.year;
    let mut out = heading(
        "1. Kế hoạch và kiểm tra kế hoạch",
        "1. The plan and its check",
    );
    out.push_str(&kehoach::plan_text::plan_summary(&plan));
    out.push('\n');
    let findings = kehoach::validate_plan(&plan, lang);
    out.push_str(&super::validate::lines(&plan_name, &findings, lang));

    out.push_str(&heading(
        &format!("2. Kiểm tra sổ theo dõi hoạt động ({log_name})"),
        &format!("2. Checking the activity log ({log_name})"),
    ));
    let diagnostics = kehoach::activity::check_log(&plan, sample_log, lang);
    let mut listed = Vec::new();
    crate::diagnostics::write_lines(&mut listed, &log_name, &diagnostics);
    out.push_str(&String::from_utf8_lossy(&listed));
    out.push_str(&match lang {
        Lang::Vi => format!("{} chẩn đoán.\n", diagnostics.len()),
        Lang::En => format!("{} diagnostics.\n", diagnostics.len()),
    });

    let period = format!("{year}-Q1").parse()?;
    let options = EvaluateOptions {
        lang,
        ..EvaluateOptions::default()
    };
    let (evaluation, digest) =
        kehoach::report::Digest::evaluate_log(&plan, sample_log, &period, &options);
    out.push_str(&heading(
        &format!("3. Đánh giá quý I năm {year}"),
        &format!("3. Evaluation of Q1 {year}"),
    ));
    out.push_str(&kehoach::report::evaluation_text(&plan, &evaluation, lang));

    out.push_str(&heading(
        &format!("4. Báo cáo quý I năm {year}"),
        &format!("4. The Q1 {year} report"),
    ));
    let report_options = kehoach::report::ReportOptions {
        format,
        lang,
        ..kehoach::report::ReportOptions::default()
    };
    let report = kehoach::report::build_with(&plan, &evaluation, Some(&digest), &report_options);
    out.push_str(&kehoach::report::render_report(&report, format));
    io::write_output(&out, None)?;
    Ok(Outcome::Fine)
}

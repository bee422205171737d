//! `kehoach demo`: the whole journey on the bundled Lạng Sơn 2023 plan and its sample log —
//! the plan and its validation, the log check, the Quý I evaluation and the Quý I report.

use kehoach::evaluate::EvaluateOptions;
use kehoach::report::ReportFormat;
use kehoach::Lang;

use crate::{io, Outcome, Unusable};

/// The sample activity log of the bundled plan (`examples/activities/lang-son-2023.jsonl`).
const SAMPLE_LOG: &str = kehoach::examples::LANG_SON_2023_ACTIVITIES;
const SAMPLE_PLAN_NAME: &str = "examples/plans/lang-son-2023.json";
const SAMPLE_LOG_NAME: &str = "examples/activities/lang-son-2023.jsonl";
const PERIOD: &str = "2023-Q1";

/// Arguments of `kehoach demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Format of the Quý I report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

impl Default for Args {
    /// What `kehoach` alone runs: the report as text.
    fn default() -> Self {
        Args {
            format: ReportFormat::Text,
        }
    }
}

/// Runs the journey and prints each step.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let format = args.format;
    let heading = |vi: &str, en: &str| match lang {
        Lang::Vi => format!("\n===== {vi} =====\n\n"),
        Lang::En => format!("\n===== {en} =====\n\n"),
    };
    let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
    let mut out = heading(
        "1. Kế hoạch và kiểm tra kế hoạch",
        "1. The plan and its check",
    );
    out.push_str(&kehoach::plan_text::plan_summary(&plan));
    out.push('\n');
    let findings = kehoach::validate_plan(&plan, lang);
    out.push_str(&super::validate::lines(SAMPLE_PLAN_NAME, &findings, lang));

    out.push_str(&heading(
        &format!("2. Kiểm tra sổ theo dõi hoạt động ({SAMPLE_LOG_NAME})"),
        &format!("2. Checking the activity log ({SAMPLE_LOG_NAME})"),
    ));
    let diagnostics = kehoach::activity::check_log(&plan, SAMPLE_LOG, lang);
    let mut listed = Vec::new();
    crate::diagnostics::write_lines(&mut listed, SAMPLE_LOG_NAME, &diagnostics);
    out.push_str(&String::from_utf8_lossy(&listed));
    out.push_str(&match lang {
        Lang::Vi => format!("{} chẩn đoán.\n", diagnostics.len()),
        Lang::En => format!("{} diagnostics.\n", diagnostics.len()),
    });

    let period = PERIOD.parse()?;
    let options = EvaluateOptions {
        lang,
        ..EvaluateOptions::default()
    };
    let (evaluation, digest) =
        kehoach::report::Digest::evaluate_log(&plan, SAMPLE_LOG, &period, &options);
    out.push_str(&heading(
        "3. Đánh giá quý I năm 2023",
        "3. Evaluation of Q1 2023",
    ));
    out.push_str(&kehoach::report::evaluation_text(&plan, &evaluation, lang));

    out.push_str(&heading(
        "4. Báo cáo quý I năm 2023",
        "4. The Q1 2023 report",
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

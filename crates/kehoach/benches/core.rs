//! Criterion benchmarks of the core, each beside the baseline its ratio is taken against, in
//! the same run (docs/performance.md says why ratios and lists the targets):
//!
//! * `validate-bundled`, `validate-1mb`: loading (`Plan::from_json_str`) and validating the
//!   bundled plan and a generated 1 MB plan, against serde_json parsing the same text straight
//!   into `Plan` (`baseline-serde-plan`).
//! * `evaluate-array`, `evaluate-lines`: evaluating generated logs of 10^4, 10^5 and 10^6
//!   records written as a JSON array or JSON Lines, read as a stream (`reader`, the CLI's
//!   path) and from text in memory (`str`, the npm package's path), against serde_json
//!   parsing the same bytes into the same records and doing nothing else (`baseline-serde`:
//!   a `Vec<Activity>` for the array, one `Activity` per line for JSON Lines).
//! * `report`: rendering the report of the sample log's year, against serde_json writing the
//!   same evaluation, and evaluation plus rendering against evaluation alone.
//!
//! `scripts/bench.sh` runs them with bounded times and prints the ratio table.

#[allow(dead_code)] // Each benchmark binary uses part of the shared generators.
mod support;

use std::time::Duration;

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use kehoach::activity::Activity;
use kehoach::evaluate::{evaluate_log, evaluate_reader, EvaluateOptions};
use kehoach::period::PeriodId;
use kehoach::report::{render, render_log, ReportFormat, ReportOptions};
use kehoach::{validate, Lang, Plan};
use support::{bundled_plan, json_array, json_lines, large_plan_json, or_exit, Evidence};

/// The sample log of the bundled plan (a year of activities).
const SAMPLE_LOG: &str = include_str!("../../../examples/activities/lang-son-2023.jsonl");

fn year() -> PeriodId {
    or_exit("2023".parse(), "the period 2023")
}

fn validation(c: &mut Criterion) {
    let large = large_plan_json(1 << 20);
    for (group, text) in [
        ("validate-bundled", kehoach::examples::LANG_SON_2023),
        ("validate-1mb", large.as_str()),
    ] {
        // The baseline must read the same plan the loader does, or the ratio means nothing.
        let plan = or_exit(Plan::from_json_str(text), group);
        let typed: Plan = or_exit(serde_json::from_str(text), group);
        if typed != plan {
            eprintln!("{group}: serde_json and the loader read different plans");
            std::process::exit(2);
        }
        let mut codes = std::collections::BTreeMap::new();
        for diagnostic in validate::validate_plan(&plan, Lang::Vi) {
            *codes.entry(diagnostic.code).or_insert(0) += 1;
        }
        eprintln!(
            "{group}: {} bytes, {} forms, diagnostics {codes:?}",
            text.len(),
            plan.forms().count(),
        );
        let mut group = c.benchmark_group(group);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("baseline-serde-plan", |b| {
            b.iter(|| serde_json::from_str::<Plan>(std::hint::black_box(text)))
        });
        group.bench_function("load", |b| {
            b.iter(|| Plan::from_json_str(std::hint::black_box(text)))
        });
        group.bench_function("validate", |b| {
            b.iter(|| validate::validate_plan(std::hint::black_box(&plan), Lang::Vi))
        });
        group.bench_function("load+validate", |b| {
            b.iter(|| validate::validate_plan_json(std::hint::black_box(text), Lang::Vi))
        });
        group.finish();
    }
}

/// Log sizes, and how many samples each gets (criterion's minimum is 10).
const SIZES: [(usize, &str, usize); 3] = [
    (10_000, "1e4", 20),
    (100_000, "1e5", 10),
    (1_000_000, "1e6", 10),
];

fn evaluation(c: &mut Criterion) {
    let plan = bundled_plan();
    let period = year();
    let options = EvaluateOptions::default();
    for (format, write) in [
        ("array", json_array as fn(usize, Evidence) -> String),
        ("lines", json_lines),
    ] {
        let mut group = c.benchmark_group(format!("evaluate-{format}"));
        group.sampling_mode(criterion::SamplingMode::Flat);
        for (count, label, samples) in SIZES {
            let text = write(count, Evidence::Distinct);
            let bytes = text.as_bytes();
            let evaluation = evaluate_log(&plan, &text, &period, &options);
            // Every record is read, valid, and counted: the baseline reads the same records.
            if evaluation.log.records as usize != count || evaluation.log.counted as usize != count
            {
                eprintln!("evaluate-{format}/{label}: {:?}", evaluation.log);
                std::process::exit(2);
            }
            group.sample_size(samples);
            group.throughput(Throughput::Elements(count as u64));
            group.bench_function(BenchmarkId::new("baseline-serde", label), |b| {
                b.iter(|| baseline(format, std::hint::black_box(bytes)))
            });
            group.bench_function(BenchmarkId::new("reader", label), |b| {
                b.iter(|| {
                    evaluate_reader(
                        &plan,
                        std::hint::black_box(bytes),
                        &period,
                        &options,
                        |_| {},
                    )
                })
            });
            group.bench_function(BenchmarkId::new("str", label), |b| {
                b.iter(|| evaluate_log(&plan, std::hint::black_box(&text), &period, &options))
            });
        }
        group.finish();
    }
}

/// serde_json parsing the log into records and nothing else: the whole array into a
/// `Vec<Activity>`, or each line into an `Activity`. Returns the number of records.
fn baseline(format: &str, bytes: &[u8]) -> usize {
    if format == "array" {
        return serde_json::from_slice::<Vec<Activity>>(bytes).map_or(0, |records| records.len());
    }
    bytes
        .split(|&byte| byte == b'\n')
        .filter(|line| !line.is_empty())
        .filter_map(|line| serde_json::from_slice::<Activity>(line).ok())
        .count()
}

fn reports(c: &mut Criterion) {
    let plan = bundled_plan();
    let period = year();
    let options = EvaluateOptions::default();
    let evaluation = evaluate_log(&plan, SAMPLE_LOG, &period, &options);
    let mut group = c.benchmark_group("report");
    group.bench_function("baseline-serde-json", |b| {
        b.iter(|| serde_json::to_string(std::hint::black_box(&evaluation)))
    });
    group.bench_function("baseline-evaluate", |b| {
        b.iter(|| evaluate_log(&plan, std::hint::black_box(SAMPLE_LOG), &period, &options))
    });
    for (name, format) in [
        ("render-markdown", ReportFormat::Markdown),
        ("render-html", ReportFormat::Html),
        ("render-text", ReportFormat::Text),
        ("render-json", ReportFormat::Json),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| render(&plan, std::hint::black_box(&evaluation), format, Lang::Vi))
        });
    }
    let report_options = ReportOptions::default();
    group.bench_function("render-log-markdown", |b| {
        b.iter(|| {
            render_log(
                &plan,
                std::hint::black_box(SAMPLE_LOG),
                &period,
                &report_options,
            )
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .nresamples(10_000)
        .without_plots()
}

// The macro's function has no doc comment of its own.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group! {
        name = benches;
        config = super::config();
        targets = super::validation, super::evaluation, super::reports
    }
}
criterion_main!(group::benches);

//! The benchmark helpers that are not criterion benchmarks, one binary with three commands
//! (`scripts/bench.sh` runs them; see docs/performance.md):
//!
//! * `data DIR` writes the generated test data to `DIR`: the 1 MB plan and the activity logs
//!   the CLI's memory measurement and the npm benchmark read, the same bytes the criterion
//!   benchmarks generate in memory.
//! * `figure PLAN LOG PERIOD RUNS` times, in this process, what the npm package's `evaluate`
//!   does with a plan and a log given as JSON text — load the plan, evaluate the log, write
//!   the evaluation as JSON — and prints the fastest and the median run in milliseconds: the
//!   native figure the wasm one is compared with. `validate PLAN RUNS` does the same for
//!   `validatePlan`.
//! * `table CRITERION_DIR` reads criterion's estimates and prints each ratio as a row of the
//!   results table (docs/performance.md), with its target.
//! * `province DIR AGENCIES RECORDS` writes a synthetic province (`support::province`: a
//!   manifest, the plan, one log file per agency, from a fixed seed); `consolidate DIR PERIOD
//!   ROUNDS` times consolidating it against evaluating each agency alone, interleaved, and
//!   prints the rows; `consolidate-figure DIR PERIOD RUNS` prints the fastest consolidation
//!   (ms), the native figure the npm benchmark compares `consolidate` with.
//! * `interleaved` prints the evaluation ratios again from interleaved runs (see
//!   [`interleaved`]); `probe COUNT FORMAT PATH` runs one path alone, for a profiler.
//!
//! Run through cargo (`cargo bench -p kehoach --bench native -- data DIR`), which adds a
//! `--bench` argument that is ignored here.

#![allow(
    clippy::indexing_slicing,
    reason = "fixed arrays of three timings, and criterion's estimates as criterion writes them"
)]

#[allow(dead_code)] // Each benchmark binary uses part of the shared generators.
mod support;

use std::path::{Path, PathBuf};
use std::time::Instant;

use kehoach::evaluate::{evaluate_log, EvaluateOptions};
use kehoach::ToJson;
use support::{json_array, json_lines, large_plan_json, or_exit, Evidence};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["data", dir] => write_data(Path::new(dir)),
        ["figure", plan, log, period, runs] => figure(plan, log, period, runs),
        ["table", dir] => table(Path::new(dir)),
        ["validate", plan, runs] => validate_figure(plan, runs),
        ["province", dir, agencies, records] => {
            let agencies = or_exit(agencies.parse(), "the number of agencies");
            let records = or_exit(records.parse(), "the number of records");
            let bytes = support::province::write_province(Path::new(dir), agencies, records);
            println!("{agencies} agencies x {records} records, {bytes} bytes of logs in {dir}");
        }
        ["consolidate", dir, period, rounds] => {
            consolidation_rows(Path::new(dir), period, or_exit(rounds.parse(), "rounds"));
        }
        ["consolidate-figure", dir, period, runs] => {
            let runs = or_exit(runs.parse(), "runs");
            let ([consolidation, _], _) = consolidation_times(Path::new(dir), period, runs, false);
            println!(
                "{{\"fastestMs\": {:.3}, \"runs\": {runs}}}",
                consolidation * 1000.0
            );
        }
        ["interleaved"] => interleaved(&[10_000, 100_000, 1_000_000]),
        ["probe", count, format, path] => {
            let best = fastest(
                format,
                or_exit(count.parse(), "the record count"),
                7,
                Some(path),
            );
            println!("{format} {path} {count}: fastest {best:?} s");
        }
        _ => {
            eprintln!(
                "usage: native data DIR | native province DIR AGENCIES RECORDS | native consolidate DIR PERIOD ROUNDS | native consolidate-figure DIR PERIOD RUNS | native figure PLAN LOG PERIOD RUNS | native validate PLAN RUNS | native table CRITERION_DIR | native interleaved | native probe COUNT FORMAT PATH"
            );
            std::process::exit(2);
        }
    }
}

/// What a data file holds.
enum Kind {
    /// A plan of at least so many bytes.
    Plan,
    /// A JSON Lines log of so many records.
    Lines(Evidence),
    /// A JSON array log of so many records, with evidence.
    Array,
}

/// Writes the data files other measurements read.
fn write_data(dir: &Path) {
    or_exit(std::fs::create_dir_all(dir), "creating the data directory");
    let files: [(&str, usize, Kind); 6] = [
        ("plan-1mb.json", 1 << 20, Kind::Plan),
        ("log-1e5.jsonl", 100_000, Kind::Lines(Evidence::Distinct)),
        ("log-1e5.json", 100_000, Kind::Array),
        ("log-1e6.jsonl", 1_000_000, Kind::Lines(Evidence::Distinct)),
        (
            "log-1e6-no-evidence.jsonl",
            1_000_000,
            Kind::Lines(Evidence::None),
        ),
        ("log-1e6.json", 1_000_000, Kind::Array),
    ];
    for (name, size, kind) in files {
        let path = dir.join(name);
        let text = match kind {
            Kind::Plan => large_plan_json(size),
            Kind::Lines(evidence) => json_lines(size, evidence),
            Kind::Array => json_array(size, Evidence::Distinct),
        };
        or_exit(std::fs::write(&path, &text), &path.display().to_string());
        println!("{:>12} bytes  {}", text.len(), path.display());
    }
}

/// The evaluation ratios from interleaved runs: for each size and format, rounds of the
/// baseline and both evaluation paths one after the other, keeping each one's fastest run.
/// A busy machine slows all three of a round alike, and the fastest run is the one it
/// disturbed least, so these ratios move less than criterion's medians of benchmarks run one
/// after another. Prints rows of the results table with the targets (≤ 1.3× the baseline, ≤ 11×
/// for 10× the records).
fn interleaved(sizes: &[usize]) {
    let mut previous: Option<(usize, [f64; 3])> = None;
    for format in ["array", "lines"] {
        for &count in sizes {
            let rounds = if count >= 1_000_000 { 3 } else { 7 };
            let best = fastest(format, count, rounds, None);
            let what =
                format!("evaluate, {format}, {count} records, fastest of {rounds} interleaved");
            for (path, index) in [("stream (CLI)", 1), ("text (npm)", 2)] {
                row(
                    &format!("{what}: {path} / serde_json parse"),
                    best[index],
                    best[0],
                    Some(1.3),
                );
            }
            if let Some((small, before)) = previous.filter(|(small, _)| small * 10 == count) {
                for (path, index) in [("baseline", 0), ("stream (CLI)", 1), ("text (npm)", 2)] {
                    row(
                        &format!("linearity, {format}, {path}: {count} / {small} records"),
                        best[index],
                        before[index],
                        Some(11.0),
                    );
                }
            }
            previous = Some((count, best));
        }
        previous = None;
    }
}

/// The consolidation rows of the results table: consolidating the province in `dir` (as the
/// CLI does: each agency's plan read and loaded, its log streamed from its file, one agency at
/// a time) against the sum of evaluating each agency alone the same way, fastest of `rounds`
/// interleaved runs.
fn consolidation_rows(dir: &Path, period: &str, rounds: usize) {
    let ([consolidation, alone], records) = consolidation_times(dir, period, rounds, true);
    let agencies = load_manifest(dir).agencies.len();
    row(
        &format!(
            "consolidate {agencies} agencies, {records} records in all ({}), fastest of {rounds} interleaved / the sum of evaluating each alone",
            dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ),
        consolidation,
        alone,
        Some(1.1),
    );
}

fn load_manifest(dir: &Path) -> kehoach::consolidate::Manifest {
    let path = dir.join("manifest.json");
    let text = or_exit(std::fs::read_to_string(&path), &path.display().to_string());
    or_exit(
        kehoach::consolidate::Manifest::from_json_str(&text),
        &path.display().to_string(),
    )
}

/// The fastest consolidation and (with `alone`) the fastest sum of evaluations alone, in s, and
/// the records the consolidation counted.
fn consolidation_times(dir: &Path, period: &str, rounds: usize, alone: bool) -> ([f64; 2], u32) {
    use kehoach::consolidate::{consolidate, AgencyInput, Input, RankingConfig};
    use std::io::BufReader;
    let manifest = load_manifest(dir);
    let period: kehoach::period::PeriodId = or_exit(period.parse(), "the period");
    let options = EvaluateOptions::default();
    let ranking = RankingConfig::default();
    let open = |name: &Option<String>| {
        let path = dir.join(name.as_deref().unwrap_or_default());
        BufReader::with_capacity(
            64 * 1024,
            or_exit(std::fs::File::open(&path), &path.display().to_string()),
        )
    };
    let read = |name: &Option<String>| {
        let path = dir.join(name.as_deref().unwrap_or_default());
        or_exit(std::fs::read_to_string(&path), &path.display().to_string())
    };
    let mut best = [f64::INFINITY; 2];
    let mut records = 0;
    for _ in 0..rounds.max(1) {
        let started = Instant::now();
        let consolidation = consolidate(&manifest, &period, &options, &ranking, |agency| {
            AgencyInput {
                plan: Input::Given(read(&agency.plan)),
                log: Input::Given(open(&agency.log)),
            }
        });
        best[0] = best[0].min(started.elapsed().as_secs_f64());
        let missing = consolidation.total.agencies - consolidation.total.with_data;
        if missing > 0 {
            eprintln!("benchmark setup failed: {missing} agencies without data");
            std::process::exit(2);
        }
        records = consolidation.total.figures.activities;
        std::hint::black_box(consolidation);
        if !alone {
            continue;
        }
        let started = Instant::now();
        for agency in &manifest.agencies {
            let plan = or_exit(
                kehoach::Plan::from_json_str(&read(&agency.plan)),
                "the plan",
            );
            let evaluation = kehoach::evaluate::evaluate_reader(
                &plan,
                open(&agency.log),
                &period,
                &options,
                |_| {},
            );
            std::hint::black_box(evaluation.ok());
        }
        best[1] = best[1].min(started.elapsed().as_secs_f64());
    }
    (best, records)
}

/// One row of the results table (docs/performance.md): times in seconds.
fn row(what: &str, ours: f64, baseline: f64, target: Option<f64>) {
    let ratio = ours / baseline;
    println!(
        "| {what} | {} | {} | {ratio:.2} | {} |",
        duration(ours * 1e9),
        duration(baseline * 1e9),
        verdict(ratio, target)
    );
}

/// "≤ 1.3 met", "≤ 1.3 MISSED", or "—" where no target is set.
fn verdict(ratio: f64, target: Option<f64>) -> String {
    match target {
        Some(target) if ratio <= target => format!("≤ {target} met"),
        Some(target) => format!("≤ {target} MISSED"),
        None => "—".to_string(),
    }
}

/// The fastest of `rounds` interleaved runs (s) of the baseline, the stream path and the text
/// path on a generated log; with `only` (format, path), runs just that one, for profilers.
fn fastest(format: &str, count: usize, rounds: usize, only: Option<&str>) -> [f64; 3] {
    use kehoach::activity::Activity;
    let plan = support::bundled_plan();
    let period = or_exit("2023".parse(), "the period");
    let options = EvaluateOptions::default();
    let text = match format {
        "array" => json_array(count, Evidence::Distinct),
        _ => json_lines(count, Evidence::Distinct),
    };
    let run = |path: &str| only.is_none_or(|only| only == path);
    let mut best = [f64::INFINITY; 3];
    for _ in 0..rounds {
        let started = Instant::now();
        if run("baseline") {
            let records = if format == "array" {
                serde_json::from_slice::<Vec<Activity>>(text.as_bytes()).map_or(0, |r| r.len())
            } else {
                text.as_bytes()
                    .split(|&b| b == b'\n')
                    .filter(|line| !line.is_empty())
                    .filter_map(|line| serde_json::from_slice::<Activity>(line).ok())
                    .count()
            };
            std::hint::black_box(records);
        }
        best[0] = best[0].min(started.elapsed().as_secs_f64());
        let started = Instant::now();
        if run("reader") {
            let evaluation = kehoach::evaluate::evaluate_reader(
                &plan,
                text.as_bytes(),
                &period,
                &options,
                |_| {},
            );
            std::hint::black_box(evaluation.ok());
        }
        best[1] = best[1].min(started.elapsed().as_secs_f64());
        let started = Instant::now();
        if run("str") {
            std::hint::black_box(evaluate_log(&plan, &text, &period, &options));
        }
        best[2] = best[2].min(started.elapsed().as_secs_f64());
    }
    best
}

/// The native figure of the npm package's `evaluate`: median of `runs` timings.
fn figure(plan_path: &str, log_path: &str, period: &str, runs: &str) {
    let plan_text = or_exit(std::fs::read_to_string(plan_path), plan_path);
    let log = or_exit(std::fs::read_to_string(log_path), log_path);
    let period = or_exit(period.parse(), "the period");
    let runs: usize = or_exit(runs.parse(), "the number of runs");
    let options = EvaluateOptions::default();
    let mut times = Vec::with_capacity(runs);
    let mut records = 0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let plan = or_exit(kehoach::Plan::from_json_str(&plan_text), plan_path);
        let evaluation = evaluate_log(&plan, &log, &period, &options);
        let json = evaluation.to_json();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        records = evaluation.log.records;
        std::hint::black_box(json);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
    let fastest = times.first().copied().unwrap_or(f64::NAN);
    println!(
        "{{\"fastestMs\": {fastest:.3}, \"medianMs\": {median:.3}, \"runs\": {}, \"records\": {records}}}",
        times.len()
    );
}

/// The native figure of the npm package's `validatePlan` on JSON text: load, validate, write
/// the diagnostics as JSON; median of `runs` timings.
fn validate_figure(plan_path: &str, runs: &str) {
    let text = or_exit(std::fs::read_to_string(plan_path), plan_path);
    let runs: usize = or_exit(runs.parse(), "the number of runs");
    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let diagnostics = or_exit(
            kehoach::validate::validate_plan_json(&text, kehoach::Lang::Vi),
            plan_path,
        );
        let json = diagnostics.to_json();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        count = diagnostics.len();
        std::hint::black_box(json);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
    let fastest = times.first().copied().unwrap_or(f64::NAN);
    println!(
        "{{\"fastestMs\": {fastest:.3}, \"medianMs\": {median:.3}, \"runs\": {}, \"diagnostics\": {count}}}",
        times.len()
    );
}

/// One line of the ratio table: `numerator / denominator` (criterion ids), and its target.
struct Ratio {
    what: &'static str,
    numerator: String,
    denominator: String,
    target: Option<f64>,
}

fn ratio(what: &'static str, numerator: &str, denominator: &str, target: Option<f64>) -> Ratio {
    Ratio {
        what,
        numerator: numerator.to_string(),
        denominator: denominator.to_string(),
        target,
    }
}

/// The ratios the benchmarks are for, in the order docs/performance.md lists them.
fn ratios() -> Vec<Ratio> {
    let mut out = vec![
        ratio(
            "bundled plan: load / typed parse",
            "validate-bundled/load",
            "validate-bundled/baseline-serde-plan",
            None,
        ),
        ratio(
            "bundled plan: load + validate / typed parse",
            "validate-bundled/load+validate",
            "validate-bundled/baseline-serde-plan",
            None,
        ),
        ratio(
            "1 MB plan: load / typed parse",
            "validate-1mb/load",
            "validate-1mb/baseline-serde-plan",
            None,
        ),
        ratio(
            "1 MB plan: load + validate / typed parse",
            "validate-1mb/load+validate",
            "validate-1mb/baseline-serde-plan",
            None,
        ),
    ];
    for format in ["array", "lines"] {
        for size in ["1e4", "1e5", "1e6"] {
            for path in ["reader", "str"] {
                out.push(Ratio {
                    what: match (format, path) {
                        ("array", "reader") => "evaluate JSON array, stream (CLI) / serde",
                        ("array", _) => "evaluate JSON array, text (npm) / serde",
                        (_, "reader") => "evaluate JSON Lines, stream (CLI) / serde",
                        _ => "evaluate JSON Lines, text (npm) / serde",
                    },
                    numerator: format!("evaluate-{format}/{path}/{size}"),
                    denominator: format!("evaluate-{format}/baseline-serde/{size}"),
                    target: Some(1.3),
                });
            }
        }
        for path in ["reader", "str", "baseline-serde"] {
            for (small, large) in [("1e4", "1e5"), ("1e5", "1e6")] {
                out.push(Ratio {
                    what: "linearity: 10x records / 1x",
                    numerator: format!("evaluate-{format}/{path}/{large}"),
                    denominator: format!("evaluate-{format}/{path}/{small}"),
                    target: Some(11.0),
                });
            }
        }
    }
    out.extend([
        ratio(
            "report markdown / serde_json of the evaluation",
            "report/render-markdown",
            "report/baseline-serde-json",
            None,
        ),
        ratio(
            "report html / serde_json of the evaluation",
            "report/render-html",
            "report/baseline-serde-json",
            None,
        ),
        ratio(
            "report text / serde_json of the evaluation",
            "report/render-text",
            "report/baseline-serde-json",
            None,
        ),
        ratio(
            "report json / serde_json of the evaluation",
            "report/render-json",
            "report/baseline-serde-json",
            None,
        ),
        ratio(
            "evaluate + render markdown / evaluate alone",
            "report/render-log-markdown",
            "report/baseline-evaluate",
            None,
        ),
    ]);
    out
}

/// Prints the ratio table from criterion's estimates under `dir`.
fn table(dir: &Path) {
    let mut estimates = std::collections::BTreeMap::new();
    collect_estimates(dir, &mut estimates);
    if estimates.is_empty() {
        eprintln!("no criterion estimates under {}", dir.display());
        std::process::exit(1);
    }
    for ratio in ratios() {
        let (Some(top), Some(bottom)) = (
            estimates.get(&ratio.numerator),
            estimates.get(&ratio.denominator),
        ) else {
            continue;
        };
        let value = top / bottom;
        println!(
            "| {} (criterion medians: {} / {}) | {} | {} | {value:.2} | {} |",
            ratio.what,
            ratio.numerator,
            ratio.denominator,
            duration(*top),
            duration(*bottom),
            verdict(value, ratio.target),
        );
    }
}

/// Criterion's median estimates (ns) by benchmark id, from every `new/` directory under `dir`.
fn collect_estimates(dir: &Path, out: &mut std::collections::BTreeMap<String, f64>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path: PathBuf = entry.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|name| name == "new") {
            let id = read_json(&path.join("benchmark.json"))
                .and_then(|b| b["full_id"].as_str().map(str::to_string));
            let median = read_json(&path.join("estimates.json"))
                .and_then(|e| e["median"]["point_estimate"].as_f64());
            if let (Some(id), Some(median)) = (id, median) {
                out.insert(id, median);
            }
        } else {
            collect_estimates(&path, out);
        }
    }
}

fn read_json(path: &Path) -> Option<serde_json::Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// A duration in ns, in a readable unit.
fn duration(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

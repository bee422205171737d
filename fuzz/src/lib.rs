//! What must hold for any input at each entry point of kehoach that takes outside input: the
//! fuzz targets call these on every generated input, and `crates/kehoach/tests/suite/regressions.rs`
//! includes this file to replay the committed corpus and every crash ever found through the
//! same checks on each `cargo test`.
//!
//! Each check panics, with the reason, when a property fails; the library itself must never
//! panic, so any panic from inside kehoach is a finding too.

use kehoach::activity::{read_log, read_log_str, LogEntry, LogFormat};
use kehoach::evaluate::{evaluate_log, evaluate_reader, EvaluateOptions, Evaluation};
use kehoach::import::{import_plan_text_in, RULES as IMPORT_RULES};
use kehoach::limits::{MAX_PERIOD_ID_BYTES, MAX_RECORD_BYTES};
use kehoach::period::{PeriodId, PeriodKind, WindowKind};
use kehoach::report::{render, render_log, ReportFormat, ReportOptions};
use kehoach::{Lang, PeriodType, Plan};

/// A target's check of one input.
pub type Check = fn(&[u8]);

/// Every target: its name (the directory of its corpus) and its check.
pub const TARGETS: &[(&str, Check)] = &[
    ("plan_json", plan_json),
    ("plan_fields", plan_fields),
    ("activity_lines", activity_lines),
    ("activity_array", activity_array),
    ("report_request", report_request),
    ("import_text", import_text),
    ("import_docx", import_docx),
    ("period_id", period_id),
];

const FORMATS: [ReportFormat; 4] = [
    ReportFormat::Markdown,
    ReportFormat::Html,
    ReportFormat::Text,
    ReportFormat::Json,
];

/// The bundled plan, loaded once: the targets that need a plan check what is done with it.
fn bundled_plan() -> &'static Plan {
    static PLAN: std::sync::OnceLock<Plan> = std::sync::OnceLock::new();
    PLAN.get_or_init(
        || match Plan::from_json_str(kehoach::examples::LANG_SON_2023) {
            Ok(plan) => plan,
            Err(error) => panic!("the bundled plan must load: {error}"),
        },
    )
}

/// A language chosen by the input, so both are exercised without doubling the work (the
/// window, where one is chosen, by the next bit of the length).
fn lang_of(data: &[u8]) -> Lang {
    if data.len() % 2 == 0 {
        Lang::Vi
    } else {
        Lang::En
    }
}

fn period(id: &str) -> PeriodId {
    match id.parse() {
        Ok(period) => period,
        Err(error) => panic!("{id} must parse: {error}"),
    }
}

/// Plan JSON: loading never panics and agrees with `validate_plan_json`; a plan that loads
/// validates, saves, reloads equal and saves to the same bytes again; and it drives an
/// evaluation and every report without panicking.
pub fn plan_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = Plan::from_json_str(text);
    let validated = kehoach::validate_plan_json(text, Lang::En);
    assert_eq!(
        loaded.as_ref().err(),
        validated.as_ref().err(),
        "loading and validating disagree"
    );
    let plan = match loaded {
        Ok(plan) => plan,
        Err(error) => {
            assert!(!error.message.is_empty(), "an error says what is wrong");
            return;
        }
    };
    let diagnostics = kehoach::validate_plan(&plan, Lang::Vi);
    assert_eq!(
        validated.map(|d| d.len()).ok(),
        Some(diagnostics.len()),
        "as many findings in either language"
    );
    let saved = plan.to_json_string();
    let reloaded = match Plan::from_json_str(&saved) {
        Ok(reloaded) => reloaded,
        Err(error) => panic!("a saved plan must load again: {error}\n{saved}"),
    };
    assert_eq!(reloaded, plan, "saving then loading changed the plan");
    assert_eq!(reloaded.to_json_string(), saved, "saving is not stable");
    let _ = kehoach::plan_text::plan_summary(&plan);

    // The plan's own forms and units, one activity each, through its year.
    let year = PeriodId::year(plan.year).unwrap_or_else(|_| period("2023"));
    let log: Vec<String> = plan
        .forms()
        .zip(
            plan.units
                .iter()
                .cycle()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .take(20)
        .enumerate()
        .map(|(index, ((_, form), unit))| {
            serde_json::json!({
                "schemaVersion": 1,
                "date": format!("{}-{:02}-10", year.reporting_year(), index % 12 + 1),
                "unit": unit.map_or("khac", |u| u.id.as_str()),
                "form": form.id,
                "title": "Hoạt động",
                "evidence": format!("https://example.vn/{index}"),
                "quantities": {"participants": 30},
            })
            .to_string()
        })
        .collect();
    let log = log.join("\n");
    let window = if data.len() % 4 < 2 {
        WindowKind::CutOff
    } else {
        WindowKind::Calendar
    };
    let options = EvaluateOptions {
        window,
        ..EvaluateOptions::default()
    };
    let evaluation = evaluate_log(&plan, &log, &year, &options);
    check_evaluation(&evaluation);
    for format in FORMATS {
        let _ = render(&plan, &evaluation, format, lang_of(data));
    }
}

/// Plan JSON, well formed: the bundled plan with values replaced, one edit a line,
/// `POINTER VALUE` (VALUE is JSON, or else taken as a string; no VALUE removes the value; a
/// last token `-` appends to an array). Byte mutations of JSON text rarely get past the
/// parser; edits of well-typed values reach validation, evaluation and reports with plans no
/// one would write by hand.
pub fn plan_fields(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut plan = match serde_json::from_str::<serde_json::Value>(kehoach::examples::LANG_SON_2023)
    {
        Ok(plan) => plan,
        Err(error) => panic!("the bundled plan is JSON: {error}"),
    };
    for line in text.lines().take(64) {
        let (pointer, value) = match line.split_once(' ') {
            Some((pointer, value)) => (pointer, Some(value)),
            None => (line, None),
        };
        let value = value.map(|v| {
            serde_json::from_str(v).unwrap_or_else(|_| serde_json::Value::String(v.to_string()))
        });
        edit(&mut plan, pointer, value);
    }
    plan_json(plan.to_string().as_bytes());
}

/// Sets (or with `None` removes) the value at a JSON Pointer, when its parent exists.
fn edit(document: &mut serde_json::Value, pointer: &str, value: Option<serde_json::Value>) {
    use serde_json::Value;
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = last.replace("~1", "/").replace("~0", "~");
    match (document.pointer_mut(parent), value) {
        (Some(Value::Object(map)), Some(value)) => {
            map.insert(last, value);
        }
        (Some(Value::Object(map)), None) => {
            map.remove(&last);
        }
        (Some(Value::Array(items)), Some(value)) if last == "-" => items.push(value),
        (Some(Value::Array(items)), value) => {
            let Ok(index) = last.parse::<usize>() else {
                return;
            };
            match value {
                Some(value) => {
                    if let Some(slot) = items.get_mut(index) {
                        *slot = value;
                    }
                }
                None if index < items.len() => {
                    items.remove(index);
                }
                None => {}
            }
        }
        _ => {}
    }
}

/// Activity logs as JSON Lines (inputs that open a JSON array are left to
/// [`activity_array`]).
pub fn activity_lines(data: &[u8]) {
    if opens_array(data) {
        return;
    }
    activity_log(data);
}

/// Whether the readers take `data` for a JSON array: `[` after a byte-order mark and JSON's
/// blanks.
fn opens_array(data: &[u8]) -> bool {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    data.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
}

/// Activity logs as a JSON array: the input is made to open one.
pub fn activity_array(data: &[u8]) {
    if opens_array(data) {
        activity_log(data);
    } else {
        let mut bytes = Vec::with_capacity(data.len() + 1);
        bytes.push(b'[');
        bytes.extend_from_slice(data);
        activity_log(&bytes);
    }
}

/// A log read as a stream and from memory gives the same entries; its evaluation against the
/// bundled plan accounts for every record; every report renders.
fn activity_log(data: &[u8]) {
    let plan = bundled_plan();
    let q1 = period("2023-Q1");
    let mut streamed = Vec::new();
    let format = match read_log(data, Lang::En, |entry| streamed.push(entry)) {
        Ok(format) => format,
        Err(error) => panic!("reading from memory cannot fail with I/O: {error}"),
    };
    for entry in &streamed {
        if let LogEntry::Rejected(diagnostic) = entry {
            assert!(diagnostic.code.starts_with("LOG"), "{diagnostic:?}");
            assert!(!diagnostic.message.is_empty());
        }
    }
    let text = String::from_utf8_lossy(data);
    // Array elements are measured only in a stream (kehoach::limits::MAX_RECORD_BYTES).
    let comparable = std::str::from_utf8(data).is_ok()
        && (format == LogFormat::JsonLines || data.len() <= MAX_RECORD_BYTES);
    if comparable {
        let mut in_memory = Vec::new();
        let format_in_memory = read_log_str(&text, Lang::En, |entry| in_memory.push(entry));
        assert_eq!(
            format, format_in_memory,
            "the two readers see different formats"
        );
        assert_eq!(
            unplaced(streamed.clone()),
            unplaced(in_memory),
            "the two readers disagree"
        );
    }
    let options = EvaluateOptions::default();
    let evaluation = evaluate_log(plan, &text, &q1, &options);
    check_evaluation(&evaluation);
    let records = streamed
        .iter()
        .filter(|e| matches!(e, LogEntry::Record { .. }))
        .count();
    let rejected = streamed.len() - records;
    if comparable {
        assert_eq!(evaluation.log.records as usize, records);
        assert_eq!(evaluation.log.rejected as usize, rejected);
        match evaluate_reader(plan, data, &q1, &options, |_| {}) {
            Ok(mut from_stream) => {
                let mut from_text = evaluation.clone();
                for e in [&mut from_stream, &mut from_text] {
                    e.log.diagnostics.iter_mut().for_each(unplace);
                }
                assert_eq!(from_stream, from_text, "stream and text disagree");
            }
            Err(error) => panic!("reading from memory cannot fail with I/O: {error}"),
        }
    }
    match Evaluation::from_json_str(&evaluation.to_json_string()) {
        Ok(reloaded) => assert_eq!(reloaded, evaluation, "a saved evaluation changed"),
        Err(error) => panic!("a saved evaluation must load: {error}"),
    }
    for format in FORMATS {
        let report = render(plan, &evaluation, format, lang_of(data));
        if format == ReportFormat::Json {
            assert!(
                serde_json::from_str::<serde_json::Value>(&report).is_ok(),
                "the JSON report is JSON"
            );
        }
    }
}

/// Entries with the place of a broken array (LOG011) taken out.
fn unplaced(mut entries: Vec<LogEntry>) -> Vec<LogEntry> {
    for entry in &mut entries {
        if let LogEntry::Rejected(diagnostic) = entry {
            unplace(diagnostic);
        }
    }
    entries
}

/// serde_json's stream and string readers place some syntax errors one character apart (the
/// stream has already read the character it peeked at: "number out of range" at column 38
/// against 37, or at the start of the next line; fuzz/regressions/activity_array/
/// number-out-of-range), so where an array breaks is compared as what broke it only.
fn unplace(diagnostic: &mut kehoach::Diagnostic) {
    if diagnostic.code == "LOG011" {
        diagnostic.params.remove("line");
        diagnostic.params.remove("column");
        diagnostic.message.clear();
    }
}

/// The npm package's `renderReport(plan, activities, period, options)`: the first line is the
/// period id, the second the report options as JSON, the rest the log.
pub fn report_request(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let (Some(id), Some(options), log) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let Ok(period) = PeriodId::parse(id) else {
        return;
    };
    let Ok(options) = ReportOptions::from_json_str(options) else {
        return;
    };
    let plan = bundled_plan();
    let log = log.unwrap_or_default();
    let evaluation = evaluate_log(plan, log, &period, &options.evaluate_options());
    check_evaluation(&evaluation);
    let report = render_log(plan, log, &period, &options);
    let digest =
        kehoach::report::Digest::of_log(plan, log, evaluation.window.counted, options.lang);
    let built = kehoach::report::build_with(plan, &evaluation, Some(&digest), &options);
    assert_eq!(
        report,
        kehoach::report::render_output(&built, &options),
        "render_log renders its own evaluation"
    );
}

/// Invariants of any evaluation: every record lands in exactly one bucket, and the totals by
/// form, audience and unit each add up to the records counted.
fn check_evaluation(evaluation: &Evaluation) {
    let log = &evaluation.log;
    let buckets = [
        log.counted,
        log.duplicates,
        log.outside_window,
        log.outside_plan,
        log.after_as_of,
        log.unmatched,
    ];
    assert_eq!(
        buckets.iter().map(|&n| u64::from(n)).sum::<u64>(),
        u64::from(log.records),
        "every record lands in one bucket: {log:?}"
    );
    let window = &evaluation.window;
    assert!(window.span.start <= window.span.end);
    if let Some(counted) = window.counted {
        assert!(counted.start <= counted.end);
        assert!(window.span.covers(&counted));
    }
    for quota in &evaluation.quotas {
        for pair in quota.rows.windows(2) {
            assert!(pair[0].period <= pair[1].period, "rows are in order");
        }
        for row in &quota.rows {
            assert!(row.span.start <= row.span.end);
            assert!(row.shortfall <= row.required);
        }
    }
}

/// Plan text import: never panics; the draft saves and reloads equal, is the same in either
/// language, and validates; every diagnostic is from the catalogue with all its params.
pub fn import_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let result = import_plan_text_in(&text, Lang::Vi);
    let english = import_plan_text_in(&text, Lang::En);
    assert_eq!(result.plan, english.plan, "the language changed the plan");
    let codes = |r: &kehoach::import::ImportResult| -> Vec<String> {
        r.diagnostics.iter().map(|d| d.code.clone()).collect()
    };
    assert_eq!(codes(&result), codes(&english));
    let saved = result.plan.to_json_string();
    match Plan::from_json_str(&saved) {
        Ok(reloaded) => assert_eq!(reloaded, result.plan, "the draft changed when reloaded"),
        Err(error) => panic!("an imported draft must load: {error}\n{saved}"),
    }
    for diagnostic in &result.diagnostics {
        let Some(rule) = IMPORT_RULES
            .iter()
            .map(|entry| &entry.rule)
            .find(|r| r.code == diagnostic.code)
        else {
            panic!("{} is not in the import catalogue", diagnostic.code);
        };
        for piece in rule.message_vi.split('{').skip(1) {
            let name = piece.split('}').next().unwrap_or_default();
            assert!(
                diagnostic.params.contains_key(name),
                "{} lacks {name}",
                diagnostic.code
            );
        }
    }
    let _ = kehoach::validate_plan(&result.plan, Lang::Vi);
}

/// Period ids: parsing never panics; a period that parses writes back an id that parses to
/// it, its spans are ordered, its cut-off window runs 15th to 14th, and the months covering it
/// follow one another without gap or overlap.
pub fn period_id(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = kehoach::period::parse_date(&text);
    let period = match PeriodId::parse(&text) {
        Ok(period) => period,
        Err(error) => {
            assert!(error.input.len() <= MAX_PERIOD_ID_BYTES + '…'.len_utf8());
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    assert_eq!(PeriodId::parse(&period.to_string()), Ok(period), "{period}");
    let json = serde_json::to_string(&period).unwrap_or_default();
    assert_eq!(serde_json::from_str::<PeriodId>(&json).ok(), Some(period));
    let calendar = period.calendar_span();
    let cut_off = period.cut_off_window();
    assert!(calendar.start <= calendar.end, "{period}");
    assert!(cut_off.start <= cut_off.end, "{period}");
    assert_eq!(period.window(WindowKind::Calendar), calendar);
    assert_eq!(period.window(WindowKind::CutOff), cut_off);
    assert_eq!(period.reporting_year(), calendar.end.year());
    match period.kind() {
        PeriodKind::Range => assert_eq!(cut_off, calendar),
        PeriodKind::Standard(_) => {
            assert_eq!((cut_off.start.day(), cut_off.end.day()), (15, 14));
            assert!(cut_off.start < calendar.start && cut_off.end < calendar.end);
        }
    }
    if let Some(kind) = period.report_kind() {
        if let Some(back) = PeriodId::of_report(kind, period.reporting_year()) {
            assert_eq!(back.report_kind(), Some(kind));
        }
    }
    for lang in [Lang::Vi, Lang::En] {
        assert!(!period.label(lang).is_empty());
        assert!(!period.short_label(lang).is_empty());
    }
    for window in [WindowKind::CutOff, WindowKind::Calendar] {
        let span = period.window(window);
        let months = PeriodId::covering(&span, PeriodType::Month, window);
        let first = months.first().map(|m| m.window(window));
        let last = months.last().map(|m| m.window(window));
        assert!(first.is_some_and(|f| f.start <= span.start), "{period}");
        assert!(last.is_some_and(|l| span.end <= l.end), "{period}");
        for pair in months.windows(2) {
            assert_eq!(
                pair[0].window(window).end.next_day(),
                Some(pair[1].window(window).start),
                "{period}"
            );
        }
    }
    let plan = bundled_plan();
    let _ = kehoach::period::deadline(&plan.implementation.reporting, &period);
    let _ = kehoach::period::next_report(&plan.implementation.reporting, &period);
}

/// Word import: any bytes as a .docx package, and any bytes that are not a ZIP as the
/// `word/document.xml` of a stored package (libFuzzer's mutations of a real package mostly
/// fail its checksums). Never a panic; an error has a message; a package that reads imports as
/// its text does, and that import holds `import_text`'s properties.
pub fn import_docx(data: &[u8]) {
    docx_package(data);
    if !data.starts_with(b"PK") {
        docx_package(&stored_docx(data));
    }
}

fn docx_package(data: &[u8]) {
    match kehoach::import::docx_text(data) {
        Ok(text) => {
            let result = match kehoach::import::from_docx(data) {
                Ok(result) => result,
                Err(error) => panic!("docx_text read it but from_docx did not: {error}"),
            };
            assert_eq!(result, import_plan_text_in(&text, Lang::Vi));
            import_text(text.as_bytes());
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            assert!(kehoach::import::from_docx(data).is_err());
        }
    }
}

/// A ZIP package holding `xml` as `word/document.xml`, stored (not deflated).
pub fn stored_docx(xml: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let written = writer
        .start_file("word/document.xml", options)
        .and_then(|()| writer.write_all(xml).map_err(Into::into))
        .and_then(|()| writer.finish());
    match written {
        Ok(cursor) => cursor.into_inner(),
        Err(error) => panic!("writing a stored package failed: {error}"),
    }
}

//! The caps of `kehoach::limits`: input just inside each limit is read as usual, input just
//! past it gets a clear error or diagnostic that names the limit, and input far past it neither
//! overflows the stack nor fills memory.
//!
//! Memory is measured by a counting allocator, per thread, so tests running side by side do
//! not disturb each other's figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{BufRead, Read};

use crate::support::SEED;

use kehoach::activity::{read_log, read_log_str, LogEntry, LogFormat};
use kehoach::import::import_plan_text_in;
use kehoach::limits::{
    MAX_IMPORT_BYTES, MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_PERIOD_ID_BYTES, MAX_RECORD_BYTES,
};
use kehoach::period::PeriodId;
use kehoach::{Lang, Plan};

/// Counts the bytes this thread holds, and the most it held since [`reset_peak`].
struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn note_alloc(size: usize) {
    // `try_with`: the thread's counters may already be gone while it is torn down.
    let _ = HELD.try_with(|held| {
        let now = held.get() + size;
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn note_free(size: usize) {
    let _ = HELD.try_with(|held| held.set(held.get().saturating_sub(size)));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_alloc(layout.size());
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note_free(layout.size());
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_free(layout.size());
        note_alloc(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `work` and returns what it returned and the most memory this thread held beyond what
/// it held before.
fn peak_during<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let out = work();
    (out, PEAK.with(Cell::get) - before)
}

const BUNDLED: &str = kehoach::examples::LANG_SON_2023;
const RECORD: &str = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai-website","title":"Tin CCHC","evidence":"https://example.vn/1"}"#;

/// A stream of `prefix`, then `count` bytes of `fill`, then `suffix`, made as it is read, so a
/// test can feed hundreds of megabytes without holding them.
struct Generated {
    prefix: Vec<u8>,
    fill: u8,
    count: usize,
    suffix: Vec<u8>,
    position: usize,
    chunk: Vec<u8>,
    chunk_start: usize,
}

impl Generated {
    fn new(prefix: &str, fill: u8, count: usize, suffix: &str) -> Self {
        Generated {
            prefix: prefix.as_bytes().to_vec(),
            fill,
            count,
            suffix: suffix.as_bytes().to_vec(),
            position: 0,
            chunk: Vec::with_capacity(8192),
            chunk_start: usize::MAX,
        }
    }

    fn len(&self) -> usize {
        self.prefix.len() + self.count + self.suffix.len()
    }
}

impl Read for Generated {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let count = available.len().min(buffer.len());
        buffer[..count].copy_from_slice(&available[..count]);
        self.consume(count);
        Ok(count)
    }
}

impl BufRead for Generated {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.chunk_start != self.position {
            let end = self.len().min(self.position + 8192);
            let fill_start = self.prefix.len();
            let fill_end = fill_start + self.count;
            self.chunk.clear();
            let mut at = self.position;
            while at < end {
                if at < fill_start {
                    let stop = end.min(fill_start);
                    self.chunk.extend_from_slice(&self.prefix[at..stop]);
                    at = stop;
                } else if at < fill_end {
                    let stop = end.min(fill_end);
                    self.chunk.resize(self.chunk.len() + stop - at, self.fill);
                    at = stop;
                } else {
                    self.chunk
                        .extend_from_slice(&self.suffix[at - fill_end..end - fill_end]);
                    at = end;
                }
            }
            self.chunk_start = self.position;
        }
        Ok(&self.chunk)
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount;
        self.chunk_start = usize::MAX;
    }
}

fn entries_of(reader: impl BufRead) -> (LogFormat, Vec<LogEntry>) {
    let mut entries = Vec::new();
    let format = read_log(reader, Lang::En, |entry| entries.push(entry)).expect("no I/O error");
    (format, entries)
}

fn rejected(entry: &LogEntry) -> Option<&kehoach::Diagnostic> {
    match entry {
        LogEntry::Rejected(diagnostic) => Some(diagnostic),
        LogEntry::Record { .. } => None,
    }
}

/// `RECORD` with its title padded so the record is exactly `length` bytes.
fn record_of_length(length: usize) -> String {
    let padding = length - RECORD.len();
    let record = RECORD.replace("Tin CCHC", &format!("Tin CCHC{}", " ".repeat(padding)));
    assert_eq!(record.len(), length);
    record
}

// ---- JSON documents: size ------------------------------------------------------------------

#[test]
fn a_plan_at_the_size_limit_loads_and_one_byte_more_is_refused() {
    let padding = MAX_JSON_BYTES - BUNDLED.len();
    let at_limit = format!("{BUNDLED}{}", " ".repeat(padding));
    assert_eq!(at_limit.len(), MAX_JSON_BYTES);
    assert!(Plan::from_json_str(&at_limit).is_ok());

    let over = format!("{at_limit} ");
    let error = Plan::from_json_str(&over).expect_err("over the limit");
    assert_eq!(error.path, "");
    assert_eq!((error.line, error.column), (None, None));
    assert!(
        error.message.contains("16 MiB") && error.message.contains(&over.len().to_string()),
        "{}",
        error.message
    );
    let validated = kehoach::validate_plan_json(&over, Lang::Vi).expect_err("refused too");
    assert_eq!(validated, error);
}

#[test]
fn every_json_document_has_the_same_size_limit() {
    let over = format!("{{}}{}", " ".repeat(MAX_JSON_BYTES - 1));
    let messages = [
        kehoach::evaluate::EvaluateOptions::from_json_str(&over).map(|_| ()),
        kehoach::report::ReportOptions::from_json_str(&over).map(|_| ()),
        kehoach::activity::Activity::from_json_str(&over).map(|_| ()),
        kehoach::evaluate::Evaluation::from_json_str(&over).map(|_| ()),
    ];
    for result in messages {
        let error = result.expect_err("over the limit");
        assert!(error.message.contains("16 MiB"), "{}", error.message);
    }
    // One byte less and the options load.
    let at_limit = &over[..MAX_JSON_BYTES];
    assert!(kehoach::evaluate::EvaluateOptions::from_json_str(at_limit).is_ok());
}

// ---- JSON: nesting -------------------------------------------------------------------------

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn nesting_up_to_the_limit_parses_and_one_level_more_names_the_limit() {
    // At the limit the text is JSON: the error is about what it holds, not how deep.
    let at_limit = Plan::from_json_str(&nested(MAX_JSON_DEPTH)).expect_err("not a plan");
    assert_eq!(at_limit.message, "invalid type: expected a JSON object");
    let inside = format!(
        r#"{{"schemaVersion": 1, "purposes": {}}}"#,
        nested(MAX_JSON_DEPTH - 1)
    );
    let error = Plan::from_json_str(&inside).expect_err("not a plan");
    assert!(!error.message.contains("levels deep"), "{}", error.message);

    let over = format!(
        r#"{{"schemaVersion": 1, "purposes": {}}}"#,
        nested(MAX_JSON_DEPTH)
    );
    let error = Plan::from_json_str(&over).expect_err("too deep");
    assert!(
        error
            .message
            .contains(&format!("nested more than {MAX_JSON_DEPTH} levels deep")),
        "{}",
        error.message
    );
    assert_eq!(error.line, Some(1));
    // The column of the bracket that goes one level too deep.
    let column = over.find('[').expect("a bracket") + MAX_JSON_DEPTH;
    assert_eq!(error.column, Some(column));
}

#[test]
fn nesting_far_past_the_limit_is_an_error_not_a_stack_overflow() {
    for text in [
        "[".repeat(1_000_000),
        "{\"a\":".repeat(200_000),
        nested(100_000),
    ] {
        let error = Plan::from_json_str(&text).expect_err("too deep");
        assert!(error.message.contains("levels deep"), "{}", error.message);
    }
}

#[test]
fn a_too_deep_record_in_a_log_is_a_diagnostic_naming_the_limit() {
    let deep = format!("{RECORD}\n{}\n{RECORD}\n", nested(500));
    let (format, entries) = entries_of(deep.as_bytes());
    assert_eq!(format, LogFormat::JsonLines);
    let codes: Vec<&str> = entries
        .iter()
        .map(|e| rejected(e).map_or("record", |d| d.code.as_str()))
        .collect();
    assert_eq!(codes, ["record", "LOG001", "record"]);
    let message = &rejected(&entries[1]).expect("rejected").message;
    assert!(message.contains("127 levels deep"), "{message}");

    let array = format!("[{RECORD}, {}]", nested(500));
    for entries in [entries_of(array.as_bytes()).1, {
        let mut in_memory = Vec::new();
        read_log_str(&array, Lang::En, |e| in_memory.push(e));
        in_memory
    }] {
        assert_eq!(entries.len(), 2);
        let diagnostic = rejected(&entries[1]).expect("rejected");
        assert_eq!(diagnostic.code, "LOG011");
        assert!(
            diagnostic.message.contains("127 levels deep"),
            "{diagnostic:?}"
        );
    }
}

// ---- Activity logs: one record -------------------------------------------------------------

#[test]
fn a_line_at_the_record_limit_is_read_and_one_byte_more_is_skipped_with_a_diagnostic() {
    let at_limit = record_of_length(MAX_RECORD_BYTES);
    let over = record_of_length(MAX_RECORD_BYTES + 1);
    let log = format!("{at_limit}\n{over}\r\n{RECORD}");
    let (_, streamed) = entries_of(log.as_bytes());
    let mut in_memory = Vec::new();
    read_log_str(&log, Lang::En, |e| in_memory.push(e));
    assert_eq!(streamed, in_memory);

    assert!(matches!(
        streamed[0],
        LogEntry::Record { line: Some(1), .. }
    ));
    let diagnostic = rejected(&streamed[1]).expect("the long line is rejected");
    assert_eq!(
        (diagnostic.code.as_str(), diagnostic.path.as_str()),
        ("LOG001", "/1")
    );
    // The "\r" before the line break counts: it is part of the line.
    let length = (MAX_RECORD_BYTES + 2).to_string();
    assert!(
        diagnostic.message.contains(&length) && diagnostic.message.contains("64 KiB"),
        "{}",
        diagnostic.message
    );
    assert!(matches!(
        streamed[2],
        LogEntry::Record { line: Some(3), .. }
    ));
}

#[test]
fn a_line_of_many_megabytes_is_skipped_in_flat_memory() {
    let size = 64 * 1024 * 1024;
    let stream = Generated::new(
        &format!("{RECORD}\n{{\"title\": \""),
        b'x',
        size,
        &format!("\"}}\n{RECORD}\n"),
    );
    let ((format, entries), peak) = peak_during(|| entries_of(stream));
    assert_eq!(format, LogFormat::JsonLines);
    assert_eq!(entries.len(), 3);
    let diagnostic = rejected(&entries[1]).expect("rejected");
    assert_eq!(diagnostic.code, "LOG001");
    assert!(
        diagnostic.message.contains(&(size + 13).to_string()),
        "{}",
        diagnostic.message
    );
    assert!(matches!(entries[2], LogEntry::Record { line: Some(3), .. }));
    assert!(peak < 4 * MAX_RECORD_BYTES, "{peak} bytes held at most");
}

#[test]
fn a_line_without_end_is_read_in_flat_memory_too() {
    let stream = Generated::new("{", b'x', 64 * 1024 * 1024, "");
    let ((_, entries), peak) = peak_during(|| entries_of(stream));
    assert_eq!(entries.len(), 1);
    assert_eq!(
        rejected(&entries[0]).map(|d| d.code.as_str()),
        Some("LOG001")
    );
    assert!(peak < 4 * MAX_RECORD_BYTES, "{peak} bytes held at most");
}

#[test]
fn an_array_element_past_the_record_limit_stops_a_stream_in_flat_memory() {
    let size = 256 * 1024 * 1024;
    let stream = Generated::new(
        &format!("[\n{RECORD},\n{RECORD},\n{{\"title\": \""),
        b'x',
        size,
        &format!("\"}},\n{RECORD}]"),
    );
    let ((format, entries), peak) = peak_during(|| entries_of(stream));
    assert_eq!(format, LogFormat::JsonArray);
    assert_eq!(entries.len(), 3, "two records, then the reading stops");
    assert!(matches!(entries[1], LogEntry::Record { index: 1, .. }));
    let diagnostic = rejected(&entries[2]).expect("rejected");
    assert_eq!(diagnostic.code, "LOG011");
    assert!(
        diagnostic.message.contains("64 KiB"),
        "{}",
        diagnostic.message
    );
    // The element starts on line 4; the limit is passed on that line.
    assert_eq!(
        diagnostic.params.get("line").map(ToString::to_string),
        Some("4".into())
    );
    assert!(peak < 8 * MAX_RECORD_BYTES, "{peak} bytes held at most");
}

#[test]
fn an_array_element_at_the_record_limit_is_read_from_a_stream() {
    // Measured from the end of the element before: here the comma and line break count.
    let element = record_of_length(MAX_RECORD_BYTES - 2);
    let log = format!("[{RECORD},\n{element}]");
    let (_, entries) = entries_of(log.as_bytes());
    assert!(entries.iter().all(|e| rejected(e).is_none()), "{entries:?}");
    assert_eq!(entries.len(), 2);

    let element = record_of_length(MAX_RECORD_BYTES - 1);
    let log = format!("[{RECORD},\n{element}]");
    let (_, entries) = entries_of(log.as_bytes());
    assert_eq!(
        rejected(&entries[1]).map(|d| d.code.as_str()),
        Some("LOG011")
    );
}

#[test]
fn an_array_held_in_memory_is_not_measured_element_by_element() {
    // The caller already holds the whole text: a long element is read as any other.
    let element = record_of_length(MAX_RECORD_BYTES * 2);
    let log = format!("[{RECORD}, {element}]");
    let mut entries = Vec::new();
    read_log_str(&log, Lang::En, |e| entries.push(e));
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| rejected(e).is_none()));
}

// ---- Plan text import ------------------------------------------------------------------------

#[test]
fn import_text_past_the_limit_is_not_read_and_says_why() {
    let over = format!("{SEED}{}", " ".repeat(MAX_IMPORT_BYTES + 1 - SEED.len()));
    for lang in [Lang::Vi, Lang::En] {
        let result = import_plan_text_in(&over, lang);
        let codes: Vec<&str> = result.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["IMP191"]);
        let diagnostic = &result.diagnostics[0];
        assert_eq!(diagnostic.severity, kehoach::Severity::Error);
        assert!(
            diagnostic.message.contains("2 MiB"),
            "{}",
            diagnostic.message
        );
        assert!(diagnostic.message.contains(&over.len().to_string()));
        assert!(result.plan.audiences.is_empty() && result.plan.legal_bases.is_empty());
        let saved = result.plan.to_json_string();
        assert_eq!(Plan::from_json_str(&saved).ok(), Some(result.plan));
    }
}

#[test]
fn import_text_at_the_limit_is_read() {
    let at_limit = format!("{SEED}{}", " ".repeat(MAX_IMPORT_BYTES - SEED.len()));
    assert_eq!(at_limit.len(), MAX_IMPORT_BYTES);
    let result = kehoach::import::import_plan_text(&at_limit);
    assert!(result.diagnostics.iter().all(|d| d.code != "IMP191"));
    assert_eq!(result.plan.legal_bases.len(), 3);
}

// ---- Period ids ------------------------------------------------------------------------------

#[test]
fn a_period_id_at_the_length_limit_parses_and_a_longer_one_is_cut_in_the_error() {
    let id = "2023-01-01..2023-03-31";
    let padding = MAX_PERIOD_ID_BYTES - id.len();
    let at_limit = format!(
        "{}{id}{}",
        " ".repeat(padding / 2),
        " ".repeat(padding - padding / 2)
    );
    assert_eq!(at_limit.len(), MAX_PERIOD_ID_BYTES);
    assert_eq!(
        PeriodId::parse(&at_limit).map(|p| p.to_string()),
        Ok(id.to_string())
    );

    let over = format!("{at_limit} ");
    let error = PeriodId::parse(&over).expect_err("too long");
    assert!(error.reason.contains("64-byte limit"), "{}", error.reason);

    let huge = "2023-Q1".repeat(1_000_000);
    let error = PeriodId::parse(&huge).expect_err("too long");
    assert_eq!(error.input, format!("{}…", &huge[..MAX_PERIOD_ID_BYTES]));
    assert!(
        error.to_string().len() < 400,
        "the message quotes a cut input"
    );
    // A cut never splits a character.
    let error = PeriodId::parse(&"đ".repeat(100)).expect_err("too long");
    assert_eq!(
        error.input,
        format!("{}…", "đ".repeat(MAX_PERIOD_ID_BYTES / 2))
    );
}

//! The quick paths against the careful ones: the same entries, whatever the input.

use serde_json::Value;

use super::super::parsed::Parsed;
use super::array::{broken_array, read_array, walk_array};
use super::entry::Element;
use super::lines::{line_entry, stream_line_entry};
use super::metered::{element_too_long, Meter, Metered};
use super::quick::QuickStream;
use super::LogEntry;
use crate::limits::MAX_RECORD_BYTES;
use crate::Lang;

const RECORD: &str = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai-website","title":"Tin","evidence":"e","quantities":{"views":3}}"#;

/// Records and near-records that the quick paths must read exactly as the careful path
/// does: each line of a log, and each element of an array.
fn elements() -> Vec<String> {
    let with = |from: &str, to: &str| RECORD.replace(from, to);
    let nested = |depth: usize| {
        format!(
            r#"{{"schemaVersion":1,"x":{}0{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    vec![
        RECORD.to_string(),
        with("\"Tin\"", "\"[Video] Tin\""),
        with("\"Tin\"", "\"Le\\u0302\\u0301 ho\\u0323i nghi\\u0323\""),
        with("\"Tin\"", "\"Le\u{302}\u{301} hội nghị\""),
        with("\"Tin\"", "\"\\ud83d\\ude00 \\u00e9\""),
        with("\"Tin\"", "\"\\ud800\""),
        with("\"Tin\"", "\"Tin\",\"title\":\"Hai\""),
        with("\"unit\"", "\"colour\":\"red\",\"unit\""),
        with("\"unit\"", "\"\u{212A}\":1,\"unit\""),
        with("\"schemaVersion\":1", "\"schemaVersion\":99"),
        with("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
        with("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
        with("\"schemaVersion\":1,", ""),
        with("{\"views\":3}", "[1,2]"),
        with("{\"views\":3}", "{\"views\":1e2}"),
        with("{\"views\":3}", "{\"views\":-1}"),
        with("{\"views\":3}", "{\"views\":4294967296}"),
        with("{\"views\":3}", "{\"views\":3,\"views\":4}"),
        with("{\"views\":3}", "null"),
        with("2023-01-05", "2023-02-29"),
        with("2023-01-05", "2023-01-0\u{0665}"),
        with("\"evidence\":\"e\"", "\"evidence\":null,\"audience\":null"),
        with("\"evidence\":\"e\"", "\"x\":1e999"),
        with("}", "}x"),
        with(":", " : "),
        "42".to_string(),
        "\"text\"".to_string(),
        "null".to_string(),
        "{}".to_string(),
        "[]".to_string(),
        "[1".to_string(),
        "{\"schemaVersion\":1".to_string(),
        format!("\u{feff}{RECORD}"),
        format!("\u{a0}{RECORD}\u{3000}"),
        format!(" \t{RECORD}\r"),
        nested(125),
        nested(126),
        nested(127),
        nested(128),
    ]
}

#[test]
fn quick_lines_read_as_the_careful_path_does() {
    let mut records = 0;
    for (index, element) in elements().iter().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let careful = line_entry::<Value>(element.as_bytes(), index, Lang::En);
        assert_eq!(
            stream_line_entry(element.as_bytes(), element.len(), index, Lang::En),
            careful
        );
        records += usize::from(matches!(careful, Some(LogEntry::Record { .. })));
    }
    assert!(records >= 10, "{records}");
    let invalid = [b'{', 0xff, b'}'];
    assert_eq!(
        stream_line_entry(&invalid, invalid.len(), 0, Lang::En),
        line_entry::<Value>(&invalid, 0, Lang::En)
    );
}

/// The careful walk of an array from a stream alone, as `read_log` was before the quick
/// reader: serde_json through the metered reader from the `[` on.
fn careful_stream(text: &str) -> Vec<LogEntry> {
    let mut entries = Vec::new();
    let meter = Meter::default();
    let mut deserializer = serde_json::Deserializer::from_reader(Metered {
        inner: text.as_bytes(),
        meter: &meter,
    });
    let mut starting = || meter.element_start.set(meter.read.get());
    let mut each = |entry| entries.push(entry);
    match walk_array::<_, Value>(&mut deserializer, 0, Lang::En, &mut each, &mut starting) {
        Ok(()) => {}
        Err(_) if meter.tripped.get() => each(element_too_long(&meter, 0, Lang::En)),
        Err(error) => each(broken_array(&error, 0, Lang::En)),
    }
    entries
}

/// `read_array` through a reader whose buffer holds `capacity` bytes.
fn quick_stream_entries(text: &str, capacity: usize) -> Vec<LogEntry> {
    let mut entries = Vec::new();
    let reader = std::io::BufReader::with_capacity(capacity, text.as_bytes());
    let read = read_array(reader, 0, Lang::En, &mut |entry| entries.push(entry));
    assert!(read.is_ok(), "{read:?}");
    entries
}

#[test]
fn quick_arrays_read_as_the_careful_walk_does() {
    let elements = elements();
    let arrays = arrays_of(&elements);
    let mut quick_records = 0;
    for array in &arrays {
        let careful = careful_stream(array);
        for capacity in [1, 2, 3, 7, 64, 8192] {
            let streamed = quick_stream_entries(array, capacity);
            assert_eq!(streamed, careful, "{capacity} {array}");
        }
        let mut quick = QuickStream::new();
        let mut passed = 0;
        if let Ok(true) = quick.read(&mut array.as_bytes(), Lang::En, &mut |_| passed += 1) {
            quick_records += passed;
        }
    }
    // The quick reader did read most of them itself.
    assert!(quick_records > 2 * elements.len(), "{quick_records}");
}

/// Arrays of the tricky `elements`, and of records around them, well and badly formed.
fn arrays_of(elements: &[String]) -> Vec<String> {
    let valid: Vec<&String> = elements
        .iter()
        .filter(|e| serde_json::from_str::<serde_json::Value>(e).is_ok())
        .collect();
    let mut arrays = vec![
        "[]".to_string(),
        " [ ] ".to_string(),
        "[".to_string(),
        "[,]".to_string(),
        format!("[{RECORD},]"),
        format!("[{RECORD} {RECORD}]"),
        format!("[{RECORD}]]"),
        format!("[{RECORD}] x"),
        format!("[{RECORD}]\n{RECORD}"),
        format!("[\n{RECORD}\n,\n\t{RECORD}\n]\n"),
        format!("[\n {RECORD},\n  {RECORD} x\n]"),
        format!("[\n {RECORD},\n  {RECORD},\n  ]"),
        format!("[\n {RECORD},\n  {RECORD}\n\n]  \n x"),
        format!("[{RECORD}, 12x, {RECORD}]"),
        format!("[{RECORD}, \"a\\\"]\", {RECORD}]"),
        format!("[{RECORD}, {{\"a\": \"}}\\\\\"}}, {RECORD}]"),
        format!("[{RECORD}, {{\"a\": [1, {{\"b\": \"]\"}}]}}, {RECORD}]"),
        format!("[{RECORD}, {{\"a\": 1]"),
        format!("[{RECORD}, {{\"a\": 1}}}}, {RECORD}]"),
        format!("[{RECORD}, {{\"a\": 1\n"),
    ];
    for element in elements {
        arrays.push(format!("[{element}]"));
        arrays.push(format!("[{RECORD}, {element},\n{RECORD}]"));
    }
    let all: Vec<&str> = valid.iter().map(|e| e.as_str()).collect();
    arrays.push(format!("[{}]", all.join(",")));
    arrays.push(format!("[\n  {}\n]", all.join(",\n  ")));
    arrays
}

/// The array walk of a log held in memory, reading elements as `T`.
fn walk_str<T: Element>(text: &str) -> Vec<LogEntry> {
    let mut entries = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut each = |entry| entries.push(entry);
    if let Err(error) = walk_array::<_, T>(&mut deserializer, 0, Lang::En, &mut each, &mut || {}) {
        each(broken_array(&error, 0, Lang::En));
    }
    entries
}

/// Every one-change variant of [`RECORD`]: each key removed, repeated, or given a value of
/// every JSON type; an unknown key added; text in NFD.
fn record_variants() -> Vec<String> {
    let record: serde_json::Map<String, Value> = serde_json::from_str(RECORD).unwrap_or_default();
    let values = [
        "null",
        "true",
        "0",
        "1",
        "-1",
        "1.5",
        "1e2",
        "4294967296",
        "\"\"",
        "\"x\"",
        "\"2023-02-29\"",
        "\"2023-01-05\"",
        "\"Le\\u0302\\u0301\"",
        "[]",
        "[\"x\"]",
        "{}",
        "{\"views\":1}",
        "{\"views\":1,\"copies\":null}",
        "{\"colour\":1}",
    ];
    let write = |entries: &[(String, String)]| {
        let body: Vec<String> = entries
            .iter()
            .map(|(key, value)| format!("{key:?}:{value}"))
            .collect();
        format!("{{{}}}", body.join(","))
    };
    let base: Vec<(String, String)> = record
        .iter()
        .map(|(key, value)| (key.clone(), value.to_string()))
        .collect();
    let mut out = vec![write(&base)];
    for (at, (key, _)) in base.iter().enumerate() {
        let mut removed = base.clone();
        removed.remove(at);
        out.push(write(&removed));
        let mut repeated = base.clone();
        repeated.push((key.clone(), "\"again\"".to_string()));
        out.push(write(&repeated));
        for value in values {
            let mut changed = base.clone();
            if let Some(entry) = changed.get_mut(at) {
                entry.1 = value.to_string();
            }
            out.push(write(&changed));
        }
    }
    for extra in ["colour", "Title", "notes", "audience"] {
        let mut added = base.clone();
        added.push((extra.to_string(), "\"x\"".to_string()));
        out.push(write(&added));
    }
    out
}

#[test]
fn one_pass_reading_gives_the_careful_entries() {
    let mut lines = elements();
    lines.extend(record_variants());
    let mut records = 0;
    for (index, line) in lines.iter().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let careful = line_entry::<Value>(line.as_bytes(), index, Lang::En);
        assert_eq!(
            line_entry::<Parsed>(line.as_bytes(), index, Lang::En),
            careful,
            "{line}"
        );
        records += usize::from(matches!(careful, Some(LogEntry::Record { .. })));
    }
    assert!(records >= 40, "{records}");
    for array in arrays_of(&lines) {
        assert_eq!(
            walk_str::<Parsed>(&array),
            walk_str::<Value>(&array),
            "{array}"
        );
    }
}

#[test]
fn one_pass_reading_takes_plain_records_itself() {
    let parsed = |text: &str| serde_json::from_str::<Parsed>(text).ok();
    assert!(matches!(parsed(RECORD), Some(Parsed::Record(_))));
    let nfd = RECORD.replace("\"Tin\"", "\"Le\u{302}\u{301}\"");
    match parsed(&nfd) {
        Some(Parsed::Record(activity)) => assert_eq!(activity.title, "Lế"),
        other => panic!("{other:?}"),
    }
    // Whatever the careful path must judge is handed over as serde_json read it.
    for handed_over in [
        RECORD.replace("\"unit\"", "\"colour\":1,\"unit\""),
        RECORD.replace("\"schemaVersion\":1", "\"schemaVersion\":99"),
        RECORD.replace("\"evidence\":\"e\"", "\"evidence\":null"),
        RECORD.replace("{\"views\":3}", "{\"views\":-3}"),
        "[1]".to_string(),
    ] {
        let value = serde_json::from_str::<Value>(&handed_over).ok();
        match parsed(&handed_over) {
            Some(Parsed::Value(parsed)) => assert_eq!(Some(parsed), value),
            other => panic!("{handed_over}: {other:?}"),
        }
    }
}

/// A record of exactly `length` bytes (its title padded).
fn record_of(length: usize) -> String {
    let padding = length.saturating_sub(RECORD.len());
    RECORD.replace("\"Tin\"", &format!("\"Tin{}\"", "x".repeat(padding)))
}

#[test]
fn quick_arrays_keep_the_record_limit_exactly() {
    let mut arrays = Vec::new();
    for length in (MAX_RECORD_BYTES - 4)..=(MAX_RECORD_BYTES + 1) {
        let big = record_of(length);
        assert_eq!(big.len(), length);
        arrays.push(format!("[{big}]"));
        arrays.push(format!("[{RECORD},{big}]"));
        arrays.push(format!("[{RECORD},\n  {big} ,{RECORD}]"));
        arrays.push(format!("[{RECORD},\n{big}\n]"));
    }
    // Blank runs reaching the limit: before an element (the limit counts them in it),
    // and after the `]`, where the careful walk's look for the end of the input counts too.
    let comma = RECORD.len() + 1;
    for blanks in (MAX_RECORD_BYTES - 3)..=(MAX_RECORD_BYTES + 1) {
        let blank = " ".repeat(blanks);
        arrays.push(format!("[{RECORD}]{blank}"));
        arrays.push(format!("[{RECORD}\n]{}", " ".repeat(blanks - 1)));
        arrays.push(format!("[{blank}{RECORD}]"));
        let before = " ".repeat(blanks - comma);
        arrays.push(format!("[{RECORD},{before}{RECORD}]"));
        arrays.push(format!("[{RECORD},\n{}{RECORD},{RECORD}]", &before[1..]));
    }
    let mut too_long = 0;
    for array in &arrays {
        let careful = careful_stream(array);
        too_long += careful
            .iter()
            .filter(|e| matches!(e, LogEntry::Rejected(d) if d.code == "LOG011"))
            .count();
        for capacity in [7, 64, 8192, 100_000] {
            let streamed = quick_stream_entries(array, capacity);
            assert_eq!(streamed, careful, "{capacity} {}", array.len());
        }
    }
    // Both sides of the limit were met.
    assert!(too_long > 10 && too_long < arrays.len() - 10, "{too_long}");
}

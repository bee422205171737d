//! Reading an activity log as a stream: a JSON array or JSON Lines, one record at a time.
//!
//! Memory stays flat however long the log is: JSON Lines are read line by line into one reused
//! buffer, and a JSON array is walked element by element by serde's sequence visitor. A bad
//! line or record is reported and skipped; only a broken array stops the reading, because
//! nothing after a syntax error in one JSON document can be located reliably.

use std::io::BufRead;

use serde::de::{Deserializer as _, SeqAccess, Visitor};

use super::check::{BROKEN_ARRAY, INVALID_RECORD, NOT_JSON, UNSUPPORTED_VERSION};
use super::{Activity, RecordError};
use crate::diagnostic::Params;
use crate::{Diagnostic, Lang};

/// How a log was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// A JSON array of records.
    JsonArray,
    /// One record per line (also an empty input).
    JsonLines,
}

/// One item of a log: a record, or why something in its place could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum LogEntry {
    /// A record that follows the contract.
    Record {
        /// Its place: the element's index in an array, the 0-based line index in JSON Lines.
        /// Diagnostics point at it as `/{index}`.
        index: u32,
        /// The 1-based line, in JSON Lines.
        line: Option<u32>,
        /// The record.
        activity: Activity,
    },
    /// A line or element that is not a record (codes LOG001, LOG002, LOG003, LOG011).
    Rejected(Diagnostic),
}

/// Reads a log from `reader`, calling `each` for every record and every rejected line, in
/// order. The format is told from the first character: `[` is a JSON array, anything else is
/// JSON Lines. A UTF-8 byte-order mark is skipped.
///
/// Errors are I/O errors only; problems in the text are [`LogEntry::Rejected`].
///
/// ```
/// use kehoach::activity::{read_log, LogEntry};
/// let log = "{\"schemaVersion\":1,\"date\":\"2023-01-05\",\"unit\":\"van-phong\",\"form\":\"tin-bai-website\",\"title\":\"A\"}\nnot json\n";
/// let mut entries = Vec::new();
/// read_log(log.as_bytes(), kehoach::Lang::En, |entry| entries.push(entry))?;
/// assert!(matches!(entries[0], LogEntry::Record { index: 0, line: Some(1), .. }));
/// assert!(matches!(&entries[1], LogEntry::Rejected(d) if d.code == "LOG001" && d.path == "/1"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn read_log<R: BufRead>(
    mut reader: R,
    lang: Lang,
    mut each: impl FnMut(LogEntry),
) -> std::io::Result<LogFormat> {
    let (first, newlines) = sniff(&mut reader)?;
    if first == Some(b'[') {
        read_array(reader, newlines, lang, &mut each)?;
        Ok(LogFormat::JsonArray)
    } else {
        read_lines(reader, newlines, lang, &mut each)?;
        Ok(LogFormat::JsonLines)
    }
}

/// Skips a byte-order mark and leading whitespace; returns the first other byte (not
/// consumed) and how many line breaks were skipped, so line numbers stay right.
fn sniff<R: BufRead>(reader: &mut R) -> std::io::Result<(Option<u8>, u32)> {
    let mut newlines = 0u32;
    let mut at_start = true;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok((None, newlines));
        }
        let mut skip = 0;
        if at_start && buffer.starts_with(&[0xEF, 0xBB, 0xBF]) {
            skip = 3;
        }
        at_start = false;
        let rest = buffer.get(skip..).unwrap_or_default();
        let blank = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        newlines += u32::try_from(rest.iter().take(blank).filter(|&&b| b == b'\n').count())
            .unwrap_or(u32::MAX);
        let first = rest.get(blank).copied();
        reader.consume(skip + blank);
        if first.is_some() {
            return Ok((first, newlines));
        }
    }
}

fn read_lines<R: BufRead>(
    mut reader: R,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut buffer = Vec::with_capacity(512);
    let mut line_index = skipped_newlines;
    loop {
        let index = line_index;
        // A line wholly in the reader's buffer is read where it is; only a line that runs past
        // the buffer's end is copied out first.
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(());
        }
        line_index = line_index.saturating_add(1);
        if let Some(end) = find_newline(available) {
            let line = available.get(..=end).unwrap_or(available);
            if let Some(entry) = line_entry(line, index, lang) {
                each(entry);
            }
            reader.consume(end + 1);
        } else {
            buffer.clear();
            reader.read_until(b'\n', &mut buffer)?;
            if let Some(entry) = line_entry(&buffer, index, lang) {
                each(entry);
            }
        }
    }
}

/// The index of the first `\n` in `bytes`, eight bytes at a time.
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_ne_bytes([b'\n'; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default()) ^ NEWLINES;
        // Some byte of `word` is zero (a newline in `chunk`).
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            break;
        }
        start += 8;
    }
    let rest = bytes.get(start..)?;
    rest.iter()
        .position(|&byte| byte == b'\n')
        .map(|at| start + at)
}

/// One line of JSON Lines: nothing when blank, else a record or why it is not one.
fn line_entry(bytes: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
    // A line that serde_json reads as a record from its bytes was UTF-8 (outside strings JSON
    // is ASCII, and serde_json checks the strings), and trimming it would have removed only
    // JSON whitespace, so the careful path below would find the same record.
    if let Some(activity) = Activity::from_plain_json_bytes(bytes) {
        return Some(LogEntry::Record {
            index,
            line: Some(index.saturating_add(1)),
            activity,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text_line_entry(text, index, lang),
        Err(_) => Some(LogEntry::Rejected(syntax_error(
            index,
            index.saturating_add(1),
            "the line is not UTF-8 text",
            lang,
        ))),
    }
}

/// [`line_entry`] for a line that is text already.
fn text_line_entry(text: &str, index: u32, lang: Lang) -> Option<LogEntry> {
    let line_number = index.saturating_add(1);
    // A byte-order mark is not content wherever an editor left it.
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if text.is_empty() {
        return None;
    }
    if let Some(activity) = Activity::from_plain_json(text) {
        return Some(LogEntry::Record {
            index,
            line: Some(line_number),
            activity,
        });
    }
    Some(match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => entry_from_value(value, index, Some(line_number), lang),
        Err(error) => LogEntry::Rejected(syntax_error(
            index,
            line_number,
            &serde_error_text(&error),
            lang,
        )),
    })
}

/// Reads a log held in memory, like [`read_log`] but without I/O: the path of the npm
/// package, which gets the log as a string (and a smaller WebAssembly module, as no
/// `std::io` reader is involved).
///
/// ```
/// use kehoach::activity::{read_log_str, LogFormat};
/// let mut count = 0;
/// let format = read_log_str("[{\"schemaVersion\": 2}]", kehoach::Lang::En, |_| count += 1);
/// assert_eq!((format, count), (LogFormat::JsonArray, 1));
/// ```
pub fn read_log_str(text: &str, lang: Lang, mut each: impl FnMut(LogEntry)) -> LogFormat {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = body.len() - body.trim_start().len();
    if body.get(start..).is_some_and(|rest| rest.starts_with('[')) {
        let skipped = body
            .get(..start)
            .map_or(0, |blank| blank.matches('\n').count());
        let array = body.get(start..).unwrap_or_default();
        if let Err(passed) = quick_array(array, lang, &mut each) {
            // The careful walk from the start decides, passing on only what the quick one
            // has not: the same entries up to there, then the rest, or where the array breaks.
            let mut seen = 0u32;
            let mut rest = |entry| {
                if seen >= passed {
                    each(entry);
                }
                seen = seen.saturating_add(1);
            };
            let mut deserializer = serde_json::Deserializer::from_str(array);
            if let Err(error) = walk_array(&mut deserializer, lang, &mut rest) {
                each(broken_array(&error, skipped, lang));
            }
        }
        return LogFormat::JsonArray;
    }
    for (index, line) in text.split('\n').enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        if let Some(entry) = text_line_entry(line, index, lang) {
            each(entry);
        }
    }
    LogFormat::JsonLines
}

/// Reads the JSON array `array` (its text from the `[` on) element by element, each record
/// straight into an [`Activity`] when it can be (see [`Activity::from_plain_json`]), else
/// through a `serde_json::Value` like [`walk_array`].
///
/// Stops at anything [`walk_array`] might read differently — a syntax error, a trailing comma,
/// text after the array, nesting near serde_json's limit — with `Err` and how many entries it
/// has passed on, so that the careful walk takes over from there: the careful walk's own
/// words and positions, which only it can give, are then the ones reported.
fn quick_array(array: &str, lang: Lang, each: &mut impl FnMut(LogEntry)) -> Result<(), u32> {
    let bytes = array.as_bytes();
    let mut index = 0u32;
    let mut at = skip_blank(bytes, 1);
    if bytes.get(at) != Some(&b']') {
        loop {
            let (entry, length) = array
                .get(at..)
                .and_then(|rest| quick_element(rest, index, lang))
                .ok_or(index)?;
            each(entry);
            index = index.saturating_add(1);
            at = skip_blank(bytes, at + length);
            match bytes.get(at) {
                Some(b',') if bytes.get(skip_blank(bytes, at + 1)) != Some(&b']') => {
                    at = skip_blank(bytes, at + 1);
                }
                Some(b']') => break,
                _ => return Err(index),
            }
        }
    }
    if skip_blank(bytes, at + 1) == bytes.len() {
        Ok(())
    } else {
        Err(index)
    }
}

/// One element at the start of `text`, and its length; `None` when it is not one that
/// [`walk_array`] would surely read the same.
fn quick_element(text: &str, index: u32, lang: Lang) -> Option<(LogEntry, usize)> {
    let mut records = serde_json::Deserializer::from_str(text).into_iter::<Activity>();
    if let Some(Ok(activity)) = records.next() {
        let length = records.byte_offset();
        let plain = text
            .get(..length)
            .is_some_and(|element| !element.contains('['));
        if let Some(activity) = activity.normalized().filter(|_| plain) {
            let entry = LogEntry::Record {
                index,
                line: None,
                activity,
            };
            return Some((entry, length));
        }
    }
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<serde_json::Value>();
    let value = values.next()?.ok()?;
    // serde_json allows 128 levels; inside the array the careful walk has one less.
    if nesting(&value) >= 127 {
        return None;
    }
    Some((
        entry_from_value(value, index, None, lang),
        values.byte_offset(),
    ))
}

/// How deep arrays and objects nest in `value` (0 for a scalar).
fn nesting(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Array(items) => 1 + items.iter().map(nesting).max().unwrap_or(0),
        Value::Object(entries) => 1 + entries.values().map(nesting).max().unwrap_or(0),
        _ => 0,
    }
}

/// The first position from `at` on that is not JSON whitespace.
fn skip_blank(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        at += 1;
    }
    at.min(bytes.len())
}

fn syntax_error(index: u32, line: u32, error: &str, lang: Lang) -> Diagnostic {
    NOT_JSON.at(
        format!("/{index}"),
        Params::new().with("line", line).with("error", error),
        lang,
    )
}

/// serde_json's message without its " at line 1 column 5" tail (the diagnostic has a place).
fn serde_error_text(error: &serde_json::Error) -> String {
    let text = error.to_string();
    text.split(" at line ").next().unwrap_or(&text).to_string()
}

/// Turns one parsed value into a record, or the diagnostic saying why it is not one
/// (LOG002, LOG003). `index` and `line` are its place in the log.
pub fn entry_from_value(
    value: serde_json::Value,
    index: u32,
    line: Option<u32>,
    lang: Lang,
) -> LogEntry {
    let with_line = |params: Params| match line {
        Some(line) => params.with("line", line),
        None => params,
    };
    match Activity::from_value_checked(value) {
        Ok(activity) => LogEntry::Record {
            index,
            line,
            activity,
        },
        Err(RecordError::Version(found)) => LogEntry::Rejected(
            UNSUPPORTED_VERSION.at(
                format!("/{index}/schemaVersion"),
                with_line(
                    Params::new()
                        .with("found", found)
                        .with("expected", crate::SCHEMA_VERSION),
                ),
                lang,
            ),
        ),
        Err(RecordError::Contract(error)) => LogEntry::Rejected(INVALID_RECORD.at(
            format!("/{index}{}", error.path),
            with_line(Params::new().with("error", error.message)),
            lang,
        )),
    }
}

/// Walks the array element by element; each element is parsed on its own so one bad record
/// costs only itself.
fn walk_array<'de, R: serde_json::de::Read<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> Result<(), serde_json::Error> {
    struct Elements<'a, F> {
        lang: Lang,
        each: &'a mut F,
    }

    impl<'de, F: FnMut(LogEntry)> Visitor<'de> for Elements<'_, F> {
        type Value = ();

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("an array of activity records")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut index = 0u32;
            while let Some(value) = seq.next_element::<serde_json::Value>()? {
                (self.each)(entry_from_value(value, index, None, self.lang));
                index = index.saturating_add(1);
            }
            Ok(())
        }
    }

    (&mut *deserializer).deserialize_seq(Elements { lang, each })?;
    deserializer.end()
}

/// LOG011 for a syntax error in an array, at its line in the file.
fn broken_array(error: &serde_json::Error, skipped_newlines: usize, lang: Lang) -> LogEntry {
    LogEntry::Rejected(
        BROKEN_ARRAY.at(
            "",
            Params::new()
                .with("line", error.line().saturating_add(skipped_newlines))
                .with("column", error.column())
                .with("error", serde_error_text(error)),
            lang,
        ),
    )
}

/// Reads a JSON array from a stream.
fn read_array<R: BufRead>(
    reader: R,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    match walk_array(&mut deserializer, lang, each) {
        Ok(()) => Ok(()),
        Err(error) if error.is_io() => Err(std::io::Error::other(error)),
        Err(error) => {
            each(broken_array(&error, skipped_newlines as usize, lang));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            with("\"schemaVersion\":1", "\"schemaVersion\":2"),
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

    /// The careful path of a line, as it was before the quick paths.
    fn careful_line(bytes: &[u8], index: u32) -> Option<LogEntry> {
        let line = index + 1;
        let Ok(text) = std::str::from_utf8(bytes) else {
            let error = "the line is not UTF-8 text";
            return Some(LogEntry::Rejected(syntax_error(
                index,
                line,
                error,
                Lang::En,
            )));
        };
        let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if text.is_empty() {
            return None;
        }
        Some(match serde_json::from_str::<serde_json::Value>(text) {
            Ok(value) => entry_from_value(value, index, Some(line), Lang::En),
            Err(error) => LogEntry::Rejected(syntax_error(
                index,
                line,
                &serde_error_text(&error),
                Lang::En,
            )),
        })
    }

    #[test]
    fn quick_lines_read_as_the_careful_path_does() {
        let mut records = 0;
        for (index, element) in elements().iter().enumerate() {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            let careful = careful_line(element.as_bytes(), index);
            assert_eq!(line_entry(element.as_bytes(), index, Lang::En), careful);
            assert_eq!(text_line_entry(element, index, Lang::En), careful);
            records += usize::from(matches!(careful, Some(LogEntry::Record { .. })));
        }
        assert!(records >= 10, "{records}");
        let invalid = [b'{', 0xff, b'}'];
        assert_eq!(line_entry(&invalid, 0, Lang::En), careful_line(&invalid, 0));
    }

    /// The careful walk of an array in memory, as `read_log_str` was before the quick path.
    fn careful_array(text: &str) -> Vec<LogEntry> {
        let mut entries = Vec::new();
        let mut deserializer = serde_json::Deserializer::from_str(text);
        if let Err(error) = walk_array(&mut deserializer, Lang::En, &mut |e| entries.push(e)) {
            entries.push(broken_array(&error, 0, Lang::En));
        }
        entries
    }

    fn quick_array_entries(text: &str) -> Vec<LogEntry> {
        let mut entries = Vec::new();
        assert_eq!(
            read_log_str(text, Lang::En, |entry| entries.push(entry)),
            LogFormat::JsonArray
        );
        entries
    }

    #[test]
    fn quick_arrays_read_as_the_careful_walk_does() {
        let elements = elements();
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
        ];
        for element in &elements {
            arrays.push(format!("[{element}]"));
            arrays.push(format!("[{RECORD}, {element},\n{RECORD}]"));
        }
        let all: Vec<&str> = valid.iter().map(|e| e.as_str()).collect();
        arrays.push(format!("[{}]", all.join(",")));
        arrays.push(format!("[\n  {}\n]", all.join(",\n  ")));
        let mut quick_records = 0;
        for array in &arrays {
            let quick = quick_array_entries(array);
            assert_eq!(quick, careful_array(array), "{array}");
            let mut passed = Vec::new();
            if quick_array(array, Lang::En, &mut |entry| passed.push(entry)).is_ok() {
                quick_records += passed.len();
            }
        }
        // The quick walk did read most of them itself.
        assert!(quick_records > 2 * elements.len(), "{quick_records}");
    }
}

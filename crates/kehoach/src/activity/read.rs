//! Reading an activity log as a stream: a JSON array or JSON Lines, one record at a time.
//!
//! Memory stays flat however long the log is: JSON Lines are read line by line into one reused
//! buffer, and a JSON array is walked element by element by serde's sequence visitor. A bad
//! line or record is reported and skipped; only a broken array stops the reading, because
//! nothing after a syntax error in one JSON document can be located reliably.
//!
//! One record may take at most [`MAX_RECORD_BYTES`]: a longer line is reported and skipped
//! without ever being held whole, and a longer element of an array read from a stream stops
//! the reading, so no input, however it is made, can exhaust memory.

use std::cell::Cell;
use std::io::{BufRead, Read};

use serde::de::{Deserializer as _, SeqAccess, Visitor};

use super::check::{BROKEN_ARRAY, INVALID_RECORD, NOT_JSON, UNSUPPORTED_VERSION};
use super::{Activity, RecordError};
use crate::diagnostic::Params;
use crate::limits::{json_error_text, size_text, MAX_RECORD_BYTES};
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
        buffer.clear();
        let Some(length) = read_line_capped(&mut reader, &mut buffer)? else {
            return Ok(());
        };
        let index = line_index;
        line_index = line_index.saturating_add(1);
        let entry = if length > MAX_RECORD_BYTES {
            Some(line_too_long(index, length, lang))
        } else {
            line_entry(&buffer, index, lang)
        };
        if let Some(entry) = entry {
            each(entry);
        }
    }
}

/// Reads one line into `buffer` (without its `\n`), keeping at most one byte more than
/// [`MAX_RECORD_BYTES`] of it and skipping the rest. Returns the line's whole length, or
/// `None` at the end of the input.
fn read_line_capped<R: BufRead>(
    reader: &mut R,
    buffer: &mut Vec<u8>,
) -> std::io::Result<Option<usize>> {
    let mut length = 0usize;
    let mut read_any = false;
    loop {
        // As `read_until` does, an interrupted read is tried again.
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(read_any.then_some(length));
        }
        read_any = true;
        let newline = available.iter().position(|&b| b == b'\n');
        let content = newline.unwrap_or(available.len());
        let room = (MAX_RECORD_BYTES + 1).saturating_sub(buffer.len());
        buffer.extend_from_slice(available.get(..content.min(room)).unwrap_or_default());
        length = length.saturating_add(content);
        match newline {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(Some(length));
            }
            None => reader.consume(content),
        }
    }
}

/// LOG001 for a line longer than [`MAX_RECORD_BYTES`]: it is skipped unread.
fn line_too_long(index: u32, length: usize, lang: Lang) -> LogEntry {
    let error = format!(
        "the line is {length} bytes long, more than the {} limit on one record",
        size_text(MAX_RECORD_BYTES)
    );
    LogEntry::Rejected(syntax_error(index, index.saturating_add(1), &error, lang))
}

/// One line of JSON Lines: nothing when blank, else a record or why it is not one.
fn line_entry(bytes: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
    let line_number = index.saturating_add(1);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some(LogEntry::Rejected(syntax_error(
            index,
            line_number,
            "the line is not UTF-8 text",
            lang,
        )));
    };
    // A byte-order mark is not content wherever an editor left it.
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if text.is_empty() {
        return None;
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
    // The blank that `sniff` skips, no more: a vertical tab or a no-break space before `[`
    // made this reader see an array where the stream reader saw JSON Lines.
    let start = body.len()
        - body
            .trim_start_matches(|c: char| c.is_ascii_whitespace())
            .len();
    if body.get(start..).is_some_and(|rest| rest.starts_with('[')) {
        let skipped = body
            .get(..start)
            .map_or(0, |blank| blank.matches('\n').count());
        let mut deserializer =
            serde_json::Deserializer::from_str(body.get(start..).unwrap_or_default());
        if let Err(error) = walk_array(&mut deserializer, lang, &mut each, &mut || {}) {
            each(broken_array(&error, skipped, lang));
        }
        return LogFormat::JsonArray;
    }
    for (index, line) in text.split('\n').enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let entry = if line.len() > MAX_RECORD_BYTES {
            Some(line_too_long(index, line.len(), lang))
        } else {
            line_entry(line.as_bytes(), index, lang)
        };
        if let Some(entry) = entry {
            each(entry);
        }
    }
    LogFormat::JsonLines
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
    json_error_text(error)
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
/// costs only itself. `starting` is called before each element is read.
fn walk_array<'de, R: serde_json::de::Read<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
    starting: &mut impl FnMut(),
) -> Result<(), serde_json::Error> {
    struct Elements<'a, F, S> {
        lang: Lang,
        each: &'a mut F,
        starting: &'a mut S,
    }

    impl<'de, F: FnMut(LogEntry), S: FnMut()> Visitor<'de> for Elements<'_, F, S> {
        type Value = ();

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("an array of activity records")
        }

        // The reader calls this only on text that starts with '['. The other visits are
        // written out, rather than left to serde's defaults, because those format any
        // unexpected value, floats included, and would carry float formatting (14 KB) into
        // the npm package's module.
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Err(serde::de::Error::custom(
                "expected an array of activity records",
            ))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut index = 0u32;
            loop {
                (self.starting)();
                let Some(value) = seq.next_element::<serde_json::Value>()? else {
                    return Ok(());
                };
                (self.each)(entry_from_value(value, index, None, self.lang));
                index = index.saturating_add(1);
            }
        }
    }

    (&mut *deserializer).deserialize_any(Elements {
        lang,
        each,
        starting,
    })?;
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

/// Reads a JSON array from a stream, each element at most [`MAX_RECORD_BYTES`] long.
fn read_array<R: BufRead>(
    reader: R,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let meter = Meter::default();
    let mut deserializer = serde_json::Deserializer::from_reader(Metered {
        inner: reader,
        meter: &meter,
    });
    let mut starting = || meter.element_start.set(meter.read.get());
    match walk_array(&mut deserializer, lang, each, &mut starting) {
        Ok(()) => Ok(()),
        Err(_) if meter.tripped.get() => {
            each(element_too_long(&meter, skipped_newlines, lang));
            Ok(())
        }
        Err(error) if error.is_io() => Err(std::io::Error::other(error)),
        Err(error) => {
            each(broken_array(&error, skipped_newlines as usize, lang));
            Ok(())
        }
    }
}

/// What has been read of an array stream: how much, where, and where the current element
/// started.
#[derive(Default)]
struct Meter {
    read: Cell<usize>,
    element_start: Cell<usize>,
    /// Line breaks read, and bytes read since the last one, to place an error.
    newlines: Cell<usize>,
    column: Cell<usize>,
    tripped: Cell<bool>,
}

/// A reader that fails once the current element passes [`MAX_RECORD_BYTES`], so serde_json
/// never buffers more of one element than that.
struct Metered<'m, R> {
    inner: R,
    meter: &'m Meter,
}

impl<R: Read> Read for Metered<'_, R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let meter = self.meter;
        let allowed = meter
            .element_start
            .get()
            .saturating_add(MAX_RECORD_BYTES)
            .saturating_sub(meter.read.get());
        if allowed == 0 && !buffer.is_empty() {
            meter.tripped.set(true);
            return Err(std::io::Error::other("an array element is too long"));
        }
        let limit = buffer.len().min(allowed);
        let count = self
            .inner
            .read(buffer.get_mut(..limit).unwrap_or_default())?;
        let bytes = buffer.get(..count).unwrap_or_default();
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                let breaks = bytes.iter().filter(|&&b| b == b'\n').count();
                meter
                    .newlines
                    .set(meter.newlines.get().saturating_add(breaks));
                meter.column.set(count - last - 1);
            }
            None => meter.column.set(meter.column.get().saturating_add(count)),
        }
        meter.read.set(meter.read.get().saturating_add(count));
        Ok(count)
    }
}

/// LOG011 for an array element longer than [`MAX_RECORD_BYTES`], at the byte past the limit.
fn element_too_long(meter: &Meter, skipped_newlines: u32, lang: Lang) -> LogEntry {
    let line = meter
        .newlines
        .get()
        .saturating_add(skipped_newlines as usize)
        .saturating_add(1);
    LogEntry::Rejected(
        BROKEN_ARRAY.at(
            "",
            Params::new()
                .with("line", line)
                .with("column", meter.column.get().saturating_add(1))
                .with(
                    "error",
                    format!(
                        "an element is longer than the {} limit on one record",
                        size_text(MAX_RECORD_BYTES)
                    ),
                ),
            lang,
        ),
    )
}

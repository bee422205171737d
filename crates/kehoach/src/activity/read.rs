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
use super::parsed::Parsed;
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

/// `reader.fill_buf()`, trying again after an interrupted read, as `read_until` does.
fn fill_buf<R: BufRead>(reader: &mut R) -> std::io::Result<&[u8]> {
    loop {
        match reader.fill_buf() {
            Ok([]) => return Ok(&[]),
            Ok(_) => break,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    // The buffer holds data now, so this returns it without reading. (Returning the first
    // call's slice from inside the loop is what the borrow checker cannot yet accept.)
    reader.fill_buf()
}

/// Skips a byte-order mark and leading whitespace; returns the first other byte (not
/// consumed) and how many line breaks were skipped, so line numbers stay right.
fn sniff<R: BufRead>(reader: &mut R) -> std::io::Result<(Option<u8>, u32)> {
    let mut newlines = 0u32;
    let mut at_start = true;
    loop {
        let buffer = fill_buf(reader)?;
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
        // A line wholly in the reader's buffer is read where it lies; only a line that runs
        // past the buffer's end is copied out, capped, by `read_line_capped`.
        let available = fill_buf(&mut reader)?;
        if available.is_empty() {
            return Ok(());
        }
        let index = line_index;
        line_index = line_index.saturating_add(1);
        let entry = match find_newline(available) {
            Some(length) => {
                let line = available.get(..length).unwrap_or_default();
                let entry = stream_line_entry(line, length, index, lang);
                reader.consume(length + 1);
                entry
            }
            None => {
                buffer.clear();
                let length = read_line_capped(&mut reader, &mut buffer)?.unwrap_or_default();
                stream_line_entry(&buffer, length, index, lang)
            }
        };
        if let Some(entry) = entry {
            each(entry);
        }
    }
}

/// The index of the first `\n` in `bytes`, eight bytes at a time.
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_ne_bytes([b'\n'; 8]);
    let mut start = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default()) ^ NEWLINES;
        // Some byte of `word` is zero: a newline in `chunk`.
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

/// [`line_entry`] for a line of a stream, `length` bytes long of which `bytes` were kept (LOG001
/// past [`MAX_RECORD_BYTES`]). It tries serde_json's direct reading of a record first
/// ([`Activity::from_plain_json_bytes`]); whatever that does not read, the careful path decides,
/// so both give the same entries (a test compares them).
fn stream_line_entry(bytes: &[u8], length: usize, index: u32, lang: Lang) -> Option<LogEntry> {
    if length > MAX_RECORD_BYTES {
        return Some(line_too_long(index, length, lang));
    }
    // A line serde_json reads as a record from its bytes is UTF-8, and trimming it would have
    // removed JSON whitespace only, so the careful path would find the same record.
    if let Some(activity) = Activity::from_plain_json_bytes(bytes) {
        return Some(LogEntry::Record {
            index,
            line: Some(index.saturating_add(1)),
            activity,
        });
    }
    line_entry::<serde_json::Value>(bytes, index, lang)
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
        let available = fill_buf(reader)?;
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

/// What a reader makes of each value of a log: the careful path's `serde_json::Value`, or a
/// [`Parsed`] value, read in one pass as the record itself when it plainly is one (the log held
/// in memory; the same entries by construction, see `parsed`).
trait Element: for<'de> serde::Deserialize<'de> {
    /// The entry of this value, found at `index` (and `line`, in JSON Lines).
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry;
}

impl Element for serde_json::Value {
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry {
        entry_from_value(self, index, line, lang)
    }
}

impl Element for Parsed {
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry {
        match self {
            Parsed::Record(activity) => LogEntry::Record {
                index,
                line,
                activity,
            },
            Parsed::Value(value) => entry_from_value(value, index, line, lang),
        }
    }
}

/// One line of JSON Lines read from bytes: nothing when blank, else a record or why it is not
/// one.
fn line_entry<E: Element>(bytes: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
    match std::str::from_utf8(bytes) {
        Ok(text) => text_line_entry::<E>(text, index, lang),
        Err(_) => Some(LogEntry::Rejected(syntax_error(
            index,
            index.saturating_add(1),
            "the line is not UTF-8 text",
            lang,
        ))),
    }
}

/// One line of JSON Lines that is already text (no UTF-8 check to repeat): nothing when blank,
/// else a record or why it is not one.
fn text_line_entry<E: Element>(text: &str, index: u32, lang: Lang) -> Option<LogEntry> {
    let line_number = index.saturating_add(1);
    // A byte-order mark is not content wherever an editor left it.
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if text.is_empty() {
        return None;
    }
    Some(match serde_json::from_str::<E>(text) {
        Ok(value) => value.entry(index, Some(line_number), lang),
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
        if let Err(error) =
            walk_array::<_, Parsed>(&mut deserializer, 0, lang, &mut each, &mut || {})
        {
            each(broken_array(&error, skipped, lang));
        }
        return LogFormat::JsonArray;
    }
    for (index, line) in text.split('\n').enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let entry = if line.len() > MAX_RECORD_BYTES {
            Some(line_too_long(index, line.len(), lang))
        } else {
            text_line_entry::<Parsed>(line, index, lang)
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
/// costs only itself. `first` is the log index of the array's first element (past 0 when the
/// careful walk of a stream replays from a later element); `starting` is called before each
/// element is read.
fn walk_array<'de, R: serde_json::de::Read<'de>, E: Element>(
    deserializer: &mut serde_json::Deserializer<R>,
    first: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
    starting: &mut impl FnMut(),
) -> Result<(), serde_json::Error> {
    struct Elements<'a, F, S, T> {
        first: u32,
        lang: Lang,
        each: &'a mut F,
        starting: &'a mut S,
        element: std::marker::PhantomData<T>,
    }

    impl<'de, F: FnMut(LogEntry), S: FnMut(), T: Element> Visitor<'de> for Elements<'_, F, S, T> {
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
            let mut index = self.first;
            loop {
                (self.starting)();
                let Some(value) = seq.next_element::<T>()? else {
                    return Ok(());
                };
                (self.each)(value.entry(index, None, self.lang));
                index = index.saturating_add(1);
            }
        }
    }

    (&mut *deserializer).deserialize_any(Elements {
        first,
        lang,
        each,
        starting,
        element: std::marker::PhantomData::<E>,
    })?;
    deserializer.end()
}

/// LOG011 for a syntax error in an array, at its line in the file.
fn broken_array(error: &serde_json::Error, skipped_newlines: usize, lang: Lang) -> LogEntry {
    broken_array_at(error, error.line(), error.column(), skipped_newlines, lang)
}

/// LOG011 at a place given apart from the error: the careful walk of a stream moves serde_json's
/// place back to where it is in the file.
fn broken_array_at(
    error: &serde_json::Error,
    line: usize,
    column: usize,
    skipped_newlines: usize,
    lang: Lang,
) -> LogEntry {
    LogEntry::Rejected(
        BROKEN_ARRAY.at(
            "",
            Params::new()
                .with("line", line.saturating_add(skipped_newlines))
                .with("column", column)
                .with("error", serde_error_text(error)),
            lang,
        ),
    )
}

/// Reads a JSON array from a stream (the reader at its `[`), each element at most
/// [`MAX_RECORD_BYTES`] long.
///
/// A quick reader goes first ([`QuickStream`]): it finds where each element ends in the
/// reader's buffer, reads records straight from their bytes, and keeps only the bytes from the
/// start of the last element on. At anything it does not read exactly as the careful walk
/// would — a syntax error, something other than an object, nesting near serde_json's limit, an
/// element or a run of blanks nearing the record limit — the careful walk (serde_json reading
/// `Value`s from the stream, metered) takes over for the rest of the stream, from the last
/// element the quick reader kept: a `[` and the kept bytes, then the rest of the reader.
/// Entries the quick reader passed on already are not passed on again, and the careful walk's
/// positions and byte counts are moved back to where they are in the file, so the entries and
/// diagnostics are those the careful walk alone gives (tests compare them).
fn read_array<R: BufRead>(
    mut reader: R,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut quick = QuickStream::new();
    if quick.read(&mut reader, lang, each)? {
        return Ok(());
    }
    let origin = quick.origin;
    let passed = quick.passed;
    let mut seen = origin.index;
    let mut rest = |entry| {
        if seen >= passed {
            each(entry);
        }
        seen = seen.saturating_add(1);
    };
    let meter = Meter::default();
    let kept = std::io::Cursor::new(std::mem::take(&mut quick.kept));
    // Replaying from a kept element, a `[` stands for everything before it; otherwise the kept
    // bytes open the array themselves.
    let opening: &[u8] = if origin.element {
        // The meter counts from the element on, charged with the blanks and comma between it
        // and the element before, which the limit counts in the element.
        meter.read.set(origin.charged);
        meter.first_start.set(Some(0));
        meter.newlines.set(origin.line.saturating_sub(1));
        meter.column.set(origin.before);
        b"["
    } else {
        b""
    };
    let metered = Metered {
        inner: kept.chain(reader),
        meter: &meter,
    };
    let deserializer = serde_json::Deserializer::from_reader(opening.chain(metered));
    careful_array(
        deserializer,
        &meter,
        origin,
        skipped_newlines,
        lang,
        &mut rest,
    )
}

/// The careful walk of an array from a stream, metered (see [`read_array`]).
fn careful_array<R: std::io::Read>(
    mut deserializer: serde_json::Deserializer<serde_json::de::IoRead<R>>,
    meter: &Meter,
    origin: Origin,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut starting = || {
        let start = meter.first_start.take().unwrap_or(meter.read.get());
        meter.element_start.set(start);
    };
    match walk_array::<_, serde_json::Value>(
        &mut deserializer,
        origin.index,
        lang,
        each,
        &mut starting,
    ) {
        Ok(()) => Ok(()),
        Err(_) if meter.tripped.get() => {
            each(element_too_long(meter, skipped_newlines, lang));
            Ok(())
        }
        Err(error) if error.is_io() => Err(std::io::Error::other(error)),
        Err(error) => {
            let (line, column) = origin.in_file(error.line(), error.column());
            each(broken_array_at(
                &error,
                line,
                column,
                skipped_newlines as usize,
                lang,
            ));
            Ok(())
        }
    }
}

/// Where the bytes a [`QuickStream`] keeps begin.
#[derive(Debug, Clone, Copy)]
struct Origin {
    /// They begin at an element (else at the array's `[`).
    element: bool,
    /// The index of that element (of the first, at the `[`).
    index: u32,
    /// Its line, the `[`'s being 1.
    line: usize,
    /// How many bytes precede it on its line.
    before: usize,
    /// How many bytes lie between the end of the element before and it (blanks and a comma),
    /// which the record limit counts in it.
    charged: usize,
}

impl Origin {
    /// A place (line, column) in the careful walk's input, moved to the file: the walk reads
    /// a `[` standing for everything before the element on its line.
    fn in_file(&self, line: usize, column: usize) -> (usize, usize) {
        match (self.element, line) {
            (false, _) => (line, column),
            (true, 1) => (self.line, (column + self.before).saturating_sub(1)),
            (true, _) => (self.line + line - 1, column),
        }
    }
}

/// What a [`QuickStream`] expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The array's `[`.
    Open,
    /// The first element or `]`, after the `[`.
    First,
    /// More of an element: an object, `depth` levels deep.
    More {
        depth: usize,
        string: bool,
        escape: bool,
    },
    /// `,` or `]` after an element.
    Separator,
    /// An element after a `,`.
    Element,
    /// Nothing but whitespace, after the `]`.
    End,
}

/// The quick reader of a JSON array from a stream (see [`read_array`]).
struct QuickStream {
    expect: Expect,
    /// The bytes from [`QuickStream::origin`] on.
    kept: Vec<u8>,
    origin: Origin,
    /// Where the element being read begins in `kept`.
    element_start: usize,
    /// Entries passed on.
    passed: u32,
    /// Line and bytes into it of the next byte.
    line: usize,
    column: usize,
    /// How many bytes of the array were consumed before the buffer being scanned.
    offset: usize,
    /// Where the record limit counts from: just past the `[`, then past each element.
    record_end: usize,
}

impl QuickStream {
    fn new() -> QuickStream {
        QuickStream {
            expect: Expect::Open,
            kept: Vec::with_capacity(1024),
            origin: Origin {
                element: false,
                index: 0,
                line: 1,
                before: 0,
                charged: 0,
            },
            element_start: 0,
            passed: 0,
            line: 1,
            column: 0,
            offset: 0,
            record_end: 0,
        }
    }

    /// Whether the bytes from [`QuickStream::record_end`] to `end` come near the record limit,
    /// where the careful walk, whose meter decides at exactly which byte the limit is passed,
    /// takes over (one byte short of it; past it, the careful walk's look for the end of the
    /// input after the `]` would count one byte the quick reader did not).
    fn near_limit(&self, end: usize) -> bool {
        end.saturating_sub(self.record_end) >= MAX_RECORD_BYTES - 1
    }

    /// Reads the array to its end: `true` when it did, `false` when it stopped for the
    /// careful walk, having consumed exactly the bytes it kept.
    fn read<R: BufRead>(
        &mut self,
        reader: &mut R,
        lang: Lang,
        each: &mut impl FnMut(LogEntry),
    ) -> std::io::Result<bool> {
        loop {
            let available = fill_buf(reader)?;
            if available.is_empty() {
                return Ok(self.expect == Expect::End);
            }
            let (used, going) = self.scan(available, lang, each);
            reader.consume(used);
            self.offset = self.offset.saturating_add(used);
            if !going {
                return Ok(false);
            }
        }
    }

    /// Scans `bytes`: how many it used (and kept), and whether to go on.
    fn scan(&mut self, bytes: &[u8], lang: Lang, each: &mut impl FnMut(LogEntry)) -> (usize, bool) {
        // `bytes[start..]` is not in `kept` yet, `bytes[counted..]` not in `line`/`column`.
        let (mut start, mut counted, mut at) = (0, 0, 0);
        while let Some(&byte) = bytes.get(at) {
            if let Expect::More {
                mut depth,
                mut string,
                mut escape,
            } = self.expect
            {
                // The hot loop: through the element to its closing brace.
                let mut complete = false;
                while let Some(&byte) = bytes.get(at) {
                    if string && !escape {
                        // Straight to the string's next `"` or `\`.
                        let rest = bytes.get(at..).unwrap_or_default();
                        match find_quote_or_backslash(rest) {
                            Some(offset) => at += offset,
                            None => {
                                at = bytes.len();
                                break;
                            }
                        }
                    }
                    let byte = bytes.get(at).copied().unwrap_or(byte);
                    at += 1;
                    if string {
                        if escape {
                            escape = false;
                        } else if byte == b'\\' {
                            escape = true;
                        } else if byte == b'"' {
                            string = false;
                        }
                    } else {
                        match byte {
                            b'"' => string = true,
                            b'{' | b'[' => depth += 1,
                            b'}' | b']' => {
                                depth -= 1;
                                if depth == 0 {
                                    complete = true;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                if !complete {
                    self.expect = Expect::More {
                        depth,
                        string,
                        escape,
                    };
                    break;
                }
                self.expect = Expect::Separator;
                self.kept
                    .extend_from_slice(bytes.get(start..at).unwrap_or_default());
                start = at;
                if self.near_limit(self.offset + at) {
                    return (at, false);
                }
                self.record_end = self.offset + at;
                let element = self.kept.get(self.element_start..).unwrap_or_default();
                match quick_element_bytes(element, self.passed, lang) {
                    Some(entry) => {
                        each(entry);
                        self.passed = self.passed.saturating_add(1);
                    }
                    None => return (at, false),
                }
                continue;
            }
            match self.expect {
                Expect::Open if byte == b'[' => {
                    self.expect = Expect::First;
                    self.record_end = self.offset + at + 1;
                }
                Expect::First | Expect::Element if byte == b'{' => {
                    if self.expect == Expect::Element {
                        // The element before is read: keep from this one on.
                        self.count_lines(bytes.get(counted..at).unwrap_or_default());
                        counted = at;
                        start = at;
                        self.kept.clear();
                        self.origin = Origin {
                            element: true,
                            index: self.passed,
                            line: self.line,
                            before: self.column,
                            charged: (self.offset + at).saturating_sub(self.record_end),
                        };
                    }
                    self.element_start = self.kept.len() + (at - start);
                    // Most elements lie whole in the buffer: read them where they are.
                    match in_place_element(bytes.get(at..).unwrap_or_default(), self.passed, lang) {
                        InPlace::Read(_, length) if self.near_limit(self.offset + at + length) => {
                            self.kept
                                .extend_from_slice(bytes.get(start..at).unwrap_or_default());
                            return (at, false);
                        }
                        InPlace::Read(entry, length) => {
                            self.record_end = self.offset + at + length;
                            each(entry);
                            self.passed = self.passed.saturating_add(1);
                            at += length;
                            self.expect = Expect::Separator;
                            continue;
                        }
                        // It runs past the buffer: find its end byte by byte.
                        InPlace::Incomplete => {
                            self.expect = Expect::More {
                                depth: 1,
                                string: false,
                                escape: false,
                            };
                        }
                        InPlace::Careful => {
                            self.kept
                                .extend_from_slice(bytes.get(start..at).unwrap_or_default());
                            return (at, false);
                        }
                    }
                }
                Expect::First if byte == b']' => self.expect = Expect::End,
                Expect::Separator if byte == b',' => self.expect = Expect::Element,
                Expect::Separator if byte == b']' => self.expect = Expect::End,
                _ if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') => {}
                // Anything else: the careful walk decides, from the bytes kept.
                _ => {
                    self.kept
                        .extend_from_slice(bytes.get(start..=at).unwrap_or_default());
                    return (at + 1, false);
                }
            }
            at += 1;
        }
        self.count_lines(bytes.get(counted..).unwrap_or_default());
        self.kept
            .extend_from_slice(bytes.get(start..).unwrap_or_default());
        // The limit also bounds what is kept: at most one record and one buffer.
        (bytes.len(), !self.near_limit(self.offset + bytes.len()))
    }

    /// Moves the line and column past `bytes`.
    fn count_lines(&mut self, bytes: &[u8]) {
        match bytes.iter().rposition(|&byte| byte == b'\n') {
            Some(last) => {
                self.line += bytes.iter().filter(|&&byte| byte == b'\n').count();
                self.column = bytes.len() - last - 1;
            }
            None => self.column += bytes.len(),
        }
    }
}

/// What [`in_place_element`] made of the bytes at an element's start.
// Returned once an element and taken apart at once; boxing the entry would cost an allocation
// a record.
#[allow(clippy::large_enum_variant)]
enum InPlace {
    /// The entry, and the element's length.
    Read(LogEntry, usize),
    /// The element does not end in these bytes.
    Incomplete,
    /// The careful walk must decide.
    Careful,
}

/// The quick path's reading of the array element at the start of `bytes`, which may hold less
/// than all of it: a plain record, else the entry the careful path makes of the element's
/// value; [`InPlace::Incomplete`] when the element runs past these bytes, and
/// [`InPlace::Careful`] when only the careful walk can decide.
fn in_place_element(bytes: &[u8], index: u32, lang: Lang) -> InPlace {
    let mut records = serde_json::Deserializer::from_slice(bytes).into_iter::<Activity>();
    if let Some(Ok(activity)) = records.next() {
        let length = records.byte_offset();
        let plain = bytes
            .get(..length)
            .is_some_and(|element| !element.contains(&b'['));
        if let Some(activity) = activity.normalized().filter(|_| plain) {
            let entry = LogEntry::Record {
                index,
                line: None,
                activity,
            };
            return InPlace::Read(entry, length);
        }
    }
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<serde_json::Value>();
    match values.next() {
        // serde_json allows 128 levels; inside the array the careful walk has one less.
        Some(Ok(value)) if nesting(&value) < 127 => {
            let length = values.byte_offset();
            InPlace::Read(entry_from_value(value, index, None, lang), length)
        }
        Some(Err(error)) if error.is_eof() => InPlace::Incomplete,
        _ => InPlace::Careful,
    }
}

/// The index of the first `"` or `\` in `bytes`, eight bytes at a time.
fn find_quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `word` is zero.
    let zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default());
        if zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\'))) != 0 {
            break;
        }
        start += 8;
    }
    let rest = bytes.get(start..)?;
    rest.iter()
        .position(|&byte| byte == b'"' || byte == b'\\')
        .map(|at| start + at)
}

/// The quick path's reading of the bytes of one whole array element: a plain record, else the
/// entry the careful path makes of its value; `None` when only the careful walk can tell.
fn quick_element_bytes(element: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
    if let Some(activity) = Activity::from_plain_json_bytes(element) {
        return Some(LogEntry::Record {
            index,
            line: None,
            activity,
        });
    }
    let value = serde_json::from_slice::<serde_json::Value>(element).ok()?;
    // serde_json allows 128 levels; inside the array the careful walk has one less.
    (nesting(&value) < 127).then(|| entry_from_value(value, index, None, lang))
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
    /// Where the first element starts, when the walk replays from an element whose count
    /// began before the bytes the meter sees (see [`read_array`]).
    first_start: Cell<Option<usize>>,
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

/// How deep arrays and objects nest in `value` (0 for a scalar).
fn nesting(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Array(items) => 1 + items.iter().map(nesting).max().unwrap_or(0),
        Value::Object(entries) => 1 + entries.values().map(nesting).max().unwrap_or(0),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

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
        if let Err(error) =
            walk_array::<_, T>(&mut deserializer, 0, Lang::En, &mut each, &mut || {})
        {
            each(broken_array(&error, 0, Lang::En));
        }
        entries
    }

    /// Every one-change variant of [`RECORD`]: each key removed, repeated, or given a value of
    /// every JSON type; an unknown key added; text in NFD.
    fn record_variants() -> Vec<String> {
        let record: serde_json::Map<String, Value> =
            serde_json::from_str(RECORD).unwrap_or_default();
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
            RECORD.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
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
}

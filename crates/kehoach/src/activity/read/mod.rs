//! Reading an activity log as a stream: a JSON array or JSON Lines, one record at a time.
//!
//! Memory stays flat however long the log is: JSON Lines are read line by line into one reused
//! buffer, and a JSON array is walked element by element by serde's sequence visitor. A bad
//! line or record is reported and skipped; only a broken array stops the reading, because
//! nothing after a syntax error in one JSON document can be located reliably.
//!
//! One record may take at most [`MAX_RECORD_BYTES`](crate::limits::MAX_RECORD_BYTES): a longer
//! line is reported and skipped without ever being held whole, and a longer element of an array
//! read from a stream stops the reading, so no input, however it is made, can exhaust memory.
//!
//! One job a module: [`sniff`] tells the format, [`lines`] splits JSON Lines,
//! [`array`](mod@array) walks a JSON array (with [`quick`], the byte scanner that reads a
//! stream's records in place, and [`metered`], the capped stream under the careful walk),
//! [`entry`] turns a value into an entry, [`position`] moves places back to the file, [`bytes`]
//! holds the byte searches.

mod array;
mod bytes;
mod entry;
mod lines;
mod metered;
mod position;
mod quick;
mod sniff;
// They compare the one-pass reader with the careful path, so they need it.
#[cfg(all(test, feature = "one-pass-log"))]
mod tests;

use std::io::BufRead;

/// What each value of a log held in memory is read into: in one pass, the record itself when it
/// plainly is one (feature `one-pass-log`, the default), else serde_json's `Value` for the
/// careful path. Both give the same entries (the `parsed` module's tests hold them to it).
#[cfg(feature = "one-pass-log")]
type InMemory = super::parsed::Parsed;
#[cfg(not(feature = "one-pass-log"))]
type InMemory = serde_json::Value;

use super::Activity;
use crate::{Diagnostic, Lang};

pub(crate) use entry::entry_from_value;

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
    let (first, newlines) = sniff::sniff(&mut reader)?;
    if first == Some(b'[') {
        array::read_array(reader, newlines, lang, &mut each)?;
        Ok(LogFormat::JsonArray)
    } else {
        lines::read_lines(reader, newlines, lang, &mut each)?;
        Ok(LogFormat::JsonLines)
    }
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
    read_log_str_once(text, lang, &mut each)
}

/// [`read_log_str`] compiled once for every caller (evaluation and the report's list of
/// activities read the same log): the reader is the bulk of the code and one call through a
/// pointer per record costs nothing next to parsing it.
fn read_log_str_once(text: &str, lang: Lang, each: &mut dyn FnMut(LogEntry)) -> LogFormat {
    match sniff::array_in_str(text) {
        Some((array, skipped)) => {
            array::read_array_str(array, skipped, lang, &mut { each });
            LogFormat::JsonArray
        }
        None => {
            lines::read_lines_str(text, lang, &mut { each });
            LogFormat::JsonLines
        }
    }
}

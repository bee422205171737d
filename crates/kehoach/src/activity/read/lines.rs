//! JSON Lines: splitting the log into lines, each read on its own; a bad line is reported and
//! skipped, and a line longer than [`MAX_RECORD_BYTES`] is never held whole.

use std::io::BufRead;

use super::super::Activity;
use super::bytes::find_newline;
use super::entry::{serde_error_text, syntax_error, Element};
use super::sniff::fill_buf;
use super::LogEntry;
use crate::limits::{size_text, MAX_RECORD_BYTES};
use crate::Lang;

pub(super) fn read_lines<R: BufRead>(
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

/// [`line_entry`] for a line of a stream, `length` bytes long of which `bytes` were kept (LOG001
/// past [`MAX_RECORD_BYTES`]). It tries serde_json's direct reading of a record first
/// ([`Activity::from_plain_json_bytes`]); whatever that does not read, the careful path decides,
/// so both give the same entries (a test compares them).
pub(super) fn stream_line_entry(
    bytes: &[u8],
    length: usize,
    index: u32,
    lang: Lang,
) -> Option<LogEntry> {
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

/// One line of JSON Lines read from bytes: nothing when blank, else a record or why it is not
/// one.
pub(super) fn line_entry<E: Element>(bytes: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
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

/// The lines of a log held in memory, read as [`read_lines`] reads a stream's.
pub(super) fn read_lines_str(text: &str, lang: Lang, each: &mut impl FnMut(LogEntry)) {
    for (index, line) in text.split('\n').enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let entry = if line.len() > MAX_RECORD_BYTES {
            Some(line_too_long(index, line.len(), lang))
        } else {
            text_line_entry::<super::InMemory>(line, index, lang)
        };
        if let Some(entry) = entry {
            each(entry);
        }
    }
}

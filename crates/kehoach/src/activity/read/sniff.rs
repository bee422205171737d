//! Telling the format: a log whose first character (past a byte-order mark and blanks) is `[`
//! is a JSON array, anything else is JSON Lines.

use std::io::BufRead;

/// `reader.fill_buf()`, trying again after an interrupted read, as `read_until` does.
pub(super) fn fill_buf<R: BufRead>(reader: &mut R) -> std::io::Result<&[u8]> {
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
pub(super) fn sniff<R: BufRead>(reader: &mut R) -> std::io::Result<(Option<u8>, u32)> {
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

/// The array in a log held in memory (past a byte-order mark): the text from its `[` on, and
/// how many line breaks precede it; `None` when the log is JSON Lines.
pub(super) fn array_in_str(text: &str) -> Option<(&str, usize)> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The blank that `sniff` skips, no more: a vertical tab or a no-break space before `[`
    // made this reader see an array where the stream reader saw JSON Lines.
    let start = body.len()
        - body
            .trim_start_matches(|c: char| c.is_ascii_whitespace())
            .len();
    let array = body.get(start..).filter(|rest| rest.starts_with('['))?;
    let skipped = body
        .get(..start)
        .map_or(0, |blank| blank.matches('\n').count());
    Some((array, skipped))
}

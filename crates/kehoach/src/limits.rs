//! Caps on the size and nesting of outside input, in one place.
//!
//! A province feeds kehoach files it did not write, and a page embeds it where a hung tab or a
//! crashed worker is the failure. Every input that comes from outside is therefore bounded, and
//! going past a bound is a clear error or diagnostic that names the limit, never an
//! out-of-memory abort or a stack overflow. The values are far above any real document (the
//! bundled plan, its source text and a log record are each a small fraction of their limit);
//! `docs/limits.md` says why each is where it is, and `tests/suite/limits.rs` checks each.

/// The longest JSON document read whole — a plan, evaluate or report options, a single
/// activity record, a saved evaluation: 16 MiB.
///
/// Past it, loading fails with a [`crate::LoadError`] at the document (`""`) saying how long
/// the text is and what the limit is. Logs are not documents: they are read record by record
/// and have no overall cap (see [`MAX_RECORD_BYTES`]).
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

/// How deeply arrays and objects may nest in any JSON input: 127 levels (the outermost
/// array or object is level 1).
///
/// This is serde_json's own recursion limit, which it checks while parsing, so no JSON input
/// can overflow the stack. It is named here so it is documented and tested: a deeper input
/// fails with a message naming this limit ([`crate::LoadError`] with line and column for a
/// document; LOG001 or LOG011 in a log).
pub const MAX_JSON_DEPTH: usize = 127;

/// The longest activity record in a log: 64 KiB.
///
/// Applies to every line of a JSON Lines log (its bytes without the line break), and to every
/// element of a JSON array log read from a stream (counted from the end of the element before,
/// so the comma and white space between count too). A longer line is one LOG001 diagnostic
/// and the reading goes on with the next line; only the first [`MAX_RECORD_BYTES`] bytes of it
/// are ever held in memory. A longer array element stops the reading with LOG011, as a broken
/// array does.
///
/// A JSON array given as one string in memory (the npm package's `evaluate`) is already held
/// whole by the caller, so its elements are not measured.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// The longest plan text the importer reads: 2 MiB (a plan runs to tens of kilobytes; this is
/// a few hundred pages, which the importer reads in about a second).
///
/// Longer text is not read at all: the import gives an empty draft and one IMP191 error.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// The longest period id: 64 bytes (the longest id, a range such as
/// `2023-01-01..2023-03-31`, is 22, and white space around it is allowed).
///
/// A longer text is a [`crate::period::PeriodError`] whose `input` is cut to this length.
pub const MAX_PERIOD_ID_BYTES: usize = 64;

/// "16 MiB", "64 KiB", or the number of bytes when it is not a whole number of either.
pub(crate) fn size_text(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes % KIB == 0 {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// serde_json's message for a parse error, without its " at line 1 column 5" tail (callers
/// give the place their own way), and with the nesting limit named in the terms of
/// [`MAX_JSON_DEPTH`].
pub(crate) fn json_error_text(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text);
    if text == "recursion limit exceeded" {
        format!(
            "arrays and objects nested more than {MAX_JSON_DEPTH} levels deep (the limit on JSON input)"
        )
    } else {
        text.to_string()
    }
}

/// `text` cut to at most `max` bytes at a character boundary, with "…" when it was cut, so an
/// error can quote an over-long input without copying all of it.
pub(crate) fn quote_cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", text.get(..end).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_in_the_largest_whole_unit() {
        assert_eq!(size_text(MAX_JSON_BYTES), "16 MiB");
        assert_eq!(size_text(MAX_RECORD_BYTES), "64 KiB");
        assert_eq!(size_text(1536), "1536 bytes");
        assert_eq!(size_text(64), "64 bytes");
    }

    #[test]
    fn quotes_are_cut_at_a_character_boundary() {
        assert_eq!(quote_cut("abc", 3), "abc");
        assert_eq!(quote_cut("abcd", 3), "abc…");
        // "đ" is two bytes: cutting inside it keeps the character out.
        assert_eq!(quote_cut("ađb", 2), "a…");
        assert_eq!(quote_cut("ađb", 3), "ađ…");
    }
}

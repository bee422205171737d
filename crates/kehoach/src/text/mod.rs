//! The Vietnamese-text toolkit every reader of a plan shares: validation, import and reports
//! read the same sentence with the same code.
//!
//! * [`fold`]: letter case without Unicode's tables, case-insensitive comparison and search;
//! * [`date`]: dates as plans write them ("ngày 24/01/2019", "24-01-2019", "ngày 24 tháng 01 năm
//!   2019", a draft's blanks) and the place-and-date line;
//! * [`numbers`]: document numbers and symbols ("số 09/2019/NĐ-CP"), and the digits of counts
//!   and years;
//! * [`citation`]: a legal basis (căn cứ) read into kind, number, date, issuer and subject;
//! * [`timing`]: a time cell ("Quý II", "trước ngày 30/6", "thường xuyên") read into a
//!   [`crate::model::Timing`].
//!
//! Nothing here slices a string at an offset it did not get from the same string, and every
//! slice goes through `get`, so no input can make it panic.

pub(crate) mod citation;
pub(crate) mod date;
pub(crate) mod fold;
pub(crate) mod numbers;
pub(crate) mod timing;

pub(crate) use date::{find_date, DateParts};
pub(crate) use fold::{capitalise, lower, plain, slug, starts_with_any, upper_letter, Lower};
pub(crate) use numbers::{issuer_abbreviation, read_number, NumberText};

/// A slice that is empty rather than a panic when the range is not valid.
pub(crate) fn sub(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("")
}

/// The text from `start` on.
pub(crate) fn from(text: &str, start: usize) -> &str {
    text.get(start..).unwrap_or("")
}

/// The text before `end`.
pub(crate) fn until(text: &str, end: usize) -> &str {
    text.get(..end).unwrap_or("")
}

/// Words of `text` with their byte ranges.
pub(crate) fn words(text: &str) -> Vec<(usize, usize, &str)> {
    first_words(text, usize::MAX)
}

/// The first `limit` words of `text` with their byte ranges.
pub(crate) fn first_words(text: &str, limit: usize) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (offset, ch) in text.char_indices() {
        if out.len() >= limit {
            return out;
        }
        match (ch.is_whitespace(), start) {
            (true, Some(begin)) => {
                out.push((begin, offset, sub(text, begin, offset)));
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
    }
    if let Some(begin) = start {
        if out.len() < limit {
            out.push((begin, text.len(), from(text, begin)));
        }
    }
    out
}

/// Trims spaces and the punctuation that closes an item (";", ",", ".", ":"), keeping an
/// ellipsis and the closing "./." as written elsewhere.
pub(crate) fn trim_item_end(text: &str) -> &str {
    text.trim()
        .trim_end_matches([';', ',', ':', '.', '…', ' '])
        .trim()
}

/// The first `max` characters of `text`, with "…" when cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let trimmed = text.trim();
    if trimmed.chars().count() <= max {
        return trimmed.to_string();
    }
    let mut out: String = trimmed.chars().take(max).collect();
    out.push('…');
    out
}

//! Numbers in Vietnamese administrative text: the number and symbol of a document
//! ("số 09/2019/NĐ-CP", "60-NQ/TU", a draft's "…/KH-UBND") and the digits of days, months and
//! years.

use super::{sub, until, words};

/// A document number read after "Số:" or "số": as written, and with spaces and blank
/// fillers removed (`11 /KH-SVHTTDL` → `11/KH-SVHTTDL`, `…/KH-UBND` → `/KH-UBND`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumberText {
    /// As written ("11 /KH-SVHTTDL").
    pub written: String,
    /// Spaces and a draft's blanks removed ("11/KH-SVHTTDL").
    pub normal: String,
    /// Bytes of the input the number took.
    pub len: usize,
}

/// Reads a document number at the start of `text` (leading spaces allowed).
pub(crate) fn read_number(text: &str) -> Option<NumberText> {
    let tokens = words(text);
    let mut iter = tokens.iter().peekable();
    let &(start, mut end, first) = iter.next()?;
    let mut joined = first.to_string();
    while let Some(&&(_, next_end, next)) = iter.peek() {
        let glue = joined.ends_with('/')
            || joined.ends_with('-')
            || next.starts_with('/')
            || (next.starts_with('-') && next.len() > 1);
        if !glue || !next.chars().skip(1).all(is_number_char) {
            break;
        }
        joined.push_str(next);
        end = next_end;
        iter.next();
    }
    let written_raw = sub(text, start, end);
    let stripped = joined.trim_end_matches([',', ';', '.', ':', ')']);
    let removed = joined.len() - stripped.len();
    let normal: String = stripped
        .trim_start_matches(|c: char| is_blank_filler(&c.to_string()) && c != '-')
        .to_string();
    let valid = normal.contains('/')
        && normal.chars().all(is_number_char)
        && normal.chars().any(char::is_alphabetic);
    if !valid {
        return None;
    }
    let written = until(written_raw, written_raw.len().saturating_sub(removed)).to_string();
    Some(NumberText {
        written,
        normal,
        len: end - removed,
    })
}

fn is_number_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | '…' | '_')
}

/// The issuer's abbreviation in a symbol: `11/KH-SVHTTDL` → `SVHTTDL`, `251/QĐ-BNV` → `BNV`.
pub(crate) fn issuer_abbreviation(number: &str) -> Option<String> {
    let symbol = number.rsplit('/').next()?;
    let (kind, issuer) = symbol.split_once('-')?;
    let is_kind = crate::model::DocumentKind::ALL
        .iter()
        .any(|k| k.abbreviation() == Some(kind));
    if is_kind && !issuer.is_empty() {
        Some(issuer.to_string())
    } else {
        None
    }
}

/// Whether `word` is a blank left in a draft (dots, ellipses, underscores, dashes).
pub(crate) fn is_blank_filler(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, '.' | '…' | '_' | '-'))
}

/// A number of up to four digits, closing punctuation ignored ("05,").
pub(crate) fn digits(word: &str) -> Option<u32> {
    let word = word.trim_end_matches([',', ';', '.', ':', ')']);
    if word.is_empty() || word.len() > 4 || !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

/// A four-digit year at the start of `word`, with the bytes it takes.
pub(crate) fn year(word: &str) -> Option<(i32, usize)> {
    let trimmed = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    let digits_only = trimmed.len() == 4 && trimmed.chars().all(|c| c.is_ascii_digit());
    if !digits_only {
        return None;
    }
    let value: i32 = trimmed.parse().ok()?;
    (1000..=9999)
        .contains(&value)
        .then_some((value, trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_blanks_and_spaces() {
        let read = |t: &str| read_number(t).map(|n| (n.written, n.normal));
        assert_eq!(
            read("11/KH-SVHTTDL ngày"),
            Some(("11/KH-SVHTTDL".into(), "11/KH-SVHTTDL".into()))
        );
        assert_eq!(
            read("11 /KH-SVHTTDL"),
            Some(("11 /KH-SVHTTDL".into(), "11/KH-SVHTTDL".into()))
        );
        assert_eq!(
            read("/KH-SVHTTDL"),
            Some(("/KH-SVHTTDL".into(), "/KH-SVHTTDL".into()))
        );
        assert_eq!(
            read("…/KH-UBND;"),
            Some(("…/KH-UBND".into(), "/KH-UBND".into()))
        );
        assert_eq!(read("60-NQ/TU,").map(|n| n.1), Some("60-NQ/TU".into()));
        assert_eq!(read("82"), None);
        assert_eq!(
            issuer_abbreviation("11/KH-SVHTTDL").as_deref(),
            Some("SVHTTDL")
        );
        assert_eq!(issuer_abbreviation("09/2019/NĐ-CP").as_deref(), Some("CP"));
        assert_eq!(issuer_abbreviation("123/SVHTTDL-VP"), None);
    }
}

//! Letter case and case-insensitive comparison, as Unicode defines them, without Unicode's
//! case tables in the npm package: the one place validation, import and reports fold case.
//!
//! Validation, import and reports change the case of text (case-insensitive matching,
//! "written in capitals" checks, capitalised sentences, the header's capitals).
//! `char::to_lowercase` and `char::to_uppercase` carry about 24 KB of tables into the
//! WebAssembly module. Every letter of Vietnamese (ASCII, Latin-1, Ă Đ Ĩ Ũ, Ơ Ư and Latin
//! Extended Additional) is mapped here by arithmetic; any other character goes to Rust's tables
//! natively and, in the npm package, to the JavaScript engine's `toLowerCase` / `toUpperCase`
//! (the same Unicode mappings), as [`crate::model::nfc`] does for normalisation. Tests compare
//! every mapped letter with the standard library.
//!
//! Searching: [`strip_prefix_ci`] and [`find_ci`] compare in place; [`Lower`] lowercases once
//! and finds words at word boundaries, answering in offsets of the original text.

#[cfg(test)]
use super::sub;
use super::{from, until};

/// Appends the lower case of `c` (one or more characters) to `out`.
pub(crate) fn push_lower(c: char, out: &mut String) {
    match latin_lowercase(c) {
        Some(lower) => out.push(lower),
        None => other_lower(c, out),
    }
}

/// Appends the upper case of `c` (one or more characters: "ß" is "SS") to `out`.
pub(crate) fn push_upper(c: char, out: &mut String) {
    match latin_uppercase(c) {
        Some(upper) => out.push(upper),
        None => other_upper(c, out),
    }
}

/// `text` in lower case, character by character.
pub(crate) fn lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_lower(c, &mut out);
    }
    out
}

/// `text` in upper case.
pub(crate) fn upper(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// The first character of the lower case of `c` (`c` itself when it has none).
pub(crate) fn lower_char(c: char) -> char {
    latin_lowercase(c).unwrap_or_else(|| {
        let mut out = String::new();
        other_lower(c, &mut out);
        out.chars().next().unwrap_or(c)
    })
}

/// The first character of the upper case of `c` (`c` itself when it has none).
pub(crate) fn upper_char(c: char) -> char {
    latin_uppercase(c).unwrap_or_else(|| {
        let mut out = String::new();
        other_upper(c, &mut out);
        out.chars().next().unwrap_or(c)
    })
}

/// Whether `a` and `b` are the same letter but for case (their lower cases are equal).
pub(crate) fn eq_ignore_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (latin_lowercase(a), latin_lowercase(b)) {
        (Some(a), Some(b)) => a == b,
        _ => lower(a.encode_utf8(&mut [0; 4])) == lower(b.encode_utf8(&mut [0; 4])),
    }
}

/// The lower case of an ASCII or Latin-1 character, of the first pairs of Latin Extended-A
/// (Ă, Đ, Ĩ, Ũ), of Ơ and Ư, of Latin Extended Additional (ạ … ỹ) — every letter of
/// Vietnamese — and of General Punctuation (no case: dashes, quotes, "…"). `None` for
/// anything else.
pub(crate) fn latin_lowercase(c: char) -> Option<char> {
    let code = u32::from(c);
    let lower = match code {
        0..=0x7F => return Some(c.to_ascii_lowercase()),
        0xD7 => return None,
        0xC0..=0xDE => code + 0x20,
        0x80..=0xBF | 0xDF..=0xFF | 0x1A1 | 0x1B0 | 0x2000..=0x206F => code,
        0x100..=0x12F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => code | 1,
        0x1A0 | 0x1AF => code + 1,
        _ => return None,
    };
    char::from_u32(lower)
}

/// The upper case of the same characters as [`latin_lowercase`], when it is one character
/// in the same blocks ("ß", "ÿ", "µ" and "ı" are left to Unicode's mappings).
fn latin_uppercase(c: char) -> Option<char> {
    let code = u32::from(c);
    let upper = match code {
        0..=0x7F => return Some(c.to_ascii_uppercase()),
        0xB5 | 0xDF | 0xF7 | 0xFF => return None,
        0xE0..=0xFE => code - 0x20,
        0x80..=0xB4 | 0xB6..=0xDE | 0x2000..=0x206F => code,
        0x100..=0x12F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => code & !1,
        0x1A0 | 0x1AF => code,
        0x1A1 | 0x1B0 => code - 1,
        _ => return None,
    };
    char::from_u32(upper)
}

#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
fn other_lower(c: char, out: &mut String) {
    out.extend(c.to_lowercase());
}

#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
fn other_upper(c: char, out: &mut String) {
    out.extend(c.to_uppercase());
}

#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
fn other_lower(c: char, out: &mut String) {
    by_js(c, out, js_sys::JsString::to_lower_case);
}

#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
fn other_upper(c: char, out: &mut String) {
    by_js(c, out, js_sys::JsString::to_upper_case);
}

/// Appends what the JS engine's case `mapping` makes of `c`.
#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
fn by_js(c: char, out: &mut String, mapping: fn(&js_sys::JsString) -> js_sys::JsString) {
    let mut buffer = [0; 4];
    let mapped: String = mapping(&js_sys::JsString::from(&*c.encode_utf8(&mut buffer))).into();
    out.push_str(&mapped);
}

/// `text` without `prefix`, compared case-insensitively; `None` when it does not start so.
pub(crate) fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = text;
    for expected in prefix.chars() {
        let mut chars = rest.chars();
        let found = chars.next()?;
        if !eq_ignore_case(found, expected) {
            return None;
        }
        rest = chars.as_str();
    }
    Some(rest)
}

/// The byte range of the first case-insensitive occurrence of `needle` in `text`.
pub(crate) fn find_ci(text: &str, needle: &str) -> Option<(usize, usize)> {
    // Only positions whose character could start the needle are tried in full: lowercasing
    // every character of every position dominated validation time.
    let first = needle.chars().next()?;
    let (lower, upper) = (lower_char(first), upper_char(first));
    text.match_indices([lower, upper]).find_map(|(start, _)| {
        let tail = text.get(start..)?;
        strip_prefix_ci(tail, needle).map(|rest| (start, text.len() - rest.len()))
    })
}

/// The first case-insensitive occurrence of the word or phrase `needle` in `text` at or after
/// byte `start`, at word boundaries: what [`Lower::find_from`] answers, without lowercasing the
/// whole text first (the validator's path, where the text is short and the wasm module small).
pub(crate) fn find_word_ci(text: &str, needle: &str, start: usize) -> Option<(usize, usize)> {
    let mut from_offset = start;
    loop {
        let (begin, end) = find_ci(text.get(from_offset..)?, needle)
            .map(|(begin, end)| (from_offset + begin, from_offset + end))?;
        if boundary_before(text, begin, needle) && boundary_after(text, end, needle) {
            return Some((begin, end));
        }
        from_offset = begin + from(text, begin).chars().next().map_or(1, char::len_utf8);
    }
}

/// The earliest of `needles` found by [`find_word_ci`], the longest when several start there,
/// with the needle's index.
pub(crate) fn find_any_word_ci(
    text: &str,
    needles: &[&str],
    start: usize,
) -> Option<(usize, usize, usize)> {
    needles
        .iter()
        .enumerate()
        .filter_map(|(index, needle)| {
            find_word_ci(text, needle, start).map(|(begin, end)| (begin, end, index))
        })
        .min_by_key(|&(begin, end, _)| (begin, usize::MAX - end))
}

/// Whether `text` starts with the word or phrase `prefix`, compared case-insensitively, and
/// the rest after it.
pub(crate) fn strip_word_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = strip_prefix_ci(text, prefix)?;
    boundary_after(text, text.len() - rest.len(), prefix).then_some(rest)
}

/// Whether `text` is written in capitals (nothing changes when uppercased).
pub(crate) fn is_capitals(text: &str) -> bool {
    upper(text) == text
}

/// Case-insensitive search over Vietnamese text at word boundaries, answering in byte offsets
/// of the original text.
pub(crate) struct Lower<'a> {
    original: &'a str,
    lower: String,
    /// For each byte of `lower` (and one past the end), the byte offset in `original` of the
    /// character it came from.
    map: Vec<usize>,
}

impl<'a> Lower<'a> {
    /// Lowercases `original`, remembering where each character came from.
    pub fn new(original: &'a str) -> Self {
        let mut lower = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (offset, ch) in original.char_indices() {
            let before = lower.len();
            push_lower(ch, &mut lower);
            map.extend(std::iter::repeat_n(offset, lower.len() - before));
        }
        map.push(original.len());
        Lower {
            original,
            lower,
            map,
        }
    }

    fn original_at(&self, lower_offset: usize) -> usize {
        self.map
            .get(lower_offset)
            .copied()
            .unwrap_or(self.original.len())
    }

    /// The first match of `needle` (lowercase) at or after original offset `start`, at word
    /// boundaries, as an original byte range.
    pub fn find_from(&self, needle: &str, start: usize) -> Option<(usize, usize)> {
        if needle.is_empty() {
            return None;
        }
        // `map` never decreases, so a binary search finds where `start` begins.
        let mut from_lower = self.map.partition_point(|&o| o < start);
        if from_lower >= self.map.len() {
            return None;
        }
        while let Some(found) = self.lower.get(from_lower..).and_then(|t| t.find(needle)) {
            let begin = from_lower + found;
            let end = begin + needle.len();
            if boundary_before(&self.lower, begin, needle)
                && boundary_after(&self.lower, end, needle)
            {
                let (start, mut stop) = (self.original_at(begin), self.original_at(end));
                if stop <= start {
                    // A match inside one character's lowercase expansion ("İ" → "i̇"): take
                    // the whole character, so callers always move forward.
                    stop = start
                        + from(self.original, start)
                            .chars()
                            .next()
                            .map_or(1, char::len_utf8);
                }
                return Some((start, stop));
            }
            from_lower = begin + needle.chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The first match of `needle` (lowercase) at word boundaries.
    pub fn find(&self, needle: &str) -> Option<(usize, usize)> {
        self.find_from(needle, 0)
    }

    /// The earliest match of any of `needles`, with the needle's index.
    pub fn find_any(&self, needles: &[&str], start: usize) -> Option<(usize, usize, usize)> {
        needles
            .iter()
            .enumerate()
            .filter_map(|(index, needle)| {
                self.find_from(needle, start)
                    .map(|(begin, end)| (begin, end, index))
            })
            .min_by_key(|&(begin, end, _)| (begin, usize::MAX - end))
    }

    /// Whether `needle` occurs at word boundaries.
    pub fn contains(&self, needle: &str) -> bool {
        self.find(needle).is_some()
    }

    /// Whether the text starts with `needle` (lowercase) followed by a word boundary.
    pub fn starts_with(&self, needle: &str) -> bool {
        self.lower.starts_with(needle) && boundary_after(&self.lower, needle.len(), needle)
    }
}

fn boundary_before(text: &str, at: usize, needle: &str) -> bool {
    if !needle.chars().next().is_some_and(char::is_alphanumeric) {
        return true;
    }
    !until(text, at)
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

pub(crate) fn boundary_after(text: &str, at: usize, needle: &str) -> bool {
    if !needle
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return true;
    }
    !from(text, at)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

/// Whether `lower(text)` starts with one of `prefixes` at a word boundary.
pub(crate) fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    // Only the start matters: lowercase no more of a long paragraph than the longest prefix
    // could need (plus one character for the word boundary).
    let longest = prefixes
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let end = text
        .char_indices()
        .nth(longest)
        .map_or(text.len(), |(i, _)| i);
    let folded = Lower::new(until(text, end));
    prefixes.iter().any(|prefix| folded.starts_with(prefix))
}

/// The first character in upper case, the rest as written.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let mut out = upper_letter(first);
            out.extend(chars);
            out
        }
        None => String::new(),
    }
}

/// A Vietnamese letter in upper case ("ế" → "Ế", "đ" → "Đ"), by the same arithmetic as
/// [`upper`]; a character outside the Vietnamese blocks, or one whose capital is not a single
/// character ("ß"), is kept as it is.
pub(crate) fn upper_letter(letter: char) -> String {
    latin_uppercase(letter).unwrap_or(letter).to_string()
}

/// `text` in lower case without diacritics, "đ" as "d", everything else kept ("Quý II/2024" →
/// "quy ii/2024"): text pasted from a PDF often loses its marks, and a reader that must accept
/// "Quy II" as well as "Quý II" compares in this form.
pub(crate) fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in crate::model::nfd(text).chars() {
        if ('\u{0300}'..='\u{036f}').contains(&ch) {
            continue;
        }
        let ch = if matches!(ch, 'đ' | 'Đ') { 'd' } else { ch };
        push_lower(ch, &mut out);
    }
    out
}

/// An ASCII id from Vietnamese text: diacritics removed, đ as d, words joined by hyphens.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    let mut lower = String::new();
    for ch in crate::model::nfd(text).chars() {
        if ('\u{0300}'..='\u{036f}').contains(&ch) {
            continue;
        }
        let ch = if matches!(ch, 'đ' | 'Đ') { 'd' } else { ch };
        lower.clear();
        push_lower(ch, &mut lower);
        for lc in lower.chars() {
            if lc.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push(lc);
            } else {
                gap = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character the arithmetic maps, against the standard library's tables.
    #[test]
    fn the_arithmetic_agrees_with_unicode() {
        let mut mapped = 0;
        for c in '\0'..=char::MAX {
            if let Some(lower) = latin_lowercase(c) {
                assert!(c.to_lowercase().eq([lower]), "lower {c:?}");
                mapped += 1;
            }
            if let Some(upper) = latin_uppercase(c) {
                assert!(c.to_uppercase().eq([upper]), "upper {c:?}");
                mapped += 1;
            }
        }
        // ASCII and Latin-1 twice, and the Vietnamese blocks: the short cut is not empty.
        assert!(mapped > 1000, "{mapped}");
    }

    #[test]
    fn every_character_gets_its_full_mapping() {
        for c in [
            '\0', 'A', 'ß', 'ÿ', 'µ', 'İ', 'ı', 'Σ', 'ǅ', 'Ω', '\u{1E9E}', '人',
        ] {
            assert_eq!(lower(&c.to_string()), c.to_lowercase().collect::<String>());
            assert_eq!(upper(&c.to_string()), c.to_uppercase().collect::<String>());
            assert_eq!(Some(lower_char(c)), c.to_lowercase().next());
            assert_eq!(Some(upper_char(c)), c.to_uppercase().next());
        }
        assert_eq!(upper("Đường Lạng Sơn ở"), "ĐƯỜNG LẠNG SƠN Ở");
        assert_eq!(lower("ĐƯỜNG LẠNG SƠN Ở"), "đường lạng sơn ở");
        assert_eq!(upper("straße"), "STRASSE");
        assert!(eq_ignore_case('Ệ', 'ệ') && eq_ignore_case('Σ', 'σ') && eq_ignore_case('x', 'x'));
        assert!(!eq_ignore_case('ệ', 'ê') && !eq_ignore_case('İ', 'i'));
    }

    #[test]
    fn lower_finds_words_and_maps_back() {
        let text = "Căn cứ Quyết định SỐ 82";
        let lower = Lower::new(text);
        let (begin, end) = lower.find("số").unwrap_or_default();
        assert_eq!(sub(text, begin, end), "SỐ");
        assert!(lower.find("uyết").is_none());
        assert!(lower.starts_with("căn cứ"));
    }

    #[test]
    fn capitals_keep_their_marks() {
        assert_eq!(capitalise("ếch"), "Ếch");
        assert_eq!(capitalise("đối với"), "Đối với");
        assert_eq!(capitalise("ưu tiên"), "Ưu tiên");
        assert_eq!(capitalise("tuyên truyền"), "Tuyên truyền");
        assert_eq!(capitalise("ß"), "ß");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn plain_text_has_no_marks_and_keeps_punctuation() {
        assert_eq!(plain("Quý II/2024"), "quy ii/2024");
        assert_eq!(plain("ĐỊNH KỲ hằng tháng – 6"), "dinh ky hang thang – 6");
        assert_eq!(plain("Tha\u{0300}ng"), "thang");
    }

    #[test]
    fn slugs_drop_diacritics() {
        assert_eq!(slug("cán bộ, công chức"), "can-bo-cong-chuc");
        assert_eq!(slug("Đường  Đi"), "duong-di");
    }

    #[test]
    fn finds_case_insensitively() {
        let line = "Lạng Sơn, Ngày 05";
        let (start, end) = find_ci(line, ", ngày").unwrap();
        assert_eq!(&line[start..end], ", Ngày");
        assert_eq!(strip_prefix_ci("QUYẾT ĐỊNH số", "quyết định"), Some(" số"));
        assert_eq!(strip_prefix_ci("Quyết", "quyết định"), None);
    }
}

//! Letter case, as Unicode defines it, without Unicode's case tables in the npm package.
//!
//! Validation, import and reports change the case of text (case-insensitive matching,
//! "written in capitals" checks, capitalised sentences). `char::to_lowercase` and
//! `char::to_uppercase` carry about 24 KB of tables into the WebAssembly module. Every letter of
//! Vietnamese (ASCII, Latin-1, Ă Đ Ĩ Ũ, Ơ Ư and Latin Extended Additional) is mapped here by
//! arithmetic; any other character goes to Rust's tables natively and, in the npm package, to
//! the JavaScript engine's `toLowerCase` / `toUpperCase` (the same Unicode mappings), as
//! [`super::nfc`] does for normalisation. Tests compare every mapped letter with the standard
//! library.

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
}

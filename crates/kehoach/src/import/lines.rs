//! Text as published, made regular: lines with their source numbers, hard-wrapped lines and
//! table cells, markers ("I.", "1.", "a)", "-"), sentence ends, capitals and agency names. The
//! word tools (case-insensitive search, dates, numbers) are the shared [`crate::text`] toolkit.
//!
//! Nothing here slices a string at an offset it did not get from the same string, and every
//! slice goes through `get`, so no input can make it panic.

use crate::text::fold::boundary_after;
use crate::text::{capitalise, from, lower, starts_with_any, until};

/// One physical line of the input (or one `|`-separated cell of it), normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based line number in the input.
    pub no: usize,
    /// NFC text, spaces collapsed, trimmed; empty for a blank line.
    pub text: String,
}

/// Splits the input into normalised lines: any line ending, NFC, one space between words,
/// markdown emphasis and zero-width characters removed, table cells flattened with `|` split
/// into lines of their own (keeping the line number).
pub(crate) fn lines(input: &str) -> Vec<Line> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut out = Vec::new();
    for (index, raw) in input.split('\n').enumerate() {
        let no = index + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // A lone CR (old Mac files) also ends a line.
        for piece in raw.split('\r') {
            let normal = crate::model::nfc(piece);
            let cells: Vec<&str> = normal.split('|').collect();
            let only_blank_cells = cells.iter().all(|cell| clean(cell).is_empty());
            if only_blank_cells {
                out.push(Line {
                    no,
                    text: String::new(),
                });
                continue;
            }
            for cell in cells {
                let text = clean(cell);
                if !text.is_empty() {
                    out.push(Line { no, text });
                }
            }
        }
    }
    out
}

/// Collapses whitespace, drops control and zero-width characters and markdown emphasis.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for ch in text.chars() {
        let ch = match ch {
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => continue,
            c if c.is_whitespace() => ' ',
            c if c.is_control() => continue,
            c => c,
        };
        if ch == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(ch);
    }
    // "**KT. GIÁM ĐỐC" — emphasis copied from a rich-text editor.
    let mut text = out.replace("**", "").replace("__", "");
    if text.contains("  ") {
        text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    text.trim().to_string()
}

/// The structural marker a paragraph starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// "I.", "II." — a part.
    Roman(u32),
    /// "1.", "2)" — a section or a numbered item.
    Number(u32),
    /// "a)", "b." — an item or sub-section.
    Letter(char),
    /// "-", "+", "•" — a bullet.
    Bullet,
    /// Plain text.
    None,
}

/// Reads the marker at the start of `text`, returning it and the text after it.
///
/// A marker counts only when a capital letter (or an opening quote) follows, so a wrapped line
/// that happens to start with "- 2025" or "3, 4" is not taken for a new item.
pub(crate) fn marker(text: &str) -> (Marker, &str) {
    let none = (Marker::None, text);
    let starts_capital = |rest: &str| {
        rest.chars()
            .find(|c| !matches!(c, '"' | '“' | '\'' | '‘' | '(' | '«'))
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let strictly_capital = |rest: &str| {
        rest.chars()
            .find(|c| !matches!(c, '"' | '“' | '\'' | '‘' | '(' | '«'))
            .is_some_and(char::is_uppercase)
    };
    let mut chars = text.char_indices();
    let Some((_, first)) = chars.next() else {
        return none;
    };
    if matches!(
        first,
        '-' | '–' | '—' | '+' | '•' | '*' | '▪' | '●' | '◦' | '·'
    ) {
        let rest = from(text, first.len_utf8()).trim_start();
        return if strictly_capital(rest) {
            (Marker::Bullet, rest)
        } else {
            none
        };
    }
    // Head token up to '.' or ')'.
    let Some(end) = text.find(['.', ')']) else {
        return none;
    };
    let head = until(text, end);
    let after = from(text, end + 1);
    if !after.starts_with(' ') {
        return none;
    }
    let rest = after.trim_start();
    if head.is_empty() || head.len() > 5 {
        return none;
    }
    if head.chars().all(|c| c.is_ascii_digit()) && head.len() <= 2 {
        return match head.parse::<u32>() {
            Ok(number) if starts_capital(rest) => (Marker::Number(number), rest),
            _ => none,
        };
    }
    if let Some(number) = roman(head) {
        return if strictly_capital(rest) {
            (Marker::Roman(number), rest)
        } else {
            none
        };
    }
    let mut letters = head.chars();
    if let (Some(letter), None) = (letters.next(), letters.next()) {
        if (letter.is_ascii_lowercase() || letter == 'đ') && starts_capital(rest) {
            return (Marker::Letter(letter), rest);
        }
    }
    none
}

/// The value of a Roman numeral from I to XX.
fn roman(text: &str) -> Option<u32> {
    const NUMERALS: [&str; 20] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    NUMERALS
        .iter()
        .position(|numeral| *numeral == text)
        .and_then(|index| u32::try_from(index + 1).ok())
}

/// Whether text ends a sentence or a list item: ".", ";", ":", "!", "?", "…" (also before a
/// closing quote or bracket).
pub(crate) fn ends_terminal(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', '»', ')', '*']);
    let trimmed = if trimmed.is_empty() { text } else { trimmed };
    trimmed
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | ';' | ':' | '!' | '?' | '…'))
}

/// Whether the letters of `text` are all capitals (at least two of them).
pub(crate) fn is_all_caps(text: &str) -> bool {
    let mut letters = 0;
    for ch in text.chars().filter(|c| c.is_alphabetic()) {
        if ch.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether `word` looks like an acronym ("CCHC", "TTHC", "UBND").
pub(crate) fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Number of words.
pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Head words of Vietnamese agency names (lowercase), longest first.
pub(crate) const AGENCY_HEADS: [&str; 20] = [
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "ubnd",
    "hđnd",
    "tổng cục",
    "chi cục",
    "văn phòng",
    "trung tâm",
    "thanh tra",
    "sở",
    "bộ",
    "ban",
    "phòng",
    "cục",
    "trường",
    "viện",
    "đài",
    "tỉnh ủy",
    "tỉnh uỷ",
];

const PLACE_MARKERS: [&str; 8] = [
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
];

/// Writes an agency name printed in capitals the way Nghị định 30/2020 writes names in running
/// text: the type of body and each field it covers take a capital ("SỞ VĂN HÓA, THỂ THAO VÀ DU
/// LỊCH" → "Sở Văn hóa, Thể thao và Du lịch"), a place name takes capitals on every word
/// ("UBND TỈNH LẠNG SƠN" → "Ủy ban nhân dân tỉnh Lạng Sơn").
pub(crate) fn agency_case(text: &str) -> String {
    let expanded = expand_agency_acronym(text);
    let words: Vec<String> = expanded.split_whitespace().map(lower).collect();
    let joined = words.join(" ");
    // Only the first word of the head phrase ("ủy ban nhân dân") takes a capital.
    let head_len = AGENCY_HEADS
        .iter()
        .filter(|head| joined.starts_with(**head) && boundary_after(&joined, head.len(), head))
        .map(|head| head.split_whitespace().count())
        .max()
        .unwrap_or(1);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut capitalise_next = true;
    let mut in_place = false;
    let mut index = 0;
    while let Some(word) = words.get(index) {
        if index > 0 && index < head_len {
            out.push(word.clone());
            index += 1;
            if index == head_len {
                capitalise_next = true;
            }
            continue;
        }
        let rest = words.get(index..).unwrap_or_default().join(" ");
        let place = PLACE_MARKERS
            .iter()
            .find(|marker| index > 0 && rest.starts_with(**marker) && !rest.starts_with("xã hội"));
        if let Some(marker) = place {
            let parts = marker.split_whitespace().count();
            out.extend(words.iter().skip(index).take(parts).cloned());
            index += parts;
            in_place = true;
            capitalise_next = false;
            continue;
        }
        out.push(if in_place || capitalise_next {
            capitalise(word)
        } else {
            word.clone()
        });
        capitalise_next = index + 1 == head_len;
        if word.ends_with(',') || word.ends_with(';') {
            capitalise_next = true;
            in_place = false;
        }
        index += 1;
        if let Some(next) = words.get(index) {
            if next == "và" || next == "-" || next == "–" {
                out.push(next.clone());
                index += 1;
                capitalise_next = true;
                in_place = false;
            }
        }
    }
    out.join(" ")
}

/// "UBND TỈNH X" → "ỦY BAN NHÂN DÂN TỈNH X" (and HĐND).
fn expand_agency_acronym(text: &str) -> String {
    let trimmed = text.trim();
    for (acronym, full) in [("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")]
    {
        if let Some(rest) = trimmed.strip_prefix(acronym) {
            if rest.is_empty() || rest.starts_with(' ') {
                return format!("{full}{rest}");
            }
        }
    }
    trimmed.to_string()
}

/// Whether `text` starts with an agency head word ("Sở", "UBND", "Ủy ban nhân dân", "Bộ" …).
pub(crate) fn starts_with_agency(text: &str) -> bool {
    let first_is_capital = text.chars().next().is_some_and(char::is_uppercase);
    first_is_capital && starts_with_any(text, &AGENCY_HEADS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_normalise_endings_cells_and_spaces() {
        let input = "\u{feff}A  b\r\nSố: 11/KH |  Lạng Sơn\r\n\r\n**KT. GIÁM ĐỐC\rX";
        let got: Vec<(usize, String)> = lines(input).into_iter().map(|l| (l.no, l.text)).collect();
        assert_eq!(
            got,
            vec![
                (1, "A b".to_string()),
                (2, "Số: 11/KH".to_string()),
                (2, "Lạng Sơn".to_string()),
                (3, String::new()),
                (4, "KT. GIÁM ĐỐC".to_string()),
                (4, "X".to_string()),
            ]
        );
        let nfd = "Le\u{0302}\u{0301}";
        assert_eq!(lines(nfd).first().map(|l| l.text.as_str()), Some("Lế"));
    }

    #[test]
    fn markers_need_a_capital_after_them() {
        assert_eq!(marker("I. MỤC ĐÍCH").0, Marker::Roman(1));
        assert_eq!(marker("III. TỔ CHỨC").0, Marker::Roman(3));
        assert_eq!(marker("1. Mục đích").0, Marker::Number(1));
        assert_eq!(marker("a) Nội dung:").0, Marker::Letter('a'));
        assert_eq!(marker("- Tuyên truyền").0, Marker::Bullet);
        assert_eq!(marker("- 2025, Kế hoạch").0, Marker::None);
        assert_eq!(marker("- xã hội").0, Marker::None);
        assert_eq!(marker("2023. Tình hình").0, Marker::None);
        assert_eq!(marker("TP. Hồ Chí Minh").0, Marker::None);
        assert_eq!(marker("").0, Marker::None);
    }

    #[test]
    fn agency_names_take_the_decree_casing() {
        assert_eq!(
            agency_case("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
            "Sở Văn hóa, Thể thao và Du lịch"
        );
        assert_eq!(
            agency_case("UBND TỈNH LẠNG SƠN"),
            "Ủy ban nhân dân tỉnh Lạng Sơn"
        );
        assert_eq!(agency_case("BỘ NỘI VỤ"), "Bộ Nội vụ");
        assert_eq!(
            agency_case("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
            "Sở Lao động - Thương binh và Xã hội"
        );
    }
}

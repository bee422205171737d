//! Text as published, made regular: lines with their source numbers, paragraphs rebuilt from
//! hard-wrapped lines, markers ("I.", "1.", "a)", "-"), and the small word tools every reader
//! of the plan needs (case-insensitive search, dates, numbers, slugs, casing).
//!
//! Nothing here slices a string at an offset it did not get from the same string, and every
//! slice goes through `get`, so no input can make it panic.

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
            crate::model::case::push_lower(ch, &mut lower);
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

fn boundary_after(text: &str, at: usize, needle: &str) -> bool {
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

/// Lowercases for comparisons (NFC input assumed).
pub(crate) fn lower(text: &str) -> String {
    crate::model::case::lower(text)
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

/// A Vietnamese letter in upper case: the base letter of its canonical decomposition made a
/// capital, the marks kept ("ế" → "Ế", "đ" → "Đ"). Other characters are kept as they are;
/// this avoids carrying the full Unicode case tables into the wasm bundle for the one
/// alphabet plans are written in.
pub(crate) fn upper_letter(letter: char) -> String {
    if letter == 'đ' {
        return 'Đ'.to_string();
    }
    let decomposed = crate::model::nfd(&letter.to_string());
    let mut parts = decomposed.chars();
    match parts.next() {
        Some(base) if base.is_ascii_lowercase() => {
            let upper: String = std::iter::once(base.to_ascii_uppercase())
                .chain(parts)
                .collect();
            crate::model::nfc(&upper).into_owned()
        }
        _ => letter.to_string(),
    }
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
        crate::model::case::push_lower(ch, &mut lower);
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

/// Trims spaces and the punctuation that closes an item (";", ",", ".", ":"), keeping an
/// ellipsis and the closing "./." as written elsewhere.
pub(crate) fn trim_item_end(text: &str) -> &str {
    text.trim()
        .trim_end_matches([';', ',', ':', '.', '…', ' '])
        .trim()
}

/// A date as printed: day and month may be blank in a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: i32,
    /// Bytes of the text after "ngày" that the date took.
    pub len: usize,
}

impl DateParts {
    /// The calendar date, when day and month are both printed and real.
    pub fn date(&self) -> Option<time::Date> {
        let month = time::Month::try_from(u8::try_from(self.month?).ok()?).ok()?;
        time::Date::from_calendar_date(self.year, month, u8::try_from(self.day?).ok()?).ok()
    }

    /// Whether day and month are printed but make no real date ("31/02/2023").
    pub fn is_impossible(&self) -> bool {
        self.day.is_some() && self.month.is_some() && self.date().is_none()
    }
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

fn is_blank_filler(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, '.' | '…' | '_' | '-'))
}

fn digits(word: &str) -> Option<u32> {
    let word = word.trim_end_matches([',', ';', '.', ':', ')']);
    if word.is_empty() || word.len() > 4 || !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

fn year(word: &str) -> Option<(i32, usize)> {
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

/// Reads a date right after the word "ngày": "05 tháng 02 năm 2023", "15/02/2023",
/// "25/4/2016", or a draft's blanks "tháng năm 2023", "…/…/2023".
pub(crate) fn date_after_ngay(text: &str) -> Option<DateParts> {
    let tokens = first_words(text, 8);
    let (first_start, _, first) = *tokens.first()?;
    let _ = first_start;
    // Numeric: d/m/yyyy (also with '-' or '.').
    for separator in ['/', '-', '.'] {
        let parts: Vec<&str> = first.split(separator).collect();
        if let [day, month, rest] = parts.as_slice() {
            if let Some((year, len)) = year(rest) {
                let day_value = digits(day);
                let month_value = digits(month);
                let day_ok = day_value.is_some() || day.is_empty() || is_blank_filler(day);
                let month_ok = month_value.is_some() || month.is_empty() || is_blank_filler(month);
                if day_ok && month_ok {
                    let consumed = first.len() - rest.len() + len;
                    return Some(DateParts {
                        day: day_value,
                        month: month_value,
                        year,
                        len: tokens.first().map_or(0, |t| t.0) + consumed,
                    });
                }
            }
        }
    }
    // Words: [d] tháng [m] năm yyyy.
    let mut index = 0;
    let mut day = None;
    let word_at = |i: usize| tokens.get(i).map(|t| t.2);
    if let Some(word) = word_at(index) {
        if let Some(value) = digits(word) {
            day = Some(value);
            index += 1;
        } else if is_blank_filler(word) {
            index += 1;
        }
    }
    if word_at(index).map(lower).as_deref() != Some("tháng") {
        return None;
    }
    index += 1;
    let mut month = None;
    if let Some(word) = word_at(index) {
        if let Some(value) = digits(word) {
            month = Some(value);
            index += 1;
        } else if is_blank_filler(word) {
            index += 1;
        }
    }
    if word_at(index).map(lower).as_deref() != Some("năm") {
        return None;
    }
    index += 1;
    let (start, _, word) = *tokens.get(index)?;
    let (year, len) = year(word)?;
    Some(DateParts {
        day,
        month,
        year,
        len: start + len,
    })
}

/// Finds "ngày `<date>`" in `text`: the byte range from "ngày" to the end of the year, and the
/// date.
pub(crate) fn find_date(text: &str) -> Option<(usize, usize, DateParts)> {
    let lower = Lower::new(text);
    let mut start = 0;
    while let Some((begin, end)) = lower.find_from("ngày", start) {
        let rest = from(text, end);
        let skipped = rest.len() - rest.trim_start().len();
        if let Some(parts) = date_after_ngay(rest.trim_start()) {
            return Some((begin, end + skipped + parts.len, parts));
        }
        start = end;
    }
    None
}

/// A document number read after "Số:" or "số": as written, and with spaces and blank
/// fillers removed (`11 /KH-SVHTTDL` → `11/KH-SVHTTDL`, `…/KH-UBND` → `/KH-UBND`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumberText {
    pub written: String,
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
    fn lower_finds_words_and_maps_back() {
        let text = "Căn cứ Quyết định SỐ 82";
        let lower = Lower::new(text);
        let (begin, end) = lower.find("số").unwrap_or_default();
        assert_eq!(sub(text, begin, end), "SỐ");
        assert!(lower.find("uyết").is_none());
        assert!(lower.starts_with("căn cứ"));
    }

    #[test]
    fn dates_in_every_printed_form() {
        let full = date_after_ngay("05 tháng 02 năm 2023, x").unwrap_or(DateParts {
            day: None,
            month: None,
            year: 0,
            len: 0,
        });
        assert_eq!((full.day, full.month, full.year), (Some(5), Some(2), 2023));
        assert_eq!(full.len, "05 tháng 02 năm 2023".len());
        let numeric = date_after_ngay("25/4/2016 của").map(|d| (d.day, d.month, d.year, d.len));
        assert_eq!(numeric, Some((Some(25), Some(4), 2016, 9)));
        let blank = date_after_ngay("tháng năm 2023").map(|d| (d.day, d.month, d.year));
        assert_eq!(blank, Some((None, None, 2023)));
        let dots = date_after_ngay("… tháng … năm 2023").map(|d| (d.day, d.month, d.year));
        assert_eq!(dots, Some((None, None, 2023)));
        let slashes = date_after_ngay("…/…/2023").map(|d| (d.day, d.month, d.year));
        assert_eq!(slashes, Some((None, None, 2023)));
        assert!(date_after_ngay("cập nhật").is_none());
        assert!(date_after_ngay("31/02/2023").is_some_and(|d| d.is_impossible()));
    }

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
    fn slugs_drop_diacritics() {
        assert_eq!(slug("cán bộ, công chức"), "can-bo-cong-chuc");
        assert_eq!(slug("Đường  Đi"), "duong-di");
    }
}

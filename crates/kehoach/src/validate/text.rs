//! Reading the bits of Vietnamese administrative text the rules compare: the place-and-date
//! line, dates written long or short, years named in running text, capitals.
//!
//! Everything here works on text already in NFC (the loader normalises every string), compares
//! case-insensitively, and returns `None` rather than guessing.

use time::{Date, Month};

use crate::model::case::{eq_ignore_case, lower_char, upper, upper_char};

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

/// Every year written as "năm 2023" in `text`, in order.
pub(crate) fn years_named(text: &str) -> Vec<i32> {
    let mut years = Vec::new();
    let mut rest = text;
    while let Some((_, end)) = find_ci(rest, "năm ") {
        let after = rest.get(end..).unwrap_or("").trim_start();
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 4 {
            if let Ok(year) = digits.parse() {
                years.push(year);
            }
        }
        rest = rest.get(end..).unwrap_or("");
    }
    years
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

/// Whether `text` is written in capitals (nothing changes when uppercased).
pub(crate) fn is_capitals(text: &str) -> bool {
    upper(text) == text
}

/// A day or month as written: its digits and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Written {
    /// The digits as printed ("05").
    pub digits: String,
    /// Their value.
    pub value: u32,
}

/// The place-and-date line "Lạng Sơn, ngày 05 tháng 02 năm 2023", read into its parts. Day and
/// month are `None` when a draft leaves them blank ("ngày tháng năm 2023", "ngày … tháng …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The place as printed before ", ngày".
    pub place: String,
    /// The day, when written.
    pub day: Option<Written>,
    /// The month, when written.
    pub month: Option<Written>,
    /// The year.
    pub year: i32,
}

/// A blank left in a draft: nothing, or dots, ellipses, underscores.
fn is_blank(part: &str) -> bool {
    part.chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '…' | '_' | '-'))
}

fn written(part: &str) -> Option<Option<Written>> {
    let part = part.trim();
    if is_blank(part) {
        return Some(None);
    }
    if part.is_empty() || part.len() > 2 || !part.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = part.parse().ok()?;
    Some(Some(Written {
        digits: part.to_string(),
        value,
    }))
}

/// Reads a place-and-date line; `None` when it does not follow the pattern.
pub(crate) fn date_line(text: &str) -> Option<DateLine> {
    let (place_end, after_place) = find_ci(text, ", ngày")?;
    let place = text.get(..place_end)?.trim().to_string();
    let rest = text.get(after_place..)?;
    let (month_start, month_end) = find_ci(rest, "tháng")?;
    let day = written(rest.get(..month_start)?)?;
    let rest = rest.get(month_end..)?;
    let (year_start, year_end) = find_ci(rest, "năm")?;
    let month = written(rest.get(..year_start)?)?;
    let year_text = rest.get(year_end..)?.trim().trim_end_matches('.');
    if year_text.len() != 4 || !year_text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(DateLine {
        place,
        day,
        month,
        year: year_text.parse().ok()?,
    })
}

/// The calendar date for day, month and year, when it exists.
pub(crate) fn calendar_date(year: i32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// A date as a citation writes it after "ngày": long "15 tháng 02 năm 2023" or short
/// "15/02/2023". `date` is `None` when the parts name no real day ("30/02/2023").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    /// The date as written, without "ngày".
    pub text: String,
    /// The calendar date, when real.
    pub date: Option<Date>,
}

/// Reads the date at the start of `text` (just after "ngày "); returns it with the rest of the
/// text.
pub(crate) fn written_date(text: &str) -> Option<(WrittenDate, &str)> {
    let text = text.trim_start();
    let day_digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if day_digits.is_empty() || day_digits.len() > 2 {
        return None;
    }
    let after_day = text.get(day_digits.len()..)?;
    let day: u32 = day_digits.parse().ok()?;
    let (month, year, rest) = if let Some(short) = after_day.strip_prefix('/') {
        let month_digits: String = short.chars().take_while(char::is_ascii_digit).collect();
        let after_month = short.get(month_digits.len()..)?.strip_prefix('/')?;
        let year_digits: String = after_month
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (
            month_digits,
            year_digits.clone(),
            after_month.get(year_digits.len()..)?,
        )
    } else {
        let after = strip_prefix_ci(after_day.trim_start(), "tháng")?.trim_start();
        let month_digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let after = after.get(month_digits.len()..)?.trim_start();
        let after = strip_prefix_ci(after, "năm")?.trim_start();
        let year_digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        (
            month_digits,
            year_digits.clone(),
            after.get(year_digits.len()..)?,
        )
    };
    if month.is_empty() || month.len() > 2 || year.len() != 4 {
        return None;
    }
    let written = text.get(..text.len() - rest.len())?.trim().to_string();
    let date = calendar_date(year.parse().ok()?, month.parse().ok()?, day);
    Some((
        WrittenDate {
            text: written,
            date,
        },
        rest,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn finds_case_insensitively() {
        let line = "Lạng Sơn, Ngày 05";
        let (start, end) = find_ci(line, ", ngày").unwrap();
        assert_eq!(&line[start..end], ", Ngày");
        assert_eq!(strip_prefix_ci("QUYẾT ĐỊNH số", "quyết định"), Some(" số"));
        assert_eq!(strip_prefix_ci("Quyết", "quyết định"), None);
    }

    #[test]
    fn names_years_after_nam() {
        assert_eq!(
            years_named("CCHC năm 2023 và Năm  2024; giai đoạn 2021 - 2025, năm 20234"),
            vec![2023, 2024]
        );
    }

    #[test]
    fn reads_dated_and_blank_date_lines() {
        let dated = date_line("Lạng Sơn, ngày 05 tháng 02 năm 2023").unwrap();
        assert_eq!(dated.place, "Lạng Sơn");
        assert_eq!(dated.day.as_ref().map(|d| d.value), Some(5));
        assert_eq!(dated.month.as_ref().map(|m| m.digits.as_str()), Some("02"));
        assert_eq!(dated.year, 2023);
        let draft = date_line("Lạng Sơn, ngày tháng năm 2023").unwrap();
        assert_eq!((draft.day, draft.month, draft.year), (None, None, 2023));
        let dots = date_line("Hà Nội, ngày ... tháng … năm 2024").unwrap();
        assert_eq!((dots.day, dots.month), (None, None));
        assert!(date_line("Lạng Sơn ngày 05 tháng 02 năm 2023").is_none());
        assert!(date_line("Lạng Sơn, ngày năm tháng 2023").is_none());
        assert!(date_line("Lạng Sơn, ngày 5a tháng 02 năm 2023").is_none());
        assert!(date_line("Lạng Sơn, ngày 05 tháng 02 năm 23").is_none());
    }

    #[test]
    fn reads_long_and_short_dates() {
        let (long, rest) = written_date("15 tháng 02 năm 2023 của Bộ").unwrap();
        assert_eq!(long.date, Some(date!(2023 - 02 - 15)));
        assert_eq!(long.text, "15 tháng 02 năm 2023");
        assert_eq!(rest, " của Bộ");
        let (short, rest) = written_date("3/4/2017 của").unwrap();
        assert_eq!(short.date, Some(date!(2017 - 04 - 03)));
        assert_eq!(rest, " của");
        let (impossible, _) = written_date("30/02/2023").unwrap();
        assert_eq!(impossible.date, None);
        assert!(written_date("tháng 02 năm 2023").is_none());
        assert!(written_date("15/02/23").is_none());
    }
}

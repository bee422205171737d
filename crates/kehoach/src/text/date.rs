//! Dates as Vietnamese plans write them: after "ngày" in citations and running text
//! ("ngày 24/01/2019", "24-01-2019", "24.01.2019", "ngày 24 tháng 01 năm 2019", a draft's
//! blanks "ngày … tháng … năm 2023", "…/…/2023"), the place-and-date line of a document, and
//! years named in running text.

use time::{Date, Month};

use super::fold::{find_ci, find_word_ci};
use super::numbers::{digits, is_blank_filler, year};
use super::{first_words, from, lower};

/// A date as printed: day and month may be blank in a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateParts {
    /// The day, when printed.
    pub day: Option<u32>,
    /// The month, when printed.
    pub month: Option<u32>,
    /// The year (four digits).
    pub year: i32,
    /// Bytes of the text after "ngày" that the date took.
    pub len: usize,
}

impl DateParts {
    /// The calendar date, when day and month are both printed and real.
    pub fn date(&self) -> Option<Date> {
        calendar_date(self.year, self.month?, self.day?)
    }

    /// Whether day and month are printed but make no real date ("31/02/2023").
    pub fn is_impossible(&self) -> bool {
        self.day.is_some() && self.month.is_some() && self.date().is_none()
    }
}

/// Reads a date right after the word "ngày": "05 tháng 02 năm 2023", "15/02/2023",
/// "25/4/2016", or a draft's blanks "tháng năm 2023", "…/…/2023".
pub(crate) fn date_after_ngay(text: &str) -> Option<DateParts> {
    let tokens = first_words(text, 8);
    let (_, _, first) = *tokens.first()?;
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

/// A day and month at the start of `text`, the year optional, as time cells write them: "30/6",
/// "15-3", "15 tháng 3", and everything [`date_after_ngay`] reads ("30/6/2024", "15 tháng 3 năm
/// 2024"). Without diacritics too ("15 thang 3"). `None` when day and month are not both
/// printed; an impossible day is read (see [`DateParts::is_impossible`]), with year 0 when none
/// is printed.
pub(crate) fn day_month(text: &str) -> Option<DateParts> {
    if let Some(parts) = date_after_ngay(text) {
        return (parts.day.is_some() && parts.month.is_some()).then_some(parts);
    }
    let tokens = first_words(text, 4);
    let (start, _, first) = *tokens.first()?;
    for separator in ['/', '-', '.'] {
        let trimmed = first.trim_end_matches([',', ';', '.', ':', ')']);
        if let [day, month] = trimmed.split(separator).collect::<Vec<_>>().as_slice() {
            let (Some(day), Some(month)) = (digits(day), digits(month)) else {
                continue;
            };
            if day.to_string().len() <= 2 && month.to_string().len() <= 2 {
                return Some(DateParts {
                    day: Some(day),
                    month: Some(month),
                    year: 0,
                    len: start + trimmed.len(),
                });
            }
        }
    }
    let day = digits(first)?;
    let (_, _, word) = *tokens.get(1)?;
    if super::fold::plain(word) != "thang" {
        return None;
    }
    let (_, month_end, month_word) = *tokens.get(2)?;
    let month = digits(month_word)?;
    let len =
        month_end - month_word.len() + month_word.trim_end_matches([',', ';', '.', ':', ')']).len();
    Some(DateParts {
        day: Some(day),
        month: Some(month),
        year: 0,
        len,
    })
}

/// Finds "ngày `<date>`" in `text`: the byte range from "ngày" to the end of the year, and the
/// date.
pub(crate) fn find_date(text: &str) -> Option<(usize, usize, DateParts)> {
    let mut start = 0;
    while let Some((begin, end)) = find_word_ci(text, "ngày", start) {
        let rest = from(text, end);
        let skipped = rest.len() - rest.trim_start().len();
        if let Some(parts) = date_after_ngay(rest.trim_start()) {
            return Some((begin, end + skipped + parts.len, parts));
        }
        start = end;
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn day_and_month_with_or_without_a_year() {
        let read = |t: &str| day_month(t).map(|d| (d.day, d.month, d.year, d.len));
        assert_eq!(read("30/6 năm"), Some((Some(30), Some(6), 0, 4)));
        assert_eq!(read("15-3,"), Some((Some(15), Some(3), 0, 4)));
        assert_eq!(
            read("15 tháng 3 x"),
            Some((Some(15), Some(3), 0, "15 tháng 3".len()))
        );
        assert_eq!(read("15 thang 3"), Some((Some(15), Some(3), 0, 10)));
        assert_eq!(read("30/6/2024"), Some((Some(30), Some(6), 2024, 9)));
        assert_eq!(read("tháng 6 năm 2024"), None);
        assert_eq!(read("2024"), None);
        assert_eq!(read("300/6"), None);
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
}

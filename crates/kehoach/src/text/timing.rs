//! A time cell as Vietnamese plans write it ("Trước ngày 30/6/2024", "Quý II", "6 tháng đầu
//! năm", "tháng 3 – tháng 5", "Thường xuyên", "Hằng quý", "Theo chỉ đạo của UBND tỉnh") read
//! into a [`Timing`]: the text kept as written, its kind and, where it names one, its span in
//! the plan's year.
//!
//! The reader is strict on purpose: a cell it does not read in full is `unread`, with the text
//! kept, never a guess. "Quý I và Quý III" (not adjacent) or "trước tháng 6" (by the end of May,
//! or of June?) are left to a person. Words are compared without case and diacritics, since
//! text pasted from a PDF often loses its marks; days and months are read by [`super::date`].

use time::Date;

use super::date::{calendar_date, day_month};
use super::fold::plain;
use super::numbers::{digits, year as four_digit_year};
use super::{from, words};
use crate::model::{PeriodType, Timing, TimingKind};

/// Reads a time cell; `year` is the plan's, for the spans that name none.
pub(crate) fn read_timing(text: &str, year: i32) -> Timing {
    let written = crate::model::nfc(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let (kind, from, due, every) =
        read(&written, year).unwrap_or((TimingKind::Unread, None, None, None));
    Timing {
        text: written,
        kind,
        from,
        due,
        every,
    }
}

type Reading = (TimingKind, Option<Date>, Option<Date>, Option<PeriodType>);

/// Phrases that begin a timing with no date: when directed, asked or planned elsewhere.
const UNSCHEDULED: [&[&str]; 8] = [
    &["theo", "ke", "hoach"],
    &["theo", "chi", "dao"],
    &["theo", "yeu", "cau"],
    &["theo", "huong", "dan"],
    &["theo", "van", "ban"],
    &["khi", "co"],
    &["dot", "xuat"],
    &["khi", "duoc"],
];

/// Words before the time itself that do not change it ("hoàn thành trong tháng 6", "thời gian
/// thực hiện: Quý II").
const FILLERS: [&[&str]; 8] = [
    &["hoan", "thanh"],
    &["thuc", "hien"],
    &["trien", "khai"],
    &["thoi", "gian"],
    &["du", "kien"],
    &[":"],
    &["vao"],
    &["xong"],
];

/// A span of the calendar a cell names, before its year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Month(u32),
    Quarter(u32),
    /// The first (1) or second (2) half.
    Half(u32),
    Year,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    unit: Unit,
    year: Option<i32>,
}

impl Span {
    /// First and last day in `year` when the span names none.
    fn days(self, default_year: i32) -> Option<(Date, Date)> {
        let year = self.year.unwrap_or(default_year);
        let (first, last) = match self.unit {
            Unit::Month(month) => (month, month),
            Unit::Quarter(quarter) => (quarter.checked_mul(3)?.checked_sub(2)?, quarter * 3),
            Unit::Half(half) => (half.checked_mul(6)?.checked_sub(5)?, half * 6),
            Unit::Year => (1, 12),
        };
        let start = calendar_date(year, first, 1)?;
        let end = (28..=31)
            .rev()
            .find_map(|day| calendar_date(year, last, day))?;
        Some((start, end))
    }

    fn kind(self) -> TimingKind {
        match self.unit {
            Unit::Month(_) => TimingKind::Month,
            Unit::Quarter(_) => TimingKind::Quarter,
            Unit::Half(_) => TimingKind::HalfYear,
            Unit::Year => TimingKind::Year,
        }
    }
}

/// The cell's words, compared without case and diacritics, with where each starts in the text
/// (for the date reader, which reads the text as written).
struct Words<'a> {
    text: &'a str,
    items: Vec<(usize, String)>,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let items = words(text)
            .into_iter()
            .map(|(start, _, word)| (start, plain(word)))
            .collect();
        Words { text, items, at: 0 }
    }

    fn peek(&self, ahead: usize) -> Option<&str> {
        self.items
            .get(self.at + ahead)
            .map(|(_, word)| word.as_str())
    }

    fn done(&self) -> bool {
        self.at >= self.items.len()
    }

    /// Takes `phrase` when the words at hand are it.
    fn eat(&mut self, phrase: &[&str]) -> bool {
        let matches = phrase
            .iter()
            .enumerate()
            .all(|(offset, word)| self.peek(offset) == Some(*word));
        if matches {
            self.at += phrase.len();
        }
        matches
    }

    fn eat_any(&mut self, phrases: &[&[&str]]) -> bool {
        phrases.iter().any(|phrase| self.eat(phrase))
    }

    /// The text from the current word on.
    fn rest(&self) -> &'a str {
        self.items
            .get(self.at)
            .map_or("", |(start, _)| from(self.text, *start))
    }

    /// Moves past the words that lie within `len` bytes of the current word's start.
    fn skip_bytes(&mut self, len: usize) {
        let Some(&(start, _)) = self.items.get(self.at) else {
            return;
        };
        while self
            .items
            .get(self.at)
            .is_some_and(|(word_start, _)| *word_start < start + len)
        {
            self.at += 1;
        }
    }

    /// A year after "năm" or alone ("năm 2024", "2024").
    fn year(&mut self) -> Option<i32> {
        let skip = usize::from(self.peek(0) == Some("nam"));
        let year = four_digit_year(self.peek(skip)?)?.0;
        self.at += skip + 1;
        Some(year)
    }
}

/// Separates the cell's punctuation from its words and writes every dash as "-", so "Quý II,
/// III", "tháng 3–5" and "theo kế hoạch/ theo chỉ đạo" read as words; a "/" before a digit
/// stays, as dates and "Quý II/2024" need it.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text
        .trim()
        .trim_end_matches(['.', ';', ','])
        .chars()
        .peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '/' if !chars.peek().is_some_and(char::is_ascii_digit) => out.push_str(" / "),
            ',' | ';' | '(' | ')' | ':' => {
                out.push(' ');
                out.push(ch);
                out.push(' ');
            }
            '–' | '—' | '‐' | '‑' | '−' => out.push_str(" - "),
            _ => out.push(ch),
        }
    }
    out
}

fn read(text: &str, year: i32) -> Option<Reading> {
    let spaced = spaced(text);
    let mut words = Words::new(&spaced);
    while words.eat_any(&FILLERS) {}
    if words.eat_any(&UNSCHEDULED) {
        return Some((TimingKind::Unscheduled, None, None, None));
    }
    if words.eat_any(&[&["thuong", "xuyen"], &["lien", "tuc"]]) {
        return Some((TimingKind::Continuous, None, None, None));
    }
    if let Some(every) = recurring(&mut words) {
        return words
            .done()
            .then_some((TimingKind::Recurring, None, None, Some(every)));
    }
    if let Some(due) = by_date(&mut words, year) {
        return words
            .done()
            .then_some((TimingKind::ByDate, None, Some(due), None));
    }
    let reading = spans(&mut words, year)?;
    words.done().then_some(reading)
}

/// "hằng tháng", "định kỳ hằng quý", "định kỳ 6 tháng", "mỗi quý", "hằng năm".
fn recurring(words: &mut Words) -> Option<PeriodType> {
    let start = words.at;
    let periodic = words.eat(&["dinh", "ky"]);
    let every = if words.eat_any(&[&["hang"], &["moi"]]) {
        match words.peek(0)? {
            "thang" => PeriodType::Month,
            "quy" => PeriodType::Quarter,
            "nam" => PeriodType::Year,
            _ => {
                words.at = start;
                return None;
            }
        }
    } else if periodic {
        let every = match (words.peek(0).and_then(digits), words.peek(1)) {
            (Some(1), Some("thang")) => PeriodType::Month,
            (Some(3), Some("thang")) => PeriodType::Quarter,
            (Some(6), Some("thang")) => PeriodType::HalfYear,
            (Some(9), Some("thang")) => PeriodType::NineMonths,
            _ => {
                words.at = start;
                return None;
            }
        };
        words.at += 1;
        every
    } else {
        return None;
    };
    words.at += 1;
    Some(every)
}

/// "trước ngày 30/6/2024", "trước 15/3", "chậm nhất ngày 15 tháng 3 năm 2024", "30/6/2024".
fn by_date(words: &mut Words, year: i32) -> Option<Date> {
    let start = words.at;
    let _ =
        words.eat(&["truoc"]) || words.eat(&["cham", "nhat", "la"]) || words.eat(&["cham", "nhat"]);
    let _ = words.eat(&["ngay"]);
    let Some(parts) = day_month(words.rest()) else {
        words.at = start;
        return None;
    };
    words.skip_bytes(parts.len);
    let named = (parts.year != 0).then_some(parts.year);
    let year = named.or_else(|| words.year()).unwrap_or(year);
    calendar_date(year, parts.month?, parts.day?)
}

/// One span ("Quý II", "tháng 6/2024", "6 tháng đầu năm", "năm 2024") or a range of two
/// ("tháng 3 – tháng 5", "từ tháng 3 đến tháng 5", "Quý II và Quý III", "Quý II, III").
fn spans(words: &mut Words, year: i32) -> Option<Reading> {
    let ranged = words.eat(&["tu"]);
    let _ = words.eat(&["trong", "suot"]) || words.eat(&["trong"]);
    let (first, second) = span(words)?;
    let second = match second {
        Some(second) => Some((second, true)),
        None => {
            let adjacent_only = if words.eat_any(&[&["-"], &["den"]]) {
                false
            } else if words.eat_any(&[&["va"], &[","]]) {
                true
            } else {
                if ranged {
                    return None;
                }
                let (from, due) = first.days(year)?;
                return Some((first.kind(), Some(from), Some(due), None));
            };
            let _ = words.eat(&["het"]);
            let next = match (words.peek(0).and_then(month_or_quarter), first.unit) {
                (Some(number), Unit::Month(_)) => Some(Span {
                    unit: Unit::Month(number),
                    year: words.bare_number_year(),
                }),
                (Some(number), Unit::Quarter(_)) => Some(Span {
                    unit: Unit::Quarter(number),
                    year: words.bare_number_year(),
                }),
                _ => None,
            };
            let next = match next {
                Some(next) => next,
                None => span(words)?.0,
            };
            Some((next, !adjacent_only))
        }
    };
    let (last, any_gap) = second?;
    let first = Span {
        year: first.year.or(last.year),
        ..first
    };
    let (from, first_due) = first.days(year)?;
    let (last_from, due) = last.days(year)?;
    let adjacent = first_due.next_day() == Some(last_from);
    let ordered = first_due < last_from;
    (ordered && (any_gap || adjacent)).then_some((TimingKind::Range, Some(from), Some(due), None))
}

impl Words<'_> {
    /// For a bare second number ("tháng 3 – 5", "Quý II – III/2024"): takes it and a year
    /// after it (its own "/2024" or "năm 2024").
    fn bare_number_year(&mut self) -> Option<i32> {
        let token = self.peek(0).unwrap_or("").to_string();
        self.at += 1;
        token
            .split_once('/')
            .and_then(|(_, year)| four_digit_year(year))
            .map(|(year, _)| year)
            .or_else(|| self.year())
    }
}

/// A span at the current word, and the end of a range written inside one word ("tháng 3-5").
fn span(words: &mut Words) -> Option<(Span, Option<Span>)> {
    if words.eat(&["ca", "nam"]) || words.eat(&["nam"]) {
        let year = words.year();
        return Some((
            Span {
                unit: Unit::Year,
                year,
            },
            None,
        ));
    }
    if words.peek(0) == Some("6") && words.peek(1) == Some("thang") {
        let half = match words.peek(2) {
            Some("dau") => 1,
            Some("cuoi") => 2,
            _ => return None,
        };
        words.at += 3;
        if !words.eat(&["nam"]) {
            return None;
        }
        let year = four_digit_year(words.peek(0).unwrap_or("")).map(|(year, _)| {
            words.at += 1;
            year
        });
        return Some((
            Span {
                unit: Unit::Half(half),
                year,
            },
            None,
        ));
    }
    let quarter = match words.peek(0)? {
        "thang" => false,
        "quy" => true,
        _ => return None,
    };
    words.at += 1;
    let token = words.peek(0)?.to_string();
    words.at += 1;
    let (number, year) = match token.split_once('/') {
        Some((number, year)) => (number, Some(four_digit_year(year)?.0)),
        None => (token.as_str(), None),
    };
    let unit = |value: u32| {
        if quarter {
            Unit::Quarter(value)
        } else {
            Unit::Month(value)
        }
    };
    let in_range = |value: &u32| (1..=if quarter { 4 } else { 12 }).contains(value);
    // "tháng 3-5": a range inside one word.
    let (first, last) = match number.split_once('-') {
        Some((first, last)) => (first, Some(last)),
        None => (number, None),
    };
    let first = month_or_quarter(first).filter(in_range)?;
    let last = match last {
        Some(last) => Some(month_or_quarter(last).filter(in_range)?),
        None => None,
    };
    let year = year.or_else(|| words.year());
    let first = Span {
        unit: unit(first),
        year,
    };
    Some((
        first,
        last.map(|last| Span {
            unit: unit(last),
            year,
        }),
    ))
}

/// A month or quarter number, Arabic or Roman ("6", "II", "iv"), a "/year" after it ignored.
fn month_or_quarter(word: &str) -> Option<u32> {
    let number = word.split('/').next().unwrap_or(word);
    match number {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ if number.len() <= 2 => digits(number),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn read_in(text: &str) -> (TimingKind, Option<Date>, Option<Date>, Option<PeriodType>) {
        let timing = read_timing(text, 2024);
        (timing.kind, timing.from, timing.due, timing.every)
    }

    fn span(kind: TimingKind, from: Date, due: Date) -> Reading {
        (kind, Some(from), Some(due), None)
    }

    #[test]
    fn days_due() {
        let due = |day: Date| (TimingKind::ByDate, None, Some(day), None);
        for (text, day) in [
            ("trước ngày 30/6/2023", date!(2023 - 06 - 30)),
            ("Trước ngày 30/6/2023", date!(2023 - 06 - 30)),
            ("Hoàn thành trước ngày 15/3", date!(2024 - 03 - 15)),
            ("trước 15/3", date!(2024 - 03 - 15)),
            ("Trước 15-3", date!(2024 - 03 - 15)),
            ("trước ngày 15 tháng 3 năm 2024", date!(2024 - 03 - 15)),
            ("trước ngày 15 tháng 3", date!(2024 - 03 - 15)),
            ("truoc ngay 15 thang 3 nam 2025", date!(2025 - 03 - 15)),
            ("30/6/2024", date!(2024 - 06 - 30)),
            ("30/6/2024.", date!(2024 - 06 - 30)),
            ("Ngày 30/6", date!(2024 - 06 - 30)),
            ("Chậm nhất ngày 20/12/2024", date!(2024 - 12 - 20)),
            ("chậm nhất là ngày 20/12", date!(2024 - 12 - 20)),
            ("TRƯỚC NGÀY 01/10/2024", date!(2024 - 10 - 01)),
            ("trước ngày 15/3 năm 2025", date!(2025 - 03 - 15)),
        ] {
            assert_eq!(read_in(text), due(day), "{text}");
        }
    }

    #[test]
    fn months_quarters_halves_and_years() {
        let month = |m: u8, last: u8| {
            let m = time::Month::try_from(m).unwrap_or(time::Month::January);
            span(
                TimingKind::Month,
                Date::from_calendar_date(2024, m, 1).unwrap_or(date!(2000 - 01 - 01)),
                Date::from_calendar_date(2024, m, last).unwrap_or(date!(2000 - 01 - 01)),
            )
        };
        for (text, reading) in [
            ("tháng 6", month(6, 30)),
            ("Trong tháng 6", month(6, 30)),
            ("hoàn thành trong tháng 6", month(6, 30)),
            ("Tháng 2/2024", month(2, 29)),
            ("tháng 6 năm 2024", month(6, 30)),
            ("Thang 12", month(12, 31)),
            (
                "tháng 2/2023",
                span(
                    TimingKind::Month,
                    date!(2023 - 02 - 01),
                    date!(2023 - 02 - 28),
                ),
            ),
            (
                "Quý II",
                span(
                    TimingKind::Quarter,
                    date!(2024 - 04 - 01),
                    date!(2024 - 06 - 30),
                ),
            ),
            (
                "Quý 2",
                span(
                    TimingKind::Quarter,
                    date!(2024 - 04 - 01),
                    date!(2024 - 06 - 30),
                ),
            ),
            (
                "quý II/2025",
                span(
                    TimingKind::Quarter,
                    date!(2025 - 04 - 01),
                    date!(2025 - 06 - 30),
                ),
            ),
            (
                "Trong Quý IV năm 2024",
                span(
                    TimingKind::Quarter,
                    date!(2024 - 10 - 01),
                    date!(2024 - 12 - 31),
                ),
            ),
            (
                "QUY I",
                span(
                    TimingKind::Quarter,
                    date!(2024 - 01 - 01),
                    date!(2024 - 03 - 31),
                ),
            ),
            (
                "6 tháng đầu năm",
                span(
                    TimingKind::HalfYear,
                    date!(2024 - 01 - 01),
                    date!(2024 - 06 - 30),
                ),
            ),
            (
                "6 tháng cuối năm 2025",
                span(
                    TimingKind::HalfYear,
                    date!(2025 - 07 - 01),
                    date!(2025 - 12 - 31),
                ),
            ),
            (
                "Cả năm",
                span(
                    TimingKind::Year,
                    date!(2024 - 01 - 01),
                    date!(2024 - 12 - 31),
                ),
            ),
            (
                "Trong năm 2025",
                span(
                    TimingKind::Year,
                    date!(2025 - 01 - 01),
                    date!(2025 - 12 - 31),
                ),
            ),
            (
                "Năm 2024",
                span(
                    TimingKind::Year,
                    date!(2024 - 01 - 01),
                    date!(2024 - 12 - 31),
                ),
            ),
            (
                "trong năm",
                span(
                    TimingKind::Year,
                    date!(2024 - 01 - 01),
                    date!(2024 - 12 - 31),
                ),
            ),
            (
                "Trong suốt năm 2024",
                span(
                    TimingKind::Year,
                    date!(2024 - 01 - 01),
                    date!(2024 - 12 - 31),
                ),
            ),
        ] {
            assert_eq!(read_in(text), reading, "{text}");
        }
    }

    #[test]
    fn ranges() {
        let march_may = span(
            TimingKind::Range,
            date!(2024 - 03 - 01),
            date!(2024 - 05 - 31),
        );
        let q2_q3 = span(
            TimingKind::Range,
            date!(2024 - 04 - 01),
            date!(2024 - 09 - 30),
        );
        for (text, reading) in [
            ("tháng 3 – tháng 5", march_may),
            ("Tháng 3 - tháng 5", march_may),
            ("tháng 3—5", march_may),
            ("tháng 3-5", march_may),
            ("từ tháng 3 đến tháng 5", march_may),
            ("Từ tháng 3 đến hết tháng 5", march_may),
            ("tháng 3 đến tháng 5/2024", march_may),
            ("Quý II và Quý III", q2_q3),
            ("Quý II, III", q2_q3),
            ("quý II - quý III", q2_q3),
            ("Quý 2 – 3", q2_q3),
            (
                "Tháng 4 và tháng 5",
                span(
                    TimingKind::Range,
                    date!(2024 - 04 - 01),
                    date!(2024 - 05 - 31),
                ),
            ),
            (
                "tháng 11/2024 - tháng 2/2025",
                span(
                    TimingKind::Range,
                    date!(2024 - 11 - 01),
                    date!(2025 - 02 - 28),
                ),
            ),
            (
                "Quý II - Quý III/2025",
                span(
                    TimingKind::Range,
                    date!(2025 - 04 - 01),
                    date!(2025 - 09 - 30),
                ),
            ),
        ] {
            assert_eq!(read_in(text), reading, "{text}");
        }
    }

    #[test]
    fn times_with_no_date() {
        let kind = |text: &str| read_in(text).0;
        for text in [
            "Thường xuyên",
            "Thường xuyên, liên tục",
            "thuong xuyen trong năm",
            "Liên tục",
        ] {
            assert_eq!(
                read_in(text),
                (TimingKind::Continuous, None, None, None),
                "{text}"
            );
        }
        for text in [
            "Theo kế hoạch",
            "Theo chỉ đạo của UBND tỉnh",
            "theo kế hoạch/ theo chỉ đạo",
            "Khi có yêu cầu",
            "Đột xuất",
            "Theo hướng dẫn của Sở Nội vụ",
        ] {
            assert_eq!(kind(text), TimingKind::Unscheduled, "{text}");
        }
        for (text, every) in [
            ("Hằng tháng", PeriodType::Month),
            ("hàng tháng", PeriodType::Month),
            ("Hằng quý", PeriodType::Quarter),
            ("Định kỳ hằng tháng", PeriodType::Month),
            ("Định kỳ 6 tháng", PeriodType::HalfYear),
            ("Mỗi quý", PeriodType::Quarter),
            ("hằng năm", PeriodType::Year),
        ] {
            assert_eq!(
                read_in(text),
                (TimingKind::Recurring, None, None, Some(every)),
                "{text}"
            );
        }
    }

    #[test]
    fn anything_else_is_unread_with_its_text() {
        for text in [
            "",
            "Quý I và Quý III",
            "tháng 5 - tháng 3",
            "trước tháng 6",
            "cuối tháng 6",
            "Quý V",
            "tháng 13",
            "31/02/2024",
            "Quý II (nếu có kinh phí)",
            "Hằng tuần",
            "từ tháng 3",
            "sau khi có kinh phí",
            "2024",
        ] {
            let timing = read_timing(text, 2024);
            assert_eq!(
                (timing.kind, timing.from, timing.due, timing.every),
                (TimingKind::Unread, None, None, None),
                "{text}"
            );
        }
        let kept = read_timing("  Quý  V\n năm 2024 ", 2024);
        assert_eq!(kept.text, "Quý V năm 2024");
        assert_eq!(read_timing("Quy\u{301} II", 2024).text, "Quý II");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_keeps_the_text(text in "\\PC{0,40}", year in 1i32..9999) {
            let timing = read_timing(&text, year);
            proptest::prop_assert_eq!(timing.text.split_whitespace().count(), text.split_whitespace().count());
            proptest::prop_assert_eq!(timing.kind.has_due_date(), timing.due.is_some());
        }

        #[test]
        fn never_panics_on_time_words(parts in proptest::collection::vec(
            proptest::sample::select(vec!["Quý", "II", "tháng", "3", "-", "–", "đến", "từ", "và", ",", "năm",
                "2024", "6", "đầu", "cuối", "trước", "ngày", "30/6", "31/2", "15/13/2024", "hằng",
                "định kỳ", "/", "quý", "IV", "13", "0", "99999", "3-5", "II/2024", "/2024"]), 0..8),
            year in -3i32..10000) {
            let text = parts.join(" ");
            let timing = read_timing(&text, year);
            if let (Some(from), Some(due)) = (timing.from, timing.due) {
                proptest::prop_assert!(from <= due, "{}", text);
            }
        }
    }
}

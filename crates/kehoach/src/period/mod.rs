//! Reporting periods: the textual ids people type (`2023-Q1`), the calendar span each covers,
//! and the data cut-off window of Nghị định 09/2019/NĐ-CP (Điều 12) that periodic reports use.
//!
//! Evaluation and reports never compute dates themselves: they ask this module, so the
//! 15th-to-14th rule lives in one place.
//!
//! ```
//! use kehoach::period::{PeriodId, WindowKind};
//! use time::macros::date;
//!
//! let q1: PeriodId = "2023-Q1".parse()?;
//! assert_eq!(q1.calendar_span().start, date!(2023-01-01));
//! // Quý I: data from 15 December of the year before to 14 March.
//! let window = q1.window(WindowKind::CutOff);
//! assert_eq!((window.start, window.end), (date!(2022-12-15), date!(2023-03-14)));
//! # Ok::<(), kehoach::period::PeriodError>(())
//! ```

mod deadline;
mod label;

use kehoach_json_derive::{FromJson, ToJson};
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::calendar::CUT_OFF_DAY;
use crate::limits::{quote_cut, MAX_PERIOD_ID_BYTES};
use crate::model::load::{FromJson, JsonError};
use crate::model::save::JsonWriter;
use crate::model::ToJson;
use crate::LoadErrorKind;
use crate::PeriodType;

pub use deadline::{deadline, next_report, Deadline, DeadlineStatus};
pub(crate) use label::{english_date, span_short, span_text};

/// The first day of a cut-off window: the day after [`CUT_OFF_DAY`].
const WINDOW_START_DAY: u8 = CUT_OFF_DAY + 1;

/// The years a period id may name. One year of margin on each side keeps every window
/// computation (15 December of the year before, January of the year after) inside `time`'s range.
const YEARS: std::ops::RangeInclusive<i32> = 1001..=9998;

/// The longest explicit range accepted, in days (ten years), so a typo such as
/// `2023-01-01..9023-01-01` cannot ask for a hundred thousand monthly rows.
const MAX_RANGE_DAYS: i32 = 3660;

/// A reporting period, as one textual id.
///
/// | id | period |
/// |---|---|
/// | `2023` | the year |
/// | `2023-H1`, `2023-H2` | first or second half-year (6 tháng) |
/// | `2023-9M` | the first nine months (9 tháng) |
/// | `2023-Q1` … `2023-Q4` | a quarter |
/// | `2023-03` | a month |
/// | `2023-01-01..2023-03-31` | an explicit range, both days included |
///
/// In JSON a period is its id string. Parsing accepts `h1`, `q1`, `9m` in either case and
/// writes them back upper-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PeriodId(Repr);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Repr {
    Year(i32),
    Half(i32, u8),
    NineMonths(i32),
    Quarter(i32, u8),
    Month(i32, Month),
    Range(Date, Date),
}

/// What kind of period an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A standard period of the given type (`2023-Q1` is a quarter).
    Standard(PeriodType),
    /// An explicit range of days.
    Range,
}

/// An inclusive span of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Span {
    /// The first day.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub start: Date,
    /// The last day, included.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub end: Date,
}

impl Span {
    /// A span from `start` to `end`, both included.
    pub fn new(start: Date, end: Date) -> Span {
        Span { start, end }
    }

    /// Whether `date` lies in the span.
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    /// The days both spans share, if any.
    pub fn intersect(&self, other: &Span) -> Option<Span> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start <= end).then_some(Span { start, end })
    }

    /// Whether the spans share a day.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.intersect(other).is_some()
    }

    /// Whether `other` lies wholly inside this span.
    pub fn covers(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The number of days, both ends included.
    pub fn days(&self) -> u32 {
        let days = self.end.to_julian_day() - self.start.to_julian_day() + 1;
        u32::try_from(days).unwrap_or(0)
    }
}

/// Which window of a period selects the activities: the calendar span, or the Nghị định
/// 09/2019 data cut-off window (15th of the month before to the 14th of the last month).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "kebab-case")]
pub enum WindowKind {
    /// The cut-off window of Nghị định 09/2019/NĐ-CP, Điều 12 (the default: periodic reports
    /// use it).
    #[default]
    CutOff,
    /// The calendar span (1 January to 31 March for Q1).
    Calendar,
}

impl FromStr for WindowKind {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "cut-off" => Ok(WindowKind::CutOff),
            "calendar" => Ok(WindowKind::Calendar),
            other => Err(format!(
                "unknown window \"{other}\": expected \"cut-off\" or \"calendar\""
            )),
        }
    }
}

/// Why a period id could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid period \"{input}\": {reason} (expected an id such as 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-03 or 2023-01-01..2023-03-31)")]
pub struct PeriodError {
    /// The text as given.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Builds a date from parts that the caller has already checked. The fallback is unreachable
/// for the years [`PeriodId`] admits; it exists so no input can make the library panic.
fn ymd(year: i32, month: Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day.min(month.length(year))).unwrap_or(Date::MIN)
}

/// The last day of a month.
fn last_day(year: i32, month: Month) -> Date {
    ymd(year, month, month.length(year))
}

/// The month `count` months after (or before, when negative) `month` of `year`.
fn add_months(year: i32, month: Month, count: i32) -> (i32, Month) {
    let index = year * 12 + i32::from(u8::from(month)) - 1 + count;
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    (
        index.div_euclid(12),
        Month::try_from(month).unwrap_or(Month::January),
    )
}

fn month_from_number(number: u8) -> Option<Month> {
    Month::try_from(number).ok()
}

/// The quarter's Roman numeral, as Vietnamese documents write it ("quý I").
pub(crate) fn roman(number: u8) -> &'static str {
    match number {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => "?",
    }
}

impl PeriodId {
    /// The year.
    pub fn year(year: i32) -> Result<PeriodId, PeriodError> {
        check_year(year, &year.to_string())?;
        Ok(PeriodId(Repr::Year(year)))
    }

    /// A quarter, 1 to 4.
    pub fn quarter(year: i32, quarter: u8) -> Result<PeriodId, PeriodError> {
        let text = format!("{year}-Q{quarter}");
        check_year(year, &text)?;
        if !(1..=4).contains(&quarter) {
            return Err(error(&text, "the quarter must be Q1 to Q4"));
        }
        Ok(PeriodId(Repr::Quarter(year, quarter)))
    }

    /// A month.
    pub fn month(year: i32, month: Month) -> Result<PeriodId, PeriodError> {
        check_year(year, &format!("{year}-{:02}", u8::from(month)))?;
        Ok(PeriodId(Repr::Month(year, month)))
    }

    /// A half-year, 1 or 2.
    pub fn half(year: i32, half: u8) -> Result<PeriodId, PeriodError> {
        let text = format!("{year}-H{half}");
        check_year(year, &text)?;
        if !(1..=2).contains(&half) {
            return Err(error(&text, "the half-year must be H1 or H2"));
        }
        Ok(PeriodId(Repr::Half(year, half)))
    }

    /// The first nine months of a year.
    pub fn nine_months(year: i32) -> Result<PeriodId, PeriodError> {
        check_year(year, &format!("{year}-9M"))?;
        Ok(PeriodId(Repr::NineMonths(year)))
    }

    /// An explicit range of days, both included.
    pub fn range(start: Date, end: Date) -> Result<PeriodId, PeriodError> {
        let text = format!(
            "{}..{}",
            crate::model::iso_date::format(start),
            crate::model::iso_date::format(end)
        );
        check_year(start.year(), &text)?;
        check_year(end.year(), &text)?;
        if end < start {
            return Err(error(&text, "the range ends before it starts"));
        }
        if end.to_julian_day() - start.to_julian_day() >= MAX_RANGE_DAYS {
            return Err(error(&text, "a range may span at most ten years"));
        }
        Ok(PeriodId(Repr::Range(start, end)))
    }

    /// Reads an id (see the table on [`PeriodId`]).
    ///
    /// ```
    /// use kehoach::period::PeriodId;
    /// assert_eq!(PeriodId::parse("2024-q1")?.to_string(), "2024-Q1");
    /// let error = PeriodId::parse("2023-Q5").unwrap_err();
    /// assert!(error.to_string().contains("Q1 to Q4"));
    /// # Ok::<(), kehoach::period::PeriodError>(())
    /// ```
    pub fn parse(text: &str) -> Result<PeriodId, PeriodError> {
        if text.len() > MAX_PERIOD_ID_BYTES {
            return Err(error(
                &quote_cut(text, MAX_PERIOD_ID_BYTES),
                &format!("it is longer than the {MAX_PERIOD_ID_BYTES}-byte limit on a period id"),
            ));
        }
        let trimmed = text.trim();
        if let Some((start, end)) = trimmed.split_once("..") {
            let start = parse_day(start.trim(), text)?;
            let end = parse_day(end.trim(), text)?;
            return PeriodId::range(start, end);
        }
        let (year_text, rest) = match trimmed.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (trimmed, None),
        };
        let year = parse_year(year_text, text)?;
        let Some(rest) = rest else {
            return PeriodId::year(year).map_err(|e| retext(e, text));
        };
        let upper = rest.to_ascii_uppercase();
        let result = match upper.as_bytes() {
            [b'H', digit] => PeriodId::half(year, digit.wrapping_sub(b'0')),
            [b'Q', digit] => PeriodId::quarter(year, digit.wrapping_sub(b'0')),
            [b'9', b'M'] => PeriodId::nine_months(year),
            [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
                let number = (a - b'0') * 10 + (b - b'0');
                match month_from_number(number) {
                    Some(month) => PeriodId::month(year, month),
                    None => Err(error(text, "the month must be 01 to 12")),
                }
            }
            [_] if rest.chars().all(|c| c.is_ascii_digit()) => Err(error(
                text,
                "write the month with two digits (2023-03, not 2023-3)",
            )),
            _ if rest.contains('-') => Err(error(
                text,
                "a span of days is written as a range, 2023-01-01..2023-01-31",
            )),
            _ => Err(error(
                text,
                &format!("\"{rest}\" is not a period of the year"),
            )),
        };
        result.map_err(|e| retext(e, text))
    }

    /// What kind of period this is.
    pub fn kind(&self) -> PeriodKind {
        match self.0 {
            Repr::Year(_) => PeriodKind::Standard(PeriodType::Year),
            Repr::Half(..) => PeriodKind::Standard(PeriodType::HalfYear),
            Repr::NineMonths(_) => PeriodKind::Standard(PeriodType::NineMonths),
            Repr::Quarter(..) => PeriodKind::Standard(PeriodType::Quarter),
            Repr::Month(..) => PeriodKind::Standard(PeriodType::Month),
            Repr::Range(..) => PeriodKind::Range,
        }
    }

    /// The reporting year: the year named, or the year a range ends in.
    pub fn reporting_year(&self) -> i32 {
        match self.0 {
            Repr::Year(y) | Repr::Half(y, _) | Repr::NineMonths(y) | Repr::Quarter(y, _) => y,
            Repr::Month(y, _) => y,
            Repr::Range(_, end) => end.year(),
        }
    }

    /// The calendar span: 1 January to 31 March for `2023-Q1`.
    pub fn calendar_span(&self) -> Span {
        match self.0 {
            Repr::Year(y) => Span::new(ymd(y, Month::January, 1), ymd(y, Month::December, 31)),
            Repr::Half(y, 1) => Span::new(ymd(y, Month::January, 1), last_day(y, Month::June)),
            Repr::Half(y, _) => Span::new(ymd(y, Month::July, 1), ymd(y, Month::December, 31)),
            Repr::NineMonths(y) => {
                Span::new(ymd(y, Month::January, 1), last_day(y, Month::September))
            }
            Repr::Quarter(y, q) => {
                let first = month_from_number(q * 3 - 2).unwrap_or(Month::January);
                let last = month_from_number(q * 3).unwrap_or(Month::March);
                Span::new(ymd(y, first, 1), last_day(y, last))
            }
            Repr::Month(y, m) => Span::new(ymd(y, m, 1), last_day(y, m)),
            Repr::Range(start, end) => Span::new(start, end),
        }
    }

    /// The data cut-off window of Nghị định 09/2019/NĐ-CP: from the 15th of the month before
    /// the period's first month to the 14th of its last month (`../shared/domain/rules.md` §2).
    ///
    /// An explicit range is its own window: whoever typed the days chose them.
    pub fn cut_off_window(&self) -> Span {
        if let Repr::Range(start, end) = self.0 {
            return Span::new(start, end);
        }
        let calendar = self.calendar_span();
        let (year, month) = add_months(calendar.start.year(), calendar.start.month(), -1);
        Span::new(
            ymd(year, month, WINDOW_START_DAY),
            ymd(calendar.end.year(), calendar.end.month(), CUT_OFF_DAY),
        )
    }

    /// The window of the given kind.
    pub fn window(&self, kind: WindowKind) -> Span {
        match kind {
            WindowKind::CutOff => self.cut_off_window(),
            WindowKind::Calendar => self.calendar_span(),
        }
    }

    /// The standard periods of `period_type` in `year`, in order (twelve months, four quarters,
    /// two half-years, one nine-month period, one year).
    pub fn all_of_type(period_type: PeriodType, year: i32) -> Vec<PeriodId> {
        if !YEARS.contains(&year) {
            return Vec::new();
        }
        match period_type {
            PeriodType::Month => (1..=12u8)
                .filter_map(month_from_number)
                .map(|m| PeriodId(Repr::Month(year, m)))
                .collect(),
            PeriodType::Quarter => (1..=4).map(|q| PeriodId(Repr::Quarter(year, q))).collect(),
            PeriodType::HalfYear => (1..=2).map(|h| PeriodId(Repr::Half(year, h))).collect(),
            PeriodType::NineMonths => vec![PeriodId(Repr::NineMonths(year))],
            PeriodType::Year => vec![PeriodId(Repr::Year(year))],
        }
    }

    /// The periods of `period_type` whose window of `kind` shares a day with `span`, in
    /// order: the months of a quarter, the quarters of a year, or the one year around a month.
    ///
    /// Under the cut-off regime a month is its reporting month (15th to 14th), so the months of
    /// `2023-Q1` tile its window exactly.
    ///
    /// ```
    /// use kehoach::period::{PeriodId, WindowKind};
    /// use kehoach::PeriodType;
    /// let q1: PeriodId = "2023-Q1".parse()?;
    /// let months = PeriodId::covering(&q1.cut_off_window(), PeriodType::Month, WindowKind::CutOff);
    /// let ids: Vec<String> = months.iter().map(|m| m.to_string()).collect();
    /// assert_eq!(ids, ["2023-01", "2023-02", "2023-03"]);
    /// # Ok::<(), kehoach::period::PeriodError>(())
    /// ```
    pub fn covering(span: &Span, period_type: PeriodType, kind: WindowKind) -> Vec<PeriodId> {
        (span.start.year()..=span.end.year().saturating_add(1))
            .flat_map(|year| PeriodId::all_of_type(period_type, year))
            .filter(|period| period.window(kind).overlaps(span))
            .collect()
    }

    /// The CCHC report this period is, when it is one (`2023-Q1` is the Quý I report).
    pub fn report_kind(&self) -> Option<crate::ReportKind> {
        use crate::ReportKind;
        match self.0 {
            Repr::Year(_) => Some(ReportKind::Year),
            Repr::Half(_, 1) => Some(ReportKind::HalfYear),
            Repr::NineMonths(_) => Some(ReportKind::NineMonths),
            Repr::Quarter(_, 1) => Some(ReportKind::Quarter1),
            Repr::Quarter(_, 2) => Some(ReportKind::Quarter2),
            Repr::Quarter(_, 3) => Some(ReportKind::Quarter3),
            Repr::Quarter(_, _) => Some(ReportKind::Quarter4),
            Repr::Month(..) => Some(ReportKind::Month),
            Repr::Half(..) | Repr::Range(..) => None,
        }
    }

    /// The period a report of `kind` for `year` covers (`Month` has no single period: `None`).
    pub fn of_report(kind: crate::ReportKind, year: i32) -> Option<PeriodId> {
        use crate::ReportKind;
        if !YEARS.contains(&year) {
            return None;
        }
        Some(PeriodId(match kind {
            ReportKind::Month => return None,
            ReportKind::Quarter1 => Repr::Quarter(year, 1),
            ReportKind::Quarter2 => Repr::Quarter(year, 2),
            ReportKind::HalfYear => Repr::Half(year, 1),
            ReportKind::Quarter3 => Repr::Quarter(year, 3),
            ReportKind::NineMonths => Repr::NineMonths(year),
            ReportKind::Quarter4 => Repr::Quarter(year, 4),
            ReportKind::Year => Repr::Year(year),
        }))
    }

    /// The month after this period's last calendar month, as a month period (for monthly
    /// report schedules).
    pub(crate) fn following_month(&self) -> Option<PeriodId> {
        let end = self.calendar_span().end;
        let (year, month) = add_months(end.year(), end.month(), 1);
        PeriodId::month(year, month).ok()
    }
}

/// Reads a day written `YYYY-MM-DD` (an "as of" day on a command line, say).
///
/// ```
/// assert!(kehoach::period::parse_date("2023-03-14").is_ok());
/// assert!(kehoach::period::parse_date("2023-02-29").unwrap_err().contains("2023-02-29"));
/// ```
pub fn parse_date(text: &str) -> Result<Date, String> {
    crate::model::iso_date::parse(text.trim())
}

/// The span of a plan year under a window kind: the calendar year, or its cut-off year
/// (15 December of the year before to 14 December).
pub fn plan_span(year: i32, kind: WindowKind) -> Span {
    match PeriodId::year(year) {
        Ok(period) => period.window(kind),
        Err(_) => Span::new(Date::MIN, Date::MIN),
    }
}

fn error(input: &str, reason: &str) -> PeriodError {
    PeriodError {
        input: input.to_string(),
        reason: reason.to_string(),
    }
}

fn retext(mut error: PeriodError, input: &str) -> PeriodError {
    error.input = input.to_string();
    error
}

fn check_year(year: i32, input: &str) -> Result<(), PeriodError> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(error(
            input,
            &format!("the year must be from {} to {}", YEARS.start(), YEARS.end()),
        ))
    }
}

fn parse_year(text: &str, input: &str) -> Result<i32, PeriodError> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(input, "it must start with a four-digit year"));
    }
    text.parse()
        .map_err(|_| error(input, "it must start with a four-digit year"))
}

fn parse_day(text: &str, input: &str) -> Result<Date, PeriodError> {
    crate::model::iso_date::parse(text).map_err(|message| error(input, &message))
}

impl fmt::Display for PeriodId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Year(y) => write!(f, "{y}"),
            Repr::Half(y, h) => write!(f, "{y}-H{h}"),
            Repr::NineMonths(y) => write!(f, "{y}-9M"),
            Repr::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Repr::Month(y, m) => write!(f, "{y}-{:02}", u8::from(m)),
            Repr::Range(start, end) => write!(
                f,
                "{}..{}",
                crate::model::iso_date::format(start),
                crate::model::iso_date::format(end)
            ),
        }
    }
}

impl FromStr for PeriodId {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PeriodId::parse(text)
    }
}

/// The id as a string, as `Display` writes it.
impl ToJson for PeriodId {
    fn write_json(&self, out: &mut JsonWriter) {
        self.to_string().write_json(out);
    }
}

/// The id as a string, parsed as [`PeriodId::parse`] parses it (a saved evaluation).
impl FromJson for PeriodId {
    fn from_json(value: serde_json::Value) -> Result<Self, JsonError> {
        let text = String::from_json(value)?;
        PeriodId::parse(&text).map_err(|_| JsonError::new(LoadErrorKind::InvalidPeriod { text }))
    }
}

impl Serialize for PeriodId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PeriodId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        PeriodId::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PeriodId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PeriodId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A period id: 2023, 2023-H1, 2023-H2, 2023-9M, 2023-Q1..2023-Q4, 2023-03, or 2023-01-01..2023-03-31",
            "pattern": "^(\\d{4}(-([HhQq]\\d|9[Mm]|\\d{2}))?|\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2})$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn span(id: &str, kind: WindowKind) -> (Date, Date) {
        let span = PeriodId::parse(id).map(|p| p.window(kind));
        let span = span.unwrap_or(Span::new(Date::MIN, Date::MIN));
        (span.start, span.end)
    }

    #[test]
    fn cut_off_windows_follow_nghi_dinh_09() {
        use WindowKind::CutOff;
        assert_eq!(
            span("2023-03", CutOff),
            (date!(2023 - 02 - 15), date!(2023 - 03 - 14))
        );
        assert_eq!(
            span("2023-01", CutOff),
            (date!(2022 - 12 - 15), date!(2023 - 01 - 14))
        );
        assert_eq!(
            span("2023-Q1", CutOff),
            (date!(2022 - 12 - 15), date!(2023 - 03 - 14))
        );
        assert_eq!(
            span("2023-Q3", CutOff),
            (date!(2023 - 06 - 15), date!(2023 - 09 - 14))
        );
        assert_eq!(
            span("2023-H1", CutOff),
            (date!(2022 - 12 - 15), date!(2023 - 06 - 14))
        );
        assert_eq!(
            span("2023-9M", CutOff),
            (date!(2022 - 12 - 15), date!(2023 - 09 - 14))
        );
        assert_eq!(
            span("2023", CutOff),
            (date!(2022 - 12 - 15), date!(2023 - 12 - 14))
        );
        assert_eq!(
            span("2023-02-10..2023-02-20", CutOff),
            (date!(2023 - 02 - 10), date!(2023 - 02 - 20))
        );
    }

    #[test]
    fn calendar_spans_know_month_lengths_and_leap_years() {
        use WindowKind::Calendar;
        assert_eq!(
            span("2024-02", Calendar),
            (date!(2024 - 02 - 01), date!(2024 - 02 - 29))
        );
        assert_eq!(
            span("2023-02", Calendar),
            (date!(2023 - 02 - 01), date!(2023 - 02 - 28))
        );
        assert_eq!(
            span("2023-Q2", Calendar),
            (date!(2023 - 04 - 01), date!(2023 - 06 - 30))
        );
        assert_eq!(
            span("2023-H2", Calendar),
            (date!(2023 - 07 - 01), date!(2023 - 12 - 31))
        );
        assert_eq!(
            span("2023-9M", Calendar),
            (date!(2023 - 01 - 01), date!(2023 - 09 - 30))
        );
    }

    #[test]
    fn ids_round_trip_and_errors_say_what_is_wrong() {
        for id in [
            "2023",
            "2023-H1",
            "2023-H2",
            "2023-9M",
            "2023-Q4",
            "2023-12",
            "2023-01-01..2023-03-31",
        ] {
            assert_eq!(
                PeriodId::parse(id).map(|p| p.to_string()),
                Ok(id.to_string())
            );
        }
        let reason = |id: &str| PeriodId::parse(id).err().map(|e| e.reason);
        assert_eq!(reason("2023-13"), Some("the month must be 01 to 12".into()));
        assert_eq!(
            reason("2023-Q0"),
            Some("the quarter must be Q1 to Q4".into())
        );
        assert_eq!(
            reason("2023-H3"),
            Some("the half-year must be H1 or H2".into())
        );
        assert!(reason("2023-3").is_some_and(|r| r.contains("two digits")));
        assert!(reason("23").is_some_and(|r| r.contains("four-digit year")));
        assert!(reason("2023-03-31..2023-01-01").is_some_and(|r| r.contains("ends before")));
        assert!(reason("2023-02-30..2023-03-01").is_some_and(|r| r.contains("real calendar")));
        assert!(reason("2023-01-01..2043-01-01").is_some_and(|r| r.contains("ten years")));
        assert!(reason("0999").is_some_and(|r| r.contains("year must be")));
        assert!(reason("").is_some());
        assert!(reason("2023-Qx").is_some());
    }

    #[test]
    fn months_of_a_cut_off_quarter_tile_its_window() {
        for id in ["2023-Q1", "2023-Q2", "2023", "2023-H1", "2024-9M"] {
            let Ok(period) = PeriodId::parse(id) else {
                panic!("{id} parses");
            };
            let window = period.cut_off_window();
            let months = PeriodId::covering(&window, PeriodType::Month, WindowKind::CutOff);
            let first = months.first().map(|m| m.cut_off_window().start);
            let last = months.last().map(|m| m.cut_off_window().end);
            assert_eq!(
                (first, last),
                (Some(window.start), Some(window.end)),
                "{id}"
            );
            for pair in months.windows(2) {
                let [a, b] = pair else { continue };
                assert_eq!(
                    a.cut_off_window().end.next_day(),
                    Some(b.cut_off_window().start)
                );
            }
        }
    }

    #[test]
    fn a_year_quota_in_a_quarter_is_the_one_year() {
        let q1 = PeriodId::parse("2023-Q1").ok();
        let years = q1
            .map(|q| PeriodId::covering(&q.cut_off_window(), PeriodType::Year, WindowKind::CutOff))
            .unwrap_or_default();
        assert_eq!(
            years.iter().map(|y| y.to_string()).collect::<Vec<_>>(),
            ["2023"]
        );
    }
}

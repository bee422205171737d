//! How periods and spans read in Vietnamese and English: "quý I năm 2023", "Q1 2023".

use time::{Date, Month};

use super::{roman, PeriodId, Repr, Span};
use crate::{vietnamese, Lang};

impl PeriodId {
    /// The period in running text: "quý I năm 2023", "6 tháng đầu năm 2023",
    /// "first half of 2023".
    ///
    /// ```
    /// use kehoach::{period::PeriodId, Lang};
    /// let q1: PeriodId = "2023-Q1".parse()?;
    /// assert_eq!(q1.label(Lang::Vi), "quý I năm 2023");
    /// assert_eq!(q1.label(Lang::En), "Q1 2023");
    /// # Ok::<(), kehoach::period::PeriodError>(())
    /// ```
    pub fn label(&self, lang: Lang) -> String {
        match (lang, self.0) {
            (Lang::Vi, Repr::Year(y)) => format!("năm {y}"),
            (Lang::Vi, Repr::Half(y, 1)) => format!("6 tháng đầu năm {y}"),
            (Lang::Vi, Repr::Half(y, _)) => format!("6 tháng cuối năm {y}"),
            (Lang::Vi, Repr::NineMonths(y)) => format!("9 tháng đầu năm {y}"),
            (Lang::Vi, Repr::Quarter(y, q)) => format!("quý {} năm {y}", roman(q)),
            (Lang::Vi, Repr::Month(y, m)) => format!("tháng {} năm {y}", u8::from(m)),
            (Lang::Vi, Repr::Range(a, b)) => format!(
                "từ ngày {} đến ngày {}",
                vietnamese::short_date(a),
                vietnamese::short_date(b)
            ),
            (Lang::En, Repr::Year(y)) => format!("{y}"),
            (Lang::En, Repr::Half(y, h)) => format!("H{h} {y}"),
            (Lang::En, Repr::NineMonths(y)) => format!("January–September {y}"),
            (Lang::En, Repr::Quarter(y, q)) => format!("Q{q} {y}"),
            (Lang::En, Repr::Month(y, m)) => format!("{} {y}", english_month(m)),
            (Lang::En, Repr::Range(a, b)) => {
                format!("{} to {}", english_date(a), english_date(b))
            }
        }
    }

    /// The period in a table cell: "Tháng 1/2023", "Quý I/2023", "Jan 2023".
    pub fn short_label(&self, lang: Lang) -> String {
        match (lang, self.0) {
            (Lang::Vi, Repr::Year(y)) => format!("Năm {y}"),
            (Lang::Vi, Repr::Half(y, 1)) => format!("6 tháng đầu năm {y}"),
            (Lang::Vi, Repr::Half(y, _)) => format!("6 tháng cuối năm {y}"),
            (Lang::Vi, Repr::NineMonths(y)) => format!("9 tháng năm {y}"),
            (Lang::Vi, Repr::Quarter(y, q)) => format!("Quý {}/{y}", roman(q)),
            (Lang::Vi, Repr::Month(y, m)) => format!("Tháng {}/{y}", u8::from(m)),
            (Lang::En, Repr::Month(y, m)) => {
                let name = english_month(m);
                format!("{} {y}", name.get(..3).unwrap_or(name))
            }
            (_, _) => self.label(lang),
        }
    }
}

/// A span in running text: "từ ngày 15/12/2022 đến ngày 14/03/2023",
/// "from 15 December 2022 to 14 March 2023".
pub(crate) fn span_text(span: &Span, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "từ ngày {} đến ngày {}",
            vietnamese::short_date(span.start),
            vietnamese::short_date(span.end)
        ),
        Lang::En => format!(
            "from {} to {}",
            english_date(span.start),
            english_date(span.end)
        ),
    }
}

/// A span in a table cell: "15/12/2022 – 14/01/2023", "15 Dec 2022 – 14 Jan 2023".
pub(crate) fn span_short(span: &Span, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{} – {}",
            vietnamese::short_date(span.start),
            vietnamese::short_date(span.end)
        ),
        Lang::En => format!(
            "{} – {}",
            english_short_date(span.start),
            english_short_date(span.end)
        ),
    }
}

/// "14 March 2023".
pub(crate) fn english_date(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        english_month(date.month()),
        date.year()
    )
}

/// "14 Mar 2023".
fn english_short_date(date: Date) -> String {
    let name = english_month(date.month());
    format!(
        "{} {} {}",
        date.day(),
        name.get(..3).unwrap_or(name),
        date.year()
    )
}

/// The English name of a month.
fn english_month(month: Month) -> &'static str {
    match month {
        Month::January => "January",
        Month::February => "February",
        Month::March => "March",
        Month::April => "April",
        Month::May => "May",
        Month::June => "June",
        Month::July => "July",
        Month::August => "August",
        Month::September => "September",
        Month::October => "October",
        Month::November => "November",
        Month::December => "December",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(id: &str) -> (String, String, String) {
        let period = PeriodId::parse(id).ok();
        let get = |f: &dyn Fn(&PeriodId) -> String| period.as_ref().map(f).unwrap_or_default();
        (
            get(&|p| p.label(Lang::Vi)),
            get(&|p| p.short_label(Lang::Vi)),
            get(&|p| p.label(Lang::En)),
        )
    }

    #[test]
    fn every_kind_reads_naturally() {
        assert_eq!(
            labels("2023-H1"),
            (
                "6 tháng đầu năm 2023".into(),
                "6 tháng đầu năm 2023".into(),
                "H1 2023".into()
            )
        );
        assert_eq!(
            labels("2023-03"),
            (
                "tháng 3 năm 2023".into(),
                "Tháng 3/2023".into(),
                "March 2023".into()
            )
        );
        assert_eq!(
            labels("2023-Q3"),
            (
                "quý III năm 2023".into(),
                "Quý III/2023".into(),
                "Q3 2023".into()
            )
        );
        assert_eq!(
            labels("2023-02-01..2023-02-28").0,
            "từ ngày 01/02/2023 đến ngày 28/02/2023"
        );
    }
}

//! The report's vocabulary in Vietnamese and English: numbers, counts of each form kind,
//! quantities and verdicts. Kept apart so the two languages are read side by side.

use time::Date;

use crate::activity::Quantities;
use crate::evaluate::{QuotaRow, QuotaStatus, TaskStatus};
use crate::period::english_date;
use crate::text::fold::{lower_char, upper_char};
use crate::{vietnamese, FormKind, Lang, PeriodType, Timing, TimingKind};

/// The Vietnamese or the English text.
pub(crate) fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A number: "1.234" in Vietnamese, "1,234" in English.
pub(crate) fn number(lang: Lang, value: u32) -> String {
    match lang {
        Lang::Vi => vietnamese::number(i64::from(value)),
        Lang::En => {
            let digits = value.to_string();
            let mut out = String::with_capacity(digits.len() + digits.len() / 3);
            for (index, digit) in digits.chars().enumerate() {
                if index > 0 && (digits.len() - index) % 3 == 0 {
                    out.push(',');
                }
                out.push(digit);
            }
            out
        }
    }
}

/// A count as documents write it: "04" from one to nine in Vietnamese, plain in English and
/// for zero.
pub(crate) fn count(lang: Lang, value: u32) -> String {
    match lang {
        Lang::Vi if (1..10).contains(&value) => vietnamese::padded_count(value),
        _ => number(lang, value),
    }
}

/// The long date: "ngày 14 tháng 3 năm 2023", "14 March 2023".
pub(crate) fn long_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Vi => vietnamese::long_date(date),
        Lang::En => english_date(date),
    }
}

/// The short date: "14/03/2023", "14 March 2023".
pub(crate) fn short_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Vi => vietnamese::short_date(date),
        Lang::En => english_date(date),
    }
}

/// What one activity of a form kind is called after a number: "04 tin, bài", "3 meetings".
pub(crate) fn counted(lang: Lang, kind: FormKind, value: u32) -> String {
    let (vi, one, many) = match kind {
        FormKind::Meeting => ("cuộc", "meeting", "meetings"),
        FormKind::WebsiteArticle => ("tin, bài", "article", "articles"),
        FormKind::EBulletin => ("số", "issue", "issues"),
        FormKind::PrintMaterial => ("đợt", "print run", "print runs"),
        FormKind::SocialMediaClip => ("clip", "clip", "clips"),
        FormKind::ProcedurePosting => ("đợt", "posting", "postings"),
        FormKind::SatisfactionSurvey => ("cuộc", "survey", "surveys"),
        FormKind::Contest => ("cuộc", "contest", "contests"),
        FormKind::MobileFilmScreening => ("buổi", "screening", "screenings"),
        FormKind::MassOrganisation | FormKind::Other => ("hoạt động", "activity", "activities"),
    };
    let word = match lang {
        Lang::Vi => vi,
        Lang::En if value == 1 => one,
        Lang::En => many,
    };
    format!("{} {word}", count(lang, value))
}

/// Activities in general: "20 hoạt động", "20 activities".
pub(crate) fn activities(lang: Lang, value: u32) -> String {
    counted(lang, FormKind::Other, value)
}

/// The quantities reported, joined: "85 lượt người, 04 giờ". Counts are written as every
/// count of the report is ([`count`]: "01"…"09" in Vietnamese), so a body never mixes "4 giờ"
/// with "04 tin, bài".
pub(crate) fn quantities(lang: Lang, quantities: &Quantities) -> String {
    quantities
        .entries()
        .into_iter()
        .map(|(key, value)| format!("{} {}", count(lang, value), key.unit_word(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The verdict on a quota row, as a table cell.
pub(crate) fn verdict(lang: Lang, row: &QuotaRow, max: Option<u32>) -> String {
    let short = count(lang, row.shortfall);
    match (row.status, lang) {
        (QuotaStatus::Met, Lang::Vi) => "Đạt".into(),
        (QuotaStatus::Met, Lang::En) => "Met".into(),
        (QuotaStatus::Short, Lang::Vi) => format!("Chưa đạt (thiếu {short})"),
        (QuotaStatus::Short, Lang::En) => format!("Short by {short}"),
        (QuotaStatus::NotOver, Lang::Vi) => match row.counted {
            Some(counted) => format!("Chưa hết kỳ (tính đến {})", short_date(lang, counted.end)),
            None => "Chưa hết kỳ (chưa bắt đầu)".into(),
        },
        (QuotaStatus::NotOver, Lang::En) => match row.counted {
            Some(counted) => format!("Not over (counted to {})", short_date(lang, counted.end)),
            None => "Not over (not begun)".into(),
        },
        (QuotaStatus::Exceeded, Lang::Vi) => format!(
            "Vượt mức tối đa ({})",
            max.map_or_else(String::new, |m| count(lang, m))
        ),
        (QuotaStatus::Exceeded, Lang::En) => format!(
            "Above the maximum ({})",
            max.map_or_else(String::new, |m| count(lang, m))
        ),
        (QuotaStatus::OutsidePlan, Lang::Vi) => "Ngoài thời gian của Kế hoạch".into(),
        (QuotaStatus::OutsidePlan, Lang::En) => "Outside the plan's time".into(),
        (QuotaStatus::NotMeasurable, Lang::Vi) => {
            "Không xác định được (Kế hoạch chưa nêu số người)".into()
        }
        (QuotaStatus::NotMeasurable, Lang::En) => {
            "Not measurable (the plan gives no population)".into()
        }
    }
}

/// Where a task (or a timed form) stands, as the status cell of the task table says it.
/// `in_window` counts its activities in the report's window (what "trong kỳ" means for an
/// ongoing task); a task overdue by the period's end but not yet by the as-of day (due 31/03,
/// figures to 14/03) is "not carried out", not called late before its day (its day is in the
/// table's "Thời gian" beside it).
pub(crate) fn task_status(
    lang: Lang,
    status: TaskStatus,
    timing: Option<&Timing>,
    in_window: u32,
    as_of: Date,
) -> String {
    let due = timing.and_then(|timing| timing.due);
    match (status, lang) {
        (TaskStatus::Done, Lang::Vi) => "Đã hoàn thành".into(),
        (TaskStatus::Done, Lang::En) => "Done".into(),
        // Due in the period but after the figures' last day: a shortfall of the period, not
        // yet late on the day the report speaks of, so the cell says both.
        (TaskStatus::Overdue, _) if due.is_some_and(|due| due > as_of) => {
            let due = due.map_or_else(String::new, |due| short_date(lang, due));
            match lang {
                Lang::Vi => format!("Đến hạn trong kỳ ({due}), chưa thực hiện"),
                Lang::En => format!("Due in the period ({due}), not carried out"),
            }
        }
        (TaskStatus::Overdue, _) => {
            pick(lang, "Quá hạn, chưa thực hiện", "Overdue, not carried out").into()
        }
        (TaskStatus::NotDue, _) => pick(lang, "Chưa đến hạn", "Not yet due").into(),
        (TaskStatus::Ongoing, _) => {
            let how = ongoing_name(lang, timing);
            match (lang, in_window) {
                (Lang::Vi, 0) => format!("{how}: chưa có hoạt động trong kỳ"),
                (Lang::Vi, n) => format!("{how}: đã thực hiện {} trong kỳ", activities(lang, n)),
                (Lang::En, 0) => format!("{how}: no activity in the period"),
                (Lang::En, n) => format!("{how}: {} in the period", activities(lang, n)),
            }
        }
        (TaskStatus::NoDate, _) => pick(lang, "Không xác định thời hạn", "No set deadline").into(),
    }
}

/// How an ongoing task recurs, as the status cell opens: "Thường xuyên", "Hằng tháng".
fn ongoing_name(lang: Lang, timing: Option<&Timing>) -> String {
    let kind = timing.map(|timing| timing.kind);
    let every = timing.and_then(|timing| timing.every);
    match (lang, kind, every) {
        (Lang::Vi, Some(TimingKind::Recurring), Some(PeriodType::HalfYear)) => {
            "Định kỳ 6 tháng".into()
        }
        (Lang::Vi, Some(TimingKind::Recurring), Some(PeriodType::NineMonths)) => {
            "Định kỳ 9 tháng".into()
        }
        (Lang::Vi, Some(TimingKind::Recurring), Some(period)) => upper_first(period.vietnamese()),
        (Lang::Vi, Some(TimingKind::Recurring), None) => "Định kỳ".into(),
        (Lang::Vi, Some(TimingKind::Year), _) => "Trong năm".into(),
        (Lang::Vi, _, _) => "Thường xuyên".into(),
        (Lang::En, Some(TimingKind::Recurring), Some(period)) => upper_first(period.english()),
        (Lang::En, Some(TimingKind::Recurring), None) => "Periodic".into(),
        (Lang::En, Some(TimingKind::Year), _) => "Through the year".into(),
        (Lang::En, _, _) => "Ongoing".into(),
    }
}

/// Upper-cases a body's name for the header, abbreviating "Ủy ban nhân dân" to "UBND" as
/// Nghị định 30/2020 allows for the parent body.
pub(crate) fn header_name(name: &str, abbreviation: Option<&str>) -> String {
    let upper = crate::text::fold::upper(name);
    for long in ["ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "] {
        if let (Some(rest), Some("UBND")) = (upper.strip_prefix(long), abbreviation) {
            return format!("UBND {rest}");
        }
    }
    upper
}

/// The text with its first letter in lower case ("Tuyên truyền …" → "tuyên truyền …").
pub(crate) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(lower_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in upper case.
pub(crate) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// Quốc hiệu, as the header prints it.
pub(crate) fn national_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        Lang::En => "SOCIALIST REPUBLIC OF VIET NAM",
    }
}

/// Tiêu ngữ, as the header prints it.
pub(crate) fn motto(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Độc lập - Tự do - Hạnh phúc",
        Lang::En => "Independence - Freedom - Happiness",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of the Vietnamese alphabet with every tone, in both cases, NFC.
    const LOWER: &str = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz";

    #[test]
    fn vietnamese_letters_change_case_as_unicode_says() {
        for c in LOWER.chars() {
            let expected: Vec<char> = c.to_uppercase().collect();
            assert_eq!(vec![upper_char(c)], expected, "{c}");
            assert_eq!(lower_char(upper_char(c)), c, "{c}");
        }
        assert_eq!(
            header_name("Sở Văn hóa, Thể thao và Du lịch", None),
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
        );
        assert_eq!(
            header_name("Ủy ban nhân dân tỉnh Lạng Sơn", Some("UBND")),
            "UBND TỈNH LẠNG SƠN"
        );
        assert_eq!(upper_char('Ω'), 'Ω');
        assert_eq!(lower_first("Đối với"), "đối với");
    }

    fn timing(kind: TimingKind, due: Option<Date>, every: Option<PeriodType>) -> Timing {
        Timing {
            text: String::new(),
            kind,
            from: None,
            due,
            every,
        }
    }

    fn day(text: &str) -> Date {
        crate::model::iso_date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn task_statuses_are_worded_as_an_official_writes_them() {
        let as_of = day("2023-03-14");
        let by_date = |due| timing(TimingKind::ByDate, Some(day(due)), None);
        let vi =
            |status, timing: Option<&Timing>, n| task_status(Lang::Vi, status, timing, n, as_of);
        assert_eq!(vi(TaskStatus::Done, None, 0), "Đã hoàn thành");
        assert_eq!(
            vi(TaskStatus::Overdue, Some(&by_date("2023-02-15")), 0),
            "Quá hạn, chưa thực hiện"
        );
        // Due in the quarter but after the figures' last day: not yet late on that day.
        assert_eq!(
            vi(TaskStatus::Overdue, Some(&by_date("2023-03-31")), 0),
            "Đến hạn trong kỳ (31/03/2023), chưa thực hiện"
        );
        assert_eq!(vi(TaskStatus::NotDue, None, 0), "Chưa đến hạn");
        let continuous = timing(TimingKind::Continuous, None, None);
        assert_eq!(
            vi(TaskStatus::Ongoing, Some(&continuous), 3),
            "Thường xuyên: đã thực hiện 03 hoạt động trong kỳ"
        );
        assert_eq!(
            vi(TaskStatus::Ongoing, Some(&continuous), 0),
            "Thường xuyên: chưa có hoạt động trong kỳ"
        );
        let monthly = timing(TimingKind::Recurring, None, Some(PeriodType::Month));
        assert_eq!(
            vi(TaskStatus::Ongoing, Some(&monthly), 12),
            "Hằng tháng: đã thực hiện 12 hoạt động trong kỳ"
        );
        let half = timing(TimingKind::Recurring, None, Some(PeriodType::HalfYear));
        assert_eq!(
            vi(TaskStatus::Ongoing, Some(&half), 1),
            "Định kỳ 6 tháng: đã thực hiện 01 hoạt động trong kỳ"
        );
        assert_eq!(vi(TaskStatus::NoDate, None, 0), "Không xác định thời hạn");
        let en =
            |status, timing: Option<&Timing>, n| task_status(Lang::En, status, timing, n, as_of);
        assert_eq!(
            en(TaskStatus::Ongoing, Some(&monthly), 1),
            "Every month: 1 activity in the period"
        );
        assert_eq!(
            en(TaskStatus::Overdue, Some(&by_date("2023-01-31")), 0),
            "Overdue, not carried out"
        );
        assert_eq!(en(TaskStatus::NoDate, None, 0), "No set deadline");
    }
}

//! The report's vocabulary in Vietnamese and English: numbers, counts of each form kind,
//! quantities and verdicts. Kept apart so the two languages are read side by side.

use time::Date;

use crate::activity::Quantities;
use crate::evaluate::{QuotaRow, QuotaStatus};
use crate::period::english_date;
use crate::{vietnamese, FormKind, Lang};

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

/// The quantities reported, joined: "85 lượt người, 4 giờ".
pub(crate) fn quantities(lang: Lang, quantities: &Quantities) -> String {
    quantities
        .entries()
        .into_iter()
        .map(|(key, value)| format!("{} {}", number(lang, value), key.unit_word(lang)))
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
        (QuotaStatus::NotOver, Lang::Vi) => format!("Chưa hết kỳ (còn thiếu {short})"),
        (QuotaStatus::NotOver, Lang::En) => format!("Not over yet ({short} to go)"),
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

/// The upper case of a Latin or Vietnamese letter; other characters are returned unchanged.
///
/// Vietnamese letters sit in four Unicode blocks with regular case pairs, so a few ranges
/// cover them; this keeps the full Unicode case tables (some 20 KB) out of the WebAssembly
/// module.
pub(crate) fn upper(c: char) -> char {
    let code = u32::from(c);
    let mapped = match code {
        0x61..=0x7A => code - 0x20,
        0xE0..=0xFE if code != 0xF7 => code - 0x20,
        0x0100..=0x012F | 0x0150..=0x0177 | 0x1EA0..=0x1EF9 if code % 2 == 1 => code - 1,
        0x01A1 | 0x01B0 => code - 1,
        _ => code,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The lower case of a Latin or Vietnamese letter (see [`upper`]).
pub(crate) fn lower(c: char) -> char {
    let code = u32::from(c);
    let mapped = match code {
        0x41..=0x5A => code + 0x20,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0x0100..=0x012F | 0x0150..=0x0177 | 0x1EA0..=0x1EF9 if code % 2 == 0 => code + 1,
        0x01A0 | 0x01AF => code + 1,
        _ => code,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Upper-cases a body's name for the header, abbreviating "Ủy ban nhân dân" to "UBND" as
/// Nghị định 30/2020 allows for the parent body.
pub(crate) fn header_name(name: &str, abbreviation: Option<&str>) -> String {
    let upper: String = name.chars().map(upper).collect();
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
        Some(first) => std::iter::once(lower(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in upper case.
pub(crate) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper(first)).chain(chars).collect(),
        None => String::new(),
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
            assert_eq!(vec![upper(c)], expected, "{c}");
            assert_eq!(lower(upper(c)), c, "{c}");
        }
        assert_eq!(
            header_name("Sở Văn hóa, Thể thao và Du lịch", None),
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
        );
        assert_eq!(
            header_name("Ủy ban nhân dân tỉnh Lạng Sơn", Some("UBND")),
            "UBND TỈNH LẠNG SƠN"
        );
        assert_eq!(upper('Ω'), 'Ω');
        assert_eq!(lower_first("Đối với"), "đối với");
    }
}

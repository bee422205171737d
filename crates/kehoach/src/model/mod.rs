//! The plan as data: the administrative document, its legal bases, its content, forms, quotas,
//! units, budget duty and reporting rule.
//!
//! Every type here has one JSON representation (camelCase keys, kebab-case enum strings,
//! dates as `YYYY-MM-DD`), and unknown keys are rejected. Use [`Plan::from_json_str`] to load a
//! plan and [`Plan::to_json_string`] to save one.

use kehoach_json_derive::{FromJson, ToJson};
mod document;
pub(crate) mod iso_date;
pub(crate) mod load;
mod plan;
pub(crate) mod save;
mod task;

pub use document::{
    Archive, Body, Document, DocumentKind, DocumentNumber, IssueDate, LegalBasis, ParsedNumber,
    Recipient, Signature, SigningAuthority,
};
pub use load::{Expected, Found, LoadError, LoadErrorKind};
pub use plan::{
    Audience, Budget, Channel, Form, FormKind, Implementation, Measure, Plan, Quota, QuotaPeriods,
    QuotaScope, ReportKind, ReportingRule, Responsibility, Unit,
};
pub use save::ToJson;
pub use task::{Task, Timing, TimingKind};

/// The version of the JSON contract written in every document's `schemaVersion`.
///
/// Version 2 added the task table (`tasks`, `tasksHeading`), timings of forms and an activity's
/// `task`. Documents of version 1 load unchanged: everything version 2 added is optional (see
/// `docs/migration.md`).
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest `schemaVersion` this kehoach reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// Whether a document written with this `schemaVersion` loads.
pub fn reads_schema_version(version: u64) -> bool {
    (u64::from(OLDEST_SCHEMA_VERSION)..=u64::from(SCHEMA_VERSION)).contains(&version)
}

/// The kinds of period a quota can be counted over, and a report can cover.
///
/// A quota counted `monthly` is checked in each calendar month of the evaluated period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum PeriodType {
    /// A calendar month ("hằng tháng").
    Month,
    /// A calendar quarter ("hằng quý").
    Quarter,
    /// The first six months of the year ("6 tháng").
    HalfYear,
    /// The first nine months of the year ("9 tháng").
    NineMonths,
    /// The whole year ("hằng năm").
    Year,
}

impl PeriodType {
    /// All period types, shortest first.
    pub const ALL: [PeriodType; 5] = [
        PeriodType::Month,
        PeriodType::Quarter,
        PeriodType::HalfYear,
        PeriodType::NineMonths,
        PeriodType::Year,
    ];

    /// The Vietnamese adverb used in plans ("hằng tháng").
    pub fn vietnamese(self) -> &'static str {
        match self {
            PeriodType::Month => "hằng tháng",
            PeriodType::Quarter => "hằng quý",
            PeriodType::HalfYear => "6 tháng",
            PeriodType::NineMonths => "9 tháng",
            PeriodType::Year => "hằng năm",
        }
    }

    /// The English adverb ("every month").
    pub fn english(self) -> &'static str {
        match self {
            PeriodType::Month => "every month",
            PeriodType::Quarter => "every quarter",
            PeriodType::HalfYear => "every half-year",
            PeriodType::NineMonths => "every nine months",
            PeriodType::Year => "every year",
        }
    }
}

/// Whether `text` is surely NFC by a check far cheaper than the Unicode tables: every
/// character is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B: đ, ơ, ư, ă, â, ê, ô)
/// or in Latin Extended Additional (U+1E00–U+1EFF: ạ, ả, ấ, ầ, ế, ộ, ữ …), whose characters
/// all have canonical combining class 0 and NFC_Quick_Check=Yes (a test checks each one), so
/// no sequence of them can change under NFC. Vietnamese typed in NFC, as almost all of it is,
/// passes; anything else goes to the full check. Millions of log records are normalised on
/// load, and in the npm package the full check is a call into JavaScript.
fn surely_nfc(text: &str) -> bool {
    // Read as UTF-8 bytes, which is quicker than decoding characters: U+0000–U+02FF is one
    // byte or two with a lead byte up to 0xCB, U+1E00–U+1EFF three bytes from E1 B8 80 to
    // E1 BB BF.
    if text.is_ascii() {
        return true;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        at += match byte {
            0x00..=0x7F => 1,
            0xC2..=0xCB => 2,
            0xE1 if matches!(bytes.get(at + 1), Some(0xB8..=0xBB)) => 3,
            _ => return false,
        };
    }
    true
}

/// Normalises text to Unicode NFC, borrowing when it already is (the common case).
#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if surely_nfc(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// Normalises text to Unicode NFC, borrowing when it already is (the common case).
///
/// In the npm package the JavaScript engine's `String.prototype.normalize` does the work: the
/// same Unicode algorithm, without unicode-normalization's tables in the module.
#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    if surely_nfc(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let normal: String = js_sys::JsString::from(text).normalize("NFC").into();
    if normal == text {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(normal)
    }
}

/// Decomposes text to Unicode NFD (base letters followed by their marks), for stripping
/// diacritics and changing the case of a base letter.
#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
pub fn nfd(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().collect()
}

/// Decomposes text to Unicode NFD; in the npm package the JavaScript engine does it (see
/// [`nfc`]).
#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
pub fn nfd(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    js_sys::JsString::from(text).normalize("NFD").into()
}

/// Folds text for comparison: NFC, whitespace runs collapsed to one space, trimmed, lowercased.
///
/// Two texts that fold to the same string are the same text for duplicate checks and name
/// matching.
pub fn fold(text: &str) -> String {
    // The words of `split_whitespace`, lower-cased and joined by one space, in one pass
    // (validation folds every text of a plan, several times).
    let normal = nfc(text);
    let mut out = String::with_capacity(normal.len());
    let mut space = false;
    for c in normal.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        crate::text::fold::push_lower(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let decomposed = "Le\u{0302}\u{0301}"; // "Lê" + combining acute
        assert_eq!(nfc(decomposed), "Lế");
        assert!(matches!(nfc("Lạng Sơn"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn the_quick_nfc_check_only_passes_characters_nfc_keeps() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        let ranges = [('\0', '\u{2FF}'), ('\u{1E00}', '\u{1EFF}')];
        for c in '\0'..=char::MAX {
            let fast = ranges
                .iter()
                .any(|&(first, last)| (first..=last).contains(&c));
            assert_eq!(surely_nfc(c.encode_utf8(&mut [0; 4])), fast, "{c:?}");
        }
        for c in ranges.into_iter().flat_map(|(first, last)| first..=last) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert!(surely_nfc(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
        for text in ["Le\u{0302}\u{0301}", "A\u{030A}", "\u{212B}", "e\u{0301}"] {
            assert!(!surely_nfc(text), "{text:?}");
        }
        assert!(surely_nfc("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"));
    }

    #[test]
    fn fold_is_split_whitespace_lowercased_and_joined() {
        fn reference(text: &str) -> String {
            let normal = nfc(text);
            let words: Vec<String> = normal
                .split_whitespace()
                .map(|word| word.chars().flat_map(char::to_lowercase).collect())
                .collect();
            words.join(" ")
        }
        let pieces = [
            " ",
            "\t",
            "\n",
            "\u{b}",
            "\u{c}",
            "\r",
            "\u{a0}",
            "\u{3000}",
            "\u{2028}",
            "\u{85}",
            "Đ",
            "đ",
            "Ơ",
            "Ư",
            "ư",
            "Ă",
            "Ẫ",
            "ỹ",
            "Ỹ",
            "İ",
            "Σ",
            "ẞ",
            "×",
            "Ÿ",
            "Ǆ",
            "Ω",
            "K",
            "e\u{301}",
            "\u{301}",
            "A",
            "z",
            "1",
            "-",
            "Sở",
            "VĂN HÓA",
            "ǅ",
            "ﬀ",
        ];
        let mut state = 7u64;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..state % 9 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let index = usize::try_from(state >> 33).unwrap_or(0) % pieces.len();
                text.push_str(pieces.get(index).copied().unwrap_or(""));
            }
            assert_eq!(fold(&text), reference(&text), "{text:?}");
        }
        let seed = crate::examples::LANG_SON_2023;
        assert_eq!(fold(seed), reference(seed));
    }

    #[test]
    fn fold_ignores_case_spacing_and_normalisation() {
        assert_eq!(fold("  Văn  phòng\tSở "), fold("văn phòng sở"));
        assert_eq!(fold("Va\u{0306}n"), fold("Văn"));
        assert_ne!(fold("Văn"), fold("Van"));
    }
}

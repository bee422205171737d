//! The plan as data: the administrative document, its legal bases, its content, forms, quotas,
//! units, budget duty and reporting rule.
//!
//! Every type here has one JSON representation (camelCase keys, kebab-case enum strings,
//! dates as `YYYY-MM-DD`), and unknown keys are rejected. Use [`Plan::from_json_str`] to load a
//! plan and [`Plan::to_json_string`] to save one.

mod document;
pub(crate) mod iso_date;
pub(crate) mod load;
mod plan;

pub use document::{
    Archive, Body, Document, DocumentKind, DocumentNumber, IssueDate, LegalBasis, ParsedNumber,
    Recipient, Signature, SigningAuthority,
};
pub use load::LoadError;
pub use plan::{
    Audience, Budget, Channel, Form, FormKind, Implementation, Measure, Plan, Quota, QuotaScope,
    ReportKind, ReportingRule, Responsibility, Unit,
};

/// The version of the JSON contract written in every document's `schemaVersion`.
pub const SCHEMA_VERSION: u32 = 1;

/// The kinds of period a quota can be counted over, and a report can cover.
///
/// A quota counted `monthly` is checked in each calendar month of the evaluated period.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
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

/// Normalises text to Unicode NFC, borrowing when it already is (the common case).
#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// Normalises text to Unicode NFC, borrowing when it already is (the common case).
///
/// In the npm package the JavaScript engine's `String.prototype.normalize` does the work: the
/// same Unicode algorithm, without 110 KB of tables in the module.
#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
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
    let normal = nfc(text);
    let mut out = String::with_capacity(normal.len());
    for word in normal.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
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
    fn fold_ignores_case_spacing_and_normalisation() {
        assert_eq!(fold("  Văn  phòng\tSở "), fold("văn phòng sở"));
        assert_eq!(fold("Va\u{0306}n"), fold("Văn"));
        assert_ne!(fold("Văn"), fold("Van"));
    }
}

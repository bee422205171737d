//! Reading a legal basis (căn cứ) from its text, so the validator can hold the structured
//! fields to what the plan actually says.
//!
//! The grammar is the one observed in real plans (`rules.md` §1):
//!
//! ```text
//! [Căn cứ] <Kind> số <số/ký hiệu> ngày <d> tháng <m> năm <yyyy> | ngày <dd/mm/yyyy>
//!          của <issuer> <về | về việc | ban hành | quy định …>[;]
//! [Căn cứ] Luật <name> [số <số/ký hiệu>] ngày <date>
//! ```
//!
//! Party documents are numbered `60-NQ/TU`; laws are cited by name and date.
//!
//! ```
//! use kehoach::validate::citation::parse;
//! use kehoach::DocumentKind;
//!
//! let cited = parse("Căn cứ Nghị quyết số 60-NQ/TU ngày 15 tháng 12 năm 2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh CCHC;");
//! assert_eq!(cited.kind, Some(DocumentKind::Resolution));
//! assert_eq!(cited.number.as_deref(), Some("60-NQ/TU"));
//! assert_eq!(cited.date.map(|d| d.to_string()).as_deref(), Some("2021-12-15"));
//! assert_eq!(cited.after_of.as_deref(), Some("Ban Thường vụ Tỉnh ủy về đẩy mạnh CCHC"));
//!
//! let law = parse("Luật Tổ chức chính quyền địa phương ngày 19/6/2015");
//! assert_eq!(law.kind, Some(DocumentKind::Law));
//! assert_eq!(law.name.as_deref(), Some("Luật Tổ chức chính quyền địa phương"));
//! ```

use time::Date;

use super::text::{find_ci, strip_prefix_ci, written_date};
use crate::DocumentKind;

/// What a citation's text says, as far as it could be read. Every part is `None` when the text
/// does not give it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Citation {
    /// The kind named at the start ("Quyết định" → `Decision`); `None` when the text starts
    /// with no known kind, or with the generic "Văn bản".
    pub kind: Option<DocumentKind>,
    /// Whether the text starts with the generic "Văn bản" (an official letter or other kind).
    pub generic: bool,
    /// The number and symbol after "số" (`82/QĐ-BNV`).
    pub number: Option<String>,
    /// The date after "ngày", as written ("15/02/2023", "15 tháng 02 năm 2023").
    pub date_text: Option<String>,
    /// That date, when it is a real calendar date.
    pub date: Option<Date>,
    /// Everything after "của": the issuer, then what the document is about.
    pub after_of: Option<String>,
    /// A law's name ("Luật Tổ chức chính quyền địa phương").
    pub name: Option<String>,
}

/// Names a citation can start with, longest first within a prefix family, beyond the kinds'
/// own names.
const ALIASES: &[(&str, Option<DocumentKind>)] =
    &[("Bộ luật", Some(DocumentKind::Law)), ("Văn bản", None)];

/// The kind named at the start of `text`, with the rest after its name; `Some((None, rest))`
/// for the generic "Văn bản".
fn kind_prefix(text: &str) -> Option<(Option<DocumentKind>, &str)> {
    let mut best: Option<(usize, Option<DocumentKind>, &str)> = None;
    let names = DocumentKind::ALL
        .iter()
        .filter(|kind| **kind != DocumentKind::Other)
        .map(|kind| (kind.vietnamese(), Some(*kind)))
        .chain(ALIASES.iter().copied());
    for (name, kind) in names {
        if let Some(rest) = strip_prefix_ci(text, name) {
            let at_boundary = rest.is_empty() || rest.starts_with(char::is_whitespace);
            if at_boundary && best.is_none_or(|(len, _, _)| name.len() > len) {
                best = Some((name.len(), kind, rest));
            }
        }
    }
    best.map(|(_, kind, rest)| (kind, rest))
}

/// The text up to the first of `stops` (case-insensitive), or all of it.
fn until_any<'a>(text: &'a str, stops: &[&str]) -> &'a str {
    let end = stops
        .iter()
        .filter_map(|stop| find_ci(text, stop).map(|(start, _)| start))
        .min()
        .unwrap_or(text.len());
    text.get(..end).unwrap_or(text)
}

/// Reads a citation's text. Never fails: what cannot be read is left `None`.
pub fn parse(text: &str) -> Citation {
    let mut body = text.trim();
    if let Some(rest) = strip_prefix_ci(body, "căn cứ") {
        body = rest.trim_start();
    }
    let body = body.trim_end_matches(|c: char| c == ';' || c == '.' || c.is_whitespace());
    let mut cited = Citation::default();
    let rest = match kind_prefix(body) {
        Some((kind, rest)) => {
            cited.kind = kind;
            cited.generic = kind.is_none();
            rest
        }
        None => body,
    };
    if cited.kind == Some(DocumentKind::Law) {
        let name = until_any(body, &[" số ", " ngày ", " của "]).trim();
        cited.name = Some(name.to_string());
    }
    // "số" is looked for only before the date and issuer: subjects say "Chính phủ số".
    let head = until_any(rest, &[" ngày ", " của "]);
    let mut after_number = rest;
    if let Some((_, end)) = find_ci(head, "số ") {
        let number_text = rest.get(end..).unwrap_or("").trim_start();
        let token: String = number_text
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let token = token.trim_end_matches([',', ';', '.']);
        if !token.is_empty() {
            cited.number = Some(token.to_string());
        }
        after_number = number_text.get(token.len()..).unwrap_or("");
    }
    let mut after_date = after_number;
    let date_head = until_any(after_number, &[" của "]);
    if let Some((_, end)) = find_ci(date_head, "ngày ") {
        if let Some((written, rest)) = written_date(after_number.get(end..).unwrap_or("")) {
            cited.date_text = Some(written.text);
            cited.date = written.date;
            after_date = rest;
        }
    }
    if let Some((_, end)) = find_ci(after_date, "của ") {
        let of = after_date.get(end..).unwrap_or("").trim();
        if !of.is_empty() {
            cited.after_of = Some(of.to_string());
        }
    }
    cited
}

/// Words that end an issuer's name and start what the document is about.
const SUBJECT_STARTS: &[&str] = &[
    " về ",
    " ban hành ",
    " quy định ",
    " hướng dẫn ",
    " phê duyệt ",
    " triển khai ",
    " thực hiện ",
    " sửa đổi ",
];

/// The issuer as a reader would guess it from the text after "của": up to the first word that
/// starts the subject.
pub fn guess_issuer(after_of: &str) -> &str {
    until_any(after_of, SUBJECT_STARTS).trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn reads_the_seed_citations() {
        let cited = parse("Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội Vụ về việc Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023");
        assert_eq!(cited.kind, Some(DocumentKind::Decision));
        assert_eq!(cited.number.as_deref(), Some("82/QĐ-BNV"));
        assert_eq!(cited.date, Some(date!(2023 - 02 - 15)));
        assert_eq!(cited.date_text.as_deref(), Some("15/02/2023"));
        let of = cited.after_of.unwrap_or_default();
        assert_eq!(guess_issuer(&of), "Bộ Nội Vụ");
    }

    #[test]
    fn reads_long_dates_and_normative_numbers() {
        let cited = parse("Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ;");
        assert_eq!(cited.kind, Some(DocumentKind::Decree));
        assert_eq!(cited.number.as_deref(), Some("34/2017/NĐ-CP"));
        assert_eq!(cited.date, Some(date!(2017 - 04 - 03)));
        assert_eq!(cited.date_text.as_deref(), Some("03 tháng 4 năm 2017"));
        assert_eq!(
            guess_issuer(&cited.after_of.unwrap_or_default()),
            "Chính phủ"
        );
    }

    #[test]
    fn prefers_the_longest_kind_name() {
        let cited = parse("Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 05/01/2015");
        assert_eq!(cited.kind, Some(DocumentKind::JointCircular));
        let code = parse("Bộ luật Lao động ngày 20 tháng 11 năm 2019");
        assert_eq!(code.kind, Some(DocumentKind::Law));
        assert_eq!(code.name.as_deref(), Some("Bộ luật Lao động"));
    }

    #[test]
    fn reads_laws_with_numbers_and_generic_documents() {
        let law = parse("Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015");
        assert_eq!(
            law.name.as_deref(),
            Some("Luật Tổ chức chính quyền địa phương")
        );
        assert_eq!(law.number.as_deref(), Some("77/2015/QH13"));
        assert_eq!(law.date, Some(date!(2015 - 06 - 19)));
        assert_eq!(law.after_of, None);
        let letter = parse("Văn bản số 581/BNV-CCHC ngày 10/02/2023 của Bộ Nội vụ");
        assert_eq!((letter.kind, letter.generic), (None, true));
        assert_eq!(letter.number.as_deref(), Some("581/BNV-CCHC"));
    }

    #[test]
    fn leaves_unreadable_parts_empty() {
        let cited = parse("Hiến pháp năm 2013");
        assert_eq!(cited, Citation::default());
        let impossible = parse("Kế hoạch số 02/KH-UBND ngày 30/02/2023 của UBND tỉnh");
        assert_eq!(impossible.date_text.as_deref(), Some("30/02/2023"));
        assert_eq!(impossible.date, None);
        // "số" after the date belongs to the subject.
        let digital = parse("Kế hoạch ngày 04/01/2023 của UBND tỉnh về Chính phủ số 2023");
        assert_eq!(digital.number, None);
    }
}

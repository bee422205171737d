//! A legal basis (căn cứ) read from its text: the one grammar the validator (which holds a
//! basis's fields to its text) and the importer (which builds the fields from the text) share.
//!
//! The grammar is the one observed in real plans (`rules.md` §1):
//!
//! ```text
//! [Căn cứ [vào] | Thực hiện] <Kind> số <số/ký hiệu> ngày <date>
//!          của <issuer> <về | về việc | ban hành | quy định | … subject>[;]
//! [Căn cứ] Luật <name> [số <số/ký hiệu>] ngày <date>
//! ```
//!
//! `<date>` is any form [`super::date`] reads ("24/01/2019", "24-01-2019", "24 tháng 01 năm
//! 2019"). Party documents are numbered `60-NQ/TU`; laws are cited by name and date; "Văn
//! bản số …" cites a document of no listed kind.

use time::Date;

use super::date::{find_date, DateParts};
use super::fold::{find_any_word_ci, find_word_ci, strip_prefix_ci, strip_word_ci};
use super::numbers::read_number;
use super::{from, sub, trim_item_end, until};
use crate::DocumentKind;

/// What a citation's text says, as far as it could be read. Every part is `None` when the text
/// does not give it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Citation {
    /// The kind named at the start ("Quyết định" → `Decision`); `None` when the text starts
    /// with no known kind, or with the generic "Văn bản".
    pub kind: Option<DocumentKind>,
    /// Whether the text starts with the generic "Văn bản" (an official letter or other kind).
    pub generic: bool,
    /// The number and symbol after "số", spaces and a draft's blanks removed (`82/QĐ-BNV`).
    pub number: Option<String>,
    /// The date after "ngày", when the text gives one.
    pub date: Option<CitedDate>,
    /// Everything after "của": the issuer, then what the document is about.
    pub after_of: Option<String>,
    /// The issuer: the text after "của" up to the first word that starts the subject.
    pub issuer: Option<String>,
    /// What the document is about, from the first subject word on.
    pub subject: Option<String>,
    /// A law's name ("Luật Tổ chức chính quyền địa phương").
    pub name: Option<String>,
}

/// A date as a citation writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CitedDate {
    /// "ngày" and the date, as written ("ngày 15/02/2023").
    pub phrase: String,
    /// The date without "ngày" ("15/02/2023", "15 tháng 02 năm 2023").
    pub written: String,
    /// Its parts; day and month may be blank in a draft.
    pub parts: DateParts,
}

impl CitedDate {
    /// The calendar date, when day and month are printed and real.
    pub fn date(&self) -> Option<Date> {
        self.parts.date()
    }

    /// Whether day and month are both printed (the date can be checked).
    pub fn is_complete(&self) -> bool {
        self.parts.day.is_some() && self.parts.month.is_some()
    }
}

/// Words that end an issuer's name and start what the cited document is about: the union of
/// the words the validator and the importer each knew before they shared this reader.
pub(crate) const SUBJECT_MARKERS: [&str; 12] = [
    "về",
    "ban hành",
    "quy định",
    "hướng dẫn",
    "phê duyệt",
    "triển khai",
    "thực hiện",
    "tăng cường",
    "đẩy mạnh",
    "sửa đổi",
    "v/v",
    "kiện toàn",
];

/// Names a citation can start with beyond the kinds' own names.
const ALIASES: &[(&str, Option<DocumentKind>)] =
    &[("Bộ luật", Some(DocumentKind::Law)), ("Văn bản", None)];

/// The words that lead into a citation, longest first.
const LEADS: [&str; 3] = ["căn cứ vào", "căn cứ", "thực hiện"];

/// Removes a leading "Căn cứ", "Căn cứ vào" or "Thực hiện" (and a ":" or "," after it).
pub(crate) fn strip_lead(text: &str) -> &str {
    for lead in LEADS {
        if let Some(rest) = strip_word_ci(text, lead) {
            return rest
                .trim_start()
                .trim_start_matches([':', ','])
                .trim_start();
        }
    }
    text
}

/// The kind named at the start of `text`, with the rest after its name; `Some((None, rest))`
/// for the generic "Văn bản".
pub(crate) fn kind_prefix(text: &str) -> Option<(Option<DocumentKind>, &str)> {
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

/// A number written without the shape of one ("82QĐ-BNV"): the word after "số", when it has
/// a digit.
fn malformed_number(text: &str) -> Option<&str> {
    let token = until(text, text.find(char::is_whitespace).unwrap_or(text.len()));
    let token = token.trim_end_matches([',', ';', '.']);
    token
        .contains(|c: char| c.is_ascii_digit())
        .then_some(token)
}

/// Reads a citation's text. Never fails: what cannot be read is left `None`.
///
/// In order: the kind at the start, "số" and the number, "ngày" and the date (both before the
/// issuer: subjects say "Chính phủ số", "ngày hội"), a law's name, then "của", the issuer and
/// the subject.
pub(crate) fn read(text: &str) -> Citation {
    let body = strip_lead(text.trim())
        .trim_end_matches(|c: char| c == ';' || c == '.' || c.is_whitespace());
    let mut cited = Citation::default();
    let after_kind = match kind_prefix(body) {
        Some((kind, rest)) => {
            cited.kind = kind;
            cited.generic = kind.is_none();
            body.len() - rest.len()
        }
        None => 0,
    };
    let mut cursor = after_kind;
    let number = number_after_so(body, after_kind);
    let number_start = number.as_ref().map(|found| found.start);
    if let Some(found) = number {
        cited.number = found.number;
        cursor = found.end.unwrap_or(cursor);
    }
    let date_end = find_word_ci(body, "của", cursor).map_or(body.len(), |(begin, _)| begin);
    let mut date_start = None;
    if let Some((date, start, end)) = date_after_ngay(body, cursor, date_end) {
        cited.date = Some(date);
        date_start = Some(start);
        cursor = end;
    }
    let of = find_word_ci(body, "của", cursor);
    if cited.kind == Some(DocumentKind::Law) {
        let end = [number_start, date_start, of.map(|(begin, _)| begin)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(body.len());
        let name = trim_item_end(until(body, end));
        cited.name = (!name.is_empty()).then(|| name.to_string());
    }
    let subject_start = match of {
        Some((_, end)) => issuer_after_of(body, end, &mut cited),
        None => find_any_word_ci(body, &SUBJECT_MARKERS, cursor).map(|(begin, _, _)| begin),
    };
    cited.subject = subject_start
        .map(|start| trim_item_end(from(body, start)).to_string())
        .filter(|s| !s.is_empty());
    cited
}

/// The word "số" and what follows it in a citation.
struct NumberFound {
    /// Where "số" starts.
    start: usize,
    /// The number, when one follows.
    number: Option<String>,
    /// Where the number ends, when one follows.
    end: Option<usize>,
}

/// "số" and the number after it, looked for from `start` up to the first "ngày" or "của".
fn number_after_so(body: &str, start: usize) -> Option<NumberFound> {
    let head_end = [
        find_word_ci(body, "ngày", start),
        find_word_ci(body, "của", start),
    ]
    .into_iter()
    .flatten()
    .map(|(begin, _)| begin)
    .min()
    .unwrap_or(body.len());
    let (begin, end) = find_word_ci(until(body, head_end), "số", start)?;
    let after = from(body, end);
    let skipped = after.len() - after.trim_start().len();
    let (number, len) = match read_number(after) {
        Some(number) => (Some(number.normal), Some(number.len)),
        // Kept as written so the validator can say what is wrong with its shape.
        None => match malformed_number(after.trim_start()) {
            Some(token) => (Some(token.to_string()), Some(token.len())),
            None => (None, None),
        },
    };
    Some(NumberFound {
        start: begin,
        number,
        end: len.map(|len| end + skipped + len),
    })
}

/// "ngày" and a date between `start` and `end`, with where the phrase starts and ends.
fn date_after_ngay(body: &str, start: usize, end: usize) -> Option<(CitedDate, usize, usize)> {
    let (begin, stop, parts) = find_date(sub(body, start, end))?;
    let phrase = sub(body, start + begin, start + stop);
    let written = strip_prefix_ci(phrase, "ngày").unwrap_or(phrase).trim();
    let date = CitedDate {
        phrase: phrase.to_string(),
        written: written.to_string(),
        parts,
    };
    Some((date, start + begin, start + stop))
}

/// Reads what follows "của" (ending at `of_end`): the issuer, up to the first subject word.
/// Returns where the subject starts.
fn issuer_after_of(body: &str, of_end: usize, cited: &mut Citation) -> Option<usize> {
    let rest = from(body, of_end);
    let after_of = rest.trim();
    cited.after_of = (!after_of.is_empty()).then(|| after_of.to_string());
    let marker = find_any_word_ci(rest, &SUBJECT_MARKERS, 0);
    let issuer = match marker {
        Some((begin, _, _)) => until(rest, begin).trim(),
        None => trim_item_end(rest),
    };
    cited.issuer = (!issuer.is_empty()).then(|| issuer.to_string());
    marker.map(|(begin, _, _)| of_end + begin)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lower;
    use time::macros::date;

    fn date_of(cited: &Citation) -> Option<Date> {
        cited.date.as_ref().and_then(CitedDate::date)
    }

    #[test]
    fn reads_the_seed_citations() {
        let cited = read("Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội Vụ về việc Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023");
        assert_eq!(cited.kind, Some(DocumentKind::Decision));
        assert_eq!(cited.number.as_deref(), Some("82/QĐ-BNV"));
        assert_eq!(date_of(&cited), Some(date!(2023 - 02 - 15)));
        assert_eq!(
            cited.date.as_ref().map(|d| d.written.as_str()),
            Some("15/02/2023")
        );
        assert_eq!(cited.issuer.as_deref(), Some("Bộ Nội Vụ"));
        assert_eq!(
            cited.subject.as_deref(),
            Some("về việc Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023")
        );
    }

    #[test]
    fn reads_every_date_form() {
        for (text, written) in [
            ("Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ", "24/01/2019"),
            ("Nghị định số 09/2019/NĐ-CP ngày 24-01-2019 của Chính phủ", "24-01-2019"),
            ("Nghị định số 09/2019/NĐ-CP ngày 24.01.2019 của Chính phủ", "24.01.2019"),
            (
                "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định chế độ báo cáo;",
                "24 tháng 01 năm 2019",
            ),
        ] {
            let cited = read(text);
            assert_eq!(date_of(&cited), Some(date!(2019 - 01 - 24)), "{text}");
            assert_eq!(
                cited.date.as_ref().map(|d| d.written.as_str()),
                Some(written)
            );
            assert_eq!(cited.issuer.as_deref(), Some("Chính phủ"));
        }
        let blank = read("Kế hoạch số 02/KH-UBND ngày …/…/2023 của UBND tỉnh");
        assert!(blank.date.as_ref().is_some_and(|d| !d.is_complete()));
        let impossible = read("Kế hoạch số 02/KH-UBND ngày 30/02/2023 của UBND tỉnh");
        assert_eq!(
            impossible.date.as_ref().map(|d| d.phrase.as_str()),
            Some("ngày 30/02/2023")
        );
        assert_eq!(date_of(&impossible), None);
    }

    #[test]
    fn prefers_the_longest_kind_name() {
        let cited = read("Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 05/01/2015");
        assert_eq!(cited.kind, Some(DocumentKind::JointCircular));
        let code = read("Bộ luật Lao động ngày 20 tháng 11 năm 2019");
        assert_eq!(code.kind, Some(DocumentKind::Law));
        assert_eq!(code.name.as_deref(), Some("Bộ luật Lao động"));
    }

    #[test]
    fn reads_laws_with_numbers_and_generic_documents() {
        let law = read("Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015");
        assert_eq!(
            law.name.as_deref(),
            Some("Luật Tổ chức chính quyền địa phương")
        );
        assert_eq!(law.number.as_deref(), Some("77/2015/QH13"));
        assert_eq!(date_of(&law), Some(date!(2015 - 06 - 19)));
        assert_eq!(law.after_of, None);
        let letter = read("Văn bản số 581/BNV-CCHC ngày 10/02/2023 của Bộ Nội vụ");
        assert_eq!((letter.kind, letter.generic), (None, true));
        assert_eq!(letter.number.as_deref(), Some("581/BNV-CCHC"));
    }

    #[test]
    fn subjects_start_at_any_marker_of_either_former_reader() {
        for marker in SUBJECT_MARKERS {
            let cited = read(&format!(
                "Kế hoạch số 02/KH-UBND ngày 04/01/2023 của UBND tỉnh {marker} công tác CCHC"
            ));
            assert_eq!(cited.issuer.as_deref(), Some("UBND tỉnh"), "{marker}");
        }
    }

    #[test]
    fn searches_words_as_the_lowercased_text_does() {
        for (text, needle) in [
            ("Căn cứ Quyết định SỐ 82", "số"),
            ("Hồ sơ số 5; CỦA Bộ", "của"),
            ("ngàyngày Ngày 5", "ngày"),
            ("V/V hướng dẫn", "v/v"),
            ("İstanbul của", "của"),
        ] {
            let lower = Lower::new(text);
            for start in 0..=text.len() {
                if text.is_char_boundary(start) {
                    let found = find_word_ci(text, needle, start);
                    assert_eq!(found, lower.find_from(needle, start), "{text} {start}");
                }
            }
        }
    }

    #[test]
    fn leaves_unreadable_parts_empty() {
        assert_eq!(read("Hiến pháp năm 2013"), Citation::default());
        // "số" after the date belongs to the subject.
        let digital = read("Kế hoạch ngày 04/01/2023 của UBND tỉnh về Chính phủ số 2023");
        assert_eq!(digital.number, None);
        assert_eq!(
            read("Thực hiện Kế hoạch số 5/KH-X").kind,
            Some(DocumentKind::Plan)
        );
        let malformed = read("Quyết định số 82QĐ-BNV ngày 15/02/2023 của Bộ Nội vụ");
        assert_eq!(malformed.number.as_deref(), Some("82QĐ-BNV"));
        assert_eq!(read("Kế hoạch số hóa năm 2023").number, None);
    }
}

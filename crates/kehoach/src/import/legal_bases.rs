//! Legal bases: "Căn cứ …" (and "Thực hiện …") paragraphs into structured [`LegalBasis`].
//!
//! One citation is read by the grammar the validator also uses ([`crate::text::citation`]:
//! `<Kind> số <số/ký hiệu> ngày <date> của <issuer> <về …>`, laws by name and date). This
//! module does what only the importer needs: finding where citations start, splitting a
//! paragraph of several citations at ";", recognising a closing "Căn cứ vào tình hình thực
//! tế, …" that cites nothing, and the preamble that follows the last citation.

use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{DocumentKind, DocumentNumber, LegalBasis};

use super::lines;
use super::{codes, excerpt, Draft, Findings};
use crate::text::{self, Lower};

/// Whether a line starts a citation: "Căn cứ …", or "Thực hiện `<kind>` …".
pub(crate) fn starts_citation(text: &str) -> bool {
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    if !capital {
        return false;
    }
    let lower = Lower::new(text);
    if lower.starts_with("căn cứ") {
        return true;
    }
    lower.starts_with("thực hiện")
        && named_kind(text::from(text, "thực hiện".len()).trim())
            .is_some_and(|kind| kind != DocumentKind::Other)
}

/// Whether a paragraph continues a list of citations cut by a line break after ";":
/// "Kế hoạch số 11/KH-SVHTTDL ngày …".
pub(crate) fn continues_citations(text: &str) -> bool {
    named_kind(text).is_some() && Lower::new(text).contains("số")
        || text::starts_with_any(text, &["luật"])
}

/// Reads a citation paragraph into `draft.legal_bases`; returns the sentence that follows the
/// citations in the same paragraph (the preamble), or the whole paragraph when it cites
/// nothing.
pub(crate) fn read(
    paragraph: &str,
    line: usize,
    draft: &mut Draft,
    findings: &mut Findings,
) -> Option<String> {
    let body = text::citation::strip_lead(paragraph);
    if named_kind(body).is_none() && !is_document_word(body) {
        findings.add(
            &codes::BASIS_NO_DOCUMENT,
            line,
            "/preamble",
            Params::new().with("text", excerpt(paragraph)),
        );
        return Some(paragraph.trim().to_string());
    }
    let mut citations: Vec<String> = Vec::new();
    for piece in body.split(';') {
        let piece = text::citation::strip_lead(piece.trim());
        if piece.is_empty() {
            continue;
        }
        let starts_document = named_kind(piece).is_some() || is_document_word(piece);
        match citations.last_mut() {
            Some(last) if !starts_document => {
                last.push_str("; ");
                last.push_str(piece);
            }
            _ => citations.push(piece.to_string()),
        }
    }
    let mut preamble = None;
    if let Some(last) = citations.last_mut() {
        if let Some(split) = preamble_start(last) {
            let rest = text::from(last, split).trim().to_string();
            last.truncate(split);
            if !rest.is_empty() {
                preamble = Some(rest);
            }
        }
    }
    for citation in citations {
        let citation = text::trim_item_end(&citation).to_string();
        if citation.is_empty() {
            continue;
        }
        let basis = parse(&citation, line, findings);
        let index = draft.legal_bases.len();
        let label = basis
            .number
            .as_ref()
            .map(|n| format!("{} số {}", basis.kind.vietnamese(), n.as_str()))
            .or_else(|| basis.subject.clone())
            .unwrap_or_else(|| excerpt(&basis.text));
        findings.add(
            &codes::BASIS_READ,
            line,
            format!("/legalBases/{index}"),
            Params::new()
                .with("citation", label)
                .with("kind", basis.kind.json_name()),
        );
        draft.legal_bases.push((basis, line));
    }
    preamble
}

/// The kind a citation starts with, by the shared grammar ("Bộ luật" is a law); the generic
/// "Văn bản" is left to [`is_document_word`], which asks for its "số".
fn named_kind(text: &str) -> Option<DocumentKind> {
    text::citation::kind_prefix(text).and_then(|(kind, _)| kind)
}

/// "Văn bản số …" names a document of no listed kind.
fn is_document_word(text: &str) -> bool {
    text::starts_with_any(text, &["văn bản số", "công văn"])
}

/// Where the preamble starts inside the last citation: a new sentence ("… năm 2023. Sở Văn
/// hóa … xây dựng Kế hoạch …"), or a clause naming the issuer that draws up the plan
/// ("…, Sở Văn hóa … xây dựng Kế hoạch …").
fn preamble_start(citation: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(found) = text::from(citation, search).find(". ") {
        let dot = search + found;
        let after = text::from(citation, dot + 2);
        let word_before = text::until(citation, dot)
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let long_word =
            word_before.chars().count() >= 3 || word_before.chars().all(|c| c.is_ascii_digit());
        if long_word && after.chars().next().is_some_and(char::is_uppercase) {
            return Some(dot + 1);
        }
        search = dot + 2;
    }
    let lower = Lower::new(citation);
    let mut start = 0;
    while let Some((begin, end)) = lower.find_from(",", start) {
        let after = text::from(citation, end).trim_start();
        let draws_up = Lower::new(after)
            .find_any(&["xây dựng kế hoạch", "ban hành kế hoạch"], 0)
            .is_some();
        if lines::starts_with_agency(after) && draws_up {
            return Some(begin + 1);
        }
        start = end;
    }
    None
}

/// Parses one citation ("Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội vụ về …") with
/// the shared reader ([`text::citation::read`]), reporting a kind it does not know and a date
/// that is not real.
pub(crate) fn parse(citation: &str, line: usize, findings: &mut Findings) -> LegalBasis {
    let cited = text::citation::read(citation);
    if cited.kind.is_none() && !cited.generic {
        findings.add(
            &codes::BASIS_KIND_UNKNOWN,
            line,
            "",
            Params::new().with("text", excerpt(citation)),
        );
    }
    if let Some(date) = cited
        .date
        .as_ref()
        .filter(|date| date.parts.is_impossible())
    {
        findings.add(
            &codes::BAD_DATE,
            line,
            "",
            Params::new().with("text", date.phrase.as_str()),
        );
    }
    let kind = cited.kind.unwrap_or(DocumentKind::Other);
    let (issuer, subject) = if kind == DocumentKind::Law {
        (None, cited.name)
    } else {
        (cited.issuer, cited.subject)
    };
    LegalBasis {
        text: citation.to_string(),
        kind,
        number: cited.number.map(DocumentNumber),
        date: cited.date.as_ref().and_then(|date| date.date()),
        issuer,
        subject,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn one(text: &str) -> LegalBasis {
        parse(text, 1, &mut Findings::default())
    }

    #[test]
    fn reads_both_date_forms_and_issuers() {
        let decree = one(
            "Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng",
        );
        assert_eq!(decree.kind, DocumentKind::Decree);
        assert_eq!(
            decree.number.as_ref().map(|n| n.as_str()),
            Some("34/2017/NĐ-CP")
        );
        assert_eq!(decree.date, Some(date!(2017 - 04 - 03)));
        assert_eq!(decree.issuer.as_deref(), Some("Chính phủ"));
        assert_eq!(decree.subject.as_deref(), Some("quy định chức năng"));
        let party = one(
            "Chỉ thị số 07-CT/TU ngày 25/4/2016 của Tỉnh ủy Thừa Thiên Huế về tăng cường kỷ cương",
        );
        assert_eq!(party.kind, DocumentKind::Directive);
        assert_eq!(party.number.as_ref().map(|n| n.as_str()), Some("07-CT/TU"));
        assert_eq!(party.date, Some(date!(2016 - 04 - 25)));
        assert_eq!(party.issuer.as_deref(), Some("Tỉnh ủy Thừa Thiên Huế"));
    }

    #[test]
    fn reads_laws_by_name_and_date() {
        let law = one("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
        assert_eq!(law.kind, DocumentKind::Law);
        assert_eq!(law.number, None);
        assert_eq!(law.date, Some(date!(2015 - 06 - 19)));
        assert_eq!(
            law.subject.as_deref(),
            Some("Luật Tổ chức chính quyền địa phương")
        );
        let numbered = one("Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015");
        assert_eq!(
            numbered.number.as_ref().map(|n| n.as_str()),
            Some("83/2015/QH13")
        );
        assert_eq!(numbered.subject.as_deref(), Some("Luật Ngân sách nhà nước"));
    }

    #[test]
    fn a_closing_citation_of_nothing_becomes_the_preamble() {
        let mut draft = Draft::default();
        let text =
            "Căn cứ vào tình hình thực tế, Sở Xây dựng ban hành Kế hoạch với các nội dung sau:";
        let preamble = read(text, 3, &mut draft, &mut Findings::default());
        assert_eq!(preamble.as_deref(), Some(text));
        assert!(draft.legal_bases.is_empty());
    }

    #[test]
    fn splits_a_paragraph_of_citations_and_its_preamble() {
        let mut draft = Draft::default();
        let text = "Căn cứ Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội Vụ về việc X; Kế hoạch số 02/KH-UBND ngày 04/01/2023 của UBND tỉnh về Y năm 2023. Sở A xây dựng Kế hoạch như sau:";
        let preamble = read(text, 1, &mut draft, &mut Findings::default());
        assert_eq!(preamble.as_deref(), Some("Sở A xây dựng Kế hoạch như sau:"));
        let texts: Vec<&str> = draft
            .legal_bases
            .iter()
            .map(|(b, _)| b.text.as_str())
            .collect();
        assert_eq!(
            texts,
            vec![
                "Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội Vụ về việc X",
                "Kế hoạch số 02/KH-UBND ngày 04/01/2023 của UBND tỉnh về Y năm 2023"
            ]
        );
    }
}

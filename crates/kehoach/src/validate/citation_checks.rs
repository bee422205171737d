//! Legal bases (căn cứ): each citation's structured fields against its own text, the shape of
//! cited numbers, dates against the plan's, and duplicates.

use super::catalogue::*;
use super::document::{is_administrative, is_sequence, symbol_groups};
use super::names;
use super::{compound_key, date_word, repeats, word, Checker};
use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{fold, iso_date};
use crate::text::citation::{self, Citation};
use crate::text::fold::strip_prefix_ci;
use crate::{DocumentKind, LegalBasis};

pub(super) fn check(c: &mut Checker) {
    let plan = c.plan;
    for (index, basis) in plan.legal_bases.iter().enumerate() {
        let base = format!("/legalBases/{index}");
        if !basis.text.trim().is_empty() {
            let cited = citation::read(&basis.text);
            against_text(c, &base, basis, &cited);
        }
        fields(c, &base, basis);
    }
    duplicates(c);
}

/// The kinds whose numbers always carry the year: laws' own numbers aside, decrees and
/// circulars are only ever normative.
fn is_normative(kind: DocumentKind) -> bool {
    matches!(
        kind,
        DocumentKind::Decree | DocumentKind::Circular | DocumentKind::JointCircular
    )
}

/// Each structured field of a basis against what its text says (REF001–REF006).
fn against_text(c: &mut Checker, base: &str, basis: &LegalBasis, cited: &Citation) {
    kind_against_text(c, base, basis, cited);
    number_against_text(c, base, basis, cited);
    date_against_text(c, base, basis, cited);
    let after_issuer = issuer_against_text(c, base, basis, cited);
    subject_against_text(c, base, basis, cited, after_issuer);
}

/// REF001: the kind named at the start of the text.
fn kind_against_text(c: &mut Checker, base: &str, basis: &LegalBasis, cited: &Citation) {
    let agrees = match cited.kind {
        Some(kind) => kind == basis.kind,
        None if cited.generic => matches!(
            basis.kind,
            DocumentKind::Other | DocumentKind::OfficialLetter
        ),
        None => basis.kind == DocumentKind::Other,
    };
    if !agrees {
        let text_kind = match cited.kind {
            Some(kind) => names::document_kind("textKindName", kind),
            None if cited.generic => word("textKindName", "văn bản", "a document"),
            None => word("textKindName", "không nêu loại", "no known kind"),
        };
        c.emit_with(
            &REF001,
            format!("{base}/kind"),
            Params::new()
                .with("kind", basis.kind.json_name())
                .with("textKind", cited.kind.map_or("", |kind| kind.json_name())),
            vec![names::document_kind("kindName", basis.kind), text_kind],
        );
    }
}

/// REF002: the number after "số".
fn number_against_text(c: &mut Checker, base: &str, basis: &LegalBasis, cited: &Citation) {
    let number = basis.number.as_ref().map(|n| n.as_str().trim());
    if number != cited.number.as_deref() {
        c.emit(
            &REF002,
            format!("{base}/number"),
            Params::new()
                .with("number", number.unwrap_or(""))
                .with("textNumber", cited.number.as_deref().unwrap_or("")),
        );
    }
}

/// REF003, REF006: the date after "ngày".
fn date_against_text(c: &mut Checker, base: &str, basis: &LegalBasis, cited: &Citation) {
    // A draft's blanks ("ngày … tháng … năm 2023") name no date to check.
    let written = cited.date.as_ref().filter(|date| date.is_complete());
    let cited_date = written.and_then(|date| date.date());
    match (written, cited_date) {
        (Some(found), None) => c.emit(
            &REF006,
            format!("{base}/text"),
            Params::new().with("found", found.written.as_str()),
        ),
        _ if basis.date != cited_date => {
            let iso = |date: Option<time::Date>| date.map(iso_date::format).unwrap_or_default();
            let shown = |name: &'static str, date: Option<time::Date>| match date {
                Some(date) => date_word(name, date),
                None => word(name, "chưa ghi", "none"),
            };
            c.emit_with(
                &REF003,
                format!("{base}/date"),
                Params::new()
                    .with("date", iso(basis.date))
                    .with("textDate", iso(cited_date)),
                vec![
                    shown("dateText", basis.date),
                    shown("textDateText", cited_date),
                ],
            );
        }
        _ => {}
    }
}

/// REF004: the issuer after "của"; returns the text after it (the subject) when the text
/// names the basis's issuer.
fn issuer_against_text<'t>(
    c: &mut Checker,
    base: &str,
    basis: &'t LegalBasis,
    cited: &'t Citation,
) -> Option<&'t str> {
    let issuer = basis
        .issuer
        .as_deref()
        .map(str::trim)
        .filter(|i| !i.is_empty());
    let mut after_issuer: Option<&str> = None;
    if let Some(issuer) = issuer {
        let rest = cited
            .after_of
            .as_deref()
            .and_then(|of| strip_prefix_ci(of, issuer))
            .filter(|rest| rest.is_empty() || rest.starts_with([' ', ',', ';']));
        match rest {
            Some(rest) => after_issuer = Some(rest.trim_start_matches([',', ' '])),
            None => c.emit(
                &REF004,
                format!("{base}/issuer"),
                Params::new()
                    .with("issuer", issuer)
                    .with("textIssuer", cited.issuer.as_deref().unwrap_or("")),
            ),
        }
    }
    after_issuer
}

/// REF005: the subject after the issuer, or a law's name.
fn subject_against_text(
    c: &mut Checker,
    base: &str,
    basis: &LegalBasis,
    cited: &Citation,
    after_issuer: Option<&str>,
) {
    let Some(subject) = basis
        .subject
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    else {
        return;
    };
    let (agrees, text_subject) = if basis.kind == DocumentKind::Law {
        let name = cited.name.as_deref().unwrap_or("");
        let (name_folded, subject_folded) = (fold(name), fold(subject));
        let agrees =
            name_folded == subject_folded || name_folded.ends_with(&format!(" {subject_folded}"));
        (agrees, name)
    } else {
        match after_issuer {
            Some(rest) => (fold(rest) == fold(subject), rest),
            None => return, // the issuer is missing or already reported
        }
    };
    if !agrees {
        c.emit(
            &REF005,
            format!("{base}/subject"),
            Params::new()
                .with("subject", subject)
                .with("textSubject", text_subject),
        );
    }
}

fn fields(c: &mut Checker, base: &str, basis: &LegalBasis) {
    let kind_word = || vec![names::document_kind("kindName", basis.kind)];
    match &basis.number {
        None if !matches!(basis.kind, DocumentKind::Law | DocumentKind::Other) => c.emit_with(
            &REF007,
            format!("{base}/number"),
            Params::new().with("kind", basis.kind.json_name()),
            kind_word(),
        ),
        None => {}
        Some(number) => cited_number(c, base, basis, number.as_str()),
    }
    match basis.date {
        None => c.emit(&REF008, format!("{base}/date"), Params::new()),
        Some(date) => {
            if let Some(plan_date) = c.reference_date() {
                if date > plan_date {
                    c.emit_with(
                        &REF010,
                        format!("{base}/date"),
                        Params::new()
                            .with("date", iso_date::format(date))
                            .with("planDate", iso_date::format(plan_date)),
                        vec![
                            date_word("dateText", date),
                            date_word("planDateText", plan_date),
                        ],
                    );
                }
            }
        }
    }
    if basis.issuer.is_none() && basis.kind != DocumentKind::Law {
        c.emit(&REF009, format!("{base}/issuer"), Params::new());
    }
}

fn cited_number(c: &mut Checker, base: &str, basis: &LegalBasis, number: &str) {
    let path = format!("{base}/number");
    let params = || Params::new().with("number", number);
    let kind_word = || vec![names::document_kind("kindName", basis.kind)];
    let parsed = if number.chars().any(char::is_whitespace) {
        None
    } else {
        basis
            .number
            .as_ref()
            .and_then(|n| n.parse())
            .filter(|p| p.sequence.is_some_and(is_sequence))
    };
    let min_groups = match basis.kind {
        DocumentKind::Law | DocumentKind::Other => 1,
        _ => 2,
    };
    let Some((parsed, groups)) = parsed.and_then(|parsed| {
        symbol_groups(&parsed)
            .filter(|groups| groups.len() >= min_groups)
            .map(|groups| (parsed, groups))
    }) else {
        c.emit(&REF015, path, params());
        return;
    };
    if let Some(expected) = basis.kind.abbreviation() {
        let found = groups.first().copied().unwrap_or("");
        if found != expected {
            c.emit_with(
                &REF014,
                path.clone(),
                params()
                    .with("expected", expected)
                    .with("found", found)
                    .with("kind", basis.kind.json_name()),
                kind_word(),
            );
        }
    }
    match parsed.year {
        None if is_normative(basis.kind) && !parsed.party_form => c.emit_with(
            &REF012,
            path,
            params().with("kind", basis.kind.json_name()),
            kind_word(),
        ),
        Some(_) if is_administrative(basis.kind) => c.emit_with(
            &REF016,
            path,
            params().with("kind", basis.kind.json_name()),
            kind_word(),
        ),
        Some(year) => {
            let dated = basis.date.map(|date| date.year());
            if let (Ok(symbol_year), Some(dated)) = (year.parse::<i32>(), dated) {
                if symbol_year != dated {
                    c.emit(
                        &REF013,
                        path,
                        params().with("symbolYear", symbol_year).with("year", dated),
                    );
                }
            }
        }
        None => {}
    }
}

fn duplicates(c: &mut Checker) {
    let plan = c.plan;
    let keyed = plan
        .legal_bases
        .iter()
        .enumerate()
        .map(|(index, basis)| {
            let shown = match &basis.number {
                Some(number) => number.as_str().trim().to_string(),
                None => basis.subject.clone().unwrap_or_else(|| basis.text.clone()),
            };
            let date = match (&basis.number, basis.date) {
                (None, Some(date)) => iso_date::format(date),
                _ => String::new(),
            };
            let key = compound_key(&[basis.kind.json_name(), &fold(&shown), &date]);
            (format!("/legalBases/{index}"), key, shown)
        })
        .collect::<Vec<_>>();
    let found = repeats(
        keyed
            .iter()
            .map(|(path, key, shown)| (path.clone(), key.clone(), shown.as_str())),
    );
    for (path, first, shown) in found {
        c.emit(
            &REF011,
            path,
            Params::new()
                .with("key", crate::text::excerpt(shown, 80))
                .with("first", first),
        );
    }
}

//! The plan's structure: purposes, requirements and audiences present, each audience with
//! content and forms, no empty texts, no repeated items, no repeated references.

use super::catalogue::*;
use super::{names, repeats, Checker};
use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{fold, iso_date};
use crate::text::excerpt;
use crate::{Document, DocumentKind, Plan};

pub(super) fn check(c: &mut Checker) {
    let plan = c.plan;
    if plan.purposes.is_empty() {
        c.emit(&STR001, "/purposes", Params::new());
    }
    if plan.requirements.is_empty() {
        c.emit(&STR002, "/requirements", Params::new());
    }
    if plan.audiences.is_empty() {
        c.emit(&STR003, "/audiences", Params::new());
    }
    for (index, audience) in plan.audiences.iter().enumerate() {
        let heading = || Params::new().with("heading", audience.heading.as_str());
        if audience.content.is_empty() {
            c.emit(&STR004, format!("/audiences/{index}/content"), heading());
        }
        if audience.forms.is_empty() {
            c.emit(&STR005, format!("/audiences/{index}/forms"), heading());
        }
    }
    if plan.implementation.responsibilities.is_empty() {
        c.emit(&STR009, "/implementation/responsibilities", Params::new());
    }
    for (path, field) in empty_texts(plan) {
        c.emit_with(
            &STR006,
            path,
            Params::new().with("field", field),
            vec![names::field("fieldName", field)],
        );
    }
    repeated_items(c);
    repeated_references(c);
}

/// The path and field name of every text of the plan that is empty (after folding).
fn empty_texts(plan: &Plan) -> Vec<(String, &'static str)> {
    let mut empty = Empty::default();
    header_texts(&plan.document, &mut empty);
    closing_texts(&plan.document, &mut empty);
    citation_texts(plan, &mut empty);
    content_texts(plan, &mut empty);
    arrangement_texts(plan, &mut empty);
    empty.all
}

/// The empty texts found so far, in the plan's order.
#[derive(Default)]
struct Empty {
    all: Vec<(String, &'static str)>,
}

impl Empty {
    /// Records `path` when `text` is empty.
    fn add(&mut self, path: String, field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.all.push((path, field));
        }
    }
}

/// The header's texts: parent and issuing bodies, the place-and-date line, title, subject.
fn header_texts(doc: &Document, empty: &mut Empty) {
    if let Some(parent) = &doc.parent_body {
        empty.add("/document/parentBody/name".into(), "name", &parent.name);
        if let Some(abbreviation) = &parent.abbreviation {
            empty.add(
                "/document/parentBody/abbreviation".into(),
                "abbreviation",
                abbreviation,
            );
        }
    }
    empty.add("/document/issuer/name".into(), "name", &doc.issuer.name);
    if let Some(abbreviation) = &doc.issuer.abbreviation {
        empty.add(
            "/document/issuer/abbreviation".into(),
            "abbreviation",
            abbreviation,
        );
    }
    empty.add("/document/issued/place".into(), "place", &doc.issued.place);
    empty.add("/document/issued/text".into(), "text", &doc.issued.text);
    if doc.kind != DocumentKind::OfficialLetter {
        empty.add("/document/title".into(), "title", &doc.title);
    }
    empty.add("/document/subject".into(), "subject", &doc.subject);
}

/// The closing's texts: signature, distribution list, archive line.
fn closing_texts(doc: &Document, empty: &mut Empty) {
    let signature = &doc.signature;
    empty.add(
        "/document/signature/headTitle".into(),
        "headTitle",
        &signature.head_title,
    );
    if let Some(title) = &signature.signer_title {
        empty.add(
            "/document/signature/signerTitle".into(),
            "signerTitle",
            title,
        );
    }
    empty.add(
        "/document/signature/signerName".into(),
        "signerName",
        &signature.signer_name,
    );
    for (index, recipient) in doc.recipients.iter().enumerate() {
        empty.add(
            format!("/document/recipients/{index}/name"),
            "name",
            &recipient.name,
        );
        if let Some(purpose) = &recipient.purpose {
            empty.add(
                format!("/document/recipients/{index}/purpose"),
                "purpose",
                purpose,
            );
        }
    }
    empty.add("/document/archive/text".into(), "text", &doc.archive.text);
    for (index, holder) in doc.archive.holders.iter().enumerate() {
        empty.add(
            format!("/document/archive/holders/{index}"),
            "holders",
            holder,
        );
    }
    if let Some(drafter) = &doc.archive.drafter {
        empty.add("/document/archive/drafter".into(), "drafter", drafter);
    }
}

/// The legal bases' texts and the preamble.
fn citation_texts(plan: &Plan, empty: &mut Empty) {
    for (index, basis) in plan.legal_bases.iter().enumerate() {
        empty.add(format!("/legalBases/{index}/text"), "text", &basis.text);
        if let Some(issuer) = &basis.issuer {
            empty.add(format!("/legalBases/{index}/issuer"), "issuer", issuer);
        }
        if let Some(subject) = &basis.subject {
            empty.add(format!("/legalBases/{index}/subject"), "subject", subject);
        }
    }
    if let Some(preamble) = &plan.preamble {
        empty.add("/preamble".into(), "preamble", preamble);
    }
}

/// Purposes, requirements and the audiences with their content and forms.
fn content_texts(plan: &Plan, empty: &mut Empty) {
    for (index, purpose) in plan.purposes.iter().enumerate() {
        empty.add(format!("/purposes/{index}"), "purposes", purpose);
    }
    for (index, requirement) in plan.requirements.iter().enumerate() {
        empty.add(
            format!("/requirements/{index}"),
            "requirements",
            requirement,
        );
    }
    for (a, audience) in plan.audiences.iter().enumerate() {
        empty.add(
            format!("/audiences/{a}/heading"),
            "heading",
            &audience.heading,
        );
        for (index, item) in audience.content.iter().enumerate() {
            empty.add(format!("/audiences/{a}/content/{index}"), "content", item);
        }
        if let Some(heading) = &audience.forms_heading {
            empty.add(
                format!("/audiences/{a}/formsHeading"),
                "formsHeading",
                heading,
            );
        }
        for (f, form) in audience.forms.iter().enumerate() {
            empty.add(format!("/audiences/{a}/forms/{f}/name"), "name", &form.name);
            if let Some(text) = &form.text {
                empty.add(format!("/audiences/{a}/forms/{f}/text"), "text", text);
            }
        }
    }
}

/// Quotas, budget, units and the implementation arrangements.
fn arrangement_texts(plan: &Plan, empty: &mut Empty) {
    for (index, quota) in plan.quotas.iter().enumerate() {
        if let Some(text) = &quota.text {
            empty.add(format!("/quotas/{index}/text"), "text", text);
        }
    }
    if let Some(budget) = &plan.budget {
        empty.add("/budget/text".into(), "text", &budget.text);
        empty.add(
            "/budget/legalFrame".into(),
            "legalFrame",
            &budget.legal_frame,
        );
    }
    for (index, unit) in plan.units.iter().enumerate() {
        empty.add(format!("/units/{index}/name"), "name", &unit.name);
        if let Some(abbreviation) = &unit.abbreviation {
            empty.add(
                format!("/units/{index}/abbreviation"),
                "abbreviation",
                abbreviation,
            );
        }
    }
    for (index, responsibility) in plan.implementation.responsibilities.iter().enumerate() {
        empty.add(
            format!("/implementation/responsibilities/{index}/text"),
            "text",
            &responsibility.text,
        );
    }
    if let Some(abbreviation) = &plan.implementation.reporting.recipient.abbreviation {
        empty.add(
            "/implementation/reporting/recipient/abbreviation".into(),
            "abbreviation",
            abbreviation,
        );
    }
}

fn repeated_items(c: &mut Checker) {
    let plan = c.plan;
    repeated_in(c, "/purposes", "", strs(&plan.purposes));
    repeated_in(c, "/requirements", "", strs(&plan.requirements));
    for (index, audience) in plan.audiences.iter().enumerate() {
        let base = format!("/audiences/{index}/content");
        repeated_in(c, &base, "", strs(&audience.content));
    }
    let responsibilities = plan.implementation.responsibilities.iter();
    let texts = responsibilities.map(|r| r.text.as_str());
    repeated_in(c, "/implementation/responsibilities", "/text", texts);
    let headings = plan.audiences.iter().map(|a| a.heading.as_str());
    for (path, first, heading) in repeated_texts("/audiences", "/heading", headings) {
        c.emit(
            &STR008,
            path,
            Params::new().with("heading", heading).with("first", first),
        );
    }
}

fn strs(items: &[String]) -> impl Iterator<Item = &str> {
    items.iter().map(String::as_str)
}

/// STR007 over one list of texts, the text of item `index` at `{base}/{index}{suffix}`.
fn repeated_in<'a>(
    c: &mut Checker,
    base: &str,
    suffix: &str,
    texts: impl Iterator<Item = &'a str>,
) {
    for (path, first, text) in repeated_texts(base, suffix, texts) {
        c.emit(
            &STR007,
            path,
            Params::new()
                .with("text", excerpt(text, 60))
                .with("first", first),
        );
    }
}

/// The texts that repeat an earlier one once folded, blank ones aside: each with its path
/// (`{base}/{index}{suffix}`) and the first one's path.
fn repeated_texts<'a>(
    base: &str,
    suffix: &str,
    texts: impl Iterator<Item = &'a str>,
) -> Vec<(String, String, &'a str)> {
    let keyed = texts
        .enumerate()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(index, text)| (format!("{base}/{index}{suffix}"), fold(text), text));
    repeats(keyed)
}

/// STR010 over one list of references, each shown as `entries` gives it.
fn repeated_entries(c: &mut Checker, base: &str, entries: Vec<String>) {
    let keyed = entries.iter().enumerate().map(|(index, entry)| {
        (
            format!("{base}/{index}"),
            entry.trim().to_string(),
            entry.as_str(),
        )
    });
    for (path, first, entry) in repeats(keyed) {
        c.emit(
            &STR010,
            path,
            Params::new().with("entry", entry).with("first", first),
        );
    }
}

fn repeated_references(c: &mut Checker) {
    let plan = c.plan;
    repeated_entries(
        c,
        "/document/archive/holders",
        plan.document.archive.holders.clone(),
    );
    for (a, audience) in plan.audiences.iter().enumerate() {
        for (f, form) in audience.forms.iter().enumerate() {
            repeated_entries(
                c,
                &format!("/audiences/{a}/forms/{f}/channels"),
                form.channels
                    .iter()
                    .map(|channel| channel.json_name().to_owned())
                    .collect(),
            );
            repeated_entries(
                c,
                &format!("/audiences/{a}/forms/{f}/units"),
                form.units.clone(),
            );
        }
    }
    for (index, quota) in plan.quotas.iter().enumerate() {
        repeated_entries(c, &format!("/quotas/{index}/units"), quota.units.clone());
    }
    for (index, responsibility) in plan.implementation.responsibilities.iter().enumerate() {
        repeated_entries(
            c,
            &format!("/implementation/responsibilities/{index}/units"),
            responsibility.units.clone(),
        );
    }
    repeated_entries(
        c,
        "/implementation/reporting/holidays",
        plan.implementation
            .reporting
            .holidays
            .iter()
            .map(|date| iso_date::format(*date))
            .collect(),
    );
}

//! Import: the plain text of a published plan → a draft [`Plan`] and diagnostics saying what
//! was recognised, what was guessed, and what could not be placed (with its source line).
//!
//! Every existing plan lives as a document (Word, PDF, a web page), not as JSON; typing it in by
//! hand is the biggest cost of adopting kehoach. The importer reads the text as published —
//! hard-wrapped lines, table cells flattened with `|`, NFD or NFC, any line ending — in four
//! steps that follow the document's own layout (Nghị định 30/2020/NĐ-CP):
//!
//! 1. the header: parent and issuing bodies, "Số: …", place and date, kind and subject;
//! 2. the opening: "Căn cứ …" citations into [`crate::LegalBasis`], and the preamble;
//! 3. the body: Roman parts, "1." sections, "a)" items and "-" bullets into purposes,
//!    requirements, audiences with content and forms, quotas, the budget duty and the
//!    implementation arrangements;
//! 4. the closing: distribution list, archive line and signature block.
//!
//! Nothing is invented: a part the text does not have stays empty and is reported. The importer
//! never panics, whatever the text.
//!
//! ```
//! let text = "Số: 05/KH-SVHTTDL\nLạng Sơn, ngày 05 tháng 02 năm 2023\nKẾ HOẠCH\n\
//!             Tuyên truyền cải cách hành chính năm 2023\n";
//! let result = kehoach::import::import_plan_text(text);
//! assert_eq!(result.plan.document.number.as_str(), "05/KH-SVHTTDL");
//! assert_eq!(result.plan.year, 2023);
//! assert!(result.diagnostics.iter().any(|d| d.code == "IMP001"));
//! ```

mod body;
mod closing;
mod codes;
mod decision;
#[cfg(feature = "docx")]
mod docx;
mod form_cues;
mod header;
mod legal_bases;
mod lines;
mod portal;
mod provenance;
mod quota_sentences;
mod tasks;
#[cfg(test)]
mod validator_agreement;

pub use codes::RULES;
#[cfg(feature = "docx")]
pub use docx::{
    docx_text, from_docx, from_docx_in, looks_like_word, ImportError, MAX_DOCX_ENTRIES,
    MAX_DOCX_PART_BYTES,
};
pub use provenance::{Provenance, Source};

use kehoach_json_derive::ToJson;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::diagnostic::{Diagnostic, Lang, Params, Rule, Severity};
use crate::limits::{size_text, MAX_IMPORT_BYTES};
use crate::model::{
    Archive, Audience, Body, Budget, Document, DocumentKind, DocumentNumber, Implementation,
    IssueDate, LegalBasis, Plan, Recipient, ReportingRule, Signature, Unit, SCHEMA_VERSION,
};
use crate::text;

/// What [`import_plan_text`] returns: the draft plan and what the importer has to say about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportResult {
    /// The plan as far as the text could be read; parts not found are left empty.
    pub plan: Plan,
    /// Findings in source-line order: `info` for what was recognised or guessed, `warning` for
    /// what could not be placed or was not found, `error` when no plan was found at all.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each field of the draft came from (read, taken from a portal's metadata, inferred,
    /// missing), derived from the same findings as `diagnostics`.
    pub provenance: Vec<Provenance>,
}

impl ImportResult {
    /// The result as pretty JSON with a trailing newline (`kehoach import --format json`).
    pub fn to_json_string(&self) -> String {
        crate::model::save::to_pretty_json(self)
    }

    /// Whether something could not be placed or was not found (a warning or an error).
    pub fn has_problems(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| matches!(d.severity, Severity::Warning | Severity::Error))
    }
}

/// Imports the plain text of a plan, with messages in Vietnamese.
pub fn import_plan_text(text: &str) -> ImportResult {
    import_plan_text_in(text, Lang::Vi)
}

/// Imports the plain text of a plan, with messages in `lang`.
///
/// Text longer than [`MAX_IMPORT_BYTES`] is not read: the result is an empty draft and one
/// IMP191 error.
pub fn import_plan_text_in(text: &str, lang: Lang) -> ImportResult {
    if text.len() > MAX_IMPORT_BYTES {
        let mut findings = Findings::default();
        findings.add(
            &codes::TOO_LONG,
            0,
            "",
            Params::new()
                .with("bytes", text.len())
                .with("limit", size_text(MAX_IMPORT_BYTES)),
        );
        // The draft's own "not found" findings would only repeat that nothing was read.
        let plan = finish(Draft::default(), &mut Findings::default());
        let provenance = provenance::collect(&plan, &findings.items);
        return ImportResult {
            plan,
            diagnostics: findings.render(lang),
            provenance,
        };
    }
    let mut findings = Findings::default();
    let table = tasks::find(text, &mut findings);
    let mut lines = lines::lines(text);
    if let Some(table) = &table {
        lines.retain(|line| !table.takes(line.no));
    }
    let opening = lines
        .iter()
        .position(|line| starts_opening(&line.text))
        .unwrap_or(lines.len());
    let (lines, portal) = if portal::has_table(&lines, opening) {
        portal::strip(lines, opening, &mut findings)
    } else {
        (lines, portal::Metadata::default())
    };
    let mut draft = Draft {
        portal,
        tasks: table,
        full_text: lines
            .iter()
            .map(|line| line.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        ..Draft::default()
    };
    let (header_end, closing_start) = layout(&lines);
    let header_lines = lines.get(..header_end).unwrap_or_default();
    let (body_lines, closing_lines) =
        match decision::split(&lines, header_end, closing_start, &mut findings) {
            Some(parts) => {
                draft.issued_with = Some(parts.issued_with);
                (parts.body, parts.closing)
            }
            None => (
                lines
                    .get(header_end..closing_start)
                    .unwrap_or_default()
                    .to_vec(),
                lines.get(closing_start..).unwrap_or_default().to_vec(),
            ),
        };
    let (body_lines, closing_lines) = (body_lines.as_slice(), closing_lines.as_slice());
    header::read(header_lines, &mut draft, &mut findings);
    let paragraphs = body::paragraphs(body_lines);
    body::read(
        &paragraphs,
        !closing_lines.iter().all(|l| l.text.is_empty()),
        &mut draft,
        &mut findings,
    );
    closing::read(closing_lines, &mut draft, &mut findings);
    let plan = finish(draft, &mut findings);
    let provenance = provenance::collect(&plan, &findings.items);
    ImportResult {
        plan,
        diagnostics: findings.render(lang),
        provenance,
    }
}

/// Where the header ends and the closing (distribution list, signature) starts.
fn layout(lines: &[lines::Line]) -> (usize, usize) {
    let header_end = lines
        .iter()
        .position(|line| starts_opening(&line.text))
        .unwrap_or(lines.len());
    let after_header = lines.get(header_end..).unwrap_or_default();
    let closing = after_header.iter().enumerate().position(|(index, line)| {
        closing::starts_closing(&line.text)
            || index.checked_sub(1).is_some_and(|previous| {
                after_header
                    .get(previous)
                    .is_some_and(|l| l.text.ends_with("./."))
            })
    });
    let closing_start = closing.map_or(lines.len(), |offset| header_end + offset);
    (header_end, closing_start)
}

/// Whether a line starts the part after the header: a citation, the frame of a decision, or
/// the body's first part.
fn starts_opening(text: &str) -> bool {
    if legal_bases::starts_citation(text) {
        return true;
    }
    if text::starts_with_any(text, &["xét đề nghị", "quyết định:", "điều 1"]) {
        return true;
    }
    match lines::marker(text) {
        (lines::Marker::Roman(_), _) => true,
        (lines::Marker::Number(_), rest) => body::is_section_heading(rest),
        _ => false,
    }
}

/// Everything read so far, before cross-references are resolved.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    /// The normalised text, one line per line, for look-ups across parts.
    pub full_text: String,
    /// Bodies printed in capitals in the header, in order, with their lines.
    pub header_bodies: Vec<(String, usize)>,
    /// An issuer named in a title line or an announcement ("… của Sở Xây dựng tỉnh …").
    pub issuer_hint: Option<(String, usize)>,
    pub number: Option<(String, usize)>,
    pub issued: Option<(IssueDate, usize)>,
    pub kind: Option<DocumentKind>,
    pub title: Option<(String, usize)>,
    pub subject: Option<String>,
    pub legal_bases: Vec<(LegalBasis, usize)>,
    pub preamble: Option<(String, usize)>,
    pub purposes: Vec<String>,
    pub requirements: Vec<String>,
    pub audiences: Vec<body::AudienceDraft>,
    pub quotas: Vec<quota_sentences::QuotaDraft>,
    pub budget: Option<(Budget, usize)>,
    pub responsibilities: Vec<(String, usize)>,
    pub saw_implementation: bool,
    pub recipients: Option<(Vec<Recipient>, usize)>,
    pub archive: Option<(Archive, usize)>,
    pub signature: Option<(Signature, usize)>,
    pub cut_off: bool,
    /// A plan issued with a decision: "Ban hành kèm theo Quyết định số …", and its line.
    pub issued_with: Option<(String, usize)>,
    /// What a legal portal's metadata table above the document says.
    pub portal: portal::Metadata,
    /// The task table (an appendix), read apart from the text around it.
    pub tasks: Option<tasks::TableDraft>,
}

/// A finding before its message is rendered.
#[derive(Debug)]
struct Finding {
    rule: &'static Rule,
    line: usize,
    path: String,
    params: Params,
}

/// The findings of one import.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    items: Vec<Finding>,
}

impl Findings {
    /// Records that the text of `line` was set aside as no part of the plan's data (IMP020),
    /// quoting it.
    pub fn skipped(&mut self, line: usize, text: &str) {
        self.add(
            &codes::SKIPPED,
            line,
            "",
            Params::new().with("text", excerpt(text)),
        );
    }

    /// Records a finding of `rule` at source `line` (0 when it concerns no single line).
    pub fn add(
        &mut self,
        rule: &'static Rule,
        line: usize,
        path: impl Into<String>,
        params: Params,
    ) {
        let params = if line > 0 {
            params.with("line", line)
        } else {
            params
        };
        self.items.push(Finding {
            rule,
            line,
            path: path.into(),
            params,
        });
    }

    fn render(self, lang: Lang) -> Vec<Diagnostic> {
        // By source line (findings about no single line last), then by code; equal keys keep
        // the order they were found in. Codes are "IMP" and three digits, so the number orders
        // them (read from the code rather than the catalogue, which only the docs need).
        let code_rank = |code: &str| {
            code.get(3..)
                .and_then(|digits| digits.parse::<usize>().ok())
                .unwrap_or(0)
        };
        let mut order: Vec<(usize, usize)> = self
            .items
            .iter()
            .enumerate()
            .map(|(index, f)| {
                let line = if f.line == 0 {
                    usize::MAX >> 11
                } else {
                    f.line
                };
                (
                    line.saturating_mul(1024)
                        .saturating_add(code_rank(f.rule.code) % 1024),
                    index,
                )
            })
            .collect();
        sort_pairs(&mut order);
        let mut items: Vec<Option<Finding>> = self.items.into_iter().map(Some).collect();
        order
            .into_iter()
            .filter_map(|(_, index)| items.get_mut(index).and_then(Option::take))
            .map(|f| f.rule.at(f.path, f.params, lang))
            .collect()
    }
}

/// Sorts pairs; the one sort the importer uses, so the wasm bundle carries one copy of it.
pub(crate) fn sort_pairs(pairs: &mut [(usize, usize)]) {
    pairs.sort_unstable();
}

/// A short excerpt of `text` for messages: at most 80 characters, cut at a word.
pub(crate) fn excerpt(text: &str) -> String {
    const LIMIT: usize = 80;
    if text.chars().count() <= LIMIT {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > LIMIT {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// Resolves what one part says about another (issuer from the preamble, parent from the
/// province, quotas to forms, units to responsibilities) and reports what is missing.
fn finish(mut draft: Draft, findings: &mut Findings) -> Plan {
    let (document, year) = finish_document(&mut draft, findings);
    report_missing_body(&draft, findings);
    let mut audiences = body::finish_audiences(&draft.audiences, findings);
    let quotas = quota_sentences::finish(&draft.quotas, &mut audiences, findings);
    let holders = draft
        .archive
        .as_ref()
        .map(|(archive, _)| archive.holders.clone())
        .unwrap_or_default();
    let (mut units, implementation) = closing::implementation(
        &draft.responsibilities,
        draft.saw_implementation,
        &holders,
        findings,
    );
    let budget = finish_budget(&draft, year, findings);
    let tasks = draft
        .tasks
        .as_ref()
        .map(|table| tasks::finish(table, year, &mut units, &audiences, findings))
        .unwrap_or_default();
    let tasks_heading = draft
        .tasks
        .as_mut()
        .and_then(|table| table.heading.take())
        .map(|(text, _)| text);
    if !recognised_something(&draft) {
        findings.add(&codes::NO_PLAN, 0, "", Params::new());
    }
    Plan {
        schema_version: SCHEMA_VERSION,
        year,
        document,
        legal_bases: draft.legal_bases.into_iter().map(|(b, _)| b).collect(),
        preamble: draft.preamble.map(|(text, _)| text),
        purposes: draft.purposes,
        requirements: draft.requirements,
        audiences,
        quotas,
        budget,
        units,
        implementation: implementation.unwrap_or_else(empty_implementation),
        tasks,
        tasks_heading,
    }
}

/// The document's fields (number, bodies, title, date line, signature, distribution list,
/// archive) and the plan's year, reporting each that was not found. Takes the signature and
/// the distribution list out of the draft.
fn finish_document(draft: &mut Draft, findings: &mut Findings) -> (Document, i32) {
    let number = match (&draft.number, &draft.portal.number) {
        (Some((number, _)), _) => number.clone(),
        (None, Some((number, line))) => {
            let number = text::read_number(number).map_or_else(|| number.clone(), |n| n.normal);
            from_portal(findings, *line, "/document/number", "số, ký hiệu", &number);
            number
        }
        (None, None) => {
            findings.add(&codes::NUMBER_MISSING, 0, "/document/number", Params::new());
            String::new()
        }
    };
    let (issuer, province) = header::resolve_issuer(draft, &number, findings);
    let parent_body = header::resolve_parent(draft, &issuer, province.as_deref(), findings);
    let (title, subject) = match (&draft.title, &draft.subject) {
        (Some((title, _)), Some(subject)) => (title.clone(), subject.clone()),
        (Some((title, _)), None) => (title.clone(), String::new()),
        _ => {
            findings.add(&codes::TITLE_MISSING, 0, "/document/subject", Params::new());
            (String::new(), String::new())
        }
    };
    if !subject.is_empty() && !is_about_communication(&subject) {
        findings.add(
            &codes::NOT_COMMUNICATION,
            draft.title.as_ref().map_or(0, |(_, line)| *line),
            "/document/subject",
            Params::new().with("subject", excerpt(&subject)),
        );
    }
    if draft.issued.is_none() {
        draft.issued = portal_issued(draft, findings);
    }
    let year = header::resolve_year(draft, findings);
    let issued = match &draft.issued {
        Some((issued, _)) => issued.clone(),
        None => {
            findings.add(&codes::ISSUED_MISSING, 0, "/document/issued", Params::new());
            IssueDate {
                place: String::new(),
                text: String::new(),
                year: 0,
                date: None,
            }
        }
    };
    let signature = take_signature(draft, findings);
    let recipients = take_recipients(draft, findings);
    let archive = draft.archive.as_ref().map_or_else(
        || Archive {
            holders: Vec::new(),
            drafter: None,
            text: String::new(),
        },
        |(archive, _)| archive.clone(),
    );
    let issued_with = draft.issued_with.take().map(|(text, _)| text);
    let document = Document {
        kind: draft.kind.unwrap_or(DocumentKind::Plan),
        parent_body,
        issuer,
        number: DocumentNumber(number),
        issued,
        title,
        subject,
        signature,
        recipients,
        archive,
        issued_with,
    };
    (document, year)
}

/// The signature block, or an empty one reported missing.
fn take_signature(draft: &mut Draft, findings: &mut Findings) -> Signature {
    match (draft.signature.take(), &draft.portal.signer) {
        (Some((signature, _)), _) => signature,
        (None, Some((name, line))) => {
            from_portal(
                findings,
                *line,
                "/document/signature/signerName",
                "người ký",
                name,
            );
            Signature {
                authority: None,
                head_title: String::new(),
                signer_title: None,
                signer_name: name.clone(),
            }
        }
        (None, None) => {
            findings.add(
                &codes::SIGNATURE_MISSING,
                0,
                "/document/signature",
                Params::new(),
            );
            Signature {
                authority: None,
                head_title: String::new(),
                signer_title: None,
                signer_name: String::new(),
            }
        }
    }
}

/// Whether a subject names communication ("tuyên truyền", "thông tin", "truyền thông", "phổ
/// biến"): a plan without it is most likely a general plan, not a communication plan.
fn is_about_communication(subject: &str) -> bool {
    let lower = text::Lower::new(subject);
    ["tuyên truyền", "thông tin", "truyền thông", "phổ biến"]
        .iter()
        .any(|word| lower.contains(word))
}

/// Reports a value taken from the portal's metadata table (IMP038).
pub(crate) fn from_portal(
    findings: &mut Findings,
    line: usize,
    path: &str,
    field: &str,
    value: &str,
) {
    findings.add(
        &codes::FROM_PORTAL,
        line,
        path,
        Params::new()
            .with("field", field)
            .with("text", excerpt(value)),
    );
}

/// The date of issue from the portal's "Ngày ban hành" ("22/01/2024"), with no place: the
/// portal does not print one.
fn portal_issued(draft: &Draft, findings: &mut Findings) -> Option<(IssueDate, usize)> {
    let (value, line) = draft.portal.issued.as_ref()?;
    let parts = text::date::date_after_ngay(value.trim())?;
    from_portal(findings, *line, "/document/issued", "ngày ban hành", value);
    if parts.is_impossible() {
        findings.add(
            &codes::BAD_DATE,
            *line,
            "/document/issued/date",
            Params::new().with("text", value.as_str()),
        );
    }
    Some((
        IssueDate {
            place: String::new(),
            text: value.clone(),
            year: parts.year,
            date: parts.date(),
        },
        *line,
    ))
}

/// The distribution list, or an empty one reported missing.
fn take_recipients(draft: &mut Draft, findings: &mut Findings) -> Vec<Recipient> {
    match draft.recipients.take() {
        Some((recipients, _)) => recipients,
        None => {
            findings.add(
                &codes::RECIPIENTS_MISSING,
                0,
                "/document/recipients",
                Params::new(),
            );
            Vec::new()
        }
    }
}

/// Reports the parts of the body that were not found: purposes, requirements, audiences.
fn report_missing_body(draft: &Draft, findings: &mut Findings) {
    if draft.purposes.is_empty() {
        findings.add(&codes::PURPOSES_MISSING, 0, "/purposes", Params::new());
    }
    if draft.requirements.is_empty() {
        findings.add(
            &codes::REQUIREMENTS_MISSING,
            0,
            "/requirements",
            Params::new(),
        );
    }
    if draft.audiences.is_empty() {
        findings.add(&codes::AUDIENCES_MISSING, 0, "/audiences", Params::new());
    }
}

/// The budget duty, its year defaulting to the plan's, reported read (and its legal frame
/// reported when not found).
fn finish_budget(draft: &Draft, year: i32, findings: &mut Findings) -> Option<Budget> {
    draft.budget.as_ref().map(|(budget, line)| {
        let mut budget = budget.clone();
        if budget.fiscal_year == 0 {
            budget.fiscal_year = year;
        }
        findings.add(
            &codes::BUDGET_READ,
            *line,
            "/budget",
            Params::new().with("fiscalYear", budget.fiscal_year),
        );
        if budget.legal_frame.is_empty() {
            findings.add(
                &codes::BUDGET_FRAME_MISSING,
                *line,
                "/budget/legalFrame",
                Params::new(),
            );
        }
        budget
    })
}

/// Whether any part of a plan was read. The signature has been taken out of the draft by then
/// ([`finish_document`]), so a signature alone does not count.
fn recognised_something(draft: &Draft) -> bool {
    draft.number.is_some()
        || draft.title.is_some()
        || !draft.legal_bases.is_empty()
        || !draft.purposes.is_empty()
        || !draft.requirements.is_empty()
        || !draft.audiences.is_empty()
        || !draft.responsibilities.is_empty()
        || draft
            .tasks
            .as_ref()
            .is_some_and(|table| !table.rows.is_empty())
}

/// The implementation part when the text has none: no responsibilities, no units.
fn empty_implementation() -> Implementation {
    Implementation {
        responsibilities: Vec::new(),
        monitoring_unit: String::new(),
        reporting: no_reporting_rule(),
    }
}

/// The reporting rule when the text states none: no recipient, no schedule.
fn no_reporting_rule() -> ReportingRule {
    ReportingRule {
        recipient: Body {
            name: String::new(),
            abbreviation: None,
        },
        schedule: Vec::new(),
        with_cchc_report: false,
        deadline_day: None,
        holidays: Vec::new(),
        quota_periods: crate::QuotaPeriods::default(),
    }
}

/// Ids given so far in one namespace (audiences, forms, quotas, units), each with the counter
/// to try next when it is asked for again as a stem.
///
/// Searching a list from `-2` upwards for every new id made a text of a thousand forms of one
/// wording take seconds, and one at the import limit hours; this keeps it linear. One map,
/// not a set and a map, as each generic collection weighs on the WebAssembly module.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    taken: std::collections::HashMap<String, usize>,
}

impl Ids {
    /// Ids already given, taken in order.
    pub(crate) fn with_taken<'a>(ids: impl IntoIterator<Item = &'a str>) -> Ids {
        Ids {
            taken: ids.into_iter().map(|id| (id.to_string(), 2)).collect(),
        }
    }
}

/// Makes ids unique in order of appearance: `id`, `id-2`, `id-3` …
pub(crate) fn unique_id(stem: &str, ids: &mut Ids) -> String {
    let stem = if stem.is_empty() { "muc" } else { stem };
    // Every counter below the remembered one was taken, and ids are never given back.
    let Some(&first) = ids.taken.get(stem) else {
        ids.taken.insert(stem.to_string(), 2);
        return stem.to_string();
    };
    let mut counter = first;
    let id = loop {
        let id = format!("{stem}-{counter}");
        counter += 1;
        if !ids.taken.contains_key(&id) {
            break id;
        }
    };
    ids.taken.insert(stem.to_string(), counter);
    ids.taken.insert(id.clone(), 2);
    id
}

/// A unit as the model stores it.
pub(crate) fn unit(id: String, name: String, abbreviation: Option<String>) -> Unit {
    Unit {
        id,
        name,
        abbreviation,
    }
}

/// An audience as the model stores it (used by the body reader).
pub(crate) fn audience(id: String, heading: String) -> Audience {
    Audience {
        id,
        heading,
        content: Vec::new(),
        forms_heading: None,
        forms: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_numbered_from_2_past_those_taken() {
        let mut ids = Ids::with_taken(["tin-bai", "tin-bai-3"]);
        let given: Vec<String> = ["tin-bai", "tin-bai", "tin-bai", "", "", "tin-bai-2"]
            .iter()
            .map(|stem| unique_id(stem, &mut ids))
            .collect();
        assert_eq!(
            given,
            [
                "tin-bai-2",
                "tin-bai-4",
                "tin-bai-5",
                "muc",
                "muc-2",
                "tin-bai-2-2"
            ]
        );
    }
}

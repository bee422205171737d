//! Where each field of the draft plan came from: read from the text, taken from a portal's
//! metadata table, inferred, or missing — so an editor can highlight what a person must check.
//!
//! Derived from the import's findings, not decided a second time: a field is `portal-metadata`
//! when an IMP038 finding names it (or a field holding it), `inferred` when a finding of the
//! `import-guessed` category does (and a form's kind whenever it came from keyword cues,
//! IMP012), `missing` when it is left at its empty default, and `text` otherwise, with the
//! source line of the finding that names it or the nearest field holding it.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::{codes, Finding};
use crate::model::Plan;

/// Where one field's value came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Read from the text as printed.
    Text,
    /// Taken from a legal portal's metadata table above the document (IMP038).
    PortalMetadata,
    /// Guessed from other parts of the text or from keyword cues: check it.
    Inferred,
    /// Not found: left at its empty default.
    Missing,
}

/// One field of the draft plan and where its value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Provenance {
    /// JSON Pointer into the plan (`/document/number`, `/legalBases/3/number`).
    pub path: String,
    /// Where the value came from.
    pub source: Source,
    /// The 1-based line of the text it was read or inferred from, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub line: Option<u32>,
}

/// Codes of the `import-guessed` category (held to the catalogue by a test).
const GUESSED: [&str; 13] = [
    "IMP003", "IMP013", "IMP030", "IMP031", "IMP032", "IMP033", "IMP034", "IMP035", "IMP036",
    "IMP037", "IMP039", "IMP040", "IMP041",
];

/// Whether `ancestor` is `path` or a field holding it.
fn holds(ancestor: &str, path: &str) -> bool {
    !ancestor.is_empty()
        && path.starts_with(ancestor)
        && matches!(path.as_bytes().get(ancestor.len()), None | Some(b'/'))
}

/// The scoped fields of `plan`, each with whether it is empty.
fn fields(plan: &Plan) -> Vec<(String, bool)> {
    let document = &plan.document;
    let mut out: Vec<(String, bool)> = vec![
        ("/year".into(), plan.year == 0),
        ("/document/kind".into(), false),
        ("/document/number".into(), document.number.0.is_empty()),
        ("/document/issuer".into(), document.issuer.name.is_empty()),
        (
            "/document/parentBody".into(),
            document
                .parent_body
                .as_ref()
                .is_none_or(|body| body.name.is_empty()),
        ),
        (
            "/document/issued/place".into(),
            document.issued.place.is_empty(),
        ),
        ("/document/issued".into(), document.issued.text.is_empty()),
        ("/document/title".into(), document.title.is_empty()),
        ("/document/subject".into(), document.subject.is_empty()),
        (
            "/document/signature".into(),
            document.signature.signer_name.is_empty() && document.signature.head_title.is_empty(),
        ),
        (
            "/document/signature/signerName".into(),
            document.signature.signer_name.is_empty(),
        ),
    ];
    for (index, basis) in plan.legal_bases.iter().enumerate() {
        let at = |field: &str| format!("/legalBases/{index}/{field}");
        out.push((at("text"), basis.text.is_empty()));
        out.push((at("kind"), false));
        out.push((at("number"), basis.number.is_none()));
        out.push((at("date"), basis.date.is_none()));
        out.push((at("issuer"), basis.issuer.is_none()));
        out.push((at("subject"), basis.subject.is_none()));
    }
    out.push(("/preamble".into(), plan.preamble.is_none()));
    out.push(("/audiences".into(), plan.audiences.is_empty()));
    for (index, audience) in plan.audiences.iter().enumerate() {
        out.push((
            format!("/audiences/{index}/heading"),
            audience.heading.is_empty(),
        ));
        for (position, form) in audience.forms.iter().enumerate() {
            let at = format!("/audiences/{index}/forms/{position}");
            out.push((format!("{at}/name"), form.name.is_empty()));
            out.push((format!("{at}/kind"), false));
        }
    }
    for (index, quota) in plan.quotas.iter().enumerate() {
        out.push((format!("/quotas/{index}/form"), quota.form.is_empty()));
        out.push((format!("/quotas/{index}/period"), false));
        out.push((format!("/quotas/{index}/min"), false));
    }
    for (index, unit) in plan.units.iter().enumerate() {
        out.push((format!("/units/{index}/name"), unit.name.is_empty()));
    }
    let implementation = &plan.implementation;
    out.push((
        "/implementation/monitoringUnit".into(),
        implementation.monitoring_unit.is_empty(),
    ));
    out.push((
        "/implementation/reporting/recipient".into(),
        implementation.reporting.recipient.name.is_empty(),
    ));
    out.push((
        "/implementation/reporting/schedule".into(),
        implementation.reporting.schedule.is_empty(),
    ));
    out.push(("/budget".into(), plan.budget.is_none()));
    if !plan.tasks.is_empty() {
        out.push(("/tasksHeading".into(), plan.tasks_heading.is_none()));
    }
    for (index, task) in plan.tasks.iter().enumerate() {
        let at = |field: &str| format!("/tasks/{index}/{field}");
        out.push((at("content"), task.content.is_empty()));
        out.push((at("lead"), task.lead.is_empty()));
        out.push((at("coordinating"), task.coordinating.is_empty()));
        out.push((at("timing"), task.timing.is_none()));
        out.push((at("product"), task.product.is_none()));
        out.push((at("audience"), task.audience.is_none()));
        out.push((at("form"), task.form.is_none()));
    }
    out
}

/// The source and line of one non-empty field, from the findings.
fn source_of(path: &str, findings: &[Finding]) -> (Source, usize) {
    let line_of = |f: &Finding| f.line;
    if let Some(f) = findings.iter().find(|f| {
        f.rule.code == codes::FROM_PORTAL.code && (holds(&f.path, path) || holds(path, &f.path))
    }) {
        return (Source::PortalMetadata, line_of(f));
    }
    let from_cue = |f: &Finding| {
        f.rule.code == codes::FORM_READ.code && path.strip_prefix(f.path.as_str()) == Some("/kind")
    };
    if let Some(f) = findings
        .iter()
        .find(|f| (GUESSED.contains(&f.rule.code) && holds(&f.path, path)) || from_cue(f))
    {
        return (Source::Inferred, line_of(f));
    }
    // The title, the kind and the year are read from the subject's line; the monitoring unit
    // is reported with the reporting rule.
    let path = match path {
        "/document/title" | "/document/kind" | "/year" => "/document/subject",
        "/implementation/monitoringUnit" => "/implementation/reporting",
        other => other,
    };
    let line = findings
        .iter()
        .filter(|f| f.line > 0 && holds(&f.path, path))
        .max_by_key(|f| f.path.len())
        .map_or(0, line_of);
    (Source::Text, line)
}

/// The provenance of every scoped field of `plan`, then of any other field a finding reports
/// guessed or taken from the portal.
pub(super) fn collect(plan: &Plan, findings: &[Finding]) -> Vec<Provenance> {
    let mut out: Vec<Provenance> = fields(plan)
        .into_iter()
        .map(|(path, empty)| {
            let (source, line) = if empty {
                (Source::Missing, 0)
            } else {
                source_of(&path, findings)
            };
            Provenance {
                path,
                source,
                line: u32::try_from(line).ok().filter(|line| *line > 0),
            }
        })
        .collect();
    for finding in findings {
        let reported =
            finding.rule.code == codes::FROM_PORTAL.code || GUESSED.contains(&finding.rule.code);
        if reported && !out.iter().any(|p| p.path == finding.path) {
            let (source, line) = source_of(&finding.path, findings);
            out.push(Provenance {
                path: finding.path.clone(),
                source,
                line: u32::try_from(line).ok().filter(|line| *line > 0),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guessed_codes_are_the_catalogues_guessed_category() {
        let guessed: Vec<&str> = super::super::RULES
            .iter()
            .filter(|doc| doc.category == "import-guessed")
            .map(|doc| doc.rule.code)
            .filter(|code| *code != codes::FROM_PORTAL.code)
            .collect();
        assert_eq!(guessed, GUESSED);
    }

    #[test]
    fn holds_only_whole_segments() {
        assert!(holds("/legalBases/1", "/legalBases/1/number"));
        assert!(holds("/legalBases/1", "/legalBases/1"));
        assert!(!holds("/legalBases/1", "/legalBases/10"));
        assert!(!holds("", "/year"));
    }
}

//! A plan issued with a decision: "QUYẾT ĐỊNH / Ban hành Kế hoạch …", the decision's citations
//! and articles (Điều 1 … Điều 3), its closing and signature, then the plan itself — "KẾ HOẠCH
//! … (Ban hành kèm theo Quyết định số … ngày … của …)" — and the plan's body.
//!
//! The number, date and signature are the decision's: the header and the closing are read from
//! the decision. The plan's body is read as the body, after the decision's articles, and the
//! "Ban hành kèm theo …" line is kept (`Document::issued_with`).

use crate::diagnostic::Params;

use super::lines::{self, Line};
use super::{closing, codes, excerpt, Findings};
use crate::model::DocumentKind;
use crate::text;

/// The parts of a decision with its plan, as the readers take them.
pub(crate) struct Parts {
    /// The decision's citations and articles, then the plan's body.
    pub body: Vec<Line>,
    /// The decision's closing (distribution list, signature); the plan's own when the
    /// decision has none.
    pub closing: Vec<Line>,
    /// "Ban hành kèm theo Quyết định số … ngày … của …", without brackets, and its line.
    pub issued_with: (String, usize),
}

/// Whether a line is the annexed plan's "(Ban hành kèm theo Quyết định …)".
fn is_issued_with(text: &str) -> bool {
    let inner = text.trim_start_matches(['(', '[', '*', '_']).trim_start();
    text::starts_with_any(inner, &["ban hành kèm theo"])
        && text::Lower::new(inner).contains("quyết định")
        && !text::Lower::new(inner).contains("quyết định này")
}

/// Whether a line is the annexed plan's title: "KẾ HOẠCH", alone or with its subject.
fn is_plan_title(text: &str) -> bool {
    // In capitals: "Kế hoạch số 02/KH-UBND …" in running text is a citation, not a title.
    let head: Vec<&str> = text.split_whitespace().take(2).collect();
    DocumentKind::from_vietnamese_prefix(text) == Some(DocumentKind::Plan)
        && lines::is_all_caps(&head.join(" "))
}

/// Where the annexed plan's repeated header starts: the run of blank and capitalised lines
/// just above its title, from its first body name or national motto on (a signer's name
/// printed in capitals is not one, so it stays with the decision's signature).
fn annex_header_start(lines: &[Line], from: usize, title: usize) -> usize {
    let mut start = title;
    let mut index = title;
    while index > from {
        index -= 1;
        let Some(line) = lines.get(index) else { break };
        let text = line.text.as_str();
        let motto = text::starts_with_any(
            text,
            &["cộng hòa", "cộng hoà", "chủ nghĩa việt nam", "độc lập"],
        );
        if text.is_empty() {
            continue;
        }
        if !(motto || lines::is_all_caps(text) || text.chars().all(|c| !c.is_alphanumeric())) {
            break;
        }
        if motto || lines::starts_with_agency(text) {
            start = index;
        }
    }
    start
}

/// Splits a decision with its annexed plan, when the text has one after the decision's
/// header (`header_end`); `closing_start` is where the decision's closing starts.
pub(crate) fn split(
    lines: &[Line],
    header_end: usize,
    closing_start: usize,
    findings: &mut Findings,
) -> Option<Parts> {
    let at = lines
        .iter()
        .enumerate()
        .skip(header_end)
        .find(|(_, line)| is_issued_with(&line.text))?
        .0;
    let title = (header_end..at)
        .rev()
        .take(8)
        .find(|&index| lines.get(index).is_some_and(|l| is_plan_title(&l.text)))?;
    // The line, joined with its wrap when the bracket closes on the next line.
    let first = lines.get(at)?;
    let mut printed = first.text.clone();
    let mut body_start = at + 1;
    if printed.starts_with('(') && !printed.contains(')') {
        if let Some(next) = lines.get(at + 1).filter(|l| l.text.ends_with(')')) {
            printed = format!("{printed} {}", next.text);
            body_start = at + 2;
        }
    }
    let issued_with = printed
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim()
        .to_string();
    findings.add(
        &codes::ISSUED_WITH_READ,
        first.no,
        "/document/issuedWith",
        Params::new().with("text", excerpt(&issued_with)),
    );
    // The plan's title and subject restate the decision's subject: set aside.
    set_aside(lines.get(title..at).unwrap_or_default(), findings);
    let decision_closing = closing_start.clamp(header_end, title);
    // The plan's own header (bodies, national name) printed again above its title.
    let annex_start = annex_header_start(lines, decision_closing, title);
    set_aside(lines.get(annex_start..title).unwrap_or_default(), findings);
    let plan_lines = lines.get(body_start..).unwrap_or_default();
    let plan_closing = plan_lines
        .iter()
        .position(|line| closing::starts_closing(&line.text))
        .unwrap_or(plan_lines.len());
    let mut body: Vec<Line> = lines
        .get(header_end..decision_closing)
        .unwrap_or_default()
        .to_vec();
    body.push(Line {
        no: first.no,
        text: String::new(),
    });
    body.extend(
        plan_lines
            .get(..plan_closing)
            .unwrap_or_default()
            .iter()
            .cloned(),
    );
    let mut closing: Vec<Line> = lines
        .get(decision_closing..annex_start)
        .unwrap_or_default()
        .to_vec();
    let plan_closing_lines = plan_lines.get(plan_closing..).unwrap_or_default();
    if closing.iter().all(|l| l.text.is_empty()) {
        closing.extend(plan_closing_lines.iter().cloned());
    } else {
        set_aside(plan_closing_lines, findings);
    }
    Some(Parts {
        body,
        closing,
        issued_with: (issued_with, first.no),
    })
}

/// Each line with text, set aside as no part of the plan's data.
fn set_aside(lines: &[Line], findings: &mut Findings) {
    for line in lines.iter().filter(|line| !line.text.is_empty()) {
        findings.skipped(line.no, &line.text);
    }
}

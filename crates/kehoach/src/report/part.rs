//! The outputs besides the whole document: the report's body alone, as the section of the
//! agency's periodic CCHC report (a fragment to paste, without page, header or signature), and
//! the drafter's checklist.

use super::layout::{escape_html, escape_markdown, html_block, markdown_block, text_block};
use super::words::pick;
use super::{Report, ReportFormat};

/// The body of a report built with [`super::ReportPart::Section`]: its subject as the section
/// title, the introduction, then the sections. HTML is a fragment (no `<html>`, no style).
pub(crate) fn render_section(report: &Report, format: ReportFormat) -> String {
    let mut out = String::new();
    match format {
        ReportFormat::Html => {
            let e = escape_html;
            out.push_str(&format!("<section>\n<h2>{}</h2>\n", e(&report.subject)));
            for paragraph in &report.introduction {
                out.push_str(&format!("<p>{}</p>\n", e(paragraph)));
            }
            for section in &report.sections {
                out.push_str(&format!("<h3>{}</h3>\n", e(&section.heading)));
                for block in &section.blocks {
                    html_block(&mut out, block, "h4", "<table>");
                }
            }
            out.push_str("</section>\n");
        }
        ReportFormat::Markdown => {
            let e = escape_markdown;
            out.push_str(&format!("## {}\n\n", e(&report.subject)));
            for paragraph in &report.introduction {
                out.push_str(&format!("{}\n\n", e(paragraph)));
            }
            for section in &report.sections {
                out.push_str(&format!("### {}\n\n", e(&section.heading)));
                for block in &section.blocks {
                    markdown_block(&mut out, block, "####");
                }
            }
        }
        ReportFormat::Text | ReportFormat::Json => {
            out.push_str(&format!("{}\n\n", report.subject));
            for paragraph in &report.introduction {
                out.push_str(&format!("{paragraph}\n\n"));
            }
            for section in &report.sections {
                out.push_str(&format!("{}\n\n", section.heading));
                for block in &section.blocks {
                    text_block(&mut out, block);
                }
            }
        }
    }
    out
}

/// The drafter's checklist of a report: a list in text and Markdown, a fragment in HTML, the
/// array of items in JSON.
pub fn render_checklist(report: &Report, format: ReportFormat) -> String {
    let lang = report.lang;
    let title = pick(
        lang,
        "Những việc người soạn thảo cần làm trước khi trình ký",
        "For the drafter, before the report is signed",
    );
    let empty = pick(lang, "Không có.", "Nothing.");
    let mut out = String::new();
    match format {
        ReportFormat::Json => return crate::model::save::to_pretty_json(&report.checklist),
        ReportFormat::Text => {
            out.push_str(&format!("{title}\n\n"));
            if report.checklist.is_empty() {
                out.push_str(&format!("{empty}\n"));
            }
            for item in &report.checklist {
                out.push_str(&format!("- [{}] {}\n", item.location, item.message));
            }
        }
        ReportFormat::Markdown => {
            let e = escape_markdown;
            out.push_str(&format!("## {}\n\n", e(title)));
            if report.checklist.is_empty() {
                out.push_str(&format!("{empty}\n"));
            }
            for item in &report.checklist {
                out.push_str(&format!(
                    "- [ ] **{}** {}\n",
                    e(&item.location),
                    e(&item.message)
                ));
            }
        }
        ReportFormat::Html => {
            let e = escape_html;
            out.push_str(&format!("<section>\n<h2>{}</h2>\n", e(title)));
            if report.checklist.is_empty() {
                out.push_str(&format!("<p>{empty}</p>\n"));
            } else {
                out.push_str("<ul>\n");
                for item in &report.checklist {
                    out.push_str(&format!(
                        "<li><b>{}</b> {}</li>\n",
                        e(&item.location),
                        e(&item.message)
                    ));
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</section>\n");
        }
    }
    out
}

//! The plan itself as a printable document: the same administrative form as the report
//! (header, kind name and trích yếu, căn cứ, numbered sections, nơi nhận, signature), built
//! into the [`Report`] model so every renderer — Markdown, HTML, text, JSON and Word — lays it
//! out without knowing it is a plan.
//!
//! ```
//! use kehoach::report::{render_plan, ReportFormat};
//! let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! let text = render_plan(&plan, ReportFormat::Text, kehoach::Lang::Vi)?;
//! assert!(text.contains("KẾ HOẠCH"));
//! assert!(text.contains("I. MỤC ĐÍCH, YÊU CẦU"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use time::{Date, Month};

use super::words::{header_name, pick};
use super::{render_report, Block, Report, ReportFormat, ReportHeader, Section};
use crate::period::{PeriodError, PeriodId};
use crate::{Lang, Plan};

/// The plan as a document in the report model: `period` is the plan's year, `date` its date of
/// issue, if any, and `as_of` that date or, while it is an undated draft, the first day of its
/// year. Headings are in
/// `lang`; the plan's own sentences stay as written.
pub fn plan_document(plan: &Plan, lang: Lang) -> Result<Report, PeriodError> {
    let doc = &plan.document;
    let period = PeriodId::year(plan.year)?;
    let as_of = doc.issued.date.unwrap_or_else(|| {
        Date::from_calendar_date(plan.year, Month::January, 1).unwrap_or(Date::MIN)
    });
    let p = |vi: &'static str, en: &'static str| pick(lang, vi, en).to_string();
    let header = ReportHeader {
        parent_body: doc
            .parent_body
            .as_ref()
            .map(|body| header_name(&body.name, body.abbreviation.as_deref())),
        issuer: header_name(&doc.issuer.name, None),
        number: format!("{}: {}", p("Số", "No."), doc.number.as_str()),
        national_name: super::words::national_name(lang).into(),
        motto: super::words::motto(lang).into(),
        place_date: doc.issued.text.clone(),
    };
    let mut introduction: Vec<String> = plan
        .legal_bases
        .iter()
        .map(|basis| citation(lang, &basis.text))
        .collect();
    introduction.extend(plan.preamble.iter().cloned());
    let mut sections = vec![purposes(plan, lang), content(plan, lang)];
    let mut numeral = 3;
    if let Some(budget) = &plan.budget {
        sections.push(Section {
            heading: format!("{}. {}", roman(numeral), p("KINH PHÍ", "FUNDING")),
            blocks: vec![Block::Paragraph {
                text: budget.text.clone(),
            }],
        });
        numeral += 1;
    }
    sections.push(Section {
        heading: format!(
            "{}. {}",
            roman(numeral),
            p("TỔ CHỨC THỰC HIỆN", "IMPLEMENTATION")
        ),
        blocks: plan
            .implementation
            .responsibilities
            .iter()
            .map(|r| Block::Paragraph {
                text: r.text.clone(),
            })
            .collect(),
    });
    let mut recipients: Vec<String> = doc
        .recipients
        .iter()
        .map(|r| match &r.purpose {
            Some(purpose) => format!("{} ({purpose});", r.name),
            None => format!("{};", r.name),
        })
        .collect();
    recipients.push(doc.archive.text.clone());
    Ok(Report {
        schema_version: crate::SCHEMA_VERSION,
        lang,
        period,
        part: super::ReportPart::Document,
        date: doc.issued.date,
        as_of,
        header,
        title: doc.title.clone(),
        subject: doc.subject.clone(),
        introduction,
        sections,
        closing: String::new(),
        recipients_heading: p("Nơi nhận:", "Recipients:"),
        recipients,
        signature: doc.signature.lines(),
        checklist: Vec::new(),
    })
}

/// Renders the plan as a document in `format` (Markdown, HTML, text, or the model as JSON).
pub fn render_plan(plan: &Plan, format: ReportFormat, lang: Lang) -> Result<String, PeriodError> {
    Ok(render_report(&plan_document(plan, lang)?, format))
}

/// A căn cứ line: `Căn cứ <citation>;` unless the plan's text already reads so.
fn citation(lang: Lang, text: &str) -> String {
    let text = text.trim().trim_end_matches([';', '.']);
    let lead = pick(lang, "Căn cứ", "Pursuant to");
    if text.starts_with("Căn cứ") || text.starts_with(lead) {
        format!("{text};")
    } else {
        format!("{lead} {text};")
    }
}

/// I. Purposes and requirements.
fn purposes(plan: &Plan, lang: Lang) -> Section {
    let mut blocks = vec![Block::Heading {
        text: pick(lang, "1. Mục đích", "1. Purposes").into(),
    }];
    if !plan.purposes.is_empty() {
        blocks.push(Block::List {
            items: plan.purposes.clone(),
        });
    }
    blocks.push(Block::Heading {
        text: pick(lang, "2. Yêu cầu", "2. Requirements").into(),
    });
    if !plan.requirements.is_empty() {
        blocks.push(Block::List {
            items: plan.requirements.clone(),
        });
    }
    Section {
        heading: format!(
            "I. {}",
            pick(lang, "MỤC ĐÍCH, YÊU CẦU", "PURPOSES AND REQUIREMENTS")
        ),
        blocks,
    }
}

/// II. Content and forms per audience, then the quotas as a table.
fn content(plan: &Plan, lang: Lang) -> Section {
    let mut blocks = Vec::new();
    for (index, audience) in plan.audiences.iter().enumerate() {
        blocks.push(Block::Heading {
            text: format!("{}. {}", index + 1, audience.heading),
        });
        blocks.push(Block::Paragraph {
            text: format!(
                "a) {}",
                pick(lang, "Nội dung tuyên truyền", "What to communicate")
            ),
        });
        if !audience.content.is_empty() {
            blocks.push(Block::List {
                items: audience.content.clone(),
            });
        }
        let forms_heading = audience
            .forms_heading
            .clone()
            .unwrap_or_else(|| pick(lang, "Hình thức tuyên truyền", "Forms").into());
        blocks.push(Block::Paragraph {
            text: format!("b) {forms_heading}"),
        });
        let items: Vec<String> = audience
            .forms
            .iter()
            .filter_map(|form| form.text.clone())
            .collect();
        if !items.is_empty() {
            blocks.push(Block::List { items });
        }
    }
    if !plan.quotas.is_empty() {
        blocks.push(Block::Heading {
            text: format!(
                "{}. {}",
                plan.audiences.len() + 1,
                pick(lang, "Chỉ tiêu", "Quotas")
            ),
        });
        let rows = plan
            .quotas
            .iter()
            .enumerate()
            .map(|(index, quota)| {
                let form = plan
                    .form(&quota.form)
                    .map_or_else(|| quota.form.clone(), |form| form.name.clone());
                let text = quota.text.clone().unwrap_or_else(|| {
                    format!("{} {}", pick(lang, "tối thiểu", "at least"), quota.min)
                });
                vec![format!("{}", index + 1), form, text]
            })
            .collect();
        blocks.push(Block::Table {
            columns: vec![
                pick(lang, "TT", "No.").into(),
                pick(lang, "Hình thức", "Form").into(),
                pick(lang, "Chỉ tiêu", "Quota").into(),
            ],
            rows,
        });
    }
    Section {
        heading: format!(
            "II. {}",
            pick(
                lang,
                "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
                "CONTENT AND FORMS OF COMMUNICATION"
            )
        ),
        blocks,
    }
}

/// Roman numerals for section headings (I–X is all a plan uses).
fn roman(n: usize) -> &'static str {
    const NUMERALS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    NUMERALS.get(n.wrapping_sub(1)).copied().unwrap_or("X")
}

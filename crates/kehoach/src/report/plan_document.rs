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
        appendices: task_appendix(plan, lang).into_iter().collect(),
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

/// The task table as the plan attaches it ("PHỤ LỤC"): its heading as written, the line saying
/// which plan it goes with, and the columns the plan fills (a column no task fills, such as
/// "Ghi chú", is left out, as a drafter would).
fn task_appendix(plan: &Plan, lang: Lang) -> Option<Section> {
    if plan.tasks.is_empty() {
        return None;
    }
    let heading = plan
        .tasks_heading
        .clone()
        .unwrap_or_else(|| pick(lang, "PHỤ LỤC. NHIỆM VỤ", "APPENDIX. TASKS").to_string());
    let doc = &plan.document;
    let numbered = doc
        .number
        .parse()
        .is_some_and(|parsed| parsed.sequence.is_some());
    let date = doc
        .issued
        .date
        .map(|date| super::words::short_date(lang, date));
    let attached = match (lang, numbered, date) {
        (Lang::Vi, true, Some(date)) => format!(
            "(Kèm theo Kế hoạch số {} ngày {date} của {})",
            doc.number.as_str(),
            doc.issuer.name
        ),
        (Lang::Vi, true, None) => format!(
            "(Kèm theo Kế hoạch số {} của {})",
            doc.number.as_str(),
            doc.issuer.name
        ),
        (Lang::Vi, false, _) => format!("(Kèm theo Kế hoạch của {})", doc.issuer.name),
        (Lang::En, true, Some(date)) => format!(
            "(Attached to plan No. {} of {date} of the {})",
            doc.number.as_str(),
            doc.issuer.name
        ),
        (Lang::En, true, None) => format!(
            "(Attached to plan No. {} of the {})",
            doc.number.as_str(),
            doc.issuer.name
        ),
        (Lang::En, false, _) => format!("(Attached to the plan of the {})", doc.issuer.name),
    };
    // Unit names hold commas ("UBND các xã, thị trấn"): the plan's own table separates them
    // with semicolons, and so does this one, so a reader (or the importer) can tell them apart.
    let units = |ids: &[String]| {
        ids.iter()
            .map(|id| {
                plan.unit(id)
                    .map_or_else(|| id.clone(), |unit| unit.name.clone())
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    // Each column: its heading, and the cell of a task.
    type Cell<'a> = Box<dyn Fn(&crate::Task) -> String + 'a>;
    let mut columns: Vec<(&str, Cell<'_>)> = vec![(
        pick(lang, "Nội dung nhiệm vụ", "Task"),
        Box::new(|task| task.content.clone()),
    )];
    if plan.tasks.iter().any(|task| !task.lead.is_empty()) {
        columns.push((
            pick(lang, "Cơ quan chủ trì", "Lead"),
            Box::new(move |task| units(&task.lead)),
        ));
    }
    if plan.tasks.iter().any(|task| !task.coordinating.is_empty()) {
        columns.push((
            pick(lang, "Cơ quan phối hợp", "Coordinating"),
            Box::new(move |task| units(&task.coordinating)),
        ));
    }
    if plan.tasks.iter().any(|task| task.timing.is_some()) {
        columns.push((
            pick(lang, "Thời gian thực hiện", "Timing"),
            Box::new(|task| {
                task.timing
                    .as_ref()
                    .map_or_else(String::new, |t| t.text.clone())
            }),
        ));
    }
    if plan.tasks.iter().any(|task| task.product.is_some()) {
        columns.push((
            pick(lang, "Sản phẩm", "Product"),
            Box::new(|task| task.product.clone().unwrap_or_default()),
        ));
    }
    if plan.tasks.iter().any(|task| task.notes.is_some()) {
        columns.push((
            pick(lang, "Ghi chú", "Notes"),
            Box::new(|task| task.notes.clone().unwrap_or_default()),
        ));
    }
    let mut rows = Vec::new();
    let mut group: Option<&str> = None;
    for (index, task) in plan.tasks.iter().enumerate() {
        if let Some(name) = task.group.as_deref().filter(|name| group != Some(*name)) {
            let mut row = vec![String::new(), name.to_string()];
            row.resize(columns.len() + 1, String::new());
            rows.push(row);
        }
        group = task.group.as_deref();
        let mut row = vec![task
            .number
            .clone()
            .unwrap_or_else(|| (index + 1).to_string())];
        row.extend(columns.iter().map(|(_, cell)| cell(task)));
        rows.push(row);
    }
    let mut headings = vec![pick(lang, "STT", "No.").to_string()];
    headings.extend(columns.iter().map(|(name, _)| name.to_string()));
    Some(Section {
        heading,
        blocks: vec![
            Block::Paragraph { text: attached },
            Block::Table {
                columns: headings,
                rows,
            },
        ],
    })
}

/// Roman numerals for section headings (I–X is all a plan uses).
fn roman(n: usize) -> &'static str {
    const NUMERALS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    NUMERALS.get(n.wrapping_sub(1)).copied().unwrap_or("X")
}

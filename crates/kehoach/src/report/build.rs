//! Building the report model from a plan and its evaluation: every sentence, figure and
//! table cell of the report is decided here.

use super::digest::Digest;
use super::narrative::filled;
use super::words::{
    activities, count, counted, header_name, long_date, lower_first, number, pick, quantities,
    short_date, task_status, upper_first, verdict,
};
use super::{
    Block, ChecklistItem, ChecklistKind, Report, ReportHeader, ReportOptions, ReportPart, Section,
};
use crate::evaluate::{
    Evaluation, FormTotals, QuotaEvaluation, QuotaRow, QuotaStatus, TaskEvaluation, TaskStatus,
};
use crate::period::{
    deadline, span_short, span_text, Deadline, DeadlineStatus, PeriodId, PeriodKind, WindowKind,
};
use crate::{Audience, Form, Lang, Measure, PeriodType, Plan, QuotaPeriods, Task, Timing};

/// Builds the report of `evaluation` in `lang`, with the default options and without naming
/// activities (the evaluation holds only sums: see [`build_with`]).
pub fn build(plan: &Plan, evaluation: &Evaluation, lang: Lang) -> Report {
    build_with(
        plan,
        evaluation,
        None,
        &ReportOptions {
            lang,
            ..ReportOptions::default()
        },
    )
}

/// Builds the report of `evaluation`: `digest` names the activities (from the same log),
/// `options` give the language, the part, the signing date, the drafter's narrative and the
/// distribution list.
pub fn build_with(
    plan: &Plan,
    evaluation: &Evaluation,
    digest: Option<&Digest>,
    options: &ReportOptions,
) -> Report {
    let lang = options.lang;
    let builder = Builder {
        plan,
        evaluation,
        lang,
        label: evaluation.period.id.label(lang),
        digest,
        narrative: options.narrative.clone().unwrap_or_default(),
        part: options.part,
        signed_on: options.signed_on,
    };
    let (subject, sections) = match options.part {
        ReportPart::Document => (builder.subject(), builder.sections()),
        ReportPart::Section => (builder.section_title(), builder.sections()),
    };
    Report {
        schema_version: crate::SCHEMA_VERSION,
        lang,
        period: evaluation.period.id,
        part: options.part,
        date: options.signed_on,
        as_of: evaluation.window.as_of,
        header: builder.header(),
        title: pick(lang, "BÁO CÁO", "REPORT").into(),
        subject,
        introduction: builder.introduction(),
        sections,
        closing: builder.closing(),
        recipients_heading: pick(lang, "Nơi nhận:", "Recipients:").into(),
        recipients: options
            .recipients
            .clone()
            .unwrap_or_else(|| builder.recipients()),
        signature: builder.signature(),
        appendices: Vec::new(),
        checklist: builder.checklist(),
    }
}

/// How many activities a cell of the task table names: a cell is read beside five others, and
/// a monthly task's twenty articles belong to the form's account, not to the table.
const TASK_ACTIVITIES_SHOWN: usize = 2;

struct Builder<'a> {
    plan: &'a Plan,
    evaluation: &'a Evaluation,
    lang: Lang,
    label: String,
    digest: Option<&'a Digest>,
    narrative: super::Narrative,
    part: ReportPart,
    signed_on: Option<time::Date>,
}

/// The three levels of headings: "I.", "1.", "a)" in a document; "1.", "a)", "-" in the
/// section of a CCHC report, nested one level down.
#[derive(Clone, Copy)]
enum Level {
    Section,
    Item,
    Sub,
}

impl Builder<'_> {
    fn pick<'s>(&self, vi: &'s str, en: &'s str) -> &'s str {
        pick(self.lang, vi, en)
    }

    fn issuer(&self) -> &str {
        &self.plan.document.issuer.name
    }

    fn form(&self, id: &str) -> Option<&Form> {
        self.plan.form(id)
    }

    fn form_name(&self, id: &str) -> String {
        self.form(id)
            .map_or_else(|| id.to_string(), |form| form.name.clone())
    }

    fn unit_name(&self, id: &str) -> String {
        self.plan
            .unit(id)
            .map_or_else(|| id.to_string(), |unit| unit.name.clone())
    }

    /// A numbered heading: `number` counts from 1 at its level.
    fn heading(&self, level: Level, number: usize, text: &str) -> String {
        let document = self.part == ReportPart::Document;
        match (level, document) {
            (Level::Section, true) => format!(
                "{}. {}",
                crate::period::roman(u8::try_from(number).unwrap_or(u8::MAX)),
                crate::text::fold::upper(text)
            ),
            (Level::Section, false) | (Level::Item, true) => format!("{number}. {text}"),
            (Level::Item, false) | (Level::Sub, true) => {
                format!("{}) {text}", letter(number))
            }
            (Level::Sub, false) => format!("- {text}:"),
        }
    }

    fn header(&self) -> ReportHeader {
        let doc = &self.plan.document;
        let symbol = doc
            .issuer
            .abbreviation
            .as_deref()
            .map_or_else(String::new, |abbreviation| format!("-{abbreviation}"));
        let place_date = format!("{}, {}", doc.issued.place, self.date_text());
        ReportHeader {
            parent_body: doc
                .parent_body
                .as_ref()
                .map(|body| header_name(&body.name, body.abbreviation.as_deref())),
            issuer: header_name(&doc.issuer.name, None),
            number: format!("{}:    /BC{symbol}", self.pick("Số", "No.")),
            national_name: super::words::national_name(self.lang).into(),
            motto: super::words::motto(self.lang).into(),
            place_date,
        }
    }

    fn subject(&self) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính {}",
                self.label
            ),
            Lang::En => format!(
                "Results of the administrative reform communication plan, {}",
                self.label
            ),
        }
    }

    /// The date line's date: the signing day, or a draft's blank day in the month and year of
    /// the "as of" day (by default the cut-off's last day, when the report is written).
    fn date_text(&self) -> String {
        if let Some(date) = self.signed_on {
            return long_date(self.lang, date);
        }
        let as_of = self.evaluation.window.as_of;
        match self.lang {
            Lang::Vi => {
                let month = u8::from(as_of.month());
                let month = if month < 3 {
                    format!("{month:02}")
                } else {
                    month.to_string()
                };
                format!("ngày    tháng {month} năm {}", as_of.year())
            }
            Lang::En => format!("…… {} {}", as_of.month(), as_of.year()),
        }
    }

    /// Whether the plan has its number (a draft's is blank: "/KH-SVHTTDL").
    fn plan_numbered(&self) -> bool {
        self.plan
            .document
            .number
            .parse()
            .is_some_and(|parsed| parsed.sequence.is_some())
    }

    /// The plan as the report cites it, the first time: "Kế hoạch số 11/KH-SVHTTDL ngày
    /// 19/01/2023 của Sở … về …"; a draft without a number by its title, as the draft it is.
    fn plan_citation(&self) -> String {
        let doc = &self.plan.document;
        let issuer = self.issuer();
        let date = doc.issued.date.map(|date| short_date(self.lang, date));
        match (self.lang, self.plan_numbered()) {
            (Lang::Vi, true) => format!(
                "Kế hoạch số {}{} của {issuer} về {}",
                doc.number.as_str(),
                date.map_or_else(String::new, |d| format!(" ngày {d}")),
                lower_first(&doc.subject)
            ),
            (Lang::Vi, false) => format!("Kế hoạch {} của {issuer}", lower_first(&doc.subject)),
            (Lang::En, true) => format!(
                "plan No. {}{} of {issuer}, “{}”",
                doc.number.as_str(),
                date.map_or_else(String::new, |d| format!(" of {d}")),
                doc.subject
            ),
            (Lang::En, false) => format!("plan “{}” of {issuer}", doc.subject),
        }
    }

    /// The plan mentioned again: "Kế hoạch số 11/KH-SVHTTDL", or "Kế hoạch" for a draft.
    fn plan_short(&self) -> String {
        match (self.lang, self.plan_numbered()) {
            (Lang::Vi, true) => format!("Kế hoạch số {}", self.plan.document.number.as_str()),
            (Lang::Vi, false) => "Kế hoạch".into(),
            (Lang::En, true) => format!("plan No. {}", self.plan.document.number.as_str()),
            (Lang::En, false) => "the plan".into(),
        }
    }

    fn introduction(&self) -> Vec<String> {
        let lang = self.lang;
        let window = &self.evaluation.window;
        let mut paragraphs = vec![self.opening()];
        paragraphs.push(self.data_window());
        match window.counted {
            None => paragraphs.push(
                self.pick(
                    "Kỳ báo cáo nằm ngoài thời gian của Kế hoạch: không có hoạt động nào được tính.",
                    "The period lies outside the plan's time: no activity is counted.",
                )
                .into(),
            ),
            Some(counted) if counted != window.span => paragraphs.push(match lang {
                Lang::Vi => format!(
                    "Hoạt động được tính {}, trong thời gian của Kế hoạch và đến ngày báo cáo.",
                    span_text(&counted, lang)
                ),
                Lang::En => format!(
                    "Activities are counted {}, within the plan's time and up to the report's date.",
                    span_text(&counted, lang)
                ),
            }),
            Some(_) => {}
        }
        if !window.period_over {
            paragraphs.push(match lang {
                Lang::Vi => format!(
                    "Kỳ báo cáo chưa kết thúc: số liệu tính đến ngày {}.",
                    short_date(lang, window.as_of)
                ),
                Lang::En => format!(
                    "The period is not over: figures are as of {}.",
                    short_date(lang, window.as_of)
                ),
            });
        }
        paragraphs
    }

    /// "Thực hiện Kế hoạch số … của …, Sở … báo cáo kết quả thực hiện quý I năm 2023 như
    /// sau:"; in the section of a CCHC report, the results follow without "báo cáo".
    fn opening(&self) -> String {
        match (self.lang, self.part) {
            (Lang::Vi, ReportPart::Document) => format!(
                "Thực hiện {}, {} báo cáo kết quả thực hiện {} như sau:",
                self.plan_citation(),
                self.issuer(),
                self.label
            ),
            (Lang::Vi, ReportPart::Section) => format!(
                "Thực hiện {}, kết quả công tác thông tin, tuyên truyền cải cách hành chính {} như sau:",
                self.plan_citation(),
                self.label
            ),
            (Lang::En, ReportPart::Document) => format!(
                "Pursuant to the {}, {} reports the results for {} as follows:",
                self.plan_citation(),
                self.issuer(),
                self.label
            ),
            (Lang::En, ReportPart::Section) => format!(
                "Pursuant to the {}, administrative reform communication in {} achieved the following:",
                self.plan_citation(),
                self.label
            ),
        }
    }

    /// The section title in a CCHC report.
    fn section_title(&self) -> String {
        self.pick(
            "Công tác thông tin, tuyên truyền cải cách hành chính",
            "Administrative reform information and communication",
        )
        .into()
    }

    /// The data window, and in one sentence the periods the quotas were counted in:
    /// "Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/03/2023, theo Nghị định số
    /// 09/2019/NĐ-CP …. Chỉ tiêu hằng tháng được tính theo tháng dương lịch của năm 2023;
    /// tháng 3/2023 tính đến ngày 14/03/2023, chưa hết kỳ."
    fn data_window(&self) -> String {
        let lang = self.lang;
        let window = &self.evaluation.window;
        let range = matches!(self.evaluation.period.id.kind(), PeriodKind::Range);
        let span = span_text(&window.span, lang);
        let mut data = match (window.kind, range, lang) {
            (_, true, Lang::Vi) => format!("Số liệu báo cáo tính {span}."),
            (_, true, Lang::En) => format!("Figures cover the days {span}."),
            (WindowKind::CutOff, false, Lang::Vi) => format!(
                "Thời gian chốt số liệu: {span}, theo Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà nước."
            ),
            (WindowKind::CutOff, false, Lang::En) => format!(
                "Figures are cut off {span}, as Decree No. 09/2019/NĐ-CP of 24 January 2019 on reporting by state administrative bodies requires."
            ),
            (WindowKind::Calendar, false, Lang::Vi) => {
                format!("Số liệu tính theo thời gian dương lịch, {span}.")
            }
            (WindowKind::Calendar, false, Lang::En) => {
                format!("Figures follow the calendar, {span}.")
            }
        };
        if let Some(sentence) = self.quota_periods_sentence() {
            data.push(' ');
            data.push_str(&sentence);
        }
        data
    }

    /// Which periods the quotas were counted in, and which of them were not over on the
    /// report's day; `None` when the plan has no quota row in the period.
    fn quota_periods_sentence(&self) -> Option<String> {
        let lang = self.lang;
        let window = &self.evaluation.window;
        let mut types: Vec<PeriodType> = Vec::new();
        let mut open: Vec<PeriodId> = Vec::new();
        for quota in self.evaluation.quotas.iter().filter(|q| !q.rows.is_empty()) {
            if !types.contains(&quota.period) {
                types.push(quota.period);
            }
            for row in &quota.rows {
                let partial = row.counted.is_some() && window.as_of < row.span.end;
                if partial && row.status != QuotaStatus::OutsidePlan && !open.contains(&row.period)
                {
                    open.push(row.period);
                }
            }
        }
        if types.is_empty() {
            return None;
        }
        let adverbs: Vec<&str> = types
            .iter()
            .map(|t| self.pick(t.vietnamese(), t.english()))
            .collect();
        let adverbs = adverbs.join(", ");
        let by_window = window.quota_periods == QuotaPeriods::ReportingWindow
            && window.kind == WindowKind::CutOff;
        let year = self.plan.year;
        let mut sentence = match (by_window, lang) {
            (true, Lang::Vi) => format!(
                "Chỉ tiêu {adverbs} được tính theo kỳ báo cáo tương ứng (từ ngày 15 của tháng trước đến ngày 14 của tháng cuối kỳ)"
            ),
            (true, Lang::En) => format!(
                "Quotas set {adverbs} are counted by reporting period (from the 15th of the month before to the 14th of the period's last month)"
            ),
            (false, Lang::Vi) => {
                let nouns: Vec<&str> = types.iter().map(|t| calendar_noun(*t, lang)).collect();
                format!(
                    "Chỉ tiêu {adverbs} được tính theo {} dương lịch của năm {year}",
                    nouns.join(", ")
                )
            }
            (false, Lang::En) => {
                let nouns: Vec<&str> = types.iter().map(|t| calendar_noun(*t, lang)).collect();
                format!(
                    "Quotas set {adverbs} are counted by calendar {} of {year}",
                    nouns.join(", ")
                )
            }
        };
        if !open.is_empty() {
            let labels: Vec<String> = open
                .iter()
                .map(|period| match lang {
                    Lang::Vi => lower_first(&period.short_label(lang)),
                    Lang::En => period.short_label(lang),
                })
                .collect();
            let as_of = short_date(lang, window.as_of);
            sentence.push_str(&match lang {
                Lang::Vi => format!("; {} tính đến ngày {as_of}, chưa hết kỳ", labels.join(", ")),
                Lang::En => format!(
                    "; {} {} counted to {as_of}, not over yet",
                    labels.join(", "),
                    if labels.len() == 1 { "is" } else { "are" }
                ),
            });
        }
        sentence.push('.');
        Some(sentence)
    }

    /// "Hạn gửi báo cáo về Sở Nội vụ: ngày 20/03/2023." — or that the plan does not say.
    fn deadline_sentence(&self, deadline: &Deadline) -> Option<String> {
        let lang = self.lang;
        let recipient = &self.plan.implementation.reporting.recipient.name;
        let mut sentence = match (deadline.status, lang) {
            (DeadlineStatus::NotAReport, _) => return None,
            (DeadlineStatus::Configured, _) => {
                let due = deadline.due.map(|d| short_date(lang, d)).unwrap_or_default();
                let moved = deadline.nominal != deadline.due;
                match lang {
                    Lang::Vi => format!(
                        "Hạn gửi báo cáo về {recipient}: ngày {due}{}",
                        if moved {
                            " (ngày quy định trùng ngày nghỉ, chuyển sang ngày làm việc tiếp theo)"
                        } else {
                            ""
                        }
                    ),
                    Lang::En => format!(
                        "Due at {recipient} on {due}{}",
                        if moved {
                            " (the set day is a day off, so the next working day)"
                        } else {
                            ""
                        }
                    ),
                }
            }
            (DeadlineStatus::NotConfigured, Lang::Vi) => format!(
                "Kế hoạch chưa quy định ngày gửi báo cáo về {recipient} (thời hạn do tỉnh quy định)"
            ),
            (DeadlineStatus::NotConfigured, Lang::En) => format!(
                "The plan sets no day for reporting to {recipient} (the province sets it): not configured"
            ),
            (DeadlineStatus::InvalidDay, Lang::Vi) => format!(
                "Ngày gửi báo cáo trong Kế hoạch ({}) không phải một ngày trong tháng",
                deadline.day.unwrap_or(0)
            ),
            (DeadlineStatus::InvalidDay, Lang::En) => format!(
                "The plan's reporting day ({}) is not a day of a month",
                deadline.day.unwrap_or(0)
            ),
        };
        if deadline.report_kind.is_some() && !deadline.in_schedule {
            sentence.push_str(self.pick(
                "; kỳ này không thuộc lịch báo cáo định kỳ của Kế hoạch",
                "; this period is not in the plan's reporting schedule",
            ));
        }
        sentence.push('.');
        Some(sentence)
    }

    /// The body: I. results, II. assessment, III. directions for the next period, IV.
    /// proposals.
    fn sections(&self) -> Vec<Section> {
        vec![
            self.results(),
            self.assessment(),
            self.directions(),
            self.proposals(),
        ]
    }

    /// The text of a slot only a person can write, as paragraphs.
    fn written(items: &[String]) -> Vec<Block> {
        filled(items)
            .into_iter()
            .map(|text| Block::Paragraph { text })
            .collect()
    }

    fn results(&self) -> Section {
        let evaluation = self.evaluation;
        let mut blocks = Vec::new();
        let mut item = 0;
        item += 1;
        blocks.push(Block::Heading {
            text: self.heading(
                Level::Item,
                item,
                self.pick("Công tác chỉ đạo, điều hành", "Direction and coordination"),
            ),
        });
        blocks.extend(self.leadership());
        item += 1;
        blocks.push(Block::Heading {
            text: self.heading(
                Level::Item,
                item,
                self.pick(
                    "Kết quả theo đối tượng và hình thức",
                    "Results by audience and form",
                ),
            ),
        });
        blocks.push(self.overview());
        let mut sub = 0;
        for audience in &self.plan.audiences {
            sub += 1;
            blocks.push(Block::Heading {
                text: self.heading(Level::Sub, sub, &audience.heading),
            });
            blocks.push(self.form_table(audience));
            self.activity_account(audience, &mut blocks);
        }
        if self.digest.is_some() {
            sub += 1;
            blocks.push(Block::Heading {
                text: self.heading(
                    Level::Sub,
                    sub,
                    self.pick("Kết quả theo đơn vị", "Results by unit"),
                ),
            });
            blocks.push(self.unit_table());
        }
        if !self.plan.tasks.is_empty() {
            item += 1;
            blocks.push(Block::Heading {
                text: self.heading(
                    Level::Item,
                    item,
                    self.pick("Kết quả thực hiện nhiệm vụ", "Tasks"),
                ),
            });
            blocks.push(self.task_table());
        }
        if !evaluation.quotas.is_empty() {
            item += 1;
            blocks.push(Block::Heading {
                text: self.heading(Level::Item, item, self.pick("Thực hiện chỉ tiêu", "Quotas")),
            });
            for quota in &evaluation.quotas {
                self.quota_blocks(quota, &mut blocks);
            }
        }
        if self.plan.budget.is_some() {
            item += 1;
            blocks.push(Block::Heading {
                text: self.heading(Level::Item, item, self.pick("Kinh phí", "Funding")),
            });
            blocks.extend(self.budget());
        }
        Section {
            heading: self.heading(Level::Section, 1, self.pick("Kết quả thực hiện", "Results")),
            blocks,
        }
    }

    /// I.1: the plan, who carries it out and who monitors it, then what the drafter adds.
    fn leadership(&self) -> Vec<Block> {
        let lang = self.lang;
        let monitor = self.unit_name(&self.plan.implementation.monitoring_unit);
        let implementers: Vec<String> = self
            .plan
            .implementation
            .responsibilities
            .iter()
            .flat_map(|r| r.units.iter())
            .filter(|unit| **unit != self.plan.implementation.monitoring_unit)
            .map(|unit| {
                let name = self.unit_name(unit);
                if lang == Lang::Vi && name.starts_with("Các ") {
                    lower_first(&name)
                } else {
                    name
                }
            })
            .collect();
        let mut text = match lang {
            Lang::Vi => format!(
                "{} đã xây dựng {}; giao {} theo dõi, đôn đốc việc triển khai thực hiện",
                self.issuer(),
                self.plan_short_with_subject(),
                monitor
            ),
            Lang::En => format!(
                "{} drew up {}, with {} to monitor and follow up its implementation",
                self.issuer(),
                self.plan_short_with_subject(),
                monitor
            ),
        };
        if !implementers.is_empty() {
            text.push_str(&match lang {
                Lang::Vi => format!(
                    "; {} triển khai thực hiện theo nhiệm vụ được giao",
                    implementers.join(", ")
                ),
                Lang::En => format!("; {} to carry it out", implementers.join(", ")),
            });
        }
        text.push('.');
        let mut blocks = vec![Block::Paragraph { text }];
        blocks.extend(Self::written(&self.narrative.leadership));
        blocks
    }

    /// The plan named with its subject, without issuer: "Kế hoạch tuyên truyền … năm 2023".
    fn plan_short_with_subject(&self) -> String {
        let subject = lower_first(&self.plan.document.subject);
        match (self.lang, self.plan_numbered()) {
            (Lang::Vi, true) => format!(
                "Kế hoạch số {} về {subject}",
                self.plan.document.number.as_str()
            ),
            (Lang::Vi, false) => format!("Kế hoạch {subject}"),
            (Lang::En, true) => format!(
                "plan No. {} “{}”",
                self.plan.document.number.as_str(),
                self.plan.document.subject
            ),
            (Lang::En, false) => format!("the plan “{}”", self.plan.document.subject),
        }
    }

    /// I.4: funding as the plan provides it, then what the drafter writes.
    fn budget(&self) -> Vec<Block> {
        let written = Self::written(&self.narrative.budget);
        if !written.is_empty() {
            return written;
        }
        let Some(budget) = &self.plan.budget else {
            return Vec::new();
        };
        vec![Block::Paragraph {
            text: match self.lang {
                Lang::Vi => format!(
                    "Kinh phí thực hiện nhiệm vụ thông tin, tuyên truyền cải cách hành chính được bố trí theo {} trong dự toán ngân sách năm {}, theo quy định của {}.",
                    self.plan_short(),
                    budget.fiscal_year,
                    budget.legal_frame
                ),
                Lang::En => format!(
                    "Communication is funded as {} provides, in the {} budget estimate, under the {}.",
                    self.plan_short(),
                    budget.fiscal_year,
                    budget.legal_frame
                ),
            },
        }]
    }

    /// The opening sentence of the results: activities and forms used. Only like with like:
    /// activities are counted, quantities are left to each form's row.
    fn overview(&self) -> Block {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let total_forms = evaluation.forms.len();
        let done = total_forms - evaluation.forms_without_activity.len().min(total_forms);
        Block::Paragraph {
            text: match lang {
                Lang::Vi => format!(
                    "Trong kỳ báo cáo, đã thực hiện {} tuyên truyền thuộc {}/{} hình thức của Kế hoạch.",
                    activities(lang, evaluation.log.counted),
                    count(lang, u32::try_from(done).unwrap_or(u32::MAX)),
                    count(lang, u32::try_from(total_forms).unwrap_or(u32::MAX)),
                ),
                Lang::En => format!(
                    "In the period, {} were carried out under {} of the plan's {} forms.",
                    activities(lang, evaluation.log.counted),
                    count(lang, u32::try_from(done).unwrap_or(u32::MAX)),
                    count(lang, u32::try_from(total_forms).unwrap_or(u32::MAX)),
                ),
            },
        }
    }

    /// What was done in each form of one audience.
    fn form_table(&self, audience: &Audience) -> Block {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let rows = evaluation
            .forms
            .iter()
            .filter(|form| form.audience == audience.id)
            .enumerate()
            .map(|(index, totals)| {
                let name = self.form_name(&totals.form);
                let name = match lang {
                    Lang::Vi => name,
                    Lang::En => format!("{name} ({})", totals.kind.english()),
                };
                let (done, figures) = if totals.totals.activities == 0 {
                    ("—".to_string(), self.form_not_done(totals))
                } else {
                    let figures = quantities(lang, &totals.totals.quantities);
                    (
                        counted(lang, totals.kind, totals.totals.activities),
                        if figures.is_empty() {
                            "—".to_string()
                        } else {
                            figures
                        },
                    )
                };
                vec![(index + 1).to_string(), name, done, figures]
            })
            .collect();
        Block::Table {
            columns: self.columns(&[
                ("TT", "No."),
                ("Hình thức", "Form"),
                ("Số lượng", "Count"),
                ("Kết quả cụ thể", "Figures"),
            ]),
            rows,
        }
    }

    /// The main activities of each form of one audience: date, title, unit, figures and proof,
    /// at most [`super::SHOWN_PER_FORM`] a form, then how many others.
    fn activity_account(&self, audience: &Audience, blocks: &mut Vec<Block>) {
        let Some(digest) = self.digest else { return };
        let lang = self.lang;
        for ((_, form), form_digest) in self.plan.forms().zip(&digest.forms) {
            if form_digest.total == 0 || !audience.forms.iter().any(|f| f.id == form.id) {
                continue;
            }
            blocks.push(Block::Paragraph {
                text: format!(
                    "{} ({}):",
                    form.name,
                    counted(lang, form.kind, form_digest.total)
                ),
            });
            let mut items: Vec<String> = form_digest
                .shown
                .iter()
                .map(|entry| {
                    let mut details = Vec::new();
                    if let Some(unit) = entry.unit.and_then(|u| self.plan.units.get(u)) {
                        details.push(unit.name.clone());
                    }
                    let figures = quantities(lang, &entry.quantities);
                    if !figures.is_empty() {
                        details.push(figures);
                    }
                    if let Some(evidence) = &entry.evidence {
                        details.push(evidence.clone());
                    }
                    let mut text = format!("{}: {}", short_date(lang, entry.date), entry.title);
                    if !details.is_empty() {
                        text.push_str(&format!(" ({})", details.join("; ")));
                    }
                    text.push(';');
                    text
                })
                .collect();
            let shown = u32::try_from(form_digest.shown.len()).unwrap_or(u32::MAX);
            let others = form_digest.total.saturating_sub(shown);
            if others > 0 {
                items.push(match lang {
                    Lang::Vi => format!("và {} khác.", activities(lang, others)),
                    Lang::En => format!(
                        "and {} other {}.",
                        count(lang, others),
                        if others == 1 {
                            "activity"
                        } else {
                            "activities"
                        }
                    ),
                });
            } else if let Some(last) = items.last_mut() {
                last.pop();
                last.push('.');
            }
            blocks.push(Block::List { items });
        }
    }

    /// The forms nothing was done in, said as they are — not a shortfall in a quarter, where
    /// The figures cell of a form nothing was done in during the window: a form the plan
    /// times says where it stands; any other was simply not used in the period, which is no
    /// shortcoming (the plan set no time for it).
    fn form_not_done(&self, totals: &FormTotals) -> String {
        let timing = self
            .form(&totals.form)
            .and_then(|form| form.timing.as_ref());
        match totals.status {
            Some(status) => task_status(
                self.lang,
                status,
                timing,
                totals.totals.activities,
                self.evaluation.window.as_of,
            ),
            None => self
                .pick("Chưa thực hiện trong kỳ", "Not carried out in the period")
                .into(),
        }
    }

    /// The task table as the plan's readers expect it: STT, task, lead, timing, what was done
    /// (the activities and their evidence) and where it stands.
    fn task_table(&self) -> Block {
        let lang = self.lang;
        let blank = || "—".to_string();
        let mut rows = Vec::new();
        let mut group: Option<&str> = None;
        for (index, task) in self.plan.tasks.iter().enumerate() {
            if let Some(name) = task.group.as_deref().filter(|name| group != Some(*name)) {
                rows.push(vec![
                    String::new(),
                    name.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
            group = task.group.as_deref();
            let evaluation = self.task_evaluation(task);
            let lead: Vec<String> = task.lead.iter().map(|id| self.unit_name(id)).collect();
            rows.push(vec![
                task.number
                    .clone()
                    .unwrap_or_else(|| (index + 1).to_string()),
                task.content.clone(),
                if lead.is_empty() {
                    blank()
                } else {
                    // Names hold commas; semicolons separate them, as in the plan's table.
                    lead.join("; ")
                },
                task.timing
                    .as_ref()
                    .map_or_else(blank, |timing| timing.text.clone()),
                evaluation.map_or_else(blank, |evaluation| self.task_results(evaluation)),
                evaluation.map_or_else(blank, |evaluation| {
                    let status = task_status(
                        lang,
                        evaluation.status,
                        task.timing.as_ref(),
                        evaluation.in_window,
                        self.evaluation.window.as_of,
                    );
                    if evaluation.status == TaskStatus::Done && evaluation.by_due == 0 {
                        format!("{status} {}", self.pick("(chậm so với thời hạn)", "(late)"))
                    } else {
                        status
                    }
                }),
            ]);
        }
        Block::Table {
            columns: self.columns(&[
                ("STT", "No."),
                ("Nhiệm vụ", "Task"),
                ("Chủ trì", "Lead"),
                ("Thời gian", "Timing"),
                ("Kết quả / sản phẩm", "Results / products"),
                ("Tình trạng", "Status"),
            ]),
            rows,
        }
    }

    /// A task's evaluation, looked up by id: an evaluation made from another version of the
    /// plan may lack it.
    fn task_evaluation(&self, task: &Task) -> Option<&TaskEvaluation> {
        self.evaluation.tasks.iter().find(|t| t.task == task.id)
    }

    /// What carried a task out, to date: "10/02/2023: Hội nghị … (Biên bản số 12)", at most
    /// [`TASK_ACTIVITIES_SHOWN`], then how many more.
    fn task_results(&self, evaluation: &TaskEvaluation) -> String {
        let lang = self.lang;
        let mut parts: Vec<String> = evaluation
            .activities
            .iter()
            .take(TASK_ACTIVITIES_SHOWN)
            .map(|activity| {
                let mut text = format!("{}: {}", short_date(lang, activity.date), activity.title);
                if let Some(evidence) = &activity.evidence {
                    text.push_str(&format!(" ({evidence})"));
                }
                text
            })
            .collect();
        let listed = u32::try_from(parts.len()).unwrap_or(u32::MAX);
        let more = evaluation.to_date.saturating_sub(listed);
        if more > 0 {
            parts.push(match lang {
                Lang::Vi => format!("và {} khác", activities(lang, more)),
                Lang::En => format!("and {} more", activities(lang, more)),
            });
        }
        if parts.is_empty() {
            "—".into()
        } else {
            parts.join("; ")
        }
    }

    /// The tasks of the plan past their deadline with nothing done, with the day each was due.
    fn overdue_tasks(&self) -> Vec<(String, Option<&Timing>)> {
        self.plan
            .tasks
            .iter()
            .filter(|task| {
                self.task_evaluation(task)
                    .is_some_and(|e| e.status == TaskStatus::Overdue)
            })
            .map(|task| (task.content.clone(), task.timing.as_ref()))
            .collect()
    }

    /// The forms the plan times that are past their deadline with nothing done.
    fn overdue_forms(&self) -> Vec<(String, Option<&Timing>)> {
        self.forms_with_status(|status| status == TaskStatus::Overdue)
    }

    fn forms_with_status(
        &self,
        wanted: impl Fn(TaskStatus) -> bool,
    ) -> Vec<(String, Option<&Timing>)> {
        self.evaluation
            .forms
            .iter()
            .filter(|totals| totals.status.is_some_and(&wanted))
            .filter_map(|totals| self.form(&totals.form))
            .map(|form| (form.name.clone(), form.timing.as_ref()))
            .collect()
    }

    /// "“Ban hành kế hoạch” (hạn 31/03/2023)": a task or form named with its deadline. A name
    /// with quotation marks of its own is left unquoted rather than nested in another pair.
    fn with_deadline(&self, name: &str, timing: Option<&Timing>) -> String {
        let name = name.trim_end_matches(['.', ';', ' ']);
        let name = if name.contains(['“', '”', '"']) {
            name.to_string()
        } else {
            format!("“{name}”")
        };
        match timing {
            Some(timing) => match (timing.due, self.lang) {
                (Some(due), Lang::Vi) => format!("{name} (hạn {})", short_date(self.lang, due)),
                (Some(due), Lang::En) => format!("{name} (due {})", short_date(self.lang, due)),
                (None, _) => format!("{name} ({})", timing.text),
            },
            None => name,
        }
    }

    /// What each unit did, per form: counts of one kind are never added to another's.
    fn unit_table(&self) -> Block {
        let lang = self.lang;
        let forms: Vec<&Form> = self.plan.forms().map(|(_, form)| form).collect();
        let rows = self
            .digest
            .map(|digest| digest.units.as_slice())
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter(|(_, counts)| counts.iter().any(|c| *c > 0))
            .enumerate()
            .map(|(row, (index, counts))| {
                let name = match self.plan.units.get(index) {
                    Some(unit) => unit.name.clone(),
                    None => self
                        .pick(
                            "Đơn vị không có trong Kế hoạch",
                            "Units not named in the plan",
                        )
                        .into(),
                };
                let total: u32 = counts.iter().copied().fold(0, u32::saturating_add);
                let by_form: Vec<String> = forms
                    .iter()
                    .zip(counts)
                    .filter(|(_, c)| **c > 0)
                    .map(|(form, c)| format!("{}: {}", form.name, counted(lang, form.kind, *c)))
                    .collect();
                vec![
                    (row + 1).to_string(),
                    name,
                    activities(lang, total),
                    by_form.join("; "),
                ]
            })
            .collect();
        Block::Table {
            columns: self.columns(&[
                ("TT", "No."),
                ("Đơn vị", "Unit"),
                ("Số hoạt động", "Activities"),
                ("Theo hình thức", "By form"),
            ]),
            rows,
        }
    }

    fn columns(&self, names: &[(&str, &str)]) -> Vec<String> {
        names
            .iter()
            .map(|(vi, en)| self.pick(vi, en).to_string())
            .collect()
    }

    /// The quota as the plan words it, or a sentence built from its parts.
    fn quota_text(&self, quota: &QuotaEvaluation) -> String {
        let text = self
            .plan
            .quotas
            .iter()
            .find(|q| q.id == quota.quota)
            .and_then(|q| q.text.clone());
        if let Some(text) = text {
            return text;
        }
        let form = self.form_name(&quota.form);
        let kind = self.form(&quota.form).map(|f| f.kind);
        let target = match (quota.measure, kind) {
            (Measure::Share, _) => format!("{}%", quota.min),
            (Measure::Count, Some(kind)) => counted(self.lang, kind, quota.min),
            (Measure::Count, None) => count(self.lang, quota.min),
        };
        match self.lang {
            Lang::Vi => format!(
                "{}, ít nhất {target} ({form}){}.",
                upper_first(quota.period.vietnamese()),
                if quota.scope == crate::QuotaScope::EachUnit {
                    " đối với mỗi đơn vị"
                } else {
                    ""
                }
            ),
            Lang::En => format!(
                "{}, at least {target} ({form}){}.",
                upper_first(quota.period.english()),
                if quota.scope == crate::QuotaScope::EachUnit {
                    " for each unit"
                } else {
                    ""
                }
            ),
        }
    }

    fn quota_blocks(&self, quota: &QuotaEvaluation, blocks: &mut Vec<Block>) {
        let lang = self.lang;
        blocks.push(Block::Paragraph {
            text: format!(
                "{}: “{}”",
                self.pick("Chỉ tiêu", "Quota"),
                self.quota_text(quota)
            ),
        });
        let per_unit = quota.rows.iter().any(|row| row.unit.is_some());
        let mut columns = vec![("Kỳ", "Period"), ("Thời gian", "Days")];
        if per_unit {
            columns.push(("Đơn vị", "Unit"));
        }
        columns.extend([
            ("Yêu cầu", "Required"),
            ("Thực hiện", "Achieved"),
            ("Đánh giá", "Verdict"),
        ]);
        let rows = quota
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![
                    format!(
                        "{}{}",
                        row.period.short_label(lang),
                        if counted_beyond_window(row) {
                            " (*)"
                        } else {
                            ""
                        }
                    ),
                    span_short(&row.span, lang),
                ];
                if per_unit {
                    cells.push(
                        row.unit
                            .as_deref()
                            .map_or_else(String::new, |u| self.unit_name(u)),
                    );
                }
                cells.push(self.required(quota, row));
                cells.push(self.achieved(quota, row));
                cells.push(verdict(lang, row, quota.max));
                cells
            })
            .collect();
        blocks.push(Block::Table {
            columns: self.columns(&columns),
            rows,
        });
        if quota.rows.iter().any(counted_beyond_window) {
            blocks.push(Block::Paragraph {
                text: match lang {
                    Lang::Vi => format!(
                        "(*) Kỳ chỉ tiêu không nằm trọn trong thời gian báo cáo: được tính trọn kỳ, với các hoạt động đến ngày {}.",
                        short_date(lang, self.evaluation.window.as_of)
                    ),
                    Lang::En => format!(
                        "(*) The quota period extends beyond the report's days: it is counted whole, with activities up to {}.",
                        short_date(lang, self.evaluation.window.as_of)
                    ),
                },
            });
        }
    }

    fn required(&self, quota: &QuotaEvaluation, row: &QuotaRow) -> String {
        match quota.measure {
            Measure::Count => count(self.lang, row.required),
            Measure::Share => format!("{}%", row.required),
        }
    }

    fn achieved(&self, quota: &QuotaEvaluation, row: &QuotaRow) -> String {
        match quota.measure {
            Measure::Count => count(self.lang, row.achieved),
            Measure::Share => match quota.population {
                Some(population) if population > 0 => format!(
                    "{}% ({}/{} {})",
                    row.achieved,
                    number(self.lang, row.participants.unwrap_or(0)),
                    number(self.lang, population),
                    self.pick("người", "people")
                ),
                _ => format!(
                    "{} {}",
                    number(self.lang, row.participants.unwrap_or(0)),
                    self.pick("lượt người", "participants")
                ),
            },
        }
    }

    /// "Tháng 2/2023 (15/01/2023 – 14/02/2023), Văn phòng Sở"
    fn row_place(&self, row: &QuotaRow) -> String {
        let mut text = format!(
            "{} ({})",
            row.period.short_label(self.lang),
            span_short(&row.span, self.lang)
        );
        if let Some(unit) = &row.unit {
            text.push_str(", ");
            text.push_str(&self.unit_name(unit));
        }
        text
    }

    /// II. Đánh giá chung: strengths, shortcomings, causes.
    fn assessment(&self) -> Section {
        let mut blocks = Vec::new();
        blocks.push(Block::Heading {
            text: self.heading(Level::Item, 1, self.pick("Ưu điểm", "Strengths")),
        });
        let strengths = Self::written(&self.narrative.strengths);
        if strengths.is_empty() {
            let findings = self.strength_findings();
            if !findings.is_empty() {
                blocks.push(Block::List { items: findings });
            }
        } else {
            blocks.extend(strengths);
        }
        blocks.push(Block::Heading {
            text: self.heading(
                Level::Item,
                2,
                self.pick("Tồn tại, hạn chế", "Shortcomings"),
            ),
        });
        let mut items: Vec<String> = self.missed_deadlines().into_iter().collect();
        items.extend(self.missing_forms());
        items.extend(self.quota_shortfalls());
        items.extend(filled(&self.narrative.limitations));
        if items.is_empty() {
            blocks.push(Block::Paragraph {
                text: self
                    .pick(
                        "Trong kỳ, các chỉ tiêu của Kế hoạch đều đạt.",
                        "In the period, every quota of the plan was met.",
                    )
                    .into(),
            });
        } else {
            blocks.push(Block::List { items });
        }
        blocks.push(Block::Heading {
            text: self.heading(Level::Item, 3, self.pick("Nguyên nhân", "Causes")),
        });
        blocks.extend(Self::written(&self.narrative.causes));
        Section {
            heading: self.heading(
                Level::Section,
                2,
                self.pick("Đánh giá chung", "General assessment"),
            ),
            blocks,
        }
    }

    /// What the figures show was done well: quota periods met.
    fn strength_findings(&self) -> Vec<String> {
        let lang = self.lang;
        let mut items = Vec::new();
        for quota in &self.evaluation.quotas {
            let met: Vec<String> = quota
                .rows
                .iter()
                .filter(|row| row.status == QuotaStatus::Met)
                .map(|row| self.row_label(row))
                .collect();
            if met.is_empty() {
                continue;
            }
            let text = self.quota_text(quota);
            let text = text.trim_end_matches(['.', ';', ' ']);
            items.push(match lang {
                Lang::Vi => format!("Đạt chỉ tiêu “{text}” ({}).", met.join("; ")),
                Lang::En => format!("The quota “{text}” was met ({}).", met.join("; ")),
            });
        }
        items
    }

    /// The quota periods over and short of their minimum: anything else (not over, met) is
    /// not a shortfall.
    fn quota_shortfalls(&self) -> Vec<String> {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let mut items = Vec::new();
        for quota in &evaluation.quotas {
            let form = self.form_name(&quota.form);
            for row in &quota.rows {
                if row.status != QuotaStatus::Short {
                    continue;
                }
                let place = self.row_place(row);
                let reached = format!(
                    "{}/{}",
                    self.achieved(quota, row),
                    self.required(quota, row)
                );
                items.push(match lang {
                    Lang::Vi => format!(
                        "{place}: {form} đạt {reached}, chưa đạt chỉ tiêu (thiếu {}).",
                        count(lang, row.shortfall)
                    ),
                    Lang::En => format!(
                        "{place}: {form} reached {reached}, short of the quota by {}.",
                        count(lang, row.shortfall)
                    ),
                });
            }
        }
        items
    }

    /// The plan's tasks past their deadline with nothing recorded: a shortcoming.
    fn missed_deadlines(&self) -> Option<String> {
        let lang = self.lang;
        let overdue = self.overdue_tasks();
        let n = u32::try_from(overdue.len()).unwrap_or(u32::MAX);
        let names: Vec<String> = overdue
            .iter()
            .map(|(name, timing)| self.with_deadline(name, *timing))
            .collect();
        (!names.is_empty()).then(|| match lang {
            Lang::Vi => format!(
                "Chưa thực hiện {} nhiệm vụ theo thời hạn của Kế hoạch: {}.",
                count(lang, n),
                names.join("; ")
            ),
            Lang::En => format!(
                "{} not carried out by the plan's deadline: {}.",
                if n == 1 {
                    "1 task".to_string()
                } else {
                    format!("{} tasks", count(lang, n))
                },
                names.join("; ")
            ),
        })
    }

    /// The forms the plan times that are past their deadline with nothing done. A form the plan
    /// gives no time is never one: leaving it unused in a period breaks no deadline.
    fn missing_forms(&self) -> Option<String> {
        let lang = self.lang;
        let overdue = self.overdue_forms();
        let n = u32::try_from(overdue.len()).unwrap_or(u32::MAX);
        let names: Vec<String> = overdue
            .iter()
            .map(|(name, timing)| self.with_deadline(name, *timing))
            .collect();
        (!names.is_empty()).then(|| match lang {
            Lang::Vi => format!(
                "Chưa triển khai {} hình thức theo thời hạn của Kế hoạch: {}.",
                count(lang, n),
                names.join("; ")
            ),
            Lang::En => format!(
                "{} of the plan's forms not carried out by their deadline: {}.",
                count(lang, n),
                names.join("; ")
            ),
        })
    }

    /// III. Phương hướng, nhiệm vụ, with the next period by name.
    fn directions(&self) -> Section {
        let quotas = self.evaluation.quotas.iter();
        let mut items: Vec<String> = self.overdue_task().into_iter().collect();
        items.extend(self.tasks_due_next());
        items.extend(quotas.map(|quota| self.quota_task(quota)));
        items.extend(self.unused_forms_task());
        items.extend(self.next_report_task());
        items.extend(filled(&self.narrative.directions));
        let blocks = if items.is_empty() {
            vec![Block::Paragraph {
                text: self
                    .pick(
                        "Tiếp tục triển khai các nội dung của Kế hoạch.",
                        "Continue carrying out the plan.",
                    )
                    .into(),
            }]
        } else {
            vec![Block::List { items }]
        };
        let next = next_period_label(&self.evaluation.period.id, self.lang);
        Section {
            heading: self.heading(
                Level::Section,
                3,
                &match self.lang {
                    Lang::Vi => format!("Phương hướng, nhiệm vụ {next}"),
                    Lang::En => format!("Directions and tasks for {next}"),
                },
            ),
            blocks,
        }
    }

    /// IV. Kiến nghị, đề xuất: the drafter's alone.
    fn proposals(&self) -> Section {
        Section {
            heading: self.heading(
                Level::Section,
                4,
                self.pick("Kiến nghị, đề xuất", "Proposals"),
            ),
            blocks: Self::written(&self.narrative.proposals),
        }
    }

    /// The drafter's checklist: the date, the plan's number, the deadline, the log's problems
    /// and the slots only a person can write.
    fn checklist(&self) -> Vec<ChecklistItem> {
        let mut items = Vec::new();
        let mut add = |kind, location: &str, message: String| {
            items.push(ChecklistItem {
                kind,
                message,
                location: location.into(),
            });
        };
        let lang = self.lang;
        if self.part == ReportPart::Document {
            add(
                ChecklistKind::ReportNumber,
                "header",
                self.pick(
                    "Số của báo cáo do văn thư cấp khi phát hành.",
                    "The records office gives the report its number when it is issued.",
                )
                .into(),
            );
            if self.signed_on.is_none() {
                add(
                    ChecklistKind::SigningDate,
                    "header",
                    self.pick(
                        "Ghi ngày ký vào dòng địa danh, ngày tháng (hoặc chạy lại với --signed-on / signedOn).",
                        "Fill in the signing day in the date line (or run again with --signed-on / signedOn).",
                    )
                    .into(),
                );
            }
        }
        if !self.plan_numbered() {
            add(
                ChecklistKind::PlanNotNumbered,
                "introduction",
                match lang {
                    Lang::Vi => format!(
                        "Kế hoạch chưa có số, ngày ban hành ({}): câu mở đầu dẫn Kế hoạch theo tên; khi Kế hoạch được ban hành, ghi “Kế hoạch số …, ngày …”.",
                        self.plan.document.number.as_str()
                    ),
                    Lang::En => format!(
                        "The plan has no number or date yet ({}): the opening cites it by its title; once it is issued, cite its number and date.",
                        self.plan.document.number.as_str()
                    ),
                },
            );
        }
        let deadline = &self.evaluation.period.deadline;
        if let Some(sentence) = self.deadline_sentence(deadline) {
            let kind = match deadline.status {
                DeadlineStatus::InvalidDay => ChecklistKind::DeadlineInvalid,
                DeadlineStatus::NotConfigured => ChecklistKind::DeadlineNotConfigured,
                _ if !deadline.in_schedule => ChecklistKind::NotInSchedule,
                _ => ChecklistKind::Deadline,
            };
            add(kind, "deadline", sentence);
        }
        for (kind, message) in self.log_notes() {
            add(kind, "log", message);
        }
        for quota in &self.evaluation.quotas {
            for row in &quota.rows {
                if row.status == QuotaStatus::NotMeasurable {
                    add(
                        ChecklistKind::QuotaNotMeasurable,
                        self.heading_ref(1, Some(3)).as_str(),
                        format!(
                            "{}: {} — {}.",
                            self.row_place(row),
                            self.form_name(&quota.form),
                            verdict(lang, row, quota.max)
                        ),
                    );
                }
            }
        }
        let slots: [(&[String], usize, usize, &str, &str); 4] = [
            (&self.narrative.strengths, 2, 1, "Ưu điểm", "Strengths"),
            (&self.narrative.causes, 2, 3, "Nguyên nhân", "Causes"),
            (
                &self.narrative.proposals,
                4,
                0,
                "Kiến nghị, đề xuất",
                "Proposals",
            ),
            (&self.narrative.budget, 1, 4, "Kinh phí", "Funding"),
        ];
        for (written, section, item, vi, en) in slots {
            if item == 4 && self.plan.budget.is_none() {
                continue;
            }
            if filled(written).is_empty() {
                let at = self.heading_ref(section, (item > 0).then_some(item));
                let name = self.pick(vi, en);
                add(
                    ChecklistKind::EmptySection,
                    &at,
                    match lang {
                        Lang::Vi => format!("Mục {at} {name}: cần người soạn viết."),
                        Lang::En => format!("Section {at} {name}: for the drafter to write."),
                    },
                );
            }
        }
        items
    }

    /// Where a heading is: "II.1" in a document, "1.b" in the section of a CCHC report.
    fn heading_ref(&self, section: usize, item: Option<usize>) -> String {
        let section_u8 = u8::try_from(section).unwrap_or(u8::MAX);
        match (self.part, item) {
            (ReportPart::Document, None) => crate::period::roman(section_u8).to_string(),
            (ReportPart::Document, Some(item)) => {
                format!("{}.{item}", crate::period::roman(section_u8))
            }
            (ReportPart::Section, None) => section.to_string(),
            (ReportPart::Section, Some(item)) => format!("{section}.{}", letter(item)),
        }
    }

    /// What of the log was not counted, for the drafter: unmatched forms, duplicates,
    /// unreadable lines, days outside the plan, and the review that calls for.
    fn log_notes(&self) -> Vec<(ChecklistKind, String)> {
        let lang = self.lang;
        let log = &self.evaluation.log;
        let mut items = Vec::new();
        if log.unmatched > 0 {
            let titles: Vec<String> = self
                .evaluation
                .unmatched
                .iter()
                .take(5)
                .map(|activity| {
                    format!("“{}” ({})", activity.title, short_date(lang, activity.date))
                })
                .collect();
            items.push((
                ChecklistKind::UnknownForm,
                match lang {
                    Lang::Vi => format!(
                        "{} ghi theo hình thức không có trong Kế hoạch, không được tính: {}.",
                        activities(lang, log.unmatched),
                        titles.join("; ")
                    ),
                    Lang::En => format!(
                        "{} recorded under forms the plan does not have, not counted: {}.",
                        activities(lang, log.unmatched),
                        titles.join("; ")
                    ),
                },
            ));
        }
        // What was left out of the count, each said with its number: (how many, the kind of
        // note, whether the number counts activities or lines, the sentence in vi and en).
        let left_out = [
            (
                log.duplicates,
                ChecklistKind::DuplicateEvidence,
                true,
                "{} bị ghi trùng minh chứng trong sổ theo dõi, chỉ được tính một lần.",
                "{} recorded twice with the same evidence, counted once.",
            ),
            (
                log.rejected,
                ChecklistKind::UnreadableRecords,
                false,
                "{} dòng, bản ghi trong sổ theo dõi không đọc được, không được tính.",
                "{} lines or records of the log could not be read and are not counted.",
            ),
            (
                log.outside_plan,
                ChecklistKind::OutsidePlan,
                true,
                "{} trong kỳ nằm ngoài thời gian của Kế hoạch, không được tính.",
                "{} in the period lie outside the plan's time and are not counted.",
            ),
        ];
        for (number, kind, of_activities, vi, en) in left_out {
            if number > 0 {
                let number = if of_activities {
                    activities(lang, number)
                } else {
                    count(lang, number)
                };
                let sentence = match lang {
                    Lang::Vi => vi,
                    Lang::En => en,
                };
                items.push((kind, sentence.replacen("{}", &number, 1)));
            }
        }
        if log.unmatched + log.duplicates + log.rejected > 0 {
            let monitor = self.unit_name(&self.plan.implementation.monitoring_unit);
            items.push((
                ChecklistKind::ReviewLog,
                match lang {
                    Lang::Vi => format!(
                        "{monitor} rà soát sổ theo dõi hoạt động: ghi đúng hình thức, đơn vị và minh chứng của từng hoạt động."
                    ),
                    Lang::En => format!(
                        "{monitor} to review the activity log: the right form, unit and evidence for every activity."
                    ),
                },
            ));
        }
        items
    }

    /// Keeping to one quota: making up for the periods short, completing those still open.
    fn quota_task(&self, quota: &QuotaEvaluation) -> String {
        let lang = self.lang;
        let text = self.quota_text(quota);
        let text = text.trim_end_matches(['.', ';', ' ']);
        let short: Vec<String> = quota
            .rows
            .iter()
            .filter(|row| row.status == QuotaStatus::Short)
            .map(|row| self.row_label(row))
            .collect();
        let open: Vec<String> = quota
            .rows
            .iter()
            .filter(|row| row.status == QuotaStatus::NotOver)
            .map(|row| match lang {
                Lang::Vi => format!(
                    "{} (còn thiếu {})",
                    self.row_label(row),
                    count(lang, row.shortfall)
                ),
                Lang::En => format!(
                    "{} ({} to go)",
                    self.row_label(row),
                    count(lang, row.shortfall)
                ),
            })
            .collect();
        let mut item = match lang {
            Lang::Vi => format!("Bảo đảm chỉ tiêu “{text}”"),
            Lang::En => format!("Keep to the quota “{text}”"),
        };
        if !short.is_empty() {
            item.push_str(&match lang {
                Lang::Vi => format!(
                    "; khắc phục tình trạng chưa đạt chỉ tiêu ({})",
                    short.join("; ")
                ),
                Lang::En => format!("; make up for the periods short ({})", short.join("; ")),
            });
        }
        if !open.is_empty() {
            item.push_str(&match lang {
                Lang::Vi => format!("; hoàn thành chỉ tiêu {}", open.join("; ")),
                Lang::En => format!("; complete {}", open.join("; ")),
            });
        }
        item.push('.');
        item
    }

    /// Whether a dated task of the table carries the form out and is named among the tasks
    /// overdue or falling due: the form is then not urged on its own, ahead of its task's time
    /// (a survey the table sets for October is no step for Quý II).
    fn scheduled_by_a_task(&self, form: &str) -> bool {
        self.plan.tasks.iter().any(|task| {
            task.form.as_deref() == Some(form)
                && self
                    .task_evaluation(task)
                    .is_some_and(|e| matches!(e.status, TaskStatus::Overdue | TaskStatus::NotDue))
        })
    }

    /// Making up for the tasks and timed forms past their deadline.
    fn overdue_task(&self) -> Option<String> {
        let mut overdue = self.overdue_tasks();
        overdue.extend(self.overdue_forms());
        let names: Vec<String> = overdue
            .iter()
            .map(|(name, timing)| self.with_deadline(name, *timing))
            .collect();
        (!names.is_empty()).then(|| match self.lang {
            Lang::Vi => format!(
                "Khẩn trương thực hiện các nhiệm vụ chưa hoàn thành theo thời hạn: {}.",
                names.join("; ")
            ),
            Lang::En => format!(
                "Carry out without delay what is past its deadline: {}.",
                names.join("; ")
            ),
        })
    }

    /// The tasks and timed forms falling due in the next period, by name.
    fn tasks_due_next(&self) -> Option<String> {
        let next = next_period(&self.evaluation.period.id)?;
        let end = next.calendar_span().end;
        let due_next =
            |timing: Option<&Timing>| timing.and_then(|t| t.due).is_some_and(|due| due <= end);
        let mut due: Vec<(String, Option<&Timing>)> = self
            .plan
            .tasks
            .iter()
            .filter(|task| {
                self.task_evaluation(task)
                    .is_some_and(|e| e.status == TaskStatus::NotDue)
                    && due_next(task.timing.as_ref())
            })
            .map(|task| (task.content.clone(), task.timing.as_ref()))
            .collect();
        due.extend(
            self.forms_with_status(|status| status == TaskStatus::NotDue)
                .into_iter()
                .filter(|(_, timing)| due_next(*timing)),
        );
        let names: Vec<String> = due
            .iter()
            .map(|(name, timing)| self.with_deadline(name, *timing))
            .collect();
        let label = next.label(self.lang);
        (!names.is_empty()).then(|| match self.lang {
            Lang::Vi => format!(
                "Thực hiện các nhiệm vụ đến hạn trong {label}: {}.",
                names.join("; ")
            ),
            Lang::En => format!("Carry out what falls due in {label}: {}.", names.join("; ")),
        })
    }

    /// Carrying out the forms nothing was done in, when there are any: said as a next step,
    /// never as a shortcoming. Forms with a deadline are in the items above, or not due yet.
    fn unused_forms_task(&self) -> Option<String> {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let missing: Vec<String> = evaluation
            .forms
            .iter()
            .filter(|form| {
                form.totals.activities == 0
                    && !matches!(
                        form.status,
                        Some(TaskStatus::Overdue | TaskStatus::NotDue | TaskStatus::Done)
                    )
                    && !self.scheduled_by_a_task(&form.form)
            })
            .map(|form| self.form_name(&form.form))
            .collect();
        (!missing.is_empty()).then(|| match lang {
            Lang::Vi => format!(
                "Triển khai các hình thức chưa thực hiện trong kỳ: {}.",
                missing.join("; ")
            ),
            Lang::En => format!("Carry out the forms not yet used: {}.", missing.join("; ")),
        })
    }

    /// Preparing the next report, when there is one.
    fn next_report_task(&self) -> Option<String> {
        let lang = self.lang;
        let next = self.evaluation.period.next_report?;
        let evaluation = self.evaluation;
        let rule = &self.plan.implementation.reporting;
        let window = next.window(evaluation.window.kind);
        let mut item = match lang {
            Lang::Vi => format!(
                "Xây dựng báo cáo kết quả thực hiện {} (số liệu {}) gửi {}",
                next.label(lang),
                span_text(&window, lang),
                rule.recipient.name
            ),
            Lang::En => format!(
                "Prepare the report for {} (figures {}) for {}",
                next.label(lang),
                span_text(&window, lang),
                rule.recipient.name
            ),
        };
        if let Some(phrase) = self.deadline_phrase(&deadline(rule, &next)) {
            let configured = deadline(rule, &next).status == DeadlineStatus::Configured;
            item.push_str(if configured { "; " } else { " " });
            item.push_str(&phrase);
        }
        item.push('.');
        Some(item)
    }

    /// The deadline inside a sentence: "hạn gửi: ngày 20/06/2023".
    fn deadline_phrase(&self, deadline: &Deadline) -> Option<String> {
        let lang = self.lang;
        match (deadline.status, lang) {
            (DeadlineStatus::NotAReport, _) => None,
            (DeadlineStatus::Configured, Lang::Vi) => Some(format!(
                "hạn gửi: ngày {}",
                deadline
                    .due
                    .map(|d| short_date(lang, d))
                    .unwrap_or_default()
            )),
            (DeadlineStatus::Configured, Lang::En) => Some(format!(
                "due on {}",
                deadline
                    .due
                    .map(|d| short_date(lang, d))
                    .unwrap_or_default()
            )),
            (DeadlineStatus::NotConfigured | DeadlineStatus::InvalidDay, Lang::Vi) => {
                Some("theo quy định".into())
            }
            (DeadlineStatus::NotConfigured | DeadlineStatus::InvalidDay, Lang::En) => {
                Some("on time".into())
            }
        }
    }

    /// "tháng 2/2023" or "Tháng 2/2023 của Văn phòng Sở" in running text.
    fn row_label(&self, row: &QuotaRow) -> String {
        let label = lower_first(&row.period.short_label(self.lang));
        let label = match self.lang {
            Lang::Vi => label,
            Lang::En => row.period.short_label(self.lang),
        };
        match &row.unit {
            Some(unit) => format!(
                "{label}{}{}",
                self.pick(" của ", " by "),
                self.unit_name(unit)
            ),
            None => label,
        }
    }

    fn closing(&self) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Trên đây là báo cáo kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính {} của {}./.",
                self.label,
                self.issuer()
            ),
            Lang::En => format!(
                "This concludes the report of {} on the administrative reform communication plan for {}.",
                self.issuer(),
                self.label
            ),
        }
    }

    /// "Nơi nhận" from the plan: the report's recipient "(b/c)", the agency's leaders as the
    /// plan lists them, and the archive line with the drafting unit and the drafter's initials
    /// ("Lưu: VT, VP(CTL).").
    fn recipients(&self) -> Vec<String> {
        let recipient = &self.plan.implementation.reporting.recipient.name;
        let mut lines = vec![format!(
            "{recipient} {};",
            self.pick("(b/c)", "(for reporting)")
        )];
        for leaders in self
            .plan
            .document
            .recipients
            .iter()
            .filter(|r| is_leadership(&r.name))
        {
            lines.push(format!("{};", leaders.name));
        }
        let archive = &self.plan.document.archive;
        let mut holders: Vec<String> = archive.holders.clone();
        if holders.is_empty() {
            holders.push("VT".into());
            holders.extend(
                self.plan
                    .unit(&self.plan.implementation.monitoring_unit)
                    .and_then(|unit| unit.abbreviation.clone()),
            );
        }
        if let (Some(drafter), Some(last)) = (&archive.drafter, holders.last_mut()) {
            if holders_len_over_one(last) {
                last.push_str(&format!("({drafter})"));
            }
        }
        lines.push(format!(
            "{}: {}.",
            self.pick("Lưu", "Filed"),
            holders.join(", ")
        ));
        lines
    }

    fn signature(&self) -> Vec<String> {
        self.plan.document.signature.lines()
    }
}

/// Whether a distribution line names the agency's leaders ("GĐ, các PGĐ Sở", "Lãnh đạo Sở").
fn is_leadership(name: &str) -> bool {
    let folded = crate::fold(name);
    ["gđ", "gd,", "gd ", "pgđ", "giám đốc", "lãnh đạo"]
        .iter()
        .any(|word| folded.starts_with(word) || folded.contains(&format!(" {word}")))
}

/// The drafter's initials go after the drafting unit, not after the records office alone.
fn holders_len_over_one(last: &str) -> bool {
    last != "VT"
}

/// "a", "b", … for sub-headings.
fn letter(number: usize) -> char {
    u8::try_from(number)
        .ok()
        .and_then(|n| n.checked_add(b'a' - 1))
        .filter(u8::is_ascii_lowercase)
        .map_or('?', char::from)
}

/// The period after `period`, by name, for the heading of the directions: after Quý I comes
/// "quý II năm 2023", after the first half "6 tháng cuối năm 2023", after Quý III or 9 months
/// "quý IV năm 2023", after the year (or the second half, or Quý IV) "năm 2024".
pub(crate) fn next_period(period: &PeriodId) -> Option<PeriodId> {
    let span = period.calendar_span();
    let year = span.end.year();
    let id = match period.kind() {
        PeriodKind::Standard(PeriodType::Year) => format!("{}", year + 1),
        PeriodKind::Standard(PeriodType::HalfYear) if span.end.month() == time::Month::June => {
            format!("{year}-H2")
        }
        PeriodKind::Standard(PeriodType::Quarter) => {
            let quarter = (u8::from(span.end.month()) - 1) / 3 + 1;
            if quarter == 4 {
                format!("{}", year + 1)
            } else {
                format!("{year}-Q{}", quarter + 1)
            }
        }
        PeriodKind::Standard(PeriodType::NineMonths) => format!("{year}-Q4"),
        PeriodKind::Standard(PeriodType::Month) => {
            let next = span.end.next_day()?;
            format!("{}-{:02}", next.year(), u8::from(next.month()))
        }
        PeriodKind::Standard(PeriodType::HalfYear) => format!("{}", year + 1),
        _ => return None,
    };
    id.parse().ok()
}

/// The next period's name; after an explicit range of days, the time after its last day.
fn next_period_label(period: &PeriodId, lang: Lang) -> String {
    match next_period(period) {
        Some(next) => next.label(lang),
        None => {
            let end = period.calendar_span().end;
            match lang {
                Lang::Vi => format!("sau ngày {}", short_date(lang, end)),
                Lang::En => format!("after {}", short_date(lang, end)),
            }
        }
    }
}

/// The calendar period a quota of `period_type` is counted in: "tháng", "quarter".
fn calendar_noun(period_type: PeriodType, lang: Lang) -> &'static str {
    match (period_type, lang) {
        (PeriodType::Month, Lang::Vi) => "tháng",
        (PeriodType::Month, Lang::En) => "month",
        (PeriodType::Quarter, Lang::Vi) => "quý",
        (PeriodType::Quarter, Lang::En) => "quarter",
        (PeriodType::HalfYear, Lang::Vi) => "6 tháng",
        (PeriodType::HalfYear, Lang::En) => "half-year",
        (PeriodType::NineMonths, Lang::Vi) => "9 tháng",
        (PeriodType::NineMonths, Lang::En) => "nine months",
        (PeriodType::Year, Lang::Vi) => "năm",
        (PeriodType::Year, Lang::En) => "year",
    }
}

/// Whether a row is marked (*): the window cuts its sub-period and it is counted whole. A
/// sub-period not over yet says how far it is counted in its verdict instead.
fn counted_beyond_window(row: &QuotaRow) -> bool {
    row.cut && row.status != QuotaStatus::NotOver
}

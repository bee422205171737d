//! Building the report model from a plan and its evaluation: every sentence, figure and
//! table cell of the report is decided here.

use super::words::{
    activities, count, counted, header_name, long_date, lower_first, number, pick, quantities,
    short_date, upper_first, verdict,
};
use super::{Block, Report, ReportHeader, Section};
use crate::evaluate::{Evaluation, QuotaEvaluation, QuotaRow, QuotaStatus};
use crate::period::{
    deadline, span_short, span_text, Deadline, DeadlineStatus, PeriodId, PeriodKind, WindowKind,
};
use crate::{Audience, Form, Lang, Measure, PeriodType, Plan, QuotaPeriods};

/// Builds the report of `evaluation` in `lang`.
pub fn build(plan: &Plan, evaluation: &Evaluation, lang: Lang) -> Report {
    let builder = Builder {
        plan,
        evaluation,
        lang,
        label: evaluation.period.id.label(lang),
    };
    Report {
        schema_version: crate::SCHEMA_VERSION,
        lang,
        period: evaluation.period.id,
        date: evaluation.window.as_of,
        header: builder.header(),
        title: pick(lang, "BÁO CÁO", "REPORT").into(),
        subject: builder.subject(),
        introduction: builder.introduction(),
        sections: vec![builder.results(), builder.shortcomings(), builder.tasks()],
        closing: builder.closing(),
        recipients_heading: pick(lang, "Nơi nhận:", "Recipients:").into(),
        recipients: builder.recipients(),
        signature: builder.signature(),
    }
}

struct Builder<'a> {
    plan: &'a Plan,
    evaluation: &'a Evaluation,
    lang: Lang,
    label: String,
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

    fn header(&self) -> ReportHeader {
        let doc = &self.plan.document;
        let symbol = doc
            .issuer
            .abbreviation
            .as_deref()
            .map_or_else(String::new, |abbreviation| format!("-{abbreviation}"));
        let place_date = format!(
            "{}, {}",
            doc.issued.place,
            long_date(self.lang, self.evaluation.window.as_of)
        );
        ReportHeader {
            parent_body: doc
                .parent_body
                .as_ref()
                .map(|body| header_name(&body.name, body.abbreviation.as_deref())),
            issuer: header_name(&doc.issuer.name, None),
            number: format!("{}:    /BC{symbol}", self.pick("Số", "No.")),
            national_name: self
                .pick(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "SOCIALIST REPUBLIC OF VIET NAM",
                )
                .into(),
            motto: self
                .pick(
                    "Độc lập - Tự do - Hạnh phúc",
                    "Independence - Freedom - Happiness",
                )
                .into(),
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

    /// The plan as the report cites it: "Kế hoạch số 11/KH-SVHTTDL ngày 19/01/2023 về …", or
    /// by its subject alone while it is a draft without a number.
    fn plan_citation(&self) -> String {
        let doc = &self.plan.document;
        let numbered = doc
            .number
            .parse()
            .is_some_and(|parsed| parsed.sequence.is_some());
        let date = doc.issued.date.map(|date| short_date(self.lang, date));
        match (self.lang, numbered) {
            (Lang::Vi, true) => format!(
                "Kế hoạch số {}{} về {}",
                doc.number.as_str(),
                date.map_or_else(String::new, |d| format!(" ngày {d}")),
                lower_first(&doc.subject)
            ),
            (Lang::Vi, false) => format!("Kế hoạch {}", lower_first(&doc.subject)),
            (Lang::En, true) => format!(
                "plan No. {}{} “{}”",
                doc.number.as_str(),
                date.map_or_else(String::new, |d| format!(" of {d}")),
                doc.subject
            ),
            (Lang::En, false) => format!("plan “{}”", doc.subject),
        }
    }

    fn introduction(&self) -> Vec<String> {
        let lang = self.lang;
        let window = &self.evaluation.window;
        let mut paragraphs = vec![match lang {
            Lang::Vi => format!(
                "Thực hiện {}, {} báo cáo kết quả thực hiện {} như sau:",
                self.plan_citation(),
                self.issuer(),
                self.label
            ),
            Lang::En => format!(
                "Pursuant to its {}, {} reports the results for {} as follows:",
                self.plan_citation(),
                self.issuer(),
                self.label
            ),
        }];
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
        if let Some(sentence) = self.deadline_sentence(&self.evaluation.period.deadline) {
            paragraphs.push(sentence);
        }
        paragraphs
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
                "Thời gian chốt số liệu: {span}, theo Nghị định số 09/2019/NĐ-CP của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà nước."
            ),
            (WindowKind::CutOff, false, Lang::En) => format!(
                "Figures are cut off {span}, as Decree 09/2019/NĐ-CP on reporting by state administrative bodies requires."
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

    fn results(&self) -> Section {
        let evaluation = self.evaluation;
        let mut blocks = vec![self.overview()];
        let mut heading_number = 0;
        for audience in &self.plan.audiences {
            heading_number += 1;
            blocks.push(Block::Heading {
                text: format!("{heading_number}. {}", audience.heading),
            });
            blocks.push(self.form_table(audience));
        }
        if !evaluation.quotas.is_empty() {
            heading_number += 1;
            blocks.push(Block::Heading {
                text: format!(
                    "{heading_number}. {}",
                    self.pick("Thực hiện chỉ tiêu", "Quotas")
                ),
            });
            for quota in &evaluation.quotas {
                self.quota_blocks(quota, &mut blocks);
            }
        }
        heading_number += 1;
        blocks.push(Block::Heading {
            text: format!(
                "{heading_number}. {}",
                self.pick("Kết quả theo đơn vị", "Results by unit")
            ),
        });
        blocks.push(self.unit_table());
        Section {
            heading: self.pick("I. KẾT QUẢ THỰC HIỆN", "I. RESULTS").into(),
            blocks,
        }
    }

    /// The opening paragraph of the results: activities, forms used, participants reached.
    fn overview(&self) -> Block {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let total_forms = evaluation.forms.len();
        let done = total_forms - evaluation.forms_without_activity.len().min(total_forms);
        let participants: u32 = evaluation
            .forms
            .iter()
            .filter_map(|form| form.totals.quantities.participants)
            .fold(0u32, u32::saturating_add);
        let reached = (participants > 0).then(|| match lang {
            Lang::Vi => format!(
                ", thu hút {} lượt người tham gia",
                number(lang, participants)
            ),
            Lang::En => format!(", reaching {} participants", number(lang, participants)),
        });
        Block::Paragraph {
            text: match lang {
                Lang::Vi => format!(
                    "Trong kỳ báo cáo, đã thực hiện {} tuyên truyền thuộc {}/{} hình thức của Kế hoạch{}.",
                    activities(lang, evaluation.log.counted),
                    count(lang, u32::try_from(done).unwrap_or(u32::MAX)),
                    count(lang, u32::try_from(total_forms).unwrap_or(u32::MAX)),
                    reached.unwrap_or_default()
                ),
                Lang::En => format!(
                    "In the period, {} were carried out under {} of the plan's {} forms{}.",
                    activities(lang, evaluation.log.counted),
                    count(lang, u32::try_from(done).unwrap_or(u32::MAX)),
                    count(lang, u32::try_from(total_forms).unwrap_or(u32::MAX)),
                    reached.unwrap_or_default()
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
                let figures = if totals.totals.activities == 0 {
                    self.pick("Chưa thực hiện", "Not carried out").to_string()
                } else {
                    let figures = quantities(lang, &totals.totals.quantities);
                    if figures.is_empty() {
                        "—".to_string()
                    } else {
                        figures
                    }
                };
                vec![
                    (index + 1).to_string(),
                    name,
                    counted(lang, totals.kind, totals.totals.activities),
                    figures,
                ]
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

    /// What each unit did.
    fn unit_table(&self) -> Block {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let rows = evaluation
            .units
            .iter()
            .enumerate()
            .map(|(index, unit)| {
                let name = match &unit.unit {
                    Some(id) => self.unit_name(id),
                    None => self
                        .pick(
                            "Đơn vị không có trong Kế hoạch",
                            "Units not named in the plan",
                        )
                        .into(),
                };
                let figures = quantities(lang, &unit.totals.quantities);
                vec![
                    (index + 1).to_string(),
                    name,
                    activities(lang, unit.totals.activities),
                    if figures.is_empty() {
                        "—".into()
                    } else {
                        figures
                    },
                ]
            })
            .collect();
        Block::Table {
            columns: self.columns(&[
                ("TT", "No."),
                ("Đơn vị", "Unit"),
                ("Số hoạt động", "Activities"),
                ("Kết quả cụ thể", "Figures"),
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

    fn shortcomings(&self) -> Section {
        let mut items = self.quota_shortfalls();
        items.extend(self.missing_forms());
        self.log_shortcomings(&mut items);
        let blocks = if items.is_empty() {
            vec![Block::Paragraph {
                text: self
                    .pick(
                        "Trong kỳ, các chỉ tiêu và hình thức tuyên truyền của Kế hoạch đều được thực hiện.",
                        "In the period, every quota was met and every form of the plan carried out.",
                    )
                    .into(),
            }]
        } else {
            vec![Block::List { items }]
        };
        Section {
            heading: self.pick("II. TỒN TẠI, HẠN CHẾ", "II. SHORTCOMINGS").into(),
            blocks,
        }
    }

    /// The quota rows short of their minimum, past their maximum, or not measurable.
    fn quota_shortfalls(&self) -> Vec<String> {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let mut items = Vec::new();
        for quota in &evaluation.quotas {
            let form = self.form_name(&quota.form);
            for row in &quota.rows {
                let place = self.row_place(row);
                let reached = format!(
                    "{}/{}",
                    self.achieved(quota, row),
                    self.required(quota, row)
                );
                let item = match (row.status, lang) {
                    (QuotaStatus::Short, Lang::Vi) => format!(
                        "{place}: {form} đạt {reached}, chưa đạt chỉ tiêu (thiếu {}).",
                        count(lang, row.shortfall)
                    ),
                    (QuotaStatus::Short, Lang::En) => format!(
                        "{place}: {form} reached {reached}, short of the quota by {}.",
                        count(lang, row.shortfall)
                    ),
                    (QuotaStatus::Exceeded, _) | (QuotaStatus::NotMeasurable, _) => {
                        format!("{place}: {form} — {}.", verdict(lang, row, quota.max))
                    }
                    _ => continue,
                };
                items.push(item);
            }
        }
        items
    }

    /// The plan's forms nothing was done in, when there are any.
    fn missing_forms(&self) -> Option<String> {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let missing: Vec<String> = evaluation
            .forms_without_activity
            .iter()
            .map(|id| self.form_name(id))
            .collect();
        (!missing.is_empty()).then(|| match lang {
            Lang::Vi => format!(
                "Chưa triển khai {} hình thức của Kế hoạch: {}.",
                count(lang, u32::try_from(missing.len()).unwrap_or(u32::MAX)),
                missing.join("; ")
            ),
            Lang::En => format!(
                "{} of the plan's forms were not carried out: {}.",
                count(lang, u32::try_from(missing.len()).unwrap_or(u32::MAX)),
                missing.join("; ")
            ),
        })
    }

    /// What of the log was not counted: unmatched forms, duplicates, unreadable lines, days
    /// outside the plan.
    fn log_shortcomings(&self, items: &mut Vec<String>) {
        let lang = self.lang;
        let log = &self.evaluation.log;
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
            items.push(match lang {
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
            });
        }
        if log.duplicates > 0 {
            items.push(match lang {
                Lang::Vi => format!(
                    "{} bị ghi trùng minh chứng trong sổ theo dõi, chỉ được tính một lần.",
                    activities(lang, log.duplicates)
                ),
                Lang::En => format!(
                    "{} recorded twice with the same evidence, counted once.",
                    activities(lang, log.duplicates)
                ),
            });
        }
        if log.rejected > 0 {
            items.push(match lang {
                Lang::Vi => format!(
                    "{} dòng, bản ghi trong sổ theo dõi không đọc được, không được tính.",
                    count(lang, log.rejected)
                ),
                Lang::En => format!(
                    "{} lines or records of the log could not be read and are not counted.",
                    count(lang, log.rejected)
                ),
            });
        }
        if log.outside_plan > 0 {
            items.push(match lang {
                Lang::Vi => format!(
                    "{} trong kỳ nằm ngoài thời gian của Kế hoạch, không được tính.",
                    activities(lang, log.outside_plan)
                ),
                Lang::En => format!(
                    "{} in the period lie outside the plan's time and are not counted.",
                    activities(lang, log.outside_plan)
                ),
            });
        }
    }

    fn tasks(&self) -> Section {
        let quotas = self.evaluation.quotas.iter();
        let mut items: Vec<String> = quotas.map(|quota| self.quota_task(quota)).collect();
        items.extend(self.unused_forms_task());
        items.extend(self.log_review_task());
        items.extend(self.next_report_task());
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
        Section {
            heading: self
                .pick(
                    "III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
                    "III. TASKS FOR THE NEXT PERIOD",
                )
                .into(),
            blocks,
        }
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

    /// Carrying out the forms nothing was done in, when there are any.
    fn unused_forms_task(&self) -> Option<String> {
        let lang = self.lang;
        let evaluation = self.evaluation;
        let missing: Vec<String> = evaluation
            .forms_without_activity
            .iter()
            .map(|id| self.form_name(id))
            .collect();
        (!missing.is_empty()).then(|| match lang {
            Lang::Vi => format!(
                "Triển khai các hình thức chưa thực hiện trong kỳ: {}.",
                missing.join("; ")
            ),
            Lang::En => format!("Carry out the forms not yet used: {}.", missing.join("; ")),
        })
    }

    /// Reviewing the log, when some of it was not counted.
    fn log_review_task(&self) -> Option<String> {
        let lang = self.lang;
        let log = &self.evaluation.log;
        if log.unmatched + log.duplicates + log.rejected == 0 {
            return None;
        }
        let monitor = self.unit_name(&self.plan.implementation.monitoring_unit);
        Some(match lang {
            Lang::Vi => format!(
                "{monitor} rà soát sổ theo dõi hoạt động: ghi đúng hình thức, đơn vị và minh chứng của từng hoạt động."
            ),
            Lang::En => format!(
                "{monitor} to review the activity log: the right form, unit and evidence for every activity."
            ),
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
            item.push_str("; ");
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
            (DeadlineStatus::NotConfigured, Lang::Vi) => {
                Some("hạn gửi: theo quy định của tỉnh (Kế hoạch chưa quy định ngày)".into())
            }
            (DeadlineStatus::NotConfigured, Lang::En) => {
                Some("due when the province sets (the plan gives no day: not configured)".into())
            }
            (DeadlineStatus::InvalidDay, Lang::Vi) => {
                Some("hạn gửi: ngày trong Kế hoạch không hợp lệ".into())
            }
            (DeadlineStatus::InvalidDay, Lang::En) => Some("due: the plan's day is invalid".into()),
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

    fn recipients(&self) -> Vec<String> {
        let recipient = &self.plan.implementation.reporting.recipient.name;
        let drafter = self
            .plan
            .unit(&self.plan.implementation.monitoring_unit)
            .and_then(|unit| unit.abbreviation.as_deref());
        let archive = match drafter {
            Some(drafter) => format!("{}: VT, {drafter}.", self.pick("Lưu", "Filed")),
            None => format!("{}: VT.", self.pick("Lưu", "Filed")),
        };
        vec![
            format!("{recipient} {};", self.pick("(b/c)", "(for reporting)")),
            archive,
        ]
    }

    fn signature(&self) -> Vec<String> {
        let signature = &self.plan.document.signature;
        let mut lines = vec![match signature.authority {
            Some(authority) => format!("{} {}", authority.notation(), signature.head_title),
            None => signature.head_title.clone(),
        }];
        if let Some(title) = &signature.signer_title {
            lines.push(title.clone());
        }
        lines.push(signature.signer_name.clone());
        lines
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

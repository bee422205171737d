//! The consolidated report of a province (or district): "Báo cáo tổng hợp kết quả công tác
//! thông tin, tuyên truyền cải cách hành chính quý I năm 2023", built from a
//! [`Consolidation`] into the same [`Report`] model as an agency's report, so every format and
//! the Word file come from one build; and the per-agency table as a [`Sheet`] for a
//! spreadsheet, built from the same figures.

use kehoach_json_derive::FromJson;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::words::{count, long_date, lower_first, number, pick, short_date};
use super::{Block, ChecklistItem, ChecklistKind, Report, ReportHeader, ReportPart, Section};
use crate::consolidate::{
    AgencyLevel, AgencyResult, AreaLevel, Better, Consolidation, Criterion, Figures, ReportStatus,
    Totals,
};
use crate::period::{span_text, DeadlineStatus};
use crate::Lang;

/// What the consolidated report takes besides the figures. All have defaults.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsolidatedOptions {
    /// The language (default Vietnamese).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub lang: Lang,
    /// The day it is signed; without it the date line leaves the day blank, as a draft does.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub signed_on: Option<time::Date>,
}

impl ConsolidatedOptions {
    /// Loads options from JSON text (`{"lang": "en", "signedOn": "2023-03-25"}`), with located
    /// errors.
    pub fn from_json_str(text: &str) -> Result<ConsolidatedOptions, crate::LoadError> {
        crate::model::load::load_json(text, false)
    }
}

/// Builds the consolidated report of `consolidation`.
pub fn consolidated(consolidation: &Consolidation, options: &ConsolidatedOptions) -> Report {
    let builder = Builder {
        c: consolidation,
        lang: options.lang,
        label: consolidation.period.label(options.lang),
        signed_on: options.signed_on,
    };
    Report {
        schema_version: crate::SCHEMA_VERSION,
        lang: options.lang,
        period: consolidation.period,
        part: ReportPart::Document,
        date: options.signed_on,
        as_of: consolidation.as_of,
        header: builder.header(),
        title: pick(options.lang, "BÁO CÁO", "REPORT").into(),
        subject: builder.subject(),
        introduction: builder.introduction(),
        sections: vec![builder.results(), builder.proposals()],
        closing: builder.closing(),
        recipients_heading: pick(options.lang, "Nơi nhận:", "Recipients:").into(),
        recipients: builder.recipients(),
        signature: consolidation.body.signature.lines(),
        checklist: builder.checklist(),
    }
}

/// A table for a spreadsheet: column headings and typed cells, so counts stay numbers and
/// shares stay fractions a spreadsheet can compute with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's title (its first row).
    pub title: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows, one cell per column.
    pub rows: Vec<Vec<SheetCell>>,
}

/// One cell of a [`Sheet`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetCell {
    /// Text.
    Text(String),
    /// A whole number.
    Count(u32),
    /// A share `numerator / denominator` (a percentage in the sheet).
    Share {
        /// Above the line.
        numerator: u32,
        /// Below the line; never zero.
        denominator: u32,
    },
    /// A day (a date cell, shown dd/mm/yyyy).
    Date(time::Date),
    /// Nothing: no data, or nothing to divide by.
    Empty,
}

/// The per-agency table of `consolidation` as a sheet: one row per agency in report order
/// (level, then manifest order), every figure in its own column.
pub fn agency_sheet(consolidation: &Consolidation, lang: Lang) -> Sheet {
    let builder = Builder {
        c: consolidation,
        lang,
        label: consolidation.period.label(lang),
        signed_on: None,
    };
    let columns = [
        ("STT", "No."),
        ("Cơ quan, đơn vị", "Agency"),
        ("Cấp", "Level"),
        ("Hoạt động", "Activities"),
        ("Hình thức đã triển khai", "Forms carried out"),
        ("Hình thức trong kế hoạch", "Forms in the plan"),
        (
            "Tỷ lệ hình thức đã triển khai",
            "Share of forms carried out",
        ),
        ("Lượt chỉ tiêu đạt", "Quota rows met"),
        ("Lượt chỉ tiêu chưa đạt", "Quota rows short"),
        (
            "Lượt chỉ tiêu vượt mức tối đa",
            "Quota rows above the maximum",
        ),
        ("Lượt chỉ tiêu chưa hết kỳ", "Quota rows not over"),
        ("Tỷ lệ chỉ tiêu đạt", "Share of quota rows met"),
        ("Nhiệm vụ hoàn thành", "Tasks done"),
        ("Nhiệm vụ quá hạn", "Tasks overdue"),
        ("Nhiệm vụ trong kế hoạch", "Tasks in the plan"),
        ("Báo cáo", "Report"),
        ("Ngày nhận báo cáo", "Report received"),
        ("Xếp hạng", "Rank"),
    ]
    .iter()
    .map(|(vi, en)| pick(lang, vi, en).to_string())
    .collect();
    let share = |value: Option<(u32, u32)>| match value {
        Some((numerator, denominator)) => SheetCell::Share {
            numerator,
            denominator,
        },
        None => SheetCell::Empty,
    };
    let rows = builder
        .in_report_order()
        .enumerate()
        .map(|(index, agency)| {
            let mut row = vec![
                SheetCell::Count(u32::try_from(index + 1).unwrap_or(u32::MAX)),
                SheetCell::Text(agency.name.clone()),
                SheetCell::Text(agency.level.cell(lang).into()),
            ];
            match &agency.figures {
                Some(f) => row.extend([
                    SheetCell::Count(f.activities),
                    SheetCell::Count(f.forms_carried_out),
                    SheetCell::Count(f.forms_total),
                    share(f.forms_share()),
                    SheetCell::Count(f.quotas_met),
                    SheetCell::Count(f.quotas_short),
                    SheetCell::Count(f.quotas_exceeded),
                    SheetCell::Count(f.quotas_not_over),
                    share(f.quotas_met_share()),
                    SheetCell::Count(f.tasks_done),
                    SheetCell::Count(f.tasks_overdue),
                    SheetCell::Count(f.tasks_total),
                ]),
                None => row.extend(std::iter::repeat_n(SheetCell::Empty, 12)),
            }
            row.push(SheetCell::Text(builder.report_cell(agency)));
            row.push(
                agency
                    .report
                    .received
                    .map_or(SheetCell::Empty, SheetCell::Date),
            );
            row.push(agency.rank.map_or(SheetCell::Empty, SheetCell::Count));
            row
        })
        .collect();
    Sheet {
        title: builder.subject(),
        columns,
        rows,
    }
}

struct Builder<'a> {
    c: &'a Consolidation,
    lang: Lang,
    label: String,
    signed_on: Option<time::Date>,
}

/// "83,3%" in Vietnamese, "83.3%" in English: one decimal, dropped when it is zero; rounded
/// half up.
fn percent(lang: Lang, numerator: u32, denominator: u32) -> String {
    if denominator == 0 {
        return "—".into();
    }
    let tenths =
        (u64::from(numerator) * 1000 + u64::from(denominator) / 2) / u64::from(denominator);
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let whole = number(lang, u32::try_from(whole).unwrap_or(u32::MAX));
    if tenth == 0 {
        format!("{whole}%")
    } else {
        format!("{whole}{}{tenth}%", pick(lang, ",", "."))
    }
}

impl Builder<'_> {
    fn pick<'s>(&self, vi: &'s str, en: &'s str) -> &'s str {
        pick(self.lang, vi, en)
    }

    fn count(&self, value: u32) -> String {
        count(self.lang, value)
    }

    fn count_usize(&self, value: usize) -> String {
        self.count(u32::try_from(value).unwrap_or(u32::MAX))
    }

    /// "50/84 (59,5%)", "0/2 (0%)", or "0/0" alone: plain numbers, as table cells write them.
    fn fraction(&self, numerator: u32, denominator: u32) -> String {
        let base = format!(
            "{}/{}",
            number(self.lang, numerator),
            number(self.lang, denominator)
        );
        if denominator == 0 {
            base
        } else {
            format!("{base} ({})", percent(self.lang, numerator, denominator))
        }
    }

    fn issuer(&self) -> &str {
        &self.c.body.issuer.name
    }

    /// "tỉnh Lạng Sơn", "the province of Lạng Sơn".
    fn area(&self) -> String {
        let body = &self.c.body;
        match self.lang {
            Lang::Vi => format!("{} {}", body.level.vietnamese(), body.area),
            Lang::En => format!("the {} of {}", body.level.english(), body.area),
        }
    }

    /// "toàn tỉnh", "the province".
    fn area_whole(&self) -> String {
        match self.lang {
            Lang::Vi => format!("Toàn {}", self.c.body.level.vietnamese()),
            Lang::En => match self.c.body.level {
                AreaLevel::Province => "Whole province".into(),
                AreaLevel::District => "Whole district".into(),
            },
        }
    }

    /// The agencies by level (department, district, commune), manifest order within a level.
    fn in_report_order(&self) -> impl Iterator<Item = &AgencyResult> {
        AgencyLevel::ALL.into_iter().flat_map(move |level| {
            self.c
                .agencies
                .iter()
                .filter(move |agency| agency.level == level)
        })
    }

    /// The agencies with data in rank order (ties in manifest order).
    fn in_rank_order(&self) -> Vec<&AgencyResult> {
        self.c
            .places
            .iter()
            .flat_map(|place| place.agencies.iter())
            .filter_map(|id| self.c.agency(id))
            .collect()
    }

    fn header(&self) -> ReportHeader {
        let body = &self.c.body;
        let symbol = body
            .issuer
            .abbreviation
            .as_deref()
            .map_or_else(String::new, |abbreviation| format!("-{abbreviation}"));
        ReportHeader {
            parent_body: body.parent_body.as_ref().map(|parent| {
                super::words::header_name(&parent.name, parent.abbreviation.as_deref())
            }),
            issuer: super::words::header_name(&body.issuer.name, None),
            number: format!("{}:    /BC{symbol}", self.pick("Số", "No.")),
            national_name: super::words::national_name(self.lang).into(),
            motto: super::words::motto(self.lang).into(),
            place_date: format!("{}, {}", body.place, self.date_text()),
        }
    }

    /// The signing day, or a draft's blank day in the month and year of the "as of" day.
    fn date_text(&self) -> String {
        if let Some(date) = self.signed_on {
            return long_date(self.lang, date);
        }
        let as_of = self.c.as_of;
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

    fn subject(&self) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Tổng hợp kết quả công tác thông tin, tuyên truyền cải cách hành chính {}",
                self.label
            ),
            Lang::En => format!(
                "Consolidated results of administrative reform information and communication, {}",
                self.label
            ),
        }
    }

    /// "12 sở, ban, ngành; 08 UBND cấp huyện; 10 UBND cấp xã".
    fn levels_text(&self) -> String {
        let parts: Vec<String> = self
            .c
            .levels
            .iter()
            .filter_map(|totals| {
                let level = totals.level?;
                Some(match self.lang {
                    Lang::Vi => format!(
                        "{} {}",
                        self.count(totals.agencies),
                        level.in_sentence(Lang::Vi)
                    ),
                    Lang::En => format!(
                        "{} {}",
                        self.count(totals.agencies),
                        level.in_sentence(Lang::En)
                    ),
                })
            })
            .collect();
        parts.join("; ")
    }

    fn introduction(&self) -> Vec<String> {
        let lang = self.lang;
        let total = &self.c.total;
        let mut paragraphs = vec![match lang {
            Lang::Vi => format!(
                "Trên cơ sở kế hoạch và số liệu hoạt động của {} cơ quan, đơn vị trên địa bàn {} ({}), {} tổng hợp kết quả công tác thông tin, tuyên truyền cải cách hành chính {} như sau:",
                self.count(total.agencies),
                self.area(),
                self.levels_text(),
                self.issuer(),
                self.label
            ),
            Lang::En => format!(
                "From the plans and activity records of {} agencies in {} ({}), {} reports the consolidated results of administrative reform information and communication for {} as follows:",
                self.count(total.agencies),
                self.area(),
                self.levels_text(),
                self.issuer(),
                self.label
            ),
        }];
        paragraphs.push(self.window_sentence());
        paragraphs.push(self.deadline_sentence());
        paragraphs
    }

    /// The days each agency's figures cover: the cut-off window of Nghị định 09/2019 (or the
    /// calendar), and the day they are counted to when it comes before the window's end.
    fn window_sentence(&self) -> String {
        let lang = self.lang;
        let span = span_text(&self.c.window, lang);
        let cut_off = self.c.window == self.c.period.cut_off_window();
        let mut text = match (cut_off, lang) {
            (true, Lang::Vi) => format!(
                "Thời gian chốt số liệu: {span}, theo Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà nước"
            ),
            (true, Lang::En) => format!(
                "Figures are cut off {span}, as Decree No. 09/2019/NĐ-CP of 24 January 2019 on reporting by state administrative bodies requires"
            ),
            (false, Lang::Vi) => format!("Số liệu tính theo thời gian dương lịch, {span}"),
            (false, Lang::En) => format!("Figures follow the calendar, {span}"),
        };
        if self.c.as_of < self.c.window.end {
            text.push_str(&match lang {
                Lang::Vi => format!("; số liệu tính đến ngày {}", short_date(lang, self.c.as_of)),
                Lang::En => format!("; figures are as of {}", short_date(lang, self.c.as_of)),
            });
        }
        text.push('.');
        text
    }

    /// When the agencies' reports were due, and what "late" is measured against.
    fn deadline_sentence(&self) -> String {
        let lang = self.lang;
        let deadline = &self.c.deadline;
        let issuer = self.issuer();
        match (deadline.status, deadline.due) {
            (DeadlineStatus::Configured, Some(due)) => {
                let moved = deadline.nominal != Some(due);
                let nominal = deadline.nominal.map(|d| short_date(lang, d)).unwrap_or_default();
                match lang {
                    Lang::Vi => format!(
                        "Hạn gửi báo cáo của các cơ quan, đơn vị về {issuer}: ngày {}{}; báo cáo nhận sau ngày này là gửi muộn.",
                        short_date(lang, due),
                        if moved {
                            format!(" (ngày {nominal} là ngày nghỉ, chuyển sang ngày làm việc tiếp theo)")
                        } else {
                            String::new()
                        }
                    ),
                    Lang::En => format!(
                        "The agencies' reports were due at {issuer} on {}{}; a report received after that day is late.",
                        short_date(lang, due),
                        if moved {
                            format!(" ({nominal} is a day off, so the next working day)")
                        } else {
                            String::new()
                        }
                    ),
                }
            }
            _ => match lang {
                Lang::Vi => format!(
                    "Chưa quy định hạn gửi báo cáo của các cơ quan, đơn vị về {issuer}: báo cáo đã nhận không được đánh giá đúng hạn hay muộn."
                ),
                Lang::En => format!(
                    "No day is set for the agencies' reports to reach {issuer}: reports received are not judged on time or late."
                ),
            },
        }
    }

    fn heading(&self, number: usize, text: &str) -> Block {
        Block::Heading {
            text: format!("{number}. {text}"),
        }
    }

    fn results(&self) -> Section {
        let mut blocks = vec![self.heading(1, self.pick("Kết quả chung", "Overall results"))];
        blocks.push(Block::Paragraph {
            text: self.overall(),
        });
        blocks.push(self.heading(2, self.pick("Kết quả theo cấp", "Results by level")));
        blocks.push(self.level_table());
        blocks.push(self.heading(
            3,
            self.pick("Cơ quan, đơn vị thực hiện tốt", "Agencies that did well"),
        ));
        blocks.extend(self.did_well());
        blocks.push(self.heading(
            4,
            self.pick(
                "Cơ quan, đơn vị chưa đạt chỉ tiêu, còn nhiệm vụ quá hạn",
                "Agencies short of their quotas or with tasks overdue",
            ),
        ));
        blocks.extend(self.short());
        blocks.push(self.heading(
            5,
            self.pick(
                "Cơ quan, đơn vị chưa có số liệu, gửi báo cáo muộn hoặc chưa gửi báo cáo",
                "Agencies with missing data, late or missing reports",
            ),
        ));
        blocks.extend(self.missing());
        blocks.push(self.heading(6, self.pick("Xếp hạng", "Ranking")));
        blocks.extend(self.ranking());
        blocks.push(self.heading(
            7,
            self.pick("Bảng tổng hợp theo cơ quan, đơn vị", "Table by agency"),
        ));
        blocks.push(self.agency_table());
        Section {
            heading: format!(
                "I. {}",
                crate::text::fold::upper(self.pick("Kết quả thực hiện", "Results"))
            ),
            blocks,
        }
    }

    /// I.1: the area's figures in sentences.
    fn overall(&self) -> String {
        let lang = self.lang;
        let total = &self.c.total;
        let f = &total.figures;
        let mut text = match lang {
            Lang::Vi => format!(
                "Có {}/{} cơ quan, đơn vị có đủ kế hoạch và số liệu để tổng hợp. Các cơ quan, đơn vị này đã thực hiện {} hoạt động tuyên truyền, triển khai {} hình thức tuyên truyền của các kế hoạch",
                self.count(total.with_data),
                self.count(total.agencies),
                number(lang, f.activities),
                self.fraction(f.forms_carried_out, f.forms_total),
            ),
            Lang::En => format!(
                "{} of {} agencies gave a plan and records that could be consolidated. They carried out {} communication activities, under {} of their plans' forms",
                self.count(total.with_data),
                self.count(total.agencies),
                number(lang, f.activities),
                self.fraction(f.forms_carried_out, f.forms_total),
            ),
        };
        if f.quotas_judged() > 0 || f.quotas_not_over > 0 {
            text.push_str(&match lang {
                Lang::Vi => format!(
                    "; đạt {} lượt chỉ tiêu đã đến kỳ đánh giá (mỗi chỉ tiêu tính theo từng tháng, quý của nó), {} lượt chưa đạt",
                    self.fraction(f.quotas_met, f.quotas_judged()),
                    self.count(f.quotas_short),
                ),
                Lang::En => format!(
                    "; {} quota rows due for judging were met (each quota counted in each of its months or quarters), {} short",
                    self.fraction(f.quotas_met, f.quotas_judged()),
                    self.count(f.quotas_short),
                ),
            });
            if f.quotas_exceeded > 0 {
                text.push_str(&match lang {
                    Lang::Vi => format!(", {} lượt vượt mức tối đa", self.count(f.quotas_exceeded)),
                    Lang::En => format!(", {} above the maximum", self.count(f.quotas_exceeded)),
                });
            }
            if f.quotas_not_over > 0 {
                text.push_str(&match lang {
                    Lang::Vi => format!(", {} lượt chưa hết kỳ", self.count(f.quotas_not_over)),
                    Lang::En => format!(", {} not over yet", self.count(f.quotas_not_over)),
                });
            }
        }
        if f.tasks_total > 0 {
            text.push_str(&match lang {
                Lang::Vi => format!(
                    "; hoàn thành {} nhiệm vụ, {} nhiệm vụ quá hạn",
                    self.fraction(f.tasks_done, f.tasks_total),
                    self.count(f.tasks_overdue)
                ),
                Lang::En => format!(
                    "; {} tasks done, {} overdue",
                    self.fraction(f.tasks_done, f.tasks_total),
                    self.count(f.tasks_overdue)
                ),
            });
        }
        text.push('.');
        text.push(' ');
        text.push_str(&self.reports_sentence(total));
        text
    }

    /// "Báo cáo của các cơ quan, đơn vị: 20 đúng hạn, 05 gửi muộn, 05 chưa gửi."
    fn reports_sentence(&self, totals: &Totals) -> String {
        let lang = self.lang;
        let mut parts = Vec::new();
        for (value, vi, en) in [
            (totals.reports_on_time, "đúng hạn", "on time"),
            (
                totals.reports_received,
                "đã gửi (chưa quy định hạn)",
                "received (no deadline set)",
            ),
            (totals.reports_late, "gửi muộn", "late"),
            (totals.reports_missing, "chưa gửi", "missing"),
        ] {
            if value > 0 {
                parts.push(format!("{} {}", self.count(value), pick(lang, vi, en)));
            }
        }
        match lang {
            Lang::Vi => format!(
                "Báo cáo {} của các cơ quan, đơn vị: {}.",
                self.label,
                parts.join(", ")
            ),
            Lang::En => format!(
                "The agencies' reports for {}: {}.",
                self.label,
                parts.join(", ")
            ),
        }
    }

    /// The report cell: "Đúng hạn", "Muộn 02 ngày", "Chưa gửi", "Đã gửi".
    fn report_cell(&self, agency: &AgencyResult) -> String {
        match agency.report.status {
            ReportStatus::OnTime => self.pick("Đúng hạn", "On time").into(),
            ReportStatus::Received => self.pick("Đã gửi", "Received").into(),
            ReportStatus::Missing => self.pick("Chưa gửi", "Missing").into(),
            ReportStatus::Late => {
                let days = agency.report.days_late.unwrap_or(0);
                match self.lang {
                    Lang::Vi => format!("Muộn {} ngày", self.count(days)),
                    Lang::En if days == 1 => "1 day late".into(),
                    Lang::En => format!("{} days late", self.count(days)),
                }
            }
        }
    }

    /// I.2: one row per level and one for the whole area.
    fn level_table(&self) -> Block {
        let tasks = self.c.total.figures.tasks_total > 0;
        let mut columns: Vec<String> = [
            ("Cấp", "Level"),
            ("Có số liệu / tổng số", "With data / all"),
            ("Hoạt động", "Activities"),
            ("Hình thức đã triển khai", "Forms carried out"),
            ("Lượt chỉ tiêu đạt", "Quota rows met"),
        ]
        .iter()
        .map(|(vi, en)| self.pick(vi, en).to_string())
        .collect();
        if tasks {
            columns.push(self.pick("Nhiệm vụ hoàn thành", "Tasks done").into());
        }
        columns.push(
            self.pick(
                "Báo cáo đúng hạn / muộn / chưa gửi",
                "Reports on time / late / missing",
            )
            .into(),
        );
        let row = |name: String, totals: &Totals| {
            let f = &totals.figures;
            let mut cells = vec![
                name,
                format!(
                    "{}/{}",
                    number(self.lang, totals.with_data),
                    number(self.lang, totals.agencies)
                ),
                number(self.lang, f.activities),
                self.fraction(f.forms_carried_out, f.forms_total),
                self.fraction(f.quotas_met, f.quotas_judged()),
            ];
            if tasks {
                cells.push(self.fraction(f.tasks_done, f.tasks_total));
            }
            cells.push(format!(
                "{} / {} / {}",
                number(self.lang, totals.reports_on_time),
                number(self.lang, totals.reports_late),
                number(self.lang, totals.reports_missing)
            ));
            cells
        };
        let mut rows: Vec<Vec<String>> = self
            .c
            .levels
            .iter()
            .filter_map(|totals| {
                let level = totals.level?;
                Some(row(level.name(self.lang).to_string(), totals))
            })
            .collect();
        rows.push(row(self.area_whole(), &self.c.total));
        Block::Table { columns, rows }
    }

    /// An agency's figures in a few words: "đạt 03/03 lượt chỉ tiêu, triển khai 10/14 hình
    /// thức, 25 hoạt động".
    fn in_brief(&self, f: &Figures) -> String {
        let mut parts = Vec::new();
        if f.quotas_judged() > 0 {
            parts.push(match self.lang {
                Lang::Vi => format!(
                    "đạt {}/{} lượt chỉ tiêu",
                    self.count(f.quotas_met),
                    self.count(f.quotas_judged())
                ),
                Lang::En => format!(
                    "{} of {} quota rows met",
                    self.count(f.quotas_met),
                    self.count(f.quotas_judged())
                ),
            });
        }
        parts.push(match self.lang {
            Lang::Vi => format!(
                "triển khai {}/{} hình thức",
                self.count(f.forms_carried_out),
                self.count(f.forms_total)
            ),
            Lang::En => format!(
                "{} of {} forms carried out",
                self.count(f.forms_carried_out),
                self.count(f.forms_total)
            ),
        });
        parts.push(super::words::activities(self.lang, f.activities));
        parts.join(", ")
    }

    /// Whether an agency met every quota judged, has no task overdue and reported on time
    /// (or with no deadline set).
    fn did_well_agency(agency: &AgencyResult) -> bool {
        agency
            .figures
            .is_some_and(|f| f.quotas_short == 0 && f.quotas_exceeded == 0 && f.tasks_overdue == 0)
            && matches!(
                agency.report.status,
                ReportStatus::OnTime | ReportStatus::Received
            )
    }

    /// I.3: the rule, then the agencies in rank order.
    fn did_well(&self) -> Vec<Block> {
        let agencies: Vec<&AgencyResult> = self
            .in_rank_order()
            .into_iter()
            .filter(|agency| Self::did_well_agency(agency))
            .collect();
        if agencies.is_empty() {
            return vec![Block::Paragraph {
                text: self
                    .pick(
                        "Chưa có cơ quan, đơn vị nào đạt toàn bộ chỉ tiêu đã đến kỳ đánh giá, không có nhiệm vụ quá hạn và gửi báo cáo đúng hạn.",
                        "No agency met every quota due for judging, had no task overdue and reported on time.",
                    )
                    .into(),
            }];
        }
        vec![
            Block::Paragraph {
                text: match self.lang {
                    Lang::Vi => format!(
                        "Có {} cơ quan, đơn vị đạt toàn bộ chỉ tiêu đã đến kỳ đánh giá, không có nhiệm vụ quá hạn và gửi báo cáo đúng hạn (theo thứ tự xếp hạng):",
                        self.count_usize(agencies.len())
                    ),
                    Lang::En => format!(
                        "{} agencies met every quota due for judging, had no task overdue and reported on time (in ranking order):",
                        self.count_usize(agencies.len())
                    ),
                },
            },
            Block::List {
                items: agencies
                    .iter()
                    .filter_map(|agency| {
                        let f = agency.figures.as_ref()?;
                        Some(format!("{}: {}.", agency.name, self.in_brief(f)))
                    })
                    .collect(),
            },
        ]
    }

    /// I.4: each agency short, with what it missed.
    fn short(&self) -> Vec<Block> {
        let lang = self.lang;
        let agencies: Vec<&AgencyResult> = self
            .in_report_order()
            .filter(|agency| !agency.shortfalls.is_empty() || !agency.overdue_tasks.is_empty())
            .collect();
        if agencies.is_empty() {
            return vec![Block::Paragraph {
                text: self
                    .pick(
                        "Không có cơ quan, đơn vị nào chưa đạt chỉ tiêu hoặc còn nhiệm vụ quá hạn.",
                        "No agency fell short of a quota or has a task overdue.",
                    )
                    .into(),
            }];
        }
        let items = agencies
            .iter()
            .map(|agency| {
                let mut missed: Vec<String> = Vec::new();
                let mut shortfalls = agency.shortfalls.iter().peekable();
                while let Some(first) = shortfalls.next() {
                    let mut months = vec![first];
                    while let Some(next) =
                        shortfalls.next_if(|s| s.form == first.form && s.unit == first.unit)
                    {
                        months.push(next);
                    }
                    let unit = first
                        .unit
                        .as_ref()
                        .map_or_else(String::new, |unit| format!(" ({unit})"));
                    let periods: Vec<String> = months
                        .iter()
                        .map(|s| {
                            let period = match lang {
                                Lang::Vi => lower_first(&s.period.short_label(lang)),
                                Lang::En => s.period.short_label(lang),
                            };
                            let missing = s.required.saturating_sub(s.achieved);
                            match lang {
                                Lang::Vi => format!(
                                    "{period} đạt {}/{} (thiếu {})",
                                    self.count(s.achieved),
                                    self.count(s.required),
                                    self.count(missing)
                                ),
                                Lang::En => format!(
                                    "{period}: {} of {} (short by {})",
                                    self.count(s.achieved),
                                    self.count(s.required),
                                    self.count(missing)
                                ),
                            }
                        })
                        .collect();
                    missed.push(match lang {
                        Lang::Vi => {
                            format!("{}{unit} {}", lower_first(&first.form), periods.join(", "))
                        }
                        Lang::En => format!("{}{unit} — {}", first.form, periods.join(", ")),
                    });
                }
                missed.extend(agency.overdue_tasks.iter().map(|task| {
                    let due = task.due.map(|d| short_date(lang, d)).unwrap_or_default();
                    match lang {
                        Lang::Vi => format!("nhiệm vụ “{}” quá hạn (hạn {due})", task.content),
                        Lang::En => format!("task “{}” overdue (due {due})", task.content),
                    }
                }));
                format!("{}: {}.", agency.name, missed.join("; "))
            })
            .collect();
        vec![
            Block::Paragraph {
                text: match lang {
                    Lang::Vi => format!(
                        "Có {} cơ quan, đơn vị chưa đạt chỉ tiêu hoặc còn nhiệm vụ quá hạn:",
                        self.count_usize(agencies.len())
                    ),
                    Lang::En => format!(
                        "{} agencies fell short of a quota or have a task overdue:",
                        self.count_usize(agencies.len())
                    ),
                },
            },
            Block::List { items },
        ]
    }

    /// I.5: agencies without data (and why), late reports, missing reports.
    fn missing(&self) -> Vec<Block> {
        let lang = self.lang;
        let mut blocks = Vec::new();
        let without: Vec<&AgencyResult> = self
            .in_report_order()
            .filter(|agency| agency.figures.is_none())
            .collect();
        if !without.is_empty() {
            blocks.push(Block::Paragraph {
                text: match lang {
                    Lang::Vi => format!(
                        "Có {} cơ quan, đơn vị chưa có số liệu để tổng hợp:",
                        self.count_usize(without.len())
                    ),
                    Lang::En => format!(
                        "{} agencies have no data that could be consolidated:",
                        self.count_usize(without.len())
                    ),
                },
            });
            blocks.push(Block::List {
                items: without
                    .iter()
                    .flat_map(|agency| agency.diagnostics.iter())
                    .filter(|d| d.severity == crate::Severity::Error)
                    .map(|d| d.message.clone())
                    .collect(),
            });
        }
        let late: Vec<&AgencyResult> = self
            .in_report_order()
            .filter(|agency| agency.report.status == ReportStatus::Late)
            .collect();
        if !late.is_empty() {
            blocks.push(Block::Paragraph {
                text: match lang {
                    Lang::Vi => format!(
                        "Có {} cơ quan, đơn vị gửi báo cáo muộn:",
                        self.count_usize(late.len())
                    ),
                    Lang::En => format!("{} agencies reported late:", self.count_usize(late.len())),
                },
            });
            blocks.push(Block::List {
                items: late
                    .iter()
                    .map(|agency| {
                        let received = agency
                            .report
                            .received
                            .map(|d| short_date(lang, d))
                            .unwrap_or_default();
                        match lang {
                            Lang::Vi => format!(
                                "{}: nhận báo cáo ngày {received}, {}.",
                                agency.name,
                                lower_first(&self.report_cell(agency))
                            ),
                            Lang::En => format!(
                                "{}: report received on {received}, {}.",
                                agency.name,
                                self.report_cell(agency)
                            ),
                        }
                    })
                    .collect(),
            });
        }
        let unsent: Vec<&str> = self
            .in_report_order()
            .filter(|agency| agency.report.status == ReportStatus::Missing)
            .map(|agency| agency.name.as_str())
            .collect();
        if !unsent.is_empty() {
            blocks.push(Block::Paragraph {
                text: match lang {
                    Lang::Vi => format!(
                        "Có {} cơ quan, đơn vị chưa gửi báo cáo {}: {}.",
                        self.count_usize(unsent.len()),
                        self.label,
                        unsent.join(", ")
                    ),
                    Lang::En => format!(
                        "{} agencies have not sent their report for {}: {}.",
                        self.count_usize(unsent.len()),
                        self.label,
                        unsent.join(", ")
                    ),
                },
            });
        }
        if blocks.is_empty() {
            blocks.push(Block::Paragraph {
                text: self
                    .pick(
                        "Tất cả cơ quan, đơn vị đều có số liệu và gửi báo cáo đúng hạn.",
                        "Every agency gave its data and reported on time.",
                    )
                    .into(),
            });
        }
        blocks
    }

    /// A criterion as the ranking explains it: "tỷ lệ lượt chỉ tiêu đạt (cao xếp trước)".
    fn criterion_text(&self, criterion: Criterion, better: Better) -> String {
        let (vi, en) = match criterion {
            Criterion::QuotasMetShare => ("tỷ lệ lượt chỉ tiêu đạt", "share of quota rows met"),
            Criterion::QuotasShort => ("số lượt chỉ tiêu chưa đạt", "quota rows short"),
            Criterion::TasksOverdue => ("số nhiệm vụ quá hạn", "tasks overdue"),
            Criterion::FormsCarriedOutShare => (
                "tỷ lệ hình thức tuyên truyền đã triển khai",
                "share of forms carried out",
            ),
            Criterion::Activities => ("số hoạt động", "activities"),
            Criterion::ReportTimeliness => (
                "thời hạn gửi báo cáo: đúng hạn, đã gửi khi chưa quy định hạn, gửi muộn, chưa gửi",
                "the agency's report: on time, received with no deadline set, late, missing",
            ),
        };
        let direction = match (criterion, better) {
            (Criterion::ReportTimeliness, Better::Higher) => {
                self.pick("theo thứ tự đó", "in that order")
            }
            (Criterion::ReportTimeliness, Better::Lower) => {
                self.pick("theo thứ tự ngược lại", "in the reverse order")
            }
            (Criterion::QuotasMetShare | Criterion::FormsCarriedOutShare, Better::Higher) => {
                self.pick("cao xếp trước", "higher first")
            }
            (Criterion::QuotasMetShare | Criterion::FormsCarriedOutShare, Better::Lower) => {
                self.pick("thấp xếp trước", "lower first")
            }
            (_, Better::Higher) => self.pick("nhiều xếp trước", "more first"),
            (_, Better::Lower) => self.pick("ít xếp trước", "fewer first"),
        };
        format!("{} ({direction})", pick(self.lang, vi, en))
    }

    /// A criterion's value for one agency, as a table cell.
    fn criterion_cell(&self, criterion: Criterion, agency: &AgencyResult) -> String {
        let Some(f) = &agency.figures else {
            return String::new();
        };
        let share = |value: Option<(u32, u32)>| {
            value.map_or_else(|| "—".into(), |(n, d)| percent(self.lang, n, d))
        };
        match criterion {
            Criterion::QuotasMetShare => share(f.quotas_met_share()),
            Criterion::QuotasShort => self.count(f.quotas_short),
            Criterion::TasksOverdue => self.count(f.tasks_overdue),
            Criterion::FormsCarriedOutShare => share(f.forms_share()),
            Criterion::Activities => number(self.lang, f.activities),
            Criterion::ReportTimeliness => self.report_cell(agency),
        }
    }

    fn criterion_column(&self, criterion: Criterion) -> &str {
        match criterion {
            Criterion::QuotasMetShare => self.pick("Tỷ lệ chỉ tiêu đạt", "Quota rows met"),
            Criterion::QuotasShort => self.pick("Chỉ tiêu chưa đạt", "Quota rows short"),
            Criterion::TasksOverdue => self.pick("Nhiệm vụ quá hạn", "Tasks overdue"),
            Criterion::FormsCarriedOutShare => {
                self.pick("Tỷ lệ hình thức đã triển khai", "Forms carried out")
            }
            Criterion::Activities => self.pick("Hoạt động", "Activities"),
            Criterion::ReportTimeliness => self.pick("Báo cáo", "Report"),
        }
    }

    /// I.6: how the ranking is made, the ties, and the ranking itself.
    fn ranking(&self) -> Vec<Block> {
        let lang = self.lang;
        let criteria = &self.c.ranking.criteria;
        let listed: Vec<String> = criteria
            .iter()
            .enumerate()
            .map(|(index, c)| {
                format!(
                    "({}) {}",
                    index + 1,
                    self.criterion_text(c.criterion, c.better)
                )
            })
            .collect();
        let mut blocks = vec![Block::Paragraph {
            text: if criteria.is_empty() {
                self.pick(
                    "Chưa cấu hình tiêu chí xếp hạng: các cơ quan, đơn vị có số liệu được xếp đồng hạng.",
                    "No ranking criteria are configured: the agencies with data share one rank.",
                )
                .into()
            } else {
                match lang {
                    Lang::Vi => format!(
                        "Các cơ quan, đơn vị có số liệu được xếp hạng theo lần lượt các tiêu chí: {}. Tiêu chí sau chỉ xét khi các tiêu chí trước bằng nhau; cơ quan, đơn vị bằng nhau ở mọi tiêu chí được xếp đồng hạng. Cơ quan, đơn vị chưa có số liệu không được xếp hạng.",
                        listed.join("; ")
                    ),
                    Lang::En => format!(
                        "Agencies with data are ranked by these criteria in turn: {}. A criterion only breaks ties of the ones before it; agencies equal on every criterion share a rank. Agencies without data are not ranked.",
                        listed.join("; ")
                    ),
                }
            },
        }];
        let ties: Vec<String> = self
            .c
            .places
            .iter()
            .filter(|place| place.agencies.len() > 1)
            .map(|place| {
                let names: Vec<&str> = place
                    .agencies
                    .iter()
                    .filter_map(|id| self.c.agency(id))
                    .map(|agency| agency.name.as_str())
                    .collect();
                match lang {
                    Lang::Vi => format!("Đồng hạng {}: {}.", place.rank, names.join(", ")),
                    Lang::En => format!("Tied at rank {}: {}.", place.rank, names.join(", ")),
                }
            })
            .collect();
        if !ties.is_empty() {
            blocks.push(Block::List { items: ties });
        }
        let mut columns = vec![
            self.pick("Hạng", "Rank").to_string(),
            self.pick("Cơ quan, đơn vị", "Agency").to_string(),
        ];
        columns.extend(
            criteria
                .iter()
                .map(|c| self.criterion_column(c.criterion).to_string()),
        );
        let rows = self
            .in_rank_order()
            .into_iter()
            .map(|agency| {
                let mut row = vec![
                    agency.rank.map(|r| r.to_string()).unwrap_or_default(),
                    agency.name.clone(),
                ];
                row.extend(
                    criteria
                        .iter()
                        .map(|c| self.criterion_cell(c.criterion, agency)),
                );
                row
            })
            .collect();
        blocks.push(Block::Table { columns, rows });
        blocks
    }

    /// I.7: every agency, by level.
    fn agency_table(&self) -> Block {
        let tasks = self.c.total.figures.tasks_total > 0;
        let mut columns: Vec<String> = [
            ("STT", "No."),
            ("Cơ quan, đơn vị", "Agency"),
            ("Cấp", "Level"),
            ("Hoạt động", "Activities"),
            ("Hình thức đã triển khai", "Forms carried out"),
            ("Lượt chỉ tiêu đạt", "Quota rows met"),
        ]
        .iter()
        .map(|(vi, en)| self.pick(vi, en).to_string())
        .collect();
        if tasks {
            columns.push(
                self.pick("Nhiệm vụ hoàn thành / quá hạn", "Tasks done / overdue")
                    .into(),
            );
        }
        columns.push(self.pick("Báo cáo", "Report").into());
        columns.push(self.pick("Hạng", "Rank").into());
        let rows = self
            .in_report_order()
            .enumerate()
            .map(|(index, agency)| {
                let mut row = vec![
                    (index + 1).to_string(),
                    agency.name.clone(),
                    agency.level.cell(self.lang).into(),
                ];
                match &agency.figures {
                    Some(f) => {
                        row.push(number(self.lang, f.activities));
                        row.push(self.fraction(f.forms_carried_out, f.forms_total));
                        row.push(self.fraction(f.quotas_met, f.quotas_judged()));
                        if tasks {
                            row.push(format!(
                                "{}/{} / {}",
                                number(self.lang, f.tasks_done),
                                number(self.lang, f.tasks_total),
                                number(self.lang, f.tasks_overdue)
                            ));
                        }
                    }
                    None => {
                        row.push(self.pick("Chưa có số liệu", "No data").into());
                        row.push(String::new());
                        row.push(String::new());
                        if tasks {
                            row.push(String::new());
                        }
                    }
                }
                row.push(self.report_cell(agency));
                row.push(agency.rank.map(|r| r.to_string()).unwrap_or_default());
                row
            })
            .collect();
        Block::Table { columns, rows }
    }

    /// II: what the consolidating body proposes, from what the figures show.
    fn proposals(&self) -> Section {
        let lang = self.lang;
        let mut items = Vec::new();
        let names = |filter: &dyn Fn(&AgencyResult) -> bool| -> Vec<&str> {
            self.in_report_order()
                .filter(|agency| filter(agency))
                .map(|agency| agency.name.as_str())
                .collect()
        };
        let without = names(&|agency| agency.figures.is_none());
        if !without.is_empty() {
            items.push(match lang {
                Lang::Vi => format!(
                    "Đề nghị {} gửi kế hoạch và số liệu hoạt động về {} để tổng hợp.",
                    without.join(", "),
                    self.issuer()
                ),
                Lang::En => format!(
                    "{} to send their plans and activity records to {} for consolidation.",
                    without.join(", "),
                    self.issuer()
                ),
            });
        }
        let short =
            names(&|agency| !agency.shortfalls.is_empty() || !agency.overdue_tasks.is_empty());
        if !short.is_empty() {
            items.push(match lang {
                Lang::Vi => format!(
                    "Đề nghị {} cơ quan, đơn vị chưa đạt chỉ tiêu hoặc còn nhiệm vụ quá hạn (mục I.4) rà soát nguyên nhân, bổ sung hoạt động để bảo đảm chỉ tiêu trong kỳ tiếp theo.",
                    self.count_usize(short.len())
                ),
                Lang::En => format!(
                    "The {} agencies short of a quota or with a task overdue (I.4) to review why and add activities so that the next period's quotas are met.",
                    self.count_usize(short.len())
                ),
            });
        }
        let late_or_missing = names(&|agency| {
            matches!(
                agency.report.status,
                ReportStatus::Late | ReportStatus::Missing
            )
        });
        if !late_or_missing.is_empty() {
            items.push(match lang {
                Lang::Vi => "Đề nghị các cơ quan, đơn vị gửi báo cáo muộn hoặc chưa gửi báo cáo (mục I.5) chấp hành đúng thời hạn báo cáo theo quy định.".into(),
                Lang::En => "The agencies that reported late or not at all (I.5) to keep to the reporting deadline.".into(),
            });
        }
        let year = self.c.period.reporting_year();
        items.push(match lang {
            Lang::Vi => format!(
                "Đề nghị các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm kế hoạch thông tin, tuyên truyền cải cách hành chính năm {year}."
            ),
            Lang::En => format!(
                "Every agency to keep carrying out its {year} administrative reform communication plan in full."
            ),
        });
        Section {
            heading: format!(
                "II. {}",
                crate::text::fold::upper(self.pick("Kiến nghị, đề xuất", "Proposals"))
            ),
            blocks: vec![Block::List { items }],
        }
    }

    fn closing(&self) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Trên đây là báo cáo tổng hợp kết quả công tác thông tin, tuyên truyền cải cách hành chính {} của {}./.",
                self.label,
                self.issuer()
            ),
            Lang::En => format!(
                "This concludes the consolidated report of {} on administrative reform information and communication for {}.",
                self.issuer(),
                self.label
            ),
        }
    }

    /// The manifest's distribution list, or: the ministry and the parent body "(b/c)", the
    /// agencies, the archive.
    fn recipients(&self) -> Vec<String> {
        let body = &self.c.body;
        if !body.recipients.is_empty() {
            return body.recipients.clone();
        }
        let report = self.pick("(b/c)", "(for reporting)");
        let mut lines = Vec::new();
        if body.level == AreaLevel::Province {
            lines.push(format!(
                "{} {report};",
                self.pick("Bộ Nội vụ", "Ministry of Home Affairs")
            ));
        }
        if let Some(parent) = &body.parent_body {
            lines.push(format!("{} {report};", parent.name));
        }
        lines.push(self.pick("Các cơ quan, đơn vị;", "The agencies;").into());
        lines.push(self.pick("Lưu: VT.", "Archive: VT.").into());
        lines
    }

    fn checklist(&self) -> Vec<ChecklistItem> {
        let mut items = Vec::new();
        let mut add = |kind, location: &str, message: String| {
            items.push(ChecklistItem {
                kind,
                message,
                location: location.into(),
            });
        };
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
                    "Ghi ngày ký vào dòng địa danh, ngày tháng (hoặc chạy lại với --signed-on).",
                    "Fill in the signing day in the date line (or run again with --signed-on).",
                )
                .into(),
            );
        }
        if self.c.deadline.status != DeadlineStatus::Configured {
            add(
                ChecklistKind::DeadlineNotConfigured,
                "introduction",
                self.pick(
                    "Chưa có hạn gửi báo cáo (deadlineDay trong tệp danh sách): không đánh giá được báo cáo đúng hạn hay muộn.",
                    "No reporting day is set (deadlineDay in the manifest): reports cannot be judged on time or late.",
                )
                .into(),
            );
        }
        for agency in &self.c.agencies {
            for diagnostic in &agency.diagnostics {
                let kind = if agency.figures.is_none() {
                    ChecklistKind::ReviewLog
                } else {
                    ChecklistKind::UnreadableRecords
                };
                add(kind, "I.5", diagnostic.message.clone());
            }
        }
        for diagnostic in &self.c.diagnostics {
            add(
                ChecklistKind::ReviewLog,
                "introduction",
                diagnostic.message.clone(),
            );
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_written_as_each_language_writes_them() {
        assert_eq!(percent(Lang::Vi, 5, 6), "83,3%");
        assert_eq!(percent(Lang::En, 5, 6), "83.3%");
        assert_eq!(percent(Lang::Vi, 1, 1), "100%");
        assert_eq!(percent(Lang::Vi, 1, 8), "12,5%");
        assert_eq!(percent(Lang::Vi, 2, 3), "66,7%");
        assert_eq!(percent(Lang::Vi, 0, 3), "0%");
        assert_eq!(percent(Lang::Vi, 1, 0), "—");
    }

    #[test]
    fn options_load_from_json_with_located_errors() {
        let options =
            ConsolidatedOptions::from_json_str(r#"{"lang": "en", "signedOn": "2023-03-25"}"#)
                .expect("loads");
        assert_eq!(options.lang, Lang::En);
        assert_eq!(
            options.signed_on.map(crate::model::iso_date::format),
            Some("2023-03-25".into())
        );
        let error = ConsolidatedOptions::from_json_str(r#"{"signedOn": "25/03/2023"}"#)
            .expect_err("not ISO");
        assert_eq!(error.path, "/signedOn");
    }
}

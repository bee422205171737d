//! The plan's work as a table of tasks (nhiệm vụ), and when each is to be done.
//!
//! Plans of districts, communes and provinces often put their work in an appendix table: STT,
//! nội dung, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện, sản phẩm. A [`Task`] is one
//! row of it; a [`Timing`] is its time cell, kept as written and read into a span.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::PeriodType;

/// One row of the plan's task table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Task {
    /// Stable id, unique in the plan, referenced by activity records ("nv-01").
    pub id: String,
    /// The row's number as written (STT: "1", "2.3").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The group row the task sits under, as written ("I. Đối với cán bộ, công chức").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// What is to be done (nội dung, nhiệm vụ), as written.
    pub content: String,
    /// Id of the plan's form it carries out, where it says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// Id of the audience it serves, where it says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Ids of the lead units (chủ trì); usually one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// Ids of the coordinating units (phối hợp).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<String>,
    /// When it is to be done (thời gian thực hiện / hoàn thành).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
    /// What proves it done (sản phẩm): a report, an article, a conference, a document issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// Notes (ghi chú), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// When a task or a form is to be carried out: the text as the plan writes it, and what it
/// was read to mean.
///
/// `from` and `due` are days of the plan's year: "Quý II" is 01/04 – 30/06, "trước ngày
/// 30/6/2023" is due 30/06 with no start. A timing with no date ("thường xuyên", "theo chỉ
/// đạo") has neither.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Timing {
    /// As written ("Trước ngày 30/6/2023", "Quý II", "Thường xuyên").
    pub text: String,
    /// What kind of time it is.
    pub kind: TimingKind,
    /// The first day of the span it is carried out in, when the text gives one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::iso_date::option"
    )]
    #[schemars(schema_with = "super::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub from: Option<Date>,
    /// The day by which it is due: the date given, or the span's last day.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::iso_date::option"
    )]
    #[schemars(schema_with = "super::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub due: Option<Date>,
    /// For `recurring`, the period it recurs in ("hằng tháng" → `month`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<PeriodType>,
}

/// The kinds of time Vietnamese plans write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum TimingKind {
    /// A day it is due by ("trước ngày 30/6/2023", "hoàn thành trước 15/3"): `due` only.
    ByDate,
    /// A month ("tháng 6", "trong tháng 6", "hoàn thành trong tháng 6").
    Month,
    /// A quarter ("Quý II").
    Quarter,
    /// A half year ("6 tháng đầu năm", "6 tháng cuối năm").
    HalfYear,
    /// A range of months or quarters ("tháng 3 – tháng 5", "từ tháng 3 đến tháng 5").
    Range,
    /// The whole year ("cả năm", "năm 2023", "trong năm").
    Year,
    /// Continuously ("thường xuyên"): no date, carried out in every period or not.
    Continuous,
    /// Periodically ("hằng tháng", "hằng quý", "định kỳ 6 tháng"): `every` says how often.
    Recurring,
    /// When planned or directed ("theo kế hoạch", "theo chỉ đạo", "khi có yêu cầu"): no date.
    Unscheduled,
    /// Not understood: the text is kept and the validator says so.
    Unread,
}

impl TimingKind {
    /// Whether a timing of this kind has a day it is due by.
    pub fn has_due_date(self) -> bool {
        matches!(
            self,
            TimingKind::ByDate
                | TimingKind::Month
                | TimingKind::Quarter
                | TimingKind::HalfYear
                | TimingKind::Range
                | TimingKind::Year
        )
    }
}

//! The plan's body: purposes, requirements, audiences with their content and forms, quotas,
//! units, the budget duty and the implementation arrangements.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::{Body, Document, LegalBasis, PeriodType, Task, Timing};

/// A communication plan on administrative reform (kế hoạch tuyên truyền CCHC).
///
/// Sections follow the plan as issued: legal bases and preamble, I. purposes and requirements,
/// II. content and forms per audience, III. implementation. Quotas and the budget duty are
/// lifted out of the bullets they were written in, keeping their text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// The JSON contract version; must be [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The calendar year the plan covers.
    pub year: i32,
    /// The document around the body.
    pub document: Document,
    /// The cited documents (căn cứ), in order.
    pub legal_bases: Vec<LegalBasis>,
    /// The sentence after the legal bases introducing the plan ("… xây dựng Kế hoạch … như sau:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<String>,
    /// Purposes (mục đích), in order.
    pub purposes: Vec<String>,
    /// Requirements (yêu cầu), in order.
    pub requirements: Vec<String>,
    /// The audiences (đối tượng) with what to tell them and how.
    pub audiences: Vec<Audience>,
    /// Targets the plan sets, counted from activity records.
    #[serde(default)]
    pub quotas: Vec<Quota>,
    /// The budget duty (dự toán kinh phí).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// The department's units named by the plan.
    pub units: Vec<Unit>,
    /// Implementation arrangements (tổ chức thực hiện).
    pub implementation: Implementation,
    /// The task table (often an appendix: "Phụ lục nhiệm vụ"), in order; empty when the plan
    /// has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// The task table's heading as written ("PHỤ LỤC. NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH
    /// CHÍNH NĂM 2024"), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_heading: Option<String>,
}

/// An audience (đối tượng) and what the plan does for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Audience {
    /// Stable id, referenced by activity records ("can-bo-cong-chuc").
    pub id: String,
    /// The heading as written ("Đối với cán bộ, công chức").
    pub heading: String,
    /// Content items (nội dung) to communicate.
    pub content: Vec<String>,
    /// The heading of the forms part when it says more than "Hình thức"
    /// ("Các hình thức tuyên truyền và trách nhiệm thực hiện").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forms_heading: Option<String>,
    /// Forms (hình thức) of communication for this audience.
    pub forms: Vec<Form>,
}

/// A form of communication the plan commits to.
///
/// A bullet that names several kinds ("meetings … and news on the website") becomes several
/// forms: the first keeps the bullet's text, the others carry only a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Form {
    /// Stable id, unique in the plan, referenced by quotas and activity records.
    pub id: String,
    /// What kind of communication it is.
    pub kind: FormKind,
    /// A short Vietnamese name for tables and reports.
    pub name: String,
    /// The bullet as written in the plan, when this form is where it is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Channels named for it (website, Facebook, Zalo, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Ids of the units responsible; empty means the department's units in general.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// When it is to be carried out, when the plan says ("Quý II", "thường xuyên"). A form
    /// with no timing is never overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
}

/// The documented set of form kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    /// Meetings, conferences, trainings, seminars (họp, hội nghị, tập huấn, tọa đàm).
    Meeting,
    /// News and articles on the agency's website (tin, bài trên Trang thông tin điện tử).
    WebsiteArticle,
    /// The electronic bulletin (bản tin điện tử).
    EBulletin,
    /// Leaflets, folders, panels, posters and printed materials (tờ rơi, tờ gấp, pa nô, áp phích).
    PrintMaterial,
    /// Clips shared on social media (Facebook, Zalo).
    SocialMediaClip,
    /// Public posting of administrative procedures (niêm yết công khai TTHC).
    ProcedurePosting,
    /// Satisfaction surveys (khảo sát mức độ hài lòng).
    SatisfactionSurvey,
    /// Contests (cuộc thi tìm hiểu).
    Contest,
    /// Mobile film screenings (chiếu phim lưu động).
    MobileFilmScreening,
    /// Activities of the Party, trade union and youth organisations.
    MassOrganisation,
    /// Any other form.
    Other,
}

impl FormKind {
    /// Every kind, in declaration order.
    pub const ALL: [FormKind; 11] = [
        FormKind::Meeting,
        FormKind::WebsiteArticle,
        FormKind::EBulletin,
        FormKind::PrintMaterial,
        FormKind::SocialMediaClip,
        FormKind::ProcedurePosting,
        FormKind::SatisfactionSurvey,
        FormKind::Contest,
        FormKind::MobileFilmScreening,
        FormKind::MassOrganisation,
        FormKind::Other,
    ];

    /// Vietnamese name of the kind.
    pub fn vietnamese(self) -> &'static str {
        match self {
            FormKind::Meeting => "Họp, hội nghị, tập huấn, tọa đàm",
            FormKind::WebsiteArticle => "Tin, bài trên trang thông tin điện tử",
            FormKind::EBulletin => "Bản tin điện tử",
            FormKind::PrintMaterial => "Tờ rơi, tờ gấp, pa nô, áp phích",
            FormKind::SocialMediaClip => "Clip trên mạng xã hội",
            FormKind::ProcedurePosting => "Niêm yết, công khai thủ tục hành chính",
            FormKind::SatisfactionSurvey => "Khảo sát mức độ hài lòng",
            FormKind::Contest => "Cuộc thi tìm hiểu",
            FormKind::MobileFilmScreening => "Chiếu phim lưu động",
            FormKind::MassOrganisation => "Hoạt động của tổ chức Đảng, Công đoàn, Đoàn thanh niên",
            FormKind::Other => "Hình thức khác",
        }
    }

    /// English name of the kind.
    pub fn english(self) -> &'static str {
        match self {
            FormKind::Meeting => "Meetings, conferences, trainings",
            FormKind::WebsiteArticle => "Website articles",
            FormKind::EBulletin => "Electronic bulletin",
            FormKind::PrintMaterial => "Leaflets, posters and panels",
            FormKind::SocialMediaClip => "Social-media clips",
            FormKind::ProcedurePosting => "Public posting of procedures",
            FormKind::SatisfactionSurvey => "Satisfaction surveys",
            FormKind::Contest => "Contests",
            FormKind::MobileFilmScreening => "Mobile film screenings",
            FormKind::MassOrganisation => "Party, union and youth activities",
            FormKind::Other => "Other forms",
        }
    }
}

/// A channel a form is carried on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// The agency's own website (Trang thông tin điện tử của Sở).
    Website,
    /// The province's portal (Cổng thông tin điện tử của tỉnh).
    ProvincialPortal,
    /// The national public-service portal and databases.
    NationalPortal,
    /// Facebook.
    Facebook,
    /// Zalo.
    Zalo,
    /// The internet in general ("trên mạng Internet").
    Internet,
    /// Printed matter handed out or displayed.
    Print,
    /// The agency's premises (trụ sở) and the public-service centre.
    Premises,
    /// In person, at meetings and events.
    InPerson,
}

/// A target the plan sets: "at least 04 articles every month on the website".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Quota {
    /// Stable id, unique in the plan.
    pub id: String,
    /// The sentence as written in the plan, when the quota comes from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Id of the form whose activities it counts.
    pub form: String,
    /// What is measured.
    pub measure: Measure,
    /// Each period of this type must reach the target ("hằng tháng" → `month`).
    pub period: PeriodType,
    /// Whether the agency as a whole or each unit must reach it.
    pub scope: QuotaScope,
    /// With `scope: each-unit`, the units bound by it; empty means every unit of the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// The minimum: a count, or a percentage for a share.
    pub min: u32,
    /// The maximum, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// For a share: how many people 100% is (e.g. the number of staff).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
}

/// What a quota measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// The number of activities ("ít nhất 04 tin, bài").
    Count,
    /// The percentage of a population reached, from activities' participants
    /// ("tối thiểu 90% cán bộ").
    Share,
}

/// Who a quota binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum QuotaScope {
    /// The agency as a whole.
    Agency,
    /// Each unit on its own.
    EachUnit,
}

/// The budget duty: estimate the cost in the year's budget, within the legal frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Budget {
    /// The paragraph as written.
    pub text: String,
    /// The budget year the estimate goes into.
    pub fiscal_year: i32,
    /// The legal frame the spending follows ("Luật Ngân sách nhà nước").
    pub legal_frame: String,
}

/// A unit of the department (phòng, đơn vị trực thuộc).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unit {
    /// Stable id, referenced by forms, quotas and activity records ("van-phong").
    pub id: String,
    /// Name as written ("Văn phòng Sở").
    pub name: String,
    /// Abbreviation used in symbols and archive lines ("VP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
}

/// Implementation arrangements (III. TỔ CHỨC THỰC HIỆN).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Implementation {
    /// Who does what, in order.
    pub responsibilities: Vec<Responsibility>,
    /// Id of the unit that monitors the plan and reports on it ("van-phong").
    pub monitoring_unit: String,
    /// How results are reported.
    pub reporting: ReportingRule,
}

/// One assignment in the implementation part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Responsibility {
    /// The paragraph as written.
    pub text: String,
    /// Ids of the units it assigns; empty means the department's units in general.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
}

/// The reporting rule: to whom, which periodic reports, and when they are due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportingRule {
    /// The body that receives the reports ("Sở Nội vụ").
    pub recipient: Body,
    /// The periodic reports due, in order (the CCHC regime: Quý I, 6 tháng, Quý III, Năm).
    pub schedule: Vec<ReportKind>,
    /// Whether the results are reported together with the CCHC report.
    pub with_cchc_report: bool,
    /// Day of the period's last month by which the report is due. The seed says only
    /// "theo quy định": each province sets it, so it is configuration, absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_day: Option<u8>,
    /// Public holidays that are not working days, for deadline arithmetic.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        with = "super::iso_date::list"
    )]
    #[schemars(schema_with = "super::iso_date::list::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string[]", optional))]
    pub holidays: Vec<time::Date>,
    /// Which months and quarters a periodic quota ("hằng tháng", "hằng quý") is counted in:
    /// the calendar ones of the plan's year (the default, absent from the JSON), or the
    /// reporting windows of Nghị định 09/2019 (15th of the month before to the 14th).
    #[serde(default, skip_serializing_if = "QuotaPeriods::is_calendar")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub quota_periods: QuotaPeriods,
}

/// The periods a quota's "each month", "each quarter"… are counted in.
///
/// The cut-off window of a report decides which activities the report reads; it does not
/// move a quota's months: "hằng tháng" is each calendar month of the plan's year unless the
/// plan says otherwise.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    FromJson,
    ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum QuotaPeriods {
    /// Calendar months, quarters… of the plan's year (January = 1–31 January). A sub-period
    /// not over on the report's day is `not-over`; activities before the plan's year credit
    /// no quota.
    #[default]
    Calendar,
    /// The periods of the evaluation's window: under the cut-off regime a month is its
    /// reporting month (15th of the month before to the 14th).
    ReportingWindow,
}

impl QuotaPeriods {
    /// Whether this is the default, calendar periods.
    pub fn is_calendar(&self) -> bool {
        *self == QuotaPeriods::Calendar
    }
}

/// The periodic reports of the CCHC regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// Báo cáo tháng.
    Month,
    /// Báo cáo quý I.
    #[serde(rename = "quarter-1")]
    Quarter1,
    /// Báo cáo quý II.
    #[serde(rename = "quarter-2")]
    Quarter2,
    /// Báo cáo 6 tháng.
    HalfYear,
    /// Báo cáo quý III.
    #[serde(rename = "quarter-3")]
    Quarter3,
    /// Báo cáo 9 tháng.
    NineMonths,
    /// Báo cáo quý IV.
    #[serde(rename = "quarter-4")]
    Quarter4,
    /// Báo cáo năm.
    Year,
}

impl ReportKind {
    /// Vietnamese name ("Báo cáo quý I").
    pub fn vietnamese(self) -> &'static str {
        match self {
            ReportKind::Month => "Báo cáo tháng",
            ReportKind::Quarter1 => "Báo cáo quý I",
            ReportKind::Quarter2 => "Báo cáo quý II",
            ReportKind::HalfYear => "Báo cáo 6 tháng",
            ReportKind::Quarter3 => "Báo cáo quý III",
            ReportKind::NineMonths => "Báo cáo 9 tháng",
            ReportKind::Quarter4 => "Báo cáo quý IV",
            ReportKind::Year => "Báo cáo năm",
        }
    }
}

impl Plan {
    /// Every form of every audience, with the index of its audience, in plan order.
    pub fn forms(&self) -> impl Iterator<Item = (usize, &Form)> {
        self.audiences
            .iter()
            .enumerate()
            .flat_map(|(index, audience)| audience.forms.iter().map(move |form| (index, form)))
    }

    /// The form with this id.
    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms()
            .map(|(_, form)| form)
            .find(|form| form.id == id)
    }

    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|unit| unit.id == id)
    }

    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|task| task.id == id)
    }
}

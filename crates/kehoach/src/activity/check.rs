//! Checking a log against its plan: the LOG rule catalogue and the streaming checker.
//!
//! The checker keeps what it needs to know about the plan (ids of forms, units, audiences) and,
//! to find evidence recorded twice, one 64-bit fingerprint and one record index per distinct
//! evidence: 12 bytes a record, never the records themselves.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use time::{Date, Month};

use super::Activity;
use crate::diagnostic::{rule_catalogue, Params, Rule};
use crate::model::iso_date;
use crate::period::Span;
use crate::sorted::SortedList;
use crate::{Diagnostic, Lang, Plan};

const CATEGORY: &str = "activity-log";

rule_catalogue! {
    /// The catalogue of log rules with their documentation, in code order.
    RULES;

    NOT_JSON("LOG001") {
        severity: Error,
        category: CATEGORY,
        source: "JSON Lines (jsonlines.org): one JSON value per line",
        description_vi: "Dòng không phải JSON hợp lệ",
        description_en: "A line is not valid JSON",
        message_vi: "Dòng {line} không phải JSON hợp lệ ({error}); dòng này bị bỏ qua.",
        message_en: "Line {line} is not valid JSON ({error}); the line is skipped.",
    }
    INVALID_RECORD("LOG002") {
        severity: Error,
        category: CATEGORY,
        source: "kehoach JSON contract (kehoach schema activities)",
        description_vi: "Bản ghi không đúng mẫu hoạt động",
        description_en: "A record does not follow the activity contract",
        message_vi: "Bản ghi không đúng mẫu hoạt động: {error}; bản ghi bị bỏ qua.",
        message_en: "The record does not follow the activity contract: {error}; it is skipped.",
    }
    UNSUPPORTED_VERSION("LOG003") {
        severity: Error,
        category: CATEGORY,
        source: "kehoach JSON contract",
        description_vi: "Phiên bản schemaVersion không được hỗ trợ",
        description_en: "Unsupported schemaVersion",
        message_vi: "Bản ghi có schemaVersion {found}, phiên bản này của kehoach đọc các phiên bản {oldest} đến {expected}; bản ghi bị bỏ qua.",
        message_en: "The record has schemaVersion {found}; this kehoach reads versions {oldest} to {expected}; it is skipped.",
    }
    UNKNOWN_FORM("LOG004") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: activity.form names a form id of the plan",
        description_vi: "Hình thức không có trong kế hoạch",
        description_en: "The form is not in the plan",
        message_vi: "Hình thức \"{form}\" không có trong kế hoạch; hoạt động không được tính cho hình thức, chỉ tiêu nào.",
        message_en: "Form \"{form}\" is not in the plan; the activity counts towards no form or quota.",
    }
    UNKNOWN_UNIT("LOG005") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: activity.unit names a unit id of the plan",
        description_vi: "Đơn vị không có trong kế hoạch",
        description_en: "The unit is not in the plan",
        message_vi: "Đơn vị \"{unit}\" không có trong kế hoạch; hoạt động được tính cho hình thức nhưng không cho đơn vị nào.",
        message_en: "Unit \"{unit}\" is not in the plan; the activity counts for its form but for no unit.",
    }
    UNKNOWN_AUDIENCE("LOG006") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: activity.audience names an audience id of the plan",
        description_vi: "Đối tượng không có trong kế hoạch",
        description_en: "The audience is not in the plan",
        message_vi: "Đối tượng \"{audience}\" không có trong kế hoạch.",
        message_en: "Audience \"{audience}\" is not in the plan.",
    }
    AUDIENCE_MISMATCH("LOG007") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: each form belongs to one audience",
        description_vi: "Đối tượng không khớp với hình thức",
        description_en: "The audience does not match the form",
        message_vi: "Đối tượng \"{audience}\" khác với đối tượng \"{expected}\" của hình thức \"{form}\" trong kế hoạch; hoạt động được tính theo đối tượng của hình thức.",
        message_en: "Audience \"{audience}\" differs from \"{expected}\", the audience of form \"{form}\" in the plan; the activity counts under the form's audience.",
    }
    OUTSIDE_PLAN("LOG008") {
        severity: Warning,
        category: CATEGORY,
        source: "plan year, extended back to the start of its Nghị định 09/2019 cut-off year (15 December)",
        description_vi: "Ngày nằm ngoài thời gian của kế hoạch",
        description_en: "The date lies outside the plan's time",
        message_vi: "Ngày {date} nằm ngoài thời gian của kế hoạch năm {year} ({start} – {end}).",
        message_en: "Date {date} lies outside the time of the {year} plan ({start} – {end}).",
    }
    DUPLICATE_EVIDENCE("LOG009") {
        severity: Warning,
        category: CATEGORY,
        source: "log consistency: one activity, one record",
        description_vi: "Minh chứng bị ghi trùng",
        description_en: "The same evidence is recorded twice",
        message_vi: "Minh chứng \"{evidence}\" đã được ghi ở bản ghi /{first}; bản ghi này không được tính lần nữa.",
        message_en: "Evidence \"{evidence}\" is already recorded at /{first}; this record is not counted again.",
    }
    NO_EVIDENCE("LOG010") {
        severity: Info,
        category: CATEGORY,
        source: "reporting practice: results are reported with their evidence",
        description_vi: "Hoạt động không có minh chứng",
        description_en: "The activity has no evidence",
        message_vi: "Hoạt động không có minh chứng (đường dẫn bài viết hoặc số, ký hiệu văn bản).",
        message_en: "The activity has no evidence (an article URL or a document reference).",
    }
    BROKEN_ARRAY("LOG011") {
        severity: Error,
        category: CATEGORY,
        source: "RFC 8259 (JSON)",
        description_vi: "Tệp JSON bị hỏng",
        description_en: "The JSON file is broken",
        message_vi: "Tệp JSON bị hỏng ở dòng {line}, cột {column} ({error}); phần còn lại của tệp không được đọc.",
        message_en: "The JSON file is broken at line {line}, column {column} ({error}); the rest of the file was not read.",
    }
    EMPTY_TITLE("LOG012") {
        severity: Warning,
        category: CATEGORY,
        source: "reporting practice: results name what was done",
        description_vi: "Hoạt động không có tiêu đề",
        description_en: "The activity has no title",
        message_vi: "Hoạt động không có tiêu đề; báo cáo sẽ không nêu được hoạt động này.",
        message_en: "The activity has no title; a report cannot name it.",
    }
    UNKNOWN_TASK("LOG013") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: activity.task names a task id of the plan",
        description_vi: "Nhiệm vụ không có trong kế hoạch",
        description_en: "The task is not in the plan",
        message_vi: "Nhiệm vụ \"{task}\" không có trong bảng nhiệm vụ của kế hoạch; hoạt động không được tính cho nhiệm vụ nào.",
        message_en: "Task \"{task}\" is not in the plan's task table; the activity counts towards no task.",
    }
    TASK_FORM_MISMATCH("LOG014") {
        severity: Warning,
        category: CATEGORY,
        source: "plan consistency: a task of the plan names the form it carries out",
        description_vi: "Hình thức không khớp với hình thức của nhiệm vụ",
        description_en: "The form does not match the task's form",
        message_vi: "Hình thức \"{form}\" khác với hình thức \"{expected}\" của nhiệm vụ \"{task}\" trong kế hoạch.",
        message_en: "Form \"{form}\" differs from \"{expected}\", the form of task \"{task}\" in the plan.",
    }
}

/// The days an activity of the plan may carry: from 15 December of the year before (the first
/// day of the year's cut-off window, Nghị định 09/2019) to 31 December (the calendar year's
/// end). Evaluation under either window never counts a day outside it.
pub fn plan_log_span(plan: &Plan) -> Span {
    let start = Date::from_calendar_date(plan.year.saturating_sub(1), Month::December, 15);
    let end = Date::from_calendar_date(plan.year, Month::December, 31);
    match (start, end) {
        (Ok(start), Ok(end)) => Span::new(start, end),
        _ => Span::new(Date::MIN, Date::MIN),
    }
}

/// What the checker found out about one record, for the evaluator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecordCheck {
    /// The form's index among [`Plan::forms`], when the plan has it.
    pub form: Option<usize>,
    /// The audience's index in `plan.audiences`: the form's audience, else the record's own
    /// when the plan has it.
    pub audience: Option<usize>,
    /// The unit's index in `plan.units`, when the plan has it.
    pub unit: Option<usize>,
    /// The task's index in `plan.tasks`, when the record names one the plan has.
    pub task: Option<usize>,
    /// The index of the earlier record with the same evidence.
    pub duplicate_of: Option<u32>,
}

/// Checks records against a plan, one at a time, in log order.
pub struct LogChecker<'p> {
    lang: Lang,
    year: i32,
    span: Span,
    forms: IdIndex<'p, (usize, usize)>,
    units: IdIndex<'p, usize>,
    audiences: IdIndex<'p, usize>,
    form_audience_ids: Vec<&'p str>,
    /// Each task's index in `plan.tasks` and the form it names, if it names one.
    tasks: IdIndex<'p, (usize, Option<&'p str>)>,
    evidence: HashMap<u64, u32, BuildHasherDefault<Fingerprint>>,
}

/// The plan's ids, each with what the first of that id in the plan stands for: three look-ups
/// a record, by binary search over the tens of ids a plan has (as fast as a hash map at that
/// size, and no hash table code per key type in the npm module).
type IdIndex<'p, V> = SortedList<&'p str, V>;

/// Adds `id` to `index` unless the plan already had it (the first one counts).
fn insert_first<'p, V>(index: &mut IdIndex<'p, V>, id: &'p str, value: V) {
    if index.get(id).is_none() {
        index.insert(id, value);
    }
}

/// The hasher of the evidence index, whose keys are fingerprints already: it passes them on
/// instead of hashing them again (a second SipHash per record, for nothing).
#[derive(Default)]
struct Fingerprint(u64);

impl Hasher for Fingerprint {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is called for `u64` keys; anything else is still hashed.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

impl<'p> LogChecker<'p> {
    /// A checker for `plan`, writing messages in `lang`.
    pub fn new(plan: &'p Plan, lang: Lang) -> LogChecker<'p> {
        let mut forms = IdIndex::default();
        let mut form_audience_ids = Vec::new();
        for (index, (audience, form)) in plan.forms().enumerate() {
            insert_first(&mut forms, &form.id, (index, audience));
            form_audience_ids.push(
                plan.audiences
                    .get(audience)
                    .map_or("", |audience| audience.id.as_str()),
            );
        }
        let mut units = IdIndex::default();
        for (index, unit) in plan.units.iter().enumerate() {
            insert_first(&mut units, &unit.id, index);
        }
        let mut audiences = IdIndex::default();
        for (index, audience) in plan.audiences.iter().enumerate() {
            insert_first(&mut audiences, &audience.id, index);
        }
        let mut tasks = IdIndex::default();
        for (index, task) in plan.tasks.iter().enumerate() {
            insert_first(&mut tasks, &task.id, (index, task.form.as_deref()));
        }
        LogChecker {
            lang,
            year: plan.year,
            span: plan_log_span(plan),
            forms,
            units,
            audiences,
            form_audience_ids,
            tasks,
            evidence: HashMap::default(),
        }
    }

    /// Checks one record, passing each finding to `emit`, and says what it matches in the plan.
    ///
    /// `index` is the record's place in the log (`/{index}` in paths); `line` its 1-based line
    /// in a JSON Lines log.
    pub fn check(
        &mut self,
        index: u32,
        line: Option<u32>,
        activity: &Activity,
        emit: &mut dyn FnMut(Diagnostic),
    ) -> RecordCheck {
        let lang = self.lang;
        let mut report = |rule: &Rule, field: &str, params: Params| {
            let params = match line {
                Some(line) => params.with("line", line),
                None => params,
            };
            let path = if field.is_empty() {
                format!("/{index}")
            } else {
                format!("/{index}/{field}")
            };
            emit(rule.at(path, params, lang));
        };
        let mut result = RecordCheck::default();
        self.check_names(activity, &mut result, &mut report);
        self.check_task(activity, &mut result, &mut report);
        self.check_date_and_title(activity, &mut report);
        self.check_evidence(index, activity, &mut result, &mut report);
        result
    }

    /// The form, unit and audience the record names: what they match in the plan (LOG004,
    /// LOG005, LOG006, LOG007).
    fn check_names(
        &self,
        activity: &Activity,
        result: &mut RecordCheck,
        report: &mut impl FnMut(&Rule, &str, Params),
    ) {
        match self.forms.get(&activity.form) {
            Some(&(form, audience)) => {
                result.form = Some(form);
                result.audience = Some(audience);
            }
            None => report(
                &UNKNOWN_FORM,
                "form",
                Params::new().with("form", activity.form.as_str()),
            ),
        }
        match self.units.get(&activity.unit) {
            Some(&unit) => result.unit = Some(unit),
            None => report(
                &UNKNOWN_UNIT,
                "unit",
                Params::new().with("unit", activity.unit.as_str()),
            ),
        }
        if let Some(audience) = &activity.audience {
            match self.audiences.get(audience) {
                None => report(
                    &UNKNOWN_AUDIENCE,
                    "audience",
                    Params::new().with("audience", audience.as_str()),
                ),
                Some(&given) => match result.form {
                    None => result.audience = Some(given),
                    Some(form) => {
                        let expected = self.form_audience_ids.get(form).copied().unwrap_or("");
                        if expected != audience {
                            report(
                                &AUDIENCE_MISMATCH,
                                "audience",
                                Params::new()
                                    .with("audience", audience.as_str())
                                    .with("expected", expected)
                                    .with("form", activity.form.as_str()),
                            );
                        }
                    }
                },
            }
        }
    }

    /// The task the record names: in the plan (LOG013), and carried out by the task's form
    /// (LOG014). A task with no form of its own agrees with any.
    fn check_task(
        &self,
        activity: &Activity,
        result: &mut RecordCheck,
        report: &mut impl FnMut(&Rule, &str, Params),
    ) {
        let Some(task) = &activity.task else {
            return;
        };
        match self.tasks.get(task) {
            None => report(
                &UNKNOWN_TASK,
                "task",
                Params::new().with("task", task.as_str()),
            ),
            Some(&(index, form)) => {
                result.task = Some(index);
                if let Some(expected) = form.filter(|form| *form != activity.form) {
                    report(
                        &TASK_FORM_MISMATCH,
                        "form",
                        Params::new()
                            .with("form", activity.form.as_str())
                            .with("expected", expected)
                            .with("task", task.as_str()),
                    );
                }
            }
        }
    }

    /// The record's day within the plan's span, and its title not blank.
    fn check_date_and_title(
        &self,
        activity: &Activity,
        report: &mut impl FnMut(&Rule, &str, Params),
    ) {
        if !self.span.contains(activity.date) {
            report(
                &OUTSIDE_PLAN,
                "date",
                Params::new()
                    .with("date", iso_date::format(activity.date))
                    .with("year", self.year)
                    .with("start", iso_date::format(self.span.start))
                    .with("end", iso_date::format(self.span.end)),
            );
        }
        if activity.title.trim().is_empty() {
            report(&EMPTY_TITLE, "title", Params::new());
        }
    }

    /// The record's evidence: present, and not recorded before.
    fn check_evidence(
        &mut self,
        index: u32,
        activity: &Activity,
        result: &mut RecordCheck,
        report: &mut impl FnMut(&Rule, &str, Params),
    ) {
        match activity
            .evidence
            .as_deref()
            .filter(|text| !text.trim().is_empty())
        {
            None => report(&NO_EVIDENCE, "", Params::new()),
            Some(evidence) => {
                // One probe of the index, not a look-up and then an insert: on a long log
                // the index outgrows the caches and each probe is a miss.
                match self.evidence.entry(fingerprint(evidence)) {
                    Entry::Occupied(entry) => {
                        let first = *entry.get();
                        result.duplicate_of = Some(first);
                        report(
                            &DUPLICATE_EVIDENCE,
                            "evidence",
                            Params::new()
                                .with("evidence", evidence)
                                .with("first", first),
                        );
                    }
                    Entry::Vacant(entry) => {
                        entry.insert(index);
                    }
                }
            }
        }
    }
}

/// A 64-bit fingerprint of evidence with spacing collapsed and ASCII letters in lower case
/// (records are NFC already; URL schemes and hosts, and document symbols, are ASCII, and the
/// full Unicode case tables would weigh on the WebAssembly module). Two different texts
/// share one with odds of about one in 10^7 in a log of a million distinct items, a price paid
/// to keep memory at 12 bytes per record instead of the text.
fn fingerprint(evidence: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    if !evidence.is_ascii() {
        for word in evidence.split_whitespace() {
            word.to_ascii_lowercase().hash(&mut hasher);
        }
        return hasher.finish();
    }
    // The same bytes as above (a `str` hashes as its bytes and 0xFF), without decoding
    // characters or allocating: evidence is almost always an ASCII URL or document symbol,
    // and ASCII's whitespace is these six bytes.
    let words = evidence
        .as_bytes()
        .split(|byte| matches!(byte, b' ' | b'\t'..=b'\r'))
        .filter(|word| !word.is_empty());
    let mut buffer = [0u8; 64];
    for word in words {
        for chunk in word.chunks(buffer.len()) {
            if let Some(lower) = buffer.get_mut(..chunk.len()) {
                lower.copy_from_slice(chunk);
                lower.make_ascii_lowercase();
                hasher.write(lower);
            }
        }
        hasher.write_u8(0xff);
    }
    hasher.finish()
}

/// Reads a whole log (a JSON array or JSON Lines, as text) and checks it against `plan`:
/// every diagnostic, in log order.
///
/// ```
/// let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).unwrap();
/// let log = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai","title":"A","evidence":"x"}"#;
/// let diagnostics = kehoach::activity::check_log(&plan, log, kehoach::Lang::Vi);
/// assert_eq!(diagnostics[0].code, "LOG004");
/// assert_eq!(diagnostics[0].path, "/0/form");
/// ```
pub fn check_log(plan: &Plan, log: &str, lang: Lang) -> Vec<Diagnostic> {
    let mut checker = LogChecker::new(plan, lang);
    let mut diagnostics = Vec::new();
    super::read_log_str(log, lang, |entry| match entry {
        super::LogEntry::Record {
            index,
            line,
            activity,
        } => {
            checker.check(index, line, &activity, &mut |d| diagnostics.push(d));
        }
        super::LogEntry::Rejected(diagnostic) => diagnostics.push(diagnostic),
    });
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Option<Plan> {
        Plan::from_json_str(crate::examples::LANG_SON_2023).ok()
    }

    fn codes(log: &str) -> Vec<(String, String)> {
        let Some(plan) = plan() else {
            return vec![("no plan".into(), String::new())];
        };
        check_log(&plan, log, Lang::En)
            .into_iter()
            .map(|d| (d.code, d.path))
            .collect()
    }

    const GOOD: &str = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai-website","title":"A","evidence":"https://x/1"}"#;

    #[test]
    fn fingerprints_of_ascii_evidence_are_those_of_the_general_rule() {
        fn general(evidence: &str) -> u64 {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            for word in evidence.split_whitespace() {
                word.to_ascii_lowercase().hash(&mut hasher);
            }
            hasher.finish()
        }
        let long = format!("HTTPS://svhttdl.LangSon.gov.vn/{}", "Ab".repeat(100));
        for evidence in [
            "",
            " \t\r\n\x0b\x0c ",
            "https://x/1",
            " HTTPS://X/1 ",
            "Công văn số 123/SVHTTDL-VP",
            "Công\u{a0}văn  số\u{3000}123",
            "Giay moi so 45/GM-SVHTTDL\x0bngay 01/02/2023",
            long.as_str(),
        ] {
            assert_eq!(fingerprint(evidence), general(evidence), "{evidence:?}");
        }
        assert_eq!(fingerprint(" HTTPS://X/1 "), fingerprint("https://x/1"));
        assert_ne!(fingerprint("a b"), fingerprint("ab"));
    }

    #[test]
    fn records_name_tasks_of_the_plan_with_their_form() {
        let Some(mut plan) = plan() else {
            panic!("the bundled plan loads");
        };
        let task = |id: &str, form: Option<&str>| crate::Task {
            id: id.into(),
            number: None,
            group: None,
            content: "Viết tin, bài".into(),
            form: form.map(Into::into),
            audience: None,
            lead: vec!["van-phong".into()],
            coordinating: Vec::new(),
            timing: None,
            product: None,
            notes: None,
        };
        plan.tasks = vec![
            task("nv-01", Some("tin-bai-website")),
            task("nv-02", Some("hoi-nghi-tap-huan")),
            task("nv-03", None),
        ];
        let record =
            |task: &str| GOOD.replace("\"title\"", &format!("\"task\":\"{task}\",\"title\""));
        let mut checker = LogChecker::new(&plan, Lang::Vi);
        let mut found = Vec::new();
        let mut tasks = Vec::new();
        for (index, task) in ["nv-01", "nv-09", "nv-02", "nv-03"].into_iter().enumerate() {
            let activity: Activity =
                serde_json::from_str(&record(task)).unwrap_or_else(|e| panic!("{e}"));
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            let check = checker.check(index, None, &activity, &mut |d| {
                found.push((d.code, d.path, d.message));
            });
            tasks.push(check.task);
        }
        assert_eq!(tasks, [Some(0), None, Some(1), Some(2)]);
        let codes: Vec<(&str, &str)> = found
            .iter()
            .map(|(code, path, _)| (code.as_str(), path.as_str()))
            .collect();
        // Evidence repeats from record 1 on (one GOOD record, four times).
        assert_eq!(
            codes,
            [
                ("LOG013", "/1/task"),
                ("LOG009", "/1/evidence"),
                ("LOG014", "/2/form"),
                ("LOG009", "/2/evidence"),
                ("LOG009", "/3/evidence"),
            ]
        );
        assert_eq!(
            found[2].2,
            "Hình thức \"tin-bai-website\" khác với hình thức \"hoi-nghi-tap-huan\" của nhiệm vụ \"nv-02\" trong kế hoạch."
        );
    }

    #[test]
    fn a_good_record_has_no_finding() {
        assert_eq!(codes(GOOD), vec![]);
    }

    #[test]
    fn every_rule_fires_where_it_should() {
        let lines = [
            GOOD.to_string(),
            GOOD.replace("tin-bai-website", "tin-bai"),
            GOOD.replace("van-phong", "phong-x").replace("/1", "/2"),
            GOOD.replace("\"title\"", "\"audience\":\"khach\",\"title\"")
                .replace("/1", "/3"),
            GOOD.replace(
                "\"title\"",
                "\"audience\":\"nguoi-dan-doanh-nghiep\",\"title\"",
            )
            .replace("/1", "/4"),
            GOOD.replace("2023-01-05", "2022-12-14").replace("/1", "/5"),
            GOOD.replace("https://x/1", " HTTPS://X/1 "),
            GOOD.replace(",\"evidence\":\"https://x/1\"", ""),
            "{not json".to_string(),
            GOOD.replace("\"schemaVersion\":1", "\"schemaVersion\":99"),
            GOOD.replace("\"title\":\"A\"", "\"title\":\" \"")
                .replace("/1", "/6"),
            String::new(),
            GOOD.replace("\"unit\"", "\"colour\":\"red\",\"unit\""),
        ];
        assert_eq!(
            codes(&lines.join("\n")),
            [
                ("LOG004", "/1/form"),
                ("LOG009", "/1/evidence"),
                ("LOG005", "/2/unit"),
                ("LOG006", "/3/audience"),
                ("LOG007", "/4/audience"),
                ("LOG008", "/5/date"),
                ("LOG009", "/6/evidence"),
                ("LOG010", "/7"),
                ("LOG001", "/8"),
                ("LOG003", "/9/schemaVersion"),
                ("LOG012", "/10/title"),
                ("LOG002", "/12/colour"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
    }

    #[test]
    fn the_plan_span_reaches_back_to_the_cut_off_year() {
        let Some(plan) = plan() else { return };
        let span = plan_log_span(&plan);
        assert_eq!(iso_date::format(span.start), "2022-12-15");
        assert_eq!(iso_date::format(span.end), "2023-12-31");
    }

    #[test]
    fn a_broken_array_stops_with_one_diagnostic_after_the_good_records() {
        let log = format!(
            "\n\n[{GOOD},\n{},\n{{\"schemaVersion\": 1,, }}]",
            GOOD.replace("/1", "/2")
        );
        let Some(plan) = plan() else { return };
        let diagnostics = check_log(&plan, &log, Lang::Vi);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "LOG011");
        assert_eq!(
            diagnostics[0].params.get("line"),
            Some(&crate::diagnostic::Param::Number(5))
        );
        assert!(diagnostics[0].message.contains("phần còn lại"));
    }

    #[test]
    fn catalogue_codes_are_unique_and_ordered() {
        let codes: Vec<&str> = RULES.iter().map(|entry| entry.rule.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
        assert_eq!(codes.len(), 14);
    }
}

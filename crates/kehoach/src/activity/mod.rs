//! Activity records: what a unit actually did to carry out the plan, one record per activity.
//!
//! This is the input of tracking. A log is a JSON array of records, or JSON Lines (one record
//! per line, `.jsonl`/`.ndjson`); [`read_log`] reads either as a stream so a log of a million
//! records never sits in memory. [`LogChecker`] checks records against the plan and says, with
//! coded [`Diagnostic`](crate::Diagnostic)s, what will not count and why.
//!
//! Every record carries `schemaVersion`, so each line of a JSON Lines file stands on its own
//! (logs are appended to, concatenated and filtered with `grep`):
//!
//! ```
//! use kehoach::activity::Activity;
//! let record = r#"{"schemaVersion": 1, "date": "2023-03-02", "unit": "van-phong",
//!     "form": "tin-bai-website", "title": "Sở VHTTDL triển khai dịch vụ công trực tuyến",
//!     "evidence": "https://svhttdl.langson.gov.vn/tin-tuc/cchc-0302"}"#;
//! let activity = Activity::from_json_str(record)?;
//! assert_eq!(activity.form, "tin-bai-website");
//! # Ok::<(), kehoach::LoadError>(())
//! ```

mod check;
#[cfg(feature = "one-pass-log")]
mod parsed;
mod read;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::model::load::{load_value, parse_json};
use crate::model::save::to_pretty_json;
use crate::model::ToJson;
use crate::{LoadError, LoadErrorKind};

pub use check::{check_log, plan_log_span, LogChecker, RecordCheck, RULES};
pub(crate) use read::entry_from_value;
pub use read::{read_log, read_log_str, LogEntry, LogFormat};

/// One activity carried out under the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activity {
    /// The JSON contract version: one this kehoach reads (see [`crate::SCHEMA_VERSION`]). Carried by every record so
    /// each line of a JSON Lines log stands on its own.
    pub schema_version: u32,
    /// The day it took place, or the article was published.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub date: Date,
    /// Id of the responsible unit in the plan ("van-phong").
    pub unit: String,
    /// Id of the plan's form it carries out ("tin-bai-website").
    pub form: String,
    /// Id of the plan's task it carries out ("nv-03"), when it carries one out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// Id of the audience reached. Optional: every form of a plan belongs to one audience, so
    /// the form implies it; when given, it must agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// What was done: the article's headline, the meeting's name.
    pub title: String,
    /// Proof: the article's URL, or a document reference ("Công văn số 123/SVHTTDL-VP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Quantities, when they apply (participants of a meeting, copies of a leaflet).
    #[serde(default, skip_serializing_if = "Quantities::is_empty")]
    pub quantities: Quantities,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Quantities an activity reports. Absent means not reported, which is not the same as zero.
///
/// The same type holds sums in an evaluation: a quantity no record reported stays absent.
/// Sums stop at 4 294 967 295 rather than wrap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Quantities {
    /// People taking part (lượt người): attendees of a meeting, viewers of a screening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub participants: Option<u32>,
    /// Copies printed or handed out (bản, tờ, cuốn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub copies: Option<u32>,
    /// Views or reach online (lượt xem, lượt tiếp cận).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub views: Option<u32>,
    /// Survey forms collected (phiếu khảo sát).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub respondents: Option<u32>,
    /// Hours of the activity (giờ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub hours: Option<u32>,
    /// Administrative procedures posted or published (thủ tục hành chính).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub procedures: Option<u32>,
}

impl Quantities {
    /// Whether no quantity is reported.
    pub fn is_empty(&self) -> bool {
        *self == Quantities::default()
    }

    /// Adds `other` to these sums: absent plus absent stays absent, and sums saturate.
    pub fn add(&mut self, other: &Quantities) {
        fn sum(a: &mut Option<u32>, b: Option<u32>) {
            if let Some(b) = b {
                *a = Some(a.unwrap_or(0).saturating_add(b));
            }
        }
        sum(&mut self.participants, other.participants);
        sum(&mut self.copies, other.copies);
        sum(&mut self.views, other.views);
        sum(&mut self.respondents, other.respondents);
        sum(&mut self.hours, other.hours);
        sum(&mut self.procedures, other.procedures);
    }

    /// The quantities with a value, in a fixed order, as `(key, value)`.
    pub fn entries(&self) -> Vec<(QuantityKey, u32)> {
        [
            (QuantityKey::Participants, self.participants),
            (QuantityKey::Copies, self.copies),
            (QuantityKey::Views, self.views),
            (QuantityKey::Respondents, self.respondents),
            (QuantityKey::Hours, self.hours),
            (QuantityKey::Procedures, self.procedures),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| (key, value)))
        .collect()
    }
}

/// The name of one quantity, for rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuantityKey {
    /// [`Quantities::participants`].
    Participants,
    /// [`Quantities::copies`].
    Copies,
    /// [`Quantities::views`].
    Views,
    /// [`Quantities::respondents`].
    Respondents,
    /// [`Quantities::hours`].
    Hours,
    /// [`Quantities::procedures`].
    Procedures,
}

impl QuantityKey {
    /// The unit word after the number, in `lang`: "lượt người", "participants".
    pub fn unit_word(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Vi};
        match (self, lang) {
            (QuantityKey::Participants, Vi) => "lượt người",
            (QuantityKey::Copies, Vi) => "bản",
            (QuantityKey::Views, Vi) => "lượt xem",
            (QuantityKey::Respondents, Vi) => "phiếu khảo sát",
            (QuantityKey::Hours, Vi) => "giờ",
            (QuantityKey::Procedures, Vi) => "thủ tục hành chính",
            (QuantityKey::Participants, En) => "participants",
            (QuantityKey::Copies, En) => "copies",
            (QuantityKey::Views, En) => "views",
            (QuantityKey::Respondents, En) => "survey responses",
            (QuantityKey::Hours, En) => "hours",
            (QuantityKey::Procedures, En) => "procedures",
        }
    }
}

/// Why a record was rejected: a version this kehoach does not read, or a breach of the
/// contract (missing or unknown key, wrong type, a date that is not a day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// `schemaVersion` is present but not [`crate::SCHEMA_VERSION`]; the value as written.
    Version(String),
    /// Anything else, with the JSON Pointer inside the record.
    Contract(LoadError),
}

impl Activity {
    /// Loads one record from JSON text (see [`Activity::from_json_value`]); a leading
    /// byte-order mark is skipped.
    pub fn from_json_str(text: &str) -> Result<Activity, LoadError> {
        Activity::from_json_value(parse_json(text)?)
    }

    /// Loads one record from a parsed JSON value: `schemaVersion` checked first, text
    /// normalised to NFC, unknown keys rejected with the key's JSON Pointer (the loader of
    /// every document, [`crate::Plan::from_json_str`]).
    pub fn from_json_value(value: serde_json::Value) -> Result<Activity, LoadError> {
        Activity::from_value_checked(value).map_err(|error| match error {
            RecordError::Version(found) => LoadError::at(
                "/schemaVersion",
                LoadErrorKind::SchemaVersion {
                    found,
                    supported: crate::SCHEMA_VERSION,
                },
            ),
            RecordError::Contract(error) => error,
        })
    }

    /// Like [`Activity::from_json_value`], telling a wrong version from other breaches.
    pub fn from_value_checked(value: serde_json::Value) -> Result<Activity, RecordError> {
        if !value.is_object() {
            return Err(RecordError::Contract(LoadError::at(
                "",
                LoadErrorKind::NotAnObject {
                    found: crate::model::Found::of(&value),
                    record: true,
                },
            )));
        }
        load_value(value, true).map_err(|error| match error.kind {
            LoadErrorKind::SchemaVersion { found, .. } => RecordError::Version(found),
            _ => RecordError::Contract(error),
        })
    }

    /// Reads a record straight from its JSON bytes with serde_json, as the stream reader tries
    /// first: faster than [`Activity::from_value_checked`], which builds a
    /// `serde_json::Value` first so that errors can name their JSON Pointer.
    ///
    /// `None` whenever the careful path might judge the bytes differently, which then decides:
    /// they do not parse as a record, the `schemaVersion` is not ours, or they hold a `[`
    /// anywhere (serde_json would take an array for a struct, which the contract rejects; a
    /// record has no array field, so only a title or evidence quoting a bracket takes the
    /// careful path for nothing). serde_json checks that strings are UTF-8 as it reads them,
    /// and outside strings JSON is ASCII. Keys need no normalising: a record's keys are ASCII
    /// and serde_json matches them exactly, so a record read here has the keys the careful path
    /// would find after NFC. Values are normalised to NFC here, as there.
    ///
    /// Only the stream reader uses it, and only with the feature `one-pass-log`: without it
    /// every record takes the careful path (the same records, slower), and this second
    /// deserialiser of `Activity` stays out of the npm modules built for size.
    #[cfg(not(feature = "one-pass-log"))]
    pub(crate) fn from_plain_json_bytes(_bytes: &[u8]) -> Option<Activity> {
        None
    }

    /// See the other definition: the one used with the feature `one-pass-log`.
    #[cfg(feature = "one-pass-log")]
    pub(crate) fn from_plain_json_bytes(bytes: &[u8]) -> Option<Activity> {
        if bytes.contains(&b'[') {
            return None;
        }
        serde_json::from_slice::<Activity>(bytes)
            .ok()
            .and_then(Activity::normalized)
    }

    /// The record with its text in NFC, if its `schemaVersion` is ours (see
    /// [`Activity::from_plain_json_bytes`]).
    fn normalized(mut self) -> Option<Activity> {
        fn nfc(text: &mut String) {
            if let std::borrow::Cow::Owned(normal) = crate::nfc(text) {
                *text = normal;
            }
        }
        if !crate::reads_schema_version(u64::from(self.schema_version)) {
            return None;
        }
        // Every field named, so a new one cannot be forgotten here.
        let Activity {
            schema_version: _,
            date: _,
            unit,
            form,
            task,
            audience,
            title,
            evidence,
            quantities: _,
            notes,
        } = &mut self;
        for text in [unit, form, title] {
            nfc(text);
        }
        for text in [task, audience, evidence, notes].into_iter().flatten() {
            nfc(text);
        }
        Some(self)
    }

    /// The record as one line of JSON (no trailing newline), as JSON Lines logs hold it.
    pub fn to_json_line(&self) -> String {
        self.to_json()
    }

    /// The record as pretty JSON with a trailing newline.
    pub fn to_json_string(&self) -> String {
        to_pretty_json(self)
    }
}

/// The JSON Schema of an activity log written as a JSON array (each line of a JSON Lines log
/// follows the schema's `items`).
///
/// ```
/// let schema = kehoach::activity::activities_schema();
/// assert_eq!(schema["type"], "array");
/// assert_eq!(schema["title"], "Activities");
/// ```
pub fn activities_schema() -> serde_json::Value {
    let mut schema = crate::schema::schema_for::<Vec<Activity>>();
    if let Some(object) = schema.as_object_mut() {
        object.insert("title".into(), "Activities".into());
        object.insert(
            "description".into(),
            "An activity log: a JSON array of activity records. A JSON Lines log (.jsonl, .ndjson) holds one record of `items` per line."
                .into(),
        );
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_and_rejects_unknown_keys() {
        let text = r#"{"schemaVersion":1,"date":"2023-03-02","unit":"van-phong","form":"tin-bai-website","title":"Tin","quantities":{"views":120}}"#;
        let activity = Activity::from_json_str(text);
        assert_eq!(
            activity.as_ref().map(Activity::to_json_line).ok(),
            Some(text.to_string())
        );
        let bad = text.replace("\"views\"", "\"likes\"");
        let error = Activity::from_json_str(&bad).err();
        assert_eq!(
            error.as_ref().map(|e| e.path.as_str()),
            Some("/quantities/likes")
        );
        assert!(error.is_some_and(|e| e.message.contains("unknown key `likes`")));
    }

    #[test]
    fn versions_are_told_apart_from_other_breaches() {
        let value = serde_json::json!({"schemaVersion": 99, "date": "2023-01-01"});
        assert_eq!(
            Activity::from_value_checked(value),
            Err(RecordError::Version("99".into()))
        );
        let value = serde_json::json!({"schemaVersion": 1, "date": "2023-02-29", "unit": "u",
            "form": "f", "title": "t"});
        let error = Activity::from_value_checked(value);
        assert!(
            matches!(&error, Err(RecordError::Contract(e)) if e.path == "/date" && e.message.contains("2023-02-29")),
            "{error:?}"
        );
    }

    #[test]
    fn sums_keep_absent_quantities_absent_and_saturate() {
        let mut sum = Quantities::default();
        sum.add(&Quantities {
            participants: Some(u32::MAX - 1),
            ..Quantities::default()
        });
        sum.add(&Quantities {
            participants: Some(5),
            copies: Some(3),
            ..Quantities::default()
        });
        assert_eq!(sum.participants, Some(u32::MAX));
        assert_eq!(sum.copies, Some(3));
        assert_eq!(sum.views, None);
    }
}

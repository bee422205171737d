//! The consolidation manifest: who consolidates, for which agencies, where each agency's plan
//! and log are, and when each agency's own report for a period was received.

use std::collections::BTreeMap;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::model::load::{invalid_type, FromJson, JsonError};
use crate::model::save::{JsonWriter, ToJson};
use crate::model::Body;
use crate::model::{Expected, LoadErrorKind};
use crate::period::PeriodId;
use crate::sorted::SortedList;
use crate::{Lang, LoadError};

/// A consolidation manifest: the body that consolidates and the agencies it consolidates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Manifest {
    /// The JSON contract version.
    pub schema_version: u32,
    /// The body that receives the agencies' reports and writes the consolidated one.
    pub body: ConsolidatingBody,
    /// Day of the period's last month by which each agency's report is due (the province
    /// sets it); without it, received reports are not judged on time or late.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub deadline_day: Option<u8>,
    /// Public holidays that are not working days, for the deadline.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        with = "crate::model::iso_date::list"
    )]
    #[schemars(schema_with = "crate::model::iso_date::list::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string[]", optional))]
    pub holidays: Vec<Date>,
    /// The agencies, in the order the consolidated report lists them within a level.
    pub agencies: Vec<Agency>,
}

/// The consolidating body ("Sở Nội vụ" of a province, "Phòng Nội vụ" of a district).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsolidatingBody {
    /// Its name in sentence case, with its abbreviation for the report's symbol ("SNV").
    pub issuer: Body,
    /// Its direct parent, printed above it ("Ủy ban nhân dân tỉnh Lạng Sơn", "UBND").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub parent_body: Option<Body>,
    /// The area it consolidates: a province or a district.
    pub level: AreaLevel,
    /// The area's name as the report writes it after "tỉnh"/"huyện" ("Lạng Sơn").
    pub area: String,
    /// The place in the date line ("Lạng Sơn").
    pub place: String,
    /// The signature block.
    pub signature: crate::model::Signature,
    /// The distribution list ("Nơi nhận"), one line each, the archive line last. Without it
    /// the report sends to the parent body and keeps a copy ("Lưu: VT.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub recipients: Vec<String>,
}

/// The area a consolidation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum AreaLevel {
    /// A province (tỉnh) or centrally run city: consolidated by Sở Nội vụ.
    Province,
    /// A district (huyện): consolidated by Phòng Nội vụ.
    District,
}

impl AreaLevel {
    /// "tỉnh", "huyện" — before the area's name.
    pub fn vietnamese(self) -> &'static str {
        match self {
            AreaLevel::Province => "tỉnh",
            AreaLevel::District => "huyện",
        }
    }

    /// "province", "district".
    pub fn english(self) -> &'static str {
        match self {
            AreaLevel::Province => "province",
            AreaLevel::District => "district",
        }
    }
}

/// One agency whose plan and results are consolidated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agency {
    /// Stable id, unique in the manifest ("so-tu-phap").
    pub id: String,
    /// Its name in sentence case ("Sở Tư pháp", "UBND huyện Cao Lộc").
    pub name: String,
    /// Its level.
    pub level: AgencyLevel,
    /// Id of the agency it reports through (a commune's district), when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub parent: Option<String>,
    /// Where its plan is: for the CLI, a path relative to the manifest's directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub plan: Option<String>,
    /// Where its activity log is (JSON array or JSON Lines), likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub log: Option<String>,
    /// When its own report of each period was received, by period id
    /// (`{"2023-Q1": "2023-03-17"}`).
    #[serde(default, skip_serializing_if = "ReceivedDates::is_empty")]
    #[cfg_attr(
        feature = "typescript",
        tsify(type = "Record<string, string>", optional)
    )]
    pub received: ReceivedDates,
}

/// The levels of agencies a province consolidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum AgencyLevel {
    /// A department or branch of the province (sở, ban, ngành).
    Department,
    /// A district's people's committee (UBND cấp huyện).
    District,
    /// A commune's people's committee (UBND cấp xã).
    Commune,
}

impl AgencyLevel {
    /// Every level, in the order reports list them.
    pub const ALL: [AgencyLevel; 3] = [
        AgencyLevel::Department,
        AgencyLevel::District,
        AgencyLevel::Commune,
    ];

    /// The level as a group: "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã".
    pub fn vietnamese(self) -> &'static str {
        match self {
            AgencyLevel::Department => "Sở, ban, ngành",
            AgencyLevel::District => "UBND cấp huyện",
            AgencyLevel::Commune => "UBND cấp xã",
        }
    }

    /// "Departments", "Districts", "Communes".
    pub fn english(self) -> &'static str {
        match self {
            AgencyLevel::Department => "Departments",
            AgencyLevel::District => "Districts",
            AgencyLevel::Commune => "Communes",
        }
    }

    /// One agency's level in a table cell: "Sở, ngành", "Cấp huyện", "Cấp xã".
    pub fn cell(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AgencyLevel::Department, Lang::Vi) => "Sở, ngành",
            (AgencyLevel::District, Lang::Vi) => "Cấp huyện",
            (AgencyLevel::Commune, Lang::Vi) => "Cấp xã",
            (AgencyLevel::Department, Lang::En) => "Dept.",
            (AgencyLevel::District, Lang::En) => "District",
            (AgencyLevel::Commune, Lang::En) => "Commune",
        }
    }

    /// The group within a sentence, after a count: "sở, ban, ngành", "UBND cấp huyện",
    /// "departments".
    pub fn in_sentence(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AgencyLevel::Department, Lang::Vi) => "sở, ban, ngành",
            (AgencyLevel::District, Lang::Vi) => "UBND cấp huyện",
            (AgencyLevel::Commune, Lang::Vi) => "UBND cấp xã",
            (AgencyLevel::Department, Lang::En) => "departments",
            (AgencyLevel::District, Lang::En) => "districts",
            (AgencyLevel::Commune, Lang::En) => "communes",
        }
    }

    /// The group's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vietnamese(),
            Lang::En => self.english(),
        }
    }
}

/// The days an agency's reports were received, by period: a JSON object whose keys are
/// period ids (checked when loaded: a key that is no period is a located error) and whose
/// values are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReceivedDates(SortedList<String, Date>);

impl ReceivedDates {
    /// The day the report of `period` was received, when it was.
    pub fn get(&self, period: &PeriodId) -> Option<Date> {
        self.0.get(&period.to_string()).copied()
    }

    /// Records that the report of `period` was received on `date`.
    pub fn insert(&mut self, period: PeriodId, date: Date) {
        self.0.insert(period.to_string(), date);
    }

    /// Whether no day is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }

    /// The entries in period-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Date)> {
        self.0.iter().map(|(key, date)| (key.as_str(), *date))
    }
}

impl ToJson for ReceivedDates {
    fn write_json(&self, out: &mut JsonWriter) {
        out.object(self.0.iter().map(|(key, date)| (key.as_str(), date)));
    }
}

impl FromJson for ReceivedDates {
    fn from_json(value: serde_json::Value) -> Result<Self, JsonError> {
        let serde_json::Value::Object(map) = value else {
            return Err(invalid_type(
                &value,
                Expected::Object {
                    name: "ReceivedDates",
                },
            ));
        };
        let mut dates = ReceivedDates::default();
        for (key, value) in map {
            let period = PeriodId::parse(&key).map_err(|_| {
                JsonError::new(LoadErrorKind::InvalidPeriod { text: key.clone() })
                    .within(key.clone())
            })?;
            let date = Date::from_json(value).map_err(|error| error.within(key.clone()))?;
            dates.insert(period, date);
        }
        Ok(dates)
    }
}

impl Serialize for ReceivedDates {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            self.0
                .iter()
                .map(|(key, date)| (key, crate::model::iso_date::format(*date))),
        )
    }
}

impl<'de> Deserialize<'de> for ReceivedDates {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, String>::deserialize(deserializer)?;
        let mut dates = ReceivedDates::default();
        for (key, text) in map {
            let period = PeriodId::parse(&key).map_err(serde::de::Error::custom)?;
            let date = crate::model::iso_date::parse(&text).map_err(serde::de::Error::custom)?;
            dates.insert(period, date);
        }
        Ok(dates)
    }
}

impl JsonSchema for ReceivedDates {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReceivedDates".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": "The day each period's report was received, by period id (\"2023-Q1\").",
            "additionalProperties": { "type": "string", "format": "date" }
        })
    }
}

impl Manifest {
    /// Loads a manifest from JSON text, with the located errors every document has (BOM,
    /// `schemaVersion` first, NFC, unknown keys refused).
    pub fn from_json_str(text: &str) -> Result<Manifest, LoadError> {
        crate::model::load::load_json(text, true)
    }

    /// The manifest as pretty JSON with a trailing newline.
    pub fn to_json_string(&self) -> String {
        crate::model::save::to_pretty_json(self)
    }
}

/// The JSON Schema (draft 2020-12) of a consolidation manifest.
///
/// ```
/// assert_eq!(kehoach::consolidate::manifest_schema()["title"], "Manifest");
/// ```
pub fn manifest_schema() -> serde_json::Value {
    crate::schema::schema_for::<Manifest>()
}

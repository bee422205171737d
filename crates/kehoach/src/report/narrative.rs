//! The parts of a report only a person can write — strengths, causes, proposals, and any
//! free text — given as a small JSON document keyed by section.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

/// What the drafter writes, by section. Every list is optional; each string is one paragraph
/// (or list item) in the report, in the report's language.
///
/// ```
/// let narrative = kehoach::report::Narrative::from_json_str(
///     r#"{"schemaVersion": 1, "strengths": ["Lãnh đạo Sở quan tâm chỉ đạo."]}"#,
/// )?;
/// assert_eq!(narrative.strengths.len(), 1);
/// # Ok::<(), kehoach::LoadError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Narrative {
    /// The JSON contract version; must be 1.
    pub schema_version: u32,
    /// I.1 Công tác chỉ đạo, điều hành: what the leadership did, added after the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub leadership: Vec<String>,
    /// I.4 Kinh phí: the funding used (replaces the sentence drawn from the plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub budget: Vec<String>,
    /// II.1 Ưu điểm: the strengths.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub strengths: Vec<String>,
    /// II.2 Tồn tại, hạn chế: shortcomings besides those the figures show (listed after them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub limitations: Vec<String>,
    /// II.3 Nguyên nhân: the causes of the shortcomings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub causes: Vec<String>,
    /// III Phương hướng, nhiệm vụ: tasks besides those the figures call for (listed after
    /// them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub directions: Vec<String>,
    /// IV Kiến nghị, đề xuất: the proposals to the superior.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub proposals: Vec<String>,
}

impl Narrative {
    /// Loads a narrative from JSON text, with the located errors of every document
    /// (`schemaVersion` checked first, unknown keys refused).
    pub fn from_json_str(text: &str) -> Result<Narrative, crate::LoadError> {
        crate::model::load::load_json(text, true)
    }

    /// The JSON Schema of the narrative (`kehoach schema narrative`).
    ///
    /// ```
    /// assert_eq!(kehoach::report::Narrative::schema()["title"], "Narrative");
    /// ```
    pub fn schema() -> serde_json::Value {
        crate::schema::schema_for::<Narrative>()
    }
}

/// The paragraphs of one slot, without blank ones.
pub(crate) fn filled(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

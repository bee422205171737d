//! JSON Schemas of the documents, generated from the same types that load them.

use crate::Plan;

/// The JSON Schema (draft 2020-12) of a plan document.
///
/// ```
/// let schema = kehoach::schema::plan_schema();
/// assert_eq!(schema["title"], "Plan");
/// assert_eq!(schema["additionalProperties"], false);
/// ```
pub fn plan_schema() -> serde_json::Value {
    schemars::schema_for!(Plan).to_value()
}

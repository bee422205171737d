//! JSON Schemas of the documents, generated from the same types that load them.
//!
//! Every schema is JSON Schema draft 2020-12 that a strict validator accepts (Ajv 8 in its
//! default strict mode, with `ajv-formats`): schemars describes Rust's integer types with
//! formats of its own (`uint8`, `uint32`, `int32`, …) that no validator knows, so
//! [`schema_for`] replaces each by the range it stands for (`minimum`/`maximum`) and keeps only
//! the standard formats (`date`).

use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, Transform};
use schemars::{JsonSchema, Schema};

use crate::Plan;

/// The JSON Schema (draft 2020-12) of a plan document.
///
/// ```
/// let schema = kehoach::schema::plan_schema();
/// assert_eq!(schema["title"], "Plan");
/// assert_eq!(schema["additionalProperties"], false);
/// ```
pub fn plan_schema() -> serde_json::Value {
    schema_for::<Plan>()
}

/// The JSON Schema (draft 2020-12) of a type, with integer formats turned into ranges.
///
/// ```
/// let schema = kehoach::schema::schema_for::<u8>();
/// assert_eq!(schema.get("format"), None);
/// assert_eq!(schema["maximum"], 255);
/// ```
pub fn schema_for<T: JsonSchema>() -> serde_json::Value {
    SchemaSettings::draft2020_12()
        .with_transform(IntegerRanges)
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// Replaces schemars' integer formats by the bounds they stand for, everywhere in a schema.
#[derive(Clone, Copy)]
struct IntegerRanges;

impl Transform for IntegerRanges {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(object) = schema.as_object_mut() {
            let bounds = object
                .get("format")
                .and_then(serde_json::Value::as_str)
                .and_then(integer_bounds);
            if let Some((low, high)) = bounds {
                object.remove("format");
                let current = |key: &str| object.get(key).and_then(serde_json::Value::as_i64);
                let minimum = match (current("minimum"), low) {
                    (Some(current), Some(low)) => Some(current.max(low)),
                    (current, low) => current.or(low),
                };
                let maximum = match (current("maximum"), high) {
                    (Some(current), Some(high)) => Some(current.min(high)),
                    (current, high) => current.or(high),
                };
                for (key, bound) in [("minimum", minimum), ("maximum", maximum)] {
                    if let Some(bound) = bound {
                        object.insert(key.into(), bound.into());
                    }
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

/// The range of one of schemars' integer formats (none for the 64-bit ones beyond their sign:
/// JSON numbers that large are not exact in JavaScript anyway).
type Bounds = (Option<i64>, Option<i64>);

fn integer_bounds(format: &str) -> Option<Bounds> {
    let range = |low: i64, high: i64| (Some(low), Some(high));
    Some(match format {
        "int8" => range(i8::MIN.into(), i8::MAX.into()),
        "int16" => range(i16::MIN.into(), i16::MAX.into()),
        "int32" => range(i32::MIN.into(), i32::MAX.into()),
        "uint8" => range(0, u8::MAX.into()),
        "uint16" => range(0, u16::MAX.into()),
        "uint32" => range(0, u32::MAX.into()),
        "uint64" | "uint128" | "uint" => (Some(0), None),
        "int64" | "int128" => (None, None),
        _ => return None,
    })
}

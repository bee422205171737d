//! Loading JSON documents: one path for every document kind, so every caller gets the same
//! errors (what went wrong, and the JSON Pointer where). Writing them is [`super::save`].

use serde::de::DeserializeOwned;

use super::save::to_pretty_json;
use super::{Plan, ToJson, SCHEMA_VERSION};
use crate::limits::{json_error_text, size_text, MAX_JSON_BYTES};

mod from_json;
mod json_de;

pub(crate) use from_json::{enum_from_json, struct_from_json, variant, FromJson, Object};
pub(crate) use json_de::Error as JsonError;

/// Why a JSON document could not be loaded.
///
/// `path` is a JSON Pointer to the offending value (`""` for the whole document); `line` and
/// `column` are set when the text is not JSON at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}{}", location(.path, .line, .column))]
pub struct LoadError {
    /// What is wrong, in the user's terms.
    pub message: String,
    /// JSON Pointer to where it is wrong.
    pub path: String,
    /// 1-based line of a syntax error.
    pub line: Option<usize>,
    /// 1-based column of a syntax error.
    pub column: Option<usize>,
}

fn location(path: &str, line: &Option<usize>, column: &Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
        _ if path.is_empty() => String::new(),
        _ => format!(" at {path}"),
    }
}

impl LoadError {
    /// An error about the value at `path`.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError {
            message: message.into(),
            path: path.into(),
            line: None,
            column: None,
        }
    }
}

/// Escapes one JSON Pointer token (RFC 6901).
pub(crate) fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Rewrites serde's messages into the contract's terms: JSON type names, and the unknown key
/// named first so the message reads "unknown key `x`".
fn describe(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let key = rest.split(',').next().unwrap_or(rest);
        let expected = rest.split_once(", expected ").map(|(_, e)| e);
        return match expected {
            Some(expected) => format!("unknown key {key}: expected {expected}"),
            None => format!("unknown key {key}"),
        };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("missing key {rest}");
    }
    message
        .replace("invalid type: map", "invalid type: object")
        .replace("invalid type: sequence", "invalid type: array")
        .replace("a sequence", "an array")
        .replace("struct ", "object ")
        .replace("u32", "a whole number from 0 to 4294967295")
        .replace("u8", "a whole number from 0 to 255")
        .replace("i32", "a whole number")
}

/// Builds `T` from a parsed JSON value, reporting where it failed.
pub(crate) fn from_value<T: FromJson>(value: serde_json::Value) -> Result<T, LoadError> {
    T::from_json(value).map_err(load_error)
}

/// Deserialises `T` with serde from a parsed JSON value, reporting where it failed: for the
/// documents kehoach writes and reads back (a saved evaluation), which need no [`FromJson`].
pub(crate) fn deserialize_value<T: DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, LoadError> {
    json_de::from_value(value).map_err(load_error)
}

/// Not generic, so it is compiled once for every document kind.
fn load_error(error: json_de::Error) -> LoadError {
    // The path of an unknown key already ends with the key's name.
    LoadError::at(error.pointer(), describe(error.message()))
}

/// Parses JSON text into a value, with line and column on a syntax error.
///
/// Text longer than [`MAX_JSON_BYTES`] is refused before parsing; nesting deeper than
/// [`crate::limits::MAX_JSON_DEPTH`] is a syntax error that names the limit.
pub(crate) fn parse_json(text: &str) -> Result<serde_json::Value, LoadError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(LoadError::at(
            "",
            format!(
                "the JSON text is {} bytes, more than the {} limit on a document",
                text.len(),
                size_text(MAX_JSON_BYTES)
            ),
        ));
    }
    serde_json::from_str(text).map_err(|error| LoadError {
        message: format!("not valid JSON: {}", json_error_text(&error)),
        path: String::new(),
        line: Some(error.line()),
        column: Some(error.column()),
    })
}

/// Rewrites every string in `value` (keys too) to NFC, so text compares and renders the same
/// however it was typed.
pub(crate) fn normalize_strings(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(text) => {
            if let std::borrow::Cow::Owned(normal) = super::nfc(text) {
                *text = normal;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalize_strings),
        Value::Object(map) => {
            let needs_key_change = map
                .keys()
                .any(|key| matches!(super::nfc(key), std::borrow::Cow::Owned(_)));
            if needs_key_change {
                let entries = std::mem::take(map);
                for (key, mut item) in entries {
                    normalize_strings(&mut item);
                    map.insert(super::nfc(&key).into_owned(), item);
                }
            } else {
                map.values_mut().for_each(normalize_strings);
            }
        }
        _ => {}
    }
}

/// Checks `schemaVersion` before anything else, so a file from a newer kehoach says so
/// instead of failing on some key it does not know.
pub(crate) fn check_schema_version(value: &serde_json::Value) -> Result<(), LoadError> {
    let Some(object) = value.as_object() else {
        return Err(LoadError::at("", "invalid type: expected a JSON object"));
    };
    match object.get("schemaVersion") {
        None => Err(LoadError::at(
            "/schemaVersion",
            "missing key `schemaVersion`",
        )),
        Some(version) if version.as_u64() == Some(u64::from(SCHEMA_VERSION)) => Ok(()),
        Some(version) => Err(LoadError::at(
            "/schemaVersion",
            format!(
                "unsupported schemaVersion {}: this kehoach reads version {SCHEMA_VERSION}",
                version.to_json()
            ),
        )),
    }
}

impl Plan {
    /// Loads a plan from JSON text.
    ///
    /// Text is normalised to NFC; unknown keys, wrong types and a wrong `schemaVersion` are
    /// errors that name the key and its JSON Pointer.
    ///
    /// ```
    /// let error = kehoach::Plan::from_json_str(r#"{"schemaVersion": 1, "colour": "red"}"#)
    ///     .unwrap_err();
    /// assert_eq!(error.path, "/colour");
    /// assert!(error.message.contains("unknown key `colour`"));
    /// ```
    pub fn from_json_str(text: &str) -> Result<Plan, LoadError> {
        Plan::from_json_value(parse_json(text)?)
    }

    /// Loads a plan from a parsed JSON value (see [`Plan::from_json_str`]).
    pub fn from_json_value(mut value: serde_json::Value) -> Result<Plan, LoadError> {
        check_schema_version(&value)?;
        normalize_strings(&mut value);
        from_value(value)
    }

    /// Saves the plan as pretty JSON; loading the result gives an equal plan.
    pub fn to_json_string(&self) -> String {
        to_pretty_json(self)
    }
}

//! Loading JSON documents: one path for every document kind, so every caller gets the same
//! errors (what went wrong, and the JSON Pointer where). Writing them is [`super::save`].

use super::save::to_pretty_json;
use super::{Plan, ToJson, SCHEMA_VERSION};
use crate::limits::{json_error_text, MAX_JSON_BYTES};
use crate::Lang;

mod error;
mod from_json;

pub use error::{Expected, Found, LoadErrorKind};
pub(crate) use from_json::{invalid_type, variant, FromJson, JsonError, Object};

/// Why a JSON document could not be loaded.
///
/// `kind` says what is wrong as data; `message` is built from it, in English
/// ([`LoadError::message_in`] gives it in Vietnamese too). `path` is a JSON Pointer to the
/// offending value (`""` for the whole document; for an unknown key, the key; for a missing
/// key, the object that lacks it); `line` and `column` are set when the text is not JSON at all.
///
/// ```
/// use kehoach::{Lang, LoadErrorKind};
///
/// let error = kehoach::Plan::from_json_str(r#"{"schemaVersion": 1, "colour": "red"}"#)
///     .unwrap_err();
/// assert!(matches!(&error.kind, LoadErrorKind::UnknownKey { key, .. } if key == "colour"));
/// assert_eq!(error.path, "/colour");
/// assert!(error.message_in(Lang::Vi).starts_with("khóa không xác định `colour`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}{}", location(.path, .line, .column))]
pub struct LoadError {
    /// What is wrong, in the user's terms (English), built from `kind`.
    pub message: String,
    /// JSON Pointer to where it is wrong.
    pub path: String,
    /// 1-based line of a syntax error.
    pub line: Option<usize>,
    /// 1-based column of a syntax error.
    pub column: Option<usize>,
    /// What is wrong, as data.
    pub kind: LoadErrorKind,
}

fn location(path: &str, line: &Option<usize>, column: &Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
        _ if path.is_empty() => String::new(),
        _ => format!(" at {path}"),
    }
}

impl LoadError {
    /// An error of `kind` about the value at `path` (a JSON Pointer).
    pub fn at(path: impl Into<String>, kind: LoadErrorKind) -> Self {
        LoadError {
            message: kind.english(),
            path: path.into(),
            line: None,
            column: None,
            kind,
        }
    }

    /// The message in `lang`: [`LoadError::message`] for English, the same in Vietnamese.
    pub fn message_in(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }
}

/// Escapes one JSON Pointer token (RFC 6901).
pub(crate) fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Builds `T` from a parsed JSON value, reporting where it failed.
pub(crate) fn from_value<T: FromJson>(value: serde_json::Value) -> Result<T, LoadError> {
    T::from_json(value).map_err(load_error)
}

/// Not generic, so it is compiled once for every document kind.
#[cold]
fn load_error(error: JsonError) -> LoadError {
    let (kind, path) = error.into_parts();
    LoadError::at(path, kind)
}

/// The one way kehoach loads a document from JSON text: parse ([`parse_json`]: a leading
/// byte-order mark is skipped, size and depth limited), check `schemaVersion` first when the
/// document has one, normalise every string to NFC, then build `T` ([`FromJson`]).
pub(crate) fn load_json<T: FromJson>(text: &str, versioned: bool) -> Result<T, LoadError> {
    load_value(parse_json(text)?, versioned)
}

/// [`load_json`] from a parsed value.
pub(crate) fn load_value<T: FromJson>(
    mut value: serde_json::Value,
    versioned: bool,
) -> Result<T, LoadError> {
    if versioned {
        check_schema_version(&value)?;
    }
    normalize_strings(&mut value);
    from_value(value)
}

/// Parses JSON text into a value, with line and column on a syntax error. A leading UTF-8
/// byte-order mark (U+FEFF) is skipped.
///
/// Text longer than [`MAX_JSON_BYTES`] is refused before parsing; nesting deeper than
/// [`crate::limits::MAX_JSON_DEPTH`] is a syntax error that names the limit.
pub(crate) fn parse_json(text: &str) -> Result<serde_json::Value, LoadError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(LoadError::at(
            "",
            LoadErrorKind::TooLarge {
                bytes: text.len(),
                limit: MAX_JSON_BYTES,
            },
        ));
    }
    // A byte-order mark is no part of JSON (RFC 8259 lets a parser ignore it); editors on
    // Windows write one. Lines and columns count from after it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|error| LoadError {
        line: Some(error.line()),
        column: Some(error.column()),
        ..LoadError::at(
            "",
            LoadErrorKind::Syntax {
                detail: json_error_text(&error),
            },
        )
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
        return Err(LoadError::at(
            "",
            LoadErrorKind::NotAnObject {
                found: Found::of(value),
                record: false,
            },
        ));
    };
    match object.get("schemaVersion") {
        None => Err(LoadError::at(
            "/schemaVersion",
            LoadErrorKind::MissingKey {
                key: "schemaVersion",
            },
        )),
        Some(version) if version.as_u64().is_some_and(super::reads_schema_version) => Ok(()),
        Some(version) => Err(LoadError::at(
            "/schemaVersion",
            LoadErrorKind::SchemaVersion {
                found: version.to_json(),
                supported: SCHEMA_VERSION,
            },
        )),
    }
}

impl Plan {
    /// Loads a plan from JSON text.
    ///
    /// A leading byte-order mark is skipped; `schemaVersion` is checked first; text is
    /// normalised to NFC; unknown keys, wrong types and a wrong `schemaVersion` are errors
    /// that name the key and its JSON Pointer ([`LoadError`]).
    ///
    /// This is kehoach's own loader, generated from the same `#[serde]` attributes as the
    /// `Deserialize` derive. `serde_json::from_str::<Plan>` reads the same documents to the
    /// same plans, but without the byte-order mark, the version check first, NFC, or located
    /// errors, and (serde's way) it would take a struct written as an array.
    ///
    /// ```
    /// let error = kehoach::Plan::from_json_str(r#"{"schemaVersion": 1, "colour": "red"}"#)
    ///     .unwrap_err();
    /// assert_eq!(error.path, "/colour");
    /// assert!(error.message.contains("unknown key `colour`"));
    /// ```
    pub fn from_json_str(text: &str) -> Result<Plan, LoadError> {
        load_json(text, true)
    }

    /// Loads a plan from a parsed JSON value (see [`Plan::from_json_str`]).
    pub fn from_json_value(value: serde_json::Value) -> Result<Plan, LoadError> {
        load_value(value, true)
    }

    /// Saves the plan as pretty JSON; loading the result gives an equal plan.
    pub fn to_json_string(&self) -> String {
        to_pretty_json(self)
    }
}

#[cfg(test)]
mod tests {
    use kehoach_json_derive::{FromJson, ToJson};
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    use serde_json::{json, Value};

    use super::*;
    use crate::evaluate::{EvaluateOptions, Evaluation};
    use crate::report::ReportOptions;
    use crate::FormKind;

    /// A type declared once, as kehoach's types are: serde's attributes and the derives. Adding
    /// a field is the one line of `added_later`: loader, writer and schema all follow.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Sample {
        plain_text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        maybe_count: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        many_kinds: Vec<FormKind>,
        #[serde(rename = "when", with = "crate::model::iso_date")]
        #[schemars(schema_with = "crate::model::iso_date::schema")]
        day: time::Date,
        #[serde(default)]
        flag: bool,
        added_later: i32,
    }

    #[test]
    fn a_field_is_declared_once_for_loader_writer_and_schema() {
        let sample = Sample {
            plain_text: "Tin bài".into(),
            maybe_count: Some(4),
            many_kinds: vec![FormKind::WebsiteArticle, FormKind::EBulletin],
            day: time::macros::date!(2023 - 03 - 01),
            flag: true,
            added_later: -7,
        };
        let text = sample.to_json();
        assert_eq!(text, serde_json::to_string(&sample).unwrap());
        assert_eq!(
            sample.to_json_pretty(),
            serde_json::to_string_pretty(&sample).unwrap()
        );
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(from_value::<Sample>(value.clone()).unwrap(), sample);
        let written: Vec<&String> = value.as_object().unwrap().keys().collect();
        let schema = schemars::schema_for!(Sample).to_value();
        let properties: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert_eq!(written, properties);
        assert_eq!(
            written,
            [
                "addedLater",
                "flag",
                "manyKinds",
                "maybeCount",
                "plainText",
                "when"
            ]
        );
        // Each key the writer writes is one the loader requires or takes.
        let error = from_value::<Sample>(json!({"plainText": "x", "when": "2023-01-01"}));
        assert!(matches!(
            error.unwrap_err().kind,
            LoadErrorKind::MissingKey { key: "addedLater" }
        ));
        let sparse = json!({"plainText": "x", "when": "2023-01-01", "addedLater": 1});
        let loaded = from_value::<Sample>(sparse.clone()).unwrap();
        assert_eq!(loaded, serde_json::from_value::<Sample>(sparse).unwrap());
        assert_eq!(
            loaded.to_json(),
            r#"{"plainText":"x","when":"2023-01-01","flag":false,"addedLater":1}"#
        );
    }

    const PLAN: &str = crate::examples::LANG_SON_2023;

    #[test]
    fn an_error_stays_small() {
        // Within clippy's `large-error-threshold` (clippy.toml): every loader returns it.
        assert!(std::mem::size_of::<LoadError>() <= 128);
        assert!(std::mem::size_of::<LoadErrorKind>() <= 48);
    }

    #[test]
    fn a_byte_order_mark_is_skipped_by_every_loader() {
        let plan = Plan::from_json_str(PLAN).unwrap();
        assert_eq!(
            Plan::from_json_str(&format!("\u{feff}{PLAN}")).unwrap(),
            plan
        );
        let options = ReportOptions::from_json_str("\u{feff}{\"format\": \"html\"}").unwrap();
        assert_eq!(options.format, crate::report::ReportFormat::Html);
        assert!(EvaluateOptions::from_json_str("\u{feff}{}").is_ok());
        let record = r#"{"schemaVersion": 1, "date": "2023-03-01", "unit": "u", "form": "f",
            "title": "t"}"#;
        assert!(crate::activity::Activity::from_json_str(&format!("\u{feff}{record}")).is_ok());
        let evaluation = crate::evaluate::evaluate_log(
            &plan,
            record,
            &"2023-Q1".parse().unwrap(),
            &EvaluateOptions::default(),
        );
        let saved = format!("\u{feff}{}", evaluation.to_json_string());
        assert_eq!(Evaluation::from_json_str(&saved).unwrap(), evaluation);
        // Only at the start, and only one.
        let error = Plan::from_json_str(&format!("\u{feff}\u{feff}{PLAN}")).unwrap_err();
        assert!(matches!(error.kind, LoadErrorKind::Syntax { .. }));
        assert_eq!((error.line, error.column), (Some(1), Some(1)));
    }

    /// The plan with the value at `pointer` replaced (or removed, with `None`).
    fn plan_with(pointer: &str, value: Option<Value>) -> String {
        let mut plan: Value = serde_json::from_str(PLAN).unwrap();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let object = plan.pointer_mut(parent).unwrap().as_object_mut().unwrap();
        match value {
            Some(value) => object.insert(key.to_owned(), value),
            None => object.remove(key),
        };
        plan.to_string()
    }

    /// Each kind, with its path and its messages in English and Vietnamese.
    #[test]
    fn every_kind_says_what_and_where_in_both_languages() {
        let cases: Vec<(String, &str, &str, &str)> =
            vec![
            (
                "{\"schemaVersion\": 1,".into(),
                "",
                "not valid JSON: EOF while parsing a value",
                "không phải JSON hợp lệ: EOF while parsing a value",
            ),
            (
                "[1]".into(),
                "",
                "invalid type: expected a JSON object",
                "sai kiểu: cần một đối tượng JSON",
            ),
            (
                plan_with("/schemaVersion", Some(json!(99))),
                "/schemaVersion",
                "unsupported schemaVersion 99: this kehoach reads versions 1 to 2",
                "không hỗ trợ schemaVersion 99: phiên bản kehoach này đọc các phiên bản 1 đến 2",
            ),
            (
                plan_with("/budget/colour", Some(json!("red"))),
                "/budget/colour",
                "unknown key `colour`: expected one of `text`, `fiscalYear`, `legalFrame`",
                "khóa không xác định `colour`: cần một trong `text`, `fiscalYear`, `legalFrame`",
            ),
            (
                plan_with("/units", None),
                "",
                "missing key `units`",
                "thiếu khóa `units`",
            ),
            (
                plan_with("/year", Some(json!("2023"))),
                "/year",
                "invalid type: string \"2023\", expected a whole number",
                "sai kiểu: chuỗi \"2023\", cần một số nguyên",
            ),
            (
                plan_with("/implementation/reporting/deadlineDay", Some(json!(256))),
                "/implementation/reporting/deadlineDay",
                "invalid value: integer `256`, expected a whole number from 0 to 255",
                "giá trị không hợp lệ: số nguyên `256`, cần một số nguyên từ 0 đến 255",
            ),
            (
                plan_with("/quotas/0/measure", Some(json!("u8"))),
                "/quotas/0/measure",
                "unknown variant `u8`, expected `count` or `share`",
                "giá trị không xác định `u8`, cần `count` hoặc `share`",
            ),
            (
                plan_with("/implementation/reporting/holidays", Some(json!(["2023-02-29"]))),
                "/implementation/reporting/holidays/0",
                "invalid date \"2023-02-29\": expected a real calendar date written YYYY-MM-DD",
                "ngày không hợp lệ \"2023-02-29\": cần một ngày có thật, viết theo dạng YYYY-MM-DD",
            ),
            (
                plan_with("/purposes", Some(json!({}))),
                "/purposes",
                "invalid type: object, expected an array",
                "sai kiểu: đối tượng, cần một mảng",
            ),
        ];
        for (text, path, english, vietnamese) in cases {
            let error = Plan::from_json_str(&text).unwrap_err();
            assert_eq!(error.path, path, "{english}");
            assert_eq!(error.message, english);
            assert_eq!(error.message_in(Lang::En), english);
            assert_eq!(error.message_in(Lang::Vi), vietnamese);
        }
        let too_long = " ".repeat(crate::limits::MAX_JSON_BYTES + 1);
        let error = Plan::from_json_str(&too_long).unwrap_err();
        assert!(matches!(error.kind, LoadErrorKind::TooLarge { .. }));
        assert_eq!(
            error.message_in(Lang::Vi),
            format!(
                "văn bản JSON dài {} byte, vượt giới hạn 16 MiB cho một tài liệu",
                too_long.len()
            )
        );
        let error = crate::activity::Activity::from_json_str("true").unwrap_err();
        assert_eq!(
            error.kind,
            LoadErrorKind::NotAnObject {
                found: Found::Boolean(true),
                record: true
            }
        );
        assert_eq!(
            error.message_in(Lang::Vi),
            "sai kiểu: cần một đối tượng JSON (một bản ghi hoạt động)"
        );
        let mut saved: Value = serde_json::from_str(
            &crate::evaluate::evaluate_log(
                &Plan::from_json_str(PLAN).unwrap(),
                "",
                &"2023-Q1".parse().unwrap(),
                &EvaluateOptions::default(),
            )
            .to_json(),
        )
        .unwrap();
        saved["period"]["id"] = json!("2023-Q5");
        let error = Evaluation::from_json_str(&saved.to_string()).unwrap_err();
        assert_eq!(error.path, "/period/id");
        assert!(
            matches!(&error.kind, LoadErrorKind::InvalidPeriod { text, .. } if text == "2023-Q5"),
            "{error:?}"
        );
        assert!(error
            .message_in(Lang::Vi)
            .starts_with("kỳ không hợp lệ \"2023-Q5\": "));
    }
}

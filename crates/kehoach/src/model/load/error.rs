//! Why a document could not be loaded, as data: [`LoadErrorKind`], from which the message is
//! built, in English ([`super::LoadError::message`]) or Vietnamese
//! ([`super::LoadError::message_in`]).

use serde_json::{Number, Value};

use crate::model::ToJson;
use crate::Lang;

/// What a [`super::LoadError`] is about. The message is built from it, so a program can act
/// on the kind and show the message in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The text is not JSON (`line` and `column` of the error say where).
    Syntax {
        /// serde_json's description ("expected value", "EOF while parsing an object").
        detail: String,
    },
    /// The text is longer than [`crate::limits::MAX_JSON_BYTES`].
    TooLarge {
        /// Its length in bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The document is not a JSON object.
    NotAnObject {
        /// What it is instead.
        found: Found,
        /// Whether it was read as one activity record (of a log).
        record: bool,
    },
    /// `schemaVersion` is not the one this kehoach reads.
    SchemaVersion {
        /// The value as written (JSON).
        found: String,
        /// The newest version this kehoach reads ([`crate::SCHEMA_VERSION`]; it reads every
        /// one from [`crate::OLDEST_SCHEMA_VERSION`]).
        supported: u32,
    },
    /// An object has a key its type does not have; the error's path ends with the key.
    UnknownKey {
        /// The key.
        key: String,
        /// The keys the object may have, in contract order.
        expected: &'static [&'static str],
    },
    /// An object lacks a key it must have; the error's path is the object.
    MissingKey {
        /// The key.
        key: &'static str,
    },
    /// A value of the wrong JSON type.
    InvalidType {
        /// What was found.
        found: Found,
        /// What was expected.
        expected: Expected,
    },
    /// A number out of its field's range.
    InvalidValue {
        /// The number.
        found: Number,
        /// What was expected.
        expected: Expected,
    },
    /// A string that is none of the names an enumeration takes.
    UnknownVariant {
        /// The string, as written.
        value: String,
        /// The names it may be.
        expected: &'static [&'static str],
    },
    /// A string that is not a real calendar date written `YYYY-MM-DD`.
    InvalidDate {
        /// The string, as written.
        text: String,
    },
    /// A string that is not a period id (in a saved evaluation).
    InvalidPeriod {
        /// The string, as written.
        text: String,
    },
}

/// A JSON value as an error names it: its type, and for a scalar its value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Found {
    /// What `value` is, for an error (a string is copied, an array or object is not).
    pub fn of(value: &Value) -> Found {
        match value {
            Value::Null => Found::Null,
            Value::Bool(value) => Found::Boolean(*value),
            Value::Number(number) => Found::Number(number.clone()),
            Value::String(text) => Found::String(text.clone()),
            Value::Array(_) => Found::Array,
            Value::Object(_) => Found::Object,
        }
    }

    // One function per language, so a program that never asks for Vietnamese (the npm
    // module) drops its words.
    fn english(&self) -> String {
        match self {
            Found::Null => "null".to_owned(),
            Found::Boolean(value) => format!("boolean `{value}`"),
            Found::Number(number) if number.is_f64() => format!("floating point `{number}`"),
            Found::Number(number) => format!("integer `{number}`"),
            Found::String(text) => format!("string {}", text.to_json()),
            Found::Array => "array".to_owned(),
            Found::Object => "object".to_owned(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            Found::Null => "null".to_owned(),
            Found::Boolean(value) => format!("giá trị logic `{value}`"),
            Found::Number(number) if number.is_f64() => format!("số thực `{number}`"),
            Found::Number(number) => format!("số nguyên `{number}`"),
            Found::String(text) => format!("chuỗi {}", text.to_json()),
            Found::Array => "mảng".to_owned(),
            Found::Object => "đối tượng".to_owned(),
        }
    }
}

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// A string.
    String,
    /// `true` or `false`.
    Boolean,
    /// An array.
    Array,
    /// An object of the named type ("Plan").
    Object {
        /// The Rust type's name.
        name: &'static str,
    },
    /// A whole number between `min` and `max` (the contract's are `u8`, `u32` and `i32`).
    WholeNumber {
        /// The least value.
        min: i32,
        /// The greatest value.
        max: u32,
    },
    /// A number or a string (a diagnostic's param).
    NumberOrString,
}

impl Expected {
    fn english(&self) -> String {
        match self {
            Expected::String => "a string".to_owned(),
            Expected::Boolean => "a boolean".to_owned(),
            Expected::Array => "an array".to_owned(),
            Expected::Object { name } => format!("object {name}"),
            Expected::WholeNumber { min, .. } if *min < 0 => "a whole number".to_owned(),
            Expected::WholeNumber { min, max } => format!("a whole number from {min} to {max}"),
            Expected::NumberOrString => "a whole number or a string".to_owned(),
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            Expected::String => "một chuỗi".to_owned(),
            Expected::Boolean => "một giá trị logic (true hoặc false)".to_owned(),
            Expected::Array => "một mảng".to_owned(),
            Expected::Object { name } => format!("đối tượng {name}"),
            Expected::WholeNumber { min, .. } if *min < 0 => "một số nguyên".to_owned(),
            Expected::WholeNumber { min, max } => format!("một số nguyên từ {min} đến {max}"),
            Expected::NumberOrString => "một số nguyên hoặc một chuỗi".to_owned(),
        }
    }
}

/// "one of `a`, `b`, `c`", "`a` or `b`", "`a`" (serde's wording).
fn one_of(names: &[&str], lang: Lang) -> String {
    let quoted = |name: &&str| format!("`{name}`");
    match names {
        [] => String::new(),
        [one] => quoted(one),
        [first, second] if lang == Lang::Vi => format!("{} hoặc {}", quoted(first), quoted(second)),
        [first, second] => format!("{} or {}", quoted(first), quoted(second)),
        _ => {
            let list: Vec<String> = names.iter().map(quoted).collect();
            let prefix = if lang == Lang::Vi {
                "một trong"
            } else {
                "one of"
            };
            format!("{prefix} {}", list.join(", "))
        }
    }
}

impl LoadErrorKind {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Vi => self.vietnamese(),
        }
    }

    /// The message in English (what [`super::LoadError::message`] holds). Apart from
    /// [`LoadErrorKind::message`] so that a program which never asks for Vietnamese (the npm
    /// module) does not carry its words.
    #[cold]
    pub(crate) fn english(&self) -> String {
        use crate::limits::size_text;
        match self {
            LoadErrorKind::Syntax { detail } => format!("not valid JSON: {detail}"),
            LoadErrorKind::TooLarge { bytes, limit } => format!(
                "the JSON text is {bytes} bytes, more than the {} limit on a document",
                size_text(*limit)
            ),
            LoadErrorKind::NotAnObject { record: false, .. } => {
                "invalid type: expected a JSON object".to_owned()
            }
            LoadErrorKind::NotAnObject { record: true, .. } => {
                "invalid type: expected a JSON object (one activity record)".to_owned()
            }
            LoadErrorKind::SchemaVersion { found, supported } => {
                format!(
                    "unsupported schemaVersion {found}: this kehoach reads versions {} to {supported}",
                    crate::OLDEST_SCHEMA_VERSION
                )
            }
            LoadErrorKind::UnknownKey { key, expected: [] } => format!("unknown key `{key}`"),
            LoadErrorKind::UnknownKey { key, expected } => {
                format!(
                    "unknown key `{key}`: expected {}",
                    one_of(expected, Lang::En)
                )
            }
            LoadErrorKind::MissingKey { key } => format!("missing key `{key}`"),
            LoadErrorKind::InvalidType { found, expected } => format!(
                "invalid type: {}, expected {}",
                found.english(),
                expected.english()
            ),
            LoadErrorKind::InvalidValue { found, expected } => format!(
                "invalid value: {}, expected {}",
                Found::Number(found.clone()).english(),
                expected.english()
            ),
            LoadErrorKind::UnknownVariant { value, expected } => format!(
                "unknown variant `{value}`, expected {}",
                one_of(expected, Lang::En)
            ),
            LoadErrorKind::InvalidDate { text } => {
                format!("invalid date \"{text}\": expected a real calendar date written YYYY-MM-DD")
            }
            LoadErrorKind::InvalidPeriod { text } => format!(
                "invalid period \"{text}\": expected a period id such as 2023, 2023-H1, 2023-9M, \
                 2023-Q1, 2023-03 or 2023-01-01..2023-03-31"
            ),
        }
    }

    #[cold]
    fn vietnamese(&self) -> String {
        use crate::limits::size_text;
        match self {
            LoadErrorKind::Syntax { detail } => format!("không phải JSON hợp lệ: {detail}"),
            LoadErrorKind::TooLarge { bytes, limit } => format!(
                "văn bản JSON dài {bytes} byte, vượt giới hạn {} cho một tài liệu",
                size_text(*limit)
            ),
            LoadErrorKind::NotAnObject { record: false, .. } => {
                "sai kiểu: cần một đối tượng JSON".to_owned()
            }
            LoadErrorKind::NotAnObject { record: true, .. } => {
                "sai kiểu: cần một đối tượng JSON (một bản ghi hoạt động)".to_owned()
            }
            LoadErrorKind::SchemaVersion { found, supported } => format!(
                "không hỗ trợ schemaVersion {found}: phiên bản kehoach này đọc các phiên bản {} đến {supported}",
                crate::OLDEST_SCHEMA_VERSION
            ),
            LoadErrorKind::UnknownKey { key, expected: [] } => {
                format!("khóa không xác định `{key}`")
            }
            LoadErrorKind::UnknownKey { key, expected } => {
                format!("khóa không xác định `{key}`: cần {}", one_of(expected, Lang::Vi))
            }
            LoadErrorKind::MissingKey { key } => format!("thiếu khóa `{key}`"),
            LoadErrorKind::InvalidType { found, expected } => format!(
                "sai kiểu: {}, cần {}",
                found.vietnamese(),
                expected.vietnamese()
            ),
            LoadErrorKind::InvalidValue { found, expected } => format!(
                "giá trị không hợp lệ: {}, cần {}",
                Found::Number(found.clone()).vietnamese(),
                expected.vietnamese()
            ),
            LoadErrorKind::UnknownVariant { value, expected } => format!(
                "giá trị không xác định `{value}`, cần {}",
                one_of(expected, Lang::Vi)
            ),
            LoadErrorKind::InvalidDate { text } => format!(
                "ngày không hợp lệ \"{text}\": cần một ngày có thật, viết theo dạng YYYY-MM-DD"
            ),
            LoadErrorKind::InvalidPeriod { text } => format!(
                "kỳ không hợp lệ \"{text}\": cần mã kỳ như 2023, 2023-H1, 2023-9M, 2023-Q1, \
                 2023-03 hoặc 2023-01-01..2023-03-31"
            ),
        }
    }
}

//! From a parsed value to a log entry: a record, or the diagnostic saying why it is not one.

use super::super::check::{INVALID_RECORD, NOT_JSON, UNSUPPORTED_VERSION};
#[cfg(feature = "one-pass-log")]
use super::super::parsed::Parsed;
use super::super::{Activity, RecordError};
use super::LogEntry;
use crate::diagnostic::Params;
use crate::limits::json_error_text;
use crate::{Diagnostic, Lang};

/// What a reader makes of each value of a log: the careful path's `serde_json::Value`, or a
/// [`Parsed`] value, read in one pass as the record itself when it plainly is one (the log held
/// in memory; the same entries by construction, see `parsed`).
pub(super) trait Element: for<'de> serde::Deserialize<'de> {
    /// The entry of this value, found at `index` (and `line`, in JSON Lines).
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry;
}

impl Element for serde_json::Value {
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry {
        entry_from_value(self, index, line, lang)
    }
}

#[cfg(feature = "one-pass-log")]
impl Element for Parsed {
    fn entry(self, index: u32, line: Option<u32>, lang: Lang) -> LogEntry {
        match self {
            Parsed::Record(activity) => LogEntry::Record {
                index,
                line,
                activity,
            },
            Parsed::Value(value) => entry_from_value(value, index, line, lang),
        }
    }
}

pub(super) fn syntax_error(index: u32, line: u32, error: &str, lang: Lang) -> Diagnostic {
    NOT_JSON.at(
        format!("/{index}"),
        Params::new().with("line", line).with("error", error),
        lang,
    )
}

/// serde_json's message without its " at line 1 column 5" tail (the diagnostic has a place).
pub(super) fn serde_error_text(error: &serde_json::Error) -> String {
    json_error_text(error)
}

/// Turns one parsed value into a record, or the diagnostic saying why it is not one
/// (LOG002, LOG003). `index` and `line` are its place in the log.
pub(crate) fn entry_from_value(
    value: serde_json::Value,
    index: u32,
    line: Option<u32>,
    lang: Lang,
) -> LogEntry {
    let with_line = |params: Params| match line {
        Some(line) => params.with("line", line),
        None => params,
    };
    match Activity::from_value_checked(value) {
        Ok(activity) => LogEntry::Record {
            index,
            line,
            activity,
        },
        Err(RecordError::Version(found)) => LogEntry::Rejected(
            UNSUPPORTED_VERSION.at(
                format!("/{index}/schemaVersion"),
                with_line(
                    Params::new()
                        .with("found", found)
                        .with("oldest", crate::OLDEST_SCHEMA_VERSION)
                        .with("expected", crate::SCHEMA_VERSION),
                ),
                lang,
            ),
        ),
        Err(RecordError::Contract(error)) => LogEntry::Rejected(INVALID_RECORD.at(
            format!("/{index}{}", error.path),
            with_line(Params::new().with("error", error.message)),
            lang,
        )),
    }
}

/// How deep arrays and objects nest in `value` (0 for a scalar).
pub(super) fn nesting(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Array(items) => 1 + items.iter().map(nesting).max().unwrap_or(0),
        Value::Object(entries) => 1 + entries.values().map(nesting).max().unwrap_or(0),
        _ => 0,
    }
}

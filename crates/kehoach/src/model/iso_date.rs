//! Serde and JSON Schema glue for `time::Date` as `YYYY-MM-DD`.
//!
//! `time`'s own serde support writes dates as arrays unless configured; the contract says
//! ISO strings, and schemars knows nothing about `time`, so both live here.

use serde::{Deserialize, Deserializer, Serializer};
use time::{format_description::FormatItem, macros::format_description, Date};

const FORMAT: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]");

/// Formats a date as `YYYY-MM-DD`.
pub fn format(date: Date) -> String {
    // Years in 0..=9999 always format; the model never builds other years from JSON.
    date.format(FORMAT).unwrap_or_else(|_| {
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )
    })
}

/// Parses `YYYY-MM-DD`, with a message that says what was expected.
pub fn parse(text: &str) -> Result<Date, String> {
    Date::parse(text, FORMAT).map_err(|_| {
        format!("invalid date \"{text}\": expected a real calendar date written YYYY-MM-DD")
    })
}

#[allow(dead_code)] // for plain date fields; activity records use it
pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*date))
}

#[allow(dead_code)] // for plain date fields; activity records use it
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
    parse(&text).map_err(serde::de::Error::custom)
}

#[allow(dead_code)] // for plain date fields; activity records use it
pub fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "type": "string", "format": "date" })
}

/// The same for `Option<Date>` (absent or `null` is `None`).
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&super::format(*date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        let text = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.map(|text| super::parse(&text).map_err(serde::de::Error::custom))
            .transpose()
    }

    pub fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "null"], "format": "date" })
    }
}

/// The same for a list of dates.
pub mod list {
    use super::*;

    pub fn serialize<S: Serializer>(dates: &[Date], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(dates.iter().map(|date| super::format(*date)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Date>, D::Error> {
        let texts = Vec::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        texts
            .iter()
            .map(|text| super::parse(text).map_err(serde::de::Error::custom))
            .collect()
    }

    pub fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "array", "items": { "type": "string", "format": "date" } })
    }
}

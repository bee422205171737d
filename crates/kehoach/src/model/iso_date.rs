//! Serde and JSON Schema glue for `time::Date` as `YYYY-MM-DD`.
//!
//! `time`'s own serde support writes dates as arrays unless configured; the contract says
//! ISO strings, and schemars knows nothing about `time`, so both live here.

use serde::{Deserialize, Deserializer, Serializer};
use time::{Date, Month};

/// The promise `kehoach-json-derive` asks of a `#[serde(with = "...")]` module: it reads and
/// writes what the field type's own `FromJson` and `ToJson` do (`time::Date` as `YYYY-MM-DD`,
/// with the same parser), so the derived loader and writer may use those.
pub(crate) const JSON_AS_NATIVE: () = ();

/// Formats a date as `YYYY-MM-DD`.
pub fn format(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parses `YYYY-MM-DD`, with a message that says what was expected.
///
/// Written by hand rather than with `time`'s format descriptions: this one shape is all the
/// contract allows, and the parser machinery would weigh on the wasm module.
pub fn parse(text: &str) -> Result<Date, String> {
    let invalid =
        || format!("invalid date \"{text}\": expected a real calendar date written YYYY-MM-DD");
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = bytes.get(range)?;
        part.iter().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return Err(invalid());
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(invalid());
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(invalid)?;
    let year = i32::try_from(year).map_err(|_| invalid())?;
    let day = u8::try_from(day).map_err(|_| invalid())?;
    Date::from_calendar_date(year, month, day).map_err(|_| invalid())
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

    /// See [`super::JSON_AS_NATIVE`]: `Option<Date>`'s own loader and writer agree.
    pub(crate) const JSON_AS_NATIVE: () = ();

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

    /// See [`super::JSON_AS_NATIVE`]: `Vec<Date>`'s own loader and writer agree.
    pub(crate) const JSON_AS_NATIVE: () = ();

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_iso_dates() {
        let date = parse("2024-02-29").expect("a leap day");
        assert_eq!(format(date), "2024-02-29");
        assert_eq!(
            format(parse("0999-01-05").expect("early year")),
            "0999-01-05"
        );
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-1-01",
            "2023/01/01",
            "20230101",
            "2023-01-01 ",
            "２０２３-01-01",
            "2023-00-10",
            "",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} must not parse");
        }
    }
}

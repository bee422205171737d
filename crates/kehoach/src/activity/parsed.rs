//! One value of a log read in one pass: the record itself when it is plainly one, else the
//! `serde_json::Value` serde_json would have read, for the careful path to judge.
//!
//! The careful path builds a `Value` per record (a B-tree of its keys, each key allocated),
//! walks it to put every string in NFC, then builds the record from it. For the log held in
//! memory — the npm package's `evaluate` — that was most of the time, and the stream's quick
//! reader (serde's derive of `Activity`) would be a second deserialiser in the WebAssembly
//! module. This reader gives the same entries by construction: it consumes exactly the tokens
//! `Value` would, through the same `deserialize_any` calls, so serde_json fails at the same
//! place with the same message; it takes a record as plain only when the careful path would
//! build the same record from it (known keys, strings where strings go, a `schemaVersion` it reads, a
//! valid date, quantities as whole numbers); and anything else becomes the very `Value`
//! serde_json would have built (the last of repeated keys kept, as its map does), which the
//! careful path then judges. Tests compare both paths on the reader's tricky records.

use std::fmt;

use serde::de::value::SeqAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Number, Value};

use super::{Activity, Quantities};

/// A log's value read once (see the module's documentation).
#[derive(Debug)]
pub(crate) enum Parsed {
    /// A record the careful path would build the same from this value.
    Record(Activity),
    /// Anything else, as serde_json reads it.
    Value(Value),
}

impl<'de> Deserialize<'de> for Parsed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RecordVisitor)
    }
}

/// An activity record's keys, in the order of [`Slots`].
const KEYS: [&str; 10] = [
    "schemaVersion",
    "date",
    "unit",
    "form",
    "task",
    "audience",
    "title",
    "evidence",
    "quantities",
    "notes",
];

/// A field's value: text or a whole number as a plain record holds them, anything else as
/// serde_json reads it.
enum Slot {
    Text(String),
    Whole(u64),
    Other(Value),
}

impl Slot {
    fn into_value(self) -> Value {
        match self {
            Slot::Text(text) => Value::String(text),
            Slot::Whole(whole) => Value::Number(whole.into()),
            Slot::Other(value) => value,
        }
    }
}

impl<'de> Deserialize<'de> for Slot {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(deserializer)? {
            Value::String(text) => Slot::Text(text),
            Value::Number(number) => match number.as_u64() {
                Some(whole) => Slot::Whole(whole),
                None => Slot::Other(Value::Number(number)),
            },
            other => Slot::Other(other),
        })
    }
}

/// Reads any JSON value as serde_json's `Value` does, an object as a record first.
struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Parsed;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any valid JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::Number(value.into())))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::Number(value.into())))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Parsed, E> {
        Ok(Parsed::Value(
            Number::from_f64(value).map_or(Value::Null, Value::Number),
        ))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::String(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::String(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Parsed, E> {
        Ok(Parsed::Value(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Parsed, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Parsed::Value)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut slots = Slots::default();
        let mut others: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match key {
                Key::Known(index) => {
                    let slot = map.next_value::<Slot>()?;
                    if let Some(place) = slots.0.get_mut(index) {
                        // A repeated key keeps its last value, as serde_json's map does.
                        *place = Some(slot);
                    }
                }
                Key::Other(name) => {
                    let value = map.next_value::<Value>()?;
                    others.push((name, value));
                }
            }
        }
        if others.is_empty() {
            if let Some(activity) = slots.plain_record() {
                return Ok(Parsed::Record(activity));
            }
        }
        let mut object = Map::new();
        for (key, slot) in KEYS.iter().zip(slots.0) {
            if let Some(slot) = slot {
                object.insert((*key).to_owned(), slot.into_value());
            }
        }
        for (key, value) in others {
            object.insert(key, value);
        }
        Ok(Parsed::Value(Value::Object(object)))
    }
}

/// A key of a record: one of [`KEYS`] by its index, or any other.
enum Key {
    Known(usize),
    Other(String),
}

/// Reads a key as serde_json's map does (`deserialize_str`), without allocating known ones.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match KEYS.iter().position(|known| *known == key) {
            Some(index) => Key::Known(index),
            None => Key::Other(key.to_owned()),
        })
    }
}

/// The values of a record's known keys, in the order of [`KEYS`].
#[derive(Default)]
struct Slots([Option<Slot>; 10]);

impl Slots {
    /// The record, when the careful path would build exactly it from these values: every
    /// check is made before anything is moved, so that otherwise the values stay whole for
    /// the `Value` handed to the careful path.
    fn plain_record(&mut self) -> Option<Activity> {
        let [version, date, unit, form, task, audience, title, evidence, quantities, notes] =
            &mut self.0;
        let plain_text = |slot: &Option<Slot>| matches!(slot, Some(Slot::Text(_)));
        let optional_text = |slot: &Option<Slot>| matches!(slot, None | Some(Slot::Text(_)));
        let schema_version = match version {
            Some(Slot::Whole(whole)) if crate::reads_schema_version(*whole) => {
                u32::try_from(*whole).ok()?
            }
            _ => return None,
        };
        let plain = plain_text(unit)
            && plain_text(form)
            && plain_text(title)
            && optional_text(task)
            && optional_text(audience)
            && optional_text(evidence)
            && optional_text(notes);
        if !plain {
            return None;
        }
        // A date is ASCII; anything else goes to the careful path, which reads it after NFC.
        let date = match date {
            Some(Slot::Text(text)) if text.is_ascii() => {
                crate::model::iso_date::parse(text).ok()?
            }
            _ => return None,
        };
        let quantities = match quantities {
            None => Quantities::default(),
            Some(Slot::Other(value)) => plain_quantities(value)?,
            Some(_) => return None,
        };
        Some(Activity {
            schema_version,
            date,
            unit: take_text(unit)?,
            form: take_text(form)?,
            task: take_text(task),
            audience: take_text(audience),
            title: take_text(title)?,
            evidence: take_text(evidence),
            quantities,
            notes: take_text(notes),
        })
    }
}

/// The text of a slot, in NFC, taking it out.
fn take_text(slot: &mut Option<Slot>) -> Option<String> {
    match slot.take() {
        Some(Slot::Text(text)) => Some(match crate::nfc(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(normal) => normal,
        }),
        other => {
            *slot = other;
            None
        }
    }
}

/// Quantities written plainly: an object of known keys with whole numbers up to `u32::MAX`.
fn plain_quantities(value: &Value) -> Option<Quantities> {
    let Value::Object(map) = value else {
        return None;
    };
    let mut quantities = Quantities::default();
    for (key, value) in map {
        let whole = value.as_u64().and_then(|whole| u32::try_from(whole).ok())?;
        let field = match key.as_str() {
            "participants" => &mut quantities.participants,
            "copies" => &mut quantities.copies,
            "views" => &mut quantities.views,
            "respondents" => &mut quantities.respondents,
            "hours" => &mut quantities.hours,
            "procedures" => &mut quantities.procedures,
            _ => return None,
        };
        *field = Some(whole);
    }
    Some(quantities)
}

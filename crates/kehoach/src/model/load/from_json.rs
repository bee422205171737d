//! Building the documents users write (plans, activity records, options) from a parsed
//! `serde_json::Value`, with the JSON Pointer of whatever is wrong.
//!
//! The types also derive serde's `Deserialize`, for Rust users; kehoach's own loaders use
//! this instead because it is less than half the size in the npm module (about 25 KB for
//! every type a user writes, where the derive took 55 KB). serde's derive writes,
//! for every struct, a visitor, a key enum with its own visitor and a state machine over the
//! map, and a deserializer generic enough for every data format; here a struct is a table of
//! its keys and one call per field, and everything that does not depend on the field's type
//! (unknown keys, missing keys, messages) is compiled once. The tests hold it to serde's
//! behaviour: the same documents load to the same values, and the same ones fail.
//!
//! Messages are worded as serde's, so [`super::describe`] turns both into the contract's terms.
//! When a document has several problems, the first unknown key (in key order) is reported
//! before anything else, then the keys in the order of the contract.

use serde::de::{self, Unexpected};
use serde_json::Value;

use super::json_de::{unexpected, Error};

/// A type kehoach loads from JSON.
pub(crate) trait FromJson: Sized {
    /// Builds the value from JSON, or says what is wrong and where (below `value`).
    fn from_json(value: Value) -> Result<Self, Error>;

    /// The value when its key is absent: an error, except for optional values.
    fn missing(key: &'static str) -> Result<Self, Error> {
        Err(de::Error::missing_field(key))
    }
}

/// "invalid type: integer `5`, expected a string".
#[cold]
fn invalid_type(value: &Value, expected: &str) -> Error {
    de::Error::invalid_type(unexpected(value), &expected)
}

/// The values of a JSON object in the order of a struct's keys, taken one by one as the
/// struct's fields are built (in the same order: [`struct_from_json`] writes both from one
/// list).
///
/// Slots rather than the object's map: taking entries out of a B-tree would compile its
/// rebalancing code into the npm module, and looking each key up again would cost a string
/// comparison per key and field on every record of a log.
pub(crate) struct Object {
    keys: &'static [&'static str],
    slots: std::vec::IntoIter<Option<Value>>,
}

impl Object {
    /// Opens `value` as the object of struct `name` whose keys are `keys`: anything but an
    /// object, or an object with a key not in `keys`, is an error.
    pub(crate) fn open(
        value: Value,
        name: &str,
        keys: &'static [&'static str],
    ) -> Result<Self, Error> {
        let Value::Object(map) = value else {
            return Err(invalid_type(&value, &format!("struct {name}")));
        };
        // Not `vec![None; n]`, which would clone a `Value` (and compile its cloning code).
        let mut slots: Vec<Option<Value>> = Vec::new();
        slots.resize_with(keys.len(), || None);
        for (key, value) in map {
            let slot = keys
                .iter()
                .position(|known| *known == key)
                .and_then(|index| slots.get_mut(index));
            match slot {
                Some(slot) => *slot = Some(value),
                None => {
                    let error: Error = de::Error::unknown_field(&key, keys);
                    return Err(error.within(key));
                }
            }
        }
        Ok(Object {
            keys,
            slots: slots.into_iter(),
        })
    }

    /// The value of the next key, which is `key`.
    // Out of line: every field of every type calls it, and one copy of it is smaller in the
    // npm module than one per field (docs/npm-package.md).
    #[inline(never)]
    fn next(&mut self, key: &'static str) -> Option<Value> {
        let index = self.keys.len() - self.slots.len();
        debug_assert_eq!(
            self.keys.get(index),
            Some(&key),
            "fields taken out of order"
        );
        self.slots.next().flatten()
    }

    /// The field at `key`, the next key; absent, what [`FromJson::missing`] says.
    pub(crate) fn field<T: FromJson>(&mut self, key: &'static str) -> Result<T, Error> {
        match self.next(key) {
            Some(value) => T::from_json(value).map_err(|error| within_key(error, key)),
            None => T::missing(key),
        }
    }

    /// The field at `key`, the next key; absent, the type's default.
    pub(crate) fn field_or_default<T: FromJson + Default>(
        &mut self,
        key: &'static str,
    ) -> Result<T, Error> {
        match self.next(key) {
            Some(value) => T::from_json(value).map_err(|error| within_key(error, key)),
            None => Ok(T::default()),
        }
    }
}

/// `error` as seen from the object holding it at `key`; one copy for every field (cold, so a
/// valid document never pays for it).
#[cold]
#[inline(never)]
fn within_key(error: Error, key: &str) -> Error {
    error.within(key.to_owned())
}

/// Implements [`FromJson`] for a struct written as a JSON object: each field with its key, in
/// the order of the contract, `default` after a field that takes its type's default when
/// absent (`#[serde(default)]`). Other words after a field are the writer's
/// ([`crate::model::save::struct_to_json`]), so one list can serve both
/// ([`crate::model::save::struct_json`]).
macro_rules! struct_from_json {
    ($name:ident { $($key:literal => $field:ident $($marker:ident)*),* $(,)? }) => {
        impl $crate::model::load::FromJson for $name {
            fn from_json(
                value: serde_json::Value,
            ) -> Result<Self, $crate::model::load::JsonError> {
                let mut object = $crate::model::load::Object::open(
                    value,
                    stringify!($name),
                    &[$($key),*],
                )?;
                Ok($name {
                    $($field: $crate::model::load::struct_from_json!(@field object $key $($marker)*),)*
                })
            }
        }
    };
    (@field $object:ident $key:literal) => { $object.field($key)? };
    (@field $object:ident $key:literal default $($marker:ident)*) => {
        $object.field_or_default($key)?
    };
    (@field $object:ident $key:literal $other:ident $($marker:ident)*) => {
        $crate::model::load::struct_from_json!(@field $object $key $($marker)*)
    };
}
pub(crate) use struct_from_json;

/// Implements [`FromJson`] for an enum written as one of its names: `"name" => Variant`, in
/// declaration order.
macro_rules! enum_from_json {
    ($name:ident { $($text:literal => $variant:ident),* $(,)? }) => {
        impl $crate::model::load::FromJson for $name {
            fn from_json(
                value: serde_json::Value,
            ) -> Result<Self, $crate::model::load::JsonError> {
                const VARIANTS: &[$name] = &[$($name::$variant),*];
                let index = $crate::model::load::variant(value, &[$($text),*])?;
                // `variant` returns an index into the names, which are as many as VARIANTS.
                VARIANTS
                    .get(index)
                    .copied()
                    .ok_or_else(|| serde::de::Error::custom("unknown variant"))
            }
        }
    };
}
pub(crate) use enum_from_json;

/// The index of the name `value` spells among `names`.
pub(crate) fn variant(value: Value, names: &'static [&'static str]) -> Result<usize, Error> {
    match &value {
        Value::String(text) => names
            .iter()
            .position(|name| name == text)
            .ok_or_else(|| de::Error::unknown_variant(text, names)),
        other => Err(invalid_type(other, "a string")),
    }
}

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(invalid_type(&other, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Bool(value) => Ok(value),
            other => Err(invalid_type(&other, "a boolean")),
        }
    }
}

/// A whole number between `min` and `max`, worded as serde's visitor for `expected` words it.
fn integer(value: Value, min: i64, max: i64, expected: &str) -> Result<i64, Error> {
    let Value::Number(number) = &value else {
        return Err(invalid_type(&value, expected));
    };
    if let Some(unsigned) = number.as_u64() {
        return i64::try_from(unsigned)
            .ok()
            .filter(|whole| *whole <= max)
            .ok_or_else(|| de::Error::invalid_value(Unexpected::Unsigned(unsigned), &expected));
    }
    if let Some(signed) = number.as_i64() {
        return if (min..=max).contains(&signed) {
            Ok(signed)
        } else {
            Err(de::Error::invalid_value(
                Unexpected::Signed(signed),
                &expected,
            ))
        };
    }
    Err(invalid_type(&value, expected))
}

macro_rules! integer_from_json {
    ($($type:ident)*) => {$(
        impl FromJson for $type {
            fn from_json(value: Value) -> Result<Self, Error> {
                let whole = integer(
                    value,
                    i64::from($type::MIN),
                    i64::from($type::MAX),
                    stringify!($type),
                )?;
                // `integer` kept it within the type's range.
                $type::try_from(whole).map_err(|_| de::Error::custom("integer out of range"))
            }
        }
    )*};
}

integer_from_json!(u8 u32 i32);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }

    fn missing(_key: &'static str) -> Result<Self, Error> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        let items = array(value)?;
        let mut out = Vec::with_capacity(items.len());
        each_item(items, &mut |item| {
            out.push(T::from_json(item)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// The items of a JSON array, or the error for anything else.
fn array(value: Value) -> Result<Vec<Value>, Error> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(invalid_type(&other, "a sequence")),
    }
}

/// Hands each item to `take`, naming the index of the one that fails. Not generic, so the loop
/// and its error path are compiled once for every item type (a plan has a dozen lists).
fn each_item(
    items: Vec<Value>,
    take: &mut dyn FnMut(Value) -> Result<(), Error>,
) -> Result<(), Error> {
    for (index, item) in items.into_iter().enumerate() {
        take(item).map_err(|error| error.within(index.to_string()))?;
    }
    Ok(())
}

/// A date is written `YYYY-MM-DD`.
impl FromJson for time::Date {
    fn from_json(value: Value) -> Result<Self, Error> {
        match &value {
            Value::String(text) => crate::model::iso_date::parse(text).map_err(de::Error::custom),
            other => Err(invalid_type(other, "a string")),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;
    use serde_json::{json, Value};

    use super::super::{deserialize_value, from_value};
    use super::FromJson;
    use crate::activity::Activity;
    use crate::evaluate::EvaluateOptions;
    use crate::report::ReportOptions;
    use crate::Plan;

    /// JSON Pointers of every object in `value`.
    fn objects(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    objects(item, format!("{at}/{key}"), out);
                }
                out.push(at);
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    objects(item, format!("{at}/{index}"), out);
                }
            }
            _ => {}
        }
    }

    /// Values of every JSON type, and numbers at the edges of the integer types.
    fn replacements() -> Vec<Value> {
        vec![
            Value::Null,
            json!(true),
            json!(0),
            json!(7),
            json!(-1),
            json!(255),
            json!(256),
            json!(2147483648_u64),
            json!(4294967296_u64),
            json!(-2147483649_i64),
            json!(1.5),
            json!(""),
            json!("x"),
            json!("2023-02-29"),
            json!("2024-02-29"),
            json!("meeting"),
            json!([]),
            json!(["x"]),
            json!({}),
        ]
    }

    /// Every document made from `base` by one change to one key of one object: the key
    /// removed, its value replaced by each of [`replacements`], or an unknown key added.
    fn mutations(base: &Value) -> Vec<(String, Value)> {
        let mut pointers = Vec::new();
        objects(base, String::new(), &mut pointers);
        let mut out = Vec::new();
        for pointer in pointers {
            let keys: Vec<String> = base
                .pointer(&pointer)
                .and_then(Value::as_object)
                .map(|map| map.keys().cloned().collect())
                .unwrap_or_default();
            let mut changed = base.clone();
            if let Some(Value::Object(map)) = changed.pointer_mut(&pointer) {
                map.insert("colour".into(), json!("red"));
            }
            out.push((format!("{pointer} + colour"), changed));
            for key in keys {
                let mut changed = base.clone();
                if let Some(Value::Object(map)) = changed.pointer_mut(&pointer) {
                    map.remove(&key);
                }
                out.push((format!("{pointer}/{key} removed"), changed));
                for replacement in replacements() {
                    let mut changed = base.clone();
                    if let Some(Value::Object(map)) = changed.pointer_mut(&pointer) {
                        map.insert(key.clone(), replacement.clone());
                    }
                    out.push((format!("{pointer}/{key} = {replacement}"), changed));
                }
            }
        }
        out
    }

    /// Holds the loader to serde's derive as kehoach used it before (`deserialize_value`: the
    /// derived `Deserialize` over a deserializer that takes structs as objects only) over every
    /// mutation of `base`: the same documents load, to the same values; the same fail, with
    /// the same message and path — except an enum given something other than a string, which
    /// serde would also take as `{"variant": null}` and words in terms of maps.
    fn agrees_with_serde<T: FromJson + DeserializeOwned + PartialEq + std::fmt::Debug>(
        base: &Value,
    ) -> usize {
        let mut checked = 0;
        for (change, document) in mutations(base) {
            let ours = from_value::<T>(document.clone());
            match (ours, deserialize_value::<T>(document)) {
                (Ok(ours), Ok(serde)) => assert_eq!(ours, serde, "{change}"),
                (Err(ours), Err(serde))
                    if serde.message.contains("string or map")
                        || serde.message.contains("map with a single key") =>
                {
                    assert_eq!(ours.path, serde.path, "{change}");
                    assert!(
                        ours.message.ends_with("expected a string"),
                        "{change}: {ours}"
                    );
                }
                (Err(ours), Err(serde)) => assert_eq!(ours, serde, "{change}"),
                (ours, serde) => panic!("{change}: ours {ours:?}, serde {serde:?}"),
            }
            checked += 1;
        }
        checked
    }

    #[test]
    fn plans_load_as_serde_derives_them() {
        let base: Value = serde_json::from_str(crate::examples::LANG_SON_2023).unwrap();
        assert!(agrees_with_serde::<Plan>(&base) > 2_000);
    }

    #[test]
    fn records_and_options_load_as_serde_derives_them() {
        let record = json!({
            "schemaVersion": 1, "date": "2023-03-01", "unit": "van-phong",
            "form": "tin-bai-website", "audience": "can-bo", "title": "Tin",
            "evidence": "https://example.invalid/1", "notes": "n",
            "quantities": {"participants": 1, "copies": 2, "views": 3, "respondents": 4,
                           "hours": 5, "procedures": 6}
        });
        assert!(agrees_with_serde::<Activity>(&record) > 300);
        let options = json!({"asOf": "2023-03-31", "window": "calendar", "lang": "en"});
        agrees_with_serde::<EvaluateOptions>(&options);
        let options =
            json!({"format": "html", "lang": "en", "asOf": "2023-03-31", "window": "cut-off"});
        agrees_with_serde::<ReportOptions>(&options);
    }

    #[test]
    fn enums_take_only_their_names() {
        let error = from_value::<ReportOptions>(json!({"format": {"html": null}})).unwrap_err();
        assert_eq!(error.path, "/format");
        assert_eq!(error.message, "invalid type: object, expected a string");
        let error = from_value::<ReportOptions>(json!({"format": "pdf"})).unwrap_err();
        assert_eq!(
            error.message,
            "unknown variant `pdf`, expected one of `markdown`, `html`, `text`, `json`"
        );
    }
}

//! A serde `Deserializer` over an owned `serde_json::Value` whose errors say where they are:
//! every error comes back with the JSON Pointer of the value it is about.
//!
//! Documents users write load through [`super::from_json`]; this is for the ones kehoach writes
//! and reads back (a saved evaluation), whose types only derive `Deserialize`, and its [`Error`]
//! is the error type of both. It does not wrap visitors (as serde_path_to_error does, which
//! compiled the deserialising code twice): the path is collected while an error unwinds, each
//! map entry, array element and enum variant it passes adding its token, so a valid document
//! costs no path work at all.
//!
//! Messages are serde_json's (`null`, JSON-style floats), so [`super`] words them the same
//! as before.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use crate::model::ToJson;

/// Deserialises `T` from `value`; an error carries the path of the value it is about.
pub(crate) fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    T::deserialize(Json(value))
}

/// Why a value could not be deserialised, and where.
///
/// Boxed so that every `Result` in the deserialising code stays one word wide.
#[derive(Debug)]
pub(crate) struct Error(Box<ErrorImpl>);

#[derive(Debug)]
struct ErrorImpl {
    message: String,
    /// Unescaped pointer tokens from the failing value up to the root: each level pushes its
    /// own as the error passes it on the way out.
    tokens: Vec<String>,
}

impl Error {
    /// What went wrong, as serde and the types' visitors said it.
    pub(crate) fn message(&self) -> &str {
        &self.0.message
    }

    /// JSON Pointer (RFC 6901) to the offending value; `""` for the whole document.
    pub(crate) fn pointer(&self) -> String {
        let mut out = String::new();
        for token in self.0.tokens.iter().rev() {
            out.push('/');
            out.push_str(&super::pointer_token(token));
        }
        out
    }

    /// The error as seen from the parent: `token` is the child's key or index.
    #[cold]
    pub(super) fn within(mut self, token: String) -> Self {
        self.0.tokens.push(token);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    #[cold]
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(Box::new(ErrorImpl {
            message: message.to_string(),
            tokens: Vec::new(),
        }))
    }

    #[cold]
    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        de::Error::custom(format_args!(
            "invalid type: {}, expected {expected}",
            AsJson(unexpected)
        ))
    }

    #[cold]
    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        de::Error::custom(format_args!(
            "invalid value: {}, expected {expected}",
            AsJson(unexpected)
        ))
    }
}

/// Names an unexpected value in JSON's terms, as serde_json does: `null` rather than serde's
/// "unit value", floats as JSON writes them.
///
/// Every case is written out rather than falling back to serde's `Display`, whose float case
/// would link core's float printing (~15 KB of wasm) for values JSON cannot even hold. Strings
/// are quoted as JSON writes them, where serde uses Rust's `Debug` (the same text for
/// printable strings, `\u{1}` rather than `\u0001` for the others): the document is JSON, and
/// `Debug` would link its own escaping and Unicode tables (4 KB of wasm).
struct AsJson<'a>(Unexpected<'a>);

impl fmt::Display for AsJson<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unexpected::Bool(value) => write!(f, "boolean `{value}`"),
            Unexpected::Unsigned(value) => write!(f, "integer `{value}`"),
            Unexpected::Signed(value) => write!(f, "integer `{value}`"),
            Unexpected::Float(value) => match Number::from_f64(value) {
                Some(number) => write!(f, "floating point `{number}`"),
                None if value.is_nan() => f.write_str("floating point `NaN`"),
                None if value > 0.0 => f.write_str("floating point `inf`"),
                None => f.write_str("floating point `-inf`"),
            },
            Unexpected::Char(value) => write!(f, "character `{value}`"),
            Unexpected::Str(value) => write!(f, "string {}", value.to_json()),
            Unexpected::Bytes(_) => f.write_str("byte array"),
            Unexpected::Unit => f.write_str("null"),
            Unexpected::Option => f.write_str("Option value"),
            Unexpected::NewtypeStruct => f.write_str("newtype struct"),
            Unexpected::Seq => f.write_str("sequence"),
            Unexpected::Map => f.write_str("map"),
            Unexpected::Enum => f.write_str("enum"),
            Unexpected::UnitVariant => f.write_str("unit variant"),
            Unexpected::NewtypeVariant => f.write_str("newtype variant"),
            Unexpected::TupleVariant => f.write_str("tuple variant"),
            Unexpected::StructVariant => f.write_str("struct variant"),
            Unexpected::Other(other) => f.write_str(other),
        }
    }
}

pub(super) fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(value) => Unexpected::Bool(*value),
        Value::Number(number) => {
            if let Some(value) = number.as_u64() {
                Unexpected::Unsigned(value)
            } else if let Some(value) = number.as_i64() {
                Unexpected::Signed(value)
            } else {
                number
                    .as_f64()
                    .map_or(Unexpected::Other("number"), Unexpected::Float)
            }
        }
        Value::String(text) => Unexpected::Str(text),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// Not generic, so the error path is compiled once rather than once per visitor.
#[cold]
fn invalid_type(value: &Value, expected: &dyn Expected) -> Error {
    de::Error::invalid_type(unexpected(value), expected)
}

/// Hands a number to the visitor as the widest type that holds it exactly, so serde's
/// primitive visitors do the range checks ("invalid value: integer `300`, expected u8").
/// Integers beyond `u64`/`i64` were already read as `f64` by serde_json.
fn visit_number<'de, V: Visitor<'de>>(number: &Number, visitor: V) -> Result<V::Value, Error> {
    if let Some(value) = number.as_u64() {
        visitor.visit_u64(value)
    } else if let Some(value) = number.as_i64() {
        visitor.visit_i64(value)
    } else if let Some(value) = number.as_f64() {
        visitor.visit_f64(value)
    } else {
        Err(de::Error::invalid_type(
            Unexpected::Other("number"),
            &visitor,
        ))
    }
}

fn visit_array<'de, V: Visitor<'de>>(items: Vec<Value>, visitor: V) -> Result<V::Value, Error> {
    let len = items.len();
    let mut access = Items {
        items: items.into_iter(),
        index: 0,
    };
    let out = visitor.visit_seq(&mut access)?;
    if access.items.len() == 0 {
        Ok(out)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in array"))
    }
}

fn visit_object<'de, V: Visitor<'de>>(
    entries: Map<String, Value>,
    visitor: V,
) -> Result<V::Value, Error> {
    let len = entries.len();
    let mut access = Entries {
        entries: entries.into_iter(),
        pending: None,
    };
    let out = visitor.visit_map(&mut access)?;
    if access.entries.len() == 0 {
        Ok(out)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in map"))
    }
}

/// One JSON value to deserialise.
struct Json(Value);

macro_rules! deserialize_number {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self.0 {
                Value::Number(number) => visit_number(&number, visitor),
                other => Err(invalid_type(&other, &visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Json {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(value) => visitor.visit_bool(value),
            Value::Number(number) => visit_number(&number, visitor),
            Value::String(text) => visitor.visit_string(text),
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(entries) => visit_object(entries, visitor),
        }
    }

    deserialize_number! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Bool(value) => visitor.visit_bool(value),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(text) => visitor.visit_string(text),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(entries) => visit_object(entries, visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    /// Objects only: serde_json also takes an array, field by field, which the contract does not
    /// allow and which would compile every struct's sequence visitor into the module.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(entries) => visit_object(entries, visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    /// A unit variant is its name as a string; a variant with data is an object with the
    /// variant's name as its one key.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(name) => visitor.visit_enum(Variant { name, value: None }),
            Value::Object(entries) => {
                let mut entries = entries.into_iter();
                match (entries.next(), entries.next()) {
                    (Some((name, value)), None) => visitor.visit_enum(Variant {
                        name,
                        value: Some(value),
                    }),
                    _ => Err(de::Error::invalid_value(
                        Unexpected::Map,
                        &"map with a single key",
                    )),
                }
            }
            other => Err(invalid_type(&other, &"string or map")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        drop(self);
        visitor.visit_unit()
    }
}

/// The elements of an array, each deserialised at its index.
struct Items {
    items: std::vec::IntoIter<Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Json(item))
            .map(Some)
            .map_err(|error| error.within(index.to_string()))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of an object; an error in a key (an unknown key) or in its value is at that key.
struct Entries {
    entries: serde_json::map::IntoIter,
    /// The entry whose key was read and whose value is next.
    pending: Option<(String, Value)>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        match seed.deserialize(IntoDeserializer::<Error>::into_deserializer(key.as_str())) {
            Ok(field) => {
                self.pending = Some((key, value));
                Ok(Some(field))
            }
            Err(error) => Err(error.within(key)),
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Error> {
        match self.pending.take() {
            Some((key, value)) => seed
                .deserialize(Json(value))
                .map_err(|error| error.within(key)),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An enum value: the variant's name, and its data when written as `{"name": data}`.
struct Variant {
    name: String,
    value: Option<Value>,
}

impl<'de> EnumAccess<'de> for Variant {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<(T::Value, Self), Error> {
        // An unknown variant is an error about the enum value itself, so no token here.
        let variant = seed.deserialize(IntoDeserializer::<Error>::into_deserializer(
            self.name.as_str(),
        ))?;
        Ok((variant, self))
    }
}

impl<'de> VariantAccess<'de> for Variant {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.value {
            None | Some(Value::Null) => Ok(()),
            Some(other) => Err(invalid_type(&other, &"unit").within(self.name)),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        match self.value {
            Some(value) => seed
                .deserialize(Json(value))
                .map_err(|error| error.within(self.name)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Some(Value::Array(items)) => {
                visit_array(items, visitor).map_err(|error| error.within(self.name))
            }
            Some(other) => Err(invalid_type(&other, &"tuple variant").within(self.name)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Some(Value::Object(entries)) => {
                visit_object(entries, visitor).map_err(|error| error.within(self.name))
            }
            Some(other) => Err(invalid_type(&other, &"struct variant").within(self.name)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::json;
    use time::{Date, Month};

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Record {
        name: String,
        #[serde(default)]
        note: Option<String>,
        count: u32,
        small: u8,
        offset: i32,
        share: f64,
        done: bool,
        kind: Kind,
        #[serde(default)]
        tags: Vec<Tag>,
        #[serde(with = "crate::model::iso_date")]
        date: Date,
        #[serde(default)]
        children: Vec<Record>,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Kind {
        FirstKind,
        SecondKind,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(transparent)]
    struct Tag(String);

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Param {
        Number(i64),
        Text(String),
    }

    /// Not `deny_unknown_fields`: other keys are skipped with `ignored_any`.
    #[derive(Debug, PartialEq, Deserialize)]
    struct Open {
        keep: Cow<'static, str>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Shape {
        Dot,
        Circle(u8),
        Pair(u8, u8),
        Rect { width: u8 },
    }

    fn record() -> Value {
        json!({
            "name": "a",
            "count": 4_000_000_000_u32,
            "small": 255,
            "offset": -7,
            "share": 0.5,
            "done": true,
            "kind": "second-kind",
            "tags": ["x", "y"],
            "date": "2024-02-29",
            "children": [{
                "name": "b", "note": null, "count": 0, "small": 0, "offset": 0, "share": 1,
                "done": false, "kind": "first-kind", "date": "2023-01-05",
                "children": [{
                    "name": "c", "count": 1, "small": 1, "offset": 1, "share": 1e300,
                    "done": false, "kind": "first-kind", "date": "2023-01-06", "tags": ["z"]
                }]
            }]
        })
    }

    /// `record()` with the value at `pointer` replaced (or removed when `with` is `None`).
    fn record_with(pointer: &str, with: Option<Value>) -> Value {
        let mut value = record();
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
        let parent = value.pointer_mut(parent).expect("the parent exists");
        match (parent, with) {
            (Value::Object(map), Some(with)) => {
                map.insert(key.to_owned(), with);
            }
            (Value::Object(map), None) => {
                map.remove(key);
            }
            (Value::Array(items), Some(with)) => {
                let index: usize = key.parse().expect("an index");
                *items.get_mut(index).expect("the element exists") = with;
            }
            (parent, with) => panic!("cannot set {with:?} in {parent:?}"),
        }
        value
    }

    fn error<T: DeserializeOwned + fmt::Debug>(value: Value) -> (String, String) {
        let error = from_value::<T>(value).expect_err("must not deserialise");
        (error.pointer(), error.message().to_owned())
    }

    /// The message serde_json's own `Value` deserializer gives for the same input.
    fn serde_json_message<T: DeserializeOwned + fmt::Debug>(value: Value) -> String {
        serde_json::from_value::<T>(value)
            .expect_err("serde_json must reject it too")
            .to_string()
    }

    #[test]
    fn reads_every_kind_of_field_as_serde_json_does() {
        let record: Record = from_value(self::record()).expect("deserialises");
        assert_eq!(record.name, "a");
        assert_eq!(record.note, None);
        assert_eq!(
            (record.count, record.small, record.offset),
            (4_000_000_000, 255, -7)
        );
        assert_eq!(record.share, 0.5);
        assert!(record.done);
        assert_eq!(record.kind, Kind::SecondKind);
        assert_eq!(record.tags, [Tag("x".into()), Tag("y".into())]);
        assert_eq!(
            record.date,
            Date::from_calendar_date(2024, Month::February, 29).expect("a date")
        );
        let child = record.children.first().expect("one child");
        assert_eq!((child.kind, child.share), (Kind::FirstKind, 1.0));
        assert!(child.tags.is_empty());
        let grandchild = child.children.first().expect("one grandchild");
        assert_eq!(grandchild.share, 1e300);

        let with_note = record_with("/note", Some(json!("n")));
        assert_eq!(
            from_value::<Record>(with_note.clone()).expect("deserialises"),
            serde_json::from_value::<Record>(with_note).expect("serde_json too")
        );
    }

    #[test]
    fn errors_are_located_and_worded_as_serde_json_words_them() {
        let cases = [
            // Wrong type, including in an array element and deep down.
            (record_with("/count", Some(json!("four"))), "/count"),
            (record_with("/name", Some(json!(null))), "/name"),
            (record_with("/done", Some(json!("yes"))), "/done"),
            (record_with("/name", Some(json!(false))), "/name"),
            (record_with("/tags/1", Some(json!(5))), "/tags/1"),
            (record_with("/tags", Some(json!({"x": 1}))), "/tags"),
            (record_with("/children", Some(json!("none"))), "/children"),
            (
                record_with("/children/0/children/0/tags/0", Some(json!(["z"]))),
                "/children/0/children/0/tags/0",
            ),
            (record_with("/small", Some(json!(1.5))), "/small"),
            (record_with("/share", Some(json!("half"))), "/share"),
            // Out of range for the field's integer type.
            (record_with("/small", Some(json!(256))), "/small"),
            (record_with("/count", Some(json!(-1))), "/count"),
            (
                record_with("/offset", Some(json!(3_000_000_000_u32))),
                "/offset",
            ),
            (
                record_with("/children/0/offset", Some(json!(-3_000_000_000_i64))),
                "/children/0/offset",
            ),
            // Unknown variant: the path of the enum value.
            (
                record_with("/children/0/kind", Some(json!("third-kind"))),
                "/children/0/kind",
            ),
            (record_with("/kind", Some(json!(3))), "/kind"),
            // Unknown key: the path ends with it.
            (
                record_with("/children/0/children/0/colour", Some(json!("red"))),
                "/children/0/children/0/colour",
            ),
            // Missing key: the containing object.
            (record_with("/children/0/count", None), "/children/0"),
            (record_with("/name", None), ""),
            // A value the field's own deserialiser rejects.
            (
                record_with("/children/0/date", Some(json!("2023-02-30"))),
                "/children/0/date",
            ),
            (json!("not an object"), ""),
        ];
        for (value, path) in cases {
            let expected = serde_json_message::<Record>(value.clone());
            assert_eq!(error::<Record>(value), (path.to_owned(), expected));
        }
    }

    #[test]
    fn messages_read_as_expected() {
        assert_eq!(
            error::<Record>(record_with("/tags/1", Some(json!(5)))).1,
            "invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            error::<Record>(record_with("/small", Some(json!(256)))).1,
            "invalid value: integer `256`, expected u8"
        );
        assert_eq!(
            error::<Record>(record_with("/name", Some(json!(null)))).1,
            "invalid type: null, expected a string"
        );
        assert_eq!(
            error::<Record>(record_with("/small", Some(json!(1.5)))).1,
            "invalid type: floating point `1.5`, expected u8"
        );
        assert_eq!(
            error::<Record>(record_with("/kind", Some(json!("third")))).1,
            "unknown variant `third`, expected `first-kind` or `second-kind`"
        );
        assert_eq!(
            error::<Record>(record_with("/children/0/count", None)).1,
            "missing field `count`"
        );
        let (_, message) = error::<Record>(record_with("/colour", Some(json!(1))));
        assert!(
            message.starts_with("unknown field `colour`, expected one of `name`, `note`"),
            "{message}"
        );
        let (_, message) = error::<Record>(record_with("/date", Some(json!("2023-02-30"))));
        assert!(message.contains("\"2023-02-30\""), "{message}");
    }

    #[test]
    fn unexpected_values_are_named_as_serde_names_them_but_null_and_floats() {
        let same = [
            Unexpected::Bool(true),
            Unexpected::Unsigned(7),
            Unexpected::Signed(-7),
            Unexpected::Char('đ'),
            Unexpected::Bytes(b"x"),
            Unexpected::Option,
            Unexpected::NewtypeStruct,
            Unexpected::Seq,
            Unexpected::Map,
            Unexpected::Enum,
            Unexpected::UnitVariant,
            Unexpected::NewtypeVariant,
            Unexpected::TupleVariant,
            Unexpected::StructVariant,
            Unexpected::Other("thing"),
            Unexpected::Float(f64::INFINITY),
            Unexpected::Float(f64::NEG_INFINITY),
            Unexpected::Float(f64::NAN),
        ];
        for unexpected in same {
            assert_eq!(AsJson(unexpected).to_string(), unexpected.to_string());
        }
        assert_eq!(AsJson(Unexpected::Unit).to_string(), "null");
        let printable = Unexpected::Str("a \"b\"\n\\ đ");
        assert_eq!(AsJson(printable).to_string(), printable.to_string());
        assert_eq!(
            AsJson(Unexpected::Str("\u{1}\u{7f}")).to_string(),
            "string \"\\u0001\u{7f}\""
        );
        // As serde_json writes them (serde's own `Display` says `100000000000000000000.0`).
        assert_eq!(
            AsJson(Unexpected::Float(1e20)).to_string(),
            "floating point `1e+20`"
        );
        assert_eq!(
            AsJson(Unexpected::Float(-1.5)).to_string(),
            "floating point `-1.5`"
        );
    }

    /// serde_json would fill a struct from an array, field by field; the contract (and the JSON
    /// Schema) says objects, and not compiling every struct's array visitor saves ~20 KB of wasm.
    #[test]
    fn structs_are_objects_only() {
        let value = record_with("/children/0", Some(json!(["b", null, 0, 0, 0, 1.0, false])));
        assert_eq!(
            error::<Record>(value),
            (
                "/children/0".to_owned(),
                "invalid type: sequence, expected struct Record".to_owned()
            )
        );
    }

    #[test]
    fn integers_beyond_64_bits_are_floats() {
        let huge: Value = serde_json::from_str("100000000000000000000").expect("JSON");
        let record = record_with("/count", Some(huge.clone()));
        let expected = serde_json_message::<Record>(record.clone());
        assert_eq!(error::<Record>(record), ("/count".to_owned(), expected));
        let record = record_with("/share", Some(huge));
        assert_eq!(from_value::<Record>(record).expect("an f64").share, 1e20);

        let negative: Value = serde_json::from_str("-100000000000000000000").expect("JSON");
        let (path, message) = error::<Vec<i32>>(json!([1, negative]));
        assert_eq!(path, "/1");
        assert!(
            message.starts_with("invalid type: floating point"),
            "{message}"
        );
        assert_eq!(from_value::<u64>(json!(u64::MAX)).ok(), Some(u64::MAX));
        assert_eq!(from_value::<i64>(json!(i64::MIN)).ok(), Some(i64::MIN));
    }

    #[test]
    fn keys_are_escaped_in_pointers() {
        let mut value = record();
        value["children"][0]["a~b/c"] = json!(1);
        let (path, message) = error::<Record>(value);
        assert_eq!(path, "/children/0/a~0b~1c");
        assert!(message.starts_with("unknown field `a~b/c`"), "{message}");

        let map = json!({"ok": 1, "a/b": {"~x/": 300}});
        let (path, message) = error::<BTreeMap<String, BTreeMap<String, u8>>>(map);
        assert_eq!(path, "/a~1b/~0x~1");
        assert_eq!(message, "invalid value: integer `300`, expected u8");
    }

    #[test]
    fn untagged_enums_are_read_through_deserialize_any() {
        let params: Vec<Param> = from_value(json!([5, -3, "x"])).expect("deserialises");
        assert_eq!(
            params,
            [Param::Number(5), Param::Number(-3), Param::Text("x".into())]
        );
        let (path, message) = error::<Vec<Param>>(json!(["x", true]));
        assert_eq!(path, "/1");
        assert_eq!(
            message,
            "data did not match any variant of untagged enum Param"
        );
    }

    #[test]
    fn unknown_keys_are_skipped_where_allowed() {
        let open: Open =
            from_value(json!({"other": {"deep": [1, null]}, "keep": "k"})).expect("deserialises");
        assert_eq!(open.keep, "k");
        assert_eq!(
            error::<Open>(json!({"keep": 1})),
            (
                "/keep".to_owned(),
                serde_json_message::<Open>(json!({"keep": 1}))
            )
        );
    }

    #[test]
    fn enums_with_data_are_objects_with_one_key() {
        let shapes: Vec<Shape> = from_value(json!([
            "dot", {"circle": 3}, {"pair": [1, 2]}, {"rect": {"width": 4}}
        ]))
        .expect("deserialises");
        assert_eq!(
            shapes,
            [
                Shape::Dot,
                Shape::Circle(3),
                Shape::Pair(1, 2),
                Shape::Rect { width: 4 }
            ]
        );
        let cases = [
            (json!([{"circle": 300}]), "/0/circle"),
            (json!(["dot", {"rect": {"width": "w"}}]), "/1/rect/width"),
            (json!([{"pair": [1, 2, 3]}]), "/0/pair"),
            (json!([{"pair": 1}]), "/0/pair"),
            (json!([{"dot": 1}]), "/0/dot"),
            (json!([{"dot": null, "circle": 1}]), "/0"),
            (json!(["circle"]), "/0"),
            (json!(["square"]), "/0"),
            (json!([5]), "/0"),
        ];
        for (value, path) in cases {
            let expected = serde_json_message::<Vec<Shape>>(value.clone());
            assert_eq!(error::<Vec<Shape>>(value), (path.to_owned(), expected));
        }
    }
}

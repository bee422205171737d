//! Building the documents users write (plans, activity records, options) and the ones
//! kehoach reads back (a saved evaluation) from a parsed `serde_json::Value`, with the JSON
//! Pointer of whatever is wrong.
//!
//! The types also derive serde's `Deserialize`, for Rust users; kehoach's own loaders use
//! this instead because it is less than half the size in the npm module (about 25 KB for
//! every type a user writes, where the derive took 55 KB). serde's derive writes,
//! for every struct, a visitor, a key enum with its own visitor and a state machine over the
//! map, and a deserializer generic enough for every data format; here a struct is a table of
//! its keys and one call per field, and everything that does not depend on the field's type
//! (unknown keys, missing keys, messages) is compiled once. The implementations are derived
//! (`#[derive(FromJson)]`, crate `kehoach-json-derive`) from the same `#[serde]` attributes
//! as serde's, and the tests hold them to serde's behaviour: the same documents load to the
//! same values, and the same ones fail.
//!
//! When a document has several problems, the first unknown key (in key order) is reported
//! before anything else, then the keys in the order of the contract.

use serde_json::Value;

use super::error::{Expected, Found, LoadErrorKind};

/// A type kehoach loads from JSON. Derived with `#[derive(FromJson)]`
/// (`kehoach_json_derive`) from the type's serde attributes.
pub(crate) trait FromJson: Sized {
    /// Builds the value from JSON, or says what is wrong and where (below `value`).
    fn from_json(value: Value) -> Result<Self, JsonError>;

    /// The value when its key is absent: an error, except for optional values.
    fn missing(key: &'static str) -> Result<Self, JsonError> {
        Err(JsonError::new(LoadErrorKind::MissingKey { key }))
    }
}

/// Why a value could not be loaded, and where: the kind, and the JSON Pointer tokens from the
/// failing value up to the root, each level pushing its own as the error passes it on the way
/// out (so a valid document costs no path work at all).
///
/// Boxed so that every `Result` in the loading code stays one word wide.
#[derive(Debug)]
pub(crate) struct JsonError(Box<(LoadErrorKind, Vec<String>)>);

impl JsonError {
    /// An error about the value at hand.
    #[cold]
    pub(crate) fn new(kind: LoadErrorKind) -> Self {
        JsonError(Box::new((kind, Vec::new())))
    }

    /// For a case the code rules out (an enum's index beyond its names).
    #[cold]
    pub(crate) fn unreachable() -> Self {
        JsonError::new(LoadErrorKind::UnknownVariant {
            value: String::new(),
            expected: &[],
        })
    }

    /// The error as seen from the parent: `token` is the child's key or index.
    #[cold]
    pub(crate) fn within(mut self, token: String) -> Self {
        self.0 .1.push(token);
        self
    }

    /// The kind, and the JSON Pointer (RFC 6901) of the offending value.
    pub(crate) fn into_parts(self) -> (LoadErrorKind, String) {
        let (kind, tokens) = *self.0;
        let mut pointer = String::new();
        for token in tokens.iter().rev() {
            pointer.push('/');
            pointer.push_str(&super::pointer_token(token));
        }
        (kind, pointer)
    }
}

/// "invalid type: integer `5`, expected a string".
#[cold]
pub(crate) fn invalid_type(value: &Value, expected: Expected) -> JsonError {
    JsonError::new(LoadErrorKind::InvalidType {
        found: Found::of(value),
        expected,
    })
}

/// The values of a JSON object in the order of a struct's keys, taken one by one as the
/// struct's fields are built (in the same order: `#[derive(FromJson)]` writes both from the
/// struct's fields).
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
        name: &'static str,
        keys: &'static [&'static str],
    ) -> Result<Self, JsonError> {
        let Value::Object(map) = value else {
            return Err(invalid_type(&value, Expected::Object { name }));
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
                None => return Err(unknown_key(key, keys)),
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
    pub(crate) fn field<T: FromJson>(&mut self, key: &'static str) -> Result<T, JsonError> {
        match self.next(key) {
            Some(value) => T::from_json(value).map_err(|error| within_key(error, key)),
            None => T::missing(key),
        }
    }

    /// The field at `key`, the next key; absent, the type's default.
    pub(crate) fn field_or_default<T: FromJson + Default>(
        &mut self,
        key: &'static str,
    ) -> Result<T, JsonError> {
        match self.next(key) {
            Some(value) => T::from_json(value).map_err(|error| within_key(error, key)),
            None => Ok(T::default()),
        }
    }
}

/// "unknown key `colour`", at the key.
#[cold]
#[inline(never)]
fn unknown_key(key: String, expected: &'static [&'static str]) -> JsonError {
    JsonError::new(LoadErrorKind::UnknownKey {
        key: key.clone(),
        expected,
    })
    .within(key)
}

/// `error` as seen from the object holding it at `key`; one copy for every field (cold, so a
/// valid document never pays for it).
#[cold]
#[inline(never)]
fn within_key(error: JsonError, key: &str) -> JsonError {
    error.within(key.to_owned())
}

/// The index of the name `value` spells among `names`.
pub(crate) fn variant(value: Value, names: &'static [&'static str]) -> Result<usize, JsonError> {
    match value {
        Value::String(text) => match names.iter().position(|name| *name == text) {
            Some(index) => Ok(index),
            None => Err(JsonError::new(LoadErrorKind::UnknownVariant {
                value: text,
                expected: names,
            })),
        },
        other => Err(invalid_type(&other, Expected::String)),
    }
}

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(invalid_type(&other, Expected::String)),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::Bool(value) => Ok(value),
            other => Err(invalid_type(&other, Expected::Boolean)),
        }
    }
}

/// A whole number between `min` and `max`.
fn integer(value: Value, min: i32, max: u32) -> Result<i64, JsonError> {
    let expected = Expected::WholeNumber { min, max };
    let (min, max) = (i64::from(min), i64::from(max));
    let Value::Number(number) = &value else {
        return Err(invalid_type(&value, expected));
    };
    let whole = match (number.as_u64(), number.as_i64()) {
        (Some(unsigned), _) => i64::try_from(unsigned).ok(),
        (None, Some(signed)) => Some(signed),
        (None, None) => return Err(invalid_type(&value, expected)),
    };
    match whole {
        Some(whole) if (min..=max).contains(&whole) => Ok(whole),
        _ => Err(JsonError::new(LoadErrorKind::InvalidValue {
            found: number.clone(),
            expected,
        })),
    }
}

macro_rules! integer_from_json {
    ($($type:ident $min:expr, $max:expr;)*) => {$(
        impl FromJson for $type {
            fn from_json(value: Value) -> Result<Self, JsonError> {
                let whole = integer(value, $min, $max)?;
                // `integer` kept it within the type's range.
                $type::try_from(whole).map_err(|_| JsonError::unreachable())
            }
        }
    )*};
}

integer_from_json! {
    u8 0, u32::from(u8::MAX);
    u32 0, u32::MAX;
    i32 i32::MIN, i32::MAX.unsigned_abs();
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }

    fn missing(_key: &'static str) -> Result<Self, JsonError> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
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
fn array(value: Value) -> Result<Vec<Value>, JsonError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(invalid_type(&other, Expected::Array)),
    }
}

/// Hands each item to `take`, naming the index of the one that fails. Not generic, so the loop
/// and its error path are compiled once for every item type (a plan has a dozen lists).
fn each_item(
    items: Vec<Value>,
    take: &mut dyn FnMut(Value) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    for (index, item) in items.into_iter().enumerate() {
        take(item).map_err(|error| error.within(index.to_string()))?;
    }
    Ok(())
}

/// A date is written `YYYY-MM-DD`.
impl FromJson for time::Date {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::String(text) => crate::model::iso_date::parse(&text)
                .map_err(|_| JsonError::new(LoadErrorKind::InvalidDate { text })),
            other => Err(invalid_type(&other, Expected::String)),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;
    use serde_json::{json, Value};

    use super::super::{from_value, Expected, Found, LoadError, LoadErrorKind};
    use super::FromJson;
    use crate::activity::Activity;
    use crate::evaluate::{EvaluateOptions, Evaluation};
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

    /// Holds the loader to serde's derive (`serde_json::from_value`) over every mutation of
    /// `base`: the same documents load, to the same values, and the same fail. Messages and
    /// paths cannot be compared with serde's (which has no paths); ours must point into the
    /// document, at or below what was changed, with a kind that fits the change. The one
    /// difference: serde would also take a struct written as an array, which the contract
    /// (and the loader) rejects.
    fn agrees_with_serde<T: FromJson + DeserializeOwned + PartialEq + std::fmt::Debug>(
        base: &Value,
    ) -> usize {
        let mut checked = 0;
        for (change, document) in mutations(base) {
            let ours = from_value::<T>(document.clone());
            match (ours, serde_json::from_value::<T>(document.clone())) {
                (Ok(ours), Ok(serde)) => assert_eq!(ours, serde, "{change}"),
                (Err(ours), Err(_)) => sensible(&change, &document, &ours),
                (Err(ours), Ok(_))
                    if matches!(
                        ours.kind,
                        LoadErrorKind::InvalidType {
                            found: Found::Array,
                            expected: Expected::Object { .. }
                        }
                    ) => {}
                (ours, serde) => panic!("{change}: ours {ours:?}, serde {serde:?}"),
            }
            checked += 1;
        }
        checked
    }

    /// Whether `error` fits `change` (as [`mutations`] names it) to `document`.
    fn sensible(change: &str, document: &Value, error: &LoadError) {
        assert!(
            document.pointer(&error.path).is_some(),
            "{change}: {} is not a pointer into the document",
            error.path
        );
        assert_eq!(
            error.message,
            error.kind.message(crate::Lang::En),
            "{change}"
        );
        if let Some(object) = change.strip_suffix(" + colour") {
            assert_eq!(error.path, format!("{object}/colour"), "{change}");
            assert!(
                matches!(&error.kind, LoadErrorKind::UnknownKey { key, .. } if key == "colour"),
                "{change}: {error:?}"
            );
        } else if let Some(at) = change.strip_suffix(" removed") {
            let (object, key) = at.rsplit_once('/').unwrap();
            assert_eq!(error.path, object, "{change}");
            assert!(
                matches!(&error.kind, LoadErrorKind::MissingKey { key: missing } if *missing == key),
                "{change}: {error:?}"
            );
        } else {
            let (at, _) = change.split_once(" = ").unwrap();
            assert!(error.path.starts_with(at), "{change}: {error:?}");
            // An array's item is at `/0` below it (`["x"]` where a list was).
            let nested = error.path != at && error.path != format!("{at}/0");
            assert!(
                match &error.kind {
                    LoadErrorKind::InvalidType { .. }
                    | LoadErrorKind::InvalidValue { .. }
                    | LoadErrorKind::UnknownVariant { .. }
                    | LoadErrorKind::InvalidDate { .. }
                    | LoadErrorKind::InvalidPeriod { .. } => !nested,
                    // `{}` or `["x"]` where an object or a list of them was
                    LoadErrorKind::MissingKey { .. } => true,
                    _ => false,
                },
                "{change}: {error:?}"
            );
        }
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
    fn evaluations_load_as_serde_derives_them() {
        let plan = Plan::from_json_str(crate::examples::LANG_SON_2023).unwrap();
        let log = r#"{"schemaVersion": 1, "date": "2023-03-01", "unit": "van-phong",
            "form": "tin-bai-website", "title": "Tin", "evidence": "u1",
            "quantities": {"participants": 3}}
            {"schemaVersion": 1, "date": "2023-03-02", "unit": "x", "form": "y", "title": "T"}
            {"schemaVersion": 1, "colour": "red"}"#;
        let period = "2023-Q1".parse().unwrap();
        let evaluation =
            crate::evaluate::evaluate_log(&plan, log, &period, &EvaluateOptions::default());
        let base: Value = serde_json::from_str(&crate::ToJson::to_json(&evaluation)).unwrap();
        assert_eq!(from_value::<Evaluation>(base.clone()).unwrap(), evaluation);
        assert!(agrees_with_serde::<Evaluation>(&base) > 5_000);
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

    #[test]
    fn a_value_is_quoted_as_written() {
        // The old wording rewrote serde's type names in the whole message, the user's value too.
        for value in ["u8", "struct x", "u32 i32 a sequence"] {
            let error = from_value::<ReportOptions>(json!({ "format": value })).unwrap_err();
            assert_eq!(
                error.message,
                format!(
                    "unknown variant `{value}`, expected one of `markdown`, `html`, `text`, `json`"
                )
            );
            assert!(matches!(
                &error.kind,
                LoadErrorKind::UnknownVariant { value: found, expected }
                    if found == value && expected.len() == 4
            ));
        }
    }
}

//! Diagnostics: coded, located findings about an input, with messages in Vietnamese or English.
//!
//! Every diagnostic comes from a [`Rule`] of a catalogue kept as data. A rule's message is a
//! template with `{name}` placeholders filled from the diagnostic's `params`, so a frontend can
//! render its own text from `code` and `params` alone.

use kehoach_json_derive::{FromJson, ToJson};
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::load::{invalid_type, FromJson, JsonError};
use crate::model::save::JsonWriter;
use crate::model::Expected;
use crate::model::ToJson;
use crate::sorted::SortedList;

#[cfg(feature = "typescript")]
use tsify::Tsify;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The input is wrong: a plan with errors should not be issued.
    Error,
    /// Probably wrong, or incomplete (a draft).
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    /// The Vietnamese name ("lỗi").
    pub fn vietnamese(self) -> &'static str {
        match self {
            Severity::Error => "lỗi",
            Severity::Warning => "cảnh báo",
            Severity::Info => "thông tin",
        }
    }

    /// The English name ("error").
    pub fn english(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vietnamese(),
            Lang::En => self.english(),
        }
    }
}

/// The language of messages and reports. Vietnamese is the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    /// Vietnamese (default).
    #[default]
    Vi,
    /// English.
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            other => Err(format!(
                "unknown language \"{other}\": expected \"vi\" or \"en\""
            )),
        }
    }
}

/// A value behind a message: text or a whole number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(untagged)]
pub enum Param {
    /// A whole number (within JavaScript's safe range).
    Number(i64),
    /// Text.
    Text(String),
}

impl std::fmt::Display for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Param::Number(number) => write!(f, "{number}"),
            Param::Text(text) => f.write_str(text),
        }
    }
}

impl From<&str> for Param {
    fn from(text: &str) -> Self {
        Param::Text(text.to_string())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Self {
        Param::Text(text)
    }
}

impl From<i64> for Param {
    fn from(number: i64) -> Self {
        Param::Number(number)
    }
}

impl From<u32> for Param {
    fn from(number: u32) -> Self {
        Param::Number(i64::from(number))
    }
}

impl From<i32> for Param {
    fn from(number: i32) -> Self {
        Param::Number(i64::from(number))
    }
}

impl From<usize> for Param {
    fn from(number: usize) -> Self {
        Param::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

/// One finding: `{ code, severity, path, message, params }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Diagnostic {
    /// The rule's stable code ("DOC001").
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// JSON Pointer to the exact field in the input (`/document/number`).
    pub path: String,
    /// The message in the requested language.
    pub message: String,
    /// The values behind the message, by placeholder name.
    #[cfg_attr(
        feature = "typescript",
        tsify(type = "Record<string, string | number>")
    )]
    pub params: Params,
}

/// A number as a JSON number, text as a string (serde's `untagged`).
impl ToJson for Param {
    fn write_json(&self, out: &mut JsonWriter) {
        match self {
            Param::Number(number) => number.write_json(out),
            Param::Text(text) => text.write_json(out),
        }
    }
}

/// A rule as the code that emits it needs it: its code, how serious a breach is, and the
/// message templates.
///
/// What a rule checks, why, and under which category it is listed are in its [`RuleDoc`], kept
/// apart so that a program which only emits diagnostics (the npm package's WebAssembly module)
/// does not carry the documentation of every rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable code, never reused ("DOC001").
    pub code: &'static str,
    /// Severity of a breach.
    pub severity: Severity,
    /// Message template in Vietnamese, with `{name}` placeholders.
    pub message_vi: &'static str,
    /// Message template in English, with `{name}` placeholders.
    pub message_en: &'static str,
}

/// A rule of a catalogue with its documentation: what it checks and what it rests on, as
/// listed in `docs/rules.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDoc {
    /// The rule itself.
    pub rule: Rule,
    /// Category, for grouping in documentation ("document", "legal-bases", …).
    pub category: &'static str,
    /// One-line description in Vietnamese.
    pub description_vi: &'static str,
    /// One-line description in English.
    pub description_en: &'static str,
    /// What the rule rests on ("NĐ 30/2020, Phụ lục I", "plan consistency").
    pub source: &'static str,
}

/// Declares a catalogue from one entry per rule: each rule as a public [`Rule`] constant
/// (what emitting needs) and `$catalogue`, every rule with its documentation as [`RuleDoc`]s.
///
/// An entry's code is its name (`DOC001 { … }`) or given after it (`NOT_JSON("LOG001") { … }`).
/// One entry keeps a rule's message next to its description; two outputs let the linker drop
/// the descriptions from programs that never list the catalogue.
macro_rules! rule_catalogue {
    (
        $(#[$catalogue_attr:meta])*
        $catalogue:ident;
        $(
            $name:ident $(($code:literal))? {
                severity: $severity:ident,
                category: $category:expr,
                source: $source:expr,
                description_vi: $description_vi:literal,
                description_en: $description_en:literal,
                message_vi: $message_vi:literal,
                message_en: $message_en:literal $(,)?
            }
        )*
    ) => {
        $(
            #[doc = $description_en]
            pub const $name: $crate::diagnostic::Rule = $crate::diagnostic::Rule {
                code: $crate::diagnostic::rule_catalogue!(@code $name $($code)?),
                severity: $crate::diagnostic::Severity::$severity,
                message_vi: $message_vi,
                message_en: $message_en,
            };
        )*

        $(#[$catalogue_attr])*
        pub const $catalogue: &[$crate::diagnostic::RuleDoc] = &[$(
            $crate::diagnostic::RuleDoc {
                rule: $name,
                category: $category,
                description_vi: $description_vi,
                description_en: $description_en,
                source: $source,
            },
        )*];
    };
    (@code $name:ident) => {
        stringify!($name)
    };
    (@code $name:ident $code:literal) => {
        $code
    };
}
pub(crate) use rule_catalogue;

impl Rule {
    /// A diagnostic of this rule at `path`, its message rendered in `lang` from `params`.
    pub fn at(&self, path: impl Into<String>, params: Params, lang: Lang) -> Diagnostic {
        self.at_with_words(path.into(), params, &[], lang)
    }

    /// A diagnostic whose message also fills placeholders from `words`, values that are
    /// already in `lang` and stay out of the params (see `validate::Word`).
    pub(crate) fn at_with_words(
        &self,
        path: String,
        params: Params,
        words: &[(&str, &str)],
        lang: Lang,
    ) -> Diagnostic {
        let template = match lang {
            Lang::Vi => self.message_vi,
            Lang::En => self.message_en,
        };
        Diagnostic {
            code: self.code.to_string(),
            severity: self.severity,
            path,
            message: fill(template, &params, words),
            params,
        }
    }
}

/// The values behind a diagnostic's message by placeholder name, in name order: a JSON object
/// in the contract (`{"count": 2, "number": "5/KH"}`). Built with [`Params::with`].
///
/// ```
/// use kehoach::diagnostic::{Param, Params};
///
/// let params = Params::new().with("number", "5/KH").with("count", 2);
/// assert_eq!(params.get("count"), Some(&Param::Number(2)));
/// assert_eq!(params.iter().map(|(name, _)| name).collect::<Vec<_>>(), ["count", "number"]);
/// ```
///
/// A sorted list rather than a map: a diagnostic holds a handful of params, and a map type of
/// its own would compile its B-tree code into the npm module (docs/npm-package.md). It orders,
/// compares and serialises as the map it stands for.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Params(SortedList<String, Param>);

impl Params {
    /// No params.
    pub fn new() -> Self {
        Params::default()
    }

    /// These params and `name`, replacing a param of that name.
    pub fn with(mut self, name: &str, value: impl Into<Param>) -> Self {
        self.insert(name, value.into());
        self
    }

    /// Sets `name`, returning the value it replaces.
    pub fn insert(&mut self, name: &str, value: Param) -> Option<Param> {
        self.0.insert(name.to_owned(), value)
    }

    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&Param> {
        self.0.get(name)
    }

    /// Whether there is a param `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.0.get(name).is_some()
    }

    /// Takes `name` out, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Param> {
        self.0.remove(name)
    }

    /// Names and values, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Param)> {
        self.0.iter().map(|(name, value)| (name.as_str(), value))
    }

    /// How many params there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }
}

impl ToJson for Params {
    fn write_json(&self, out: &mut JsonWriter) {
        out.object(self.iter());
    }
}

/// An object of params, read into name order (a saved evaluation).
impl FromJson for Params {
    fn from_json(value: serde_json::Value) -> Result<Self, JsonError> {
        let serde_json::Value::Object(map) = value else {
            return Err(invalid_type(&value, Expected::Object { name: "Params" }));
        };
        let mut params = Params::new();
        for (name, value) in map {
            let value = Param::from_json(value).map_err(|error| error.within(name.clone()))?;
            params.insert(&name, value);
        }
        Ok(params)
    }
}

/// A whole number (within `i64`) or a string, as serde's `untagged` reads it.
impl FromJson for Param {
    fn from_json(value: serde_json::Value) -> Result<Self, JsonError> {
        match value {
            serde_json::Value::String(text) => Ok(Param::Text(text)),
            serde_json::Value::Number(number) if number.as_i64().is_some() => {
                Ok(Param::Number(number.as_i64().unwrap_or_default()))
            }
            other => Err(invalid_type(&other, Expected::NumberOrString)),
        }
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Params {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A map's entries come out in key order, as the list keeps them.
        let map = BTreeMap::<String, Param>::deserialize(deserializer)?;
        Ok(Params(map.into_iter().collect()))
    }
}

impl JsonSchema for Params {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, Param>>::schema_name()
    }

    fn inline_schema() -> bool {
        <BTreeMap<String, Param>>::inline_schema()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, Param>>::json_schema(generator)
    }
}

/// Fills `{name}` placeholders from `words`, then `params`; an unknown name is left as written
/// so a missing param shows.
fn fill(template: &str, params: &Params, words: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                let word = words.iter().find(|(word, _)| *word == name);
                match (word, params.get(name)) {
                    (Some((_, text)), _) => out.push_str(text),
                    (None, Some(value)) => out.push_str(&value.to_string()),
                    (None, None) => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Sorts diagnostics into their deterministic order: by path, then code, then params, then
/// message.
///
/// Paths compare token by token, array indices as numbers, so `/forms/9` comes before
/// `/forms/10` and a field's findings come right after its parent's. Params come before the
/// message so the order is the same in every language.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        pointer_order(&a.path, &b.path)
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.params.cmp(&b.params))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Orders two JSON Pointers token by token; tokens that are both array indices compare as
/// numbers, an index before a key.
pub(crate) fn pointer_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut left = a.split('/');
    let mut right = b.split('/');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    (Err(_), Err(_)) => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: Rule = Rule {
        code: "TST001",
        severity: Severity::Warning,
        message_vi: "Số \"{number}\" thiếu số 0 ở đầu ({count} lần)",
        message_en: "Number \"{number}\" lacks a leading zero ({count} times, {missing})",
    };

    #[test]
    fn renders_message_from_params_in_each_language() {
        let params = Params::new()
            .with("number", "5/KH-SVHTTDL")
            .with("count", 2u32);
        let vi = RULE.at("/document/number", params.clone(), Lang::Vi);
        assert_eq!(vi.message, "Số \"5/KH-SVHTTDL\" thiếu số 0 ở đầu (2 lần)");
        let en = RULE.at("/document/number", params, Lang::En);
        assert_eq!(
            en.message,
            "Number \"5/KH-SVHTTDL\" lacks a leading zero (2 times, {missing})"
        );
        assert_eq!(en.params.get("count"), Some(&Param::Number(2)));
    }

    #[test]
    fn sorts_paths_with_numeric_indices() {
        let mut list: Vec<Diagnostic> = ["/a/10", "/a/9/b", "/a/9", "/a", "/b", "/a/x"]
            .iter()
            .map(|path| RULE.at(*path, Params::new(), Lang::Vi))
            .collect();
        sort(&mut list);
        let paths: Vec<&str> = list.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["/a", "/a/9", "/a/9/b", "/a/10", "/a/x", "/b"]);
    }

    #[test]
    fn serialises_as_the_contract_says() {
        let diagnostic = RULE.at("/a", Params::new().with("number", "x"), Lang::Vi);
        let json = serde_json::to_value(&diagnostic).unwrap_or_default();
        assert_eq!(json["severity"], "warning");
        assert_eq!(json["params"]["number"], "x");
        assert_eq!(json["code"], "TST001");
    }
}

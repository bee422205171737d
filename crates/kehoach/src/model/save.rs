//! Writing kehoach's documents as JSON text: [`ToJson`].
//!
//! The types also derive serde's `Serialize`, for Rust users; kehoach's own output (the CLI,
//! the npm package) goes through this writer because it is a fraction of the size in the npm
//! module: serde's derive and serde_json's serializer compile a state machine per type and
//! per formatter (about 23 KB of the module for the four results it writes), where here a
//! struct is one call per field over a writer compiled once. The output is byte for byte
//! serde_json's, compact and pretty: the tests hold it to `serde_json::to_string` and
//! `to_string_pretty` on the sample plan, generated plans, evaluations, reports and
//! diagnostics, and on every string escape.
//!
//! The implementations for kehoach's types are derived (`#[derive(ToJson)]`, crate
//! `kehoach-json-derive`) from the same `#[serde]` attributes as serde's `Serialize`: keys in
//! the order of the fields, renamed as serde renames them, the fields serde skips left out.

use std::fmt::Write as _;

/// A document kehoach writes as JSON: the same text as serde_json writes from the type's
/// `Serialize`, made by kehoach's own writer (smaller in the npm module; see `docs/model.md`).
///
/// Implemented for the documents of the JSON contract ([`crate::Plan`], [`crate::Diagnostic`],
/// [`crate::evaluate::Evaluation`], [`crate::report::Report`], …), their parts, and lists of
/// them; it cannot be implemented outside kehoach.
///
/// ```
/// use kehoach::ToJson;
///
/// let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
/// let text = plan.to_json();
/// assert!(text.starts_with(r#"{"schemaVersion":2,"year":2023,"#));
/// assert_eq!(kehoach::Plan::from_json_str(&text)?, plan);
/// # Ok::<(), kehoach::LoadError>(())
/// ```
pub trait ToJson {
    /// Writes the value where the writer stands.
    fn write_json(&self, out: &mut JsonWriter);

    /// Compact JSON text, as `serde_json::to_string` writes it.
    fn to_json(&self) -> String {
        let mut out = JsonWriter::new(false);
        self.write_json(&mut out);
        out.text
    }

    /// Pretty JSON text (two-space indent, no trailing newline), as
    /// `serde_json::to_string_pretty` writes it.
    fn to_json_pretty(&self) -> String {
        let mut out = JsonWriter::new(true);
        self.write_json(&mut out);
        out.text
    }
}

/// Pretty JSON with a trailing newline, as kehoach saves files.
pub(crate) fn to_pretty_json<T: ToJson + ?Sized>(value: &T) -> String {
    let mut text = value.to_json_pretty();
    text.push('\n');
    text
}

/// An enum written as one of its names: the name ("website-article"), for messages that cite
/// the JSON value.
pub(crate) trait JsonName {
    /// The value's name in JSON.
    fn json_name(&self) -> &'static str;
}

/// Where [`ToJson`] writes: the text so far and where in it the writer stands. Only kehoach
/// can make one, so only kehoach implements [`ToJson`].
#[derive(Debug)]
pub struct JsonWriter {
    text: String,
    pretty: bool,
    /// How many arrays and objects are open.
    depth: usize,
    /// Whether the innermost open array or object has no element yet.
    empty: bool,
}

impl JsonWriter {
    fn new(pretty: bool) -> Self {
        JsonWriter {
            text: String::new(),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    fn open(&mut self, bracket: char) {
        self.text.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.pretty && !self.empty {
            self.new_line();
        }
        self.text.push(bracket);
        self.empty = false;
    }

    fn new_line(&mut self) {
        self.text.push('\n');
        for _ in 0..self.depth {
            self.text.push_str("  ");
        }
    }

    /// Starts an element of the innermost array or object.
    fn element(&mut self) {
        if !self.empty {
            self.text.push(',');
        }
        if self.pretty {
            self.new_line();
        }
        self.empty = false;
    }

    /// Opens an object; its fields follow as [`JsonWriter::field`]s.
    pub(crate) fn begin_object(&mut self) {
        self.open('{');
    }

    /// Closes the innermost object.
    pub(crate) fn end_object(&mut self) {
        self.close('}');
    }

    /// Starts the field `key` of the innermost object; its value is written next.
    fn key(&mut self, key: &str) {
        self.element();
        self.string(key);
        self.text.push_str(if self.pretty { ": " } else { ":" });
    }

    /// An object of `entries`, keys in the order given.
    pub(crate) fn object<'a, V: ToJson + 'a>(
        &mut self,
        entries: impl IntoIterator<Item = (&'a str, &'a V)>,
    ) {
        self.begin_object();
        for (key, value) in entries {
            self.field(key, value);
        }
        self.end_object();
    }

    /// A field whose value is `value`.
    pub(crate) fn field(&mut self, key: &str, value: &(impl ToJson + ?Sized)) {
        self.key(key);
        value.write_json(self);
    }

    /// A JSON string, escaped as serde_json escapes: `"`, `\` and the control characters,
    /// those with a short escape by it (`\n`, …), the others as `\u00XX`.
    pub(crate) fn string(&mut self, text: &str) {
        self.text.reserve(text.len() + 2);
        self.text.push('"');
        let mut rest = text;
        while let Some(at) = rest.find(|c: char| c < ' ' || c == '"' || c == '\\') {
            let (plain, tail) = rest.split_at(at);
            self.text.push_str(plain);
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                self.escape(c);
            }
            rest = chars.as_str();
        }
        self.text.push_str(rest);
        self.text.push('"');
    }

    fn escape(&mut self, c: char) {
        let short = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "",
        };
        if short.is_empty() {
            // Writing to a String cannot fail.
            let _ = write!(self.text, "\\u{:04x}", u32::from(c));
        } else {
            self.text.push_str(short);
        }
    }

    /// A number, `true`, `false` or `null`: text written as it is.
    fn bare(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn integer(&mut self, number: i64) {
        // Writing to a String cannot fail.
        let _ = write!(self.text, "{number}");
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut JsonWriter) {
        out.bare(if *self { "true" } else { "false" });
    }
}

macro_rules! integer_to_json {
    ($($type:ident)*) => {$(
        impl ToJson for $type {
            fn write_json(&self, out: &mut JsonWriter) {
                out.integer(i64::from(*self));
            }
        }
    )*};
}

integer_to_json!(u8 u32 i32 i64);

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut JsonWriter) {
        (**self).write_json(out);
    }
}

/// `None` is `null`, as serde writes it where the field is not skipped.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        match self {
            Some(value) => value.write_json(out),
            None => out.bare("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut JsonWriter) {
        out.open('[');
        for item in self {
            out.element();
            item.write_json(out);
        }
        out.close(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        self.as_slice().write_json(out);
    }
}

/// Any JSON value, as serde_json writes it (numbers by `Number`'s own `Display`, which is its
/// serializer's text).
impl ToJson for serde_json::Value {
    fn write_json(&self, out: &mut JsonWriter) {
        use serde_json::Value;
        match self {
            Value::Null => out.bare("null"),
            Value::Bool(value) => value.write_json(out),
            Value::Number(number) => out.bare(&number.to_string()),
            Value::String(text) => out.string(text),
            Value::Array(items) => items.write_json(out),
            Value::Object(map) => out.object(map.iter().map(|(key, value)| (key.as_str(), value))),
        }
    }
}

/// `YYYY-MM-DD`, as every date of the contract is written.
impl ToJson for time::Date {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(&super::iso_date::format(*self));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_char: String = (0u32..0x80).filter_map(char::from_u32).collect();
        every_char.push_str("\u{7f}\u{80}\u{2028}\u{2029}đ\u{301}\"\\/");
        for text in [
            "",
            "plain",
            "\"",
            "\\",
            "a\"b\\c\nd",
            "\u{0}\u{1f}",
            &every_char,
        ] {
            assert_eq!(
                text.to_json(),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn containers_are_laid_out_as_serde_json_lays_them_out() {
        let nested: Vec<Vec<Option<u32>>> = vec![vec![], vec![Some(1), None], vec![Some(3)]];
        assert_eq!(nested.to_json(), serde_json::to_string(&nested).unwrap());
        assert_eq!(
            nested.to_json_pretty(),
            serde_json::to_string_pretty(&nested).unwrap()
        );
        let empty = serde_json::json!({"a": {}, "b": []});
        assert_eq!(
            empty.to_json_pretty(),
            serde_json::to_string_pretty(&empty).unwrap()
        );
        let value = serde_json::json!({
            "b": [null, true, 1, -2, 1.5, 1e20, 18446744073709551615u64, "\u{1}"],
            "a": {"x": {}, "y": []},
        });
        assert_eq!(value.to_json(), value.to_string());
        assert_eq!(
            value.to_json_pretty(),
            serde_json::to_string_pretty(&value).unwrap()
        );
        let flags = [true, false];
        assert_eq!(flags.as_slice().to_json(), "[true,false]");
        let extremes = [i64::MIN, i64::MAX];
        assert_eq!(
            extremes.as_slice().to_json(),
            serde_json::to_string(&extremes).unwrap()
        );
    }
}

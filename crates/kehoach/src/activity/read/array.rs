//! JSON arrays: serde_json's sequence visitor walks the array element by element, each parsed
//! on its own so one bad record costs only itself; from a stream, the quick reader goes first
//! and the careful, metered walk takes over where it cannot read exactly as the walk would.

use std::io::{BufRead, Read};

use serde::de::{Deserializer as _, SeqAccess, Visitor};

use super::super::check::BROKEN_ARRAY;
use super::entry::{serde_error_text, Element};
use super::metered::{element_too_long, Meter, Metered};
use super::position::Origin;
use super::quick::QuickStream;
use super::LogEntry;
use crate::diagnostic::Params;
use crate::Lang;

/// Walks an array held in memory (`text` starts at its `[`), after `skipped` line breaks.
pub(super) fn read_array_str(
    text: &str,
    skipped: usize,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    if let Err(error) =
        walk_array::<_, super::InMemory>(&mut deserializer, 0, lang, each, &mut || {})
    {
        each(broken_array(&error, skipped, lang));
    }
}

/// Walks the array element by element; each element is parsed on its own so one bad record
/// costs only itself. `first` is the log index of the array's first element (past 0 when the
/// careful walk of a stream replays from a later element); `starting` is called before each
/// element is read.
pub(super) fn walk_array<'de, R: serde_json::de::Read<'de>, E: Element>(
    deserializer: &mut serde_json::Deserializer<R>,
    first: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
    starting: &mut impl FnMut(),
) -> Result<(), serde_json::Error> {
    struct Elements<'a, F, S, T> {
        first: u32,
        lang: Lang,
        each: &'a mut F,
        starting: &'a mut S,
        element: std::marker::PhantomData<T>,
    }

    impl<'de, F: FnMut(LogEntry), S: FnMut(), T: Element> Visitor<'de> for Elements<'_, F, S, T> {
        type Value = ();

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("an array of activity records")
        }

        // The reader calls this only on text that starts with '['. The other visits are
        // written out, rather than left to serde's defaults, because those format any
        // unexpected value, floats included, and would carry float formatting into
        // the npm package's module.
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
            Err(E::custom("expected an array of activity records"))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Err(serde::de::Error::custom(
                "expected an array of activity records",
            ))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut index = self.first;
            loop {
                (self.starting)();
                let Some(value) = seq.next_element::<T>()? else {
                    return Ok(());
                };
                (self.each)(value.entry(index, None, self.lang));
                index = index.saturating_add(1);
            }
        }
    }

    (&mut *deserializer).deserialize_any(Elements {
        first,
        lang,
        each,
        starting,
        element: std::marker::PhantomData::<E>,
    })?;
    deserializer.end()
}

/// LOG011 for a syntax error in an array, at its line in the file.
pub(super) fn broken_array(
    error: &serde_json::Error,
    skipped_newlines: usize,
    lang: Lang,
) -> LogEntry {
    broken_array_at(error, error.line(), error.column(), skipped_newlines, lang)
}

/// LOG011 at a place given apart from the error: the careful walk of a stream moves serde_json's
/// place back to where it is in the file.
fn broken_array_at(
    error: &serde_json::Error,
    line: usize,
    column: usize,
    skipped_newlines: usize,
    lang: Lang,
) -> LogEntry {
    LogEntry::Rejected(
        BROKEN_ARRAY.at(
            "",
            Params::new()
                .with("line", line.saturating_add(skipped_newlines))
                .with("column", column)
                .with("error", serde_error_text(error)),
            lang,
        ),
    )
}

/// Reads a JSON array from a stream (the reader at its `[`), each element at most
/// [`MAX_RECORD_BYTES`](crate::limits::MAX_RECORD_BYTES) long.
///
/// A quick reader goes first ([`QuickStream`]): it finds where each element ends in the
/// reader's buffer, reads records straight from their bytes, and keeps only the bytes from the
/// start of the last element on. At anything it does not read exactly as the careful walk
/// would — a syntax error, something other than an object, nesting near serde_json's limit, an
/// element or a run of blanks nearing the record limit — the careful walk (serde_json reading
/// `Value`s from the stream, metered) takes over for the rest of the stream, from the last
/// element the quick reader kept: a `[` and the kept bytes, then the rest of the reader.
/// Entries the quick reader passed on already are not passed on again, and the careful walk's
/// positions and byte counts are moved back to where they are in the file, so the entries and
/// diagnostics are those the careful walk alone gives (tests compare them).
pub(super) fn read_array<R: BufRead>(
    mut reader: R,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut quick = QuickStream::new();
    if quick.read(&mut reader, lang, each)? {
        return Ok(());
    }
    let origin = quick.origin;
    let passed = quick.passed;
    let mut seen = origin.index;
    let mut rest = |entry| {
        if seen >= passed {
            each(entry);
        }
        seen = seen.saturating_add(1);
    };
    let meter = Meter::default();
    let kept = std::io::Cursor::new(std::mem::take(&mut quick.kept));
    // Replaying from a kept element, a `[` stands for everything before it; otherwise the kept
    // bytes open the array themselves.
    let opening: &[u8] = if origin.element {
        // The meter counts from the element on, charged with the blanks and comma between it
        // and the element before, which the limit counts in the element.
        meter.read.set(origin.charged);
        meter.first_start.set(Some(0));
        meter.newlines.set(origin.line.saturating_sub(1));
        meter.column.set(origin.before);
        b"["
    } else {
        b""
    };
    let metered = Metered {
        inner: kept.chain(reader),
        meter: &meter,
    };
    let deserializer = serde_json::Deserializer::from_reader(opening.chain(metered));
    careful_array(
        deserializer,
        &meter,
        origin,
        skipped_newlines,
        lang,
        &mut rest,
    )
}

/// The careful walk of an array from a stream, metered (see [`read_array`]).
fn careful_array<R: std::io::Read>(
    mut deserializer: serde_json::Deserializer<serde_json::de::IoRead<R>>,
    meter: &Meter,
    origin: Origin,
    skipped_newlines: u32,
    lang: Lang,
    each: &mut impl FnMut(LogEntry),
) -> std::io::Result<()> {
    let mut starting = || {
        let start = meter.first_start.take().unwrap_or(meter.read.get());
        meter.element_start.set(start);
    };
    match walk_array::<_, serde_json::Value>(
        &mut deserializer,
        origin.index,
        lang,
        each,
        &mut starting,
    ) {
        Ok(()) => Ok(()),
        Err(_) if meter.tripped.get() => {
            each(element_too_long(meter, skipped_newlines, lang));
            Ok(())
        }
        Err(error) if error.is_io() => Err(std::io::Error::other(error)),
        Err(error) => {
            let (line, column) = origin.in_file(error.line(), error.column());
            each(broken_array_at(
                &error,
                line,
                column,
                skipped_newlines as usize,
                lang,
            ));
            Ok(())
        }
    }
}

//! The quick reader of a JSON array from a stream: a byte scanner that finds where each element
//! ends in the reader's buffer and reads records straight from their bytes (see
//! [`read_array`](super::array::read_array)).

use std::io::BufRead;

use super::super::Activity;
use super::bytes::find_quote_or_backslash;
use super::entry::{entry_from_value, nesting};
use super::position::Origin;
use super::sniff::fill_buf;
use super::LogEntry;
use crate::limits::MAX_RECORD_BYTES;
use crate::Lang;

/// What a [`QuickStream`] expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The array's `[`.
    Open,
    /// The first element or `]`, after the `[`.
    First,
    /// More of an element: an object, `depth` levels deep.
    More {
        depth: usize,
        string: bool,
        escape: bool,
    },
    /// `,` or `]` after an element.
    Separator,
    /// An element after a `,`.
    Element,
    /// Nothing but whitespace, after the `]`.
    End,
}

/// The quick reader of a JSON array from a stream (see
/// [`read_array`](super::array::read_array)).
pub(super) struct QuickStream {
    expect: Expect,
    /// The bytes from [`QuickStream::origin`] on.
    pub(super) kept: Vec<u8>,
    pub(super) origin: Origin,
    /// Where the element being read begins in `kept`.
    element_start: usize,
    /// Entries passed on.
    pub(super) passed: u32,
    /// Line and bytes into it of the next byte.
    line: usize,
    column: usize,
    /// How many bytes of the array were consumed before the buffer being scanned.
    offset: usize,
    /// Where the record limit counts from: just past the `[`, then past each element.
    record_end: usize,
}

impl QuickStream {
    pub(super) fn new() -> QuickStream {
        QuickStream {
            expect: Expect::Open,
            kept: Vec::with_capacity(1024),
            origin: Origin {
                element: false,
                index: 0,
                line: 1,
                before: 0,
                charged: 0,
            },
            element_start: 0,
            passed: 0,
            line: 1,
            column: 0,
            offset: 0,
            record_end: 0,
        }
    }

    /// Whether the bytes from [`QuickStream::record_end`] to `end` come near the record limit,
    /// where the careful walk, whose meter decides at exactly which byte the limit is passed,
    /// takes over (one byte short of it; past it, the careful walk's look for the end of the
    /// input after the `]` would count one byte the quick reader did not).
    fn near_limit(&self, end: usize) -> bool {
        end.saturating_sub(self.record_end) >= MAX_RECORD_BYTES - 1
    }

    /// Reads the array to its end: `true` when it did, `false` when it stopped for the
    /// careful walk, having consumed exactly the bytes it kept.
    pub(super) fn read<R: BufRead>(
        &mut self,
        reader: &mut R,
        lang: Lang,
        each: &mut impl FnMut(LogEntry),
    ) -> std::io::Result<bool> {
        loop {
            let available = fill_buf(reader)?;
            if available.is_empty() {
                return Ok(self.expect == Expect::End);
            }
            let (used, going) = self.scan(available, lang, each);
            reader.consume(used);
            self.offset = self.offset.saturating_add(used);
            if !going {
                return Ok(false);
            }
        }
    }

    /// Scans `bytes`: how many it used (and kept), and whether to go on.
    fn scan(&mut self, bytes: &[u8], lang: Lang, each: &mut impl FnMut(LogEntry)) -> (usize, bool) {
        let mut cursor = Cursor {
            start: 0,
            counted: 0,
            at: 0,
        };
        while let Some(&byte) = bytes.get(cursor.at) {
            let step = match self.expect {
                Expect::More {
                    depth,
                    string,
                    escape,
                } => {
                    let (at, rest) = element_end(bytes, cursor.at, depth, string, escape);
                    cursor.at = at;
                    match rest {
                        // It goes on in the next buffer.
                        Some(expect) => {
                            self.expect = expect;
                            Step::Stay
                        }
                        None => self.element_read(bytes, &mut cursor, lang, each),
                    }
                }
                _ => self.between_elements(byte, bytes, &mut cursor, lang, each),
            };
            match step {
                Step::Stay => {}
                Step::Next => cursor.at += 1,
                Step::Stop(used, going) => return (used, going),
            }
        }
        self.count_lines(bytes.get(cursor.counted..).unwrap_or_default());
        self.kept
            .extend_from_slice(bytes.get(cursor.start..).unwrap_or_default());
        // The limit also bounds what is kept: at most one record and one buffer.
        (bytes.len(), !self.near_limit(self.offset + bytes.len()))
    }

    /// The byte at the cursor, outside any element: brackets, separators, blanks, and the `{`
    /// that opens an element.
    fn between_elements(
        &mut self,
        byte: u8,
        bytes: &[u8],
        cursor: &mut Cursor,
        lang: Lang,
        each: &mut impl FnMut(LogEntry),
    ) -> Step {
        let at = cursor.at;
        match self.expect {
            Expect::Open if byte == b'[' => {
                self.expect = Expect::First;
                self.record_end = self.offset + at + 1;
            }
            Expect::First | Expect::Element if byte == b'{' => {
                return self.element_opens(bytes, cursor, lang, each);
            }
            Expect::First if byte == b']' => self.expect = Expect::End,
            Expect::Separator if byte == b',' => self.expect = Expect::Element,
            Expect::Separator if byte == b']' => self.expect = Expect::End,
            _ if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') => {}
            // Anything else: the careful walk decides, from the bytes kept.
            _ => {
                self.kept
                    .extend_from_slice(bytes.get(cursor.start..=at).unwrap_or_default());
                return Step::Stop(at + 1, false);
            }
        }
        Step::Next
    }

    /// An element opens at the cursor: read it where it lies when it is whole in `bytes`, else
    /// go through it byte by byte.
    fn element_opens(
        &mut self,
        bytes: &[u8],
        cursor: &mut Cursor,
        lang: Lang,
        each: &mut impl FnMut(LogEntry),
    ) -> Step {
        let at = cursor.at;
        if self.expect == Expect::Element {
            // The element before is read: keep from this one on.
            self.count_lines(bytes.get(cursor.counted..at).unwrap_or_default());
            cursor.counted = at;
            cursor.start = at;
            self.kept.clear();
            self.origin = Origin {
                element: true,
                index: self.passed,
                line: self.line,
                before: self.column,
                charged: (self.offset + at).saturating_sub(self.record_end),
            };
        }
        self.element_start = self.kept.len() + (at - cursor.start);
        // Most elements lie whole in the buffer: read them where they are.
        match in_place_element(bytes.get(at..).unwrap_or_default(), self.passed, lang) {
            InPlace::Read(_, length) if self.near_limit(self.offset + at + length) => {
                self.kept
                    .extend_from_slice(bytes.get(cursor.start..at).unwrap_or_default());
                Step::Stop(at, false)
            }
            InPlace::Read(entry, length) => {
                self.record_end = self.offset + at + length;
                each(entry);
                self.passed = self.passed.saturating_add(1);
                cursor.at += length;
                self.expect = Expect::Separator;
                Step::Stay
            }
            // It runs past the buffer: find its end byte by byte.
            InPlace::Incomplete => {
                self.expect = Expect::More {
                    depth: 1,
                    string: false,
                    escape: false,
                };
                Step::Next
            }
            InPlace::Careful => {
                self.kept
                    .extend_from_slice(bytes.get(cursor.start..at).unwrap_or_default());
                Step::Stop(at, false)
            }
        }
    }

    /// An element that ran across buffers has just ended, before the cursor: read it from the
    /// bytes kept.
    fn element_read(
        &mut self,
        bytes: &[u8],
        cursor: &mut Cursor,
        lang: Lang,
        each: &mut impl FnMut(LogEntry),
    ) -> Step {
        let at = cursor.at;
        self.expect = Expect::Separator;
        self.kept
            .extend_from_slice(bytes.get(cursor.start..at).unwrap_or_default());
        cursor.start = at;
        if self.near_limit(self.offset + at) {
            return Step::Stop(at, false);
        }
        self.record_end = self.offset + at;
        let element = self.kept.get(self.element_start..).unwrap_or_default();
        match quick_element_bytes(element, self.passed, lang) {
            Some(entry) => {
                each(entry);
                self.passed = self.passed.saturating_add(1);
                Step::Stay
            }
            None => Step::Stop(at, false),
        }
    }

    /// Moves the line and column past `bytes`.
    fn count_lines(&mut self, bytes: &[u8]) {
        match bytes.iter().rposition(|&byte| byte == b'\n') {
            Some(last) => {
                self.line += bytes.iter().filter(|&&byte| byte == b'\n').count();
                self.column = bytes.len() - last - 1;
            }
            None => self.column += bytes.len(),
        }
    }
}

/// Where a [`QuickStream::scan`] of one buffer is.
struct Cursor {
    /// `bytes[start..]` is not in `kept` yet.
    start: usize,
    /// `bytes[counted..]` is not in `line`/`column` yet.
    counted: usize,
    /// The next byte to look at.
    at: usize,
}

/// What a scan does after one of its steps.
enum Step {
    /// Look at the byte at the cursor (the step moved it).
    Stay,
    /// Go past the byte at the cursor.
    Next,
    /// Stop: how many bytes were used, and whether to go on.
    Stop(usize, bool),
}

/// The hot loop: from `at`, through an element `depth` levels deep (inside a string, after a
/// backslash), to just past its closing brace. Returns where it stopped, and the state to go on
/// from in the next buffer when the element does not end in `bytes`.
#[inline(always)]
fn element_end(
    bytes: &[u8],
    mut at: usize,
    mut depth: usize,
    mut string: bool,
    mut escape: bool,
) -> (usize, Option<Expect>) {
    while let Some(&byte) = bytes.get(at) {
        if string && !escape {
            // Straight to the string's next `"` or `\`.
            let rest = bytes.get(at..).unwrap_or_default();
            match find_quote_or_backslash(rest) {
                Some(offset) => at += offset,
                None => {
                    at = bytes.len();
                    break;
                }
            }
        }
        let byte = bytes.get(at).copied().unwrap_or(byte);
        at += 1;
        if string {
            if escape {
                escape = false;
            } else if byte == b'\\' {
                escape = true;
            } else if byte == b'"' {
                string = false;
            }
        } else {
            match byte {
                b'"' => string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return (at, None);
                    }
                }
                _ => {}
            }
        }
    }
    let more = Expect::More {
        depth,
        string,
        escape,
    };
    (at, Some(more))
}

/// What [`in_place_element`] made of the bytes at an element's start.
// Returned once an element and taken apart at once; boxing the entry would cost an allocation
// a record.
#[allow(clippy::large_enum_variant)]
enum InPlace {
    /// The entry, and the element's length.
    Read(LogEntry, usize),
    /// The element does not end in these bytes.
    Incomplete,
    /// The careful walk must decide.
    Careful,
}

/// The quick path's reading of the array element at the start of `bytes`, which may hold less
/// than all of it: a plain record, else the entry the careful path makes of the element's
/// value; [`InPlace::Incomplete`] when the element runs past these bytes, and
/// [`InPlace::Careful`] when only the careful walk can decide.
fn in_place_element(bytes: &[u8], index: u32, lang: Lang) -> InPlace {
    // A plain record straight from its bytes: serde's derive of `Activity`, a second reader of
    // records that the modules built for size leave out (feature `one-pass-log`).
    #[cfg(feature = "one-pass-log")]
    let mut records = serde_json::Deserializer::from_slice(bytes).into_iter::<Activity>();
    #[cfg(feature = "one-pass-log")]
    if let Some(Ok(activity)) = records.next() {
        let length = records.byte_offset();
        let plain = bytes
            .get(..length)
            .is_some_and(|element| !element.contains(&b'['));
        if let Some(activity) = activity.normalized().filter(|_| plain) {
            let entry = LogEntry::Record {
                index,
                line: None,
                activity,
            };
            return InPlace::Read(entry, length);
        }
    }
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<serde_json::Value>();
    match values.next() {
        // serde_json allows 128 levels; inside the array the careful walk has one less.
        Some(Ok(value)) if nesting(&value) < 127 => {
            let length = values.byte_offset();
            InPlace::Read(entry_from_value(value, index, None, lang), length)
        }
        Some(Err(error)) if error.is_eof() => InPlace::Incomplete,
        _ => InPlace::Careful,
    }
}

/// The quick path's reading of the bytes of one whole array element: a plain record, else the
/// entry the careful path makes of its value; `None` when only the careful walk can tell.
fn quick_element_bytes(element: &[u8], index: u32, lang: Lang) -> Option<LogEntry> {
    if let Some(activity) = Activity::from_plain_json_bytes(element) {
        return Some(LogEntry::Record {
            index,
            line: None,
            activity,
        });
    }
    let value = serde_json::from_slice::<serde_json::Value>(element).ok()?;
    // serde_json allows 128 levels; inside the array the careful walk has one less.
    (nesting(&value) < 127).then(|| entry_from_value(value, index, None, lang))
}

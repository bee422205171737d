//! Import from a Word file (.docx): the text of `word/document.xml`, laid out as the text
//! importer reads it, then [`super::import_plan_text_in`].
//!
//! Behind the cargo feature `docx` (miniz_oxide's inflater; the ZIP directory and the XML are
//! read by small readers of this module's own), so that modules that do not read Word files do
//! not carry it.
//!
//! What is read, in document order:
//!
//! - a paragraph (`w:p`): its runs' text joined (`w:t`; a tab is a space, a line break
//!   `w:br`/`w:cr` a new line; deleted text and field instructions are not text), preceded by
//!   its number when Word numbers it (`w:numPr`, resolved through `word/numbering.xml`:
//!   decimal, Roman, letters, bullets as `-`). Paragraphs are separated by a blank line, so
//!   the text importer sees real paragraph ends, not wraps. Bold and italic are not kept: the
//!   importer reads the layout, not the emphasis.
//! - a layout table — every row of at most two cells, at most four rows (the header's
//!   "UBND … | CỘNG HÒA …" table, the closing's "Nơi nhận | signature" table): row by row, the
//!   left cell's paragraphs, then the right cell's, as a flattened page reads.
//! - any other table: one `| cell | cell |` line per row, a cell's paragraphs joined by a
//!   space (the text importer splits such lines into cells, and reads a task table from
//!   them). A cell spanning grid columns (`w:gridSpan`) is followed by empty cells; a cell
//!   merged with the one above (`w:vMerge`) repeats its text, unless the row's first cell is
//!   merged too (then the row only continues the one above).
//! - text boxes and content controls: their paragraphs in place; of an `mc:AlternateContent`
//!   only the first choice (the fallback repeats it).
//!
//! Limits: at most [`MAX_DOCX_ENTRIES`] entries in the package and [`MAX_DOCX_PART_BYTES`] inflated
//! bytes per part read, so a ZIP bomb is refused, not inflated. A legacy `.doc` (an OLE
//! compound file) is refused with the command that converts it.

use std::collections::BTreeMap;

use super::{import_plan_text_in, ImportResult};
use crate::diagnostic::Lang;

/// The most entries a package may have (a Word document has a few dozen).
pub const MAX_DOCX_ENTRIES: usize = 10_000;
/// The most bytes a part read (`word/document.xml`, `word/numbering.xml`) may inflate to.
pub const MAX_DOCX_PART_BYTES: u64 = 16 * 1024 * 1024;

/// Why a file could not be read as a Word document. Whatever the bytes, one of these, never a
/// panic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// An old binary Word file (.doc, an OLE compound file).
    #[error(
        "a legacy Word .doc file (binary, not .docx): convert it first, e.g. \
         `soffice --headless --convert-to docx FILE`, or save it as .docx in Word"
    )]
    LegacyDoc,
    /// Not a ZIP package at all, or a damaged or truncated one.
    #[error("not a .docx file (a ZIP package): {0}")]
    NotZip(String),
    /// A ZIP package without `word/document.xml`.
    #[error("a ZIP file without word/document.xml: not a Word document")]
    NoDocument,
    /// More entries than [`MAX_DOCX_ENTRIES`].
    #[error("the package has {count} entries, more than the {limit} a Word document may have")]
    TooManyEntries {
        /// Entries in the package.
        count: usize,
        /// [`MAX_DOCX_ENTRIES`].
        limit: usize,
    },
    /// A part that inflates to more than [`MAX_DOCX_PART_BYTES`].
    #[error("{part} inflates to more than {limit} bytes: refused")]
    TooLarge {
        /// The part's name.
        part: String,
        /// [`MAX_DOCX_PART_BYTES`].
        limit: u64,
    },
    /// A part that could not be inflated or is not well-formed UTF-8 XML.
    #[error("{part} cannot be read: {message}")]
    BadPart {
        /// The part's name.
        part: String,
        /// What went wrong.
        message: String,
    },
}

/// Imports a .docx file's bytes, with messages in Vietnamese.
pub fn from_docx(bytes: &[u8]) -> Result<ImportResult, ImportError> {
    from_docx_in(bytes, Lang::Vi)
}

/// Imports a .docx file's bytes, with messages in `lang`: [`docx_text`], then the text
/// importer. Diagnostics' `params.line` are lines of that text.
pub fn from_docx_in(bytes: &[u8], lang: Lang) -> Result<ImportResult, ImportError> {
    Ok(import_plan_text_in(&docx_text(bytes)?, lang))
}

/// Whether the bytes start like a ZIP package (`PK\x03\x04`) or a legacy OLE file (a .doc):
/// what the CLI checks before choosing the Word reader over the text reader.
pub fn looks_like_word(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&OLE_MAGIC)
}

const OLE_MAGIC: [u8; 4] = [0xD0, 0xCF, 0x11, 0xE0];

/// The text of a .docx file as the text importer reads it (see the module's documentation).
pub fn docx_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.starts_with(&OLE_MAGIC) {
        return Err(ImportError::LegacyDoc);
    }
    let package = Package::open(bytes)?;
    let document = package
        .part("word/document.xml")?
        .ok_or(ImportError::NoDocument)?;
    // Numbering is a refinement: a damaged numbering part leaves the paragraphs unnumbered.
    let numbering = match package.part("word/numbering.xml") {
        Ok(Some(xml)) => Numbering::read(&xml).unwrap_or_default(),
        Ok(None) | Err(_) => Numbering::default(),
    };
    body_text(&document, numbering).map_err(|message| ImportError::BadPart {
        part: "word/document.xml".into(),
        message,
    })
}

/// A ZIP package's central directory, read just enough to find a part: a small reader of its
/// own (stored and deflated entries, no ZIP64, no encryption, which Word never writes for a
/// document) over miniz_oxide's inflater, so the wasm module that imports carries no more.
struct Package<'a> {
    bytes: &'a [u8],
    directory: &'a [u8],
    entries: usize,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes([*b.first()?, *b.get(1)?])))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([
        *b.first()?,
        *b.get(1)?,
        *b.get(2)?,
        *b.get(3)?,
    ]))
}

fn usize_at(bytes: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32_at(bytes, at)?).ok()
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, ImportError> {
        let not_zip = |why: &str| ImportError::NotZip(why.into());
        if !bytes.starts_with(b"PK") {
            return Err(not_zip("no ZIP signature"));
        }
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        let earliest = bytes.len().saturating_sub(22 + 65_535);
        let end = (earliest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(0x0605_4b50))
            .ok_or_else(|| not_zip("no end of central directory (truncated?)"))?;
        let entries = u16_at(bytes, end + 10).ok_or_else(|| not_zip("truncated"))?;
        let size = usize_at(bytes, end + 12).ok_or_else(|| not_zip("truncated"))?;
        let offset = usize_at(bytes, end + 16).ok_or_else(|| not_zip("truncated"))?;
        if entries == 0xFFFF || offset == 0xFFFF_FFFF {
            return Err(not_zip(
                "a ZIP64 package (Word does not write one for a document)",
            ));
        }
        if entries > MAX_DOCX_ENTRIES {
            return Err(ImportError::TooManyEntries {
                count: entries,
                limit: MAX_DOCX_ENTRIES,
            });
        }
        let directory = offset
            .checked_add(size)
            .and_then(|stop| bytes.get(offset..stop))
            .ok_or_else(|| not_zip("the central directory is outside the file (truncated?)"))?;
        Ok(Package {
            bytes,
            directory,
            entries,
        })
    }

    /// A part's text, `None` when the package does not have it.
    fn part(&self, name: &str) -> Result<Option<String>, ImportError> {
        let bad = |message: &str| ImportError::BadPart {
            part: name.into(),
            message: message.into(),
        };
        let mut at = 0usize;
        for _ in 0..self.entries {
            let d = self.directory;
            if u32_at(d, at) != Some(0x0201_4b50) {
                return Err(ImportError::NotZip("a damaged central directory".into()));
            }
            let field = |offset: usize| u16_at(d, at + offset).unwrap_or(0);
            let (name_len, extra_len, comment_len) = (field(28), field(30), field(32));
            let entry_name = d.get(at + 46..at + 46 + name_len).unwrap_or_default();
            if entry_name == name.as_bytes() {
                if field(8) & 1 == 1 {
                    return Err(bad("encrypted"));
                }
                let method = field(10);
                let crc = u32_at(d, at + 16).unwrap_or(0);
                let compressed = usize_at(d, at + 20).unwrap_or(0);
                let local = usize_at(d, at + 42).unwrap_or(usize::MAX);
                let data_start = u16_at(self.bytes, local.saturating_add(26))
                    .zip(u16_at(self.bytes, local.saturating_add(28)))
                    .filter(|_| u32_at(self.bytes, local) == Some(0x0403_4b50))
                    .map(|(n, m)| local + 30 + n + m)
                    .ok_or_else(|| bad("its local header is missing (truncated?)"))?;
                let data = data_start
                    .checked_add(compressed)
                    .and_then(|stop| self.bytes.get(data_start..stop))
                    .ok_or_else(|| bad("its data is cut off (truncated?)"))?;
                let limit = usize::try_from(MAX_DOCX_PART_BYTES).unwrap_or(usize::MAX);
                let too_large = || ImportError::TooLarge {
                    part: name.into(),
                    limit: MAX_DOCX_PART_BYTES,
                };
                let inflated = match method {
                    0 if data.len() > limit => return Err(too_large()),
                    0 => data.to_vec(),
                    8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(
                        |error| match error.status {
                            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => too_large(),
                            _ => bad("its compressed data is damaged"),
                        },
                    )?,
                    _ => return Err(bad("compressed by a method other than deflate")),
                };
                if crc32(&inflated) != crc {
                    return Err(bad("its checksum does not match (damaged)"));
                }
                return String::from_utf8(inflated)
                    .map(Some)
                    .map_err(|_| bad("not UTF-8"));
            }
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(None)
    }
}

/// The ZIP checksum (CRC-32, IEEE), with a table built per call: parts are read once.
fn crc32(bytes: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (n, slot) in (0u32..).zip(table.iter_mut()) {
        *slot = (0..8).fold(n, |c, _| {
            if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            }
        });
    }
    !bytes.iter().fold(!0u32, |c, &b| {
        let index = usize::from(u8::try_from((c ^ u32::from(b)) & 0xFF).unwrap_or(0));
        table.get(index).copied().unwrap_or(0) ^ (c >> 8)
    })
}

/// The value of a `w:val`-like attribute (namespace prefix ignored), its references resolved.
fn attribute(element: &Tag<'_>, local: &str) -> Option<String> {
    element.attribute(local)
}

/// The text of a general or character reference's name (`amp`, `#x30`), if it names one.
fn reference(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')
        }
    }
}

/// Text with its `&…;` references resolved; an unknown one is kept as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(rest.get(..start).unwrap_or_default());
        let after = rest.get(start + 1..).unwrap_or_default();
        match after
            .find(';')
            .and_then(|end| Some((end, reference(after.get(..end)?)?)))
        {
            Some((end, c)) => {
                out.push(c);
                rest = after.get(end + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// An XML event of the subset a WordprocessingML part uses. The parts are read by this small
/// reader, not quick-xml: docx-rs turns on quick-xml's `encoding` feature, which would link
/// encoding_rs and its tables (≈200 KB) into whichever wasm module reads XML.
#[derive(Debug)]
enum Event<'a> {
    /// `<name …>`.
    Start(Tag<'a>),
    /// `<name …/>`.
    Empty(Tag<'a>),
    /// `</name>`: the local name.
    End(&'a str),
    /// Character data, references resolved (CDATA as written).
    Text(String),
    /// The end of the part.
    Eof,
}

/// A start tag: its local name (prefix dropped) and its attributes' source.
#[derive(Debug)]
struct Tag<'a> {
    name: &'a str,
    attributes: &'a str,
}

impl Tag<'_> {
    /// The value of the attribute with this local name, references resolved.
    fn attribute(&self, local: &str) -> Option<String> {
        let mut rest = self.attributes;
        loop {
            let equals = rest.find('=')?;
            let key = rest.get(..equals)?.trim();
            let after = rest.get(equals + 1..)?.trim_start();
            let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
            let body = after.get(1..)?;
            let end = body.find(quote)?;
            if local_name(key) == local {
                return Some(unescape(body.get(..end)?));
            }
            rest = body.get(end + 1..)?;
        }
    }
}

fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// A pull reader over a part's text.
struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    fn new(xml: &'a str) -> Self {
        Reader {
            rest: xml.strip_prefix('\u{feff}').unwrap_or(xml),
        }
    }

    fn read_event(&mut self) -> Result<Event<'a>, String> {
        loop {
            if self.rest.is_empty() {
                return Ok(Event::Eof);
            }
            let Some(open) = self.rest.find('<') else {
                let text = unescape(self.rest);
                self.rest = "";
                return Ok(Event::Text(text));
            };
            if open > 0 {
                let text = unescape(self.rest.get(..open).unwrap_or_default());
                self.rest = self.rest.get(open..).unwrap_or_default();
                return Ok(Event::Text(text));
            }
            let markup = self.rest;
            for (start, end) in [("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")] {
                if let Some(body) = markup.strip_prefix(start) {
                    let stop = body.find(end).ok_or("unterminated markup")?;
                    self.rest = body.get(stop + end.len()..).unwrap_or_default();
                    if start == "<![CDATA[" {
                        return Ok(Event::Text(body.get(..stop).unwrap_or_default().into()));
                    }
                }
            }
            if !std::ptr::eq(markup, self.rest) {
                continue;
            }
            let close = markup.find('>').ok_or("unterminated tag")?;
            let inner = markup.get(1..close).unwrap_or_default();
            self.rest = markup.get(close + 1..).unwrap_or_default();
            if inner.starts_with('!') {
                continue; // a document type declaration: no entities of its own are honoured
            }
            if let Some(name) = inner.strip_prefix('/') {
                return Ok(Event::End(local_name(name.trim())));
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let split = inner
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(inner.len());
            let tag = Tag {
                name: local_name(inner.get(..split).unwrap_or_default()),
                attributes: inner.get(split..).unwrap_or_default(),
            };
            return Ok(if empty {
                Event::Empty(tag)
            } else {
                Event::Start(tag)
            });
        }
    }
}

/// One numbering level: its format and its text pattern (`%1.`, `%1)`, `-`).
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// `word/numbering.xml`: numbering instances → their abstract definition's levels.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: BTreeMap<String, BTreeMap<u8, Level>>,
    instances: BTreeMap<String, String>,
    /// Counters per abstract definition and level, advanced as paragraphs are read.
    counters: BTreeMap<String, [u32; 10]>,
}

impl Numbering {
    fn read(xml: &str) -> Result<Self, String> {
        let mut numbering = Numbering::default();
        let mut reader = Reader::new(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<(u8, Level)> = None;
        loop {
            let event = reader.read_event()?;
            let (element, empty) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(name) => {
                    match *name {
                        "lvl" => {
                            if let (Some(id), Some((ilvl, lvl))) = (&abstract_id, level.take()) {
                                numbering
                                    .abstracts
                                    .entry(id.clone())
                                    .or_default()
                                    .insert(ilvl, lvl);
                            }
                        }
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            match element.name {
                "abstractNum" if !empty => abstract_id = attribute(element, "abstractNumId"),
                "num" if !empty => num_id = attribute(element, "numId"),
                "abstractNumId" => {
                    if let (Some(num), Some(value)) = (&num_id, attribute(element, "val")) {
                        numbering.instances.insert(num.clone(), value);
                    }
                }
                "lvl" if !empty => {
                    let ilvl = attribute(element, "ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    level = Some((
                        ilvl,
                        Level {
                            start: 1,
                            ..Level::default()
                        },
                    ));
                }
                "numFmt" => {
                    if let Some((_, lvl)) = &mut level {
                        lvl.format = attribute(element, "val").unwrap_or_default();
                    }
                }
                "lvlText" => {
                    if let Some((_, lvl)) = &mut level {
                        lvl.text = attribute(element, "val").unwrap_or_default();
                    }
                }
                "start" => {
                    if let Some((_, lvl)) = &mut level {
                        lvl.start = attribute(element, "val")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1);
                    }
                }
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// The label of the next paragraph numbered `num_id` at level `ilvl`, advancing the count.
    fn next_label(&mut self, num_id: &str, ilvl: u8) -> Option<String> {
        let abstract_id = self.instances.get(num_id)?.clone();
        let levels = self.abstracts.get(&abstract_id)?;
        let level = levels.get(&ilvl)?;
        if level.format == "bullet" {
            return Some("-".into());
        }
        if level.format == "none" {
            return None;
        }
        let index = usize::from(ilvl).min(9);
        let counters = self.counters.entry(abstract_id).or_insert([0; 10]);
        for (i, counter) in counters.iter_mut().enumerate() {
            if i == index {
                *counter = if *counter == 0 {
                    level.start
                } else {
                    counter.saturating_add(1)
                };
            } else if i > index {
                *counter = 0;
            }
        }
        let mut label = level.text.clone();
        for (i, counter) in counters.iter().enumerate().take(index + 1) {
            let format = u8::try_from(i)
                .ok()
                .and_then(|l| levels.get(&l))
                .map_or("decimal", |l| l.format.as_str());
            let value = if i == index || *counter > 0 {
                *counter
            } else {
                levels
                    .get(&u8::try_from(i).unwrap_or(0))
                    .map_or(1, |l| l.start)
            };
            label = label.replace(&format!("%{}", i + 1), &format_number(value, format));
        }
        let label = label.trim().to_string();
        (!label.is_empty()).then_some(label)
    }
}

/// A counter in a numbering format.
fn format_number(value: u32, format: &str) -> String {
    match format {
        "upperRoman" => roman(value),
        "lowerRoman" => roman(value).to_ascii_lowercase(),
        "upperLetter" => letter(value).to_ascii_uppercase(),
        "lowerLetter" => letter(value),
        _ => value.to_string(),
    }
}

fn roman(mut value: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (amount, digits) in DIGITS {
        while value >= amount && out.len() < 32 {
            out.push_str(digits);
            value -= amount;
        }
    }
    out
}

/// a, b, … z, aa, bb, … as Word counts letters.
fn letter(value: u32) -> String {
    let value = value.max(1) - 1;
    let c = char::from(b'a' + u8::try_from(value % 26).unwrap_or(0));
    std::iter::repeat_n(c, usize::try_from(value / 26 + 1).unwrap_or(1).min(8)).collect()
}

/// A cell being read: its paragraphs, how many grid columns it spans (`w:gridSpan`) and
/// whether it continues the merged cell above it (`w:vMerge` without `restart`).
#[derive(Debug, Default)]
struct Cell {
    paragraphs: Vec<String>,
    span: usize,
    continues: bool,
}

/// A table being read: rows of cells.
#[derive(Debug, Default)]
struct Table {
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Where a paragraph inside this table goes: the last cell of the last row.
    fn push(&mut self, paragraph: String) {
        if let Some(cell) = self.rows.last_mut().and_then(|row| row.last_mut()) {
            cell.paragraphs.push(paragraph);
        }
    }

    /// The cell being read, for its properties.
    fn cell(&mut self) -> Option<&mut Cell> {
        self.rows.last_mut().and_then(|row| row.last_mut())
    }

    /// The table as paragraphs (see the module's documentation).
    fn into_paragraphs(self) -> Vec<String> {
        let layout = self.rows.len() <= 4 && self.rows.iter().all(|row| row.len() <= 2);
        if layout {
            return self
                .rows
                .into_iter()
                .flatten()
                .flat_map(|cell| cell.paragraphs)
                .filter(|p| !p.trim().is_empty())
                .collect();
        }
        // A vertically merged cell shows its text on every row it spans; a row whose first
        // cell continues the one above is the same row wrapped, so it repeats nothing.
        let mut above: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for row in self.rows {
            let wrapped = row.first().is_some_and(|cell| cell.continues);
            let mut cells: Vec<String> = Vec::new();
            for cell in row {
                let column = cells.len();
                let text = cell
                    .paragraphs
                    .iter()
                    .filter(|p| !p.trim().is_empty())
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(['\n', '|'], " ");
                let text = if cell.continues {
                    if wrapped {
                        String::new()
                    } else {
                        above.get(column).cloned().unwrap_or_default()
                    }
                } else {
                    text
                };
                if above.len() <= column {
                    above.resize(column + 1, String::new());
                }
                if !cell.continues {
                    if let Some(slot) = above.get_mut(column) {
                        slot.clone_from(&text);
                    }
                }
                cells.push(text);
                // A cell spanning several grid columns is followed by empty ones, so every row
                // has the header's number of cells.
                cells.extend(std::iter::repeat_n(
                    String::new(),
                    cell.span.saturating_sub(1),
                ));
            }
            if cells.iter().any(|c| !c.trim().is_empty()) {
                out.push(format!("| {} |", cells.join(" | ")));
            }
        }
        out
    }
}

/// The body's text: paragraphs and tables in order, separated by blank lines.
fn body_text(xml: &str, mut numbering: Numbering) -> Result<String, String> {
    let mut reader = Reader::new(xml);
    let mut out: Vec<String> = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    // Paragraphs being read (a text box's paragraphs nest in a run of their outer one).
    let mut paragraphs: Vec<String> = Vec::new();
    let mut num: Option<(Option<String>, u8)> = None;
    let mut in_text = false;
    // Depth of runs (`w:r`): a `w:tab` outside a run is a tab stop's definition, not text.
    let mut runs = 0usize;
    // Depth inside elements whose content is not text (mc:Fallback, w:instrText, w:delText).
    let mut skip = 0usize;
    loop {
        let event = reader.read_event()?;
        match event {
            Event::Start(e) => {
                if skip > 0 {
                    skip += 1;
                    continue;
                }
                match e.name {
                    "Fallback" | "instrText" | "delText" | "delInstrText" => skip = 1,
                    "p" => {
                        paragraphs.push(String::new());
                        num = None;
                    }
                    "t" => in_text = true,
                    "r" => runs += 1,
                    "tbl" => tables.push(Table::default()),
                    "tr" => {
                        if let Some(table) = tables.last_mut() {
                            table.rows.push(Vec::new());
                        }
                    }
                    "tc" => {
                        if let Some(row) = tables.last_mut().and_then(|t| t.rows.last_mut()) {
                            row.push(Cell {
                                span: 1,
                                ..Cell::default()
                            });
                        }
                    }
                    "numPr" => num = Some((None, 0)),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip > 0 {
                    continue;
                }
                let text = paragraphs.last_mut().filter(|_| runs > 0);
                match e.name {
                    "tab" => {
                        if let Some(text) = text {
                            text.push(' ');
                        }
                    }
                    "br" | "cr" => {
                        if let Some(text) = text {
                            text.push('\n');
                        }
                    }
                    "ilvl" => {
                        if let Some((_, level)) = &mut num {
                            *level = attribute(&e, "val")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0);
                        }
                    }
                    "numId" => {
                        if let Some((id, _)) = &mut num {
                            *id = attribute(&e, "val");
                        }
                    }
                    "p" => paragraphs_end(String::new(), &mut tables, &mut out),
                    "gridSpan" => {
                        if let Some(cell) = tables.last_mut().and_then(Table::cell) {
                            cell.span = attribute(&e, "val")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(1)
                                .clamp(1, 64);
                        }
                    }
                    "vMerge" => {
                        if let Some(cell) = tables.last_mut().and_then(Table::cell) {
                            cell.continues = attribute(&e, "val").as_deref() != Some("restart");
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(text) if in_text && skip == 0 => {
                if let Some(paragraph) = paragraphs.last_mut() {
                    paragraph.push_str(&text);
                }
            }
            Event::End(name) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match name {
                    "t" => in_text = false,
                    "r" => runs = runs.saturating_sub(1),
                    "numPr" => {
                        if let Some((Some(id), level)) = num.take() {
                            let label = numbering.next_label(&id, level);
                            if let (Some(label), Some(paragraph)) = (label, paragraphs.last_mut()) {
                                paragraph.insert_str(0, &format!("{label} "));
                            }
                        }
                    }
                    "p" => {
                        let paragraph = paragraphs.pop().unwrap_or_default();
                        paragraphs_end(paragraph, &mut tables, &mut out);
                    }
                    "tbl" => {
                        if let Some(table) = tables.pop() {
                            for paragraph in table.into_paragraphs() {
                                paragraphs_end(paragraph, &mut tables, &mut out);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out.join("\n\n"))
}

/// A finished paragraph goes into the table being read, else into the text.
fn paragraphs_end(paragraph: String, tables: &mut [Table], out: &mut Vec<String>) {
    match tables.last_mut() {
        Some(table) => table.push(paragraph),
        None if paragraph.trim().is_empty() => {}
        None => out.push(paragraph),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inner: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
             xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\
             {inner}</w:body></w:document>"
        )
    }

    #[test]
    fn paragraphs_runs_breaks_and_entities() {
        let xml = body(
            "<w:p><w:r><w:t>Số: 05/</w:t></w:r><w:r><w:t xml:space=\"preserve\">KH &amp; B</w:t>\
             </w:r></w:p><w:p/><w:p><w:r><w:t>KT. GIÁM ĐỐC</w:t><w:br/><w:t>PHÓ</w:t>\
             <w:tab/><w:t>X</w:t><w:instrText>PAGE</w:instrText></w:r></w:p>",
        );
        assert_eq!(
            body_text(&xml, Numbering::default()).unwrap(),
            "Số: 05/KH & B\n\nKT. GIÁM ĐỐC\nPHÓ X"
        );
    }

    #[test]
    fn layout_tables_read_by_rows_other_tables_as_bars() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let xml = body(&format!(
            "<w:tbl><w:tr>{}{}</w:tr></w:tbl><w:p><w:r><w:t>Body</w:t></w:r></w:p>\
             <w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
            cell("UBND"),
            cell("CỘNG HÒA"),
            cell("a"),
            cell("b|c"),
            cell("d")
        ));
        assert_eq!(
            body_text(&xml, Numbering::default()).unwrap(),
            "UBND\n\nCỘNG HÒA\n\nBody\n\n| a | b c | d |"
        );
    }

    #[test]
    fn word_numbering_becomes_the_label() {
        let numbering = Numbering::read(
            "<w:numbering xmlns:w=\"x\"><w:abstractNum w:abstractNumId=\"7\">\
             <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>\
             <w:lvlText w:val=\"%1.\"/></w:lvl>\
             <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>\
             <w:lvlText w:val=\"%2)\"/></w:lvl>\
             <w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>\
             </w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>\
             </w:numbering>",
        )
        .unwrap();
        let p = |level: u8, t: &str| {
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"3\"/>\
                 </w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"
            )
        };
        let xml = body(
            &[
                p(0, "A"),
                p(1, "x"),
                p(1, "y"),
                p(2, "z"),
                p(0, "B"),
                p(1, "w"),
            ]
            .concat(),
        );
        assert_eq!(
            body_text(&xml, numbering).unwrap(),
            "I. A\n\na) x\n\nb) y\n\n- z\n\nII. B\n\na) w"
        );
    }

    #[test]
    fn refuses_what_is_not_a_docx() {
        assert_eq!(
            docx_text(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            Err(ImportError::LegacyDoc)
        );
        assert!(ImportError::LegacyDoc
            .to_string()
            .contains("soffice --headless --convert-to docx"));
        assert!(matches!(
            docx_text(b"PK\x03\x04trunc"),
            Err(ImportError::NotZip(_))
        ));
        assert!(matches!(docx_text(b""), Err(ImportError::NotZip(_))));
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(
            unescape("a &amp; &#x41;&#66; &bogus; &"),
            "a & AB &bogus; &"
        );
    }
}

//! A legal portal's metadata table, copied above (or around) the document: "| Số hiệu |
//! 0156/KH-UBND |", "| Cơ quan ban hành | … |", "| Ngày ban hành | … |", "| Người ký | … |".
//!
//! Its rows are not the document's text: they are set aside before the header is read, so a
//! "Loại văn bản | Kế hoạch" cell is not taken for the title. What they say is kept, and used
//! only where the document's own header cannot say — each use reported as coming from the
//! portal (IMP038), never merged silently.

use crate::diagnostic::Params;

use super::lines::Line;
use super::{codes, excerpt, Findings};
use crate::text;

/// What a portal's metadata table says, each value with its line.
#[derive(Debug, Default)]
pub(crate) struct Metadata {
    pub number: Option<(String, usize)>,
    pub issuer: Option<(String, usize)>,
    pub issued: Option<(String, usize)>,
    pub signer: Option<(String, usize)>,
}

/// The field a label names, if it is one the importer can use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Number,
    Issuer,
    Issued,
    Signer,
    Other,
}

/// Labels of portal metadata tables, lower case, and what each one names.
const LABELS: [(&str, Field); 22] = [
    ("số hiệu", Field::Number),
    ("số ký hiệu", Field::Number),
    ("số, ký hiệu", Field::Number),
    ("cơ quan ban hành", Field::Issuer),
    ("nơi ban hành", Field::Issuer),
    ("ngày ban hành", Field::Issued),
    ("người ký", Field::Signer),
    ("loại văn bản", Field::Other),
    ("lĩnh vực", Field::Other),
    ("lĩnh vực, ngành", Field::Other),
    ("ngày hiệu lực", Field::Other),
    ("ngày có hiệu lực", Field::Other),
    ("ngày hết hiệu lực", Field::Other),
    ("tình trạng", Field::Other),
    ("tình trạng hiệu lực", Field::Other),
    ("ngày công báo", Field::Other),
    ("số công báo", Field::Other),
    ("ngày đăng công báo", Field::Other),
    ("trích yếu", Field::Other),
    ("cấp ban hành", Field::Other),
    ("chức danh", Field::Other),
    ("phạm vi", Field::Other),
];

fn label(text: &str) -> Option<Field> {
    let lower = text::lower(text.trim().trim_end_matches(':').trim());
    LABELS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, field)| *field)
}

/// "Số hiệu: 0156/KH-UBND" on one line: the field and the value.
fn label_with_value(text: &str) -> Option<(Field, &str)> {
    let (name, value) = text.split_once(':')?;
    let field = label(name)?;
    let value = value.trim();
    (!value.is_empty()).then_some((field, value))
}

/// Takes the metadata rows out of the lines before `limit` (the start of the document's
/// opening), reporting each as set aside, and returns the remaining lines and what the rows
/// say. Lines from `limit` on are kept as they are.
pub(crate) fn strip(
    lines: Vec<Line>,
    limit: usize,
    findings: &mut Findings,
) -> (Vec<Line>, Metadata) {
    let mut metadata = Metadata::default();
    let mut out = Vec::with_capacity(lines.len());
    let mut index = 0;
    let mut iter = lines.into_iter().peekable();
    while let Some(line) = iter.next() {
        index += 1;
        if index > limit {
            out.push(line);
            continue;
        }
        let (field, value) = if let Some(field) = label(&line.text) {
            // The value is the next cell of the same row, or the next line of a table flattened
            // one cell a line; a label right after it means this row has no value.
            let value = match iter.peek() {
                Some(next) if !next.text.is_empty() && label(&next.text).is_none() => {
                    index += 1;
                    iter.next().map(|next| next.text)
                }
                _ => None,
            };
            (field, value)
        } else if let Some((field, value)) = label_with_value(&line.text) {
            (field, Some(value.to_string()))
        } else {
            out.push(line);
            continue;
        };
        let value = value.unwrap_or_default();
        findings.add(
            &codes::PORTAL_READ,
            line.no,
            "",
            Params::new()
                .with("label", line.text.trim_end_matches(':').trim())
                .with("text", excerpt(&value)),
        );
        if value.is_empty() {
            continue;
        }
        let slot = match field {
            Field::Number => &mut metadata.number,
            Field::Issuer => &mut metadata.issuer,
            Field::Issued => &mut metadata.issued,
            Field::Signer => &mut metadata.signer,
            Field::Other => continue,
        };
        if slot.is_none() {
            *slot = Some((value, line.no));
        }
    }
    (out, metadata)
}

/// Whether the text has a metadata table at all (two labelled rows or more before `limit`).
pub(crate) fn has_table(lines: &[Line], limit: usize) -> bool {
    lines
        .iter()
        .take(limit)
        .filter(|line| label(&line.text).is_some() || label_with_value(&line.text).is_some())
        .count()
        >= 2
}

//! The plan's task table (PHỤ LỤC / DANH MỤC NHIỆM VỤ: STT | Nội dung | Cơ quan chủ trì | Phối
//! hợp | Thời gian | Sản phẩm | Ghi chú) into [`Task`]s.
//!
//! The table is found in the text as it arrived, before [`super::lines`] splits `|` cells into
//! lines of their own: a header row whose cells name at least three known columns, one of them
//! the content. Its rows come in three shapes, told apart by the header row:
//!
//! - `| a | b |` rows (markdown, a legal portal, our .docx reader), separator rows skipped;
//! - tab-separated rows (a table copied from Word);
//! - columns aligned with spaces, as `pdftotext -layout` prints them: each column starts where
//!   the whitespace between the header's labels is emptiest over all the table's lines, and a
//!   word belongs to the column it starts in, so a cell wrapped over several lines is joined
//!   back whatever its width.
//!
//! In every shape a row begins where the STT column holds a number ("1", "2.3"); a line with an
//! empty STT continues the row above it (a wrapped cell, a merged cell of Word). A row whose
//! STT is a Roman numeral, or that starts "Đối với", is a group ("I. Đối với cán bộ, công
//! chức") for the rows under it. The lines of the table and its heading are taken out of the
//! text the other readers see, so none of it is read twice or reported as not placed.

use super::lines::word_count;
use super::{codes, excerpt, unique_id, Findings, Ids};
use crate::diagnostic::Params;
use crate::model::{Audience, Task, TimingKind, Unit};
use crate::text::{self, fold::plain, timing::read_timing};

/// What a column of the task table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Number,
    Content,
    Lead,
    Coordinating,
    Timing,
    Product,
    Notes,
    /// A column the reader does not know ("Kinh phí"): its cells go to the task's notes.
    Unknown,
}

impl Column {
    /// The column a header cell names ("Đơn vị chủ trì", "Thời gian hoàn thành", "TT").
    fn of(label: &str) -> Column {
        let label = plain(label);
        let words: Vec<&str> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let joined = format!(" {} ", words.join(" "));
        let has = |phrase: &str| joined.contains(&format!(" {phrase} "));
        if matches!(
            words.as_slice(),
            ["stt"] | ["tt"] | ["so", "tt"] | ["so", "thu", "tu"]
        ) {
            Column::Number
        } else if has("ghi chu") {
            Column::Notes
        } else if ["thoi gian", "thoi han", "tien do", "thoi diem"]
            .iter()
            .any(|p| has(p))
        {
            Column::Timing
        } else if has("phoi hop") {
            if has("chu tri") {
                Column::Unknown
            } else {
                Column::Coordinating
            }
        } else if has("chu tri")
            || has("trach nhiem")
            || ((has("don vi") || has("co quan")) && has("thuc hien"))
        {
            Column::Lead
        } else if has("san pham") || has("ket qua") {
            Column::Product
        } else if ["noi dung", "nhiem vu", "cong viec", "hoat dong"]
            .iter()
            .any(|p| has(p))
        {
            Column::Content
        } else {
            Column::Unknown
        }
    }

    /// The column's name in messages.
    fn name(self) -> &'static str {
        match self {
            Column::Number => "STT",
            Column::Content => "nội dung",
            Column::Lead => "chủ trì",
            Column::Coordinating => "phối hợp",
            Column::Timing => "thời gian",
            Column::Product => "sản phẩm",
            Column::Notes => "ghi chú",
            Column::Unknown => "?",
        }
    }
}

/// How the table's rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Pipe,
    Tab,
    Layout,
}

/// A cell of a line, with the character position it starts at (for the aligned shape).
#[derive(Debug, Clone)]
struct Cell {
    start: usize,
    end: usize,
    text: String,
}

/// A task table as read, before units, timings and groups are resolved.
#[derive(Debug, Default)]
pub(crate) struct TableDraft {
    /// The appendix heading above the header row, and its line.
    pub heading: Option<(String, usize)>,
    /// The first and last line (1-based) the appendix takes.
    pub first_line: usize,
    pub last_line: usize,
    pub header_line: usize,
    /// Each column's kind and label as written.
    pub columns: Vec<(Column, String)>,
    /// Group rows as written.
    pub groups: Vec<(String, usize)>,
    pub rows: Vec<RowDraft>,
}

impl TableDraft {
    /// Whether line `no` is part of the appendix.
    pub fn takes(&self, no: usize) -> bool {
        (self.first_line..=self.last_line).contains(&no)
    }
}

/// One row: its first line, its group and a cell per column.
#[derive(Debug)]
pub(crate) struct RowDraft {
    pub line: usize,
    pub group: Option<usize>,
    pub cells: Vec<String>,
}

/// The input's lines as the table reader sees them: NFC, no line-end or page-break characters,
/// spaces and tabs kept (they are the layout).
fn raw_lines(input: &str) -> Vec<(usize, String)> {
    input
        .split('\n')
        .enumerate()
        .map(|(index, raw)| {
            let text: String = crate::model::nfc(raw)
                .chars()
                .filter(|c| {
                    !matches!(
                        c,
                        '\r' | '\u{c}'
                            | '\u{200b}'
                            | '\u{200c}'
                            | '\u{200d}'
                            | '\u{feff}'
                            | '\u{ad}'
                    )
                })
                .map(|c| if c == '\u{a0}' { ' ' } else { c })
                .collect();
            (index + 1, text)
        })
        .collect()
}

/// The cells of a line in the given shape.
fn cells(line: &str, shape: Shape) -> Vec<Cell> {
    match shape {
        Shape::Pipe | Shape::Tab => {
            let separator = if shape == Shape::Pipe { '|' } else { '\t' };
            let mut parts: Vec<&str> = line.split(separator).collect();
            if shape == Shape::Pipe {
                if parts.first().is_some_and(|p| p.trim().is_empty()) {
                    parts.remove(0);
                }
                if parts.last().is_some_and(|p| p.trim().is_empty()) {
                    parts.pop();
                }
            }
            parts
                .into_iter()
                .enumerate()
                .map(|(index, part)| Cell {
                    start: index,
                    end: index,
                    text: part.split_whitespace().collect::<Vec<_>>().join(" "),
                })
                .collect()
        }
        Shape::Layout => {
            // Runs of text separated by two spaces or more.
            let chars: Vec<char> = line
                .chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .collect();
            let mut out: Vec<Cell> = Vec::new();
            let mut position = 0;
            while position < chars.len() {
                if chars.get(position) == Some(&' ') {
                    position += 1;
                    continue;
                }
                let start = position;
                let mut end = position;
                while end < chars.len() {
                    let gap = chars.get(end) == Some(&' ')
                        && chars.get(end + 1).is_none_or(|c| *c == ' ');
                    if gap {
                        break;
                    }
                    end += 1;
                }
                let text: String = chars.get(start..end).unwrap_or_default().iter().collect();
                out.push(Cell {
                    start,
                    end,
                    text: text.trim().to_string(),
                });
                position = end;
            }
            out
        }
    }
}

/// The shape a line is written in.
fn shape_of(line: &str) -> Shape {
    if line.contains('|') {
        Shape::Pipe
    } else if line.contains('\t') {
        Shape::Tab
    } else {
        Shape::Layout
    }
}

/// The header row's columns, when `line` is one.
fn header(line: &str) -> Option<(Shape, Vec<Cell>, Vec<Column>)> {
    let shape = shape_of(line);
    let found = cells(line, shape);
    let labelled: Vec<&Cell> = found.iter().filter(|c| !c.text.is_empty()).collect();
    if labelled.len() < 3 || labelled.iter().any(|c| word_count(&c.text) > 8) {
        return None;
    }
    let columns: Vec<Column> = found.iter().map(|c| Column::of(&c.text)).collect();
    let known = columns.iter().filter(|c| **c != Column::Unknown).count();
    (known >= 3 && columns.contains(&Column::Content)).then_some((shape, found, columns))
}

/// Whether a line ends the table: the closing, a signature, another appendix.
fn ends_table(text: &str) -> bool {
    let trimmed = text.trim();
    super::closing::starts_closing(trimmed)
        || text::starts_with_any(trimmed, &["phụ lục", "tm.", "kt.", "nơi nhận"])
}

/// Whether the STT cell starts a row: "1", "1.", "2.3", "4)".
fn is_row_number(cell: &str) -> bool {
    let number = cell.trim().trim_end_matches(['.', ')']);
    !number.is_empty()
        && number.len() <= 6
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// A Roman numeral from I to XX, with or without its full stop.
fn is_roman(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ')']);
    !word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// The text of a group row ("I. Đối với cán bộ, công chức"), when `joined` (the row's words in
/// column order) is one.
fn group_text(joined: &str) -> Option<String> {
    let mut words = joined.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if is_roman(first) && !rest.is_empty() {
        let numeral = first.trim_end_matches(['.', ')']);
        return Some(format!("{numeral}. {}", rest.join(" ")));
    }
    // A wrapped cell may go on with "đối với …"; a group row starts with its capital.
    (joined.starts_with("Đối với") || joined.starts_with("ĐỐI VỚI")).then(|| joined.to_string())
}

/// Finds the task table in `input` and reads its rows, reporting what it could not map.
pub(crate) fn find(input: &str, findings: &mut Findings) -> Option<TableDraft> {
    let raw = raw_lines(input);
    let (header_index, (shape, header_cells, columns)) = raw
        .iter()
        .enumerate()
        .find_map(|(index, (_, text))| header(text).map(|found| (index, found)))?;
    let header_line = raw.get(header_index).map_or(0, |(no, _)| *no);
    let mut table = TableDraft {
        header_line,
        first_line: header_line,
        last_line: header_line,
        columns: header_cells
            .iter()
            .zip(&columns)
            .map(|(cell, column)| (*column, cell.text.clone()))
            .collect(),
        ..TableDraft::default()
    };
    table.heading = heading(&raw, header_index);
    if let Some((_, line)) = &table.heading {
        table.first_line = *line;
    }
    // The table's own lines: up to the first line of another shape (bars, tabs) or the end of
    // the document's text (aligned columns).
    let body: Vec<&(usize, String)> = raw
        .get(header_index + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(|(_, text)| match shape {
            Shape::Pipe => text.trim().is_empty() || text.contains('|'),
            Shape::Tab => text.trim().is_empty() || text.contains('\t'),
            Shape::Layout => !ends_table(text) && header(text).is_none(),
        })
        .collect();
    let boundaries = match shape {
        Shape::Layout => layout_boundaries(&header_cells, &body),
        _ => Vec::new(),
    };
    let number_column = columns.iter().position(|c| *c == Column::Number);
    let content_column = columns.iter().position(|c| *c == Column::Content);
    let width = columns.len();
    let mut current: Option<Current> = None;
    for (no, text) in body {
        if text.trim().is_empty() {
            continue;
        }
        let row_cells: Vec<String> = match shape {
            Shape::Layout => by_boundaries(text, &boundaries, width),
            _ => {
                let found = cells(text, shape);
                if found
                    .iter()
                    .all(|c| c.text.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
                {
                    // A markdown separator row, or an empty row.
                    table.last_line = *no;
                    continue;
                }
                fit(found, width, content_column, *no, text, findings)
            }
        };
        table.last_line = *no;
        let joined = row_cells
            .iter()
            .filter(|c| !c.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let number = number_column
            .and_then(|index| row_cells.get(index))
            .cloned()
            .unwrap_or_default();
        if is_row_number(&number) {
            table.rows.push(RowDraft {
                line: *no,
                group: table.groups.len().checked_sub(1),
                cells: row_cells,
            });
            current = Some(Current::Row);
        } else if let Some(group) = group_text(&joined) {
            table.groups.push((group, *no));
            current = Some(Current::Group);
        } else if shape == Shape::Layout
            && joined.chars().all(|c| c.is_ascii_digit())
            && number.is_empty()
        {
            // A page number between two pages of the table.
            findings.skipped(*no, &joined);
        } else {
            match current {
                Some(Current::Row) => {
                    if let Some(row) = table.rows.last_mut() {
                        for (cell, more) in row.cells.iter_mut().zip(&row_cells) {
                            append(cell, more);
                        }
                    }
                }
                Some(Current::Group) => {
                    if let Some((group, _)) = table.groups.last_mut() {
                        append(group, &joined);
                    }
                }
                // Between the header and the first row: the header wrapped.
                None => {
                    for ((_, label), more) in table.columns.iter_mut().zip(&row_cells) {
                        append(label, more);
                    }
                }
            }
        }
    }
    // A header with no row under it is a line of the body that happens to name columns: the
    // other readers keep it and what follows.
    if table.rows.is_empty() {
        return None;
    }
    for column in &mut table.columns {
        column.0 = Column::of(&column.1);
    }
    for (column, label) in &table.columns {
        if *column == Column::Unknown && !label.is_empty() {
            findings.add(
                &codes::TASK_COLUMN_UNKNOWN,
                header_line,
                "/tasks",
                Params::new().with("text", label.as_str()),
            );
        }
    }
    Some(table)
}

/// What a line without a row number continues.
#[derive(Debug, Clone, Copy)]
enum Current {
    Row,
    Group,
}

/// Appends a wrapped part of a cell.
fn append(cell: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    if !cell.is_empty() {
        cell.push(' ');
    }
    cell.push_str(more);
}

/// A row's cells fitted to the header's columns; a row with another number of cells is
/// reported. A row of one cell is a merged row: a group, a number alone, or else more of the
/// content above (a cell's paragraph on a line of its own).
fn fit(
    found: Vec<Cell>,
    width: usize,
    content: Option<usize>,
    line: usize,
    text: &str,
    findings: &mut Findings,
) -> Vec<String> {
    let count = found.len();
    let mut out: Vec<String> = found.into_iter().map(|c| c.text).collect();
    if let ([only], Some(content)) = (out.as_slice(), content) {
        if group_text(only).is_none() && !is_row_number(only) {
            let mut cells = vec![String::new(); width];
            if let Some(cell) = cells.get_mut(content) {
                cell.clone_from(only);
            }
            return cells;
        }
    }
    if count != width && count > 1 {
        findings.add(
            &codes::TASK_ROW_UNSPLIT,
            line,
            "/tasks",
            Params::new()
                .with("text", excerpt(text.trim()))
                .with("cells", count)
                .with("columns", width),
        );
    }
    if out.len() > width && width > 0 {
        let extra = out.split_off(width);
        if let Some(last) = out.last_mut() {
            append(last, &extra.join(" "));
        }
    }
    out.resize(width, String::new());
    out
}

/// Where each column after the first starts, in characters: for each pair of neighbouring
/// labels, the position between them that the table's lines leave emptiest (the last of the
/// emptiest, as cells are aligned left under labels that are centred).
fn layout_boundaries(header: &[Cell], body: &[&(usize, String)]) -> Vec<usize> {
    let rows: Vec<Vec<char>> = body
        .iter()
        .map(|(_, text)| text.chars().collect())
        .collect();
    let occupied = |position: usize| {
        rows.iter()
            .filter(|row| row.get(position).is_some_and(|c| !c.is_whitespace()))
            .count()
    };
    header
        .windows(2)
        .filter_map(|pair| {
            let [left, right] = pair else {
                return None;
            };
            let range = left.end..=right.start;
            let best = range.clone().map(occupied).min()?;
            let last = range.rev().find(|p| occupied(*p) == best)?;
            Some(if best == 0 { last + 1 } else { last })
        })
        .collect()
}

/// A line's words put in the columns they start in.
fn by_boundaries(text: &str, boundaries: &[usize], width: usize) -> Vec<String> {
    let mut out = vec![String::new(); width];
    let mut start = None;
    let chars: Vec<char> = text.chars().collect();
    for position in 0..=chars.len() {
        let blank = chars.get(position).is_none_or(|c| c.is_whitespace());
        match (blank, start) {
            (false, None) => start = Some(position),
            (true, Some(begin)) => {
                let column = boundaries.iter().filter(|b| **b <= begin).count();
                let word: String = chars
                    .get(begin..position)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                if let Some(cell) = out.get_mut(column) {
                    append(cell, &word);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The appendix heading above the header row: from the farthest line starting "PHỤ LỤC" or
/// "DANH MỤC" among the six non-blank lines above to the header, "(Kèm theo …)" lines left
/// out: "PHỤ LỤC" / "NHIỆM VỤ …" is "PHỤ LỤC. NHIỆM VỤ …".
fn heading(raw: &[(usize, String)], header_index: usize) -> Option<(String, usize)> {
    let above = raw.get(..header_index)?;
    let candidates: Vec<&(usize, String)> = above
        .iter()
        .rev()
        .filter(|(_, text)| !text.trim().is_empty())
        .take(6)
        .collect();
    let start = candidates.iter().rposition(|(_, text)| {
        text::starts_with_any(text.trim(), &["phụ lục", "danh mục", "biểu"])
    })?;
    let (first_line, _) = candidates.get(start)?;
    let mut heading = String::new();
    for (_, line) in candidates.get(..=start)?.iter().rev() {
        let part = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if part.starts_with('(') {
            continue;
        }
        // "PHỤ LỤC" on a line of its own is the label of the title under it.
        let label = text::plain(&heading);
        let separator = match label.split_whitespace().collect::<Vec<_>>().as_slice() {
            [] => "",
            ["phu", "luc"] | ["phu", "luc", _] => ". ",
            _ => " ",
        };
        heading.push_str(separator);
        heading.push_str(&part);
    }
    Some((heading, *first_line))
}

/// The tasks of the table: units named in the lead and coordinating cells matched with the
/// plan's units (new ones added and reported), times read in the plan's `year`, a row linked
/// to the audience its group names.
pub(crate) fn finish(
    table: &TableDraft,
    year: i32,
    units: &mut Vec<Unit>,
    audiences: &[Audience],
    findings: &mut Findings,
) -> Vec<Task> {
    let column = |kind: Column| table.columns.iter().position(|(c, _)| *c == kind);
    let (number, content, lead, coordinating, timing, product, notes) = (
        column(Column::Number),
        column(Column::Content),
        column(Column::Lead),
        column(Column::Coordinating),
        column(Column::Timing),
        column(Column::Product),
        column(Column::Notes),
    );
    let unknown: Vec<usize> = table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, (c, _))| *c == Column::Unknown)
        .map(|(index, _)| index)
        .collect();
    let mut ids = Ids::with_taken(units.iter().map(|u| u.id.as_str()));
    let mut tasks = Vec::new();
    for row in &table.rows {
        let index = tasks.len();
        let cell = |at: Option<usize>| {
            at.and_then(|i| row.cells.get(i))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        };
        let number_text = cell(number);
        let id = format!("nv-{:02}", index + 1);
        // Messages name the task by its STT, or by its id in a table without one.
        let named = number_text.clone().unwrap_or_else(|| id.clone());
        let group = row
            .group
            .and_then(|g| table.groups.get(g))
            .map(|(text, _)| text.clone());
        let mut unit_ids = |at: Option<usize>, kind: Column, ids: &mut Ids| -> Vec<String> {
            cell(at)
                .map(|text| {
                    names(&text, units)
                        .into_iter()
                        .map(|name| unit_id(&name, kind, row.line, units, ids, findings))
                        .collect()
                })
                .unwrap_or_default()
        };
        let lead_ids = unit_ids(lead, Column::Lead, &mut ids);
        let coordinating_ids = unit_ids(coordinating, Column::Coordinating, &mut ids);
        let time = cell(timing).map(|text| read_timing(&text, year));
        if let Some(time) = time.as_ref().filter(|t| t.kind == TimingKind::Unread) {
            findings.add(
                &codes::TIMING_UNREAD,
                row.line,
                format!("/tasks/{index}/timing"),
                Params::new()
                    .with("text", excerpt(&time.text))
                    .with("number", named.as_str()),
            );
        }
        let mut note_parts: Vec<String> = cell(notes).into_iter().collect();
        for at in &unknown {
            if let (Some(value), Some((_, label))) = (cell(Some(*at)), table.columns.get(*at)) {
                note_parts.push(if label.is_empty() {
                    value
                } else {
                    format!("{label}: {value}")
                });
            }
        }
        let audience = group
            .as_deref()
            .and_then(|g| audience_of(g, audiences))
            .map(|a| a.id.clone());
        if let (Some(id), Some(group)) = (&audience, &group) {
            findings.add(
                &codes::TASK_AUDIENCE_GUESSED,
                row.line,
                format!("/tasks/{index}/audience"),
                Params::new()
                    .with("number", named.as_str())
                    .with("audience", id.as_str())
                    .with("group", excerpt(group)),
            );
        }
        let content_text = cell(content).unwrap_or_default();
        let form = form_of(&content_text, audience.as_deref(), audiences);
        if let Some((id, cue)) = &form {
            findings.add(
                &codes::TASK_FORM_GUESSED,
                row.line,
                format!("/tasks/{index}/form"),
                Params::new()
                    .with("number", named.as_str())
                    .with("form", id.as_str())
                    .with("cue", cue.as_str()),
            );
        }
        findings.add(
            &codes::TASK_READ,
            row.line,
            format!("/tasks/{index}"),
            Params::new()
                .with("number", named.as_str())
                .with("content", excerpt(&content_text)),
        );
        tasks.push(Task {
            id,
            number: number_text,
            group,
            content: content_text,
            form: form.map(|(id, _)| id),
            audience,
            lead: lead_ids,
            coordinating: coordinating_ids,
            timing: time,
            product: cell(product),
            notes: (!note_parts.is_empty()).then(|| note_parts.join("; ")),
        });
    }
    let columns: Vec<&str> = table
        .columns
        .iter()
        .filter(|(c, _)| *c != Column::Unknown)
        .map(|(c, _)| c.name())
        .collect();
    findings.add(
        &codes::TASKS_READ,
        table.header_line,
        "/tasks",
        Params::new()
            .with("count", tasks.len())
            .with("columns", columns.join(", ")),
    );
    tasks
}

/// The audience a group row names ("I. Tuyên truyền đối với cán bộ, công chức" → the audience
/// headed "Đối với cán bộ, công chức", only when their words after "đối với" are the same).
fn audience_of<'a>(group: &str, audiences: &'a [Audience]) -> Option<&'a Audience> {
    let lower = text::Lower::new(group);
    let (start, _) = lower.find("đối với")?;
    let id = super::body::audience_id(text::trim_item_end(text::from(group, start)));
    audiences
        .iter()
        .find(|a| super::body::audience_id(text::trim_item_end(&a.heading)) == id)
}

/// The form a task's content names, with the cue phrase: the content read by the same cues as
/// a form bullet names one kind of form ("Đăng tải tin, bài …"), and the task's audience (or,
/// with none, the plan) has exactly one form of that kind.
fn form_of(
    content: &str,
    audience: Option<&str>,
    audiences: &[Audience],
) -> Option<(String, String)> {
    let found = super::form_cues::in_bullet(content);
    let [named] = found.as_slice() else {
        return None;
    };
    if named.cue.is_empty() {
        return None;
    }
    let mut candidates = audiences
        .iter()
        .filter(|a| audience.is_none_or(|id| a.id == id))
        .flat_map(|a| &a.forms)
        .filter(|form| form.kind == named.kind);
    match (candidates.next(), candidates.next()) {
        (Some(form), None) => Some((form.id.clone(), named.cue.clone())),
        _ => None,
    }
}

/// A unit's name for comparison: NFC, case folded, "UBND" and "HĐND" spelt out.
fn unit_key(name: &str) -> String {
    let folded = crate::model::fold(text::trim_item_end(name)).replace("uỷ", "ủy");
    folded
        .split(' ')
        .map(|word| match word {
            "ubnd" => "ủy ban nhân dân",
            "hđnd" => "hội đồng nhân dân",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Head words of bodies named in task tables besides [`super::lines::AGENCY_HEADS`].
const MORE_HEADS: [&str; 12] = [
    "công an",
    "huyện đoàn",
    "đoàn thanh niên",
    "hội",
    "mặt trận",
    "ủy ban mặt trận",
    "liên đoàn",
    "bảo hiểm",
    "chi nhánh",
    "kho bạc",
    "các",
    "đảng ủy",
];

/// Whether `text` starts a new body's name (a capital and a head word).
fn starts_body(text: &str) -> bool {
    super::lines::starts_with_agency(text)
        || (text.chars().next().is_some_and(char::is_uppercase)
            && text::starts_with_any(text, &MORE_HEADS))
}

/// The names in a lead or coordinating cell: split at ";", and at "," or "và" where a new body
/// starts ("Phòng Nội vụ, Phòng Tư pháp"), not inside a name ("Phòng Văn hóa và Thông tin",
/// "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn"), and never inside a known unit.
fn names(cell: &str, units: &[Unit]) -> Vec<String> {
    let known = |name: &str| {
        let key = unit_key(name);
        units.iter().any(|u| unit_key(&u.name) == key)
    };
    let mut out = Vec::new();
    for part in cell.split([';', '\n']) {
        let part = text::trim_item_end(part);
        if part.is_empty() {
            continue;
        }
        if known(part) {
            out.push(part.to_string());
            continue;
        }
        let mut pieces: Vec<String> = Vec::new();
        let mut rest = part;
        loop {
            let cut = [", ", " và "]
                .iter()
                .filter_map(|separator| {
                    rest.match_indices(separator).find_map(|(at, sep)| {
                        let before = text::until(rest, at);
                        let after = text::from(rest, at + sep.len());
                        let council = text::lower(before).ends_with("hđnd")
                            || text::lower(before).ends_with("hội đồng nhân dân");
                        (starts_body(after) && !council && !known(&format!("{before}{sep}{after}")))
                            .then_some((at, sep.len()))
                    })
                })
                .min();
            match cut {
                Some((at, len)) => {
                    pieces.push(text::until(rest, at).trim().to_string());
                    rest = text::from(rest, at + len);
                }
                None => {
                    pieces.push(rest.trim().to_string());
                    break;
                }
            }
        }
        out.extend(pieces.into_iter().filter(|p| !p.is_empty()));
    }
    out
}

/// The id of the unit named `name`: a unit of the plan with the same name, else a new unit,
/// reported.
fn unit_id(
    name: &str,
    column: Column,
    line: usize,
    units: &mut Vec<Unit>,
    ids: &mut Ids,
    findings: &mut Findings,
) -> String {
    let key = unit_key(name);
    if let Some(unit) = units.iter().find(|u| unit_key(&u.name) == key) {
        return unit.id.clone();
    }
    let id = unique_id(&text::slug(&super::closing::unit_base(name)), ids);
    findings.add(
        &codes::TASK_UNIT_ADDED,
        line,
        format!("/units/{}", units.len()),
        Params::new()
            .with("name", text::capitalise(name))
            .with("column", column.name())
            .with("id", id.as_str()),
    );
    // A name alone starts with a capital, wherever the cell had it ("các cơ quan …" after a
    // ";").
    units.push(super::unit(id.clone(), text::capitalise(name), None));
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_labels_in_their_variants() {
        for (label, column) in [
            ("STT", Column::Number),
            ("TT", Column::Number),
            ("Số TT", Column::Number),
            ("Nội dung công việc", Column::Content),
            ("Nhiệm vụ", Column::Content),
            ("Nội dung nhiệm vụ", Column::Content),
            ("Cơ quan chủ trì", Column::Lead),
            ("Đơn vị chủ trì", Column::Lead),
            ("Đơn vị thực hiện", Column::Lead),
            ("Cơ quan phối hợp", Column::Coordinating),
            ("Phối hợp", Column::Coordinating),
            ("Thời gian thực hiện", Column::Timing),
            ("Thời gian hoàn thành", Column::Timing),
            ("THỜI GIAN", Column::Timing),
            ("Sản phẩm", Column::Product),
            ("Kết quả/sản phẩm", Column::Product),
            ("Ghi chú", Column::Notes),
            ("Kinh phí", Column::Unknown),
            ("Chủ trì, phối hợp", Column::Unknown),
        ] {
            assert_eq!(Column::of(label), column, "{label}");
        }
    }

    #[test]
    fn cells_name_units_without_cutting_names() {
        let units = vec![super::super::unit(
            "van-phong-hdnd-ubnd".into(),
            "Văn phòng HĐND và UBND huyện".into(),
            None,
        )];
        assert_eq!(
            names(
                "Phòng Nội vụ; Phòng Tư pháp, Phòng Văn hóa và Thông tin",
                &units
            ),
            [
                "Phòng Nội vụ",
                "Phòng Tư pháp",
                "Phòng Văn hóa và Thông tin"
            ]
        );
        assert_eq!(
            names("Văn phòng HĐND và UBND huyện và Phòng Nội vụ", &units),
            ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"]
        );
        assert_eq!(
            names("UBND các xã, thị trấn; các cơ quan, đơn vị liên quan.", &[]),
            ["UBND các xã, thị trấn", "các cơ quan, đơn vị liên quan"]
        );
        assert_eq!(unit_key("UBND huyện"), unit_key("Uỷ ban nhân dân Huyện"));
    }

    #[test]
    fn aligned_columns_by_the_emptiest_gap() {
        let header = cells(
            "STT      Nội dung công việc        Cơ quan chủ trì",
            Shape::Layout,
        );
        let body = [
            (
                2,
                " 1   Tuyên truyền về CCHC trên     Phòng Nội vụ".to_string(),
            ),
            (3, "     Cổng thông tin điện tử        huyện".to_string()),
        ];
        let refs: Vec<&(usize, String)> = body.iter().collect();
        let boundaries = layout_boundaries(&header, &refs);
        assert_eq!(
            by_boundaries(&body[0].1, &boundaries, 3),
            ["1", "Tuyên truyền về CCHC trên", "Phòng Nội vụ"]
        );
        assert_eq!(
            by_boundaries(&body[1].1, &boundaries, 3),
            ["", "Cổng thông tin điện tử", "huyện"]
        );
    }
}

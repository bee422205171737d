//! Laying the report model out as WordprocessingML with docx-rs.
//!
//! Units: twips (1/20 pt; 1 mm ≈ 56.7) for lengths, half-points for font sizes.

use docx_rs::{
    AlignmentType, BorderType, Docx, Header, HeightRule, LineSpacing, LineSpacingType, PageMargin,
    PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts,
    SpecialIndentType, Style, StyleType, Table, TableCell, TableRow, WidthType,
};
use kehoach::report::{Block, Report};

use crate::text::run;
use crate::DocxError;

const FONT: &str = "Times New Roman";
/// A4 portrait.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
/// Margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
const MARGIN_LEFT: i32 = 1701;
const MARGIN_RIGHT: i32 = 851;
/// The page number sits 10 mm from the top edge, inside the top margin.
const HEADER_DISTANCE: i32 = 567;
/// The width of the text: 165 mm.
const TEXT_WIDTH: usize = (PAGE_WIDTH as usize) - (MARGIN_LEFT as usize) - (MARGIN_RIGHT as usize);
/// The header table's columns: the issuer on the left, Quốc hiệu on the right.
const LEFT_COLUMN: usize = 4100;
const RIGHT_COLUMN: usize = TEXT_WIDTH - LEFT_COLUMN;
/// First-line indent of body paragraphs: 1.27 cm.
const FIRST_LINE: i32 = 720;
/// 6 pt between paragraphs.
const AFTER: u32 = 120;
/// Font sizes, half-points.
const BODY: usize = 28;
const HEADER: usize = 26;
const HEADER_SMALL: usize = 24;
const TABLE: usize = 26;
const RECIPIENTS_HEADING: usize = 24;
const RECIPIENTS: usize = 22;

/// Style ids and the names a clerk sees in Word's style list.
const STYLES: [(&str, &str); 12] = [
    ("BodyText", "Body Text"),
    ("Heading1", "Heading 1"),
    ("Heading2", "Heading 2"),
    ("Title", "Title"),
    ("Subtitle", "Subtitle"),
    ("ListDash", "List Dash"),
    ("TableText", "Table Text"),
    ("TableHeading", "Table Heading"),
    ("DocumentHeader", "Document Header"),
    ("Recipients", "Recipients"),
    ("Signature", "Signature"),
    ("PageNumber", "Page Number"),
];

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(264)
        .line_rule(LineSpacingType::Auto)
}

/// The body's size, justification and first-line indent (Nghị định 30: 13–14 pt, 1–1.27 cm).
fn body_paragraph(style: Style) -> Style {
    style.size(BODY).align(AlignmentType::Both).indent(
        None,
        Some(SpecialIndentType::FirstLine(FIRST_LINE)),
        None,
        None,
    )
}

fn style(id: &str, name: &str) -> Style {
    let base = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .fonts(fonts())
        .color("000000");
    match id {
        // Body text and list items: justified, first line indented, 6 pt after.
        "BodyText" | "ListDash" => body_paragraph(base).line_spacing(spacing(0, AFTER)),
        "Heading1" | "Heading2" => body_paragraph(base)
            .bold()
            .line_spacing(spacing(if id == "Heading1" { AFTER } else { 0 }, AFTER))
            .outline_lvl(if id == "Heading1" { 0 } else { 1 }),
        "Title" => base
            .size(BODY)
            .bold()
            .align(AlignmentType::Center)
            .line_spacing(spacing(360, 0)),
        "Subtitle" => base
            .size(BODY)
            .bold()
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 0)),
        "TableText" | "TableHeading" => {
            let s = base.size(TABLE).line_spacing(spacing(40, 40));
            if id == "TableHeading" {
                s.bold().align(AlignmentType::Center)
            } else {
                s.align(AlignmentType::Left)
            }
        }
        "DocumentHeader" | "PageNumber" => base
            .size(HEADER)
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 0)),
        "Recipients" => base
            .size(RECIPIENTS)
            .align(AlignmentType::Left)
            .line_spacing(spacing(0, 0)),
        "Signature" => base
            .size(BODY)
            .bold()
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 0)),
        _ => base,
    }
}

/// A paragraph of `style` holding `text`, with the run formatted by `format`.
fn para(style: &str, text: &str, format: impl FnOnce(Run) -> Run) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(run(text, format(Run::new())))
}

fn plain(style: &str, text: &str) -> Paragraph {
    para(style, text, |r| r)
}

/// An empty paragraph drawing a solid rule `width` twips wide, centred in a space `room` wide:
/// a bottom border between indents, which Word and LibreOffice both draw.
fn rule(width: usize, room: usize) -> Paragraph {
    let side = i32::try_from(room.saturating_sub(width) / 2).unwrap_or(0);
    let mut p = Paragraph::new()
        .style("DocumentHeader")
        .indent(Some(side), None, Some(side), None)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(80)
                .line(60)
                .line_rule(LineSpacingType::Exact),
        )
        .size(4);
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(1)
                .color("000000"),
        ),
    );
    p
}

/// The printed width of `text` in twips at `half_points`, estimated from Times New Roman's
/// average advance widths (bold capitals ≈ 0.72 em, lower case and digits ≈ 0.5 em, "%" 0.83
/// em, spaces 0.25 em): figures such as "152/392 (38,8%)" must not be estimated narrower than
/// they print, or their column breaks them.
fn text_width(text: &str, half_points: usize) -> usize {
    let em_thousandths: usize = text
        .chars()
        .map(|c| {
            if c == ' ' {
                250
            } else if c.is_uppercase() {
                720
            } else if c.is_alphabetic() || c.is_ascii_digit() {
                500
            } else if c == '%' {
                833
            } else {
                333
            }
        })
        .sum();
    // twips = em × size(pt) × 20 = em × half_points × 10.
    em_thousandths * half_points * 10 / 1000
}

fn cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

/// The borderless two-column header: issuer, rule and number on the left; Quốc hiệu, Tiêu
/// ngữ, rule and place-date on the right.
fn header_table(report: &Report) -> Table {
    let header = &report.header;
    let mut left = Vec::new();
    let room = LEFT_COLUMN - 216;
    if let Some(parent) = &header.parent_body {
        let parent = balanced(parent, HEADER_SMALL, room);
        left.push(para("DocumentHeader", &parent, |r| r.size(HEADER_SMALL)));
    }
    // Bold capitals run about a tenth wider than the estimate.
    let issuer = balanced(&header.issuer, HEADER_SMALL, room * 10 / 11);
    left.push(para("DocumentHeader", &issuer, |r| {
        r.size(HEADER_SMALL).bold()
    }));
    left.push(rule(LEFT_COLUMN / 3, LEFT_COLUMN - 216));
    let motto_width = text_width(&header.motto, HEADER).min(RIGHT_COLUMN - 216);
    let right = vec![
        para("DocumentHeader", &header.national_name, |r| {
            r.size(HEADER_SMALL).bold()
        }),
        para("DocumentHeader", &header.motto, |r| r.size(HEADER).bold()),
        rule(motto_width, RIGHT_COLUMN - 216),
    ];
    let number = vec![plain("DocumentHeader", &header.number)];
    let place_date = vec![para("DocumentHeader", &header.place_date, |r| r.italic())];
    Table::without_borders(vec![
        TableRow::new(vec![cell(LEFT_COLUMN, left), cell(RIGHT_COLUMN, right)]),
        TableRow::new(vec![
            cell(LEFT_COLUMN, number),
            cell(RIGHT_COLUMN, place_date),
        ]),
    ])
    .set_grid(vec![LEFT_COLUMN, RIGHT_COLUMN])
    .width(TEXT_WIDTH, WidthType::Dxa)
    .indent(0)
}

/// `text` on one line if it fits `room` twips at `half_points`, else broken in two as a header
/// is set by hand: before "VÀ" or after a comma where both lines fit ("SỞ VĂN HÓA, THỂ THAO /
/// VÀ DU LỊCH"), else where the two lines are most even, never leaving one word alone.
fn balanced(text: &str, half_points: usize, room: usize) -> String {
    if text_width(text, half_points) <= room {
        return text.to_string();
    }
    let best = text
        .match_indices(' ')
        .map(|(at, _)| {
            let head = text.get(..at).unwrap_or("");
            let tail = text.get(at + 1..).unwrap_or("");
            let (left, right) = (text_width(head, half_points), text_width(tail, half_points));
            let fits = left <= room && right <= room;
            let natural = tail.starts_with("VÀ ") || head.ends_with(',');
            // Lower is better: lines that fit first, then a natural break, then evenness.
            (!fits, !natural, left.abs_diff(right), at)
        })
        .min();
    match best {
        Some((_, _, _, at)) => format!(
            "{}\n{}",
            text.get(..at).unwrap_or(""),
            text.get(at + 1..).unwrap_or("")
        ),
        None => text.to_string(),
    }
}

/// Column widths for a data table: each column at least as wide as its longest word (a header
/// such as "Required" must not break inside the word), the rest in proportion to the longest
/// text of each column (capped, so one long cell does not squeeze the rest to nothing).
fn grid(columns: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let mut weights: Vec<usize> = columns
        .iter()
        .map(|c| c.chars().count().clamp(8, 40))
        .collect();
    let mut floors: Vec<usize> = columns.iter().map(|c| longest_word(c, true)).collect();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            if let Some(weight) = weights.get_mut(index) {
                *weight = (*weight).max(cell.chars().count().clamp(8, 40));
            }
            if let Some(floor) = floors.get_mut(index) {
                *floor = (*floor).max(longest_word(cell, false));
            }
        }
    }
    // Every column gets at least 1 cm and its longest word; the rest is shared by weight.
    const MIN: usize = 567;
    let floors: Vec<usize> = floors.into_iter().map(|floor| floor.max(MIN)).collect();
    let floor_total: usize = floors.iter().sum();
    if floor_total > TEXT_WIDTH {
        let total: usize = weights.iter().sum::<usize>().max(1);
        return weights.iter().map(|w| w * TEXT_WIDTH / total).collect();
    }
    let spare = TEXT_WIDTH - floor_total;
    let total: usize = weights.iter().sum::<usize>().max(1);
    floors
        .iter()
        .zip(&weights)
        .map(|(floor, w)| floor + w * spare / total)
        .collect()
}

/// The width a cell needs for its longest word, with the cell's side margins (twips); a header
/// is bold, about a tenth wider. URLs and other long tokens are left to wrap.
fn longest_word(text: &str, bold: bool) -> usize {
    const CELL_MARGINS: usize = 2 * 115;
    const LONGEST_KEPT: usize = 2000;
    let widest = text
        .split_whitespace()
        .map(|word| text_width(word, TABLE))
        .max()
        .unwrap_or(0);
    let widest = if bold { widest * 11 / 10 } else { widest };
    (widest + CELL_MARGINS).min(LONGEST_KEPT)
}

/// A data table: bordered, its header row marked to repeat on every page (see
/// [`mark_header_rows`]) and kept on one page.
fn data_table(columns: &[String], rows: &[Vec<String>]) -> Table {
    let widths = grid(columns, rows);
    let heading = TableRow::new(
        columns
            .iter()
            .zip(&widths)
            .map(|(text, &w)| cell(w, vec![plain("TableHeading", text)]))
            .collect(),
    )
    .cant_split()
    .row_height(HEADER_ROW_MARK)
    .height_rule(HeightRule::AtLeast);
    let mut table_rows = vec![heading];
    for row in rows {
        let cells = widths
            .iter()
            .enumerate()
            .map(|(index, &w)| {
                let text = row.get(index).map_or("", String::as_str);
                cell(w, vec![plain("TableText", text)])
            })
            .collect();
        table_rows.push(TableRow::new(cells).cant_split());
    }
    Table::new(table_rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .indent(0)
}

/// "Nơi nhận" on the left, the signature block on the right, without borders.
fn footer_table(report: &Report) -> Table {
    let mut left = vec![para("Recipients", &report.recipients_heading, |r| {
        r.size(RECIPIENTS_HEADING).bold().italic()
    })
    .line_spacing(LineSpacing::new().before(AFTER))];
    for line in &report.recipients {
        left.push(plain("Recipients", &format!("- {line}")));
    }
    let mut right = Vec::new();
    let count = report.signature.len();
    for (index, line) in report.signature.iter().enumerate() {
        if index + 1 == count && count > 1 {
            // The signing space: room for the signature and the seal.
            for _ in 0..4 {
                right.push(Paragraph::new().style("Signature"));
            }
        }
        let p = plain("Signature", line);
        right.push(if index == 0 {
            p.line_spacing(LineSpacing::new().before(AFTER))
        } else {
            p
        });
    }
    Table::without_borders(vec![TableRow::new(vec![
        cell(LEFT_COLUMN, left),
        cell(RIGHT_COLUMN, right),
    ])
    .cant_split()])
    .set_grid(vec![LEFT_COLUMN, RIGHT_COLUMN])
    .width(TEXT_WIDTH, WidthType::Dxa)
    .indent(0)
}

/// The height a header row is built with, 1 twip "at least" — no other row has it — so
/// [`mark_header_rows`] can find it.
const HEADER_ROW_MARK: f32 = 1.0;
const HEADER_ROW_XML: &str = "<w:trHeight w:val=\"1\" w:hRule=\"atLeast\" />";

/// docx-rs (0.4.22) writes no `w:tblHeader`: header rows are built with a marker height
/// ([`HEADER_ROW_MARK`]) which is replaced here, in the serialised XML, by `w:tblHeader`.
fn mark_header_rows(document: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&document);
    text.replace(HEADER_ROW_XML, "<w:tblHeader />").into_bytes()
}

/// The whole document as .docx bytes.
pub fn document(report: &Report) -> Result<Vec<u8>, DocxError> {
    let page_number = Header::new().add_paragraph(
        Paragraph::new()
            .style("PageNumber")
            .add_page_num(PageNum::new()),
    );
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(HEADER_DISTANCE)
                .footer(HEADER_DISTANCE)
                .gutter(0),
        )
        .default_fonts(fonts())
        .default_size(BODY)
        .header(page_number)
        .first_header(Header::new().add_paragraph(Paragraph::new().style("PageNumber")));
    for (id, name) in STYLES {
        docx = docx.add_style(style(id, name));
    }
    docx = docx.add_table(header_table(report));
    docx = docx
        .add_paragraph(plain("Title", &report.title))
        .add_paragraph(plain("Subtitle", &report.subject))
        .add_paragraph(rule(
            text_width(&report.subject, BODY).min(TEXT_WIDTH) / 3,
            TEXT_WIDTH,
        ));
    for text in &report.introduction {
        docx = docx.add_paragraph(plain("BodyText", text));
    }
    for section in &report.sections {
        docx = docx.add_paragraph(plain("Heading1", &section.heading).keep_next(true));
        for block in &section.blocks {
            docx = match block {
                Block::Heading { text } => {
                    docx.add_paragraph(plain("Heading2", text).keep_next(true))
                }
                Block::Paragraph { text } => docx.add_paragraph(plain("BodyText", text)),
                Block::List { items } => items.iter().fold(docx, |d, item| {
                    d.add_paragraph(plain("ListDash", &format!("- {item}")))
                }),
                Block::Table { columns, rows } => docx
                    .add_table(data_table(columns, rows))
                    .add_paragraph(Paragraph::new().style("BodyText")),
            };
        }
    }
    if !report.closing.is_empty() {
        // Kept with the signature block, as a clerk would.
        docx = docx.add_paragraph(plain("BodyText", &report.closing).keep_next(true));
    }
    docx = docx.add_table(footer_table(report));
    let mut xml = docx.build();
    xml.document = mark_header_rows(xml.document);
    crate::package::pack(xml)
}

#[cfg(test)]
mod tests {
    use super::{balanced, grid, text_width, HEADER_SMALL, TEXT_WIDTH};

    #[test]
    fn a_long_header_line_breaks_where_a_typesetter_would() {
        let issuer = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH";
        let wide = text_width(issuer, HEADER_SMALL);
        assert_eq!(balanced(issuer, HEADER_SMALL, wide), issuer);
        let two = balanced(issuer, HEADER_SMALL, wide * 2 / 3);
        let lines: Vec<&str> = two.split('\n').collect();
        assert_eq!(lines.len(), 2, "{two}");
        assert!(
            lines.iter().all(|line| line.split(' ').count() > 1),
            "{two}"
        );
        assert!(
            lines[1].starts_with("VÀ ") || lines[0].ends_with(','),
            "{two}"
        );
    }

    #[test]
    fn a_column_is_never_narrower_than_its_longest_word() {
        let columns = ["Period", "Days", "Required", "Achieved", "Verdict"].map(String::from);
        let rows = vec![vec![
            "Jan 2023".to_string(),
            "1 Jan 2023 – 31 Jan 2023".to_string(),
            "4".to_string(),
            "3".to_string(),
            "Not over (counted to 14 March 2023), a long verdict that takes room".to_string(),
        ]];
        let widths = grid(&columns, &rows);
        assert!(widths.iter().sum::<usize>() <= TEXT_WIDTH);
        let required = text_width("Required", super::TABLE) * 11 / 10;
        assert!(widths[2] > required, "{widths:?}");
        assert!(widths[3] > required, "{widths:?}");
    }
}

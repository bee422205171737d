//! The consolidated per-agency table as an Excel workbook (.xlsx), for offices that work their
//! figures in a spreadsheet.
//!
//! The table is decided in the core ([`kehoach::report::agency_sheet`]): headings, order and
//! values. Here each cell is only written as what it is: counts as numbers, shares as numbers
//! formatted as percentages (so a sum or a chart in the spreadsheet works), text as text. A
//! crate of its own so the wasm modules never carry the writer.
//!
//! ```
//! # use kehoach::report::{Sheet, SheetCell};
//! let sheet = Sheet {
//!     title: "Tổng hợp".into(),
//!     columns: vec!["Cơ quan".into(), "Hoạt động".into()],
//!     rows: vec![vec![SheetCell::Text("Sở Tư pháp".into()), SheetCell::Count(12)]],
//! };
//! let bytes = kehoach_xlsx::sheet_xlsx(&sheet)?;
//! assert_eq!(&bytes[..2], b"PK"); // a ZIP package
//! # Ok::<(), kehoach_xlsx::XlsxError>(())
//! ```

use kehoach::report::{Sheet, SheetCell};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};

pub use rust_xlsxwriter::XlsxError;

/// Rows above the table: the title, then a blank row.
const HEADER_ROW: u32 = 2;

/// Writes `sheet` as a workbook of one worksheet: the title in the first row, the column
/// headings in the third (frozen, so they stay in view), one row per table row below.
pub fn sheet_xlsx(sheet: &Sheet) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    // Offices print in Times New Roman (Nghị định 30/2020); Calc and Excel both have it.
    let font = |format: Format| format.set_font_name("Times New Roman").set_font_size(12);
    let title = font(Format::new()).set_bold().set_font_size(14);
    let heading = font(Format::new())
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let text = font(Format::new())
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let whole = font(Format::new())
        .set_num_format("#,##0")
        .set_border(FormatBorder::Thin);
    let share = font(Format::new())
        .set_num_format("0.0%")
        .set_border(FormatBorder::Thin);
    // Days as Vietnamese documents write them, whatever the spreadsheet's locale.
    let day = font(Format::new())
        .set_num_format("dd/mm/yyyy")
        .set_border(FormatBorder::Thin);
    worksheet.set_name("Tong hop")?;
    worksheet.write_string_with_format(0, 0, &sheet.title, &title)?;
    for (column, name) in (0u16..).zip(&sheet.columns) {
        worksheet.write_string_with_format(HEADER_ROW, column, name, &heading)?;
        // The agency's name is the one long column; the figures are short.
        let width = if column == 1 { 42.0 } else { 13.0 };
        worksheet.set_column_width(column, width)?;
    }
    worksheet.set_row_height(HEADER_ROW, 48.0)?;
    worksheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    for (row, cells) in (HEADER_ROW + 1..).zip(&sheet.rows) {
        for (column, cell) in (0u16..).zip(cells) {
            match cell {
                SheetCell::Text(value) => {
                    worksheet.write_string_with_format(row, column, value, &text)?;
                }
                SheetCell::Count(value) => {
                    worksheet.write_number_with_format(row, column, f64::from(*value), &whole)?;
                }
                SheetCell::Share {
                    numerator,
                    denominator,
                } => {
                    let value = f64::from(*numerator) / f64::from((*denominator).max(1));
                    worksheet.write_number_with_format(row, column, value, &share)?;
                }
                SheetCell::Date(date) => {
                    let date = ExcelDateTime::from_ymd(
                        u16::try_from(date.year()).unwrap_or_default(),
                        u8::from(date.month()),
                        date.day(),
                    )?;
                    worksheet.write_datetime_with_format(row, column, &date, &day)?;
                }
                SheetCell::Empty => {
                    worksheet.write_blank(row, column, &text)?;
                }
            }
        }
    }
    workbook.save_to_buffer()
}

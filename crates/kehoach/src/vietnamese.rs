//! Vietnamese forms of dates and numbers, as Nghị định 30/2020 prints them.

use time::Date;

/// "ngày 05 tháng 02 năm 2023": day below 10 and months 1–2 take a leading zero; months 3–12
/// do not (Nghị định 30/2020, Phụ lục I).
///
/// ```
/// use time::macros::date;
/// assert_eq!(kehoach::vietnamese::long_date(date!(2023-02-05)), "ngày 05 tháng 02 năm 2023");
/// assert_eq!(kehoach::vietnamese::long_date(date!(2023-12-19)), "ngày 19 tháng 12 năm 2023");
/// assert_eq!(kehoach::vietnamese::long_date(date!(2023-03-01)), "ngày 01 tháng 3 năm 2023");
/// ```
pub fn long_date(date: Date) -> String {
    format!(
        "ngày {:02} tháng {} năm {}",
        date.day(),
        month(date),
        date.year()
    )
}

/// The month as the place-and-date line prints it: "01", "02", then "3" … "12".
pub fn month(date: Date) -> String {
    let month = u8::from(date.month());
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// "15/02/2023", the short form used in running text and tables.
pub fn short_date(date: Date) -> String {
    format!(
        "{:02}/{:02}/{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// A whole number with "." between thousands: 12.345.
///
/// ```
/// assert_eq!(kehoach::vietnamese::number(1234567), "1.234.567");
/// assert_eq!(kehoach::vietnamese::number(-45), "-45");
/// ```
pub fn number(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push('.');
        }
        out.push(digit);
    }
    out
}

/// A count below 10 written with a leading zero, as plans write quotas ("04 tin, bài").
pub fn padded_count(value: u32) -> String {
    format!("{value:02}")
}

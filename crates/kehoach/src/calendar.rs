//! Working days and the data cut-off day of Nghị định 09/2019/NĐ-CP, shared by the validator
//! (deadline rules) and the periods (cut-off windows, report deadlines).

use time::{Date, Weekday};

/// Data for a report is cut off on the 14th of the period's last month; the window of the next
/// period opens on the 15th (Nghị định 09/2019, Điều 12).
pub(crate) const CUT_OFF_DAY: u8 = 14;

/// Whether `date` is a working day: not Saturday or Sunday, and not in `holidays`.
pub(crate) fn is_working_day(date: Date, holidays: &[Date]) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !holidays.contains(&date)
}

/// The working days strictly between `after` and `before`.
pub(crate) fn working_days_between(after: Date, before: Date, holidays: &[Date]) -> u32 {
    let mut count = 0;
    let mut day = after.next_day();
    while let Some(current) = day {
        if current >= before {
            break;
        }
        if is_working_day(current, holidays) {
            count += 1;
        }
        day = current.next_day();
    }
    count
}

/// The working days from the cut-off to the deadline (Nghị định 09/2019, Điều 8 khoản 5 điểm b:
/// "không ít hơn 01 ngày làm việc tính từ thời điểm kết thúc việc lấy số liệu … đến thời hạn gửi
/// báo cáo"): after the cut-off day, up to and including the deadline day. A deadline on the
/// first working day after the cut-off gives one. The day is the plan's, as fixed; a weekend
/// or a listed holiday is not a working day.
pub(crate) fn working_days_to(cut_off: Date, deadline: Date, holidays: &[Date]) -> u32 {
    let last = u32::from(deadline > cut_off && is_working_day(deadline, holidays));
    working_days_between(cut_off, deadline, holidays) + last
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn weekends_and_holidays_are_not_working_days() {
        assert!(is_working_day(date!(2023 - 03 - 14), &[])); // Tuesday
        assert!(!is_working_day(date!(2023 - 03 - 18), &[])); // Saturday
        assert!(!is_working_day(
            date!(2023 - 05 - 01),
            &[date!(2023 - 05 - 01)]
        ));
    }

    #[test]
    fn working_days_between_excludes_both_ends() {
        // Cut-off Tuesday 14 March 2023, deadline Monday 20 March: 15, 16, 17 March in between.
        assert_eq!(
            working_days_between(date!(2023 - 03 - 14), date!(2023 - 03 - 20), &[]),
            3
        );
        assert_eq!(
            working_days_between(date!(2023 - 03 - 14), date!(2023 - 03 - 15), &[]),
            0
        );
    }
}

//! The task table and timings: ids, contents and units that resolve, forms and audiences that
//! agree, products that can be shown, and timings that say one readable thing in the plan's
//! year.
//!
//! Timings of forms are checked here too, not in `forms.rs`: a timing means the same wherever
//! the plan writes it, so one function reads it for a task and for a form, and the `TIM` rules
//! cannot come to disagree between the two.
//!
//! The rules on what the task table covers (`TSK013`, `TSK014`) only apply to a plan that has
//! one: a plan without a table (most department plans) gives its forms to units directly, and
//! must not gain a finding for every form.

use time::{Date, Month};

use super::catalogue::*;
use super::{compound_key, date_word, has_id, repeats, sorted_ids, word, Checker, Word};
use crate::diagnostic::Params;
use crate::model::fold;
use crate::model::save::JsonName;
use crate::{Task, Timing, TimingKind};

pub(super) fn check(c: &mut Checker) {
    let plan = c.plan;
    for (index, task) in plan.tasks.iter().enumerate() {
        let base = format!("/tasks/{index}");
        content(c, &base, task);
        units(c, &base, task);
        form_and_audience(c, &base, task);
        if let Some(timing) = &task.timing {
            self::timing(c, &format!("{base}/timing"), timing);
        }
    }
    ids(c);
    repeated_contents(c);
    products(c);
    for (a, audience) in plan.audiences.iter().enumerate() {
        for (f, form) in audience.forms.iter().enumerate() {
            if let Some(timing) = &form.timing {
                self::timing(c, &format!("/audiences/{a}/forms/{f}/timing"), timing);
            }
        }
    }
    coverage(c);
}

fn ids(c: &mut Checker) {
    let plan = c.plan;
    for (index, task) in plan.tasks.iter().enumerate() {
        let path = format!("/tasks/{index}/id");
        if task.id.trim().is_empty() {
            c.emit(&TSK001, path, Params::new());
        } else if !super::forms::is_well_formed(&task.id) {
            c.emit(&FRM005, path, Params::new().with("id", task.id.as_str()));
        }
    }
    let keyed = plan
        .tasks
        .iter()
        .enumerate()
        .filter(|(_, task)| !task.id.trim().is_empty())
        .map(|(index, task)| {
            (
                format!("/tasks/{index}/id"),
                task.id.clone(),
                task.id.as_str(),
            )
        });
    for (path, first, id) in repeats(keyed) {
        c.emit(
            &TSK002,
            path,
            Params::new().with("id", id).with("first", first),
        );
    }
}

fn content(c: &mut Checker, base: &str, task: &Task) {
    if task.content.trim().is_empty() {
        c.emit(
            &TSK003,
            format!("{base}/content"),
            Params::new().with("id", task.id.as_str()),
        );
    }
}

/// The same content twice in one group for one audience is a row copied by mistake; the same
/// words under two groups ("Tổ chức hội nghị" for officials and for citizens) are two tasks.
fn repeated_contents(c: &mut Checker) {
    let plan = c.plan;
    let keyed = plan
        .tasks
        .iter()
        .enumerate()
        .filter(|(_, task)| !task.content.trim().is_empty())
        .map(|(index, task)| {
            let group = task.group.as_deref().map(fold).unwrap_or_default();
            let audience = task.audience.as_deref().unwrap_or_default();
            (
                format!("/tasks/{index}/content"),
                compound_key(&[&group, audience, &fold(&task.content)]),
                task.content.as_str(),
            )
        });
    for (path, first, content) in repeats(keyed) {
        c.emit(
            &TSK004,
            path,
            Params::new().with("content", content).with("first", first),
        );
    }
}

fn units(c: &mut Checker, base: &str, task: &Task) {
    let plan = c.plan;
    if task.lead.iter().all(|unit| unit.trim().is_empty()) {
        c.emit(
            &TSK005,
            format!("{base}/lead"),
            Params::new().with("content", task.content.as_str()),
        );
    }
    let known = sorted_ids(plan.units.iter().map(|unit| unit.id.as_str()));
    let roles = [
        ("lead", &task.lead, ("chủ trì", "lead")),
        (
            "coordinating",
            &task.coordinating,
            ("phối hợp", "coordinating"),
        ),
    ];
    for (key, ids, (role_vi, role_en)) in roles {
        for (u, unit) in ids.iter().enumerate() {
            if !has_id(&known, unit) {
                c.emit_with(
                    &TSK006,
                    format!("{base}/{key}/{u}"),
                    Params::new().with("unit", unit.as_str()),
                    vec![word("roleName", role_vi, role_en)],
                );
            }
        }
    }
    let leads = sorted_ids(task.lead.iter().map(String::as_str));
    for (u, unit) in task.coordinating.iter().enumerate() {
        if has_id(&leads, unit) {
            // A unit the plan lacks is TSK006's finding; its id is all there is to show.
            let name = plan
                .unit(unit)
                .map_or(unit.as_str(), |known| known.name.as_str());
            c.emit(
                &TSK007,
                format!("{base}/coordinating/{u}"),
                Params::new().with("unit", unit.as_str()).with("name", name),
            );
        }
    }
}

fn form_and_audience(c: &mut Checker, base: &str, task: &Task) {
    let plan = c.plan;
    let form_audience = match &task.form {
        None => None,
        Some(form) => {
            let found = plan.audiences.iter().find_map(|audience| {
                let known = audience.forms.iter().find(|f| &f.id == form)?;
                Some((known, audience.id.as_str()))
            });
            if found.is_none() {
                c.emit(
                    &TSK008,
                    format!("{base}/form"),
                    Params::new().with("form", form.as_str()),
                );
            }
            found
        }
    };
    let Some(audience) = &task.audience else {
        return;
    };
    if !plan.audiences.iter().any(|known| &known.id == audience) {
        c.emit(
            &TSK009,
            format!("{base}/audience"),
            Params::new().with("audience", audience.as_str()),
        );
        return;
    }
    if let Some((form, expected)) = form_audience {
        if expected != audience {
            c.emit(
                &TSK010,
                format!("{base}/audience"),
                Params::new()
                    .with("audience", audience.as_str())
                    .with("form", form.id.as_str())
                    .with("name", form.name.as_str())
                    .with("expected", expected),
            );
        }
    }
}

/// Words of a product that name something one can be shown: a report, an article, an event
/// held (a session of a mass organisation is one, as a conference is), a document issued,
/// material printed, posted or broadcast, figures (files submitted online are counted).
/// Folded (lower case, NFC).
const CHECKABLE_PRODUCTS: &[&str] = &[
    "báo cáo",
    "bài",
    "bài viết",
    "tin bài",
    "tin, bài",
    "tin tức",
    "tin, ảnh",
    "bản tin",
    "chuyên mục",
    "chuyên trang",
    "phóng sự",
    "hội nghị",
    "hội thảo",
    "hội thi",
    "cuộc thi",
    "tập huấn",
    "tọa đàm",
    "toạ đàm",
    "lớp",
    "buổi",
    "cuộc họp",
    "sinh hoạt",
    "văn bản",
    "kế hoạch",
    "công văn",
    "quyết định",
    "thông báo",
    "hướng dẫn",
    "chỉ thị",
    "clip",
    "video",
    "infographic",
    "phim",
    "tờ rơi",
    "tờ gấp",
    "pa nô",
    "pano",
    "panô",
    "áp phích",
    "băng rôn",
    "khẩu hiệu",
    "ấn phẩm",
    "tài liệu",
    "sổ tay",
    "số liệu",
    "số lượng",
    "tỷ lệ",
    "tỉ lệ",
    "hồ sơ",
    "danh sách",
    "danh mục",
    "biên bản",
    "phiếu",
    "khảo sát",
    "lượt",
    "niêm yết",
    "đăng tải",
    "trang thông tin",
    "cổng thông tin",
    "website",
];

/// Whether `product` names something that can be shown: one of [`CHECKABLE_PRODUCTS`] as whole
/// words. "Theo yêu cầu", "theo quy định", "các hoạt động tuyên truyền" name nothing one could
/// ask to see, and a monitoring unit cannot tell from them whether the task was done.
fn is_checkable(product: &str) -> bool {
    let product = fold(product);
    CHECKABLE_PRODUCTS
        .iter()
        .any(|term| contains_words(&product, term))
}

/// Whether `text` contains `words` with no letter or digit on either side.
fn contains_words(text: &str, words: &str) -> bool {
    let mut rest = text;
    let mut before: Option<char> = None;
    while let Some(at) = rest.find(words) {
        let (head, tail) = rest.split_at(at);
        let left = head.chars().next_back().or(before);
        let right = tail
            .get(words.len()..)
            .and_then(|after| after.chars().next());
        let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if apart(left) && apart(right) {
            return true;
        }
        let step = tail.chars().next().map_or(1, char::len_utf8);
        before = tail.chars().next();
        rest = tail.get(step..).unwrap_or_default();
    }
    false
}

/// A product is asked for only when the table has a product column: a table that never names
/// one is a layout choice, and a finding on every row would bury the others.
fn products(c: &mut Checker) {
    let plan = c.plan;
    if plan.tasks.iter().all(|task| task.product.is_none()) {
        return;
    }
    for (index, task) in plan.tasks.iter().enumerate() {
        let path = format!("/tasks/{index}/product");
        match task.product.as_deref() {
            Some(product) if !product.trim().is_empty() => {
                if !is_checkable(product) {
                    c.emit(&TSK012, path, Params::new().with("product", product));
                }
            }
            _ => c.emit(
                &TSK011,
                path,
                Params::new().with("content", task.content.as_str()),
            ),
        }
    }
}

/// Forms and quotas nobody carries out, when the plan has a task table.
fn coverage(c: &mut Checker) {
    let plan = c.plan;
    if plan.tasks.is_empty() {
        return;
    }
    let carried = sorted_ids(plan.tasks.iter().filter_map(|task| task.form.as_deref()));
    let counted = sorted_ids(plan.quotas.iter().map(|quota| quota.form.as_str()));
    for (a, audience) in plan.audiences.iter().enumerate() {
        for (f, form) in audience.forms.iter().enumerate() {
            // A form a quota counts gets the quota's finding (TSK014), which says more.
            if has_id(&carried, &form.id) || !form.units.is_empty() || has_id(&counted, &form.id) {
                continue;
            }
            c.emit(
                &TSK013,
                format!("/audiences/{a}/forms/{f}"),
                Params::new()
                    .with("name", form.name.as_str())
                    .with("form", form.id.as_str()),
            );
        }
    }
    for (index, quota) in plan.quotas.iter().enumerate() {
        // An unknown form is QTA006's finding.
        let Some(form) = plan.form(&quota.form) else {
            continue;
        };
        if has_id(&carried, &form.id) || !form.units.is_empty() || !quota.units.is_empty() {
            continue;
        }
        c.emit(
            &TSK014,
            format!("/quotas/{index}/form"),
            Params::new()
                .with("form", form.id.as_str())
                .with("name", form.name.as_str()),
        );
    }
}

/// The fields of a timing, as its JSON keys.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    From,
    Due,
    Every,
}

impl Field {
    fn key(self) -> &'static str {
        match self {
            Field::From => "from",
            Field::Due => "due",
            Field::Every => "every",
        }
    }

    fn name(self) -> Word {
        match self {
            Field::From => word("fieldName", "ngày bắt đầu", "start day"),
            Field::Due => word("fieldName", "ngày hạn", "due day"),
            Field::Every => word("fieldName", "chu kỳ lặp lại", "period it recurs in"),
        }
    }

    fn present(self, timing: &Timing) -> bool {
        match self {
            Field::From => timing.from.is_some(),
            Field::Due => timing.due.is_some(),
            Field::Every => timing.every.is_some(),
        }
    }
}

/// What each kind of timing must have and may have (`TimingKind`'s documentation): a span has
/// both ends, a day to be done by has only the day, a recurring timing says how often (and may
/// say within which span), and a timing with no date has no field at all.
fn fields(kind: TimingKind) -> (&'static [Field], &'static [Field]) {
    use Field::*;
    match kind {
        TimingKind::ByDate => (&[Due], &[Due]),
        TimingKind::Month
        | TimingKind::Quarter
        | TimingKind::HalfYear
        | TimingKind::Range
        | TimingKind::Year => (&[From, Due], &[From, Due]),
        TimingKind::Recurring => (&[Every], &[From, Due, Every]),
        TimingKind::Continuous | TimingKind::Unscheduled | TimingKind::Unread => (&[], &[]),
    }
}

/// A timing kind in running text: "theo quý" / "one quarter".
fn kind_name(kind: TimingKind) -> Word {
    let (vi, en) = match kind {
        TimingKind::ByDate => ("hạn theo ngày", "due by a day"),
        TimingKind::Month => ("theo tháng", "one month"),
        TimingKind::Quarter => ("theo quý", "one quarter"),
        TimingKind::HalfYear => ("theo 6 tháng", "six months"),
        TimingKind::Range => ("theo khoảng thời gian", "a span of months"),
        TimingKind::Year => ("cả năm", "the whole year"),
        TimingKind::Continuous => ("thường xuyên", "continuously"),
        TimingKind::Recurring => ("định kỳ", "periodically"),
        TimingKind::Unscheduled => ("theo kế hoạch, chỉ đạo", "when planned or directed"),
        TimingKind::Unread => ("chưa đọc được", "not understood"),
    };
    word("kindName", vi, en)
}

fn timing(c: &mut Checker, base: &str, timing: &Timing) {
    let text = timing.text.as_str();
    if timing.kind == TimingKind::Unread {
        c.emit(
            &TIM001,
            format!("{base}/text"),
            Params::new().with("text", text),
        );
    }
    let (needs, allows) = fields(timing.kind);
    for field in [Field::From, Field::Due, Field::Every] {
        let rule = match (
            field.present(timing),
            needs.contains(&field),
            allows.contains(&field),
        ) {
            (false, true, _) => &TIM002,
            (true, _, false) => &TIM003,
            _ => continue,
        };
        c.emit_with(
            rule,
            format!("{base}/{}", field.key()),
            Params::new()
                .with("text", text)
                .with("kind", timing.kind.json_name())
                .with("field", field.key()),
            vec![kind_name(timing.kind), field.name()],
        );
    }
    let usable = |field: Field| allows.contains(&field) && field.present(timing);
    if let (Some(from), Some(due)) = (timing.from, timing.due) {
        if usable(Field::From) && usable(Field::Due) {
            if from > due {
                c.emit_with(
                    &TIM004,
                    format!("{base}/from"),
                    dates(text, from, due),
                    vec![date_word("fromText", from), date_word("dueText", due)],
                );
            } else if let Some(span) = whole_span(timing.kind, from, due) {
                c.emit_with(
                    &TIM005,
                    format!("{base}/from"),
                    dates(text, from, due).with("kind", timing.kind.json_name()),
                    vec![
                        date_word("fromText", from),
                        date_word("dueText", due),
                        kind_name(timing.kind),
                        span,
                    ],
                );
            }
        }
    }
    let year = c.plan.year;
    for (field, date) in [(Field::From, timing.from), (Field::Due, timing.due)] {
        let Some(date) = date.filter(|date| usable(field) && date.year() != year) else {
            continue;
        };
        c.emit_with(
            &TIM006,
            format!("{base}/{}", field.key()),
            Params::new()
                .with("text", text)
                .with("field", field.key())
                .with("date", crate::model::iso_date::format(date))
                .with("year", year),
            vec![field.name(), date_word("dateText", date)],
        );
    }
}

fn dates(text: &str, from: Date, due: Date) -> Params {
    Params::new()
        .with("text", text)
        .with("from", crate::model::iso_date::format(from))
        .with("due", crate::model::iso_date::format(due))
}

/// For a timing of a month, quarter, half year or year whose span is not one whole such
/// period, what it should have been (the `spanName` of TIM005); `None` when it is one, or the
/// kind has no fixed length.
fn whole_span(kind: TimingKind, from: Date, due: Date) -> Option<Word> {
    let months = match kind {
        TimingKind::Month => 1,
        TimingKind::Quarter => 3,
        TimingKind::HalfYear => 6,
        TimingKind::Year => 12,
        _ => return None,
    };
    let first_month = u8::from(from.month());
    let starts_period = from.day() == 1 && (first_month - 1) % months == 0;
    let last_month = first_month + months - 1;
    let ends_period = Month::try_from(last_month).is_ok_and(|month| {
        due.year() == from.year() && due.month() == month && due.day() == month.length(due.year())
    });
    if starts_period && ends_period {
        return None;
    }
    let (vi, en) = match kind {
        TimingKind::Month => ("trọn một tháng", "one whole month"),
        TimingKind::Quarter => ("trọn một quý", "one whole quarter"),
        TimingKind::HalfYear => (
            "6 tháng đầu năm hoặc 6 tháng cuối năm",
            "the first or the second half of a year",
        ),
        _ => ("trọn một năm", "one whole year"),
    };
    Some(word("spanName", vi, en))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn products_that_can_be_shown() {
        for product in [
            "Báo cáo kết quả",
            "Kế hoạch được ban hành",
            "03 bài/năm",
            "Tin, bài đăng trên Cổng thông tin điện tử",
            "Hội nghị được tổ chức",
            "Pa nô, áp phích",
            "Số liệu thống kê",
            "Clip tuyên truyền",
            // Products of the district example: a posting one can go and see, a count of
            // applications, sessions held.
            "TTHC được niêm yết đúng quy định",
            "Hồ sơ nộp trực tuyến tăng so với năm 2023",
            "Nội dung lồng ghép trong sinh hoạt đoàn thể",
        ] {
            assert!(is_checkable(product), "{product}");
        }
        for product in [
            "Theo yêu cầu",
            "Theo quy định",
            "Các hoạt động tuyên truyền",
            "Nâng cao nhận thức về CCHC",
            "Thông tin được cung cấp kịp thời",
            "Đạt hiệu quả",
        ] {
            assert!(!is_checkable(product), "{product}");
        }
    }

    #[test]
    fn words_match_whole() {
        assert!(contains_words("03 bài", "bài"));
        assert!(contains_words("bài", "bài"));
        assert!(!contains_words("bàin", "bài"));
        assert!(!contains_words("thông tin", "tin bài"));
        assert!(contains_words("xbài bài", "bài"));
        assert!(!contains_words("xbài", "bài"));
    }

    #[test]
    fn whole_periods() {
        let quarter = TimingKind::Quarter;
        assert!(whole_span(quarter, date!(2024 - 04 - 01), date!(2024 - 06 - 30)).is_none());
        assert!(whole_span(quarter, date!(2024 - 05 - 01), date!(2024 - 07 - 31)).is_some());
        assert!(whole_span(quarter, date!(2024 - 04 - 01), date!(2024 - 06 - 29)).is_some());
        let month = TimingKind::Month;
        assert!(whole_span(month, date!(2024 - 02 - 01), date!(2024 - 02 - 29)).is_none());
        assert!(whole_span(month, date!(2023 - 02 - 01), date!(2023 - 02 - 27)).is_some());
        assert!(whole_span(
            TimingKind::HalfYear,
            date!(2024 - 07 - 01),
            date!(2024 - 12 - 31)
        )
        .is_none());
        assert!(whole_span(
            TimingKind::HalfYear,
            date!(2024 - 04 - 01),
            date!(2024 - 09 - 30)
        )
        .is_some());
        assert!(whole_span(
            TimingKind::Year,
            date!(2024 - 01 - 01),
            date!(2024 - 12 - 31)
        )
        .is_none());
        assert!(whole_span(
            TimingKind::Range,
            date!(2024 - 03 - 05),
            date!(2024 - 05 - 02)
        )
        .is_none());
    }
}

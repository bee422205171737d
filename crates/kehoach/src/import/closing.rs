//! The closing of the document (distribution list, archive line, signature block) and the
//! implementation arrangements read from "TỔ CHỨC THỰC HIỆN": units, who monitors the plan,
//! and how results are reported.

use crate::diagnostic::Params;
use crate::model::{
    Archive, Body, Implementation, Recipient, ReportKind, ReportingRule, Responsibility, Signature,
    SigningAuthority, Unit,
};

use super::lines::{self, Line};
use super::{codes, excerpt, no_reporting_rule, unique_id, unit, Draft, Findings, Ids};
use crate::text::{self, Lower};

const AUTHORITIES: [(&str, SigningAuthority); 5] = [
    ("KT.", SigningAuthority::Kt),
    ("TM.", SigningAuthority::Tm),
    ("TUQ.", SigningAuthority::Tuq),
    ("TL.", SigningAuthority::Tl),
    ("Q.", SigningAuthority::Q),
];

/// Whether a line starts the closing: "Nơi nhận" or a signing notation ("KT. GIÁM ĐỐC").
pub(crate) fn starts_closing(text: &str) -> bool {
    text::starts_with_any(text, &["nơi nhận"]) || authority(text).is_some()
}

/// "KT. GIÁM ĐỐC" → (Kt, "GIÁM ĐỐC …").
fn authority(text: &str) -> Option<(SigningAuthority, &str)> {
    AUTHORITIES.iter().find_map(|(notation, authority)| {
        let rest = text.strip_prefix(notation)?.trim_start();
        let capital = rest.chars().next().is_some_and(char::is_uppercase);
        (capital
            && lines::is_all_caps(
                rest.split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            ))
        .then_some((*authority, rest))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Recipients,
    Signature,
}

/// Reads the closing lines.
pub(crate) fn read(lines: &[Line], draft: &mut Draft, findings: &mut Findings) {
    let mut part = Part::Start;
    let mut list = RecipientList {
        items: Vec::new(),
        line: 0,
        last_ended: true,
    };
    let mut signature = SignatureDraft::default();
    for line in lines {
        let text = line.text.as_str();
        if text.is_empty() {
            continue;
        }
        if text::starts_with_any(text, &["nơi nhận"]) {
            part = Part::Recipients;
            list.open(text, line.no, draft, findings);
            continue;
        }
        if let Some((authority, rest)) = authority(text) {
            part = Part::Signature;
            signature.authority = Some(authority);
            signature.line = line.no;
            signature.titles_and_name(rest);
            continue;
        }
        match part {
            Part::Recipients => {
                if list.take(text, line.no, draft, findings) {
                    part = Part::Signature;
                }
            }
            Part::Start | Part::Signature => {
                if !signature.take(text, line.no) {
                    findings.add(
                        &codes::NOT_PLACED,
                        line.no,
                        "",
                        Params::new().with("text", excerpt(text)),
                    );
                }
            }
        }
    }
    list.finish(draft, findings);
    if let Some(read) = signature.finish() {
        findings.add(
            &codes::SIGNATURE_READ,
            signature.line,
            "/document/signature",
            Params::new().with("name", read.signer_name.as_str()),
        );
        draft.signature = Some((read, signature.line));
    }
}

/// The distribution list (nơi nhận) as it is read.
struct RecipientList {
    items: Vec<Recipient>,
    /// The line of "Nơi nhận".
    line: usize,
    /// Whether the last item ended (";", "."), so the next line starts a new one.
    last_ended: bool,
}

impl RecipientList {
    /// "Nơi nhận:", with the items written on the same line.
    fn open(&mut self, text: &str, line: usize, draft: &mut Draft, findings: &mut Findings) {
        self.line = line;
        let rest = text::from(text, "nơi nhận".len())
            .trim_start()
            .trim_start_matches(':')
            .trim();
        for item in split_inline(rest) {
            add_recipient(
                item,
                line,
                &mut self.items,
                draft,
                findings,
                &mut self.last_ended,
            );
        }
    }

    /// One line of the list: an item, the continuation of one, or the archive line ("Lưu:
    /// …"), which ends the list (returns `true`).
    fn take(
        &mut self,
        text: &str,
        line: usize,
        draft: &mut Draft,
        findings: &mut Findings,
    ) -> bool {
        let bare = text.trim_start_matches(['-', '+', '•', '–']).trim();
        if text::starts_with_any(bare, &["lưu"]) {
            read_archive(bare, line, draft, findings);
            return true;
        }
        if text.starts_with('(') && !self.items.is_empty() {
            // "(t/h)" wrapped onto a line of its own.
            if let Some(last) = self.items.last_mut() {
                let continued = format!("{}; {}", last.name, text);
                *last = recipient(&continued);
            }
            self.last_ended = true;
        } else if lines::marker(text).0 == lines::Marker::Bullet
            || text.starts_with('-')
            || self.last_ended
        {
            add_recipient(
                text,
                line,
                &mut self.items,
                draft,
                findings,
                &mut self.last_ended,
            );
        } else if let Some(last) = self.items.last_mut() {
            // A recipient wrapped onto the next line.
            let continued = format!("{} {}", last.name, text);
            *last = recipient(&continued);
            self.last_ended = ends_item(text);
        }
        false
    }

    /// Records the list, when it has items.
    fn finish(self, draft: &mut Draft, findings: &mut Findings) {
        if !self.items.is_empty() {
            findings.add(
                &codes::RECIPIENTS_READ,
                self.line,
                "/document/recipients",
                Params::new().with("count", self.items.len()),
            );
            draft.recipients = Some((self.items, self.line));
        }
    }
}

fn ends_item(text: &str) -> bool {
    let trimmed = text.trim_end();
    trimmed.ends_with(';') || trimmed.ends_with(')') || trimmed.ends_with('.')
}

/// Recipients run together on one line: "- UBND tỉnh (Báo cáo); - GD, các PGĐ Sở".
fn split_inline(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(found) = text::from(text, search).find(" - ") {
        let at = search + found;
        let before = text::until(text, at).trim_end();
        if before.ends_with(';') || before.ends_with(')') {
            out.push(text::sub(text, start, at));
            start = at + 1;
        }
        search = at + 3;
    }
    out.push(text::from(text, start));
    out
}

fn add_recipient(
    text: &str,
    line: usize,
    recipients: &mut Vec<Recipient>,
    draft: &mut Draft,
    findings: &mut Findings,
    last_ended: &mut bool,
) {
    let bare = text.trim().trim_start_matches(['-', '+', '•', '–']).trim();
    if bare.is_empty() {
        return;
    }
    if text::starts_with_any(bare, &["lưu"]) {
        read_archive(bare, line, draft, findings);
        return;
    }
    recipients.push(recipient(bare));
    *last_ended = ends_item(bare);
}

/// "UBND tỉnh (Báo cáo);" → name "UBND tỉnh", purpose "Báo cáo".
fn recipient(text: &str) -> Recipient {
    let text = text.trim().trim_end_matches([';', ',', '.']).trim();
    if let Some(inner) = text.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let purpose = text::from(inner, open + 1).trim();
            let name = text::until(inner, open)
                .trim()
                .trim_end_matches([';', ','])
                .trim();
            if !purpose.is_empty() && !name.is_empty() {
                return Recipient {
                    name: name.to_string(),
                    purpose: Some(purpose.to_string()),
                };
            }
        }
    }
    Recipient {
        name: text.to_string(),
        purpose: None,
    }
}

/// "Lưu: VT, VP. (CTL)" → holders VT and VP, drafter CTL.
fn read_archive(text: &str, line: usize, draft: &mut Draft, findings: &mut Findings) {
    let rest = text::from(text, "lưu".len())
        .trim_start()
        .trim_start_matches(':')
        .trim();
    let (list, drafter) = match (rest.rfind('('), rest.ends_with(')')) {
        (Some(open), true) => (
            text::until(rest, open),
            Some(text::sub(rest, open + 1, rest.len() - 1).trim().to_string()),
        ),
        _ => (rest, None),
    };
    let holders: Vec<String> = list
        .split([',', ';'])
        .map(|h| h.trim().trim_end_matches('.').trim().to_string())
        .filter(|h| !h.is_empty())
        .collect();
    findings.add(
        &codes::ARCHIVE_READ,
        line,
        "/document/archive",
        Params::new().with("text", text),
    );
    draft.archive = Some((
        Archive {
            holders,
            drafter: drafter.filter(|d| !d.is_empty()),
            text: text.to_string(),
        },
        line,
    ));
}

#[derive(Debug, Default)]
struct SignatureDraft {
    authority: Option<SigningAuthority>,
    head_title: Option<String>,
    signer_title: Option<String>,
    signer_name: Option<String>,
    line: usize,
}

impl SignatureDraft {
    /// Takes a line of the signature block; false when it is not one.
    fn take(&mut self, text: &str, line: usize) -> bool {
        let lower = text::lower(text);
        let note = lower.trim_matches(['(', ')', '[', ']', ' ']);
        if matches!(
            note,
            "đã ký" | "đã kí" | "ký" | "daky" | "ký tên, đóng dấu" | "ký, ghi rõ họ tên"
        ) {
            return true;
        }
        if lines::is_all_caps(text) && self.signer_name.is_none() {
            if self.line == 0 {
                self.line = line;
            }
            self.titles_and_name(text);
            return true;
        }
        if self.signer_name.is_none() && is_person_name(text) {
            if self.line == 0 {
                self.line = line;
            }
            self.signer_name = Some(text.trim().to_string());
            return true;
        }
        false
    }

    /// "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", or flattened "GIÁM ĐỐC PHÓ GIÁM ĐỐC Dương Minh Tuệ".
    fn titles_and_name(&mut self, text: &str) {
        let words = text::words(text);
        let caps_end = words
            .iter()
            .position(|w| !lines::is_all_caps(w.2))
            .map_or(text.len(), |index| {
                words.get(index).map_or(text.len(), |w| w.0)
            });
        let titles = text::until(text, caps_end).trim();
        let name = text::from(text, caps_end).trim();
        if !titles.is_empty() {
            // "GIÁM ĐỐC PHÓ GIÁM ĐỐC": the deputy's title starts at "PHÓ".
            let split = Lower::new(titles)
                .find_from("phó", 1)
                .map(|(begin, _)| begin)
                .filter(|begin| *begin > 0);
            match split {
                Some(at) if self.head_title.is_none() => {
                    self.head_title = Some(text::until(titles, at).trim().to_string());
                    self.signer_title = Some(text::from(titles, at).trim().to_string());
                }
                _ if self.head_title.is_none() => self.head_title = Some(titles.to_string()),
                _ if self.signer_title.is_none() => self.signer_title = Some(titles.to_string()),
                _ => {}
            }
        }
        if !name.is_empty() && is_person_name(name) {
            self.signer_name = Some(name.to_string());
        }
    }

    fn finish(&self) -> Option<Signature> {
        let head_title = self.head_title.clone()?;
        Some(Signature {
            authority: self.authority,
            head_title,
            signer_title: self.signer_title.clone(),
            signer_name: self.signer_name.clone().unwrap_or_default(),
        })
    }
}

/// "Dương Minh Tuệ": two to six capitalised words, no digits.
fn is_person_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase())
        })
}

/// Units, responsibilities, the monitoring unit and the reporting rule, from the paragraphs of
/// "TỔ CHỨC THỰC HIỆN".
pub(crate) fn implementation(
    paragraphs: &[(String, usize)],
    saw_part: bool,
    archive_holders: &[String],
    findings: &mut Findings,
) -> (Vec<Unit>, Option<Implementation>) {
    if paragraphs.is_empty() {
        report_no_implementation(saw_part, findings);
        return (Vec::new(), None);
    }
    let (named, subjects) = named_units(paragraphs);
    let monitor = paragraphs
        .iter()
        .zip(&subjects)
        .find(|((text, _), subject)| {
            subject.is_some()
                && Lower::new(text)
                    .find_any(&["theo dõi", "đôn đốc"], 0)
                    .is_some()
        })
        .and_then(|(_, subject)| *subject);
    let (units, ids) = make_units(&named, monitor, archive_holders, findings);
    let id_of = |subject: Option<usize>| {
        subject.and_then(|s| {
            ids.iter()
                .find(|(index, _)| *index == s)
                .map(|(_, id)| id.clone())
        })
    };
    let responsibilities: Vec<Responsibility> = paragraphs
        .iter()
        .zip(&subjects)
        .enumerate()
        .map(|(index, ((text, line), subject))| {
            let units: Vec<String> = id_of(*subject).into_iter().collect();
            findings.add(
                &codes::RESPONSIBILITY_READ,
                *line,
                format!("/implementation/responsibilities/{index}"),
                Params::new().with("units", units.len()),
            );
            Responsibility {
                text: text.clone(),
                units,
            }
        })
        .collect();
    let monitoring_unit = id_of(monitor).unwrap_or_default();
    if monitoring_unit.is_empty() {
        findings.add(
            &codes::MONITORING_MISSING,
            0,
            "/implementation/monitoringUnit",
            Params::new(),
        );
    }
    let reporting = reporting(paragraphs, &monitoring_unit, findings);
    (
        units,
        Some(Implementation {
            responsibilities,
            monitoring_unit,
            reporting,
        }),
    )
}

/// Reports a text with no implementation paragraphs: the part (unless its heading was seen),
/// the monitoring unit and the reporting rule are missing.
fn report_no_implementation(saw_part: bool, findings: &mut Findings) {
    if !saw_part {
        findings.add(
            &codes::IMPLEMENTATION_MISSING,
            0,
            "/implementation",
            Params::new(),
        );
    }
    findings.add(
        &codes::MONITORING_MISSING,
        0,
        "/implementation/monitoringUnit",
        Params::new(),
    );
    findings.add(
        &codes::REPORTING_MISSING,
        0,
        "/implementation/reporting",
        Params::new(),
    );
}

/// Units in order of mention, each with the line of the paragraph that first names it, and
/// for each paragraph the index of the unit it is about.
fn named_units(paragraphs: &[(String, usize)]) -> (Vec<(String, usize)>, Vec<Option<usize>>) {
    let mut named: Vec<(String, usize)> = Vec::new();
    let mut subjects: Vec<Option<usize>> = Vec::new();
    for (text, line) in paragraphs {
        let subject = unit_subject(text).map(|name| {
            let key = crate::model::fold(&name);
            match named.iter().position(|(n, _)| crate::model::fold(n) == key) {
                Some(index) => index,
                None => {
                    named.push((name, *line));
                    named.len() - 1
                }
            }
        });
        subjects.push(subject);
    }
    (named, subjects)
}

/// The units, the monitoring unit first (it owns the plan), then the others in order of
/// mention; with the id given to each named unit.
fn make_units(
    named: &[(String, usize)],
    monitor: Option<usize>,
    archive_holders: &[String],
    findings: &mut Findings,
) -> (Vec<Unit>, Vec<(usize, String)>) {
    let mut order: Vec<usize> = monitor.into_iter().collect();
    order.extend((0..named.len()).filter(|index| Some(*index) != monitor));
    let mut taken = Ids::default();
    let mut ids: Vec<(usize, String)> = Vec::new();
    let mut units = Vec::new();
    for index in order {
        let Some((name, line)) = named.get(index) else {
            continue;
        };
        let base = unit_base(name);
        let id = unique_id(&text::slug(&base), &mut taken);
        let initials: String = base
            .split_whitespace()
            .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
            .map(text::upper_letter)
            .collect();
        let abbreviation = archive_holders.contains(&initials).then_some(initials);
        findings.add(
            &codes::UNIT_READ,
            *line,
            format!("/units/{}", units.len()),
            Params::new()
                .with("name", name.as_str())
                .with("id", id.as_str()),
        );
        ids.push((index, id.clone()));
        units.push(unit(id, name.clone(), abbreviation));
    }
    (units, ids)
}

/// The unit a paragraph assigns: "Giao Văn phòng Sở theo dõi …" → "Văn phòng Sở"; "Các phòng,
/// đơn vị trực thuộc Sở có trách nhiệm …" → "Các phòng, đơn vị trực thuộc Sở".
fn unit_subject(paragraph: &str) -> Option<String> {
    const HEADS: [&str; 12] = [
        "các phòng",
        "phòng",
        "văn phòng",
        "thanh tra",
        "trung tâm",
        "chi cục",
        "các đơn vị",
        "đơn vị",
        "ban",
        "bộ phận",
        "tổ",
        "các cơ quan",
    ];
    const VERBS: [&str; 22] = [
        "có trách nhiệm",
        "chịu trách nhiệm",
        "chủ trì",
        "phối hợp",
        "theo dõi",
        "tham mưu",
        "thực hiện",
        "triển khai",
        "tổ chức",
        "căn cứ",
        "xây dựng",
        "đôn đốc",
        "là đầu mối",
        "làm đầu mối",
        "hướng dẫn",
        "tổng hợp",
        "được giao",
        "cập nhật",
        "đăng tải",
        "quán triệt",
        "chỉ đạo",
        "kiểm tra",
    ];
    let lower = Lower::new(paragraph);
    let start = if lower.starts_with("giao") {
        "giao".len()
    } else {
        0
    };
    let rest = text::from(paragraph, start).trim_start();
    if !text::starts_with_any(rest, &HEADS) {
        return None;
    }
    let rest_lower = Lower::new(rest);
    let end = rest_lower
        .find_any(&VERBS, 1)
        .map(|(begin, _, _)| begin)
        .into_iter()
        .chain(rest.find([':', ';', '.']))
        .min()?;
    let name = text::until(rest, end).trim().trim_end_matches(',').trim();
    (!name.is_empty() && lines::word_count(name) <= 12).then(|| name.to_string())
}

/// The words of a unit's name that identify it: "Các phòng, đơn vị trực thuộc Sở" → "phòng,
/// đơn vị"; "Văn phòng Sở" → "Văn phòng".
pub(crate) fn unit_base(name: &str) -> String {
    let mut base = name.trim().to_string();
    for prefix in ["các ", "những "] {
        if text::lower(&base).starts_with(prefix) {
            base = text::from(&base, prefix.len()).to_string();
        }
    }
    // A district's units are named with their level ("Bưu điện huyện", "Các cơ quan chuyên
    // môn thuộc UBND huyện"), as a department's are with "Sở": the id leaves it out.
    for suffix in [
        " trực thuộc sở",
        " thuộc sở",
        " của sở",
        " sở",
        " thuộc ubnd huyện",
        " thuộc ủy ban nhân dân huyện",
        " huyện",
    ] {
        let lowered = text::lower(&base);
        if lowered.ends_with(suffix) && lowered.len() == base.len() {
            base = text::until(&base, base.len() - suffix.len()).to_string();
        }
    }
    base
}

/// The reporting rule: "định kỳ báo cáo kết quả thực hiện cùng với kết quả cải cách hành
/// chính về Sở Nội vụ theo quy định".
fn reporting(
    paragraphs: &[(String, usize)],
    monitoring_unit: &str,
    findings: &mut Findings,
) -> ReportingRule {
    let found = report_recipient(paragraphs);
    let Some((text, line, after_report, recipient)) = found else {
        findings.add(
            &codes::REPORTING_MISSING,
            0,
            "/implementation/reporting",
            Params::new(),
        );
        return no_reporting_rule();
    };
    let lower = Lower::new(text);
    let mut schedule = schedule_named(&lower);
    if schedule.is_empty() {
        findings.add(
            &codes::SCHEDULE_GUESSED,
            line,
            "/implementation/reporting/schedule",
            Params::new(),
        );
        schedule = vec![
            ReportKind::Quarter1,
            ReportKind::HalfYear,
            ReportKind::Quarter3,
            ReportKind::Year,
        ];
    }
    let tail = Lower::new(text::from(text, after_report));
    let with_cchc_report = tail.contains("cùng với")
        && (tail.contains("cải cách hành chính") || tail.contains("cchc"));
    let deadline_day = deadline_day(text, &lower);
    findings.add(
        &codes::REPORTING_READ,
        line,
        "/implementation/reporting",
        Params::new()
            .with("unit", monitoring_unit)
            .with("recipient", recipient.as_str()),
    );
    ReportingRule {
        recipient: Body {
            name: recipient,
            abbreviation: None,
        },
        schedule,
        with_cchc_report,
        deadline_day,
        holidays: Vec::new(),
        quota_periods: crate::QuotaPeriods::default(),
    }
}

/// The paragraph that says where results are reported ("báo cáo … về Sở Nội vụ"): its text,
/// line, where "báo cáo" ends, and the recipient's name.
fn report_recipient(paragraphs: &[(String, usize)]) -> Option<(&str, usize, usize, String)> {
    paragraphs.iter().find_map(|(text, line)| {
        let lower = Lower::new(text);
        let (_, after_report) = lower.find("báo cáo")?;
        let mut start = after_report;
        while let Some((_, end)) = lower.find_from("về", start) {
            let rest = text::from(text, end).trim_start();
            if lines::starts_with_agency(rest) {
                let rest_lower = Lower::new(rest);
                let stop = rest_lower
                    .find_any(
                        &["theo", "trước", "để", "định kỳ", "chậm nhất", ",", ";", "."],
                        0,
                    )
                    .map_or(rest.len(), |(begin, _, _)| begin);
                let name = text::until(rest, stop).trim().to_string();
                return Some((text.as_str(), *line, after_report, name));
            }
            start = end;
        }
        None
    })
}

/// The reports a paragraph names, in the order of the reporting year.
fn schedule_named(lower: &Lower) -> Vec<ReportKind> {
    let has = |needles: &[&str]| lower.find_any(needles, 0).is_some();
    let monthly = has(&["hằng tháng", "hàng tháng", "báo cáo tháng"]);
    let quarterly = has(&["hằng quý", "hàng quý", "báo cáo quý"]);
    let half_year = has(&["6 tháng", "sáu tháng"]);
    let nine_months = has(&["9 tháng", "chín tháng"]);
    let yearly = has(&["hằng năm", "hàng năm", "báo cáo năm", "cuối năm"]);
    // In the order of the reporting year.
    [
        (monthly, ReportKind::Month),
        (quarterly, ReportKind::Quarter1),
        (quarterly, ReportKind::Quarter2),
        (half_year, ReportKind::HalfYear),
        (quarterly, ReportKind::Quarter3),
        (nine_months, ReportKind::NineMonths),
        (quarterly, ReportKind::Quarter4),
        (yearly, ReportKind::Year),
    ]
    .into_iter()
    .filter_map(|(named, kind)| named.then_some(kind))
    .collect()
}

/// The day of the month reports are due ("trước ngày 15"), when given.
fn deadline_day(text: &str, lower: &Lower) -> Option<u8> {
    lower
        .find_any(&["trước ngày", "chậm nhất là ngày", "chậm nhất ngày"], 0)
        .and_then(|(_, end, _)| {
            let word = text::from(text, end).split_whitespace().next()?;
            let day: u8 = word
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .ok()?;
            (1..=31).contains(&day).then_some(day)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_recipients_with_their_purpose() {
        assert_eq!(
            recipient("Các phòng, đơn vị trực thuộc Sở; (t/h)"),
            Recipient {
                name: "Các phòng, đơn vị trực thuộc Sở".into(),
                purpose: Some("t/h".into())
            }
        );
        assert_eq!(recipient("GD, các PGĐ Sở").purpose, None);
    }

    #[test]
    fn reads_units_from_assignments() {
        assert_eq!(
            unit_subject("Giao Văn phòng Sở theo dõi, đôn đốc việc triển khai").as_deref(),
            Some("Văn phòng Sở")
        );
        assert_eq!(
            unit_subject("Các phòng, đơn vị trực thuộc Sở có trách nhiệm triển khai").as_deref(),
            Some("Các phòng, đơn vị trực thuộc Sở")
        );
        assert_eq!(
            unit_base("Các phòng, đơn vị trực thuộc Sở"),
            "phòng, đơn vị"
        );
        assert_eq!(text::slug(&unit_base("Văn phòng Sở")), "van-phong");
    }

    #[test]
    fn reads_a_flattened_signature() {
        let mut signature = SignatureDraft::default();
        signature.titles_and_name("GIÁM ĐỐC PHÓ GIÁM ĐỐC Dương Minh Tuệ");
        assert_eq!(signature.head_title.as_deref(), Some("GIÁM ĐỐC"));
        assert_eq!(signature.signer_title.as_deref(), Some("PHÓ GIÁM ĐỐC"));
        assert_eq!(signature.signer_name.as_deref(), Some("Dương Minh Tuệ"));
    }
}

//! The header: parent and issuing bodies, "Số: …", place and date, kind and subject — however
//! the two-column header table was flattened (cells on their own lines, joined with `|`, or run
//! together on one line), and the web-page form "Ngày …, Sở … ban hành Kế hoạch số …".

use crate::diagnostic::Params;
use crate::model::{Body, DocumentKind, IssueDate};

use super::lines::{self, Line};
use super::{codes, excerpt, Draft, Findings};
use crate::text::{self, Lower};

/// State of the header reader: the subject follows the title until a blank line.
#[derive(Default)]
struct State {
    title_line: usize,
    subject: Vec<String>,
    subject_done: bool,
}

/// Reads the header lines into `draft`.
pub(crate) fn read(lines: &[Line], draft: &mut Draft, findings: &mut Findings) {
    let mut state = State::default();
    let lines = join_broken_dates(lines);
    for line in &lines {
        if line.text.is_empty() {
            if draft.title.is_some() && !state.subject.is_empty() {
                state.subject_done = true;
            }
            continue;
        }
        if is_web_metadata(&line.text) {
            findings.skipped(line.no, &line.text);
            continue;
        }
        if line.text.chars().all(|c| !c.is_alphanumeric()) {
            continue;
        }
        let rest = remove_motto(&line.text, line.no, findings);
        piece(rest.trim(), line.no, draft, &mut state, findings);
    }
    if let Some((title, line)) = &draft.title {
        let subject = state.subject.join(" ");
        let subject = if subject.is_empty() {
            None
        } else {
            Some(subject)
        };
        if draft.subject.is_none() {
            draft.subject = subject;
        }
        findings.add(
            &codes::TITLE_READ,
            *line,
            "/document/subject",
            Params::new()
                .with("title", title.as_str())
                .with("subject", draft.subject.clone().unwrap_or_default()),
        );
    }
}

/// One piece of a header line; a flattened line holds several, read left to right.
fn piece(text: &str, line: usize, draft: &mut Draft, state: &mut State, findings: &mut Findings) {
    let text = text.trim().trim_matches('|').trim();
    if text.is_empty() {
        return;
    }
    if announcement(text, line, draft, findings) {
        return;
    }
    if let Some((before, after)) = split_number_label(text) {
        if !before.trim().is_empty() {
            draft.header_bodies.push((before.trim().to_string(), line));
        }
        let after = after.trim_start();
        match text::read_number(after) {
            Some(number) => {
                record_number(&number, line, draft, findings);
                piece(text::from(after, number.len), line, draft, state, findings);
            }
            None => findings.add(
                &codes::NOT_PLACED,
                line,
                "/document/number",
                Params::new().with("text", excerpt(text)),
            ),
        }
        return;
    }
    if let Some((begin, end, parts)) = text::find_date(text) {
        let before = text::until(text, begin).trim_end();
        let place_source = match before.strip_suffix(',') {
            Some(source) => Some(source),
            None if split_place(before).0.trim().is_empty() => Some(before),
            None => None,
        };
        if let Some(place_source) = place_source {
            let (leftover, place) = split_place(place_source);
            if !leftover.trim().is_empty() {
                piece(leftover, line, draft, state, findings);
            }
            let date_text = text::sub(text, begin, end);
            let printed = if place.is_empty() {
                date_text.to_string()
            } else {
                format!("{place}, {date_text}")
            };
            record_issued(place, &printed, parts, line, draft, findings);
            piece(text::from(text, end), line, draft, state, findings);
            return;
        }
    }
    if draft.title.is_none() {
        if let Some((kind, title, rest)) = title_and_rest(text) {
            draft.kind = Some(kind);
            draft.title = Some((title.to_string(), line));
            state.title_line = line;
            let rest = rest.trim();
            if !rest.is_empty() {
                let (subject, issuer) = cut_issuer(rest);
                if let Some(issuer) = issuer {
                    draft.issuer_hint = Some((issuer.to_string(), line));
                }
                state.subject.push(text::capitalise(subject));
            }
            return;
        }
        // One word in capitals ("PK" in binary junk) names no body.
        let caps_name = lines::is_all_caps(text) && text.split_whitespace().nth(1).is_some();
        if caps_name || lines::starts_with_agency(text) {
            draft.header_bodies.push((text.to_string(), line));
            return;
        }
    } else if !state.subject_done {
        if is_authority_line(text) {
            state.subject_done = true;
            findings.skipped(line, text);
        } else {
            state.subject.push(text.to_string());
        }
        return;
    }
    if is_authority_line(text) {
        findings.skipped(line, text);
        return;
    }
    findings.add(
        &codes::NOT_PLACED,
        line,
        "",
        Params::new().with("text", excerpt(text)),
    );
}

fn record_number(
    number: &text::NumberText,
    line: usize,
    draft: &mut Draft,
    findings: &mut Findings,
) {
    let params = Params::new().with("number", number.normal.as_str());
    findings.add(
        &codes::NUMBER_READ,
        line,
        "/document/number",
        params.clone(),
    );
    let blank = number.normal.starts_with('/');
    if blank {
        findings.add(
            &codes::NUMBER_BLANK,
            line,
            "/document/number",
            params.clone(),
        );
    }
    if number.written != number.normal
        && !(blank && number.written.trim_start_matches(['.', '…', '_']) == number.normal)
    {
        findings.add(
            &codes::NUMBER_TIDIED,
            line,
            "/document/number",
            params.with("written", number.written.as_str()),
        );
    }
    if draft.number.is_none() {
        draft.number = Some((number.normal.clone(), line));
    }
}

fn record_issued(
    place: &str,
    printed: &str,
    parts: text::DateParts,
    line: usize,
    draft: &mut Draft,
    findings: &mut Findings,
) {
    if draft.issued.is_some() {
        findings.add(
            &codes::NOT_PLACED,
            line,
            "/document/issued",
            Params::new().with("text", excerpt(printed)),
        );
        return;
    }
    if parts.is_impossible() {
        findings.add(
            &codes::BAD_DATE,
            line,
            "/document/issued/date",
            Params::new().with("text", printed),
        );
    }
    findings.add(
        &codes::ISSUED_READ,
        line,
        "/document/issued",
        Params::new().with("text", printed),
    );
    if place.is_empty() {
        findings.add(
            &codes::PLACE_MISSING,
            line,
            "/document/issued/place",
            Params::new(),
        );
    }
    draft.issued = Some((
        IssueDate {
            place: place.to_string(),
            text: printed.to_string(),
            year: parts.year,
            date: parts.date(),
        },
        line,
    ));
}

/// "Số:" (any case, space before the colon allowed): the text before and after it.
fn split_number_label(text: &str) -> Option<(&str, &str)> {
    let lower = Lower::new(text);
    let mut start = 0;
    while let Some((begin, end)) = lower.find_from("số", start) {
        let after = text::from(text, end).trim_start();
        if let Some(rest) = after.strip_prefix(':') {
            return Some((text::until(text, begin), rest));
        }
        start = end;
    }
    None
}

/// Splits "… Lạng Sơn" into what comes before the place and the place: the trailing run of
/// capitalised words ("Hà Nội", "TP. Hồ Chí Minh").
fn split_place(text: &str) -> (&str, &str) {
    let words = text::words(text);
    let mut start = text.len();
    for &(begin, _, word) in words.iter().rev() {
        let first_letter = word.chars().find(|c| c.is_alphabetic());
        let capital = first_letter.is_some_and(char::is_uppercase);
        let shouting =
            lines::is_all_caps(word) && word.chars().filter(|c| c.is_alphabetic()).count() > 3;
        if !capital || shouting || word.ends_with(',') {
            break;
        }
        start = begin;
    }
    (text::until(text, start), text::from(text, start).trim())
}

/// "KẾ HOẠCH", "Quyết định", or "Kế hoạch tuyên truyền …" on one line: the kind, the title as
/// printed, and the rest.
fn title_and_rest(text: &str) -> Option<(DocumentKind, &str, &str)> {
    let kind = DocumentKind::from_vietnamese_prefix(text)?;
    let name_words = kind.vietnamese().split_whitespace().count();
    let words = text::words(text);
    let &(_, end, _) = words.get(name_words.checked_sub(1)?)?;
    let title = text::until(text, end);
    let rest = text::from(text, end);
    // A title line stands alone, is printed in capitals, or runs straight into the subject
    // without a number: "Kế hoạch số 5 …" is a citation, not a title.
    let next = rest.split_whitespace().next().map(text::lower);
    if matches!(next.as_deref(), Some("số" | "số:")) {
        return None;
    }
    Some((kind, title, rest))
}

/// "tuyên truyền … năm 2021 của Sở Xây dựng tỉnh Thừa Thiên Huế" → the subject and the issuer.
fn cut_issuer(text: &str) -> (&str, Option<&str>) {
    let lower = Lower::new(text);
    let mut start = 0;
    while let Some((begin, end)) = lower.find_from("của", start) {
        let after = text::from(text, end).trim_start();
        if lines::starts_with_agency(after) {
            let issuer = after.trim_end_matches(['.', ';', ',']).trim();
            return (text::until(text, begin).trim(), Some(issuer));
        }
        start = end;
    }
    (text, None)
}

/// The web-page form: "Ngày 25 tháng 12 năm 2020, Sở Xây dựng tỉnh Thừa Thiên Huế ban hành Kế
/// hoạch số 4247/KH-SXD về tuyên truyền cải cách hành chính năm 2021."
fn announcement(text: &str, line: usize, draft: &mut Draft, findings: &mut Findings) -> bool {
    let lower = Lower::new(text);
    if !lower.starts_with("ngày") {
        return false;
    }
    let Some((_, issue_verb_end)) = lower.find("ban hành") else {
        return false;
    };
    let Some((begin, end, parts)) = text::find_date(text) else {
        return false;
    };
    if begin != 0 {
        return false;
    }
    let Some((verb_begin, _)) = lower.find_from("ban hành", end) else {
        return false;
    };
    let issuer = text::sub(text, end, verb_begin)
        .trim()
        .trim_start_matches(',')
        .trim();
    let after = text::from(text, issue_verb_end).trim_start();
    let Some(kind) = DocumentKind::from_vietnamese_prefix(after) else {
        return false;
    };
    record_issued(
        "",
        text::sub(text, begin, end),
        parts,
        line,
        draft,
        findings,
    );
    if lines::starts_with_agency(issuer) && draft.issuer_hint.is_none() {
        draft.issuer_hint = Some((issuer.to_string(), line));
    }
    let after_lower = Lower::new(after);
    if let Some((_, number_start)) = after_lower.find("số") {
        if let Some(number) = text::read_number(text::from(after, number_start)) {
            record_number(&number, line, draft, findings);
            if let Some((_, subject_start)) = after_lower.find_from("về", number_start) {
                let subject = text::trim_item_end(text::from(after, subject_start));
                if draft.subject.is_none() && !subject.is_empty() {
                    draft.subject = Some(text::capitalise(subject));
                }
            }
        }
    }
    if draft.kind.is_none() {
        draft.kind = Some(kind);
    }
    true
}

/// Joins a place-and-date line broken in two ("Hà Nội, ngày 22" / "tháng 01 năm 2024", or
/// "Hà Nội," / "ngày 22 tháng 01 năm 2024"): a line holding "ngày" without a year, followed by
/// a line starting with "tháng" or "năm"; or a place and a comma, followed by a date. Cells of
/// the other column may stand between them when a header table was flattened row by row; they
/// keep their place after the joined line.
fn join_broken_dates(lines: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut used = vec![false; lines.len()];
    for (index, line) in lines.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let mut line = line.clone();
        if date_head(&line.text) || place_head(&line.text) {
            // The next line that completes a date with its year ("… năm 2024"), within three.
            let continuation =
                lines
                    .iter()
                    .enumerate()
                    .skip(index + 1)
                    .filter(|(_, l)| !l.text.is_empty())
                    .take(3)
                    .find(|(_, l)| {
                        let starts_date_part =
                            l.text.chars().next().is_some_and(|c| {
                                c.is_ascii_digit() || matches!(c, '.' | '…' | '_')
                            }) || text::starts_with_any(&l.text, &["ngày", "tháng", "năm"]);
                        starts_date_part
                            && text::find_date(&format!("{} {}", line.text, l.text)).is_some()
                    });
            if let Some((at, next)) = continuation {
                line.text = format!("{} {}", line.text, next.text);
                if let Some(flag) = used.get_mut(at) {
                    *flag = true;
                }
            }
        }
        out.push(line);
    }
    out
}

/// Whether a line is only a place name before a date on the next line: "Hà Nội,".
fn place_head(text: &str) -> bool {
    let Some(place) = text.strip_suffix(',') else {
        return false;
    };
    let (before, place) = split_place(place);
    before.trim().is_empty() && !place.is_empty() && !lines::is_all_caps(place)
}

/// Whether a line is the first half of a broken date: "…, ngày" or "…, ngày 22", no year yet.
fn date_head(text: &str) -> bool {
    if text::find_date(text).is_some() {
        return false;
    }
    let words: Vec<String> = text.split_whitespace().map(text::lower).collect();
    let blank_or_digits =
        |w: &String| text::numbers::digits(w).is_some() || text::numbers::is_blank_filler(w);
    match words.as_slice() {
        [.., last] if last == "ngày" => true,
        [.., day_word, day] if day_word == "ngày" => blank_or_digits(day),
        [.., day_word, day, month_word] if day_word == "ngày" && month_word == "tháng" => {
            blank_or_digits(day)
        }
        [.., day_word, day, month_word, month] if day_word == "ngày" && month_word == "tháng" => {
            blank_or_digits(day) && blank_or_digits(month)
        }
        _ => false,
    }
}

/// Page furniture copied with the text: dates of update, view counters, addresses.
fn is_web_metadata(text: &str) -> bool {
    text::starts_with_any(
        text,
        &[
            "ngày cập nhật",
            "cập nhật lúc",
            "ngày đăng",
            "lượt xem",
            "source:",
            "nguồn:",
            "http://",
            "https://",
            "www.",
        ],
    )
}

/// Removes the national name and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự
/// do - Hạnh phúc"), which flattened headers run into the place and date.
fn remove_motto(text: &str, line: usize, findings: &mut Findings) -> String {
    // The national name whole, then its halves: a header table flattened cell by cell prints
    // "CỘNG HÒA XÃ HỘI" and "CHỦ NGHĨA VIỆT NAM" on lines of their own.
    const MOTTOS: [&str; 9] = [
        "cộng hòa xã hội chủ nghĩa việt nam",
        "cộng hoà xã hội chủ nghĩa việt nam",
        "cộng hòa xã hội",
        "cộng hoà xã hội",
        "chủ nghĩa việt nam",
        "độc lập - tự do - hạnh phúc",
        "độc lập – tự do – hạnh phúc",
        "độc lập – tự do - hạnh phúc",
        "độc lập-tự do-hạnh phúc",
    ];
    let mut out = text.to_string();
    for motto in MOTTOS {
        let lower = Lower::new(&out);
        if let Some((begin, end)) = lower.find(motto) {
            findings.skipped(line, text::sub(&out, begin, end));
            out = format!(
                "{} {}",
                text::until(&out, begin).trim_end(),
                text::from(&out, end).trim_start()
            );
        }
    }
    out.trim().to_string()
}

/// The line that names who decides, between a decision's subject and its citations
/// ("BỘ TRƯỞNG BỘ NỘI VỤ").
fn is_authority_line(text: &str) -> bool {
    lines::is_all_caps(text)
        && text::starts_with_any(
            text,
            &[
                "bộ trưởng",
                "chủ tịch",
                "giám đốc",
                "trưởng ban",
                "cục trưởng",
                "tổng cục trưởng",
                "viện trưởng",
                "hiệu trưởng",
                "chánh văn phòng",
                "thủ trưởng",
                "ủy ban nhân dân",
                "uỷ ban nhân dân",
            ],
        )
}

/// Splits one capitalised header line holding both bodies ("UBND TỈNH LẠNG SƠN SỞ VĂN HÓA, …")
/// at the head word of the second.
fn split_bodies(text: &str) -> (Option<&str>, &str) {
    const HEADS: [&str; 11] = [
        "sở",
        "ủy ban nhân dân",
        "uỷ ban nhân dân",
        "ubnd",
        "bộ",
        "ban",
        "phòng",
        "trung tâm",
        "chi cục",
        "tổng cục",
        "cục",
    ];
    let words = text::words(text);
    for (index, &(begin, _, _)) in words.iter().enumerate().skip(1) {
        let previous = words
            .get(index - 1)
            .map(|w| text::lower(w.2))
            .unwrap_or_default();
        if matches!(
            previous.as_str(),
            "ủy" | "uỷ" | "văn" | "tổng" | "chi" | "cán"
        ) {
            continue;
        }
        let rest = text::from(text, begin);
        if text::starts_with_any(rest, &HEADS) {
            return (Some(text::until(text, begin).trim()), rest.trim());
        }
    }
    (None, text)
}

/// A text and the line it was printed on.
type Printed = (String, usize);

/// The bodies printed in the header: (parent, issuer), each with its line.
fn header_bodies(draft: &Draft) -> (Option<Printed>, Option<Printed>) {
    match joined_bodies(&draft.header_bodies).as_slice() {
        [] => (None, None),
        [(only, line)] => match split_bodies(only) {
            (Some(parent), issuer) => (
                Some((parent.to_string(), *line)),
                Some((issuer.to_string(), *line)),
            ),
            (None, issuer) => (None, Some((issuer.to_string(), *line))),
        },
        [first, .., last] => (Some(first.clone()), Some(last.clone())),
    }
}

/// The header's bodies with names printed over two cells joined: "ỦY BAN NHÂN DÂN" / "TỈNH
/// QUẢNG NGÃI", "SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH".
fn joined_bodies(printed: &[Printed]) -> Vec<Printed> {
    let mut out: Vec<Printed> = Vec::with_capacity(printed.len());
    for (text, line) in printed {
        if let Some(last) = out.last_mut() {
            if continues_body(&last.0, text) {
                last.0 = format!("{} {}", last.0, text);
                continue;
            }
        }
        out.push((text.clone(), *line));
    }
    out
}

/// The levels of local government, as a committee's name continues ("… tỉnh Quảng Ngãi").
const LEVELS: [&str; 8] = [
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
];

/// Whether `next` continues the body name `previous` rather than naming another body.
fn continues_body(previous: &str, next: &str) -> bool {
    if is_bare_committee(previous) && text::starts_with_any(next, &LEVELS) {
        return true;
    }
    let previous_lower = text::lower(previous.trim());
    let open_end = previous_lower.ends_with(',') || previous_lower.ends_with(" và");
    open_end || text::starts_with_any(next, &["và"])
}

fn body_name(text: &str) -> String {
    let text = text.trim().trim_end_matches([',', ';', '.']).trim();
    if lines::is_all_caps(text) {
        lines::agency_case(text)
    } else {
        text.to_string()
    }
}

/// The issuing body and, when its name carries one, its province ("tỉnh Thừa Thiên Huế").
pub(crate) fn resolve_issuer(
    draft: &Draft,
    number: &str,
    findings: &mut Findings,
) -> (Body, Option<String>) {
    let abbreviation = text::issuer_abbreviation(number);
    let (_, printed) = header_bodies(draft);
    let portal = draft.portal.issuer.as_ref();
    let (name, line, guessed_from) = if let Some((text, line)) = printed {
        match portal {
            // "ỦY BAN NHÂN DÂN" alone does not say which committee; the portal may.
            Some((named, portal_line)) if is_bare_committee(&text) => {
                // "Nơi ban hành: Tỉnh Quảng Ngãi" names the level and place only.
                let named = if text::starts_with_any(named, &LEVELS) {
                    let first = named.chars().next().map_or(0, char::len_utf8);
                    format!(
                        "{} {}{}",
                        body_name(&text),
                        text::lower(text::until(named, first)),
                        text::from(named, first)
                    )
                } else {
                    named.clone()
                };
                return from_portal_issuer(&named, *portal_line, abbreviation, findings);
            }
            _ => (body_name(&text), line, None),
        }
    } else if let Some((text, line)) = &draft.issuer_hint {
        (text.clone(), *line, None)
    } else if let Some((name, line, sentence)) = from_preamble(draft, abbreviation.as_deref()) {
        (name, line, Some(sentence))
    } else if let Some((name, line, sentence)) = from_citation(draft, abbreviation.as_deref()) {
        (name, line, Some(sentence))
    } else if let Some((named, portal_line)) = portal {
        return from_portal_issuer(named, *portal_line, abbreviation, findings);
    } else {
        findings.add(&codes::ISSUER_MISSING, 0, "/document/issuer", Params::new());
        return (
            Body {
                name: String::new(),
                abbreviation,
            },
            None,
        );
    };
    let (name, province) = split_province(&name);
    let params = Params::new().with("name", name.as_str());
    match guessed_from {
        Some(sentence) => findings.add(
            &codes::ISSUER_GUESSED,
            line,
            "/document/issuer",
            params.with("text", excerpt(&sentence)),
        ),
        None => findings.add(&codes::ISSUER_READ, line, "/document/issuer", params),
    }
    (Body { name, abbreviation }, province)
}

/// Whether a printed body is a committee without its level and place ("ỦY BAN NHÂN DÂN").
fn is_bare_committee(text: &str) -> bool {
    matches!(
        text::lower(text.trim()).as_str(),
        "ủy ban nhân dân" | "uỷ ban nhân dân" | "ubnd" | "hội đồng nhân dân" | "hđnd"
    )
}

/// The issuer as the portal's "Cơ quan ban hành" names it, reported (IMP038).
fn from_portal_issuer(
    named: &str,
    line: usize,
    abbreviation: Option<String>,
    findings: &mut Findings,
) -> (Body, Option<String>) {
    let (name, province) = split_province(&body_name(named));
    super::from_portal(
        findings,
        line,
        "/document/issuer",
        "cơ quan ban hành",
        &name,
    );
    (Body { name, abbreviation }, province)
}

/// "Sở Xây dựng tỉnh Thừa Thiên Huế" → ("Sở Xây dựng", "tỉnh Thừa Thiên Huế").
fn split_province(name: &str) -> (String, Option<String>) {
    if !text::starts_with_any(name, &["sở"]) {
        return (name.to_string(), None);
    }
    let lower = Lower::new(name);
    for marker in ["tỉnh", "thành phố"] {
        if let Some((begin, _)) = lower.find(marker) {
            let province = text::from(name, begin).trim();
            let capitalised_after = province
                .split_whitespace()
                .nth(marker.split_whitespace().count())
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
            if capitalised_after {
                return (
                    text::until(name, begin).trim().to_string(),
                    Some(province.to_string()),
                );
            }
        }
    }
    (name.to_string(), None)
}

/// The issuer named as the subject of the preamble ("Sở Văn hóa, Thể thao và Du Lịch (VHTTDL)
/// xây dựng Kế hoạch …"); a cited document with the same issuer abbreviation that names the
/// same body gives its spelling.
fn from_preamble(draft: &Draft, abbreviation: Option<&str>) -> Option<(String, usize, String)> {
    let (preamble, line) = draft.preamble.as_ref()?;
    let lower = Lower::new(preamble);
    let (verb, _, _) = lower.find_any(&["xây dựng", "ban hành"], 0)?;
    let before = text::until(preamble, verb);
    // "Căn cứ vào tình hình thực tế, Sở Xây dựng ban hành …": the clause before the verb.
    let clause = before.rsplit_once(", ").map_or(before, |(_, c)| c);
    let clause = if lines::starts_with_agency(clause) {
        clause
    } else {
        before
    };
    let clause = match clause.find('(') {
        Some(open) => text::until(clause, open),
        None => clause,
    }
    .trim();
    if !lines::starts_with_agency(clause) {
        return None;
    }
    let spelled = abbreviation
        .and_then(|abbr| cited_issuer(draft, abbr))
        .filter(|cited| crate::model::fold(cited) == crate::model::fold(clause))
        .unwrap_or_else(|| clause.to_string());
    Some((spelled, *line, preamble.clone()))
}

fn cited_issuer(draft: &Draft, abbreviation: &str) -> Option<String> {
    draft.legal_bases.iter().find_map(|(basis, _)| {
        let number = basis.number.as_ref()?;
        (text::issuer_abbreviation(number.as_str()).as_deref() == Some(abbreviation))
            .then(|| basis.issuer.clone())
            .flatten()
    })
}

fn from_citation(draft: &Draft, abbreviation: Option<&str>) -> Option<(String, usize, String)> {
    let abbreviation = abbreviation?;
    draft.legal_bases.iter().find_map(|(basis, line)| {
        let number = basis.number.as_ref()?;
        if text::issuer_abbreviation(number.as_str()).as_deref() != Some(abbreviation) {
            return None;
        }
        let issuer = basis.issuer.clone()?;
        lines::starts_with_agency(&issuer).then(|| (issuer, *line, basis.text.clone()))
    })
}

/// The parent body: printed above the issuer, or — for a provincial department (Sở) — the
/// province's People's Committee, when the province is known.
pub(crate) fn resolve_parent(
    draft: &Draft,
    issuer: &Body,
    province: Option<&str>,
    findings: &mut Findings,
) -> Option<Body> {
    let (printed, _) = header_bodies(draft);
    if let Some((text, line)) = printed {
        let name = body_name(&text);
        findings.add(
            &codes::PARENT_READ,
            line,
            "/document/parentBody",
            Params::new().with("name", name.as_str()),
        );
        let abbreviation = committee_abbreviation(&name);
        return Some(Body { name, abbreviation });
    }
    if !text::starts_with_any(&issuer.name, &["sở"]) {
        return None;
    }
    let province = match province {
        Some(province) => province.to_string(),
        None => {
            let place = draft
                .issued
                .as_ref()
                .map(|(issued, _)| issued.place.as_str())?;
            if place.is_empty() {
                return None;
            }
            let lower = Lower::new(&draft.full_text);
            ["tỉnh", "thành phố"].iter().find_map(|marker| {
                let needle = format!("{marker} {}", text::lower(place));
                lower.contains(&needle).then(|| format!("{marker} {place}"))
            })?
        }
    };
    let name = format!("Ủy ban nhân dân {province}");
    findings.add(
        &codes::PARENT_GUESSED,
        0,
        "/document/parentBody",
        Params::new()
            .with("name", name.as_str())
            .with("issuer", issuer.name.as_str())
            .with("province", province.as_str()),
    );
    Some(Body {
        name,
        abbreviation: Some("UBND".to_string()),
    })
}

fn committee_abbreviation(name: &str) -> Option<String> {
    if text::starts_with_any(name, &["ủy ban nhân dân", "uỷ ban nhân dân"]) {
        Some("UBND".to_string())
    } else if text::starts_with_any(name, &["hội đồng nhân dân"]) {
        Some("HĐND".to_string())
    } else {
        None
    }
}

/// The year the plan covers: the "năm …" of its subject, else the year of issue.
pub(crate) fn resolve_year(draft: &Draft, findings: &mut Findings) -> i32 {
    if let Some(year) = draft.subject.as_deref().and_then(last_year_after_nam) {
        return year;
    }
    let line = draft.title.as_ref().map_or(0, |(_, line)| *line);
    let fallback = draft
        .issued
        .as_ref()
        .map(|(issued, _)| issued.year)
        .filter(|year| *year > 0)
        .or_else(|| last_year_after_nam(&draft.full_text));
    match fallback {
        Some(year) => {
            findings.add(
                &codes::YEAR_GUESSED,
                line,
                "/year",
                Params::new().with("year", year),
            );
            year
        }
        None => 0,
    }
}

/// The last "năm 2023" in `text`.
fn last_year_after_nam(text: &str) -> Option<i32> {
    let lower = Lower::new(text);
    let mut found = None;
    let mut start = 0;
    while let Some((_, end)) = lower.find_from("năm", start) {
        if let Some(word) = text::from(text, end).split_whitespace().next() {
            let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
            if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
                found = digits.parse().ok().or(found);
            }
        }
        start = end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_flattened_bodies() {
        assert_eq!(
            split_bodies("UBND TỈNH LẠNG SƠN SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
            (
                Some("UBND TỈNH LẠNG SƠN"),
                "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
            )
        );
        assert_eq!(
            split_bodies("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
            (None, "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
        );
        assert_eq!(split_bodies("BỘ NỘI VỤ"), (None, "BỘ NỘI VỤ"));
    }

    #[test]
    fn broken_dates_are_joined() {
        let line = |no: usize, text: &str| Line {
            no,
            text: text.to_string(),
        };
        for (first, second) in [
            ("Hà Nội, ngày 22", "tháng 01 năm 2024"),
            ("Hà Nội, ngày 22 tháng", "01 năm 2024"),
            ("Hà Nội, ngày 22 tháng 01", "năm 2024"),
            ("Hà Nội,", "ngày 22 tháng 01 năm 2024"),
        ] {
            let joined = join_broken_dates(&[line(1, first), line(2, "|"), line(3, second)]);
            let texts: Vec<&str> = joined.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(
                texts,
                ["Hà Nội, ngày 22 tháng 01 năm 2024", "|"],
                "{first} / {second}"
            );
        }
        // A whole date, or a line that is not a date's first half, is left alone.
        let whole = [
            line(1, "Hà Nội, ngày 22 tháng 01 năm 2024"),
            line(2, "năm 2024"),
        ];
        assert_eq!(join_broken_dates(&whole), whole.to_vec());
    }

    #[test]
    fn places_are_the_capitalised_words_before_the_date() {
        assert_eq!(split_place("Hà Nội"), ("", "Hà Nội"));
        assert_eq!(
            split_place("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Lạng Sơn"),
            ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH ", "Lạng Sơn")
        );
    }

    #[test]
    fn provinces_split_off_department_names() {
        assert_eq!(
            split_province("Sở Xây dựng tỉnh Thừa Thiên Huế"),
            (
                "Sở Xây dựng".to_string(),
                Some("tỉnh Thừa Thiên Huế".to_string())
            )
        );
        assert_eq!(split_province("Bộ Nội vụ"), ("Bộ Nội vụ".to_string(), None));
    }
}

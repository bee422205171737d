//! The plan as an administrative document (Nghị định 30/2020): number and symbol, the
//! place-and-date line, kind name and subject, signature, distribution list.

use super::catalogue::*;
use super::names;
use super::{repeats, word, Checker};
use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{fold, ParsedNumber, SigningAuthority};
use crate::text::date::{self, calendar_date};
use crate::text::fold::{is_capitals, strip_prefix_ci};
use crate::DocumentKind;

pub(super) fn check(c: &mut Checker) {
    number(c);
    issuer_abbreviation(c);
    date_line(c);
    title_and_subject(c);
    signature(c);
    distribution(c);
}

/// Kinds that are only ever administrative documents: their numbers carry no year.
pub(super) fn is_administrative(kind: DocumentKind) -> bool {
    matches!(
        kind,
        DocumentKind::Plan
            | DocumentKind::Programme
            | DocumentKind::Guidance
            | DocumentKind::Notice
            | DocumentKind::Report
            | DocumentKind::OfficialLetter
            | DocumentKind::Conclusion
    )
}

/// The abbreviation groups of a symbol: `KH-SVHTTDL` → `[KH, SVHTTDL]`; in the Party form
/// `NQ/TU` → `[NQ, TU]`. `None` when a group is empty or holds anything but letters, digits
/// and "&".
pub(super) fn symbol_groups<'a>(parsed: &ParsedNumber<'a>) -> Option<Vec<&'a str>> {
    let groups: Vec<&str> = if parsed.party_form {
        let (kind, issuer) = parsed.symbol.split_once('/')?;
        vec![kind, issuer]
    } else {
        parsed.symbol.split('-').collect()
    };
    let valid = groups
        .iter()
        .all(|group| !group.is_empty() && group.chars().all(|c| c.is_alphanumeric() || c == '&'));
    valid.then_some(groups)
}

/// Whether a sequence number is a whole number above zero in Arabic digits.
pub(super) fn is_sequence(sequence: &str) -> bool {
    !sequence.is_empty()
        && sequence.chars().all(|c| c.is_ascii_digit())
        && sequence.chars().any(|c| c != '0')
}

fn number(c: &mut Checker) {
    let doc = &c.plan.document;
    let number = doc.number.as_str();
    let path = "/document/number";
    let params = || Params::new().with("number", number);
    if number.chars().any(char::is_whitespace) {
        c.emit(&DOC002, path, params());
        return;
    }
    let Some(parsed) = doc.number.parse() else {
        c.emit(&DOC001, path, params());
        return;
    };
    if parsed.party_form {
        c.emit(&DOC010, path, params());
    }
    match parsed.sequence {
        None => c.emit(&DOC008, path, params()),
        Some(sequence) if !is_sequence(sequence) => {
            c.emit(&DOC006, path, Params::new().with("sequence", sequence));
        }
        Some(sequence) if sequence.len() == 1 => c.emit(
            &DOC007,
            path,
            Params::new()
                .with("sequence", sequence)
                .with("expected", format!("0{sequence}")),
        ),
        Some(_) => {}
    }
    if parsed.year.is_some() && is_administrative(doc.kind) {
        c.emit_with(
            &DOC009,
            path,
            params().with("kind", doc.kind.json_name()),
            vec![names::document_kind("kindName", doc.kind)],
        );
    }
    let groups = match symbol_groups(&parsed) {
        Some(groups) if groups.len() >= 2 || matches!(doc.kind, DocumentKind::Other) => groups,
        _ => {
            c.emit(&DOC003, path, Params::new().with("symbol", parsed.symbol));
            return;
        }
    };
    let issuer_group = match (doc.kind, doc.kind.abbreviation()) {
        (_, Some(expected)) => {
            let found = groups.first().copied().unwrap_or("");
            if found != expected {
                c.emit_with(
                    &DOC004,
                    path,
                    Params::new()
                        .with("symbol", parsed.symbol)
                        .with("expected", expected)
                        .with("found", found)
                        .with("kind", doc.kind.json_name()),
                    vec![names::document_kind("kindName", doc.kind)],
                );
            }
            groups.get(1).copied()
        }
        (DocumentKind::OfficialLetter, None) => groups.first().copied(),
        _ => None,
    };
    let abbreviation = doc.issuer.abbreviation.as_deref().map(str::trim);
    if let (Some(found), Some(expected)) = (issuer_group, abbreviation) {
        if !expected.is_empty() && found != expected {
            c.emit(
                &DOC005,
                path,
                Params::new()
                    .with("found", found)
                    .with("expected", expected),
            );
        }
    }
}

/// The Prime Minister's abbreviation, the one issuer abbreviation with a lower-case letter
/// (`23/CT-TTg`).
const PRIME_MINISTER: &str = "TTg";

/// The issuer's abbreviation is what its symbols carry: capital letters without diacritics, Đ,
/// digits, hyphens between groups (and "&", which symbols accept), no spaces.
fn issuer_abbreviation(c: &mut Checker) {
    let Some(abbreviation) = c.plan.document.issuer.abbreviation.as_deref() else {
        return;
    };
    if abbreviation.trim().is_empty() {
        return; // STR006
    }
    let path = "/document/issuer/abbreviation";
    let params = || Params::new().with("abbreviation", abbreviation);
    let allowed = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, 'Đ' | 'đ' | '&' | '-');
    let grouped = abbreviation.split('-').all(|group| !group.is_empty());
    if !grouped || !abbreviation.chars().all(allowed) {
        c.emit(&DOC034, path, params());
        return;
    }
    if abbreviation != PRIME_MINISTER && abbreviation.chars().any(char::is_lowercase) {
        c.emit(
            &DOC035,
            path,
            params().with("expected", abbreviation.to_uppercase()),
        );
    }
}

fn date_line(c: &mut Checker) {
    let issued = &c.plan.document.issued;
    if issued.date.is_none() {
        c.emit(
            &DOC015,
            "/document/issued/date",
            Params::new().with("year", issued.year),
        );
    }
    if issued.text.trim().is_empty() {
        return; // STR006
    }
    let text_params = || Params::new().with("text", issued.text.as_str());
    let Some(line) = date::date_line(&issued.text) else {
        c.emit(&DOC011, "/document/issued/text", text_params());
        return;
    };
    if let (Some(day), Some(month)) = (&line.day, &line.month) {
        if calendar_date(line.year, month.value, day.value).is_none() {
            c.emit(&DOC011, "/document/issued/text", text_params());
            return;
        }
    }
    if !issued.place.trim().is_empty() && fold(&line.place) != fold(&issued.place) {
        c.emit(
            &DOC012,
            "/document/issued/place",
            text_params().with("place", issued.place.as_str()),
        );
    }
    if let Some(day) = line.day.as_ref().filter(|d| d.digits.len() == 1) {
        c.emit(
            &DOC013,
            "/document/issued/text",
            text_params()
                .with("found", format!("ngày {}", day.digits))
                .with("expected", format!("ngày 0{}", day.digits)),
        );
    }
    if let Some(month) = &line.month {
        if month.value <= 2 && month.digits.len() == 1 {
            c.emit(
                &DOC013,
                "/document/issued/text",
                text_params()
                    .with("found", format!("tháng {}", month.digits))
                    .with("expected", format!("tháng 0{}", month.digits)),
            );
        } else if month.value >= 3 && month.digits.len() == 2 && month.digits.starts_with('0') {
            c.emit(
                &DOC014,
                "/document/issued/text",
                text_params()
                    .with("found", format!("tháng {}", month.digits))
                    .with("expected", format!("tháng {}", month.value)),
            );
        }
    }
    let agrees = match (issued.date, &line.day, &line.month) {
        (Some(date), Some(day), Some(month)) => {
            u32::from(date.day()) == day.value && u32::from(u8::from(date.month())) == month.value
        }
        (None, None, None) => true,
        _ => false,
    };
    if !agrees {
        let (iso, shown_vi, shown_en) = match issued.date {
            Some(date) => (
                crate::model::iso_date::format(date),
                crate::vietnamese::short_date(date),
                crate::model::iso_date::format(date),
            ),
            None => (String::new(), "chưa ghi".into(), "not set".into()),
        };
        c.emit_with(
            &DOC016,
            "/document/issued/date",
            text_params().with("date", iso),
            vec![word("dateText", shown_vi, shown_en)],
        );
    }
    if line.year != issued.year {
        c.emit(
            &DOC017,
            "/document/issued/year",
            text_params().with("year", issued.year),
        );
    }
}

fn title_and_subject(c: &mut Checker) {
    let doc = &c.plan.document;
    let has_title = !matches!(doc.kind, DocumentKind::OfficialLetter | DocumentKind::Other);
    if has_title && !doc.title.trim().is_empty() {
        if fold(&doc.title) != fold(doc.kind.vietnamese()) {
            c.emit_with(
                &DOC018,
                "/document/title",
                Params::new()
                    .with("title", doc.title.as_str())
                    .with("kind", doc.kind.json_name()),
                vec![names::document_kind("kindName", doc.kind)],
            );
        }
        capitals(c, "/document/title", &doc.title);
    }
    let subject = doc.subject.trim();
    if subject.ends_with('.') {
        c.emit(
            &DOC020,
            "/document/subject",
            Params::new().with("subject", subject),
        );
    }
}

/// DOC019 for a text that must be printed in capitals.
fn capitals(c: &mut Checker, path: &str, text: &str) {
    if !text.trim().is_empty() && !is_capitals(text) {
        c.emit(
            &DOC019,
            path,
            Params::new()
                .with("text", text)
                .with("expected", crate::text::fold::upper(text)),
        );
    }
}

/// Whether a title is a deputy's ("PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG").
fn is_deputy(title: &str) -> bool {
    let title = fold(title);
    title == "phó" || title.starts_with("phó ") || title.starts_with("thứ trưởng")
}

/// Whether a head title names a collective, the only thing one signs "TM." for.
fn is_collective(title: &str) -> bool {
    const COLLECTIVES: &[&str] = &[
        "ủy ban",
        "uỷ ban",
        "ubnd",
        "hội đồng",
        "hđnd",
        "ban ",
        "đảng ủy",
        "đảng uỷ",
        "đảng đoàn",
        "tập thể",
        "thường trực",
        "đoàn chủ tịch",
        "liên đoàn",
        "hội ",
        "chính phủ",
    ];
    let title = fold(title);
    COLLECTIVES.iter().any(|name| title.starts_with(name))
}

/// Whether a name starts with an academic title or degree ("TS.", "PGS.TS.", "Thạc sĩ").
fn has_academic_title(name: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "gs", "pgs", "ts", "ths", "tskh", "ks", "bs", "cn", "ls", "ncs",
    ];
    const WORDS: &[&str] = &[
        "giáo sư ",
        "phó giáo sư ",
        "tiến sĩ ",
        "tiến sỹ ",
        "thạc sĩ ",
        "thạc sỹ ",
        "kỹ sư ",
        "bác sĩ ",
        "bác sỹ ",
        "cử nhân ",
        "luật sư ",
    ];
    let folded = fold(name);
    let first_word = folded.split(' ').next().unwrap_or("");
    let abbreviated = first_word.contains('.')
        && ABBREVIATIONS.contains(&first_word.split('.').next().unwrap_or(""));
    abbreviated || WORDS.iter().any(|word| folded.starts_with(word))
}

fn signature(c: &mut Checker) {
    let signature = &c.plan.document.signature;
    let head = signature.head_title.as_str();
    let signer = signature
        .signer_title
        .as_deref()
        .filter(|title| !title.trim().is_empty());
    capitals(c, "/document/signature/headTitle", head);
    if let Some(signer) = signer {
        capitals(c, "/document/signature/signerTitle", signer);
    }
    let signer_path = "/document/signature/signerTitle";
    match (signature.authority, signer) {
        (
            Some(
                authority @ (SigningAuthority::Kt
                | SigningAuthority::Tm
                | SigningAuthority::Tl
                | SigningAuthority::Tuq),
            ),
            None,
        ) => c.emit(
            &DOC021,
            signer_path,
            Params::new()
                .with("notation", authority.notation())
                .with("headTitle", head),
        ),
        (Some(SigningAuthority::Kt), Some(signer)) if !is_deputy(signer) => c.emit(
            &DOC022,
            signer_path,
            Params::new()
                .with("headTitle", head)
                .with("signerTitle", signer),
        ),
        (Some(SigningAuthority::Q), Some(signer)) => c.emit(
            &DOC025,
            signer_path,
            Params::new()
                .with("headTitle", head)
                .with("signerTitle", signer),
        ),
        (Some(authority @ (SigningAuthority::Tl | SigningAuthority::Tuq)), Some(signer))
            if is_deputy(signer) =>
        {
            c.emit(
                &DOC026,
                signer_path,
                Params::new()
                    .with("notation", authority.notation())
                    .with("headTitle", head)
                    .with("signerTitle", signer),
            );
        }
        (None, Some(signer)) if fold(signer) != fold(head) => c.emit(
            &DOC023,
            "/document/signature/authority",
            Params::new()
                .with("headTitle", head)
                .with("signerTitle", signer),
        ),
        _ => {}
    }
    if signature.authority == Some(SigningAuthority::Tm)
        && !head.trim().is_empty()
        && !is_collective(head)
    {
        c.emit(
            &DOC024,
            "/document/signature/headTitle",
            Params::new().with("headTitle", head),
        );
    }
    if has_academic_title(&signature.signer_name) {
        c.emit(
            &DOC027,
            "/document/signature/signerName",
            Params::new().with("name", signature.signer_name.as_str()),
        );
    }
}

/// The archive line read back: holders and drafter ("Lưu: VT, VP. (CTL)").
fn read_archive(text: &str) -> Option<(Vec<String>, Option<String>)> {
    let rest = strip_prefix_ci(text.trim(), "lưu:")?.trim();
    let (holders, drafter) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((before, inside)) => (before, Some(inside.trim().to_string())),
        None => (rest, None),
    };
    let holders = holders
        .trim()
        .trim_end_matches('.')
        .split(',')
        .map(|holder| holder.trim().trim_end_matches('.').trim().to_string())
        .filter(|holder| !holder.is_empty())
        .collect();
    Some((holders, drafter))
}

fn distribution(c: &mut Checker) {
    let doc = &c.plan.document;
    if doc.recipients.is_empty() {
        c.emit(&DOC031, "/document/recipients", Params::new());
    }
    for (index, recipient) in doc.recipients.iter().enumerate() {
        let name = fold(&recipient.name);
        if name == "lưu" || name.starts_with("lưu:") || name.starts_with("lưu vt") {
            c.emit(
                &DOC032,
                format!("/document/recipients/{index}/name"),
                Params::new().with("name", recipient.name.as_str()),
            );
        }
    }
    let named = doc
        .recipients
        .iter()
        .enumerate()
        .filter(|(_, recipient)| !recipient.name.trim().is_empty())
        .map(|(index, recipient)| {
            (
                format!("/document/recipients/{index}/name"),
                fold(&recipient.name),
                recipient.name.as_str(),
            )
        });
    for (path, first, name) in repeats(named) {
        c.emit(
            &DOC033,
            path,
            Params::new().with("name", name).with("first", first),
        );
    }

    let archive = &doc.archive;
    let holders: Vec<&str> = archive.holders.iter().map(|h| h.trim()).collect();
    let holders_text = holders.join(", ");
    if holders.first() != Some(&"VT") {
        c.emit(
            &DOC030,
            "/document/archive/holders",
            Params::new().with("holders", holders_text.as_str()),
        );
    }
    if archive.text.trim().is_empty() {
        return; // STR006
    }
    let Some((read_holders, read_drafter)) = read_archive(&archive.text) else {
        c.emit(
            &DOC028,
            "/document/archive/text",
            Params::new().with("text", archive.text.as_str()),
        );
        return;
    };
    let params = || {
        Params::new()
            .with("text", archive.text.as_str())
            .with("holders", holders_text.as_str())
            .with("drafter", archive.drafter.as_deref().unwrap_or("").trim())
    };
    if read_holders != holders {
        c.emit(&DOC029, "/document/archive/holders", params());
    }
    let drafter = archive
        .drafter
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    if read_drafter.as_deref() != drafter {
        c.emit(&DOC029, "/document/archive/drafter", params());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_archive_lines() {
        assert_eq!(
            read_archive("Lưu: VT, VP. (CTL)"),
            Some((
                vec!["VT".to_string(), "VP".to_string()],
                Some("CTL".to_string())
            ))
        );
        assert_eq!(
            read_archive("Lưu: VT."),
            Some((vec!["VT".to_string()], None))
        );
        assert_eq!(read_archive("VT, VP"), None);
    }

    #[test]
    fn tells_titles_apart() {
        assert!(is_deputy("PHÓ GIÁM ĐỐC"));
        assert!(is_deputy("THỨ TRƯỞNG"));
        assert!(!is_deputy("GIÁM ĐỐC"));
        assert!(!is_deputy("PHÒNG"));
        assert!(is_collective("ỦY BAN NHÂN DÂN"));
        assert!(is_collective("BAN CHẤP HÀNH"));
        assert!(!is_collective("GIÁM ĐỐC"));
        assert!(has_academic_title("TS. Nguyễn Văn A"));
        assert!(has_academic_title("PGS.TS. Nguyễn Văn A"));
        assert!(has_academic_title("Thạc sĩ Lê Thị B"));
        assert!(!has_academic_title("Dương Minh Tuệ"));
        assert!(!has_academic_title("Tạ Văn Cường"));
    }
}

//! Variants of the seed's text — wrapped differently, NFD, Windows line endings, a header
//! flattened with `|`, paragraphs without blank lines between them — import to the same plan.

use kehoach::import::import_plan_text;
use kehoach::Plan;
use unicode_normalization::UnicodeNormalization;

use crate::support::SEED;

fn seed_plan() -> Plan {
    import_plan_text(SEED).plan
}

/// Hard-wraps every line longer than `width` characters at spaces, as a PDF export does.
fn wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

/// The seed with its blank header lines replaced by a two-column header table flattened with
/// `|`, as copied from a web page: parent | national name, issuer | motto, number | place and
/// date, and the kind run into its subject.
fn flattened_header(text: &str) -> String {
    let body = text
        .split_once("Căn cứ")
        .map(|(_, rest)| format!("Căn cứ{rest}"))
        .unwrap_or_default();
    format!(
        "UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
         SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | Độc lập - Tự do - Hạnh phúc |\n\
         Số: /KH-SVHTTDL | Lạng Sơn, ngày tháng năm 2023 |\n\
         KẾ HOẠCH Tuyên truyền công tác cải cách hành chính năm 2023\n\n{body}"
    )
}

/// The header run together on one line, as some converters leave it.
fn one_line_header(text: &str) -> String {
    let body = text
        .split_once("Căn cứ")
        .map(|(_, rest)| format!("Căn cứ{rest}"))
        .unwrap_or_default();
    format!(
        "UBND TỈNH LẠNG SƠN SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Số: /KH-SVHTTDL | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lạng Sơn, ngày tháng năm 2023 |\n\
         KẾ HOẠCH\n\
         Tuyên truyền công tác cải cách\n\
         hành chính năm 2023\n\n{body}"
    )
}

fn assert_same(name: &str, text: &str) {
    let expected = seed_plan();
    let got = import_plan_text(text).plan;
    if got != expected {
        let want = serde_json::to_value(&expected).unwrap_or_default();
        let have = serde_json::to_value(&got).unwrap_or_default();
        let mut differences = Vec::new();
        diff(&want, &have, String::new(), &mut differences);
        panic!("{name}: the plan differs:\n{}", differences.join("\n"));
    }
}

fn diff(a: &serde_json::Value, b: &serde_json::Value, path: String, out: &mut Vec<String>) {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let none = Value::Null;
                diff(
                    x.get(key).unwrap_or(&none),
                    y.get(key).unwrap_or(&none),
                    format!("{path}/{key}"),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for index in 0..x.len().max(y.len()) {
                let none = Value::Null;
                diff(
                    x.get(index).unwrap_or(&none),
                    y.get(index).unwrap_or(&none),
                    format!("{path}/{index}"),
                    out,
                );
            }
        }
        _ if a != b => out.push(format!("{path}: {a} ≠ {b}")),
        _ => {}
    }
}

#[test]
fn windows_line_endings() {
    assert_same("CRLF", &SEED.replace('\n', "\r\n"));
}

#[test]
fn decomposed_unicode() {
    let nfd: String = SEED.nfd().collect();
    assert_ne!(nfd, SEED);
    assert_same("NFD", &nfd);
}

#[test]
fn hard_wrapped_at_several_widths() {
    for width in [38, 52, 70] {
        let wrapped = wrap(SEED, width);
        assert!(wrapped.lines().count() > SEED.lines().count());
        assert_same(&format!("wrapped at {width}"), &wrapped);
    }
}

#[test]
fn one_paragraph_per_line_without_blank_lines() {
    let packed: Vec<&str> = SEED.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_same("no blank lines", &packed.join("\n"));
}

#[test]
fn extra_spaces_and_tabs() {
    let spaced = SEED
        .replace(", ", ",  ")
        .replace(' ', "  ")
        .replace("- ", "-\t");
    assert_same("extra spaces", &spaced);
}

#[test]
fn header_flattened_with_bars() {
    assert_same("flattened header", &flattened_header(SEED));
    assert_same("one-line header", &one_line_header(SEED));
}

#[test]
fn everything_at_once() {
    let text = flattened_header(&wrap(SEED, 45));
    let text: String = text.replace('\n', "\r\n").nfd().collect();
    assert_same("all variants", &text);
}

//! The Word files as packages: well-formed XML parts, every text of the model in
//! `word/document.xml` (escaped, XML 1.0-clean), the layout's settings in place. Whether Word
//! processors open and lay them out right is `scripts/test-docx.sh` (LibreOffice).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a failed check is a panic, and fixtures have known shapes"
)]

use std::io::{Cursor, Read};

use kehoach::report::{Block, Report, ReportOptions};
use kehoach::{Lang, Plan};

const PAYLOADS: &str = include_str!("../../../tests/fixtures/xss/payloads.txt");

fn plan() -> Plan {
    Plan::from_json_str(kehoach::examples::LANG_SON_2023).unwrap()
}

fn q1(lang: Lang) -> Report {
    let plan = plan();
    let options = ReportOptions {
        lang,
        ..ReportOptions::default()
    };
    let evaluation = kehoach::evaluate::evaluate_log(
        &plan,
        kehoach::examples::LANG_SON_2023_ACTIVITIES,
        &"2023-Q1".parse().unwrap(),
        &options.evaluate_options(),
    );
    kehoach::report::build(&plan, &evaluation, lang)
}

/// The package's parts by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        if file.is_dir() {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        out.push((file.name().to_string(), text));
    }
    out
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap().1
}

/// Parses the whole part, failing on any malformed markup.
fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(error) => panic!("{name} is not well-formed XML: {error}"),
        }
    }
    assert!(
        !xml.chars()
            .any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}'),
        "{name} holds a character XML 1.0 forbids"
    );
}

/// The text of `word/document.xml` with markup removed and entities decoded.
fn document_text(xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Text(text) => out.push_str(&text.decode().unwrap()),
            quick_xml::events::Event::GeneralRef(reference) => {
                let name = reference.decode().unwrap();
                out.push_str(match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                });
            }
            // A line break inside a paragraph (a header line set in two) reads as a space.
            quick_xml::events::Event::Empty(element) if element.name().as_ref() == b"w:br" => {
                out.push(' ');
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Every text of the model, as the .docx must print it.
fn model_texts(report: &Report) -> Vec<String> {
    let header = &report.header;
    let mut texts = vec![
        header.issuer.clone(),
        header.number.clone(),
        header.national_name.clone(),
        header.motto.clone(),
        header.place_date.clone(),
        report.title.clone(),
        report.subject.clone(),
        report.closing.clone(),
        report.recipients_heading.clone(),
    ];
    texts.extend(header.parent_body.iter().cloned());
    texts.extend(report.introduction.iter().cloned());
    for section in report.sections.iter().chain(&report.appendices) {
        texts.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                Block::Heading { text } | Block::Paragraph { text } => texts.push(text.clone()),
                Block::List { items } => texts.extend(items.iter().cloned()),
                Block::Table { columns, rows } => {
                    texts.extend(columns.iter().cloned());
                    texts.extend(rows.iter().flatten().cloned());
                }
            }
        }
    }
    texts.extend(report.recipients.iter().cloned());
    texts.extend(report.signature.iter().cloned());
    texts
}

#[test]
fn the_report_in_word_says_everything_the_model_says() {
    for lang in [Lang::Vi, Lang::En] {
        let report = q1(lang);
        let parts = parts(&kehoach_docx::report_docx(&report).unwrap());
        for (name, xml) in &parts {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                assert_well_formed(name, xml);
            }
        }
        let text = document_text(part(&parts, "word/document.xml"));
        for piece in model_texts(&report) {
            assert!(text.contains(&piece), "{lang:?}: missing {piece:?}");
        }
    }
}

#[test]
fn the_layout_is_that_of_decree_30() {
    let parts = parts(&kehoach_docx::report_docx(&q1(Lang::Vi)).unwrap());
    let document = part(&parts, "word/document.xml");
    let styles = part(&parts, "word/styles.xml");
    assert!(document.contains(r#"<w:pgSz w:w="11906" w:h="16838""#));
    assert!(
        document.contains(r#"<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701""#)
    );
    assert!(document.contains("<w:titlePg"));
    assert!(document.contains("<w:tblHeader />"));
    assert!(!document.contains(r#"<w:trHeight w:val="1""#));
    assert!(styles.contains(r#"w:ascii="Times New Roman""#));
    for style in [
        "Body Text",
        "Heading 1",
        "Heading 2",
        "Title",
        "Subtitle",
        "List Dash",
    ] {
        assert!(
            styles.contains(&format!(r#"<w:name w:val="{style}" />"#)),
            "{style}"
        );
    }
    let header = parts
        .iter()
        .filter(|(name, _)| name.starts_with("word/header"))
        .map(|(_, xml)| xml.as_str())
        .collect::<String>();
    assert!(header.contains("PAGE"), "a PAGE field in the page header");
}

#[test]
fn the_plan_in_word_holds_its_parts() {
    let plan = plan();
    let parts = parts(&kehoach_docx::plan_docx(&plan, Lang::Vi).unwrap());
    let text = document_text(part(&parts, "word/document.xml"));
    for piece in [
        "KẾ HOẠCH",
        "Tuyên truyền công tác cải cách hành chính năm 2023",
        "Căn cứ Quyết định số 82/QĐ-BNV",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
        "III. KINH PHÍ",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Hằng tháng, có ít nhất 04 tin, bài",
        "Lưu: VT, VP. (CTL)",
        "Dương Minh Tuệ",
    ] {
        assert!(text.contains(piece), "missing {piece:?}");
    }
}

#[test]
fn a_plan_with_a_task_table_carries_it_as_its_appendix() {
    let plan = Plan::from_json_str(kehoach::examples::HUYEN_HOA_LAM_2024).unwrap();
    let model = kehoach::report::plan_document(&plan, Lang::Vi).unwrap();
    let parts = parts(&kehoach_docx::plan_docx(&plan, Lang::Vi).unwrap());
    let xml = part(&parts, "word/document.xml");
    let text = document_text(xml);
    for piece in model_texts(&model) {
        assert!(text.contains(piece.trim()), "missing {piece:?}");
    }
    let appendix = text
        .find("PHỤ LỤC. NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024")
        .expect("the appendix's heading");
    assert!(
        text.find("Nguyễn Đình Phúc")
            .is_some_and(|signer| signer < appendix),
        "the appendix follows the signature"
    );
    for piece in [
        "(Kèm theo Kế hoạch số 25/KH-UBND ngày 18/01/2024 của Ủy ban nhân dân huyện Hòa Lâm)",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Sản phẩm",
        "Trước ngày 31/3/2024",
    ] {
        assert!(
            text.get(appendix..)
                .is_some_and(|rest| rest.contains(piece)),
            "{piece:?}"
        );
    }
    // It starts a page of its own.
    assert!(
        xml.contains("<w:pageBreakBefore"),
        "no page break before the appendix"
    );
}

#[test]
fn hostile_text_is_printed_as_text_and_the_package_stays_well_formed() {
    let controls: String = (0u32..0x20).filter_map(char::from_u32).collect();
    let payloads: Vec<String> = PAYLOADS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}{controls}\u{fffe}\u{ffff}end"))
        .collect();
    let mut report = q1(Lang::Vi);
    report.title = payloads[0].clone();
    report.subject = payloads[1].clone();
    report.header.issuer = payloads[2].clone();
    report.introduction = payloads.clone();
    report.sections[0].blocks.push(Block::Table {
        columns: payloads[..3].to_vec(),
        rows: vec![payloads[3..6].to_vec()],
    });
    report.sections[0].blocks.push(Block::List {
        items: payloads.clone(),
    });
    report.recipients = payloads.clone();
    report.signature = payloads.clone();
    let parts = parts(&kehoach_docx::report_docx(&report).unwrap());
    let document = part(&parts, "word/document.xml");
    assert_well_formed("word/document.xml", document);
    assert!(!document.contains("<script"), "markup from the text");
    let text = document_text(document);
    for payload in PAYLOADS.lines().filter(|line| !line.trim().is_empty()) {
        assert!(text.contains(payload), "missing {payload:?}");
    }
    // Tab and line feed become Word's own elements; the other controls are gone.
    assert!(document.contains("<w:tab />"));
    assert!(document.contains(r#"<w:br w:type="textWrapping" />"#));
}

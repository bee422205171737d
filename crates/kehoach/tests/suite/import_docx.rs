//! Word import (`kehoach::import::from_docx`, feature `docx`): .docx files made by LibreOffice
//! Writer from the seed's text, and by kehoach's own writer, against the text import; and the
//! files that must be refused with a clear error (`tests/fixtures/import/docx/README.md`).

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use kehoach::import::{docx_text, from_docx, import_plan_text, ImportError, ImportResult};

use crate::support::leaves;
use crate::support::SEED;

const SEED_DOCX: &[u8] = include_bytes!("../../../../tests/fixtures/import/docx/seed.docx");
const SEED_LISTS_DOCX: &[u8] =
    include_bytes!("../../../../tests/fixtures/import/docx/seed-lists.docx");
const RENDERED_DOCX: &[u8] =
    include_bytes!("../../../../tests/fixtures/import/docx/lang-son-2023-rendered.docx");
const PLAN: &str = include_str!("../../../../examples/plans/lang-son-2023.json");

/// The JSON Pointers where two plans' leaves differ (or exist on one side only).
fn differences(expected: &str, actual: &str) -> Vec<String> {
    let flat = |json: &str| {
        let mut out = BTreeMap::new();
        leaves(
            &serde_json::from_str(json).unwrap(),
            String::new(),
            &mut out,
        );
        out
    };
    let (a, b) = (flat(expected), flat(actual));
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Diagnostics without their line (the .docx's text has other line numbers than the seed's).
fn findings(result: &ImportResult) -> Vec<(String, String)> {
    result
        .diagnostics
        .iter()
        .map(|d| (d.code.clone(), d.path.clone()))
        .collect()
}

#[test]
fn the_seed_made_in_a_word_processor_imports_as_its_text_does() {
    let text = import_plan_text(SEED);
    for (name, bytes) in [
        ("seed.docx", SEED_DOCX),
        ("seed-lists.docx", SEED_LISTS_DOCX),
    ] {
        let docx = from_docx(bytes).unwrap();
        assert_eq!(
            differences(&text.plan.to_json_string(), &docx.plan.to_json_string()),
            Vec::<String>::new(),
            "{name}"
        );
        assert_eq!(findings(&docx), findings(&text), "{name}");
    }
}

#[test]
fn word_numbering_is_read_as_the_typed_numbers() {
    let text = docx_text(SEED_LISTS_DOCX).unwrap();
    // "1." "2." "3." of the purposes and the recipients' dashes are Word list numbering there.
    assert!(
        text.contains("\n\n1. Tiếp tục nâng cao nhận thức"),
        "{text}"
    );
    assert!(text.contains("\n\n3. Công tác tuyên truyền phải"), "{text}");
    assert!(text.contains("\n\n- UBND tỉnh (Báo cáo);"), "{text}");
    // The header table, read row by row: number, then place and date.
    assert!(
        text.starts_with("Số: /KH-SVHTTDL\n\nLạng Sơn, ngày"),
        "{text}"
    );
}

/// Our own plan document back into a plan: the example plan → `kehoach render-plan --format
/// docx` → import. What differs is the quota table the writer adds ("3. Chỉ tiêu", a table the
/// text importer does not read yet) and the forms heading the writer prints.
#[test]
fn our_own_plan_document_imports_back_to_the_plan() {
    let imported = from_docx(RENDERED_DOCX).unwrap();
    let differing = differences(PLAN, &imported.plan.to_json_string());
    let known = |path: &str| {
        path == "/audiences/0/formsHeading"
            || path == "/quotas/0/text"
            || path.starts_with("/audiences/1/forms/5/")
    };
    assert!(differing.len() <= 6, "{differing:#?}");
    assert!(differing.iter().all(|p| known(p)), "{differing:#?}");
}

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn what_is_not_a_word_document_is_refused_clearly() {
    let legacy = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let error = from_docx(&legacy).unwrap_err();
    assert_eq!(error, ImportError::LegacyDoc);
    assert!(error
        .to_string()
        .contains("soffice --headless --convert-to docx FILE"));

    let no_document = zip_with(&[("word/other.xml", b"<x/>")]);
    assert_eq!(
        from_docx(&no_document).unwrap_err(),
        ImportError::NoDocument
    );

    for cut in [4, 30, SEED_DOCX.len() / 2, SEED_DOCX.len() - 10] {
        let error = from_docx(&SEED_DOCX[..cut]).unwrap_err();
        assert!(
            matches!(error, ImportError::NotZip(_) | ImportError::BadPart { .. }),
            "{cut}: {error:?}"
        );
    }
    let random: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(matches!(from_docx(&random), Err(ImportError::NotZip(_))));

    let not_xml = zip_with(&[("word/document.xml", b"<w:document><w:body><w:p>")]);
    // Unclosed markup: whatever was read, or a clear error; never a panic.
    assert!(matches!(
        from_docx(&not_xml),
        Ok(_) | Err(ImportError::BadPart { .. })
    ));
    let not_utf8 = zip_with(&[("word/document.xml", &[0xFF, 0xFE, 0x3C])]);
    assert!(matches!(
        from_docx(&not_utf8),
        Err(ImportError::BadPart { .. })
    ));
}

#[test]
fn a_zip_bomb_is_not_inflated() {
    let huge = vec![b' '; 17 * 1024 * 1024];
    let bomb = zip_with(&[("word/document.xml", &huge)]);
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    assert!(matches!(
        from_docx(&bomb),
        Err(ImportError::TooLarge { .. })
    ));
    let names: Vec<String> = (0..10_001).map(|i| format!("{i}")).collect();
    let many: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    assert!(matches!(
        from_docx(&zip_with(&many)),
        Err(ImportError::TooManyEntries { .. })
    ));
}

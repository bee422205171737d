//! The importer and the validator read every citation of the fixtures to the same structure.
//!
//! Both call the one grammar of [`crate::text::citation`]; this holds the two code paths to
//! it. Every legal-basis text in `tests/fixtures/validate/` (plans and patches), in
//! `examples/plans/*.json`, and every citation the importer finds in `tests/fixtures/import/`
//! and `examples/plans/*.txt` is
//!
//! 1. read by the importer's recognition ([`super::legal_bases::parse`]) into a `LegalBasis`;
//! 2. put in a plan and checked by the validator, whose text rules (REF001–REF005) compare that
//!    structure with its own reading of the same text: none may fire;
//! 3. read by the union grammar to a kind and at least a number, a date or a name, for the
//!    citations of real plans (the validation vectors break some on purpose).
//!
//! Every place-and-date line of the same files that the validator reads is read by the
//! importer to the same place, year and date.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::legal_bases;
use super::Findings;
use crate::text::citation;
use crate::{validate_plan, Lang, Plan};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|e| e == extension))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Legal-basis texts anywhere in a JSON document: `text` of the items of a `legalBases` array,
/// and the values of patch operations on a path `/legalBases/…/text` or `/legalBases/…`.
fn basis_texts(value: &Value, in_bases: bool, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if in_bases {
                if let Some(Value::String(text)) = map.get("text") {
                    out.push(text.clone());
                }
            }
            let patch_path = map.get("path").and_then(Value::as_str).unwrap_or("");
            if patch_path.starts_with("/legalBases") {
                match map.get("value") {
                    Some(Value::String(text)) if patch_path.ends_with("/text") => {
                        out.push(text.clone());
                    }
                    Some(other) => basis_texts(other, true, out),
                    None => {}
                }
            }
            for (key, item) in map {
                if key != "value" || !patch_path.starts_with("/legalBases") {
                    basis_texts(item, key == "legalBases", out);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                basis_texts(item, in_bases, out);
            }
        }
        _ => {}
    }
}

/// The citations of the validation vectors and example plans.
fn validator_citations() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let sources = files("tests/fixtures/validate", "json")
        .into_iter()
        .chain(files("examples/plans", "json"));
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let mut texts = Vec::new();
        basis_texts(&json, false, &mut texts);
        let name = path.display().to_string();
        out.extend(texts.into_iter().map(|text| (name.clone(), text)));
    }
    out
}

/// The citations the importer recognises in the plain texts of real plans.
fn imported_citations() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let sources = files("tests/fixtures/import", "txt")
        .into_iter()
        .chain(files("examples/plans", "txt"));
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let result = super::import_plan_text(&text);
        let name = path.display().to_string();
        out.extend(
            result
                .plan
                .legal_bases
                .into_iter()
                .map(|basis| (name.clone(), basis.text)),
        );
    }
    out
}

/// The validator's text rules that fire on the importer's reading of `text`.
fn disagreements(plan: &Plan, text: &str) -> Vec<String> {
    let basis = legal_bases::parse(text, 1, &mut Findings::default());
    let mut plan = plan.clone();
    plan.legal_bases = vec![basis.clone()];
    validate_plan(&plan, Lang::En)
        .into_iter()
        .filter(|d| ["REF001", "REF002", "REF003", "REF004", "REF005"].contains(&d.code.as_str()))
        .map(|d| format!("{} {}: {} ({basis:?})", d.code, d.path, d.message))
        .collect()
}

#[test]
fn importer_and_validator_read_every_fixture_citation_alike() {
    let plan = Plan::from_json_str(crate::examples::LANG_SON_2023).unwrap();
    let validator = validator_citations();
    let imported = imported_citations();
    assert!(validator.len() >= 20, "{}", validator.len());
    assert!(imported.len() >= 6, "{}", imported.len());
    let mut failures = Vec::new();
    for (source, text) in validator.iter().chain(&imported) {
        for problem in disagreements(&plan, text) {
            failures.push(format!("{source}: {text:?}\n    {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_union_grammar_reads_every_citation_of_a_real_plan() {
    let real = imported_citations().into_iter().chain(
        validator_citations()
            .into_iter()
            .filter(|(source, _)| source.contains("examples")),
    );
    for (source, text) in real {
        let cited = citation::read(&text);
        assert!(cited.kind.is_some() || cited.generic, "{source}: {text}");
        let has_reference = cited.number.is_some() || cited.date.is_some() || cited.name.is_some();
        assert!(has_reference, "{source}: {text}");
        if cited.kind != Some(crate::DocumentKind::Law) && cited.after_of.is_some() {
            assert!(cited.issuer.is_some(), "{source}: {text}");
        }
    }
}

/// Citations on which the two readers disagreed before they shared one grammar: a date written
/// "24-01-2019" or "24.01.2019" (the importer read it, the validator did not: REF003 on the
/// importer's own plan), "Bộ luật" (a law to the validator, no document to the importer), a
/// number without its slash (dropped by the importer), a date after the issuer (taken by the
/// importer, which then lost the issuer), and the subject words only one of them knew.
const ONCE_DISAGREED: [&str; 12] = [
    "Nghị định số 09/2019/NĐ-CP ngày 24-01-2019 của Chính phủ quy định chế độ báo cáo",
    "Nghị định số 09/2019/NĐ-CP ngày 24.01.2019 của Chính phủ quy định chế độ báo cáo",
    "Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định chế độ báo cáo",
    "Bộ luật Lao động ngày 20 tháng 11 năm 2019",
    "Quyết định số 82QĐ-BNV ngày 15/02/2023 của Bộ Nội vụ về việc X",
    "Kế hoạch số 5/KH-UBND của UBND tỉnh về CCHC ngày 01/01/2020",
    "Văn bản số 581/BNV-CCHC ngày 10/02/2023 của Bộ Nội vụ v/v hướng dẫn",
    "Quyết định số 1/QĐ-UBND ngày 05/01/2023 của UBND tỉnh kiện toàn Ban Chỉ đạo",
    "Chỉ thị số 07-CT/TU ngày 25/4/2016 của Tỉnh ủy về tăng cường kỷ cương",
    "Kế hoạch số 3/KH-UBND ngày 04/01/2023 của UBND tỉnh đẩy mạnh CCHC",
    "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội",
    "Thực hiện Kế hoạch số 11/KH-SVHTTDL ngày 19/01/2023 của Sở Văn hóa về CCHC",
];

#[test]
fn the_forms_the_readers_once_disagreed_on_now_agree() {
    let plan = Plan::from_json_str(crate::examples::LANG_SON_2023).unwrap();
    for text in ONCE_DISAGREED {
        assert_eq!(disagreements(&plan, text), Vec::<String>::new(), "{text}");
        let basis = legal_bases::parse(text, 1, &mut Findings::default());
        let generic = text.starts_with("Văn bản");
        assert_eq!(basis.kind == crate::DocumentKind::Other, generic, "{text}");
        let date_after_issuer = text.contains("về CCHC ngày");
        assert_eq!(basis.date.is_some(), !date_after_issuer, "{text}");
    }
    let late = legal_bases::parse(ONCE_DISAGREED[5], 1, &mut Findings::default());
    assert_eq!(late.issuer.as_deref(), Some("UBND tỉnh"));
    assert_eq!(late.number.map(|n| n.0).as_deref(), Some("5/KH-UBND"));
}

/// Place-and-date lines anywhere in a JSON document: `document.issued.text`, and patch values
/// on `/document/issued/text`.
fn issued_texts(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let patch_path = map.get("path").and_then(Value::as_str);
            if let (Some("/document/issued/text"), Some(Value::String(text))) =
                (patch_path, map.get("value"))
            {
                out.push(text.clone());
            }
            if let Some(Value::String(text)) = map.get("issued").and_then(|i| i.get("text")) {
                out.push(text.clone());
            }
            map.values().for_each(|item| issued_texts(item, out));
        }
        Value::Array(items) => items.iter().for_each(|item| issued_texts(item, out)),
        _ => {}
    }
}

#[test]
fn place_and_date_lines_read_alike() {
    let mut lines = Vec::new();
    for path in files("tests/fixtures/validate", "json")
        .into_iter()
        .chain(files("examples/plans", "json"))
    {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        issued_texts(
            &serde_json::from_str(&text).unwrap_or(Value::Null),
            &mut lines,
        );
    }
    for path in files("tests/fixtures/import", "txt")
        .into_iter()
        .chain(files("examples/plans", "txt"))
    {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let issued = super::import_plan_text(&text).plan.document.issued;
        lines.push(issued.text);
    }
    assert!(lines.len() >= 10, "{}", lines.len());
    for line in lines {
        // The validator holds the line to the form of Nghị định 30/2020; a line it does not
        // read is reported there (DOC011) and not compared here.
        let Some(read) = crate::text::date::date_line(&line) else {
            continue;
        };
        let text = format!("Số: 01/KH-SVHTTDL\n{line}\nKẾ HOẠCH\nTuyên truyền CCHC năm 2023\n");
        let issued = super::import_plan_text(&text).plan.document.issued;
        assert_eq!(issued.place, read.place, "{line}");
        assert_eq!(issued.year, read.year, "{line}");
        let date = match (&read.day, &read.month) {
            (Some(day), Some(month)) => {
                crate::text::date::calendar_date(read.year, month.value, day.value)
            }
            _ => None,
        };
        assert_eq!(issued.date, date, "{line}");
    }
}

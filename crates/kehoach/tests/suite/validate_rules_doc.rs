//! The rule catalogue is well formed, and `docs/rules.md` is exactly what it generates.
//!
//! When the catalogue changes, regenerate the document with
//! `KEHOACH_BLESS=1 cargo test -p kehoach --test suite validate_rules_doc::`.

use std::collections::BTreeSet;
use std::path::Path;

use kehoach::diagnostic::RuleDoc;
use kehoach::validate::{catalogue, rules_markdown};

/// Every `{name}` placeholder of a template.
fn placeholders(template: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.insert(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

fn category_of_prefix(code: &str) -> &'static str {
    let prefix: String = code.chars().take_while(char::is_ascii_uppercase).collect();
    match prefix.as_str() {
        "DOC" => "document",
        "REF" => "legal-bases",
        "STR" => "structure",
        "FRM" => "forms-units",
        "QTA" => "quotas",
        "RPT" => "reporting",
        "YR" => "year",
        _ => "unknown",
    }
}

#[test]
fn the_catalogue_is_well_formed() {
    let entries: &[RuleDoc] = catalogue();
    assert!(entries.len() >= 40, "only {} rules", entries.len());
    let mut codes = BTreeSet::new();
    for entry in entries {
        let rule = &entry.rule;
        assert!(codes.insert(rule.code), "{} appears twice", rule.code);
        let digits: String = rule
            .code
            .chars()
            .skip_while(char::is_ascii_uppercase)
            .collect();
        assert!(
            digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit()),
            "{}: code is a prefix and three digits",
            rule.code
        );
        assert_eq!(
            category_of_prefix(rule.code),
            entry.category,
            "{}",
            rule.code
        );
        assert_eq!(
            placeholders(rule.message_vi),
            placeholders(rule.message_en),
            "{}: the two messages use different placeholders",
            rule.code
        );
        for text in [
            entry.description_vi,
            entry.description_en,
            rule.message_vi,
            rule.message_en,
        ] {
            assert!(
                text.ends_with('.'),
                "{}: {text:?} is not a sentence",
                rule.code
            );
            assert_eq!(kehoach::model::nfc(text), text, "{}: not NFC", rule.code);
        }
        assert!(!entry.source.is_empty(), "{}: no source", rule.code);
    }
    // Codes are listed in order, so documentation and lookups read naturally.
    let listed: Vec<&str> = entries.iter().map(|entry| entry.rule.code).collect();
    let mut sorted = listed.clone();
    sorted.sort_by_key(|code| (category_order(code), *code));
    assert_eq!(listed, sorted);
}

fn category_order(code: &str) -> usize {
    ["DOC", "REF", "STR", "FRM", "QTA", "RPT", "YR"]
        .iter()
        .position(|prefix| code.starts_with(prefix))
        .unwrap_or(usize::MAX)
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    // Plan rules, then the activity log's (LOG), the importer's (IMP) and the consolidation's
    // (CON): one document lists every code a diagnostic can carry.
    let catalogues = [
        catalogue(),
        kehoach::activity::RULES,
        kehoach::import::RULES,
        kehoach::consolidate::RULES,
    ];
    let generated = rules_markdown(&catalogues);
    if std::env::var_os("KEHOACH_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("docs/rules.md writable");
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is out of date with the rule catalogue; regenerate it with\n\
         KEHOACH_BLESS=1 cargo test -p kehoach --test suite validate_rules_doc::"
    );
    let mut codes = BTreeSet::new();
    for rule in catalogues
        .iter()
        .flat_map(|entries| entries.iter().map(|entry| &entry.rule))
    {
        assert!(codes.insert(rule.code), "code {} is used twice", rule.code);
        assert!(
            current.contains(&format!("| {} |", rule.code)),
            "{} is not listed",
            rule.code
        );
    }
}

//! The plan model against its contract: the seed loses nothing, JSON round-trips, unknown keys
//! and wrong types are located errors, and the generated JSON Schema agrees with the loader.

use kehoach::{fold, Measure, PeriodType, Plan, QuotaScope, ToJson};
use serde_json::{json, Value};

use crate::support::{bundled_plan, SEED};

fn example_value() -> Value {
    serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("the bundled plan is JSON")
}

/// Every string in a JSON value, folded for comparison.
fn folded_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.push(fold(text)),
        Value::Array(items) => items.iter().for_each(|item| folded_strings(item, out)),
        Value::Object(map) => map.values().for_each(|item| folded_strings(item, out)),
        _ => {}
    }
}

/// The seed's body: from the title to the signature block, with the page break inside one
/// paragraph ("lồng ghép nội dung\n\nCCHC vào") joined back.
fn seed_paragraphs() -> Vec<String> {
    let text = SEED.replace(
        "lồng ghép nội dung\n\nCCHC vào",
        "lồng ghép nội dung CCHC vào",
    );
    let start = text.find("Căn cứ ").expect("the seed has legal bases");
    let end = text
        .find("**KT. GIÁM ĐỐC")
        .expect("the seed has a signature");
    text[start..end]
        .lines()
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(str::to_string)
        .collect()
}

/// Splits a paragraph into sentences at ". ", "; " and ": " (the seed's sentence and clause
/// boundaries), dropping bullet and numbering marks.
fn sentences(paragraph: &str) -> Vec<String> {
    let body = paragraph.trim_start_matches("- ");
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = body.chars().collect();
    for (index, ch) in chars.iter().enumerate() {
        current.push(*ch);
        let next_is_space = chars
            .get(index + 1)
            .is_some_and(|next| next.is_whitespace());
        if matches!(ch, '.' | ';' | ':') && next_is_space {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter()
        .map(|sentence| {
            sentence
                .trim()
                .trim_end_matches([';', '.', ':'])
                .trim()
                .to_string()
        })
        .filter(|sentence| sentence.chars().any(char::is_alphanumeric))
        .collect()
}

/// The structure a heading of the seed became; `None` when the line is not a heading.
fn heading_structure(plan: &Plan, paragraph: &str) -> Option<bool> {
    let audience = |heading: &str| {
        plan.audiences
            .iter()
            .any(|a| a.heading == heading && !a.content.is_empty() && !a.forms.is_empty())
    };
    Some(match paragraph {
        "I. MỤC ĐÍCH, YÊU CẦU" => !plan.purposes.is_empty() && !plan.requirements.is_empty(),
        "1. Mục đích" => plan.purposes.len() == 3,
        "2. Yêu cầu" => plan.requirements.len() == 5,
        "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN" => plan.audiences.len() == 2,
        "1. Đối với cán bộ, công chức" => audience("Đối với cán bộ, công chức"),
        "2. Đối với người dân và doanh nghiệp" => {
            audience("Đối với người dân và doanh nghiệp")
        }
        "a) Nội dung:" => plan.audiences.iter().all(|a| !a.content.is_empty()),
        "b) Các hình thức tuyên truyền và trách nhiệm thực hiện:" => {
            plan.audiences.iter().any(|a| {
                a.forms_heading.as_deref()
                    == Some("Các hình thức tuyên truyền và trách nhiệm thực hiện")
            })
        }
        "III. TỔ CHỨC THỰC HIỆN" => plan.implementation.responsibilities.len() == 2,
        "Nơi nhận:" => !plan.document.recipients.is_empty(),
        _ => return None,
    })
}

#[test]
fn every_sentence_of_the_seed_body_is_in_the_data() {
    let plan = bundled_plan();
    let mut strings = Vec::new();
    folded_strings(&example_value(), &mut strings);
    let mut missing = Vec::new();
    let mut checked = 0;
    for paragraph in seed_paragraphs() {
        if let Some(found) = heading_structure(&plan, &paragraph) {
            assert!(
                found,
                "heading {paragraph:?} did not become the structure it names"
            );
            checked += 1;
            continue;
        }
        // "b) Hình thức: <first form>" is a heading and a bullet in one paragraph.
        let paragraph = match paragraph.strip_prefix("b) Hình thức: ") {
            Some(rest) => {
                assert!(
                    plan.audiences[0].forms.len() > 1,
                    "b) Hình thức became the first audience's forms"
                );
                rest.to_string()
            }
            None => paragraph,
        };
        // Legal bases lose their "Căn cứ" lead-in: it is the structure `legalBases`.
        let paragraph = match paragraph.strip_prefix("Căn cứ ") {
            Some(rest) => {
                assert_eq!(plan.legal_bases.len(), 3);
                rest.to_string()
            }
            None => paragraph,
        };
        // Recipients "- UBND tỉnh (Báo cáo);" are name + purpose; the last line is the archive.
        if let Some(line) = paragraph
            .strip_prefix("- ")
            .filter(|line| !line.contains(". ") && line.len() < 60)
        {
            let bare = |text: &str| fold(&text.replace([';', '(', ')'], " "));
            let found = line == plan.document.archive.text
                || plan.document.recipients.iter().any(|recipient| {
                    bare(line)
                        == bare(&format!(
                            "{} {}",
                            recipient.name,
                            recipient.purpose.clone().unwrap_or_default()
                        ))
                });
            assert!(
                found,
                "recipient line {line:?} is not in the distribution list"
            );
            checked += 1;
            continue;
        }
        // Numbered purposes and responsibilities lose their number: their order keeps it.
        let paragraph = paragraph
            .split_once(". ")
            .filter(|(number, _)| number.chars().all(|c| c.is_ascii_digit()))
            .map_or(paragraph.clone(), |(_, rest)| rest.to_string());
        for sentence in sentences(&paragraph) {
            checked += 1;
            let needle = fold(&sentence);
            if !strings.iter().any(|text| text.contains(&needle)) {
                missing.push(sentence);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "sentences of the seed missing from the data:\n{}",
        missing.join("\n")
    );
    assert!(
        checked > 60,
        "the seed body was read ({checked} sentences and headings)"
    );
}

#[test]
fn the_quota_sentence_is_text_and_structure() {
    let plan = bundled_plan();
    let sentence = "Hằng tháng, có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử của cơ quan, đơn vị.";
    assert!(SEED.contains(sentence));
    let quota = plan
        .quotas
        .iter()
        .find(|quota| quota.text.as_deref() == Some(sentence))
        .expect("the quota keeps its sentence");
    assert_eq!((quota.min, quota.max), (4, None));
    assert_eq!(quota.measure, Measure::Count);
    assert_eq!(quota.period, PeriodType::Month);
    assert_eq!(quota.scope, QuotaScope::Agency);
    assert_eq!(
        plan.form(&quota.form).map(|form| form.kind),
        Some(kehoach::FormKind::WebsiteArticle)
    );
}

#[test]
fn the_document_header_and_signature_are_structured() {
    let plan = bundled_plan();
    let doc = &plan.document;
    assert_eq!(doc.number.as_str(), "/KH-SVHTTDL");
    assert!(SEED.contains(&format!("Số: {}", doc.number.as_str())));
    assert!(SEED.contains(&doc.issued.text));
    assert_eq!(doc.issued.date, None);
    assert_eq!(doc.issued.year, 2023);
    assert!(SEED.contains(&format!("{}\n{}", doc.title, doc.subject)));
    let signature = &doc.signature;
    assert!(SEED.contains(&format!(
        "**{} {}\n{}**\n\n{}",
        signature
            .authority
            .map(|a| a.notation())
            .unwrap_or_default(),
        signature.head_title,
        signature.signer_title.clone().unwrap_or_default(),
        signature.signer_name
    )));
    assert_eq!(doc.archive.holders, ["VT", "VP"]);
    let legal = &plan.legal_bases[0];
    assert_eq!(legal.number.as_ref().map(|n| n.as_str()), Some("82/QĐ-BNV"));
    assert_eq!(
        legal.date.map(kehoach::vietnamese::short_date).as_deref(),
        Some("15/02/2023")
    );
}

#[test]
fn saving_then_loading_gives_the_same_plan_and_bytes() {
    let plan = bundled_plan();
    let saved = plan.to_json_string();
    assert_eq!(Plan::from_json_str(&saved).expect("saved plan loads"), plan);
    // The bundled file is already in saved form: nothing is reordered, added or dropped.
    assert_eq!(
        serde_json::from_str::<Value>(&saved).ok(),
        Some(example_value())
    );
}

#[test]
fn text_is_normalised_to_nfc_on_load() {
    let mut value = example_value();
    value["document"]["subject"] = json!("Tuye\u{0302}n truye\u{0302}\u{0300}n na\u{0306}m 2023");
    let plan = Plan::from_json_value(value).expect("loads");
    assert_eq!(plan.document.subject, "Tuyên truyền năm 2023");
}

fn load_error(value: Value) -> kehoach::LoadError {
    Plan::from_json_value(value).expect_err("the plan must not load")
}

#[test]
fn unknown_keys_are_named_with_their_path() {
    let mut value = example_value();
    value["audiences"][1]["forms"][2]["colour"] = json!("red");
    let error = load_error(value);
    assert_eq!(error.path, "/audiences/1/forms/2/colour");
    assert!(
        error.message.contains("unknown key `colour`"),
        "{}",
        error.message
    );
    assert!(error
        .to_string()
        .ends_with(" at /audiences/1/forms/2/colour"));

    let mut value = example_value();
    value["schemaVersion"] = json!(1);
    value["extra"] = json!(true);
    assert_eq!(load_error(value).path, "/extra");
}

#[test]
fn wrong_types_and_values_are_located() {
    let mut value = example_value();
    value["quotas"][0]["min"] = json!("four");
    let error = load_error(value);
    assert_eq!(error.path, "/quotas/0/min");
    assert!(error.message.contains("invalid type"), "{}", error.message);

    let mut value = example_value();
    value["legalBases"][0]["date"] = json!("2023-02-30");
    let error = load_error(value);
    assert_eq!(error.path, "/legalBases/0/date");
    assert!(error.message.contains("2023-02-30"), "{}", error.message);

    let mut value = example_value();
    value["audiences"][0]["forms"][0]["kind"] = json!("carrier-pigeon");
    let error = load_error(value);
    assert_eq!(error.path, "/audiences/0/forms/0/kind");
    assert!(
        error.message.contains("carrier-pigeon"),
        "{}",
        error.message
    );

    let mut value = example_value();
    value["quotas"][0]["min"] = json!(-1);
    assert_eq!(load_error(value).path, "/quotas/0/min");

    let mut value = example_value();
    value.as_object_mut().map(|object| object.remove("units"));
    let error = load_error(value);
    assert_eq!(error.path, "");
    assert!(
        error.message.contains("missing key `units`"),
        "{}",
        error.message
    );
}

#[test]
fn a_version_1_plan_loads_unchanged_and_is_written_as_version_2() {
    // Version 2 only added optional keys (tasks, timings, an activity's task): a plan written
    // before it loads as it was, and saving it writes the current version.
    let mut value = example_value();
    value["schemaVersion"] = json!(1);
    let old = Plan::from_json_value(value).expect("a version 1 plan loads");
    assert_eq!(old.schema_version, 1);
    let current = Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("loads");
    assert_eq!(
        Plan {
            schema_version: kehoach::SCHEMA_VERSION,
            ..old.clone()
        },
        current
    );
    for version in [0, 3] {
        let mut value = example_value();
        value["schemaVersion"] = json!(version);
        assert_eq!(
            load_error(value).path,
            "/schemaVersion",
            "version {version}"
        );
    }
}

#[test]
fn schema_version_and_malformed_json_are_reported_first() {
    let mut value = example_value();
    value["schemaVersion"] = json!(99);
    let error = load_error(value);
    assert_eq!(error.path, "/schemaVersion");
    assert!(error.message.contains("unsupported schemaVersion 99"));

    let error = Plan::from_json_str("{\n  \"schemaVersion\": 1,\n  \"year\": 2023,,\n}")
        .expect_err("malformed");
    assert_eq!((error.line, error.column), (Some(3), Some(16)));
    assert!(error.to_string().contains("not valid JSON"));
    assert!(error.to_string().contains("line 3, column 16"));

    assert_eq!(
        Plan::from_json_str("[1, 2]")
            .expect_err("not an object")
            .message,
        "invalid type: expected a JSON object"
    );
}

fn schema_validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&kehoach::schema::plan_schema())
        .expect("the generated schema is a valid JSON Schema")
}

#[test]
fn the_example_validates_against_the_generated_schema() {
    let validator = schema_validator();
    let errors: Vec<String> = validator
        .iter_errors(&example_value())
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn schema_and_loader_reject_the_same_bad_plans() {
    let validator = schema_validator();
    let mut unknown = example_value();
    unknown["document"]["issuer"]["colour"] = json!("red");
    let mut wrong_type = example_value();
    wrong_type["year"] = json!("2023");
    let mut bad_enum = example_value();
    bad_enum["quotas"][0]["period"] = json!("fortnight");
    let mut bad_date = example_value();
    bad_date["legalBases"][1]["date"] = json!("04/01/2023");
    for (name, bad) in [
        ("unknown key", unknown),
        ("wrong type", wrong_type),
        ("bad enum", bad_enum),
        ("bad date", bad_date),
    ] {
        assert!(
            !validator.is_valid(&bad),
            "the schema accepts a plan with a {name}"
        );
        assert!(
            Plan::from_json_value(bad).is_err(),
            "the loader accepts a plan with a {name}"
        );
    }
}

#[test]
fn json_holds_no_numbers_javascript_cannot_represent() {
    // Every integer in the schema is bounded to 32 bits (u8/u32/i32).
    let schema = serde_json::to_string(&kehoach::schema::plan_schema()).unwrap_or_default();
    assert!(
        !schema.contains("int64") && !schema.contains("uint64"),
        "a 64-bit integer reached the schema"
    );
    assert!(
        !schema.contains("\"additionalProperties\":{"),
        "a map (JS Map risk) reached the schema"
    );
}

mod generated {
    //! Round trip on generated plans: random texts (Vietnamese letters, combining marks,
    //! quotes), random numbers of audiences, forms and quotas, every enum value.

    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Generated in any normal form; compared after the loader's NFC.
        proptest::string::string_regex("[a-zA-Z0-9 ,.;:/\"'<>&ăâđêôơưạảấầẩẫậếềểễệọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u{0300}\u{0301}\u{0303}\u{0309}\u{0323}]{0,40}")
            .expect("valid regex")
    }

    fn date() -> impl Strategy<Value = time::Date> {
        (1990i32..2100, 1u16..=365).prop_map(|(year, day)| {
            time::Date::from_ordinal_date(year, day).expect("day 1..=365 exists")
        })
    }

    fn timing() -> impl Strategy<Value = kehoach::Timing> {
        let kinds = [
            kehoach::TimingKind::ByDate,
            kehoach::TimingKind::Month,
            kehoach::TimingKind::Quarter,
            kehoach::TimingKind::HalfYear,
            kehoach::TimingKind::Range,
            kehoach::TimingKind::Year,
            kehoach::TimingKind::Continuous,
            kehoach::TimingKind::Recurring,
            kehoach::TimingKind::Unscheduled,
            kehoach::TimingKind::Unread,
        ];
        (
            text(),
            0..kinds.len(),
            proptest::option::of(date()),
            proptest::option::of(date()),
            proptest::option::of(0..PeriodType::ALL.len()),
        )
            .prop_map(move |(text, kind, from, due, every)| kehoach::Timing {
                text,
                kind: kinds[kind],
                from,
                due,
                every: every.map(|index| PeriodType::ALL[index]),
            })
    }

    prop_compose! {
        fn form()(id in "[a-z][a-z0-9-]{0,12}", kind in 0usize..kehoach::FormKind::ALL.len(), name in text(), body in proptest::option::of(text()),
                   channels in proptest::collection::vec(prop_oneof![Just(kehoach::Channel::Website), Just(kehoach::Channel::Facebook), Just(kehoach::Channel::Zalo)], 0..3),
                   units in proptest::collection::vec("[a-z]{1,6}", 0..3), timing in proptest::option::of(timing())) -> kehoach::Form {
            kehoach::Form { id, kind: kehoach::FormKind::ALL[kind], name, text: body, channels, units, timing }
        }
    }

    prop_compose! {
        fn task()(id in "[a-z][a-z0-9-]{0,12}", number in proptest::option::of("[0-9]{1,2}(\\.[0-9])?"), group in proptest::option::of(text()),
                   content in text(), form in proptest::option::of("[a-z]{1,6}"), lead in proptest::collection::vec("[a-z]{1,6}", 0..2),
                   coordinating in proptest::collection::vec("[a-z]{1,6}", 0..3), timing in proptest::option::of(timing()),
                   product in proptest::option::of(text()), notes in proptest::option::of(text())) -> kehoach::Task {
            kehoach::Task { id, number, group, content, form, audience: None, lead, coordinating, timing, product, notes }
        }
    }

    prop_compose! {
        fn plan()(base_year in 1990i32..2100, subject in text(), purposes in proptest::collection::vec(text(), 0..4),
                   forms in proptest::collection::vec(form(), 0..6), issued in proptest::option::of(date()),
                   basis_date in proptest::option::of(date()), min in any::<u32>(), max in proptest::option::of(any::<u32>()),
                   period in 0usize..PeriodType::ALL.len(), share in any::<bool>(), deadline in proptest::option::of(any::<u8>()),
                   holidays in proptest::collection::vec(date(), 0..3), tasks in proptest::collection::vec(task(), 0..4),
                   tasks_heading in proptest::option::of(text())) -> Plan {
            let mut plan = bundled_plan();
            plan.year = base_year;
            plan.document.subject = subject;
            plan.document.issued.date = issued;
            plan.purposes = purposes;
            plan.audiences[0].forms = forms;
            plan.legal_bases[0].date = basis_date;
            plan.quotas[0].min = min;
            plan.quotas[0].max = max;
            plan.quotas[0].period = PeriodType::ALL[period];
            plan.quotas[0].measure = if share { Measure::Share } else { Measure::Count };
            plan.implementation.reporting.deadline_day = deadline;
            plan.tasks = tasks;
            plan.tasks_heading = tasks_heading;
            plan.implementation.reporting.holidays = holidays;
            plan
        }
    }

    /// The plan the loader should give back: the same with every text in NFC.
    fn normalised(plan: &Plan) -> Plan {
        let mut value = serde_json::to_value(plan).expect("serialises");
        fn walk(value: &mut Value) {
            match value {
                Value::String(text) => *text = kehoach::nfc(text).into_owned(),
                Value::Array(items) => items.iter_mut().for_each(walk),
                Value::Object(map) => map.values_mut().for_each(walk),
                _ => {}
            }
        }
        walk(&mut value);
        serde_json::from_value(value).expect("deserialises")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn saving_then_loading_round_trips(plan in plan()) {
            let saved = plan.to_json_string();
            let loaded = Plan::from_json_str(&saved).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&loaded, &normalised(&plan));
            prop_assert_eq!(Plan::from_json_str(&loaded.to_json_string()).ok(), Some(loaded));
        }

        #[test]
        fn the_writer_writes_what_serde_writes(plan in plan()) {
            prop_assert_eq!(plan.to_json(), serde_json::to_string(&plan).expect("serialises"));
            prop_assert_eq!(plan.to_json_pretty(), serde_json::to_string_pretty(&plan).expect("serialises"));
        }

        #[test]
        fn generated_plans_satisfy_the_schema(plan in plan()) {
            let value = serde_json::to_value(&plan).expect("serialises");
            prop_assert!(schema_validator().is_valid(&value));
        }
    }
}

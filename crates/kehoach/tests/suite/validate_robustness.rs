//! Whatever a loadable plan holds, validation returns diagnostics and never panics: every field
//! of the bundled plan is replaced in turn by edge values (empty, blank, huge, negative,
//! decomposed Unicode), and the result must be sorted, filled in, and the same in both
//! languages but for the messages.

use kehoach::validate::validate_plan;
use kehoach::{Lang, Plan};
use serde_json::Value;

/// Every JSON Pointer to a leaf or array of `value`.
fn pointers(value: &Value, prefix: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                pointers(
                    item,
                    format!("{prefix}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            out.push(prefix.clone());
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{prefix}/{index}"), out);
            }
        }
        _ => out.push(prefix),
    }
}

fn edge_values(current: &Value) -> Vec<Value> {
    match current {
        Value::String(_) => vec![
            Value::from(""),
            Value::from("   "),
            Value::from("/"),
            Value::from(", ngày 99 tháng 99 năm 9999"),
            Value::from("Quyết định số 1/2/3/4-5 ngày 31/02/0000 của"),
            Value::from("Ba\u{300}n tin ne\u{302}\u{301}u ıİ ﬃ 🙂 năm 99999 năm"),
            Value::from("Lưu: ".repeat(400)),
        ],
        Value::Number(_) => vec![
            Value::from(0),
            Value::from(1),
            Value::from(i32::MIN),
            Value::from(i32::MAX),
            Value::from(u32::MAX),
            Value::from(255),
        ],
        Value::Array(_) => vec![Value::Array(Vec::new())],
        Value::Bool(flag) => vec![Value::Bool(!flag)],
        Value::Null => vec![],
        Value::Object(_) => vec![],
    }
}

#[test]
fn no_field_value_makes_validation_panic() {
    let seed: Value = serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("seed JSON");
    let mut all = Vec::new();
    pointers(&seed, String::new(), &mut all);
    let mut validated = 0;
    for pointer in &all {
        let current = seed.pointer(pointer).cloned().unwrap_or(Value::Null);
        for value in edge_values(&current) {
            let mut doc = seed.clone();
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = value.clone();
            }
            // Values outside a field's type are loading errors, not this test's business.
            let Ok(plan) = Plan::from_json_value(doc) else {
                continue;
            };
            let vi = validate_plan(&plan, Lang::Vi);
            let en = validate_plan(&plan, Lang::En);
            assert_eq!(vi.len(), en.len(), "{pointer} = {value}");
            for (a, b) in vi.iter().zip(&en) {
                assert_eq!((&a.code, &a.path, &a.params), (&b.code, &b.path, &b.params));
                assert!(kehoach::validate::rule(&a.code).is_some(), "{}", a.code);
                assert!(a.path.starts_with('/'), "{pointer}: path {:?}", a.path);
            }
            let mut sorted = vi.clone();
            kehoach::diagnostic::sort(&mut sorted);
            assert_eq!(sorted, vi, "{pointer} = {value}: not in order");
            validated += 1;
        }
    }
    assert!(validated > 700, "only {validated} plans validated");
}

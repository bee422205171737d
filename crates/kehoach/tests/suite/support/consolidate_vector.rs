//! The hand-computed consolidation vector (`tests/fixtures/consolidate/`): its expected figures,
//! and the same projection of a consolidation's figures JSON (`Consolidation::to_json_string`,
//! `kehoach consolidate --format figures`), so the Rust and CLI suites check one file the same
//! way. Included by path in the CLI suite.

use serde_json::{json, Map, Value};

/// The fixture's folder, relative to the repository root.
pub const DIR: &str = "tests/fixtures/consolidate";

/// The expected figures, as written by hand (without the notes).
pub fn expected(root: &std::path::Path) -> Value {
    let path = root.join(DIR).join("expected.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut value: Value = serde_json::from_str(&text).expect("expected.json is JSON");
    value.as_object_mut().expect("an object").remove("notes");
    value
}

/// The figures the vector checks, taken from a consolidation's JSON.
pub fn project(consolidation: &Value) -> Value {
    let mut agencies = Map::new();
    for agency in consolidation["agencies"].as_array().expect("agencies") {
        let report = &agency["report"];
        let mut entry = match agency.get("figures") {
            Some(f) => json!({
                "activities": f["activities"],
                "formsCarriedOut": f["formsCarriedOut"],
                "formsTotal": f["formsTotal"],
                "quotasMet": f["quotasMet"],
                "quotasShort": f["quotasShort"],
                "quotasNotOver": f["quotasNotOver"],
                "tasksOverdue": f["tasksOverdue"],
                "report": report["status"],
                "rank": agency["rank"],
            }),
            None => json!({
                "data": false,
                "codes": agency["diagnostics"]
                    .as_array()
                    .expect("diagnostics")
                    .iter()
                    .map(|d| d["code"].clone())
                    .collect::<Vec<_>>(),
                "report": report["status"],
            }),
        };
        if let Some(days) = report.get("daysLate") {
            entry["daysLate"] = days.clone();
        }
        let id = agency["id"].as_str().expect("id").to_string();
        agencies.insert(id, entry);
    }
    let totals = |t: &Value| {
        let f = &t["figures"];
        json!({
            "agencies": t["agencies"],
            "withData": t["withData"],
            "activities": f["activities"],
            "formsCarriedOut": f["formsCarriedOut"],
            "formsTotal": f["formsTotal"],
            "quotasMet": f["quotasMet"],
            "quotasShort": f["quotasShort"],
            "quotasNotOver": f["quotasNotOver"],
            "onTime": t["reportsOnTime"],
            "late": t["reportsLate"],
            "missing": t["reportsMissing"],
        })
    };
    let mut levels = Map::new();
    for level in consolidation["levels"].as_array().expect("levels") {
        let name = level["level"].as_str().expect("a level").to_string();
        levels.insert(name, totals(level));
    }
    levels.insert("total".into(), totals(&consolidation["total"]));
    json!({
        "due": consolidation["deadline"]["due"],
        "agencies": agencies,
        "places": consolidation["places"],
        "levels": levels,
    })
}

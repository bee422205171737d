//! Test data for the benchmarks, generated deterministically in memory: a plan of about 1 MB
//! and activity logs of any length, as a JSON array or JSON Lines.
//!
//! Both benchmark binaries include this module, and `native data DIR` writes the same bytes
//! to files, so the criterion figures, the memory measurement of the CLI and the npm
//! benchmark all read the same data.

#![allow(
    clippy::indexing_slicing,
    reason = "the generators index JSON values and arrays whose shapes they built themselves"
)]

pub mod province;

use kehoach::activity::{Activity, Quantities};
use kehoach::FormKind;
use serde_json::{json, Value};
use time::{Date, Duration, Month};

/// Stops the benchmark with a message: the data is generated here, so a failure is a bug of
/// the benchmark, and a message says which.
pub fn or_exit<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(value) => value,
        Err(error) => {
            eprintln!("benchmark setup failed: {what}: {error}");
            std::process::exit(2)
        }
    }
}

/// The bundled Lạng Sơn 2023 plan, loaded.
pub fn bundled_plan() -> kehoach::Plan {
    or_exit(
        kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023),
        "the bundled plan",
    )
}

/// A plan of at least `min_bytes` of pretty JSON: the bundled plan with its audiences (content
/// items and forms), legal bases, units and quotas copied under new ids and texts until it is
/// that large. Every copy is distinct, so name and duplicate checks see many different items.
pub fn large_plan_json(min_bytes: usize) -> String {
    let base: Value = or_exit(
        serde_json::from_str(kehoach::examples::LANG_SON_2023),
        "the bundled plan as JSON",
    );
    let mut plan = base.clone();
    let audiences = base["audiences"].as_array().cloned().unwrap_or_default();
    let quota = base["quotas"][0].clone();
    let mut copy = 1usize;
    loop {
        let text = or_exit(serde_json::to_string_pretty(&plan), "the generated plan");
        if text.len() >= min_bytes {
            return text;
        }
        for audience in &audiences {
            push(&mut plan["audiences"], audience_copy(audience, copy));
        }
        push(&mut plan["legalBases"], legal_basis(copy));
        push(
            &mut plan["units"],
            json!({
                "id": format!("don-vi-{copy}"),
                "name": format!("Trung tâm trực thuộc Sở số {copy}"),
            }),
        );
        push(
            &mut plan["implementation"]["responsibilities"],
            json!({
                "text": format!("Trung tâm trực thuộc Sở số {copy} triển khai Kế hoạch tuyên truyền CCHC năm 2023 tại đơn vị và báo cáo kết quả về Văn phòng Sở."),
                "units": [format!("don-vi-{copy}")],
            }),
        );
        let mut quota = quota.clone();
        quota["id"] = json!(format!("tin-bai-hang-thang-{copy}"));
        quota["form"] = json!(format!("tin-bai-website-{copy}"));
        quota["text"] = json!(format!(
            "Hằng tháng, nhóm {copy} có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử của cơ quan, đơn vị."
        ));
        push(&mut plan["quotas"], quota);
        push(
            &mut plan["purposes"],
            json!(format!(
                "Nâng cao nhận thức về cải cách hành chính của nhóm đối tượng số {copy} trong cơ quan, đơn vị."
            )),
        );
        copy += 1;
    }
}

fn push(array: &mut Value, item: Value) {
    if let Some(array) = array.as_array_mut() {
        array.push(item);
    }
}

/// One audience of the bundled plan under new ids, with its texts told apart by `copy`.
fn audience_copy(audience: &Value, copy: usize) -> Value {
    let mut audience = audience.clone();
    let suffix = |value: &mut Value, text: &str| {
        if let Some(original) = value.as_str() {
            *value = json!(format!("{original}{text}"));
        }
    };
    suffix(&mut audience["id"], &format!("-{copy}"));
    suffix(&mut audience["heading"], &format!(" (nhóm {copy})"));
    if let Some(content) = audience["content"].as_array_mut() {
        for (item, text) in content.iter_mut().enumerate() {
            suffix(text, &format!(" Nội dung {item} của nhóm {copy}."));
        }
    }
    if let Some(forms) = audience["forms"].as_array_mut() {
        for form in forms {
            suffix(&mut form["id"], &format!("-{copy}"));
            suffix(&mut form["name"], &format!(" (nhóm {copy})"));
            suffix(&mut form["text"], &format!(" Áp dụng cho nhóm {copy}."));
        }
    }
    audience
}

/// A legal basis whose citation agrees with its fields.
fn legal_basis(copy: usize) -> Value {
    let day = 1 + copy % 28;
    // Numbers from 100 on: the bundled plan cites 02/KH-UBND already.
    let copy = copy + 100;
    json!({
        "text": format!("Kế hoạch số {copy}/KH-UBND ngày {day:02}/01/2023 của UBND tỉnh Lạng Sơn về tuyên truyền cải cách hành chính tại địa bàn số {copy} năm 2023"),
        "kind": "plan",
        "number": format!("{copy}/KH-UBND"),
        "date": format!("2023-01-{day:02}"),
        "issuer": "UBND tỉnh Lạng Sơn",
        "subject": format!("về tuyên truyền cải cách hành chính tại địa bàn số {copy} năm 2023"),
    })
}

/// Whether generated records carry evidence (each its own), or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Every record has a distinct URL: the duplicate check keeps one fingerprint per record.
    Distinct,
    /// No record has evidence: the duplicate check keeps nothing, and each record gets the
    /// LOG010 (info) diagnostic.
    None,
}

/// `count` activity records for the bundled plan, spread over its 2023 cut-off year
/// (15 December 2022 to 14 December 2023), cycling over its forms and units, with Vietnamese
/// titles and the quantity each form reports.
pub fn activities(count: usize, evidence: Evidence) -> impl Iterator<Item = Activity> {
    let plan = bundled_plan();
    let forms: Vec<(String, String, FormKind)> = plan
        .forms()
        .map(|(audience, form)| {
            let audience = plan
                .audiences
                .get(audience)
                .map_or_else(String::new, |a| a.id.clone());
            (form.id.clone(), audience, form.kind)
        })
        .collect();
    let units: Vec<String> = plan.units.iter().map(|unit| unit.id.clone()).collect();
    let start = or_exit(
        Date::from_calendar_date(2022, Month::December, 15),
        "the first day",
    );
    let form_count = forms.len().max(1);
    (0..count).filter_map(move |number| {
        // 7919 is prime to 365: consecutive records land on scattered days.
        let day = (number * 7919) % 365;
        let (form, audience, kind) = forms.get(number % form_count)?;
        let unit = units.get((number / form_count) % units.len().max(1))?;
        let amount = u32::try_from(number % 500).unwrap_or(0) + 10;
        let mut quantities = Quantities::default();
        match kind {
            FormKind::Meeting | FormKind::MobileFilmScreening | FormKind::MassOrganisation => {
                quantities.participants = Some(amount)
            }
            FormKind::PrintMaterial => quantities.copies = Some(amount),
            FormKind::SatisfactionSurvey => quantities.respondents = Some(amount),
            FormKind::ProcedurePosting => quantities.procedures = Some(amount % 40 + 1),
            _ => quantities.views = Some(amount * 3),
        }
        Some(Activity {
            schema_version: kehoach::SCHEMA_VERSION,
            date: start + Duration::days(i64::try_from(day).unwrap_or(0)),
            unit: unit.clone(),
            form: form.clone(),
            task: None,
            audience: (number % 5 == 0).then(|| audience.clone()),
            title: format!("Tuyên truyền cải cách hành chính: hoạt động số {number} của Sở"),
            evidence: (evidence == Evidence::Distinct).then(|| {
                format!(
                    "https://svhttdl.langson.gov.vn/tin-tuc/cai-cach-hanh-chinh/hoat-dong-{number}"
                )
            }),
            quantities,
            notes: None,
        })
    })
}

/// A log of `count` records as JSON Lines (one record a line, each line ending in `\n`).
pub fn json_lines(count: usize, evidence: Evidence) -> String {
    let mut out = String::with_capacity(count * 260);
    for activity in activities(count, evidence) {
        out.push_str(&activity.to_json_line());
        out.push('\n');
    }
    out
}

/// A log of `count` records as a JSON array, one record a line.
pub fn json_array(count: usize, evidence: Evidence) -> String {
    let mut out = String::with_capacity(count * 260 + 4);
    out.push_str("[\n");
    for (number, activity) in activities(count, evidence).enumerate() {
        if number > 0 {
            out.push_str(",\n");
        }
        out.push_str(&activity.to_json_line());
    }
    out.push_str("\n]\n");
    out
}

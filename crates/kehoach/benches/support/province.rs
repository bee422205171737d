//! A synthetic province for the consolidation benchmarks: a manifest of any number of
//! agencies (one department in twenty, one district in twenty, the rest communes under the
//! districts), each with the bundled plan and a log of its own, generated from a fixed seed so
//! every run and every machine reads the same bytes. Written to files, because consolidation
//! streams each agency's log from its file as the CLI does, and because 10^6 records do not
//! belong in memory at once.

use std::io::Write;
use std::path::Path;

use kehoach::activity::{Activity, Quantities};
use kehoach::FormKind;
use serde_json::json;
use time::{Date, Duration, Month};

use super::{bundled_plan, or_exit};

/// The seed every synthetic province is generated from.
pub const SEED: u64 = 20_230_314;

/// splitmix64: a tiny generator with good statistics, so the data needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % (bound.max(1) as u64)).unwrap_or(0)
    }
}

/// Writes `manifest.json`, `plan.json` (the bundled plan, which every agency names) and
/// `logs/NNNN.jsonl` (`records` records each) to `dir`. Reports of the year 2023 were received
/// on scattered days around the deadline, some not at all. Returns the bytes of logs written.
pub fn write_province(dir: &Path, agencies: usize, records: usize) -> u64 {
    let logs = dir.join("logs");
    or_exit(
        std::fs::create_dir_all(&logs),
        "creating the province directory",
    );
    or_exit(
        std::fs::write(dir.join("plan.json"), kehoach::examples::LANG_SON_2023),
        "writing the plan",
    );
    let plan = bundled_plan();
    let forms: Vec<(String, FormKind)> = plan
        .forms()
        .map(|(_, form)| (form.id.clone(), form.kind))
        .collect();
    let units: Vec<String> = plan.units.iter().map(|unit| unit.id.clone()).collect();
    let first_day = or_exit(
        Date::from_calendar_date(2022, Month::December, 15),
        "the first day",
    );
    let due = or_exit(
        Date::from_calendar_date(2023, Month::December, 18),
        "the due day",
    );
    let mut rng = Rng(SEED);
    let districts = (agencies / 20).max(1);
    let mut listed = Vec::with_capacity(agencies);
    let mut bytes = 0u64;
    for index in 0..agencies {
        let number = index + 1;
        let id = format!("co-quan-{number:04}");
        let (level, name, parent) = if index < districts {
            ("department", format!("Sở số {number}"), None)
        } else if index < 2 * districts {
            ("district", format!("UBND huyện số {number}"), None)
        } else {
            let district = districts + rng.below(districts) + 1;
            (
                "commune",
                format!("UBND xã số {number}"),
                Some(format!("co-quan-{district:04}")),
            )
        };
        let mut agency = json!({
            "id": id,
            "name": name,
            "level": level,
            "plan": "plan.json",
            "log": format!("logs/{number:04}.jsonl"),
        });
        if let Some(parent) = parent {
            agency["parent"] = json!(parent);
        }
        // One in ten missing, the rest from five days early to three late.
        if rng.below(10) > 0 {
            let offset = i64::try_from(rng.below(9)).unwrap_or(0) - 5;
            let day = due + Duration::days(offset);
            agency["received"] = json!({ "2023": day.to_string() });
        }
        listed.push(agency);

        let path = logs.join(format!("{number:04}.jsonl"));
        let file = or_exit(std::fs::File::create(&path), &path.display().to_string());
        let mut out = std::io::BufWriter::new(file);
        for record in 0..records {
            let (form, kind) = &forms[rng.below(forms.len())];
            let amount = u32::try_from(rng.below(500)).unwrap_or(0) + 10;
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
            let activity = Activity {
                schema_version: kehoach::SCHEMA_VERSION,
                date: first_day + Duration::days(i64::try_from(rng.below(365)).unwrap_or(0)),
                unit: units[rng.below(units.len())].clone(),
                form: form.clone(),
                task: None,
                audience: None,
                title: format!(
                    "Tuyên truyền cải cách hành chính: hoạt động số {record} của {name}"
                ),
                evidence: Some(format!(
                    "https://langson.gov.vn/{id}/cai-cach-hanh-chinh/hoat-dong-{record}"
                )),
                quantities,
                notes: None,
            };
            let line = activity.to_json_line();
            bytes += line.len() as u64 + 1;
            or_exit(writeln!(out, "{line}"), &path.display().to_string());
        }
        or_exit(out.flush(), &path.display().to_string());
    }
    let manifest = json!({
        "schemaVersion": kehoach::SCHEMA_VERSION,
        "body": {
            "issuer": {"name": "Sở Nội vụ", "abbreviation": "SNV"},
            "parentBody": {"name": "Ủy ban nhân dân tỉnh Lạng Sơn", "abbreviation": "UBND"},
            "level": "province",
            "area": "Lạng Sơn",
            "place": "Lạng Sơn",
            "signature": {"headTitle": "GIÁM ĐỐC", "signerName": "Nguyễn Văn A"}
        },
        "deadlineDay": 18,
        "agencies": listed,
    });
    let text = or_exit(serde_json::to_string_pretty(&manifest), "the manifest");
    or_exit(
        std::fs::write(dir.join("manifest.json"), text),
        "writing the manifest",
    );
    bytes
}

//! Forms and units: kinds that agree with names, ids that are well formed and unique, unit
//! references that resolve, a monitoring unit named.

use super::catalogue::*;
use super::{has_id, names, repeats, sorted_ids, Checker};
use crate::diagnostic::Params;
use crate::model::fold;
use crate::model::save::JsonName;
use crate::FormKind;

pub(super) fn check(c: &mut Checker) {
    kinds(c);
    ids(c);
    unit_references(c);
    unit_names(c);
    form_names(c);
}

/// Words in a form's name that say which kind it is.
const KIND_WORDS: &[(FormKind, &[&str])] = &[
    (
        FormKind::Meeting,
        &[
            "hội nghị",
            "tập huấn",
            "tọa đàm",
            "toạ đàm",
            "cuộc họp",
            "hội thảo",
        ],
    ),
    (
        FormKind::WebsiteArticle,
        &["tin, bài", "tin bài", "bài viết"],
    ),
    (FormKind::EBulletin, &["bản tin"]),
    (
        FormKind::PrintMaterial,
        &["tờ rơi", "tờ gấp", "pa nô", "pano", "áp phích"],
    ),
    (FormKind::SocialMediaClip, &["clip", "video"]),
    (FormKind::ProcedurePosting, &["niêm yết"]),
    (FormKind::SatisfactionSurvey, &["khảo sát"]),
    (FormKind::Contest, &["cuộc thi", "hội thi"]),
    (FormKind::MobileFilmScreening, &["chiếu phim"]),
    (
        FormKind::MassOrganisation,
        &["công đoàn", "đoàn thanh niên", "tổ chức đảng"],
    ),
];

/// The kinds a form's name points to, in catalogue order.
fn kinds_named(name: &str) -> Vec<FormKind> {
    let name = fold(name);
    KIND_WORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|word| name.contains(word)))
        .map(|(kind, _)| *kind)
        .collect()
}

fn kinds(c: &mut Checker) {
    let plan = c.plan;
    for (a, audience) in plan.audiences.iter().enumerate() {
        for (f, form) in audience.forms.iter().enumerate() {
            let named = kinds_named(&form.name);
            let Some(suggested) = named.first().copied() else {
                continue;
            };
            if named.contains(&form.kind) {
                continue;
            }
            let rule = if form.kind == FormKind::Other {
                &FRM001
            } else {
                &FRM002
            };
            c.emit_with(
                rule,
                format!("/audiences/{a}/forms/{f}/kind"),
                Params::new()
                    .with("name", form.name.as_str())
                    .with("kind", form.kind.json_name())
                    .with("suggested", suggested.json_name()),
                vec![
                    names::form_kind("kindName", form.kind),
                    names::form_kind("suggestedName", suggested),
                ],
            );
        }
    }
}

/// Whether an id is lowercase ASCII letters and digits in hyphen-separated groups.
pub(super) fn is_well_formed(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|group| {
            !group.is_empty()
                && group
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn ids(c: &mut Checker) {
    let plan = c.plan;
    let mut all: Vec<(String, &str)> = Vec::new();
    for (a, audience) in plan.audiences.iter().enumerate() {
        all.push((format!("/audiences/{a}/id"), &audience.id));
        for (f, form) in audience.forms.iter().enumerate() {
            all.push((format!("/audiences/{a}/forms/{f}/id"), &form.id));
        }
    }
    for (index, quota) in plan.quotas.iter().enumerate() {
        all.push((format!("/quotas/{index}/id"), &quota.id));
    }
    for (index, unit) in plan.units.iter().enumerate() {
        all.push((format!("/units/{index}/id"), &unit.id));
    }
    for (path, id) in &all {
        if !is_well_formed(id) {
            c.emit(&FRM005, path.clone(), Params::new().with("id", *id));
        }
    }
    let keyed = all
        .iter()
        .map(|(path, id)| (path.clone(), id.to_string(), *id));
    for (path, first, id) in repeats(keyed) {
        c.emit(
            &FRM004,
            path,
            Params::new().with("id", id).with("first", first),
        );
    }
}

fn unit_references(c: &mut Checker) {
    let plan = c.plan;
    let known = sorted_ids(plan.units.iter().map(|unit| unit.id.as_str()));
    let mut used: Vec<&str> = Vec::new();
    let mut references: Vec<(String, &str)> = Vec::new();
    for (a, audience) in plan.audiences.iter().enumerate() {
        for (f, form) in audience.forms.iter().enumerate() {
            for (u, unit) in form.units.iter().enumerate() {
                references.push((format!("/audiences/{a}/forms/{f}/units/{u}"), unit));
            }
        }
    }
    for (r, responsibility) in plan.implementation.responsibilities.iter().enumerate() {
        for (u, unit) in responsibility.units.iter().enumerate() {
            references.push((
                format!("/implementation/responsibilities/{r}/units/{u}"),
                unit,
            ));
        }
    }
    let monitoring = plan.implementation.monitoring_unit.as_str();
    if monitoring.trim().is_empty() {
        c.emit(&FRM006, "/implementation/monitoringUnit", Params::new());
    } else {
        references.push(("/implementation/monitoringUnit".into(), monitoring));
    }
    for (path, unit) in references {
        used.push(unit);
        if !has_id(&known, unit) {
            c.emit(&FRM003, path, Params::new().with("unit", unit));
        }
    }
    for quota in &plan.quotas {
        used.extend(quota.units.iter().map(String::as_str));
    }
    // A unit given only tasks of the task table is assigned work (TSK006 checks these ids).
    for task in &plan.tasks {
        used.extend(
            task.lead
                .iter()
                .chain(&task.coordinating)
                .map(String::as_str),
        );
    }
    let used = sorted_ids(used);
    for (index, unit) in plan.units.iter().enumerate() {
        if !has_id(&used, &unit.id) {
            c.emit(
                &FRM007,
                format!("/units/{index}"),
                Params::new()
                    .with("name", unit.name.as_str())
                    .with("unit", unit.id.as_str()),
            );
        }
    }
}

fn unit_names(c: &mut Checker) {
    let plan = c.plan;
    let keyed = plan
        .units
        .iter()
        .enumerate()
        .filter(|(_, unit)| !unit.name.trim().is_empty())
        .map(|(index, unit)| {
            (
                format!("/units/{index}/name"),
                fold(&unit.name),
                unit.name.as_str(),
            )
        });
    for (path, first, name) in repeats(keyed) {
        c.emit(
            &FRM008,
            path,
            Params::new().with("name", name).with("first", first),
        );
    }
}

fn form_names(c: &mut Checker) {
    let plan = c.plan;
    for (a, audience) in plan.audiences.iter().enumerate() {
        let keyed = audience
            .forms
            .iter()
            .enumerate()
            .filter(|(_, form)| !form.name.trim().is_empty())
            .map(|(f, form)| {
                (
                    format!("/audiences/{a}/forms/{f}/name"),
                    fold(&form.name),
                    form.name.as_str(),
                )
            });
        for (path, first, name) in repeats(keyed) {
            c.emit(
                &FRM009,
                path,
                Params::new().with("name", name).with("first", first),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kinds_from_names() {
        assert_eq!(
            kinds_named("Họp, hội nghị, tập huấn, tọa đàm"),
            vec![FormKind::Meeting]
        );
        assert_eq!(
            kinds_named("Bản tin điện tử cải cách hành chính"),
            vec![FormKind::EBulletin]
        );
        assert_eq!(
            kinds_named("Hình thức và kênh thông tin phù hợp khác"),
            vec![]
        );
    }

    #[test]
    fn checks_id_shape() {
        assert!(is_well_formed("tin-bai-website"));
        assert!(is_well_formed("q1"));
        assert!(!is_well_formed("Tin-bai"));
        assert!(!is_well_formed("tin--bai"));
        assert!(!is_well_formed("-tin"));
        assert!(!is_well_formed("tin bài"));
        assert!(!is_well_formed(""));
    }
}

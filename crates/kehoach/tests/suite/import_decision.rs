//! A plan issued with a decision: the decision's header, citations, articles and signature,
//! then "KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)" and the plan's body. The number, date
//! and signer are the decision's; the plan's body is read as the body; the "Ban hành kèm theo"
//! line is kept in `document.issuedWith`.

use kehoach::model::DocumentKind;

use crate::support::SEED;

/// The seed's body from its first part on ("I. MỤC ĐÍCH, YÊU CẦU").
fn seed_parts() -> String {
    SEED.split_once("I. MỤC ĐÍCH")
        .map(|(_, rest)| format!("I. MỤC ĐÍCH{rest}"))
        .unwrap_or_default()
}

/// The seed's body without its closing (the decision signs instead).
fn seed_parts_without_closing() -> String {
    let parts = seed_parts();
    parts
        .split_once("Nơi nhận")
        .map_or(parts.clone(), |(body, _)| body.to_string())
}

fn decision(annex: &str) -> String {
    format!(
        "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 41/QĐ-SVHTTDL\nLạng Sơn, ngày 06 tháng 02 năm 2023\n\n\
         QUYẾT ĐỊNH\nBan hành Kế hoạch tuyên truyền công tác cải cách hành chính năm 2023\n\n\
         GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\n\
         Căn cứ Quyết định số 82/QĐ-BNV ngày 15/02/2023 của Bộ Nội Vụ về việc Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023;\n\n\
         Xét đề nghị của Chánh Văn phòng Sở,\n\nQUYẾT ĐỊNH:\n\n\
         Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền công tác cải cách hành chính năm 2023.\n\n\
         Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n\
         Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.\n\n\
         Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nNguyễn Văn Bình\n\n\
         UBND TỈNH LẠNG SƠN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\n\
         KẾ HOẠCH\nTuyên truyền công tác cải cách hành chính năm 2023\n\
         (Ban hành kèm theo Quyết định số 41/QĐ-SVHTTDL\nngày 06/02/2023 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)\n\n{annex}"
    )
}

/// The seed's body issued with a decision (for the robustness tests).
pub(crate) fn decision_with_seed() -> String {
    decision(&seed_parts_without_closing())
}

#[test]
fn the_decision_signs_and_the_plan_is_read() {
    let seed = crate::support::imported("decision", SEED).plan;
    let result = crate::support::imported("decision", &decision(&seed_parts_without_closing()));
    let plan = &result.plan;
    let document = &plan.document;
    assert_eq!(document.kind, DocumentKind::Decision);
    assert_eq!(document.number.as_str(), "41/QĐ-SVHTTDL");
    assert_eq!(document.issued.text, "Lạng Sơn, ngày 06 tháng 02 năm 2023");
    assert_eq!(document.issuer.name, "Sở Văn hóa, Thể thao và Du lịch");
    assert_eq!(document.signature.signer_name, "Nguyễn Văn Bình");
    assert_eq!(
        document.issued_with.as_deref(),
        Some(
            "Ban hành kèm theo Quyết định số 41/QĐ-SVHTTDL ngày 06/02/2023 của Giám đốc Sở Văn \
             hóa, Thể thao và Du lịch"
        )
    );
    assert_eq!(plan.year, 2023);
    assert_eq!(plan.legal_bases.len(), 1);
    // The plan's body is the seed's.
    assert_eq!(plan.purposes, seed.purposes);
    assert_eq!(plan.requirements, seed.requirements);
    assert_eq!(plan.audiences, seed.audiences);
    assert_eq!(plan.quotas, seed.quotas);
    assert_eq!(plan.budget, seed.budget);
    assert_eq!(plan.units, seed.units);
    assert!(result.diagnostics.iter().any(|d| d.code == "IMP024"));
    // The decision's other articles and the plan's repeated header are set aside, not lost
    // as unplaced lines.
    let unplaced: Vec<&str> = result
        .diagnostics
        .iter()
        .filter(|d| d.code == "IMP101")
        .map(|d| d.message.as_str())
        .collect();
    assert!(unplaced.is_empty(), "{unplaced:#?}");
    // A plan without a decision has no such line, and the JSON does not carry the field.
    assert_eq!(seed.document.issued_with, None);
    assert!(!seed.to_json_string().contains("issuedWith"));
}

#[test]
fn issued_with_round_trips() {
    let plan = crate::support::imported("decision", &decision(&seed_parts_without_closing())).plan;
    let json = plan.to_json_string();
    assert!(json.contains("\"issuedWith\""));
    let back = kehoach::Plan::from_json_str(&json).expect("loads");
    assert_eq!(back.document.issued_with, plan.document.issued_with);
}

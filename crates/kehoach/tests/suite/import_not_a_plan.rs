//! Texts that are not a communication plan, or not whole: a news article about a plan, a
//! general administrative-reform plan, a text cut mid-word, an empty or binary-ish text. Each
//! gets a clear diagnostic, no panic, and nothing invented.

use kehoach::import::ImportResult;

fn has(result: &ImportResult, code: &str) -> bool {
    result.diagnostics.iter().any(|d| d.code == code)
}

fn nothing_invented(result: &ImportResult) {
    let plan = &result.plan;
    assert!(plan.audiences.is_empty(), "{:#?}", plan.audiences);
    assert!(plan.quotas.is_empty());
    assert!(plan.units.is_empty());
    assert!(plan.purposes.is_empty());
    assert!(plan.document.signature.signer_name.is_empty());
    assert!(plan.document.recipients.is_empty());
}

#[test]
fn a_news_article_about_a_plan() {
    let text = "Quảng Ngãi đẩy mạnh tuyên truyền cải cách hành chính\n\
                Ngày đăng: 16/01/2024\n\n\
                Ngày 15/01/2024, Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch số 12/KH-UBND về tuyên truyền cải cách hành chính năm 2024.\n\n\
                Theo kế hoạch, các sở, ngành, địa phương sẽ tăng cường đưa tin, bài trên cổng thông tin điện tử. \
                Lãnh đạo tỉnh yêu cầu các đơn vị triển khai nghiêm túc.\n";
    let result = crate::support::imported("not-a-plan", text);
    assert!(result.has_problems());
    // What the article says of the plan is read; the body it does not print stays empty.
    assert_eq!(result.plan.document.number.as_str(), "12/KH-UBND");
    assert!(has(&result, "IMP111"));
    assert!(has(&result, "IMP113"));
    nothing_invented(&result);
}

#[test]
fn a_general_reform_plan_is_flagged() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG HỶ\nSố: 08/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Đồng Hỷ, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\n\
                Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n\n\
                I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao chỉ số cải cách hành chính của huyện.\n";
    let result = crate::support::imported("not-a-plan", text);
    let flagged = result
        .diagnostics
        .iter()
        .find(|d| d.code == "IMP120")
        .expect("a plan that is not about communication is flagged");
    assert_eq!(flagged.path, "/document/subject");
    assert_eq!(result.plan.document.subject, "Cải cách hành chính năm 2024");
    // A communication plan is not flagged.
    for text in [
        crate::support::SEED,
        crate::support::BNV_2022,
        crate::support::SXD_HUE_2021,
    ] {
        assert!(!has(
            &crate::support::imported("not-a-plan", text),
            "IMP120"
        ));
    }
}

#[test]
fn a_text_cut_mid_word() {
    let text = "UBND TỈNH LẠNG SƠN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 05/KH-SVHTTDL\n\
                Lạng Sơn, ngày 05 tháng 02 năm 2023\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2023\n\n\
                Căn cứ Kế hoạch số 02/KH-UBND ngày 04/01/2023 của UBND tỉnh Lạng Sơn về cải cách hành chính;\n\n\
                I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức về cải các";
    let result = crate::support::imported("not-a-plan", text);
    assert!(has(&result, "IMP102"), "{:#?}", result.diagnostics);
    assert_eq!(result.plan.document.number.as_str(), "05/KH-SVHTTDL");
    assert!(result.plan.audiences.is_empty());
    assert!(result.plan.document.signature.signer_name.is_empty());
}

#[test]
fn empty_and_binary_texts() {
    let binary: String = (0u8..=255).cycle().take(4096).map(char::from).collect();
    for text in [
        "",
        "   \n\n\t",
        "\u{0}\u{1}\u{2}PK\u{3}\u{4}",
        binary.as_str(),
        "|||\n---\n|",
    ] {
        let result = crate::support::imported("not-a-plan", text);
        assert!(
            has(&result, "IMP190"),
            "{text:?}: {:#?}",
            result.diagnostics
        );
        nothing_invented(&result);
        assert!(result.plan.document.number.as_str().is_empty());
        assert!(result.plan.document.issuer.name.is_empty());
    }
}

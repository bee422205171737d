//! The rule catalogue as Markdown: `docs/rules.md` is this function's output, so the document
//! cannot drift from the rules the code applies (a test compares them).

use crate::diagnostic::{RuleDoc, Severity};

/// Headings of the categories this crate knows; other catalogues' categories print as named.
fn category_title(category: &str) -> String {
    let title = match category {
        "document" => "Văn bản (NĐ 30/2020) — Document",
        "legal-bases" => "Căn cứ — Legal bases",
        "structure" => "Cấu trúc — Structure",
        "forms-units" => "Hình thức và đơn vị — Forms and units",
        "tasks" => "Bảng nhiệm vụ — Task table",
        "timings" => "Thời gian thực hiện — Timings",
        "quotas" => "Chỉ tiêu — Quotas",
        "reporting" => "Báo cáo — Reporting",
        "year" => "Năm kế hoạch — Year consistency",
        "activity-log" => "Sổ theo dõi hoạt động — Activity log",
        "import-recognised" => "Nhập văn bản: đã nhận biết — Import: recognised",
        "import-guessed" => "Nhập văn bản: suy đoán — Import: guessed",
        "import-not-placed" => "Nhập văn bản: chưa xếp được — Import: not placed",
        "import-not-found" => "Nhập văn bản: không tìm thấy — Import: not found",
        other => other,
    };
    title.to_string()
}

/// The code's prefix: its leading letters ("DOC" of "DOC007").
fn prefix(code: &str) -> &str {
    let end = code
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(code.len());
    code.get(..end).unwrap_or(code)
}

/// A table cell: pipes escaped, and angle brackets so "<địa danh>" is not read as HTML.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', " ")
}

/// Renders every rule of `catalogues` as Markdown: a summary by category, then one table per
/// category with code, severity, description in both languages and source.
///
/// Later catalogues (activity-log checks, import) pass their own slices alongside the
/// validator's.
///
/// ```
/// let markdown = kehoach::validate::rules_markdown(&[kehoach::validate::catalogue()]);
/// assert!(markdown.contains("| DOC007 | lỗi / error |"));
/// ```
pub fn rules_markdown(catalogues: &[&[RuleDoc]]) -> String {
    let rules: Vec<&RuleDoc> = catalogues.iter().flat_map(|rules| rules.iter()).collect();
    let mut categories: Vec<&str> = Vec::new();
    for rule in &rules {
        if !categories.contains(&rule.category) {
            categories.push(rule.category);
        }
    }
    let mut out = String::new();
    out.push_str("# Rule catalogue — Danh mục quy tắc\n\n");
    out.push_str(
        "<!-- Generated from the rule catalogues in crates/kehoach (kehoach::validate::rules_markdown). \
         Do not edit: run `KEHOACH_BLESS=1 cargo test -p kehoach --test validate_rules_doc` to rewrite. -->\n\n",
    );
    out.push_str(
        "Every diagnostic names one of these rules by its code. Codes are stable: a withdrawn \
         rule's code is never reused. Severity: **lỗi / error** — the plan should not be issued \
         as is; **cảnh báo / warning** — probably wrong or unfinished (a draft); **thông tin / \
         info** — worth knowing. Messages carry `{placeholders}` filled from the diagnostic's \
         `params`; see `docs/validation.md` for the design.\n\n",
    );
    out.push_str(&format!("{} rules.\n\n", rules.len()));
    out.push_str("| Category | Codes | Rules | Errors | Warnings | Infos |\n");
    out.push_str("|---|---|---:|---:|---:|---:|\n");
    for category in &categories {
        let in_category: Vec<&&RuleDoc> =
            rules.iter().filter(|r| r.category == *category).collect();
        let mut prefixes: Vec<&str> = Vec::new();
        for rule in &in_category {
            let p = prefix(rule.rule.code);
            if !prefixes.contains(&p) {
                prefixes.push(p);
            }
        }
        let count = |severity: Severity| {
            in_category
                .iter()
                .filter(|r| r.rule.severity == severity)
                .count()
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            cell(&category_title(category)),
            prefixes.join(", "),
            in_category.len(),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
        ));
    }
    for category in &categories {
        out.push_str(&format!("\n## {}\n\n", category_title(category)));
        out.push_str("| Code | Severity | Quy tắc | Rule | Source |\n");
        out.push_str("|---|---|---|---|---|\n");
        for rule in rules.iter().filter(|r| r.category == *category) {
            out.push_str(&format!(
                "| {} | {} / {} | {} | {} | {} |\n",
                rule.rule.code,
                rule.rule.severity.vietnamese(),
                rule.rule.severity.english(),
                cell(rule.description_vi),
                cell(rule.description_en),
                cell(rule.source),
            ));
        }
    }
    out
}

//! Diagnostics as text for people at a terminal: grouped by severity, each with its code,
//! path and message, and a summary line.

use crate::diagnostic::{Diagnostic, Lang, Severity};

fn heading(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::Vi) => "Lỗi",
        (Severity::Warning, Lang::Vi) => "Cảnh báo",
        (Severity::Info, Lang::Vi) => "Thông tin",
        (Severity::Error, Lang::En) => "Errors",
        (Severity::Warning, Lang::En) => "Warnings",
        (Severity::Info, Lang::En) => "Infos",
    }
}

/// "2 lỗi, 1 cảnh báo, 0 thông tin" / "2 errors, 1 warning, 0 infos".
pub fn diagnostics_summary(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let count = |severity: Severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    match lang {
        Lang::Vi => format!("{errors} lỗi, {warnings} cảnh báo, {infos} thông tin"),
        Lang::En => {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            format!(
                "{}, {}, {}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings"),
                plural(infos, "info", "infos")
            )
        }
    }
}

/// Renders diagnostics grouped by severity (errors, warnings, infos), one line each with code,
/// path and message, then a summary line.
///
/// ```
/// use kehoach::{validate, Lang};
/// let diagnostics = validate::validate_plan_json(kehoach::examples::LANG_SON_2023, Lang::En)?;
/// let text = validate::diagnostics_text(&diagnostics, Lang::En);
/// assert!(text.starts_with("Warnings (2)\n  DOC015  /document/issued/date  "));
/// assert!(text.ends_with("Total: 0 errors, 2 warnings, 0 infos.\n"));
/// # Ok::<(), kehoach::LoadError>(())
/// ```
pub fn diagnostics_text(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let mut out = String::new();
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let group: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({})\n", heading(severity, lang), group.len()));
        for diagnostic in group {
            out.push_str(&format!(
                "  {}  {}  {}\n",
                diagnostic.code, diagnostic.path, diagnostic.message
            ));
        }
    }
    let total = match lang {
        Lang::Vi => "Tổng cộng",
        Lang::En => "Total",
    };
    out.push_str(&format!(
        "{total}: {}.\n",
        diagnostics_summary(diagnostics, lang)
    ));
    out
}

//! Bundled example data, compiled into the library so the CLI's `demo` and the npm package
//! work offline.

/// The 2023 communication plan of Lạng Sơn's Department of Culture, Sports and Tourism
/// (Sở VHTTDL), as JSON (`examples/plans/lang-son-2023.json`).
pub const LANG_SON_2023: &str = include_str!("../../../examples/plans/lang-son-2023.json");

/// A year of sample activity records for [`LANG_SON_2023`], as JSON Lines
/// (`examples/activities/lang-son-2023.jsonl`): every form used, some months short of the
/// 04-articles quota, and a few records the log check flags.
pub const LANG_SON_2023_ACTIVITIES: &str =
    include_str!("../../../examples/activities/lang-son-2023.jsonl");

/// A district's 2024 communication plan with an appendix task table, as JSON
/// (`examples/plans/huyen-hoa-lam-2024.json`). Written for the project: Hòa Lâm is a fictional
/// district of Nghệ An, and its text (`examples/plans/huyen-hoa-lam-2024.txt`) says so. Its 17
/// tasks write every kind of time a plan uses: a day, a month, a quarter, a half year, a range
/// of months, the whole year, "thường xuyên", "hằng tháng", "hằng quý" and "theo chỉ đạo".
pub const HUYEN_HOA_LAM_2024: &str =
    include_str!("../../../examples/plans/huyen-hoa-lam-2024.json");

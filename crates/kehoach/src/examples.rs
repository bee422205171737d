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

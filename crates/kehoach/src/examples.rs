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

/// A year of sample activity records for [`HUYEN_HOA_LAM_2024`], as JSON Lines
/// (`examples/activities/huyen-hoa-lam-2024.jsonl`, written by
/// `examples/activities/generate_huyen_hoa_lam.py`): most records name their task; the
/// conference due before 31/03 is held late, in April; the 02-articles quota is missed in
/// February, July and November, and the quarterly radio programme in Quý III.
pub const HUYEN_HOA_LAM_2024_ACTIVITIES: &str =
    include_str!("../../../examples/activities/huyen-hoa-lam-2024.jsonl");

/// The bundled examples, by the name the CLI's `demo --example` and the dashboard's picker use
/// (the stem of their files under `examples/`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Example {
    /// Lạng Sơn's Sở VHTTDL, 2023: the plan the project started from (default).
    #[default]
    #[cfg_attr(feature = "clap", value(name = "lang-son-2023"))]
    LangSon2023,
    /// Huyện Hòa Lâm (fictional), 2024: a district plan with an appendix task table.
    #[cfg_attr(feature = "clap", value(name = "huyen-hoa-lam-2024"))]
    HuyenHoaLam2024,
}

impl Example {
    /// Every bundled example, the default first.
    pub const ALL: [Example; 2] = [Example::LangSon2023, Example::HuyenHoaLam2024];

    /// Its name: the stem of its files ("lang-son-2023").
    pub fn name(self) -> &'static str {
        match self {
            Example::LangSon2023 => "lang-son-2023",
            Example::HuyenHoaLam2024 => "huyen-hoa-lam-2024",
        }
    }

    /// The example with this name.
    pub fn from_name(name: &str) -> Option<Example> {
        Example::ALL
            .into_iter()
            .find(|example| example.name() == name)
    }

    /// The plan, as JSON.
    pub fn plan(self) -> &'static str {
        match self {
            Example::LangSon2023 => LANG_SON_2023,
            Example::HuyenHoaLam2024 => HUYEN_HOA_LAM_2024,
        }
    }

    /// Its sample activity log, as JSON Lines.
    pub fn activities(self) -> &'static str {
        match self {
            Example::LangSon2023 => LANG_SON_2023_ACTIVITIES,
            Example::HuyenHoaLam2024 => HUYEN_HOA_LAM_2024_ACTIVITIES,
        }
    }

    /// Where the plan lives in the repository ("examples/plans/lang-son-2023.json").
    pub fn plan_path(self) -> String {
        format!("examples/plans/{}.json", self.name())
    }

    /// Where the sample log lives in the repository.
    pub fn activities_path(self) -> String {
        format!("examples/activities/{}.jsonl", self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::Example;

    #[test]
    fn every_example_is_found_by_its_name_and_its_files_are_the_bundled_ones() {
        for example in Example::ALL {
            assert_eq!(Example::from_name(example.name()), Some(example));
            let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
            let on_disk = |path: String| std::fs::read_to_string(format!("{root}{path}")).ok();
            assert_eq!(
                on_disk(example.plan_path()).as_deref(),
                Some(example.plan())
            );
            assert_eq!(
                on_disk(example.activities_path()).as_deref(),
                Some(example.activities())
            );
        }
        assert_eq!(Example::from_name("lang-son"), None);
        assert_eq!(Example::default(), Example::ALL[0]);
    }
}

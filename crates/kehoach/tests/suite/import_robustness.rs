//! The importer never panics, whatever the text: randomised mutations of real plan text
//! (deletions, insertions of structural fragments and odd characters, shuffled and truncated
//! lines, random bytes), each checked to give a plan that saves and loads as a valid document
//! and diagnostics from the catalogue.
//!
//! The generator is a fixed-seed xorshift, so a failure reproduces; the failing input is
//! printed.

use kehoach::import::{import_plan_text, RULES};
use kehoach::Plan;

use crate::support::{BNV_2022, SEED, SXD_HUE_2021};

/// Fragments that steer the importer into its branches.
const FRAGMENTS: &[&str] = &[
    "|",
    "\r",
    "\n",
    "\n\n",
    "Số:",
    "Số: 049 /KH-UBND",
    "Căn cứ ",
    "Căn cứ vào ",
    "ngày 31/02/2023",
    "ngày 29 tháng 02 năm 2023",
    "ngày … tháng … năm 2024",
    ", ngày ",
    "I. ",
    "IV. KINH PHÍ",
    "1. ",
    "a) ",
    "b) Hình thức:",
    "- ",
    "+ ",
    "KT. ",
    "TM. ỦY BAN NHÂN DÂN",
    "Nơi nhận:",
    "Lưu:",
    "(t/h)",
    "./.",
    "...",
    "…",
    "\u{0301}",
    "\u{0323}",
    "\u{feff}",
    "\u{200b}",
    "\t",
    "%",
    "04 số/tháng",
    "tối thiểu 90%",
    "ít nhất 9999999 tin, bài",
    "Đối với",
    "TỔ CHỨC THỰC HIỆN",
    "Giao Văn phòng Sở theo dõi",
    "báo cáo về Sở Nội vụ trước ngày 99",
    "của",
    "về",
    "Luật",
    "Kế hoạch số",
    "(Ban hành kèm theo Quyết định số 1/QĐ-X",
    "KẾ HOẠCH",
    "Điều 2. ",
    "| Số hiệu | ",
    "Ngày ban hành: ",
    "CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\n",
    ", ngày 22\n",
    "/",
    "-",
    "(",
    ")",
    ":",
    ";",
    "**",
    "🙂",
    "İ",
    "ß",
    "ǅ",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// A char boundary of `text` near a random position.
fn boundary(text: &str, rng: &mut Rng) -> usize {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut out = text.to_string();
    for _ in 0..1 + rng.below(6) {
        match rng.below(8) {
            0 => {
                let a = boundary(&out, rng);
                let b = boundary(&out, rng);
                let (a, mut b) = (a.min(b), a.max(b).min(a + 400));
                while !out.is_char_boundary(b) {
                    b -= 1;
                }
                out.replace_range(a..b, "");
            }
            1 | 2 => {
                let at = boundary(&out, rng);
                let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                out.insert_str(at, fragment);
            }
            3 => {
                let mut lines: Vec<&str> = out.lines().collect();
                if lines.len() > 1 {
                    let i = rng.below(lines.len());
                    let j = rng.below(lines.len());
                    lines.swap(i, j);
                }
                out = lines.join("\n");
            }
            4 => {
                let at = boundary(&out, rng);
                out.truncate(at);
            }
            5 => {
                let lines: Vec<&str> = out.lines().collect();
                let i = rng.below(lines.len());
                let upper = lines.get(i).map(|l| l.to_uppercase()).unwrap_or_default();
                let mut rebuilt: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                if let Some(line) = rebuilt.get_mut(i) {
                    *line = upper;
                }
                out = rebuilt.join("\n");
            }
            6 => {
                let at = boundary(&out, rng);
                let c = char::from_u32((rng.next() % 0x2_0000) as u32).unwrap_or('x');
                out.insert(at, c);
            }
            _ => {
                let lines: Vec<&str> = out.lines().collect();
                let i = rng.below(lines.len());
                let line = lines.get(i).copied().unwrap_or_default().to_string();
                let at = boundary(&out, rng);
                out.insert_str(at, &format!("\n{line}\n"));
            }
        }
    }
    out
}

fn check(text: &str) {
    let result = import_plan_text(text);
    let saved = result.plan.to_json_string();
    let reloaded = Plan::from_json_str(&saved)
        .unwrap_or_else(|error| panic!("{error}\ninput: {text:?}\nsaved: {saved}"));
    assert_eq!(reloaded, result.plan, "input: {text:?}");
    for diagnostic in &result.diagnostics {
        let rule = RULES
            .iter()
            .map(|entry| &entry.rule)
            .find(|rule| rule.code == diagnostic.code)
            .unwrap_or_else(|| panic!("unknown code {} for input {text:?}", diagnostic.code));
        // Every placeholder of the message has its param.
        for piece in rule.message_vi.split('{').skip(1) {
            let name = piece.split('}').next().unwrap_or_default();
            assert!(
                diagnostic.params.contains_key(name),
                "{} lacks param {name} for input {text:?}",
                diagnostic.code
            );
        }
    }
}

#[test]
fn mutated_plans_never_panic_and_always_give_a_valid_document() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..360 {
        let base = [SEED, BNV_2022, SXD_HUE_2021][round % 3];
        let text = mutate(base, &mut rng);
        check(&text);
    }
}

#[test]
fn mutated_portal_layouts_never_panic() {
    // A decision with its plan, and the seed under a portal's metadata table with its header
    // flattened cell by cell: the branches of `decision.rs`, `portal.rs` and the header joins.
    let decision = crate::import_decision::decision_with_seed();
    let portal = format!(
        "{}\nỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI\nTỈNH LẠNG SƠN\nCHỦ NGHĨA VIỆT NAM\n\
         Lạng Sơn, ngày\ntháng 02 năm 2023\n{SEED}",
        crate::import_portal_metadata::TABLE
    );
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for round in 0..240 {
        let base = [decision.as_str(), portal.as_str()][round % 2];
        check(&mutate(base, &mut rng));
    }
}

#[test]
fn mutated_task_tables_never_panic() {
    // The district's appendix in pdftotext columns, the small table as `|` rows and with tabs:
    // the branches of `tasks.rs` (wrapped cells, groups, header wraps, unsplit rows).
    let district = include_str!("../../../../examples/plans/huyen-hoa-lam-2024.txt");
    let plan = include_str!("../../../../tests/fixtures/import/tables/small-plan.txt");
    let pipe = format!(
        "{plan}\n{}",
        include_str!("../../../../tests/fixtures/import/tables/small-pipe.txt")
    );
    let tab = format!(
        "{plan}\n{}",
        include_str!("../../../../tests/fixtures/import/tables/small-tab.txt")
    );
    let mut rng = Rng(0x5851_f42d_4c95_7f2d);
    for round in 0..240 {
        let base = [district, pipe.as_str(), tab.as_str()][round % 3];
        check(&mutate(base, &mut rng));
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..200 {
        let len = rng.below(600);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn degenerate_inputs() {
    for text in [
        "",
        "\n",
        "\r\n\r\n",
        "|||",
        "Số:",
        "Số: /",
        "ngày",
        "Căn cứ",
        "Căn cứ ;;;",
        "I.",
        "KT.",
        "Nơi nhận:",
        "Lưu:",
        "a) b) c)",
        "- - -",
        "\u{0301}\u{0301}",
        "KẾ HOẠCH",
    ] {
        check(text);
    }
    let empty = import_plan_text("");
    assert!(empty.diagnostics.iter().any(|d| d.code == "IMP190"));
}

#[test]
fn large_inputs_are_read_in_one_pass() {
    // A plan pasted many times over, one paragraph of thirty thousand words, and a line of
    // five thousand cells: each comes back, the repeats reported rather than lost silently.
    let repeated = SEED.repeat(20);
    let result = import_plan_text(&repeated);
    // The first copy is the plan; after its signature, the rest cannot be placed.
    assert_eq!(result.plan.legal_bases.len(), 3);
    let unplaced = result
        .diagnostics
        .iter()
        .filter(|d| d.code == "IMP101")
        .count();
    assert!(unplaced > 19 * 40, "{unplaced} lines reported");
    let long_paragraph = "tuyên truyền ngày tháng năm số ".repeat(5_000);
    check(&long_paragraph);
    let cells = "Số: 1/KH-A | ".repeat(5_000);
    check(&cells);
}

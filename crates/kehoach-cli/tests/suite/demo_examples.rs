//! `kehoach demo --example`: each bundled example walks through its own plan, its own sample
//! log and the Quý I report of its own year; an unknown name is refused with the known ones.

use crate::support::{kehoach, read_repo_file, stderr, stdout};

#[test]
fn demo_walks_through_the_district_example_to_its_golden_quy_i_report() {
    let output = kehoach(&["demo", "--example", "huyen-hoa-lam-2024"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let golden = read_repo_file("tests/golden/huyen-hoa-lam-2024-Q1.vi.txt");
    for expected in [
        "Cơ quan ban hành: Ủy ban nhân dân huyện Hòa Lâm",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 0 thông tin.",
        "2. Kiểm tra sổ theo dõi hoạt động (examples/activities/huyen-hoa-lam-2024.jsonl)",
        "3. Đánh giá quý I năm 2024",
        "Tháng 2/2024",
        "4. Báo cáo quý I năm 2024",
        golden.as_str(),
    ] {
        assert!(text.contains(expected), "demo lacks {expected:?}:\n{text}");
    }
    assert!(
        !text.contains("Lạng Sơn"),
        "nothing of the other example:\n{text}"
    );
}

#[test]
fn demo_without_an_example_is_the_lang_son_one_named_or_not() {
    let default = kehoach(&["demo"]);
    let named = kehoach(&["demo", "--example", "lang-son-2023"]);
    assert_eq!(default.status.code(), Some(0), "{}", stderr(&default));
    assert_eq!(stdout(&default), stdout(&named));
    assert!(stdout(&default).contains("3. Đánh giá quý I năm 2023"));
}

#[test]
fn demo_in_english_names_the_district_period_in_english() {
    let output = kehoach(&["demo", "--example", "huyen-hoa-lam-2024", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let golden = read_repo_file("tests/golden/huyen-hoa-lam-2024-Q1.en.txt");
    assert!(text.contains("3. Evaluation of Q1 2024"), "{text}");
    assert!(text.contains(golden.as_str()), "{text}");
}

#[test]
fn an_unknown_example_is_exit_2_with_the_names_there_are() {
    let output = kehoach(&["demo", "--example", "ha-noi-2025"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("invalid value 'ha-noi-2025' for '--example <EXAMPLE>'")
            && message.contains("[possible values: lang-son-2023, huyen-hoa-lam-2024]"),
        "{message}"
    );
    assert!(stdout(&output).is_empty());
}

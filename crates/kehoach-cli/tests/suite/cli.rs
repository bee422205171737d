//! The command as a user runs it: exit codes and what reaches the terminal.

use crate::support::{kehoach, read_repo_file, stderr, stdout, write_scratch};

#[test]
fn validate_accepts_the_bundled_plan() {
    let output = kehoach(&["validate", "examples/plans/lang-son-2023.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn validate_names_an_unknown_key_and_its_path() {
    let plan = read_repo_file("examples/plans/lang-son-2023.json");
    let bad = plan.replacen(
        "\"year\": 2023,",
        "\"year\": 2023,\n  \"colour\": \"red\",",
        1,
    );
    let path = write_scratch("cli", "unknown-key.json", &bad);
    let output = kehoach(&["validate", path.to_str().expect("utf-8 path")]);
    let message = stderr(&output);
    assert!(matches!(output.status.code(), Some(1 | 2)), "{message}");
    assert!(
        message.contains("unknown key `colour`") && message.contains("/colour"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "one clear line: {message}");
    assert!(!message.contains("panicked"));
}

#[test]
fn unreadable_input_is_exit_2_with_one_line() {
    let output = kehoach(&["validate", "no/such/plan.json"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with("kehoach: cannot read no/such/plan.json"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1);

    let output = kehoach(&["validate", "examples/plans/lang-son-2023.seed.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not valid JSON"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn schema_prints_the_plan_schema() {
    let output = kehoach(&["schema", "plan"]);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(schema, kehoach::schema::plan_schema());
}

#[test]
fn demo_summarises_the_bundled_plan_in_vietnamese() {
    let output = kehoach(&["demo"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "Sở Văn hóa, Thể thao và Du lịch",
        "/KH-SVHTTDL",
        "Đối với người dân và doanh nghiệp",
        "ít nhất 04",
        "Sở Nội vụ",
    ] {
        assert!(
            text.contains(expected),
            "demo output lacks {expected:?}:\n{text}"
        );
    }
}

#[test]
fn bad_arguments_are_exit_2() {
    let output = kehoach(&["validate"]);
    assert_eq!(output.status.code(), Some(2));
    let output = kehoach(&["schema", "nonsense"]);
    assert_eq!(output.status.code(), Some(2));
}

/// Every subcommand, with the arguments it needs, run on the bundled plan and sample log.
fn every_subcommand() -> Vec<Vec<&'static str>> {
    const PLAN: &str = "examples/plans/lang-son-2023.json";
    const LOG: &str = "examples/activities/lang-son-2023.jsonl";
    vec![
        vec!["schema", "plan"],
        vec!["validate", PLAN],
        vec!["evaluate", PLAN, "--activities", LOG, "--period", "2023-Q1"],
        vec!["report", PLAN, "--activities", LOG, "--period", "2023-Q1"],
        vec!["demo"],
        vec!["import", "examples/plans/lang-son-2023.seed.txt"],
    ]
}

#[test]
fn every_subcommand_accepts_lang_en_and_refuses_an_unknown_lang_with_exit_2() {
    for args in every_subcommand() {
        let output = kehoach(&[args.as_slice(), &["--lang", "en"]].concat());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        // Before the subcommand too: `--lang` is one option shared by every command.
        let output = kehoach(&[&["--lang", "en"], args.as_slice()].concat());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );

        let output = kehoach(&[args.as_slice(), &["--lang", "xx"]].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(
            message.starts_with("error: invalid value 'xx' for '--lang <LANG>'")
                && message.contains("[possible values: vi, en]"),
            "{args:?}: {message}"
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn formats_are_the_cores_values_and_an_unknown_one_is_exit_2() {
    for (args, value, allowed) in [
        (vec!["validate", "x.json"], "md", "text, json"),
        (
            vec!["report", "x.json", "--activities", "x", "--period", "2023"],
            "pdf",
            "markdown, html, text, json, docx",
        ),
        (
            vec!["render-plan", "x.json"],
            "pdf",
            "markdown, html, text, json, docx",
        ),
        (vec!["demo"], "pdf", "markdown, html, text, json"),
    ] {
        let output = kehoach(&[args.as_slice(), &["--format", value]].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(
            message.contains(&format!("invalid value '{value}' for '--format <FORMAT>'"))
                && message.contains(&format!("[possible values: {allowed}]")),
            "{args:?}: {message}"
        );
    }
    // The report formats' short names are still read.
    let output = kehoach(&["demo", "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

/// `FILE[:LINE]: SEVERITY CODE PATH: MESSAGE`, split into its parts; `None` when the line is
/// not a diagnostic.
fn parse_line(line: &str) -> Option<(String, Option<u64>, String, String, String, String)> {
    let (head, rest) = line
        .split_once(": error ")
        .map(|(h, r)| (h, ("error", r)))
        .or_else(|| {
            line.split_once(": warning ")
                .map(|(h, r)| (h, ("warning", r)))
        })
        .or_else(|| line.split_once(": info ").map(|(h, r)| (h, ("info", r))))?;
    let (severity, rest) = rest;
    let (file, number) = match head.rsplit_once(':') {
        Some((file, number)) if number.chars().all(|c| c.is_ascii_digit()) => {
            (file.to_string(), Some(number.parse().ok()?))
        }
        _ => (head.to_string(), None),
    };
    let (code, rest) = rest.split_once(' ')?;
    let (path, message) = rest.split_once(": ")?;
    let well_formed = code.len() == 6
        && code.chars().take(3).all(|c| c.is_ascii_uppercase())
        && code.chars().skip(3).all(|c| c.is_ascii_digit())
        && path.starts_with('/')
        && !path.contains(' ')
        && !message.is_empty();
    well_formed.then(|| {
        (
            file,
            number,
            severity.to_string(),
            code.to_string(),
            path.to_string(),
            message.to_string(),
        )
    })
}

#[test]
fn validate_evaluate_and_import_print_diagnostics_in_one_line_format() {
    let plan = kehoach::examples::LANG_SON_2023;
    let bad_plan = write_scratch(
        "cli-lines",
        "numbered.json",
        &plan.replacen("\"/KH-SVHTTDL\"", "\"5/KH-SVHTTDL\"", 1),
    );
    let bad_plan = bad_plan.to_str().expect("UTF-8 path");
    let log = write_scratch(
        "cli-lines",
        "log.jsonl",
        "{\"schemaVersion\":1,\"date\":\"2023-01-05\",\"unit\":\"van-phong\",\"form\":\"tin-bai-website\",\"title\":\"A\",\"evidence\":\"x\"}\nnot json\n",
    );
    let log = log.to_str().expect("UTF-8 path");

    for lang in ["vi", "en"] {
        // validate: on stdout, then the total.
        let output = kehoach(&["validate", bad_plan, "--lang", lang]);
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        let lines: Vec<_> = text.lines().collect();
        let (last, diagnostics) = lines.split_last().expect("lines");
        assert!(parse_line(last).is_none(), "the total: {last}");
        let parsed: Vec<_> = diagnostics.iter().map(|line| parse_line(line)).collect();
        assert!(parsed.iter().all(Option::is_some), "{text}");
        let first = parsed[0].clone().expect("parsed");
        assert_eq!(
            (
                first.0.as_str(),
                first.1,
                first.2.as_str(),
                first.3.as_str()
            ),
            (bad_plan, None, "error", "DOC007"),
            "{text}"
        );
        assert_eq!(first.4, "/document/number");

        // evaluate: the log's findings on stderr, with the line of the JSON Lines record.
        let output = kehoach(&[
            "evaluate",
            "examples/plans/lang-son-2023.json",
            "--activities",
            log,
            "--period",
            "2023-01",
            "--lang",
            lang,
        ]);
        assert_eq!(output.status.code(), Some(1));
        let messages = stderr(&output);
        let line = parse_line(messages.lines().next().expect("a line")).expect(&messages);
        assert_eq!(
            (
                line.0.as_str(),
                line.1,
                line.2.as_str(),
                line.3.as_str(),
                line.4.as_str()
            ),
            (log, Some(2), "error", "LOG001", "/1"),
            "{messages}"
        );

        // import: on stderr, with the text's line.
        let output = kehoach(&[
            "import",
            "examples/plans/lang-son-2023.seed.txt",
            "--lang",
            lang,
        ]);
        assert_eq!(output.status.code(), Some(0));
        let messages = stderr(&output);
        assert!(!messages.is_empty());
        for line in messages.lines() {
            let parsed =
                parse_line(line).unwrap_or_else(|| panic!("not a diagnostic line: {line}"));
            assert_eq!(parsed.0, "examples/plans/lang-son-2023.seed.txt", "{line}");
        }
        assert!(
            messages.contains(
                "examples/plans/lang-son-2023.seed.txt:3: info IMP001 /document/number: "
            ),
            "{messages}"
        );
    }
}

#[test]
fn the_help_documents_the_diagnostic_line_and_the_shared_options() {
    let output = kehoach(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    for expected in [
        "FILE[:LINE]: SEVERITY CODE PATH: MESSAGE",
        "--lang <LANG>",
        "Every command takes --lang vi|en",
        "Exit codes: 0 fine",
    ] {
        assert!(help.contains(expected), "lacks {expected:?}:\n{help}");
    }
}

#[test]
fn word_files_go_to_a_file_only() {
    let report = [
        "report",
        "examples/plans/lang-son-2023.json",
        "--activities",
        "examples/activities/lang-son-2023.jsonl",
        "--period",
        "2023-Q1",
        "--format",
        "docx",
    ];
    let output = kehoach(&report);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        output.stdout.is_empty(),
        "nothing binary on standard output"
    );
    assert!(
        stderr(&output).contains("give -o FILE"),
        "{}",
        stderr(&output)
    );
    let dir = std::env::temp_dir().join(format!("kehoach-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.docx");
    let output = kehoach(&[&report[..], &["-o", out.to_str().unwrap()]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    let plan = dir.join("plan.docx");
    for format in ["docx", "html", "markdown", "text", "json"] {
        let output = kehoach(&[
            "render-plan",
            "examples/plans/lang-son-2023.json",
            "--format",
            format,
            "-o",
            plan.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{format}: {}", stderr(&output));
    }
    let html = kehoach(&[
        "render-plan",
        "examples/plans/lang-son-2023.json",
        "--format",
        "html",
    ]);
    assert!(String::from_utf8_lossy(&html.stdout).contains("KẾ HOẠCH"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .filter(|name| name.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

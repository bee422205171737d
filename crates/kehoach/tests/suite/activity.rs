//! Activity logs: reading JSON arrays and JSON Lines as streams, and never losing a line
//! silently, whatever the input.

use kehoach::activity::{read_log, LogEntry, LogFormat};
use kehoach::Lang;
use proptest::prelude::*;

const RECORD: &str = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai-website","title":"Tin","evidence":"e"}"#;

fn entries(input: &[u8]) -> (LogFormat, Vec<LogEntry>) {
    let mut entries = Vec::new();
    let format = read_log(input, Lang::En, |entry| entries.push(entry)).expect("in memory");
    (format, entries)
}

fn places(entries: &[LogEntry]) -> Vec<String> {
    entries
        .iter()
        .map(|entry| match entry {
            LogEntry::Record { index, line, .. } => format!("record {index} {line:?}"),
            LogEntry::Rejected(d) => format!("{} {}", d.code, d.path),
        })
        .collect()
}

#[test]
fn json_lines_with_bom_crlf_and_blank_lines_keep_their_line_numbers() {
    let input = format!("\u{feff}\r\n{RECORD}\r\n\r\n  {RECORD}  \r\n[1]\n");
    let (format, entries) = entries(input.as_bytes());
    assert_eq!(format, LogFormat::JsonLines);
    assert_eq!(
        places(&entries),
        ["record 1 Some(2)", "record 3 Some(4)", "LOG002 /4"]
    );
}

#[test]
fn a_json_array_is_read_element_by_element() {
    let input = format!(
        "  \n[{RECORD}, 42, {}, {RECORD}]\n",
        RECORD.replace("van-phong\"", "van-phong\",\"x\":1")
    );
    let (format, entries) = entries(input.as_bytes());
    assert_eq!(format, LogFormat::JsonArray);
    assert_eq!(
        places(&entries),
        ["record 0 None", "LOG002 /1", "LOG002 /2/x", "record 3 None"]
    );
}

#[test]
fn trailing_text_after_an_array_is_reported() {
    let input = format!("[{RECORD}]\n{RECORD}\n");
    let (_, entries) = entries(input.as_bytes());
    assert_eq!(places(&entries), ["record 0 None", "LOG011 "]);
}

#[test]
fn empty_input_is_an_empty_log() {
    for input in ["", "\n\n  \n", "\u{feff}", "[]", " [ ] "] {
        let (_, entries) = entries(input.as_bytes());
        assert!(entries.is_empty(), "{input:?}");
    }
}

#[test]
fn invalid_utf8_is_one_bad_line() {
    let mut input = RECORD.as_bytes().to_vec();
    input.extend_from_slice(b"\n\xff\xfe{}\n");
    input.extend_from_slice(RECORD.as_bytes());
    let (_, entries) = entries(&input);
    assert_eq!(
        places(&entries),
        ["record 0 Some(1)", "LOG001 /1", "record 2 Some(3)"]
    );
}

#[test]
fn a_long_log_is_read_through_a_small_buffer() {
    // 20 000 records through an 8 KiB buffer: the reader never needs the whole log.
    struct Generated {
        remaining: usize,
        pending: Vec<u8>,
    }
    impl std::io::Read for Generated {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            if self.pending.is_empty() && self.remaining > 0 {
                self.remaining -= 1;
                self.pending = format!(
                    "{}\n",
                    RECORD.replace("\"e\"", &format!("\"e{}\"", self.remaining))
                )
                .into_bytes();
            }
            let n = self.pending.len().min(buffer.len());
            buffer[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            Ok(n)
        }
    }
    let reader = std::io::BufReader::with_capacity(
        8192,
        Generated {
            remaining: 20_000,
            pending: Vec::new(),
        },
    );
    let mut records = 0u32;
    let mut last = 0;
    read_log(reader, Lang::Vi, |entry| {
        if let LogEntry::Record { index, .. } = entry {
            records += 1;
            last = index;
        }
    })
    .expect("reads");
    assert_eq!((records, last), (20_000, 19_999));
}

proptest! {
    #[test]
    fn every_non_blank_line_is_a_record_or_a_diagnostic(lines in proptest::collection::vec(
        prop_oneof![
            Just(RECORD.to_string()),
            Just(String::new()),
            ".{0,30}",
            Just(RECORD.replace("2023-01-05", "2023-13-01")),
            Just(RECORD.replace(":1,", ":7,")),
        ],
        0..30,
    )) {
        let text = lines.join("\n");
        let mut count = 0usize;
        read_log(text.as_bytes(), Lang::Vi, |_| count += 1).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if !text.trim_start_matches('\u{feff}').trim_start().starts_with('[') {
            let non_blank = text
                .split('\n')
                .filter(|line| !line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').is_empty())
                .count();
            prop_assert_eq!(count, non_blank);
        }
    }

    #[test]
    fn text_in_memory_reads_like_a_stream(lines in proptest::collection::vec(
        prop_oneof![
            Just(RECORD.to_string()),
            Just(String::new()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just(" \u{feff}".to_string()),
            ".{0,12}",
        ],
        0..12,
    )) {
        let text = lines.join("\n");
        let mut streamed = Vec::new();
        let format = read_log(text.as_bytes(), Lang::En, |entry| streamed.push(entry))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut in_memory = Vec::new();
        let format_in_memory = kehoach::activity::read_log_str(&text, Lang::En, |entry| in_memory.push(entry));
        prop_assert_eq!(format, format_in_memory);
        prop_assert_eq!(streamed, in_memory);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let _ = read_log(bytes.as_slice(), Lang::Vi, |_| {});
        let text = String::from_utf8_lossy(&bytes);
        let evaluation = kehoach::evaluate::evaluate_log(&plan, &text, &"2023-Q1".parse().map_err(|_| TestCaseError::fail("id"))?, &Default::default());
        let _ = kehoach::report::render(&plan, &evaluation, kehoach::report::ReportFormat::Html, Lang::Vi);
    }
}

//! Text as Word takes it: characters XML 1.0 forbids removed, line breaks and tabs as Word's
//! own break and tab elements. docx-rs escapes `<`, `>`, `&` and quotes.

use docx_rs::{BreakType, Run};

/// Removes what XML 1.0 cannot carry: the C0 controls other than tab, line feed and carriage
/// return, and the non-characters U+FFFE and U+FFFF. (A Rust string holds no lone surrogate;
/// JavaScript strings reach Rust with theirs already replaced by U+FFFD.)
///
/// ```
/// assert_eq!(kehoach_docx::clean("a\u{0}b\u{1b}c\u{fffe}"), "abc");
/// assert_eq!(kehoach_docx::clean("a\tb\nc"), "a\tb\nc");
/// ```
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}')
                && c != '\u{fffe}'
                && c != '\u{ffff}'
        })
        .collect()
}

/// The run holding `text`: tabs become `<w:tab/>`, line breaks (`\n`, `\r\n`, `\r`) become
/// `<w:br/>`, forbidden characters are dropped.
pub fn run(text: &str, base: Run) -> Run {
    let text = clean(text).replace("\r\n", "\n").replace('\r', "\n");
    let mut run = base;
    for (line_index, line) in text.split('\n').enumerate() {
        if line_index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (piece_index, piece) in line.split('\t').enumerate() {
            if piece_index > 0 {
                run = run.add_tab();
            }
            if !piece.is_empty() {
                run = run.add_text(piece);
            }
        }
    }
    run
}

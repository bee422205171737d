//! The one line format of every diagnostic the command prints:
//! `FILE[:LINE]: SEVERITY CODE PATH: MESSAGE` (documented in `kehoach --help`, [`crate::FORMATS`]).

use std::io::Write;

use kehoach::diagnostic::Param;
use kehoach::Diagnostic;

/// Writes one diagnostic as a line. `LINE` is the diagnostic's `line` parameter when it has one
/// (a JSON Lines log, an imported text); `SEVERITY` is the English keyword whatever the message
/// language, so the line splits the same way in Vietnamese; `PATH` is the JSON Pointer, `/` for
/// the whole document. A failed write to a closed pipe is not the input's fault.
pub fn write_line(out: &mut dyn Write, file: &str, diagnostic: &Diagnostic) {
    let line = match diagnostic.params.get("line") {
        Some(Param::Number(line)) => format!(":{line}"),
        _ => String::new(),
    };
    let path = if diagnostic.path.is_empty() {
        "/"
    } else {
        diagnostic.path.as_str()
    };
    let _ = writeln!(
        out,
        "{file}{line}: {} {} {path}: {}",
        diagnostic.severity.english(),
        diagnostic.code,
        diagnostic.message
    );
}

/// Writes every diagnostic, one line each.
pub fn write_lines(out: &mut dyn Write, file: &str, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        write_line(out, file, diagnostic);
    }
}

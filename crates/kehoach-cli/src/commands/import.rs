//! `kehoach import FILE [-o PLAN] [--format text|json] [--lang vi|en]`: a published plan's text
//! or Word file (.docx) → a draft plan.

use std::path::PathBuf;

use kehoach::Lang;

use crate::{io, Outcome, TextOrJson, Unusable};

/// Arguments of `kehoach import`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan's plain text (UTF-8, or UTF-16 with a byte-order mark as Word saves it), or
    /// the plan as a Word file (.docx: recognised by its ZIP signature or its extension).
    text: PathBuf,
    /// Where to write the plan's JSON; standard output when absent.
    #[arg(short, long, value_name = "PLAN")]
    out: Option<PathBuf>,
    /// Output: the draft plan's JSON (`text`), or the whole import result as JSON (`json`:
    /// `{ plan, diagnostics, provenance }`). Diagnostics go to standard error either way.
    #[arg(long, value_enum, default_value_t)]
    format: TextOrJson,
}

/// Imports the text, writes the draft plan, and prints the diagnostics on stderr. Exit 1 when
/// something could not be placed or was not found.
pub fn run(args: Args, lang: Lang) -> Result<Outcome, Unusable> {
    let bytes = std::fs::read(&args.text)
        .map_err(|error| Unusable(format!("cannot read {}: {error}", args.text.display())))?;
    let is_docx = args
        .text
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("docx") || ext.eq_ignore_ascii_case("doc"));
    let text = if is_docx || kehoach::import::looks_like_word(&bytes) {
        kehoach::import::docx_text(&bytes)
            .map_err(|error| Unusable(format!("{}: {error}", args.text.display())))?
    } else {
        decode(&bytes).ok_or_else(|| {
            Unusable(format!(
                "{}: not text (expected UTF-8, or UTF-16 with a byte-order mark, or a .docx file)",
                args.text.display()
            ))
        })?
    };
    let result = kehoach::import::import_plan_text_in(&text, lang);
    let output = match args.format {
        TextOrJson::Text => result.plan.to_json_string(),
        TextOrJson::Json => result.to_json_string(),
    };
    io::write_output(&output, args.out.as_deref())?;
    crate::diagnostics::write_lines(
        &mut std::io::stderr().lock(),
        &args.text.display().to_string(),
        &result.diagnostics,
    );
    Ok(if result.has_problems() {
        Outcome::Problems
    } else {
        Outcome::Fine
    })
}

/// UTF-8 (a byte-order mark allowed), or UTF-16 little- or big-endian with its mark.
fn decode(bytes: &[u8]) -> Option<String> {
    let utf16 = |big_endian: bool, body: &[u8]| {
        let units: Vec<u16> = body
            .chunks(2)
            .map(|pair| match pair {
                [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
                [a, b] => u16::from_le_bytes([*a, *b]),
                _ => 0xFFFD,
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    match bytes {
        [0xFF, 0xFE, body @ ..] => utf16(false, body),
        [0xFE, 0xFF, body @ ..] => utf16(true, body),
        _ => String::from_utf8(bytes.to_vec()).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_encodings_editors_save() {
        assert_eq!(decode("Số".as_bytes()).as_deref(), Some("Số"));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Số".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).as_deref(), Some("Số"));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Số".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).as_deref(), Some("Số"));
        assert_eq!(decode(&[0xC3, 0x28]), None);
    }
}

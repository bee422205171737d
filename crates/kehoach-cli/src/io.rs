//! Reading inputs and writing outputs, with errors that name the file.

use std::path::Path;

use kehoach::Plan;

use crate::Unusable;

/// Reads a whole text file, naming it in the error.
pub fn read_text(path: &Path) -> Result<String, Unusable> {
    std::fs::read_to_string(path)
        .map_err(|error| Unusable(format!("cannot read {}: {error}", path.display())))
}

/// Reads and loads a plan, naming the file in the error.
pub fn read_plan(path: &Path) -> Result<Plan, Unusable> {
    let text = read_text(path)?;
    Plan::from_json_str(&text).map_err(|error| Unusable(format!("{}: {error}", path.display())))
}

/// Writes text to stdout, or to `out` when given.
pub fn write_output(text: &str, out: Option<&Path>) -> Result<(), Unusable> {
    use std::io::Write;
    match out {
        Some(path) => std::fs::write(path, text)
            .map_err(|error| Unusable(format!("cannot write {}: {error}", path.display()))),
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`kehoach schema | head`) is not the user's input being wrong.
            let _ = stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush());
            Ok(())
        }
    }
}

/// Writes bytes to `path` through a temporary file in the same directory renamed into place,
/// so a failed write never leaves half a document under the final name.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), Unusable> {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |name| name.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    result.map_err(|error| {
        // The temporary file may not exist; removing it is best effort.
        let _ = std::fs::remove_file(&temp);
        Unusable(format!("cannot write {}: {error}", path.display()))
    })
}

//! Running the `kehoach` binary and reading what it printed, files of the repository, and
//! scratch files.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The repository root, which commands run in: relative paths name the repository's files.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The `kehoach` binary, to be run in the repository root.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kehoach"));
    command.current_dir(ROOT);
    command
}

/// Runs `kehoach ARGS` in the repository root and waits for it.
pub fn kehoach(args: &[&str]) -> Output {
    command()
        .args(args)
        .output()
        .expect("the kehoach binary runs")
}

/// What the command printed on stdout, which must be UTF-8.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// What the command printed on stderr, which must be UTF-8.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// The absolute path of a file of the repository.
pub fn repo_file(path: &str) -> String {
    format!("{ROOT}/{path}")
}

/// The text of a file of the repository.
pub fn read_repo_file(path: &str) -> String {
    std::fs::read_to_string(repo_file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A path for a scratch file named `name` in `kehoach-{group}-{process id}` under the system
/// temporary directory, which is created; each module uses a group of its own.
pub fn scratch(group: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-{group}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

/// Writes `content` to the scratch file `name` of `group` ([`scratch`]) and returns its path.
pub fn write_scratch(group: &str, name: &str, content: &str) -> PathBuf {
    let path = scratch(group, name);
    std::fs::write(&path, content).expect("scratch file writable");
    path
}

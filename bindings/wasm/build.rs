//! Writes the plan's JSON Schema at build time, so the wasm module ships the schema as text
//! instead of linking schemars and generating it at run time (about 60 KB less code).
//!
//! The schema still comes from the core's own types: this runs the core's
//! `kehoach::schema::plan_schema()` natively, as the CLI's `kehoach schema plan` does.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Re-run when this script or the core (a build-dependency, so it relinks this) changes,
    // not on every edit of the bindings.
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(
        out_dir.join("plan.schema.json"),
        kehoach::schema::plan_schema().to_string(),
    )?;
    Ok(())
}

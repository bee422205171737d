//! The integration tests of the `kehoach` library, one module per subject, in one test binary
//! (a binary per file would link the library and its dependencies nineteen times). Shared
//! helpers are in `support`.
//!
//! `cargo test -p kehoach --test suite` runs them all; `cargo test -p kehoach --test suite
//! report::` runs one module.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a failed check is a panic, and fixtures have known shapes"
)]

mod support;

mod activity;
mod consolidate;
mod evaluate;
mod import_decision;
mod import_docx;
mod import_forms_of_text;
mod import_levels;
mod import_not_a_plan;
mod import_openings;
mod import_portal;
mod import_portal_metadata;
mod import_provenance;
mod import_robustness;
mod import_seed;
mod import_variants;
mod json_writer;
mod limits;
mod model;
mod period;
mod properties;
mod regressions;
mod report;
mod report_sections;
mod validate_robustness;
mod validate_rules_doc;
mod validate_seed;
mod validate_vectors;
mod xss;

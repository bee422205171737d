//! The `kehoach` command as a user runs it, one module per subject, in one test binary. Shared
//! helpers are in `support`; `validate_support` reads the shared validation vectors the same way
//! the core's suite does (`crates/kehoach/tests/suite/support/vectors.rs`, included by path).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a failed check is a panic, and fixtures have known shapes"
)]

#[path = "../../../kehoach/tests/suite/support/consolidate_vector.rs"]
mod consolidate_vector;
mod support;
#[path = "../../../kehoach/tests/suite/support/vectors.rs"]
mod validate_support;

mod cli;
mod consolidate;
mod import_cli;
mod tracking;
mod validate;

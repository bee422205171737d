//! One module per command: parse its arguments, call the core, print the result.

pub mod consolidate;
pub mod demo;
pub mod evaluate;
pub mod import;
pub mod output;
pub mod render_plan;
pub mod report;
pub mod schema;
pub mod validate;

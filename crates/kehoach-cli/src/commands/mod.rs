//! One module per command: parse its arguments, call the core, print the result.

pub mod demo;
pub mod import;
pub mod schema;
pub mod validate;

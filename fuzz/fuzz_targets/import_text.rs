//! Plan text import: the draft saves, reloads and validates.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::import_text(data));

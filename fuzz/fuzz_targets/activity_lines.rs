//! Activity logs as JSON Lines: both readers, evaluation, every report.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::activity_lines(data));

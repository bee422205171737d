//! `renderReport`: period id, report options and log, all from the input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::report_request(data));

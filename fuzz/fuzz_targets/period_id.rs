//! Period ids: parse, write back, spans and windows in order.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::period_id(data));

//! Plan JSON, well formed: the bundled plan with values edited by the input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::plan_fields(data));

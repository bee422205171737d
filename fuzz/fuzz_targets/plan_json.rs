//! Plan JSON: load, validate, save and reload, evaluate and report (see `plan_json`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::plan_json(data));

//! Word import: any bytes as a .docx, and any non-ZIP bytes as its document part.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kehoach_fuzz::import_docx(data));

//! Byte searches of the readers, eight bytes at a time: the next line break of JSON Lines, the
//! next `"` or `\\` inside a string of an array element.

/// The index of the first `\n` in `bytes`, eight bytes at a time.
pub(super) fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_ne_bytes([b'\n'; 8]);
    let mut start = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default()) ^ NEWLINES;
        // Some byte of `word` is zero: a newline in `chunk`.
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            break;
        }
        start += 8;
    }
    let rest = bytes.get(start..)?;
    rest.iter()
        .position(|&byte| byte == b'\n')
        .map(|at| start + at)
}

/// The index of the first `"` or `\` in `bytes`, eight bytes at a time.
pub(super) fn find_quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `word` is zero.
    let zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default());
        if zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\'))) != 0 {
            break;
        }
        start += 8;
    }
    let rest = bytes.get(start..)?;
    rest.iter()
        .position(|&byte| byte == b'"' || byte == b'\\')
        .map(|at| start + at)
}

//! The metered stream under the careful walk of an array: it fails once the current element
//! passes [`MAX_RECORD_BYTES`], so serde_json never buffers more of one element than that, and
//! it counts lines and columns to place the error.

use std::cell::Cell;
use std::io::Read;

use super::super::check::BROKEN_ARRAY;
use super::LogEntry;
use crate::diagnostic::Params;
use crate::limits::{size_text, MAX_RECORD_BYTES};
use crate::Lang;

/// What has been read of an array stream: how much, where, and where the current element
/// started.
#[derive(Default)]
pub(super) struct Meter {
    pub(super) read: Cell<usize>,
    pub(super) element_start: Cell<usize>,
    /// Line breaks read, and bytes read since the last one, to place an error.
    pub(super) newlines: Cell<usize>,
    pub(super) column: Cell<usize>,
    pub(super) tripped: Cell<bool>,
    /// Where the first element starts, when the walk replays from an element whose count
    /// began before the bytes the meter sees (see [`read_array`](super::array::read_array)).
    pub(super) first_start: Cell<Option<usize>>,
}

/// A reader that fails once the current element passes [`MAX_RECORD_BYTES`], so serde_json
/// never buffers more of one element than that.
pub(super) struct Metered<'m, R> {
    pub(super) inner: R,
    pub(super) meter: &'m Meter,
}

impl<R: Read> Read for Metered<'_, R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let meter = self.meter;
        let allowed = meter
            .element_start
            .get()
            .saturating_add(MAX_RECORD_BYTES)
            .saturating_sub(meter.read.get());
        if allowed == 0 && !buffer.is_empty() {
            meter.tripped.set(true);
            return Err(std::io::Error::other("an array element is too long"));
        }
        let limit = buffer.len().min(allowed);
        let count = self
            .inner
            .read(buffer.get_mut(..limit).unwrap_or_default())?;
        let bytes = buffer.get(..count).unwrap_or_default();
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                let breaks = bytes.iter().filter(|&&b| b == b'\n').count();
                meter
                    .newlines
                    .set(meter.newlines.get().saturating_add(breaks));
                meter.column.set(count - last - 1);
            }
            None => meter.column.set(meter.column.get().saturating_add(count)),
        }
        meter.read.set(meter.read.get().saturating_add(count));
        Ok(count)
    }
}

/// LOG011 for an array element longer than [`MAX_RECORD_BYTES`], at the byte past the limit.
pub(super) fn element_too_long(meter: &Meter, skipped_newlines: u32, lang: Lang) -> LogEntry {
    let line = meter
        .newlines
        .get()
        .saturating_add(skipped_newlines as usize)
        .saturating_add(1);
    LogEntry::Rejected(
        BROKEN_ARRAY.at(
            "",
            Params::new()
                .with("line", line)
                .with("column", meter.column.get().saturating_add(1))
                .with(
                    "error",
                    format!(
                        "an element is longer than the {} limit on one record",
                        size_text(MAX_RECORD_BYTES)
                    ),
                ),
            lang,
        ),
    )
}

//! Position arithmetic: where the bytes the quick reader keeps begin, and how a place in the
//! careful walk's input moves back to the file.

/// Where the bytes a [`QuickStream`](super::quick::QuickStream) keeps begin.
#[derive(Debug, Clone, Copy)]
pub(super) struct Origin {
    /// They begin at an element (else at the array's `[`).
    pub(super) element: bool,
    /// The index of that element (of the first, at the `[`).
    pub(super) index: u32,
    /// Its line, the `[`'s being 1.
    pub(super) line: usize,
    /// How many bytes precede it on its line.
    pub(super) before: usize,
    /// How many bytes lie between the end of the element before and it (blanks and a comma),
    /// which the record limit counts in it.
    pub(super) charged: usize,
}

impl Origin {
    /// A place (line, column) in the careful walk's input, moved to the file: the walk reads
    /// a `[` standing for everything before the element on its line.
    pub(super) fn in_file(&self, line: usize, column: usize) -> (usize, usize) {
        match (self.element, line) {
            (false, _) => (line, column),
            (true, 1) => (self.line, (column + self.before).saturating_sub(1)),
            (true, _) => (self.line + line - 1, column),
        }
    }
}

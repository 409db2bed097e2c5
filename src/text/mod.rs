//! Shared text geometry for every front end: the one sanitiser (`sanitize`, with what a
//! paste may type), words and widths to wrap at and indented lines (`wrap`), the text
//! editor's row geometry (`rows`), and the line a byte of a file is on (`line_at`).
//!
//! Pure text: no terminal types, no files, no state.

pub mod rows;
pub mod sanitize;
pub mod wrap;

/// The line (from 1) that byte `offset` of `bytes` is on (the end, for an offset past it).
pub fn line_at(bytes: &[u8], offset: usize) -> usize {
    let upto = bytes.get(..offset).unwrap_or(bytes);
    upto.iter().filter(|b| **b == b'\n').count() + 1
}

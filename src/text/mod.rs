//! Shared text geometry for every front end: the one sanitiser (`sanitize`, with what a
//! paste may type), words and widths to wrap at and indented lines (`wrap`), and the text
//! editor's row geometry (`rows`).
//!
//! Pure text: no terminal types, no files, no state.

pub mod rows;
pub mod sanitize;
pub mod wrap;

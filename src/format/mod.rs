//! File formats above the model: the workbook as Markdown (with its map section and Mermaid
//! charts), the coach's notes sidecar, an answer as readable words, and the cohort summary
//! and CSV exports.
//!
//! Pure text in, text out: never touches the filesystem, the clock or the terminal.

pub mod answer;
pub mod csv;
pub mod markdown;
pub mod notes;
pub mod summary;

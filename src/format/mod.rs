//! File formats above the model: the workbook as Markdown (with its map section and Mermaid
//! charts), the coach's notes sidecar, an answer as readable words, the cohort summary and
//! CSV exports, documents (`doc`, built by `export`) rendered as HTML (`html`), and the
//! settings file and how a setting is chosen.
//!
//! Pure text in, text out: never touches the filesystem, the clock or the terminal.

pub mod answer;
pub mod csv;
pub mod doc;
pub mod doc_md;
pub mod doc_stream;
pub mod export;
pub mod html;
pub mod markdown;
pub mod notes;
pub mod par;
pub mod pieces;
pub mod plain_text;
pub mod session;
pub mod settings;
pub mod summary;

/// True when the map has something to show (the workbook's map section uses the same test).
pub(crate) fn has_map_content(map: &crate::map::Map) -> bool {
    markdown::map::has_content(map)
}

//! File formats above the model: documents built from workbooks (`doc`, `export`) and the
//! HTML they are shared and printed as (`html`).
//!
//! Pure text in, text out: never reads or writes a file (the store does), never touches a
//! terminal.

pub mod doc;
pub mod export;
pub mod html;

/// True when the map has something to show (the workbook's map section uses the same test).
pub(crate) fn has_map_content(map: &crate::map::Map) -> bool {
    crate::workbook::markdown::map::has_content(map)
}

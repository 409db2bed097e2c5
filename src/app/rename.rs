//! Renaming a list item carries its answers along (grid and quadrant rows, choices that
//! picked it): the workbook's own `rename_item`, shared with plain mode.
//!
//! Pure edits of the workbook; never merges into or overwrites another item's answers.

pub(super) use crate::workbook::rename::rename_item;

//! Sentences that guide a participant through an evening with their workbook, in both
//! front ends: what is wrong with a list's items (no name, a name used twice).
//!
//! Words only: never formats terminal codes, never touches a file.

use crate::workbook::derive::ItemFlag;

/// What a flagged list item needs, for the item's own line (items counted from 1).
pub fn item_flag(flag: ItemFlag) -> String {
    match flag {
        ItemFlag::Nameless { n } => format!(
            "Item {} has details but no name: later questions find items by name, so give it one.",
            n + 1
        ),
        ItemFlag::SameName { n, first } => format!(
            "Item {} has the same name as item {}: later questions take them as one, so rename one.",
            n + 1,
            first + 1
        ),
    }
}

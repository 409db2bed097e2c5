//! The coach's side: the review screens' state machine (`app`) over a cohort of
//! participants' workbooks (`workbook::cohort`, loaded by `store::cohort`).
//!
//! Never writes, locks or changes a participant's file; every text taken from a file is
//! made safe (control characters visible) where it is shown or exported. No terminal types,
//! except in `app` (the review screens' state, keys and note editor).

pub mod app;

use crate::content::Pack;
use crate::workbook::Workbook;

/// Why a workbook may not match the pack it is reviewed against (another pack, or another
/// version of it), or `None` when it matches.
pub fn pack_note(wb: &Workbook, pack: &Pack) -> Option<String> {
    if wb.meta.pack != pack.id {
        Some(format!(
            "written for the pack \"{}\" {}, not \"{}\"",
            wb.meta.pack, wb.meta.pack_version, pack.id
        ))
    } else if wb.meta.pack_version != pack.version {
        Some(format!(
            "written for version {} of the pack (this is {})",
            wb.meta.pack_version, pack.version
        ))
    } else {
        None
    }
}

/// Text from a participant's file made safe to show: control and bidirectional-override
/// characters become visible symbols. Line breaks are kept (callers split lines); tabs
/// become spaces.
pub fn visible(text: &str) -> String {
    text.split('\n')
        .map(|line| crate::ui::sanitize::clean_keep_tabs(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

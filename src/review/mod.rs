//! The coach's side: a cohort of participants' workbooks loaded read-only, what each
//! workbook's progress is, one prompt compared across the cohort, and the cohort summary
//! (Markdown) and CSV exports.
//!
//! Never writes, locks or changes a participant's file; every text taken from a file is
//! made safe (control characters visible) where it is shown or exported. No terminal types,
//! except in `app` (the review screens' state, keys and note editor).

pub mod aggregate;
pub mod app;
pub mod csv;
pub mod load;
pub mod notes;
pub mod render;
pub mod summary;

pub use aggregate::{
    Aggregate, CohortAnswer, ColumnSummary, Count, GridRow, aggregate, aggregate_of, answers_to,
};
pub use load::{Cohort, Loaded, load_cohort};
pub use notes::{CohortNotes, load_cohort_notes};

use crate::content::Pack;
use crate::workbook::Workbook;
use crate::workbook::derive::{Progress, progress, theme_progress};

/// A workbook's progress: over the whole pack, and per theme in pack order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookProgress {
    pub overall: Progress,
    pub themes: Vec<Progress>,
}

pub fn workbook_progress(wb: &Workbook, pack: &Pack) -> WorkbookProgress {
    WorkbookProgress {
        overall: progress(wb, pack),
        themes: pack.themes.iter().map(|t| theme_progress(wb, t)).collect(),
    }
}

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

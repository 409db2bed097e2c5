//! A cohort: the participants' workbooks a coach reviews (loaded read-only), the coach's
//! notes beside them, each workbook's progress, and (`aggregate`) one prompt's answers
//! counted across the cohort.
//!
//! Pure data and queries: never reads or writes a file (`store::cohort` loads a cohort), no
//! terminal types.

pub mod aggregate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::workbook::Workbook;
use crate::workbook::derive::{Progress, progress, theme_progress};
use crate::workbook::notes::{CoachNotes, Note};

pub use aggregate::{
    Aggregate, CohortAnswer, ColumnSummary, Count, GridRow, aggregate, aggregate_answers,
    aggregate_of, answers_to,
};

/// One workbook that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub path: PathBuf,
    pub workbook: Workbook,
}

/// Everything a review looks at: the workbooks that loaded (sorted by path) and the files
/// that did not, each with the reason (sorted by path).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cohort {
    pub workbooks: Vec<Loaded>,
    pub problems: Vec<(PathBuf, String)>,
}

/// The notes found beside the cohort's workbooks, by workbook path, and the notes files that
/// could not be read (by notes file path, with the reason naming the line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CohortNotes {
    pub by_workbook: BTreeMap<PathBuf, CoachNotes>,
    pub problems: Vec<(PathBuf, String)>,
}

impl CohortNotes {
    /// The notes on the workbook at `path`, if there are any.
    pub fn on(&self, path: &Path) -> Option<&CoachNotes> {
        self.by_workbook.get(path)
    }

    /// The coaches' notes on one prompt of the workbook at `path` (none when there are none).
    pub fn on_prompt(&self, path: &Path, prompt: &str) -> &[Note] {
        self.on(path).map_or(&[], |n| n.on(Some(prompt)))
    }
}

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

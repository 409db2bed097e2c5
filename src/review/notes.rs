//! The coach's notes beside each workbook of a cohort, for the exports: read-only, and a
//! notes file that cannot be read is a problem with its reason, never a reason to stop.
//!
//! Never writes, locks or changes a file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::workbook::notes::{self, CoachNotes};

use super::Cohort;

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

    /// The note on one prompt of the workbook at `path`.
    pub fn on_prompt(&self, path: &Path, prompt: &str) -> Option<&str> {
        self.on(path).and_then(|n| n.on(prompt))
    }
}

/// Reads the notes file beside every workbook of the cohort (those that have one).
pub fn load_cohort_notes(cohort: &Cohort) -> CohortNotes {
    let mut out = CohortNotes::default();
    for loaded in &cohort.workbooks {
        match notes::load_notes(&loaded.path) {
            Ok(Some(n)) => {
                out.by_workbook.insert(loaded.path.clone(), n);
            }
            Ok(None) => {}
            Err(err) => out
                .problems
                .push((notes::sidecar_path(&loaded.path), reason(&err))),
        }
    }
    out
}

fn reason(err: &notes::NotesError) -> String {
    match err {
        notes::NotesError::Unreadable { line, message, .. } => {
            format!("coach's notes not read: line {line}: {message}")
        }
        other => format!("coach's notes not read: {other}"),
    }
}

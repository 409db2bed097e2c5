//! The workbooks in a folder, newest first, each parsed or with the reason it could not be.
//!
//! Reads only; never locks, changes or removes a file.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::content::Pack;
use crate::workbook::Workbook;
use crate::workbook::derive::{Progress, progress};

use super::clock;
use super::text_file::read_workbook;

/// One `*.md` file found in the data folder.
#[derive(Debug, Clone)]
pub struct Listed {
    pub path: PathBuf,
    /// When the file last changed on disk (when the platform says).
    pub modified: Option<SystemTime>,
    /// The workbook, or why the file could not be read as one (`line N: …`).
    pub parsed: Result<Workbook, String>,
}

impl Listed {
    /// When the file last changed, as listings show it and sort by: the workbook's own
    /// `updated` time, else (not a workbook, or a time that is not RFC 3339) the file's
    /// modification time. A copied file keeps its workbook's time.
    pub fn last_change(&self) -> Option<jiff::Timestamp> {
        self.parsed
            .as_ref()
            .ok()
            .and_then(|wb| clock::timestamp(&wb.meta.updated))
            .or_else(|| self.modified.and_then(clock::file_timestamp))
    }

    /// Answered and total prompts against `pack`, when the file is a workbook.
    pub fn progress(&self, pack: &Pack) -> Option<Progress> {
        self.parsed.as_ref().ok().map(|wb| progress(wb, pack))
    }
}

/// Every visible `*.md` file directly in `dir` but coach's notes files (`*.coach.md`),
/// newest first by `Listed::last_change` (the time a listing shows), then by path.
/// A missing or unreadable folder lists nothing.
pub fn list_workbooks(dir: &Path) -> Vec<Listed> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Listed> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| is_workbook_name(path) && path.is_file())
        .map(|path| {
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            let parsed = read_workbook(&path);
            Listed {
                path,
                modified,
                parsed,
            }
        })
        .collect();
    out.sort_by_cached_key(|listed| (std::cmp::Reverse(listed.last_change()), listed.path.clone()));
    out
}

fn is_workbook_name(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.'));
    let markdown = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    // A coach's notes file beside a workbook is not one of the participant's workbooks.
    !hidden && markdown && !crate::workbook::notes::is_sidecar(path)
}

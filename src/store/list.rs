//! The workbooks in a folder, newest first, each parsed or with the reason it could not be.
//!
//! Reads only; never locks, changes or removes a file.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::content::Pack;
use crate::format::markdown;
use crate::workbook::Workbook;
use crate::workbook::derive::{Progress, progress};

use super::session::line_at;

/// Larger files are not read: no workbook comes near this.
const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;

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
    /// Answered and total prompts against `pack`, when the file is a workbook.
    pub fn progress(&self, pack: &Pack) -> Option<Progress> {
        self.parsed.as_ref().ok().map(|wb| progress(wb, pack))
    }
}

/// Every visible `*.md` file directly in `dir` but coach's notes files (`*.coach.md`), newest first (by the file's last change).
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
    out.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.path.cmp(&b.path))
    });
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

fn read_workbook(path: &Path) -> Result<Workbook, String> {
    let len = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if len > MAX_WORKBOOK_BYTES {
        return Err(format!(
            "too large to be a workbook ({} MB)",
            len / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let line = line_at(err.as_bytes(), err.utf8_error().valid_up_to());
        format!("line {line}: not UTF-8 text")
    })?;
    markdown::read(&text).map_err(|err| format!("line {}: {}", err.line, err.message))
}

//! Writing an export (a workbook as an HTML page): reading the workbook without locking or
//! changing it, and writing the page atomically and privately (0600), never over an existing
//! file unless asked, and never over the workbook or its coach's notes even then.
//!
//! The only place exports touch the file system. No terminal types, no formatting.

use std::path::{Path, PathBuf};

use super::StoreError;
use super::atomic::write_atomic;
use crate::workbook::Workbook;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and replacing was not asked for.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// The target is one of the files an export must never replace.
    #[error("{} is the workbook or its coach's notes, not a page to replace", .0.display())]
    Protected(PathBuf),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reads a workbook for exporting: no lock, no backup, nothing written; a file that is not a
/// workbook is an error naming its line.
pub fn read_workbook(path: &Path) -> Result<Workbook, String> {
    crate::review::load::read_file(path)
}

/// The page's default place: beside the workbook, `NAME.html` for `NAME.md`.
pub fn html_beside(workbook: &Path) -> PathBuf {
    workbook.with_extension("html")
}

/// Writes `bytes` to `path` atomically (mode 0600 on Unix). An existing file is replaced only
/// with `replace`, and never when it is one of `protected` (the workbook, its notes).
pub fn write_export(
    path: &Path,
    bytes: &[u8],
    replace: bool,
    protected: &[&Path],
) -> Result<(), ExportError> {
    if let Ok(real) = std::fs::canonicalize(path)
        && protected
            .iter()
            .any(|p| std::fs::canonicalize(p).is_ok_and(|q| q == real))
    {
        return Err(ExportError::Protected(path.to_path_buf()));
    }
    if !replace && std::fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    match write_atomic(path, bytes, replace) {
        Err(StoreError::Exists(p)) => Err(ExportError::Exists(p)),
        other => Ok(other?),
    }
}

/// Writes `bytes` beside `workbook` as `NAME.html`, or `NAME (2).html`, `NAME (3).html` … —
/// never over an existing file; returns where it went.
pub fn write_export_beside(workbook: &Path, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    let stem = workbook.file_stem().map_or_else(
        || "workbook".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    for n in 1..1000u32 {
        let name = if n == 1 {
            format!("{stem}.html")
        } else {
            format!("{stem} ({n}).html")
        };
        let path = workbook.with_file_name(name);
        match write_export(&path, bytes, false, &[workbook]) {
            Err(ExportError::Exists(_)) => continue,
            Err(err) => return Err(err),
            Ok(()) => return Ok(path),
        }
    }
    Err(ExportError::Exists(html_beside(workbook)))
}

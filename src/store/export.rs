//! Writing exports: the cohort summary and the CSV to a new file of their own, and a
//! workbook's HTML page (reading the workbook without locking or changing it).
//!
//! Never overwrites anything unless asked: files are created new (private to their owner), a
//! path that is already there, even as a dangling symbolic link, is refused; a page replaces
//! an existing file only with `replace`, atomically, and never the workbook or its notes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::StoreError;
use super::atomic::{Durability, write_atomic_as};
use crate::workbook::Workbook;

/// True when something is at `path` (a file, a folder, or a symbolic link, even a broken one).
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `text` to a new file at `path` (mode 0600 on Unix) and syncs it. `shown` is the
/// path as the messages show it (made safe by the caller).
pub fn write_new(path: &Path, shown: &str, text: &str) -> anyhow::Result<()> {
    let mut file = create_new(path, shown)?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {shown}"))
}

/// Creates a new, empty file at `path` (mode 0600 on Unix), never over anything.
pub(super) fn create_new(path: &Path, shown: &str) -> anyhow::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).with_context(|| {
        if exists(path) {
            format!("{shown} already exists; convene never overwrites it")
        } else {
            format!("cannot create {shown}")
        }
    })
}

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
    super::cohort::read_file(path)
}

/// `read_workbook`, also giving back the memory the file was read into, emptied, for the
/// page to be written into (a 1 MB workbook's page then takes no fresh memory for itself).
pub fn read_workbook_and_buffer(path: &Path) -> Result<(Workbook, String), String> {
    super::text_file::read_workbook_and_buffer(path)
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
    if !replace && exists(path) {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    // A page is made from the workbook, which is kept: not synced (see `Durability`).
    match write_atomic_as(path, bytes, replace, Durability::Rebuildable) {
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

//! The workbooks in a folder, newest first, each parsed (`list_workbooks`) or read only as
//! far as its front matter (`list_fronts`, for the home screens), or with the reason it
//! could not be.
//!
//! Reads only; never locks, changes or removes a file.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::content::Pack;
use crate::workbook::derive::{Progress, progress};
use crate::workbook::{Meta, Workbook};

use super::clock;
use super::text_file::{io_reason, not_a_workbook, parse, read_head, read_text, read_workbook};

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
    let mut out: Vec<Listed> = workbook_files(dir)
        .map(|(path, modified)| {
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

/// A workbook as a home screen lists it: its metadata and progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Front {
    pub meta: Meta,
    pub progress: Progress,
}

/// One `*.md` file found in the data folder, read as far as a home screen needs.
#[derive(Debug, Clone)]
pub struct ListedFront {
    pub path: PathBuf,
    /// What the file holds, or why it is not a workbook (the same reasons as `Listed`).
    pub front: Result<Front, String>,
}

/// The same files in the same order as `list_workbooks`, each read only as far as its front
/// matter when that says the progress convene counted against this pack (the same pack id,
/// and as many prompts as the workbook's path has in `pack`); otherwise the whole file is
/// read and the progress counted. What is read is checked against the one rule for
/// workbook files (its size, no NUL, UTF-8): a damaged byte further down, like a damaged
/// answer, is found when the workbook is opened, which says where. An answer typed by hand
/// into the file since convene last wrote it is not counted until convene writes the file
/// again.
pub fn list_fronts(dir: &Path, pack: &Pack) -> Vec<ListedFront> {
    let files: Vec<(PathBuf, Option<SystemTime>)> = workbook_files(dir).collect();
    // Each file is read as far as its front matter (`read_head`), which is most of a home's
    // first frame: a large folder on two threads (a handful is read on this thread alone).
    let mut out = crate::format::par::par_map_on(2, &files, |(path, modified)| {
        let front = read_front(path, pack);
        let listed = ListedFront {
            path: path.clone(),
            front,
        };
        (listed, *modified)
    });
    out.sort_by_cached_key(|(listed, modified)| {
        let when = listed
            .front
            .as_ref()
            .ok()
            .and_then(|f| clock::timestamp(&f.meta.updated))
            .or_else(|| modified.and_then(clock::file_timestamp));
        (std::cmp::Reverse(when), listed.path.clone())
    });
    out.into_iter().map(|(listed, _)| listed).collect()
}

fn read_front(path: &Path, pack: &Pack) -> Result<Front, String> {
    let (text, whole) = read_head(path)
        .map_err(|e| io_reason(&e))?
        .map_err(|not| not.reason())?;
    let (meta, stored) = crate::format::markdown::read_front(&text).map_err(not_a_workbook)?;
    // The prompts of the path these front matter's workbook is on (progress counts those).
    let unanswered = Workbook {
        meta,
        ..Workbook::default()
    };
    let total = progress(&unanswered, pack).total;
    let meta = unanswered.meta;
    match stored {
        Some(progress) if meta.pack == pack.id && progress.total == total => {
            Ok(Front { meta, progress })
        }
        _ => {
            let text = if whole {
                text
            } else {
                read_text(path)
                    .map_err(|e| io_reason(&e))?
                    .map_err(|not| not.reason())?
            };
            let wb = parse(&text)?;
            Ok(Front {
                progress: progress(&wb, pack),
                meta: wb.meta,
            })
        }
    }
}

/// Every visible `*.md` file directly in `dir` but coach's notes files, with when it last
/// changed on disk (when the platform says), in no particular order. A missing or unreadable
/// folder has none.
fn workbook_files(dir: &Path) -> impl Iterator<Item = (PathBuf, Option<SystemTime>)> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| is_workbook_name(path) && path.is_file())
        .map(|path| {
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            (path, modified)
        })
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

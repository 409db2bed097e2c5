//! Loading a cohort: workbook files and folders (searched recursively) become parsed
//! workbooks, and every file that could not be read gets a reason; and the coach's notes
//! beside each workbook, where a notes file that cannot be read is a problem with its reason,
//! never a reason to stop.
//!
//! Reads only: never writes, locks, renames or removes a file, so reviewing leaves every
//! participant's file exactly as it was.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::workbook::Workbook;
use crate::workbook::cohort::{Cohort, CohortNotes, Loaded};
use crate::workbook::notes::{self, CoachNotes};

use super::notes::{NotesError, load_notes};
use super::text_file::{as_text, io_reason, parse, read_workbook};

pub use super::text_file::MAX_BYTES;

/// Folders nested deeper than this are not searched (links that loop end sooner: no folder
/// is searched twice).
const MAX_DEPTH: usize = 32;

/// Loads every workbook named in `paths`. A file named directly is always read, whatever its
/// name, except a coach's notes file (`*.coach.md`), which is a problem saying whose notes
/// it holds; in a folder (and its sub-folders) only visible `*.md` files are, coach's notes
/// files are passed over without a word, and conflict copies are listed as skipped rather
/// than counted twice. Links named on the command line are followed; links found in a
/// folder only when they lead somewhere inside it (others are listed as skipped), and no
/// folder or file is read twice, however many links lead to it. Never fails as a whole:
/// each file that cannot be read is a problem and the rest still load.
pub fn load_cohort(paths: &[PathBuf]) -> Cohort {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut searched = BTreeSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(err) => problems.push((path.clone(), io_reason(&err))),
            Ok(meta) if meta.is_dir() => {
                let root = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                let mut search = Search {
                    root: &root,
                    searched: &mut searched,
                    files: &mut files,
                    problems: &mut problems,
                };
                search.folder(path, 0);
            }
            Ok(_) if notes::is_sidecar(path) => problems.push((path.clone(), sidecar_reason(path))),
            Ok(_) => files.push(path.clone()),
        }
    }
    // One file named twice, or twice by links or hard links, is read once.
    let mut seen = BTreeSet::new();
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|path| seen.insert(identity(path)))
        .collect();
    let mut cohort = Cohort::default();
    let read = read_all(&files);
    for (path, read) in files.into_iter().zip(read) {
        match read {
            Ok(workbook) => cohort.workbooks.push(Loaded { path, workbook }),
            Err(reason) => problems.push((path, reason)),
        }
    }
    cohort.workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    problems.sort();
    cohort.problems = problems;
    cohort
}

/// Reads and parses every file, on as many threads as there are cores (a cohort of a
/// thousand workbooks is mostly parsing); the results are in the order of `files`.
fn read_all(files: &[PathBuf]) -> Vec<Result<Workbook, String>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(8);
    if threads < 2 || files.len() < 16 {
        return files.iter().map(|p| read_file(p)).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| read_file(p)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .zip(files.chunks(chunk))
            .flat_map(|(handle, part)| {
                // A reader that panicked (it should not) costs its files, never the review.
                handle.join().unwrap_or_else(|_| {
                    part.iter()
                        .map(|_| Err("could not be read (an internal error); try again".into()))
                        .collect()
                })
            })
            .collect()
    })
}

/// A search of a folder named on the command line.
struct Search<'a> {
    /// The folder named, as the file system names it: links found inside are followed only
    /// when they lead somewhere inside it.
    root: &'a Path,
    /// Every folder searched so far, by identity: none is searched twice, so links that go
    /// round in circles end.
    searched: &'a mut BTreeSet<(u64, u64)>,
    files: &'a mut Vec<PathBuf>,
    problems: &'a mut Vec<(PathBuf, String)>,
}

impl Search<'_> {
    fn folder(&mut self, dir: &Path, depth: usize) {
        if depth > MAX_DEPTH {
            self.problems.push((
                dir.to_path_buf(),
                "folder nested too deeply; skipped".into(),
            ));
            return;
        }
        if !self.searched.insert(identity(dir)) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                self.problems.push((dir.to_path_buf(), io_reason(&err)));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            self.entry(path, depth);
        }
    }

    fn entry(&mut self, path: PathBuf, depth: usize) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            return;
        }
        let Ok(meta) = std::fs::metadata(&path) else {
            return;
        };
        let wanted = meta.is_dir() || (is_markdown(&path) && !notes::is_sidecar(&path));
        if !wanted {
            return;
        }
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if is_link
            && !std::fs::canonicalize(&path).is_ok_and(|target| target.starts_with(self.root))
        {
            self.problems.push((
                path,
                "skipped: a link to somewhere outside the folder under review; name it \
                 itself to review it"
                    .into(),
            ));
            return;
        }
        if meta.is_dir() {
            self.folder(&path, depth + 1);
        } else if is_conflict_copy(&name) {
            // A coach's notes file beside a workbook is not a workbook, nor a problem (above).
            self.problems.push((
                path,
                "skipped: a conflict copy of another workbook; name the file itself to \
                 review it"
                    .into(),
            ));
        } else {
            self.files.push(path);
        }
    }
}

/// What a file or folder is, whatever it is called: its device and inode on Unix (a hard
/// link is the same file), elsewhere a hash of the path the file system gives it.
fn identity(path: &Path) -> (u64, u64) {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        use std::os::unix::fs::MetadataExt as _;
        return (meta.dev(), meta.ino());
    }
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&real, &mut hasher);
    (u64::MAX, std::hash::Hasher::finish(&hasher))
}

/// Why a coach's notes file named directly is not reviewed.
fn sidecar_reason(path: &Path) -> String {
    let workbook = notes::workbook_of(path)
        .and_then(|w| w.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    format!(
        "a coach's notes file (the notes on {workbook}), not a workbook; name the workbook to \
         review it with its notes"
    )
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md"))
}

/// convene's own `name (conflict …).md`, Dropbox's `(conflicted copy …)` and Syncthing's
/// `.sync-conflict-…`.
fn is_conflict_copy(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains(" (conflict ")
        || lower.contains("conflicted copy")
        || lower.contains(".sync-conflict-")
}

/// One file as a workbook, or the reason it is not one (naming the line where there is one).
pub fn read_file(path: &Path) -> Result<Workbook, String> {
    read_workbook(path)
}

/// The bytes of a file as a workbook, or why they are not one.
pub fn reason_or_workbook(bytes: &[u8]) -> Result<Workbook, String> {
    as_text(bytes.to_vec())
        .map_err(|not| not.reason())
        .and_then(|text| parse(&text))
}

/// Reads the notes file beside every workbook of the cohort (those that have one).
pub fn load_cohort_notes(cohort: &Cohort) -> CohortNotes {
    let mut out = CohortNotes::default();
    for loaded in &cohort.workbooks {
        match load_notes(&loaded.path) {
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

fn reason(err: &NotesError) -> String {
    match err {
        NotesError::Unreadable { line, message, .. } => {
            format!("coach's notes not read: line {line}: {message}")
        }
        other => format!("coach's notes not read: {other}"),
    }
}

/// The notes beside each workbook of the cohort, for the review screens, in the order of
/// `cohort.workbooks`: a notes file that cannot be read is added to the cohort's problems
/// and comes back as its reason (so it is never written over).
pub fn load_notes_for_review(cohort: &mut Cohort) -> Vec<Result<CoachNotes, String>> {
    let mut notes = Vec::with_capacity(cohort.workbooks.len());
    for loaded in &cohort.workbooks {
        notes.push(match load_notes(&loaded.path) {
            Ok(found) => Ok(found.unwrap_or_default()),
            Err(err) => {
                let reason = format!("coach's notes not read, so left alone: {err}");
                cohort
                    .problems
                    .push((notes::sidecar_path(&loaded.path), reason.clone()));
                Err(reason)
            }
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_non_utf8_bytes_name_their_line() {
        assert_eq!(
            reason_or_workbook(b"---\n\0x").err().as_deref(),
            Some("line 2: a binary file (it holds NUL bytes), not a workbook")
        );
        assert_eq!(
            reason_or_workbook(b"a\nb\n\xff").err().as_deref(),
            Some("line 3: not UTF-8 text, so not a workbook")
        );
    }

    #[test]
    fn conflict_copies_are_recognised() {
        assert!(is_conflict_copy("sam (conflict 2026-11-23 2015).md"));
        assert!(is_conflict_copy("sam (Jo's conflicted copy).md"));
        assert!(is_conflict_copy("sam.sync-conflict-20261123-ABC.md"));
        assert!(!is_conflict_copy("conflict resolution.md"));
    }
}

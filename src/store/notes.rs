//! Reading and saving the notes file beside a workbook, as safely as a workbook is saved.
//!
//! Saves are atomic (the store's temp → fsync → rename → fsync folder, mode 0600). Never
//! overwrites a notes file it cannot read, and never one that changed on disk since this
//! process last read or wrote it: the notes then go to a conflict copy beside it
//! (`NAME.coach (conflict 2026-11-23 2015).md`), and later saves of the same notes go there
//! too, as the workbook store does. While it checks and writes, a save holds the sidecar's
//! lock (`.NAME.coach.md.lock`, the store's lock), so two saves at once cannot both pass the
//! check. Never touches the workbook itself.
//!
//! As a workbook is saved: atomically, mode 0600, never over a notes file that cannot be
//! read (`NotesError::WouldOverwrite`). A notes file that changed on disk since this process
//! last read or wrote it (or that it never read) is left alone and the notes go beside it as
//! a conflict copy, `NAME.coach (conflict DATE TIME).md`, whose path `save_notes` returns;
//! later saves of the same notes go there too until `load_notes` reads the notes again.
//! Because the interface names files rather than handles, what was last read or written is
//! remembered per notes file for the life of the process.
//!
//! Several coaches may keep notes on the same workbook: each note is one coach's, so when
//! the file changed on disk since it was read (another coach saved), the two saves are
//! merged (`workbook::notes::merge`: each note and the review state from whichever side
//! changed it) and written, rather than set aside; only the same coach's note changed in
//! both places (or a file this process never read whose notes clash with these) still goes
//! to a conflict copy. A save dates the notes that changed (`at`) and the file (`updated`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::content::Pack;
use crate::format::markdown;
use crate::format::notes::{parse, render};
use crate::workbook::notes::{CoachNotes, merge, sidecar_path};

use super::replace::{Replaced, replace_if_unchanged};
use super::{Fingerprint, Lock, StoreError, conflict_path, now_rfc3339, write_atomic};

/// Why notes could not be read or saved. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum NotesError {
    /// The file is there but is not a notes file convene can read.
    #[error("{}:{line}: {message}", path.display())]
    Unreadable {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Saving was refused because the notes file already there cannot be read; it is left
    /// exactly as it was.
    #[error(
        "{}: not saved, because the coach's notes file already there cannot be read ({reason}); \
         it was left as it is — fix or move it, then save again",
        path.display()
    )]
    WouldOverwrite { path: PathBuf, reason: String },
    #[error("cannot {action} {}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Larger files are not read: notes are a few KB.
const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// What this process last read from or wrote for one sidecar: where saves go (the sidecar,
/// or its conflict copy after a conflict), that file's content then (`None`: no file) and
/// the notes it held (what a later save merges from).
#[derive(Debug, Clone)]
struct Known {
    target: PathBuf,
    content: Option<Fingerprint>,
    notes: CoachNotes,
}

/// What a save wrote: where, and the notes now in that file (the coach's own, dated, with
/// any other coach's saved meanwhile merged in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub notes: CoachNotes,
}

/// Per sidecar path (as named), what this process knows of it. The interface takes paths,
/// not handles, so the changed-on-disk check keeps its memory here.
static KNOWN: Mutex<BTreeMap<PathBuf, Known>> = Mutex::new(BTreeMap::new());

fn known() -> MutexGuard<'static, BTreeMap<PathBuf, Known>> {
    KNOWN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The notes beside the workbook at `workbook`: `Ok(None)` when there is no sidecar. A
/// sidecar that cannot be read is an error naming the file and line.
pub fn load_notes(workbook: &Path) -> Result<Option<CoachNotes>, NotesError> {
    let sidecar = sidecar_path(workbook);
    let read = read_sidecar(&sidecar)?;
    let content = read.as_ref().map(|(bytes, _)| Fingerprint::of(bytes));
    known().insert(
        key(&sidecar),
        Known {
            target: sidecar,
            content,
            notes: read.as_ref().map(|(_, n)| n.clone()).unwrap_or_default(),
        },
    );
    Ok(read.map(|(_, notes)| notes))
}

/// Saves `notes` beside the workbook at `workbook`, with its `updated` set to now. The
/// headings come from the pack named in the workbook when that is the built-in pack;
/// `save_notes_with` takes the pack the caller reviews against.
pub fn save_notes(workbook: &Path, notes: &CoachNotes) -> Result<PathBuf, NotesError> {
    save_notes_with(workbook, notes, None).map(|saved| saved.path)
}

/// Saves `notes` beside the workbook at `workbook`, dating the notes not saved yet and the
/// file with now, and returns the file written and the notes in it: the sidecar (with the
/// notes another coach saved there meanwhile merged in), or a conflict copy beside it when
/// the two cannot be merged. Empty notes with no sidecar there write nothing. A sidecar
/// that cannot be read is never overwritten: the save is refused (`WouldOverwrite`).
pub fn save_notes_with(
    workbook: &Path,
    notes: &CoachNotes,
    pack: Option<&Pack>,
) -> Result<Saved, NotesError> {
    let sidecar = sidecar_path(workbook);
    // Held while checking and writing, so two coaches saving at once cannot both pass the
    // check before either writes.
    let _lock = lock_briefly(&sidecar)?;
    let key = key(&sidecar);
    let remembered = known().get(&key).cloned();
    let target = remembered
        .as_ref()
        .map_or_else(|| sidecar.clone(), |k| k.target.clone());
    let on_disk = match read_sidecar(&target) {
        Ok(found) => found,
        Err(err) => {
            return Err(NotesError::WouldOverwrite {
                path: target,
                reason: reason(&err),
            });
        }
    };
    if on_disk.is_none() && target == sidecar && notes.is_empty() {
        return Ok(Saved {
            path: sidecar,
            notes: notes.clone(),
        });
    }
    let now = now_rfc3339();
    let mut ours = notes.clone();
    ours.stamp(&now, on_disk.as_ref().map(|(_, there)| there));
    // Notes that do not know their workbook's id keep the one the file has.
    if ours.workbook_id.is_empty()
        && let Some((_, there)) = &on_disk
    {
        ours.workbook_id.clone_from(&there.workbook_id);
    }
    let changed = match (&on_disk, &remembered) {
        // Moved or deleted meanwhile (or never there): writing it loses nothing.
        (None, _) => false,
        (Some((bytes, _)), Some(k)) => k.content != Some(Fingerprint::of(bytes)),
        // A file this process never read: it may hold another coach's notes.
        (Some(_), None) => true,
    };
    // Another coach's save since we read it: theirs and ours made one, when they can be.
    let merged = match (&on_disk, changed) {
        (Some((_, theirs)), true) => {
            let base = remembered
                .as_ref()
                .map(|k| k.notes.clone())
                .unwrap_or_default();
            merge(&base, &ours, theirs)
        }
        _ => Some(ours.clone()),
    };
    if let (Some((bytes, there)), Some(merged)) = (&on_disk, &merged)
        && same_notes(there, merged)
    {
        known().insert(
            key,
            Known {
                target: target.clone(),
                content: Some(Fingerprint::of(bytes)),
                notes: there.clone(),
            },
        );
        return Ok(Saved {
            path: target,
            notes: there.clone(),
        });
    }
    let (written, kept) = match merged {
        Some(mut merged) => {
            merged.updated = Some(now);
            let text = render_for(workbook, &merged, pack);
            // Checked again as late as the system allows (`replace_if_unchanged`): notes
            // another coach saves while these are written go nowhere near them.
            let seen = on_disk.as_ref().map(|(bytes, _)| Fingerprint::of(bytes));
            let unchanged = |bytes: &[u8]| seen == Some(Fingerprint::of(bytes));
            let written =
                match replace_if_unchanged(&real_path(&target), text.as_bytes(), &unchanged, None)?
                {
                    Replaced::Yes | Replaced::Same => target,
                    Replaced::Changed => save_aside(&sidecar, &text)?,
                };
            (written, (merged, text))
        }
        None => {
            ours.updated = Some(now);
            let text = render_for(workbook, &ours, pack);
            (save_aside(&sidecar, &text)?, (ours, text))
        }
    };
    let (kept, text) = kept;
    known().insert(
        key,
        Known {
            target: written.clone(),
            content: Some(Fingerprint::of(text.as_bytes())),
            notes: kept.clone(),
        },
    );
    Ok(Saved {
        path: written,
        notes: kept,
    })
}

/// The file text, headed by the workbook's initiative (read from the workbook when it can
/// be; the workbook is only read) under the given pack or, failing that, the built-in one
/// when the workbook was written for it.
fn render_for(workbook: &Path, notes: &CoachNotes, pack: Option<&Pack>) -> String {
    let name = workbook
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let wb = std::fs::read_to_string(workbook)
        .ok()
        .and_then(|t| markdown::read(&t).ok());
    let initiative = wb
        .as_ref()
        .map(|w| w.meta.initiative.clone())
        .unwrap_or_default();
    let builtin;
    let pack = match pack {
        Some(p) => Some(p),
        None => {
            builtin = crate::content::load_builtin()
                .ok()
                .filter(|p| wb.as_ref().is_some_and(|w| w.meta.pack == p.id));
            builtin.as_ref()
        }
    };
    let mut notes = notes.clone();
    if notes.workbook_id.is_empty()
        && let Some(wb) = &wb
    {
        notes.workbook_id = wb.meta.stable_id();
    }
    render(&notes, &name, &initiative, pack)
}

/// Equal apart from when the file was saved.
fn same_notes(a: &CoachNotes, b: &CoachNotes) -> bool {
    CoachNotes {
        updated: None,
        ..a.clone()
    } == CoachNotes {
        updated: None,
        ..b.clone()
    }
}

fn save_aside(sidecar: &Path, text: &str) -> Result<PathBuf, NotesError> {
    let mut attempts = 0;
    loop {
        let aside = conflict_path(sidecar);
        match write_atomic(&aside, text.as_bytes(), false) {
            Ok(()) => return Ok(aside),
            // Someone took that name between choosing and writing: choose again.
            Err(StoreError::Exists(_)) if attempts < 8 => attempts += 1,
            Err(err) => return Err(err.into()),
        }
    }
}

/// The registry's key for a sidecar: its folder made absolute where it can be, so the same
/// file named two ways is one entry (a miss only ever means a conflict copy, never a loss).
fn key(sidecar: &Path) -> PathBuf {
    let dir = super::parent_dir(sidecar);
    match (std::fs::canonicalize(dir), sidecar.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => sidecar.to_path_buf(),
    }
}

/// The sidecar's lock (`.NAME.coach.md.lock`), waiting a moment if another process holds it
/// (its saves take milliseconds).
fn lock_briefly(sidecar: &Path) -> Result<Lock, NotesError> {
    let mut tries = 0;
    loop {
        match Lock::acquire(sidecar) {
            Ok(lock) => return Ok(lock),
            Err(StoreError::Locked { .. }) if tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(err) => return Err(err.into()),
        }
    }
}

/// Where `path` leads when it is a symbolic link (a save replaces the file, so it must
/// replace the real one, not the link); `path` itself otherwise.
fn real_path(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// The bytes and notes of the file at `path`; `None` when there is no file.
pub(super) fn read_sidecar(path: &Path) -> Result<Option<(Vec<u8>, CoachNotes)>, NotesError> {
    let io = |action: &'static str| {
        let path = path.to_path_buf();
        move |source| NotesError::Io {
            action,
            path,
            source,
        }
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(io("read")(err)),
    };
    let unreadable = |line: usize, message: String| NotesError::Unreadable {
        path: path.to_path_buf(),
        line,
        message,
    };
    if meta.is_dir() {
        return Err(unreadable(
            1,
            "a folder, not a coach's notes file".to_string(),
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(unreadable(
            1,
            format!(
                "too large to be a coach's notes file (the limit is {} MB)",
                MAX_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(io("read"))?;
    let text = std::str::from_utf8(&bytes).map_err(|err| {
        let line = crate::text::line_at(&bytes, err.valid_up_to());
        unreadable(
            line,
            "not UTF-8 text, so not a coach's notes file".to_string(),
        )
    })?;
    let notes = parse(text).map_err(|(line, message)| unreadable(line, message))?;
    Ok(Some((bytes, notes)))
}

fn reason(err: &NotesError) -> String {
    match err {
        NotesError::Unreadable { line, message, .. } => format!("line {line}: {message}"),
        NotesError::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

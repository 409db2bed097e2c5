//! Replacing a file only if nobody else changed it: the check and the replacement made as
//! close to one step as the system allows, and whatever lands in between kept.
//!
//! The new content is written and synced to a temp file first (the slow part), the file is
//! checked again just before it is replaced, and where the system can swap two files in one
//! step (Linux) the file that was actually replaced is checked too: if someone wrote it in
//! between, their file is swapped back. Never deletes bytes it has not checked are its own
//! or the caller's: anything else pulled out of the file's place is kept beside it as a
//! conflict copy.

use std::path::Path;

use super::StoreError;
use super::atomic::{link_atomic, parent_dir, prepare, swap, sync_dir, write_atomic};
use super::paths::conflict_path;

/// What `replace_if_unchanged` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Replaced {
    /// The file now holds the new bytes.
    Yes,
    /// The file held the new bytes already: nothing was written.
    Same,
    /// The file had changed (or appeared): it was left as it is, or put back.
    Changed,
}

/// The moments a test can act at (to land an edit in the window it means to close).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) enum Stage {
    /// The new content is written and synced beside the file, not yet checked against it.
    Written,
    /// The file was checked just now and is about to be replaced.
    Checked,
}

/// What a test does at a stage.
#[cfg(test)]
pub(crate) type Hook = Box<dyn FnMut(Stage, &Path)>;

#[cfg(test)]
thread_local! {
    /// What a test does at each stage, on this thread.
    pub(crate) static HOOK: std::cell::RefCell<Option<Hook>> = const { std::cell::RefCell::new(None) };
}

#[cfg(test)]
fn hook(stage: Stage, path: &Path) {
    HOOK.with(|h| {
        if let Some(f) = h.borrow_mut().as_mut() {
            f(stage, path);
        }
    });
}

#[cfg(not(test))]
fn hook(_: Stage, _: &Path) {}

/// A backup to keep as a file is first replaced: the file as it was opened.
pub(crate) struct Backup<'a> {
    pub(crate) path: &'a Path,
    pub(crate) original: &'a [u8],
}

impl Backup<'_> {
    /// Writes the backup out in full (where it could not be a second name of the file).
    fn copy(&self) -> Result<(), StoreError> {
        write_atomic(self.path, self.original, true)
    }
}

/// Replaces `path` with `bytes` if what is there still satisfies `unchanged` (or nothing is
/// there). Checked once the new content is on disk beside it, just before the swap, and on
/// the very file swapped out where the swap is one step.
///
/// With `backup`, it is kept unless nothing is written (`Same`): as a second name of the
/// file being replaced when that file is exactly the original and the system allows (no
/// second full write), else as a full copy of the original.
pub(crate) fn replace_if_unchanged(
    path: &Path,
    bytes: &[u8],
    unchanged: &dyn Fn(&[u8]) -> bool,
    backup: Option<&Backup<'_>>,
) -> Result<Replaced, StoreError> {
    let temp = prepare(path, bytes)?;
    hook(Stage::Written, path);
    let Some(now) = read_if_there(path)? else {
        backup.map(Backup::copy).transpose()?;
        hook(Stage::Checked, path);
        return match temp.persist_noclobber(path) {
            Ok(_) => synced(path, Replaced::Yes),
            Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
                Ok(Replaced::Changed)
            }
            Err(err) => Err(StoreError::io("save", path)(err.error)),
        };
    };
    if !unchanged(&now) {
        backup.map(Backup::copy).transpose()?;
        return Ok(Replaced::Changed);
    }
    if now == bytes {
        return Ok(Replaced::Same);
    }
    // The backup before the file is replaced, so that there is one at every moment.
    let mut linked = false;
    if let Some(b) = backup {
        linked = now == b.original && link_atomic(path, b.path);
        if !linked {
            b.copy()?;
        }
    }
    hook(Stage::Checked, path);
    if !swap(temp.path(), path).map_err(StoreError::io("save", path))? {
        // No one-step swap here: the check just above is the last word.
        temp.persist(path)
            .map_err(|err| StoreError::io("save", path)(err.error))?;
        return synced(path, Replaced::Yes);
    }
    // `temp` now names the file that was in place.
    let old = std::fs::read(temp.path());
    if old.as_deref().is_ok_and(unchanged) {
        drop(temp);
        return synced(path, Replaced::Yes);
    }
    // Someone wrote it between the check and the swap: put theirs back, and the backup
    // too when it was a second name of what they wrote into.
    if linked && let Some(b) = backup {
        b.copy()?;
    }
    if swap(temp.path(), path).unwrap_or(false) {
        match std::fs::read(temp.path()) {
            Ok(ours) if ours == bytes => drop(temp),
            // A third version landed in between: keep it too.
            _ => keep_aside(temp, path)?,
        }
        return synced(path, Replaced::Changed);
    }
    match old {
        Ok(theirs) => {
            write_atomic(path, &theirs, true)?;
            Ok(Replaced::Changed)
        }
        Err(_) => {
            keep_aside(temp, path)?;
            Ok(Replaced::Changed)
        }
    }
}

fn synced(path: &Path, done: Replaced) -> Result<Replaced, StoreError> {
    sync_dir(parent_dir(path)).map_err(StoreError::io("save (syncing the folder of)", path))?;
    Ok(done)
}

fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        // Moved or deleted meanwhile: writing it again loses nothing.
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(StoreError::io("check before saving", path)(err)),
    }
}

/// Keeps a file pulled out of `path`'s place as a conflict copy beside it.
fn keep_aside(temp: tempfile::NamedTempFile, path: &Path) -> Result<(), StoreError> {
    let mut temp = temp;
    for _ in 0..8 {
        match temp.persist_noclobber(conflict_path(path)) {
            Ok(_) => return Ok(()),
            Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => temp = err.file,
            Err(err) => return Err(StoreError::io("keep a changed copy of", path)(err.error)),
        }
    }
    Err(StoreError::Exists(conflict_path(path)))
}

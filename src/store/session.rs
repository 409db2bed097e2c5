//! A session: one workbook file held open by this process — locked, backed up before its
//! first save, saved atomically, and never overwritten when someone else changed it.
//!
//! Never writes the workbook in place, never overwrites a file changed on disk since we
//! last read or wrote it, and never writes anything when the file cannot be read.

use std::hash::{DefaultHasher, Hasher as _};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::atomic::{parent_dir, sweep_temp_files, write_atomic};
use super::lock::Lock;
use super::paths::{backup_path, conflict_path};
use super::replace::{Backup, Replaced, replace_if_unchanged};
use super::text_file::{NotText, read_text};

/// One open workbook file, locked for this process until dropped.
#[derive(Debug)]
pub struct Session {
    /// The workbook file as named by the user.
    path: PathBuf,
    /// The file written: `path`, or where it leads when it is a symbolic link (a save
    /// replaces the file, so it must replace the real one, not the link).
    real: PathBuf,
    _lock: Lock,
    /// The file as it was when opened, until the first save has kept it as the backup.
    pending_backup: Option<String>,
    /// Where saves go: the workbook itself, or (after a conflict) the file beside it.
    target: PathBuf,
    /// The content we last read from or wrote to `target`; `None` until the first save when
    /// it is the file as opened (`pending_backup`), so that opening does not wait for hashing
    /// the whole file.
    known: Option<Fingerprint>,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// The workbook file now holds the text.
    Saved,
    /// The workbook file had changed on disk since we read or wrote it, so it was left
    /// alone and the text was written to this file beside it (and later saves go there too).
    SavedAside(PathBuf),
}

/// The length and hash of a file's content. Content, not mtime: a same-length edit within a
/// coarse mtime tick is still seen, and a touch that changed nothing is not a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    pub(crate) fn of(bytes: &[u8]) -> Fingerprint {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Fingerprint {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }
}

impl Session {
    /// Locks the workbook file, then reads it. A file that is missing, a folder, locked by
    /// another process or not UTF-8 is an error, and the file is left untouched.
    pub fn open(path: &Path) -> Result<(Session, String), StoreError> {
        check_is_file(path)?;
        let real = real_path(path)?;
        let lock = Lock::acquire(&real)?;
        let text = read_text(&real)
            .map_err(StoreError::io("read", path))?
            .map_err(|not| match not {
                NotText::NotUtf8(line) => StoreError::NotUtf8 {
                    path: path.to_path_buf(),
                    line,
                },
                other => StoreError::NotAWorkbook {
                    path: path.to_path_buf(),
                    line: other.line().unwrap_or(1),
                    // The error names the line already.
                    message: other.what(),
                },
            })?;
        sweep_temp_files(&real);
        let session = Session {
            path: path.to_path_buf(),
            real: real.clone(),
            _lock: lock,
            pending_backup: Some(text.clone()),
            target: real,
            known: None,
        };
        Ok((session, text))
    }

    /// Creates a new workbook file holding `text` (mode 0600 on Unix) and locks it. Never
    /// replaces an existing file; the folder must exist.
    pub fn create(path: &Path, text: &str) -> Result<Session, StoreError> {
        if path.is_dir() {
            return Err(StoreError::NotAFile(path.to_path_buf()));
        }
        if path.exists() {
            return Err(StoreError::Exists(path.to_path_buf()));
        }
        let dir = parent_dir(path);
        if !dir.is_dir() {
            return Err(StoreError::NotFound(dir.to_path_buf()));
        }
        let lock = Lock::acquire(path)?;
        write_atomic(path, text.as_bytes(), false)?;
        Ok(Session {
            path: path.to_path_buf(),
            real: path.to_path_buf(),
            _lock: lock,
            pending_backup: None,
            target: path.to_path_buf(),
            known: Some(Fingerprint::of(text.as_bytes())),
        })
    }

    /// Saves `text`. Before the first save of the session the file as opened is kept as
    /// `<name>.bak` (a second name of the file it replaces where the file system allows,
    /// else a copy). When the file changed on disk since we last read or wrote it, it is
    /// left alone and `text` goes to a conflict file beside it (`SavedAside`).
    pub fn save(&mut self, text: &str) -> Result<SaveOutcome, StoreError> {
        let known = *self.known.get_or_insert_with(|| {
            Fingerprint::of(
                self.pending_backup
                    .as_deref()
                    .unwrap_or_default()
                    .as_bytes(),
            )
        });
        let bak = backup_path(&self.real);
        let mut backup = match &self.pending_backup {
            Some(original) if self.target == self.real => Some(Backup {
                path: &bak,
                original: original.as_bytes(),
            }),
            _ => None,
        };
        // Checked as late as the system allows: an edit landing while the new text is
        // written and synced is never overwritten (ours goes beside it instead).
        let unchanged = |bytes: &[u8]| Fingerprint::of(bytes) == known;
        let replaced =
            replace_if_unchanged(&self.target, text.as_bytes(), &unchanged, backup.as_ref())?;
        if backup.take().is_some() && replaced != Replaced::Same {
            self.pending_backup = None;
        }
        match replaced {
            Replaced::Yes => {
                self.known = Some(Fingerprint::of(text.as_bytes()));
                Ok(self.outcome())
            }
            Replaced::Same => Ok(self.outcome()),
            Replaced::Changed => self.save_aside(text),
        }
    }

    fn save_aside(&mut self, text: &str) -> Result<SaveOutcome, StoreError> {
        let mut attempts = 0;
        loop {
            let aside = conflict_path(&self.real);
            match write_atomic(&aside, text.as_bytes(), false) {
                Ok(()) => {
                    self.target = aside.clone();
                    self.known = Some(Fingerprint::of(text.as_bytes()));
                    return Ok(SaveOutcome::SavedAside(aside));
                }
                // Someone took that name between choosing and writing: choose again.
                Err(StoreError::Exists(_)) if attempts < 8 => attempts += 1,
                Err(err) => return Err(err),
            }
        }
    }

    fn outcome(&self) -> SaveOutcome {
        if self.target == self.real {
            SaveOutcome::Saved
        } else {
            SaveOutcome::SavedAside(self.target.clone())
        }
    }

    /// The workbook file this session holds.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file saves go to: the workbook, or the conflict file after a conflict.
    pub fn saving_to(&self) -> &Path {
        &self.target
    }

    /// The copy saves went to instead of the workbook after a conflict, if they did.
    pub fn aside(&self) -> Option<&Path> {
        (self.target != self.real).then_some(self.target.as_path())
    }
}

/// Where `path` leads when it is a symbolic link; `path` itself otherwise.
fn real_path(path: &Path) -> Result<PathBuf, StoreError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(StoreError::io("follow the link", path))
        }
        _ => Ok(path.to_path_buf()),
    }
}

fn check_is_file(path: &Path) -> Result<(), StoreError> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(StoreError::NotAFile(path.to_path_buf())),
        Ok(_) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Err(StoreError::NotFound(path.to_path_buf()))
        }
        Err(err) => Err(StoreError::Io {
            action: "open",
            path: path.to_path_buf(),
            source: err,
        }),
    }
}

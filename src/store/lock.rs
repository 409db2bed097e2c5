//! The lock that keeps one process at a time on a workbook: an OS file lock on
//! `.<name>.lock` beside it, holding the owner's pid for the refusal message.
//!
//! Never blocks waiting, and never trusts a lock file's mere presence: the OS lock dies with
//! its process, so a file left by a crash does not keep anyone out.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::paths::lock_path;

/// A held lock; released (and its file removed, on Unix) when dropped.
#[derive(Debug)]
pub(crate) struct Lock {
    path: PathBuf,
    _file: File,
}

impl Lock {
    /// Locks `workbook` for this process, or says who holds it.
    pub(crate) fn acquire(workbook: &Path) -> Result<Lock, StoreError> {
        let path = lock_path(workbook);
        // A holder removes the lock file as it lets go, so the file we opened may be gone
        // by the time we hold it: then try again with the new one.
        for _ in 0..8 {
            let mut options = OpenOptions::new();
            options.read(true).write(true).create(true).truncate(false);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options
                .open(&path)
                .map_err(StoreError::io("create the lock file", &path))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked {
                        path: workbook.to_path_buf(),
                        pid: read_pid(&path),
                    });
                }
                Err(TryLockError::Error(source)) => {
                    return Err(StoreError::Io {
                        action: "lock",
                        path: workbook.to_path_buf(),
                        source,
                    });
                }
            }
            if !still_named(&file, &path) {
                continue;
            }
            // The pid is only for the message another process shows; failing to write it
            // does not weaken the lock.
            let _ = file
                .set_len(0)
                .and_then(|()| file.write_all(std::process::id().to_string().as_bytes()));
            return Ok(Lock { path, _file: file });
        }
        Err(StoreError::Locked {
            path: workbook.to_path_buf(),
            pid: read_pid(&path),
        })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so no one can lock this file and then find it gone
        // unnoticed (`still_named` catches that). On Windows an open file cannot be removed
        // and the lock file stays; it holds no lock once we exit.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `path` still names the file we hold open.
fn still_named(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// The pid written in a lock file, when it can be read.
fn read_pid(path: &Path) -> Option<u32> {
    let mut text = String::new();
    File::open(path).ok()?.read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

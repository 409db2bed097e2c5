//! The lock that keeps one process at a time on a workbook: an OS file lock on
//! `.<name>.lock` beside it, holding the owner's pid for the refusal message; and, on Unix,
//! an OS lock on the workbook file itself, so a second name for the same file (a hard link)
//! is refused too.
//!
//! Never blocks waiting, and never trusts a lock file's mere presence: the OS lock dies with
//! its process, so a file left by a crash does not keep anyone out. Never follows a link in
//! the lock file's place, and never writes into anything but an ordinary file of its own (a
//! planted link or hard link could otherwise make it truncate another file).

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
    /// The workbook file itself, locked (Unix), when it exists.
    _identity: Option<File>,
}

impl Lock {
    /// Locks `workbook` for this process, or says who holds it.
    pub(crate) fn acquire(workbook: &Path) -> Result<Lock, StoreError> {
        let path = lock_path(workbook);
        // A holder removes the lock file as it lets go, so the file we opened may be gone
        // by the time we hold it: then try again with the new one.
        for _ in 0..8 {
            let mut file = open_lock_file(&path)?;
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
            let identity = lock_identity(workbook)?;
            // The pid is only for the message another process shows; failing to write it
            // does not weaken the lock. Cut to the pid's length, never to nothing: a lock
            // file left by a killed process keeps its one block (emptying it frees the block,
            // and where the file system discards freed blocks, opening waits for the disk).
            let pid = std::process::id().to_string();
            let _ = file
                .set_len(pid.len() as u64)
                .and_then(|()| file.write_all(pid.as_bytes()));
            return Ok(Lock {
                path,
                _file: file,
                _identity: identity,
            });
        }
        Err(StoreError::Locked {
            path: workbook.to_path_buf(),
            pid: read_pid(&path),
        })
    }
}

/// Whether a live process holds the lock of `workbook` (a lock file left by a crash does
/// not count). Anything but an ordinary file in the lock file's place counts as held: that
/// name is not safe to use.
pub(crate) fn is_held(workbook: &Path) -> bool {
    let path = lock_path(workbook);
    match std::fs::symlink_metadata(&path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => false,
        Ok(meta) if meta.is_file() => match File::open(&path).map(|f| f.try_lock_shared()) {
            Ok(Err(TryLockError::WouldBlock)) => true,
            Ok(_) => false,
            Err(err) => err.kind() != std::io::ErrorKind::NotFound,
        },
        _ => true,
    }
}

/// Opens (or creates, mode 0600) the lock file without following a link, and only if it is
/// an ordinary file with no other name.
fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
        let flags = (OFlags::NOFOLLOW | OFlags::NONBLOCK).bits();
        options.custom_flags(i32::try_from(flags).unwrap_or(0));
    }
    let refused = || StoreError::LockNotAFile(path.to_path_buf());
    let file = options.open(path).map_err(|err| {
        // ELOOP: a symbolic link in the lock file's place.
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            refused()
        } else {
            StoreError::io("create the lock file", path)(err)
        }
    })?;
    let meta = file
        .metadata()
        .map_err(StoreError::io("create the lock file", path))?;
    #[cfg(unix)]
    let other_names = std::os::unix::fs::MetadataExt::nlink(&meta) > 1;
    #[cfg(not(unix))]
    let other_names = false;
    if !meta.is_file() || other_names {
        return Err(refused());
    }
    Ok(file)
}

/// Locks the workbook file itself (Unix), so that another name for it is refused as well;
/// nothing when it does not exist yet. Elsewhere an OS lock would keep others from reading.
fn lock_identity(workbook: &Path) -> Result<Option<File>, StoreError> {
    #[cfg(unix)]
    {
        let Ok(file) = File::open(workbook) else {
            return Ok(None);
        };
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(TryLockError::WouldBlock) => Err(StoreError::Locked {
                path: workbook.to_path_buf(),
                pid: None,
            }),
            // A file system without locks: the lock file still keeps this name safe.
            Err(TryLockError::Error(_)) => Ok(None),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = workbook;
        Ok(None)
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
        match (file.metadata(), std::fs::symlink_metadata(path)) {
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

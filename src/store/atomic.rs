//! Writing a file so that a crash at any moment leaves the old or the new content, whole.
//!
//! Temp file in the same folder → write → fsync → rename over (or link, when clobbering is
//! not allowed) → fsync the folder. Never writes into the target file in place. A page made
//! from other files (`Durability::Rebuildable`) skips the two fsyncs, not the one step that
//! puts it in place: over an existing page, a swap of the two where the system has one (then
//! the old page is removed), otherwise the rename.

use std::io::Write as _;
use std::path::Path;

use super::StoreError;
use super::paths::file_name;

/// The folder a path lives in (`.` for a bare file name).
pub(crate) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The temp-file prefix for `path`: `.<name>.` (then 6 random characters and `.tmp`).
fn temp_prefix(path: &Path) -> String {
    format!(".{}.", file_name(path))
}

const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM_LEN: usize = 6;

/// How far a write goes before it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Durability {
    /// On the disk, the file and its folder: a file that holds someone's words.
    Synced,
    /// Handed to the system, which writes it back in its own time: a page made from files
    /// that are kept (an export of a workbook), which the same command makes again. The
    /// rename still makes it appear whole or not at all; a power cut just after it may lose
    /// the page, never the file it was made from.
    Rebuildable,
}

/// Writes `bytes` to `path` atomically, creating it with mode 0600 on Unix. With
/// `clobber == false` an existing file is never replaced: the result is `Exists`.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], clobber: bool) -> Result<(), StoreError> {
    write_atomic_as(path, bytes, clobber, Durability::Synced)
}

/// `write_atomic`, synced to the disk or not (`durability`).
pub(crate) fn write_atomic_as(
    path: &Path,
    bytes: &[u8],
    clobber: bool,
    durability: Durability,
) -> Result<(), StoreError> {
    let temp = prepare_as(path, bytes, durability)?;
    if clobber && durability == Durability::Rebuildable && swapped_in(&temp, path)? {
        return Ok(());
    }
    let persisted = if clobber {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    if let Err(err) = persisted {
        // Dropping `err.file` removes the temp file.
        if err.error.kind() == std::io::ErrorKind::AlreadyExists {
            return Err(StoreError::Exists(path.to_path_buf()));
        }
        return Err(StoreError::Io {
            action: "save",
            path: path.to_path_buf(),
            source: err.error,
        });
    }
    if durability == Durability::Rebuildable {
        return Ok(());
    }
    sync_dir(parent_dir(path)).map_err(StoreError::io("save (syncing the folder of)", path))
}

/// Puts a page in place of the file at `path` by swapping the two (Linux), then removes
/// the old one (now at the temp file's name): `Ok(false)` when `path` is not a file there
/// or the system cannot swap, and then nothing changed.
///
/// Why not a rename over it: ext4 (`auto_da_alloc`) starts writing a file renamed over
/// another back to the disk at once, the wait a page skips (0.5 ms for 1 MB here). A swap
/// is still one step: `path` holds the old page or the new one, whole.
fn swapped_in(temp: &tempfile::NamedTempFile, path: &Path) -> Result<bool, StoreError> {
    let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
    if !is_file {
        return Ok(false);
    }
    match swap(temp.path(), path) {
        // Dropping `temp` (by the caller) removes what was swapped out.
        Ok(swapped) => Ok(swapped),
        // Gone meanwhile: the rename puts the page there.
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(StoreError::io("save", path)(err)),
    }
}

/// Swaps two files in one step where the system can (Linux): `Ok(false)` where it cannot.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub(crate) fn swap(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // A file system (or kernel) without the swap.
        Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub(crate) fn swap(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// A temp file beside `path` holding `bytes`, written and synced (mode 0600 on Unix); it is
/// removed when dropped unless persisted.
pub(crate) fn prepare(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, StoreError> {
    prepare_as(path, bytes, Durability::Synced)
}

/// `prepare`, synced or not (`durability`).
fn prepare_as(
    path: &Path,
    bytes: &[u8],
    durability: Durability,
) -> Result<tempfile::NamedTempFile, StoreError> {
    let prefix = temp_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_LEN);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600));
    let mut temp = builder
        .tempfile_in(parent_dir(path))
        .map_err(StoreError::io("create a temporary file for", path))?;
    temp.write_all(bytes)
        .and_then(|()| match durability {
            Durability::Synced => temp.as_file().sync_all(),
            Durability::Rebuildable => Ok(()),
        })
        .map_err(StoreError::io("write", path))?;
    Ok(temp)
}

/// Gives the file at `from` the name `to` as well (a hard link; replacing what `to` named)
/// when it is private (mode 0600), so `to` holds it without a byte written. `false` when
/// the file system (or system) will not, or the file is not private: then nothing changed.
/// The caller syncs the folder.
pub(crate) fn link_atomic(from: &Path, to: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let private = std::fs::symlink_metadata(from)
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o777 == 0o600);
        if !private {
            return false;
        }
        let prefix = temp_prefix(to);
        let linked = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(TEMP_SUFFIX)
            .rand_bytes(TEMP_RANDOM_LEN)
            .make_in(parent_dir(to), |temp| std::fs::hard_link(from, temp));
        linked.is_ok_and(|temp| temp.persist(to).is_ok())
    }
    #[cfg(not(unix))]
    {
        let _ = (from, to);
        false
    }
}

/// Makes a rename in `dir` durable. A no-op where folders cannot be opened (Windows).
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temp files of `path` (and of its backup) left behind by a save that was killed
/// half-way. Call only while holding the workbook's lock (no one else can be saving it).
/// Best effort. Reads the folder once for both.
pub(crate) fn sweep_temp_files(path: &Path) {
    let prefixes = [
        temp_prefix(path),
        temp_prefix(&super::paths::backup_path(path)),
    ];
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let is_ours = prefixes.iter().any(|prefix| {
            name.strip_prefix(prefix.as_str())
                .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
                .is_some_and(|random| {
                    random.len() == TEMP_RANDOM_LEN
                        && random.chars().all(|c| c.is_ascii_alphanumeric())
                })
        });
        if is_ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_page_written_over_a_page_replaces_it_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("page.html");
        std::fs::write(&page, "old page").unwrap();
        write_atomic_as(&page, b"new page", true, Durability::Rebuildable).unwrap();
        assert_eq!(std::fs::read_to_string(&page).unwrap(), "new page");
        assert_eq!(names(dir.path()), ["page.html"]);
        // Where there was none, the page is made.
        let other = dir.path().join("other.html");
        write_atomic_as(&other, b"first", true, Durability::Rebuildable).unwrap();
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "first");
        assert_eq!(names(dir.path()), ["other.html", "page.html"]);
    }

    #[test]
    fn a_page_is_never_swapped_with_a_folder_nor_put_over_a_file_it_may_not_replace() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("page.html");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("inside"), "kept").unwrap();
        assert!(write_atomic_as(&folder, b"page", true, Durability::Rebuildable).is_err());
        assert_eq!(
            std::fs::read_to_string(folder.join("inside")).unwrap(),
            "kept"
        );
        assert_eq!(names(dir.path()), ["page.html"]);
        // Not allowed to replace: the old page stays.
        let page = dir.path().join("kept.html");
        std::fs::write(&page, "old page").unwrap();
        let refused = write_atomic_as(&page, b"new", false, Durability::Rebuildable);
        assert!(matches!(refused, Err(StoreError::Exists(_))));
        assert_eq!(std::fs::read_to_string(&page).unwrap(), "old page");
        assert_eq!(names(dir.path()), ["kept.html", "page.html"]);
    }
}

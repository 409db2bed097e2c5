//! Writing an export (the cohort summary, the CSV) to a new file of its own.
//!
//! Never overwrites anything: the file is created new (private to its owner), and a path
//! that is already there, even as a dangling symbolic link, is refused.

use std::io::Write as _;
use std::path::Path;

use anyhow::Context as _;

/// True when something is at `path` (a file, a folder, or a symbolic link, even a broken one).
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `text` to a new file at `path` (mode 0600 on Unix) and syncs it. `shown` is the
/// path as the messages show it (made safe by the caller).
pub fn write_new(path: &Path, shown: &str, text: &str) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| {
        if exists(path) {
            format!("{shown} already exists; convene never overwrites it")
        } else {
            format!("cannot create {shown}")
        }
    })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {shown}"))
}

//! Where workbook files and their companions live: the data folder, new file names, and the
//! names of a workbook's lock, backup and conflict files.
//!
//! Never creates anything but the data folder; a new name never points outside its folder
//! and never at a file that exists.

use std::path::{Path, PathBuf};

use super::StoreError;

/// Where workbooks live: `override_` if given, else the platform data folder
/// (`~/.local/share/convene` on Linux). Creates nothing (for commands that only read).
pub fn data_dir_path(override_: Option<&Path>) -> Result<PathBuf, StoreError> {
    match override_ {
        Some(dir) => Ok(dir.to_path_buf()),
        None => Ok(directories::ProjectDirs::from("", "", "convene")
            .ok_or(StoreError::NoHome)?
            .data_dir()
            .to_path_buf()),
    }
}

/// The folder workbooks live in (see `data_dir_path`), created if missing (mode 0700 on
/// Unix); an existing folder is left with its own permissions.
pub fn data_dir(override_: Option<&Path>) -> Result<PathBuf, StoreError> {
    let dir = data_dir_path(override_)?;
    if dir.is_dir() {
        return Ok(dir);
    }
    if dir.exists() {
        return Err(StoreError::Io {
            action: "use as the data folder",
            path: dir,
            source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "it is not a folder"),
        });
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(&dir)
        .map_err(StoreError::io("create the data folder", &dir))?;
    Ok(dir)
}

/// The longest slug, in characters, before `-2`, `-3`… and `.md`.
const MAX_SLUG_CHARS: usize = 60;

/// A file-name-safe form of an initiative's name: lower case letters and digits (any
/// script) joined by single `-`; `workbook` when nothing is left. Never contains `/`, `\`,
/// `.` or a control character, and is never a name Windows reserves.
pub fn slug(initiative: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    let mut pending_dash = false;
    for c in initiative.chars().flat_map(char::to_lowercase) {
        if !c.is_alphanumeric() {
            pending_dash = true;
            continue;
        }
        let dash = pending_dash && !out.is_empty();
        if chars + usize::from(dash) + 1 > MAX_SLUG_CHARS {
            break;
        }
        if dash {
            out.push('-');
            chars += 1;
        }
        pending_dash = false;
        out.push(c);
        chars += 1;
    }
    if out.is_empty() {
        return "workbook".to_string();
    }
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    if RESERVED.contains(&out.as_str()) {
        out.push_str("-workbook");
    }
    out
}

/// A path in `dir` for a new workbook about `initiative`: `dir/<slug>.md`, or `<slug>-2.md`,
/// `<slug>-3.md`… when that file exists or another convene holds its lock (it is creating
/// it right now). A lock file left by a crash changes no name.
pub fn new_workbook_path(dir: &Path, initiative: &str) -> PathBuf {
    let base = slug(initiative);
    let mut n = 1u32;
    loop {
        let name = if n == 1 {
            format!("{base}.md")
        } else {
            format!("{base}-{n}.md")
        };
        let path = dir.join(name);
        if !path.exists() && !super::lock::is_held(&path) {
            return path;
        }
        n = n.saturating_add(1);
    }
}

/// A hidden companion of `path` in the same folder: `.<name><suffix>`.
fn hidden_sibling(path: &Path, suffix: &str) -> PathBuf {
    let name = file_name(path);
    path.with_file_name(format!(".{name}{suffix}"))
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workbook.md".to_string())
}

/// The path in full (from the root), as the participant can find it again; as given when
/// the current folder cannot be known.
pub fn full_path(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The lock file of a workbook: `.<name>.lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    hidden_sibling(path, ".lock")
}

/// The backup of a workbook as it was when last opened: `<name>.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    path.with_file_name(format!("{}.bak", file_name(path)))
}

/// The copies `conflict_path` made of `path` that are still beside it, newest first.
pub fn conflict_copies(path: &Path) -> Vec<PathBuf> {
    let (stem, ext) = stem_and_ext(path);
    let start = format!("{stem} (conflict ");
    let end = format!("){ext}");
    let Ok(entries) = std::fs::read_dir(super::atomic::parent_dir(path)) else {
        return Vec::new();
    };
    let mut found: Vec<(Option<std::time::SystemTime>, PathBuf)> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(&start) && name.ends_with(&end) && e.path().is_file()
        })
        .map(|e| (e.metadata().and_then(|m| m.modified()).ok(), e.path()))
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, p)| p).collect()
}

fn stem_and_ext(path: &Path) -> (String, String) {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workbook".to_string());
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (stem, ext)
}

/// A file beside `path` for changes that could not be saved over it because it changed on
/// disk: `<stem> (conflict 2026-11-23 2015).md`, then `… 2015-2).md`, … — never an
/// existing file.
pub(crate) fn conflict_path(path: &Path) -> PathBuf {
    let (stem, ext) = stem_and_ext(path);
    let when = jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%d %H%M")
        .to_string();
    let mut n = 1u32;
    loop {
        let tag = if n == 1 {
            when.clone()
        } else {
            format!("{when}-{n}")
        };
        let candidate = path.with_file_name(format!("{stem} (conflict {tag}){ext}"));
        if !candidate.exists() {
            return candidate;
        }
        n = n.saturating_add(1);
    }
}

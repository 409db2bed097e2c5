//! Content packs from the file system: a pack folder read into memory and loaded, and the
//! pack every command works with (`Ctx`).
//!
//! Reads only; never writes into a pack folder. Problems name files relative to the folder.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};

use crate::content::load::{is_yaml, sort};
use crate::content::{self, MAX_FILE_BYTES, Pack, Problem};
use crate::format::settings::Settings;

/// What every command needs: the content pack, where workbooks live, and the settings.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Shared with the screens that use it (`app::State`), never copied.
    pub pack: std::sync::Arc<Pack>,
    /// `--data-dir` / `CONVENE_DATA_DIR`, if given; otherwise the platform data directory.
    pub data_dir_override: Option<PathBuf>,
    /// The settings in force (flags, environment variables, the settings file, defaults).
    pub settings: Settings,
    /// Notes files or folders to look in for a coach's notes besides the workbook's own
    /// folder (`convene open --notes`, or the feedback file opened with `convene open`).
    pub notes_also: Vec<PathBuf>,
}

impl Ctx {
    /// Loads the pack the settings name (the built-in one by default), for workbooks in
    /// `data_dir_override` (or the platform data directory).
    pub fn load(settings: Settings, data_dir_override: Option<PathBuf>) -> anyhow::Result<Ctx> {
        Ok(Ctx {
            pack: std::sync::Arc::new(load_pack(settings.content.value.as_deref())?),
            data_dir_override,
            settings,
            notes_also: Vec::new(),
        })
    }
}

/// The built-in pack, or the one in `dir`; problems become one error that lists them all.
pub fn load_pack(dir: Option<&std::path::Path>) -> anyhow::Result<Pack> {
    let loaded = match dir {
        Some(dir) => load_dir(dir),
        None => content::load_builtin(),
    };
    loaded
        .map_err(|problems| {
            let (name, check) = match dir {
                Some(d) => (
                    d.display().to_string(),
                    format!("convene check {}", d.display()),
                ),
                None => (
                    "built into convene".to_string(),
                    "convene check".to_string(),
                ),
            };
            let first = problems.first().map(|p| {
                let file =
                    dir.map_or_else(|| p.file.clone(), |d| d.join(&p.file).display().to_string());
                format!("; the first: {file}:{}:{}: {}", p.line, p.column, p.message)
            });
            anyhow!(
                "the content pack {name} has {} problem(s) (`{check}` lists them all){}",
                problems.len(),
                first.unwrap_or_default()
            )
        })
        .context("cannot load the content pack")
}

/// A pack from a folder of YAML files (`pack.yaml` and one file per theme; other files and
/// sub-folders are ignored). Problems name files relative to `dir`.
pub fn load_dir(dir: &Path) -> Result<Pack, Vec<Problem>> {
    let unreadable = |file: String, what: &str, err: std::io::Error| Problem {
        file,
        line: 1,
        column: 1,
        message: format!("cannot read {what}: {err}"),
        hint: None,
    };
    let entries = std::fs::read_dir(dir)
        .map_err(|e| vec![unreadable(dir.display().to_string(), "the folder", e)])?;
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                problems.push(unreadable(dir.display().to_string(), "the folder", e));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if !is_yaml(&name) || !path.is_file() {
            continue;
        }
        // Read at most one byte past the limit: parse_file reports a file that is too large.
        match read_limited(&path) {
            Ok(bytes) => files.push((name, bytes)),
            Err(e) => problems.push(unreadable(name, "the file", e)),
        }
    }
    match content::load_files(&files) {
        Ok(pack) if problems.is_empty() => Ok(pack),
        Ok(_) => Err(problems),
        Err(more) => {
            problems.extend(more);
            sort(&mut problems);
            Err(problems)
        }
    }
}

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

//! The settings on this machine: where the settings file is (the platform config folder, or
//! `CONVENE_SETTINGS`), reading it, the environment variables for each setting, and the
//! settings in force once the command line's flags are added (`format::settings`).
//!
//! Reads only: never writes, creates or changes the settings file. A file it cannot use is an
//! error naming the file and its line, never a panic.

use std::path::{Path, PathBuf};

use crate::format::settings::{self, FileSettings, Flags, Settings};

/// Text from a file or the environment as one line with control characters made visible.
fn visible(text: &str) -> String {
    crate::text::sanitize::clean(text).into_owned()
}

/// The settings file's name in the config folder.
const FILE_NAME: &str = "settings.toml";
/// Larger files are not read: four settings come nowhere near this.
const MAX_BYTES: u64 = 64 * 1024;

/// The settings in force, and the file they were read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Where the settings file is looked for (`None`: no home folder to look in).
    pub path: Option<PathBuf>,
    /// Whether there is a file there.
    pub exists: bool,
    pub settings: Settings,
}

/// Why the settings cannot be used. Every message names the file (and its line) or the
/// variable; what came from the file is shown with control characters made visible.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{path}:{line}: {message}")]
    Bad {
        path: String,
        line: usize,
        message: String,
    },
    #[error("cannot read the settings file {path}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Env(String),
}

/// Where the settings file is looked for: `CONVENE_SETTINGS` if set, else `settings.toml`
/// in the platform config folder (`~/.config/convene` on Linux).
pub fn path() -> Option<PathBuf> {
    super::env::settings_file().or_else(|| {
        directories::ProjectDirs::from("", "", "convene")
            .map(|dirs| dirs.config_dir().join(FILE_NAME))
    })
}

/// The settings in force with `flags`: each from its flag, else its environment variable,
/// else the settings file, else the default.
pub fn load(flags: Flags) -> Result<Loaded, SettingsError> {
    let path = path();
    let (exists, file) = match &path {
        Some(path) => read_file(path)?,
        None => (false, FileSettings::default()),
    };
    let settings =
        settings::resolve(flags, super::env::settings(), file).map_err(SettingsError::Env)?;
    Ok(Loaded {
        path,
        exists,
        settings,
    })
}

/// Whether the file is there, and what it says (a relative `content` made relative to the
/// file's folder). No file: nothing set.
fn read_file(path: &Path) -> Result<(bool, FileSettings), SettingsError> {
    let shown = || visible(&path.display().to_string());
    let bad = |line: usize, message: &str| SettingsError::Bad {
        path: shown(),
        line,
        message: visible(message),
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Ok((false, FileSettings::default()));
        }
        Err(source) => {
            return Err(SettingsError::Io {
                path: shown(),
                source,
            });
        }
    };
    if !meta.is_file() {
        return Err(bad(1, "this is a folder, not a settings file"));
    }
    if meta.len() > MAX_BYTES {
        return Err(bad(
            1,
            &format!(
                "too large to be a settings file (the limit is {} KB)",
                MAX_BYTES / 1024
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|source| SettingsError::Io {
        path: shown(),
        source,
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|err| {
        bad(
            crate::text::line_at(&bytes, err.valid_up_to()),
            "not UTF-8 text (save the file as UTF-8)",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut file = settings::parse(text).map_err(|err| bad(err.line, &err.message))?;
    if let Some((content, _)) = &mut file.content
        && content.is_relative()
        && let Some(folder) = path.parent()
    {
        *content = folder.join(&*content);
    }
    Ok((true, file))
}

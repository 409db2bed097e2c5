//! A coach's notes on one workbook, kept in a sidecar Markdown file beside it (never inside
//! the participant's file): a note on the whole workbook and a note per prompt.
//!
//! PLACEHOLDER (lead): the types and names are the agreed interface; the notes branch fills
//! in the file format and the safe save. No terminal types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every note a coach left on one workbook.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachNotes {
    /// Who wrote the notes (may be empty).
    pub coach: String,
    /// When the notes were last saved (RFC 3339), if ever.
    pub updated: Option<String>,
    /// A note on the whole workbook (may be empty).
    pub general: String,
    /// Notes on prompts, by qualified prompt id (`exercise.prompt`); never empty strings.
    pub prompts: BTreeMap<String, String>,
}

impl CoachNotes {
    pub fn is_empty(&self) -> bool {
        self.general.trim().is_empty() && self.prompts.is_empty()
    }

    /// The note on one prompt, if there is one.
    pub fn on(&self, prompt_id: &str) -> Option<&str> {
        self.prompts.get(prompt_id).map(String::as_str)
    }
}

/// Why notes could not be read or saved. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum NotesError {
    #[error("{}: saving coach's notes is not built yet", .0.display())]
    NotBuilt(PathBuf),
}

/// The sidecar file that holds the notes on the workbook at `workbook`.
pub fn sidecar_path(workbook: &Path) -> PathBuf {
    workbook.with_extension("coach.md")
}

/// True when `path` names a notes sidecar rather than a workbook.
pub fn is_sidecar(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".coach.md")
}

/// The notes beside the workbook at `workbook`: `Ok(None)` when there is no sidecar.
pub fn load_notes(_workbook: &Path) -> Result<Option<CoachNotes>, NotesError> {
    Ok(None)
}

/// Saves `notes` beside the workbook at `workbook`, as safely as a workbook is saved.
pub fn save_notes(workbook: &Path, _notes: &CoachNotes) -> Result<PathBuf, NotesError> {
    Err(NotesError::NotBuilt(sidecar_path(workbook)))
}

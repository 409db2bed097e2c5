//! A coach's notes on one workbook, kept in a sidecar Markdown file beside it (never inside
//! the participant's file): a note on the whole workbook and a note per prompt.
//!
//! The model only: the notes, and the names of the sidecar beside a workbook. The file's text
//! format is `format::notes`; reading and saving it is `store::notes`. Never touches a file,
//! never holds a terminal type.

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

/// The sidecar file that holds the notes on the workbook at `workbook`.
pub fn sidecar_path(workbook: &Path) -> PathBuf {
    workbook.with_extension("coach.md")
}

/// What convene writes at the end of a conflict copy's stem: `NAME.coach (conflict …).md`.
const CONFLICT_MARK: &str = ".coach (conflict ";

/// True when `path` names a notes sidecar (or a conflict copy of one) rather than a workbook.
pub fn is_sidecar(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".coach.md") || (name.contains(CONFLICT_MARK) && name.ends_with(".md"))
}

/// The workbook a sidecar belongs to (`sam.coach.md` → `sam.md`, and the same for a
/// conflict copy `sam.coach (conflict …).md`), or `None` when `path` is not a sidecar.
pub fn workbook_of(sidecar: &Path) -> Option<PathBuf> {
    if !is_sidecar(sidecar) {
        return None;
    }
    let name = sidecar.file_name()?.to_string_lossy().into_owned();
    let lower = name.to_ascii_lowercase();
    let stem_len = lower
        .rfind(".coach.md")
        .filter(|at| at + ".coach.md".len() == lower.len())
        .or_else(|| lower.find(CONFLICT_MARK))?;
    let stem = name.get(..stem_len)?;
    Some(sidecar.with_file_name(format!("{stem}.md")))
}

//! A coach's notes on one workbook, kept in a sidecar Markdown file beside it (never inside
//! the participant's file): a note on the whole workbook and a note per prompt.
//!
//! Never writes into the participant's workbook, never overwrites a notes file it cannot
//! read or one that changed on disk since it was read (the notes go beside it), and never
//! loses a note on a prompt the pack no longer has. No terminal types.
//!
//! # The file format
//!
//! `NAME.coach.md` beside `NAME.md`: UTF-8, `\n` line ends, CommonMark that reads well on
//! its own (the participant may open it in any Markdown viewer).
//!
//! ```text
//! ---
//! convene: "coach-notes"                  required: what the file is
//! workbook: "sam.md"                      the workbook's file name (informational)
//! coach: "Jo"                             every string double-quoted, YAML escapes
//! updated: "2026-11-23T20:15:07+00:00"    left out when never saved
//! ---
//!
//! # Coach's notes on Dorset mental health     derived from here on, except inside markers
//!
//! ## On the whole workbook
//!
//! <!-- convene:note about="workbook" -->
//! The general note, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Theme title
//!
//! ### Exercise title
//!
//! **The prompt's wording?**
//!
//! <!-- convene:note id="exercise.prompt" -->
//! The note on that prompt, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Other notes                          notes on prompts the pack does not have
//!
//! ### old\.prompt
//!
//! <!-- convene:note id="old.prompt" -->
//! …
//! <!-- /convene:note -->
//! ```
//!
//! Only the front matter and what lies between the markers is read. A note's text is written
//! as the workbook writes a text answer (`markdown::text::write`): raw Markdown when that is
//! safe, otherwise a ```` ```convene-text ```` or ```` ```convene-escaped ```` fence. An empty
//! pair of markers is no note; the general note's pair is always written, so a coach can type
//! one by hand. Notes on prompts are grouped by the pack's themes and exercises when the pack
//! is known; otherwise (or for ids the pack lacks) they go under "Other notes".
//!
//! # Saving (`file`)
//!
//! As a workbook is saved: atomically, mode 0600, never over a notes file that cannot be
//! read (`NotesError::WouldOverwrite`). A notes file that changed on disk since this process
//! last read or wrote it (or that it never read) is left alone and the notes go beside it as
//! a conflict copy, `NAME.coach (conflict DATE TIME).md`, whose path `save_notes` returns;
//! later saves of the same notes go there too until `load_notes` reads the notes again.
//! Because the interface names files rather than handles, what was last read or written is
//! remembered per notes file for the life of the process.

mod file;
mod format;
mod parse;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use file::{load_notes, save_notes, save_notes_with};
pub use format::render;
pub use parse::parse;

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
    /// The file is there but is not a notes file convene can read.
    #[error("{}:{line}: {message}", path.display())]
    Unreadable {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Saving was refused because the notes file already there cannot be read; it is left
    /// exactly as it was.
    #[error(
        "{}: not saved, because the coach's notes file already there cannot be read ({reason}); \
         it was left as it is — fix or move it, then save again",
        path.display()
    )]
    WouldOverwrite { path: PathBuf, reason: String },
    #[error("cannot {action} {}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] super::store::StoreError),
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

#[cfg(test)]
mod tests;

//! THE I/O layer: the file system, the clock and the environment. Workbook files (where they
//! live, how they are kept safe on disk, and `saver`, the thread a session's saves run on so
//! the screen never waits for one), the coach's notes files (`notes`), content pack
//! folders (`pack`), cohorts (`cohort`), exports (`export`), the environment (`env`) and the
//! clock (`clock`); and `Ctx`, what every command needs.
//!
//! The only part of convene (with `main.rs`) that touches files. It must never lose or
//! silently overwrite a file: saves are atomic (temp file, fsync, rename, fsync the folder), the first save of a
//! session keeps a backup, one process at a time holds a workbook (a lock file beside it), a
//! file changed on disk by someone else is never overwritten (ours goes beside it), and a
//! file it cannot read is left byte-for-byte untouched. No terminal types.

mod atomic;
pub mod clock;
pub mod cohort;
pub mod console;
pub mod env;
pub mod export;
pub mod feedback;
mod list;
mod lock;
pub mod notes;
pub mod pack;
mod paths;
mod replace;
#[cfg(test)]
mod replace_tests;
pub mod saver;
mod session;
pub mod settings;
pub mod sink;
mod text_file;

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

pub(crate) use atomic::{parent_dir, write_atomic};
pub use export::{
    ExportError, html_beside, read_workbook, read_workbook_and_buffer, write_export,
    write_export_beside,
};
pub use list::{Front, Listed, ListedFront, list_fronts, list_workbooks};
pub(crate) use lock::Lock;
pub(crate) use paths::conflict_path;
pub use paths::{
    backup_path, conflict_copies, data_dir, data_dir_path, full_path, lock_path, new_workbook_path,
    slug,
};
pub(crate) use session::Fingerprint;
pub use session::{SaveOutcome, Session};

pub use clock::now_rfc3339;
pub use pack::Ctx;

use crate::content::{Moment, Pack};
use crate::format::markdown;
use crate::workbook::{Meta, Workbook};

/// Why the store could not do what was asked. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot find a home folder for convene's data; use --data-dir DIR or set CONVENE_DATA_DIR"
    )]
    NoHome,
    #[error("{} does not exist", .0.display())]
    NotFound(PathBuf),
    #[error("{} is a folder, not a workbook file", .0.display())]
    NotAFile(PathBuf),
    #[error("{} already exists; open it with `convene open`, or choose another name", .0.display())]
    Exists(PathBuf),
    #[error(
        "{} is open in another convene{}; close it there first (or work on a copy of the file)",
        path.display(),
        pid.map(|p| format!(" (pid {p})")).unwrap_or_default()
    )]
    Locked { path: PathBuf, pid: Option<u32> },
    #[error(
        "{} is not an ordinary file of convene's (a link, or a file with another name); \
         convene will not write into it: remove it and try again",
        .0.display()
    )]
    LockNotAFile(PathBuf),
    #[error("{}:{line}: not UTF-8 text, so not a workbook; the file was left as it is", path.display())]
    NotUtf8 { path: PathBuf, line: usize },
    #[error("{}:{line}: {message}; the file was left as it is", path.display())]
    NotAWorkbook {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("cannot {action} {}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// An error and every cause under it as one line — "cannot save /…/wb.md: No space left on
/// device (os error 28)" — so the reason the system gave (which says what to do) is never
/// dropped. A cause whose words the line already ends with is not said twice.
pub fn reason(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let words = cause.to_string();
        if !line.ends_with(&words) {
            line.push_str(": ");
            line.push_str(&words);
        }
        source = cause.source();
    }
    line
}

/// `reason` with the deepest cause first — "No space left on device (os error 28) — cannot
/// save /…/wb.md" — for a status line that may be cut at its end.
pub fn reason_first(err: &(dyn std::error::Error + 'static)) -> String {
    let mut root = err;
    while let Some(cause) = root.source() {
        root = cause;
    }
    if std::ptr::addr_eq(root, err) {
        return err.to_string();
    }
    format!("{root} — {}", err)
}

impl StoreError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.into();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    }
}

/// Opens a workbook file to work on it against `pack`: locks it, reads it and parses it,
/// with the participant's own text outside the answers (kept at every save). A file that is
/// not a workbook is an error naming its line, and the lock is released again.
pub fn open_workbook(
    path: &std::path::Path,
    pack: &Pack,
) -> Result<(Session, Workbook), StoreError> {
    let (session, mut workbook, later) = open_workbook_later(path, pack)?;
    workbook.own = later.own(pack)?;
    Ok((session, workbook))
}

/// `open_workbook` but for the participant's own text outside the answers, which only the
/// next save needs: `OwnLater::own` finds it (the workbook screen draws first).
fn open_workbook_later(
    path: &std::path::Path,
    pack: &Pack,
) -> Result<(Session, Workbook, OwnLater), StoreError> {
    let (session, text) = Session::open(path)?;
    let not_a_workbook = |err: markdown::ReadError| StoreError::NotAWorkbook {
        path: path.to_path_buf(),
        line: err.line,
        message: err.message,
    };
    let (mut workbook, later) = markdown::read_to_edit_later(text, pack).map_err(not_a_workbook)?;
    // A file from before ids gets its id at its next save.
    workbook.meta.id = workbook.meta.stable_id();
    let later = OwnLater {
        later,
        path: path.to_path_buf(),
    };
    Ok((session, workbook, later))
}

/// The participant's own text in a workbook file opened with `open_workbook_for_later`, still
/// to be told apart from convene's lines (`own`).
#[derive(Debug)]
pub struct OwnLater {
    later: markdown::OwnLater,
    path: PathBuf,
}

impl OwnLater {
    /// The workbook's own text, as `open_workbook` finds it; the same error as there when
    /// convene cannot tell its lines from the participant's (the file is to be left alone).
    pub fn own(self, pack: &Pack) -> Result<Vec<crate::workbook::OwnText>, StoreError> {
        let OwnLater { later, path } = self;
        later.own(pack).map_err(|err| StoreError::NotAWorkbook {
            path,
            line: err.line,
            message: err.message,
        })
    }
}

/// `open_workbook` for answering against `pack`: answers a newer pack moved follow their
/// prompt (they are written there at the next save); the others stay where they were.
pub fn open_workbook_for(
    path: &std::path::Path,
    pack: &Pack,
) -> Result<(Session, Workbook), StoreError> {
    let (session, mut workbook, later) = open_workbook_for_later(path, pack)?;
    workbook.own = later.own(pack)?;
    Ok((session, workbook))
}

/// `open_workbook_for` but for the participant's own text outside the answers (see
/// `OwnLater`): what the workbook screen opens with, so it draws before that is found.
pub fn open_workbook_for_later(
    path: &std::path::Path,
    pack: &Pack,
) -> Result<(Session, Workbook, OwnLater), StoreError> {
    let (session, mut workbook, later) = open_workbook_later(path, pack)?;
    crate::workbook::moves::follow_moves(&mut workbook, pack);
    Ok((session, workbook, later))
}

/// A new, empty workbook for `initiative` against `pack`, created and updated now. Line
/// breaks and runs of white space in the names become single spaces (each is one line in
/// the file).
pub fn blank_workbook(pack: &Pack, initiative: &str, participant: &str) -> Workbook {
    let now = now_rfc3339();
    let mut wb = Workbook {
        meta: Meta {
            initiative: one_line(initiative),
            participant: one_line(participant),
            pack: pack.id.clone(),
            pack_version: pack.version.clone(),
            created: now.clone(),
            updated: now,
            moment: Moment::Any,
            id: new_workbook_id(),
            path: crate::content::FULL_PATH.to_string(),
            tags: Vec::new(),
            place: String::new(),
        },
        answers: BTreeMap::new(),
        earlier: Vec::new(),
        own: Vec::new(),
    };
    // The name given is the first answer to the question that names the initiative.
    if let Some(prompt) = pack.initiative_prompt() {
        let name = wb.meta.initiative.clone();
        let _ = crate::workbook::edit::set_text(&mut wb, prompt, &name);
    }
    wb
}

/// A new workbook's id, `wb-` and 16 hex digits: from the process's random hash keys, the
/// time and a counter, so two workbooks made anywhere, even in the same instant, differ.
pub fn new_workbook_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.write_u32(std::process::id());
    h.write_u64(COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    format!("wb-{:016x}", h.finish())
}

/// Writes a new workbook file at `path` (never over an existing one) and holds it.
pub fn create_workbook(
    path: &std::path::Path,
    workbook: &Workbook,
    pack: &Pack,
) -> Result<Session, StoreError> {
    Session::create(path, &markdown::write(workbook, pack))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Sets the workbook's `updated` time to now, renders it and saves it. Call it when the
/// workbook changed: every call writes (the time differs), so an idle timer should not.
pub fn save_workbook(
    session: &mut Session,
    workbook: &mut Workbook,
    pack: &Pack,
) -> Result<SaveOutcome, StoreError> {
    workbook.meta.updated = now_rfc3339();
    workbook.date_snapshots(&workbook.meta.updated.clone());
    session.save(&markdown::write(workbook, pack))
}

#[cfg(test)]
mod reason_tests {
    use super::*;

    #[test]
    fn the_systems_reason_is_kept() {
        let err = StoreError::Io {
            action: "save",
            path: "/data/wb.md".into(),
            source: io::Error::from_raw_os_error(28),
        };
        assert_eq!(err.to_string(), "cannot save /data/wb.md");
        let said = reason(&err);
        assert!(said.starts_with("cannot save /data/wb.md: "), "{said}");
        assert!(said.contains("No space left on device"), "{said}");
        let first = reason_first(&err);
        assert!(first.starts_with("No space left on device"), "{first}");
        assert!(first.ends_with(" — cannot save /data/wb.md"), "{first}");
    }
}

//! Coaches' notes on the participant's side, found by the workbook's id rather than its file
//! name, and the feedback files a coach sends back (`convene review --feedback=DIR`).
//!
//! The I/O only: which files are looked at, read and written. The notes' format is
//! `format::notes`, how notes from several files come together `CoachNotes::gather`. Never
//! writes anywhere near a participant's workbook, never overwrites a file, never fails a
//! workbook's opening because some other notes file in its folder cannot be read.

use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::format::notes::render_feedback;
use crate::workbook::Workbook;
use crate::workbook::notes::{CoachNotes, is_sidecar, sidecar_path};

use super::notes::{NotesError, load_notes, read_sidecar};
use super::{StoreError, write_atomic};

/// The notes on the workbook at `workbook` whose id is `id`: its sidecar by name (unless it
/// names another workbook's id), and every other notes file in its folder and in `also`
/// (a feedback file the participant opened, a folder they pointed convene at) that records
/// the same id — a renamed workbook, a `sam.coach (1).md` a mail client saved. Notes from
/// several files come together, each coach's newest note kept. `Ok(None)`: none anywhere.
/// Only the sidecar by name is an error when it cannot be read; other files that cannot be
/// read are passed over (they may not be this workbook's at all).
pub fn notes_for(
    workbook: &Path,
    id: &str,
    also: &[PathBuf],
) -> Result<Option<CoachNotes>, NotesError> {
    let named = sidecar_path(workbook);
    let mut found: Option<CoachNotes> =
        load_notes(workbook)?.filter(|n| n.workbook_id.is_empty() || n.workbook_id == id);
    let mut files = Vec::new();
    for place in std::iter::once(workbook.parent().unwrap_or(Path::new(".")).to_path_buf())
        .chain(also.iter().cloned())
    {
        if place.is_dir() {
            files.extend(notes_files_in(&place));
        } else {
            files.push(place);
        }
    }
    files.sort();
    files.dedup();
    for file in files.iter().filter(|f| !same_file(f, &named)) {
        let Ok(Some((_, notes))) = read_sidecar(file) else {
            continue;
        };
        if notes.workbook_id != id {
            continue;
        }
        match &mut found {
            Some(all) => all.gather(&notes),
            None => found = Some(notes),
        }
    }
    Ok(found.filter(|n| n.count() > 0))
}

/// The files in `dir` named as notes files (`NAME.coach.md` and its numbered and conflict
/// copies), not recursing.
fn notes_files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_sidecar(p) && p.is_file())
        .collect()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The workbook a notes file is about: in the notes file's folder, a workbook whose id is the
/// one the notes record, else the workbook its name points at (`sam.coach.md` → `sam.md`),
/// else one with that id among `elsewhere` (the participant's workbooks folder). `None` when
/// none is found.
pub fn workbook_for_notes(notes_file: &Path, elsewhere: &Path) -> Option<PathBuf> {
    let notes = read_sidecar(notes_file).ok().flatten()?.1;
    let dir = notes_file.parent().unwrap_or(Path::new("."));
    let by_id = |dir: &Path| {
        super::list_workbooks(dir).into_iter().find_map(|listed| {
            let wb = listed.parsed.ok()?;
            (!notes.workbook_id.is_empty() && wb.meta.stable_id() == notes.workbook_id)
                .then_some(listed.path)
        })
    };
    by_id(dir)
        .or_else(|| crate::workbook::notes::workbook_of(notes_file).filter(|p| p.is_file()))
        .or_else(|| by_id(elsewhere))
}

/// Writes the feedback file for one participant into `dir` (made if need be): `NAME.coach.md` (the
/// workbook's file name with `.coach` before `.md`), or `NAME.coach (2).md` and so on when
/// that exists — never over a file. Returns the file written.
pub fn write_feedback(
    dir: &Path,
    workbook_path: &Path,
    wb: &Workbook,
    notes: &CoachNotes,
    pack: &Pack,
) -> Result<PathBuf, NotesError> {
    let name = workbook_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut notes = notes.clone();
    if notes.workbook_id.is_empty() {
        notes.workbook_id = wb.meta.stable_id();
    }
    let text = render_feedback(&notes, &name, wb, pack);
    std::fs::create_dir_all(dir).map_err(|source| NotesError::Io {
        action: "make the folder",
        path: dir.to_path_buf(),
        source,
    })?;
    let first = sidecar_path(&dir.join(&name));
    let stem = first
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 1;
    loop {
        let path = if n == 1 {
            first.clone()
        } else {
            dir.join(format!("{stem} ({n}).md"))
        };
        match write_atomic(&path, text.as_bytes(), false) {
            Ok(()) => return Ok(path),
            Err(StoreError::Exists(_)) if n < 1000 => n += 1,
            Err(err) => return Err(err.into()),
        }
    }
}

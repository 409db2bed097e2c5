//! Coaches' notes on one workbook, kept in a sidecar Markdown file beside it (never inside
//! the participant's file): notes on the whole workbook and on prompts, each signed and
//! dated by the coach who wrote it, and the review state of the workbook.
//!
//! The model only: the notes, what the answer was when a note was written (`answer_mark`),
//! how two coaches' saves come together (`merge`), and the names of the sidecar beside a
//! workbook. The file's text format is `format::notes`; reading and saving it is
//! `store::notes`. Never touches a file, never reads the clock, never holds a terminal type.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Answer;

/// One coach's note on a prompt or on the whole workbook.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note {
    /// Who wrote it (may be empty: a coach who gave no name).
    pub by: String,
    /// When it was last changed (RFC 3339); empty until it is first saved.
    pub at: String,
    /// `answer_mark` of the answer as it stood when the note was written; empty when not
    /// known (notes written before convene recorded it, or notes on the whole workbook).
    pub answer: String,
    /// The note, exactly as typed; never empty in a `CoachNotes`.
    pub text: String,
}

impl Note {
    /// A note by `by` with `text`, not dated yet, about an unknown answer.
    pub fn new(by: &str, text: &str) -> Note {
        Note {
            by: by.to_string(),
            text: text.to_string(),
            ..Note::default()
        }
    }

    /// True when the answer now differs from the one the note was written about.
    pub fn answer_changed(&self, now: Option<&Answer>) -> bool {
        !self.answer.is_empty() && self.answer != answer_mark(now)
    }
}

/// Where a coach has got to with one workbook (ODK Central's "approved / has issues" is the
/// model): kept with the notes, shown and filtered on in the review, exported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewState {
    #[default]
    NotReviewed,
    Reviewed,
    FollowUp,
}

impl ReviewState {
    pub const ALL: [ReviewState; 3] = [
        ReviewState::NotReviewed,
        ReviewState::Reviewed,
        ReviewState::FollowUp,
    ];

    /// The value written in the notes file and the CSV.
    pub fn id(self) -> &'static str {
        match self {
            ReviewState::NotReviewed => "not-reviewed",
            ReviewState::Reviewed => "reviewed",
            ReviewState::FollowUp => "follow-up",
        }
    }

    pub fn from_id(id: &str) -> Option<ReviewState> {
        ReviewState::ALL.into_iter().find(|s| s.id() == id.trim())
    }

    /// The next state, in the order a coach works through them.
    pub fn next(self) -> ReviewState {
        match self {
            ReviewState::NotReviewed => ReviewState::Reviewed,
            ReviewState::Reviewed => ReviewState::FollowUp,
            ReviewState::FollowUp => ReviewState::NotReviewed,
        }
    }
}

/// Every note coaches left on one workbook, and its review state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachNotes {
    /// The stable id of the workbook the notes are on (its front matter's `workbook_id`);
    /// empty when it was not known.
    pub workbook_id: String,
    /// When the file was last saved (RFC 3339), if ever.
    pub updated: Option<String>,
    pub state: ReviewState,
    /// Notes on the whole workbook, one per coach.
    pub general: Vec<Note>,
    /// Notes on prompts by qualified prompt id (`exercise.prompt`), one per coach each;
    /// never an empty list.
    pub prompts: BTreeMap<String, Vec<Note>>,
}

impl CoachNotes {
    /// No note and no review state: nothing worth a file.
    pub fn is_empty(&self) -> bool {
        self.count() == 0 && self.state == ReviewState::NotReviewed
    }

    /// How many notes there are, on prompts and on the whole workbook.
    pub fn count(&self) -> usize {
        self.general.len() + self.prompts.values().map(Vec::len).sum::<usize>()
    }

    /// The notes on one prompt (`Some`) or on the whole workbook (`None`), oldest first.
    pub fn on(&self, prompt: Option<&str>) -> &[Note] {
        match prompt {
            Some(id) => self.prompts.get(id).map_or(&[], Vec::as_slice),
            None => &self.general,
        }
    }

    /// The texts of the notes on a prompt (`Some`) or the whole workbook (`None`), in order.
    pub fn texts(&self, prompt: Option<&str>) -> Vec<&str> {
        self.on(prompt).iter().map(|n| n.text.as_str()).collect()
    }

    /// One coach's note on a prompt or the whole workbook.
    pub fn by(&self, prompt: Option<&str>, coach: &str) -> Option<&Note> {
        self.on(prompt).iter().find(|n| n.by == coach)
    }

    /// Every coach who wrote a note here, in the order they first appear.
    pub fn coaches(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for n in self.general.iter().chain(self.prompts.values().flatten()) {
            if !out.contains(&n.by.as_str()) {
                out.push(&n.by);
            }
        }
        out
    }

    /// Sets `coach`'s note on a prompt or the whole workbook to `text` (an empty text
    /// removes it), leaving every other coach's note as it is. The note is marked unsaved
    /// (`at` empty) and records `answer`, the mark of the answer it is about. Returns
    /// whether anything changed.
    pub fn set(&mut self, prompt: Option<&str>, coach: &str, text: &str, answer: String) -> bool {
        let list = match prompt {
            Some(id) => self.prompts.entry(id.to_string()).or_default(),
            None => &mut self.general,
        };
        let at = list.iter().position(|n| n.by == coach);
        let changed = match (at, text.trim().is_empty()) {
            (None, true) => false,
            (Some(i), true) => {
                list.remove(i);
                true
            }
            (Some(i), false) if list[i].text == text => false,
            (Some(i), false) => {
                list[i] = Note {
                    by: coach.to_string(),
                    at: String::new(),
                    answer,
                    text: text.to_string(),
                };
                true
            }
            (None, false) => {
                list.push(Note {
                    by: coach.to_string(),
                    at: String::new(),
                    answer,
                    text: text.to_string(),
                });
                true
            }
        };
        if let Some(id) = prompt
            && self.prompts.get(id).is_some_and(Vec::is_empty)
        {
            self.prompts.remove(id);
        }
        changed
    }

    /// Gives every note not saved yet (`at` empty) a date: the one it has in `saved` (the
    /// file as it is) when the same coach's note there reads the same, else `now`. So a note
    /// is dated when it last changed, not whenever the file is saved.
    pub fn stamp(&mut self, now: &str, saved: Option<&CoachNotes>) {
        let was = |prompt: Option<&str>, n: &Note| {
            saved
                .and_then(|s| s.by(prompt, &n.by))
                .filter(|old| old.text == n.text && !old.at.is_empty())
                .map(|old| (old.at.clone(), old.answer.clone()))
        };
        let date = |prompt: Option<&str>, n: &mut Note| {
            if n.at.is_empty() {
                match was(prompt, n) {
                    Some((at, answer)) => {
                        n.at = at;
                        if n.answer.is_empty() {
                            n.answer = answer;
                        }
                    }
                    None => n.at = now.to_string(),
                }
            }
        };
        for n in &mut self.general {
            date(None, n);
        }
        for (id, list) in &mut self.prompts {
            for n in list {
                date(Some(id), n);
            }
        }
    }

    /// Adds the notes of `other` that are not here already (the same coach's note on the
    /// same prompt, the newer one kept): how notes found in several files come together
    /// for the participant.
    pub fn gather(&mut self, other: &CoachNotes) {
        let take = |list: &mut Vec<Note>, theirs: &[Note]| {
            for note in theirs {
                match list.iter_mut().find(|n| n.by == note.by) {
                    Some(n) if n.at < note.at => *n = note.clone(),
                    Some(_) => {}
                    None => list.push(note.clone()),
                }
            }
        };
        take(&mut self.general, &other.general);
        for (id, theirs) in &other.prompts {
            take(self.prompts.entry(id.clone()).or_default(), theirs);
        }
        if self.workbook_id.is_empty() {
            self.workbook_id.clone_from(&other.workbook_id);
        }
    }
}

/// Two saves of the same notes file, by coaches who each started from `base`, made one:
/// every note (one per coach, prompt) and the review state take whichever side changed it.
/// `None` when both changed the same thing differently (the same coach in two places).
pub fn merge(base: &CoachNotes, ours: &CoachNotes, theirs: &CoachNotes) -> Option<CoachNotes> {
    fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Option<T> {
        if ours == base || ours == theirs {
            Some(theirs.clone())
        } else if theirs == base {
            Some(ours.clone())
        } else {
            None
        }
    }
    type Key = (Option<String>, String);
    fn keyed(n: &CoachNotes) -> BTreeMap<Key, Note> {
        let general = n.general.iter().map(|note| ((None, note.by.clone()), note));
        let prompts = n.prompts.iter().flat_map(|(id, list)| {
            list.iter()
                .map(move |note| ((Some(id.clone()), note.by.clone()), note))
        });
        general
            .chain(prompts)
            .map(|(k, note)| (k, note.clone()))
            .collect()
    }
    let (b, o, t) = (keyed(base), keyed(ours), keyed(theirs));
    let mut out = CoachNotes {
        workbook_id: pick(&base.workbook_id, &ours.workbook_id, &theirs.workbook_id)?,
        updated: theirs.updated.clone(),
        state: pick(&base.state, &ours.state, &theirs.state)?,
        ..CoachNotes::default()
    };
    let keys: std::collections::BTreeSet<&Key> = o.keys().chain(t.keys()).collect();
    for key in keys {
        let merged = pick(
            &b.get(key).cloned(),
            &o.get(key).cloned(),
            &t.get(key).cloned(),
        )?;
        if let Some(note) = merged {
            match &key.0 {
                Some(id) => out.prompts.entry(id.clone()).or_default().push(note),
                None => out.general.push(note),
            }
        }
    }
    // Keep the order each list had on disk, new notes after.
    let order = |list: &mut Vec<Note>, like: &[Note]| {
        list.sort_by_key(|n| like.iter().position(|m| m.by == n.by).unwrap_or(usize::MAX));
    };
    order(&mut out.general, &theirs.general);
    for (id, list) in &mut out.prompts {
        order(list, theirs.on(Some(id)));
    }
    Some(out)
}

/// The sidecar file that holds the notes on the workbook at `workbook`.
pub fn sidecar_path(workbook: &Path) -> PathBuf {
    workbook.with_extension("coach.md")
}

/// What convene writes at the end of a conflict copy's stem: `NAME.coach (conflict …).md`.
const CONFLICT_MARK: &str = ".coach (conflict ";

/// True when `path` names a notes file rather than a workbook: a sidecar `NAME.coach.md`,
/// a conflict copy of one, or one a mail client or browser saved again with a number
/// (`NAME.coach (1).md`, `NAME.coach-1.md`).
pub fn is_sidecar(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let Some(stem) = name.strip_suffix(".md") else {
        return false;
    };
    if stem.ends_with(".coach") || name.contains(CONFLICT_MARK) {
        return true;
    }
    // `.coach (1)`, `.coach(2)`, `.coach-3`, `.coach_4`: a copy's number after `.coach`.
    stem.rfind(".coach").is_some_and(|at| {
        let rest = stem[at + ".coach".len()..].trim_start_matches([' ', '-', '_']);
        let rest = rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or(rest);
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The workbook a sidecar belongs to by its name (`sam.coach.md` → `sam.md`, and the same
/// for a conflict or numbered copy), or `None` when `path` is not a sidecar.
pub fn workbook_of(sidecar: &Path) -> Option<PathBuf> {
    if !is_sidecar(sidecar) {
        return None;
    }
    let name = sidecar.file_name()?.to_string_lossy().into_owned();
    let lower = name.to_ascii_lowercase();
    let stem_len = lower.rfind(".coach")?;
    let stem = name.get(..stem_len)?;
    Some(sidecar.with_file_name(format!("{stem}.md")))
}

mod mark;
pub(crate) use mark::Fnv;
pub use mark::answer_mark;

#[cfg(test)]
mod tests;

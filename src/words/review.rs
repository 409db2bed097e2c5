//! The review screens' words (and a workbook's pack note, also used by the exports), in one
//! place, and `Notice`: what the review's state machine has to say, as data, worded by
//! `notice` when the screen is drawn.
//!
//! Plain sentences for a coach; never a raw error type or id where a sentence will do.

/// A one-off line for the review's status bar, as the state machine holds it: what
/// happened, never its wording (`notice` words it, at render time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// `m` where there is no one workbook in front of the coach.
    MapFromWhere,
    /// `n` where there is no participant in front of the coach.
    NoteFromWhere,
    /// The notes beside this workbook could not be read: why.
    NotesBlocked(String),
    /// A note was saved, in this file.
    NoteSaved(String),
    /// A note could not be saved: why.
    NoteNotSaved(String),
    /// Quitting with notes on this many workbooks not saved.
    QuitWarning(usize),
    /// Ctrl-S with nothing left to save.
    AllSaved,
    /// A workbook's page was written (`e`), here.
    PageWritten(String),
    /// A workbook's page could not be written: why.
    PageNotWritten(String),
    /// `r`: the workbook's review state is now this.
    ReviewState(crate::workbook::notes::ReviewState),
    /// `]` / `[` without a search.
    NoSearch,
    /// `]` (true) or `[` (false) past the last or first match.
    NoMoreMatches(bool),
    /// Two notices at once, said in this order.
    Both(Box<Notice>, Box<Notice>),
}

impl Notice {
    /// Whether the line starts with a failure (shown as an error).
    pub fn is_failure(&self) -> bool {
        match self {
            Notice::NoteNotSaved(_) | Notice::PageNotWritten(_) => true,
            Notice::Both(first, _) => first.is_failure(),
            _ => false,
        }
    }
}

/// What a notice says on the status bar.
pub fn notice(n: &Notice) -> String {
    match n {
        Notice::MapFromWhere => MAP_FROM_WHERE.to_string(),
        Notice::NoteFromWhere => NOTE_FROM_WHERE.to_string(),
        Notice::NotesBlocked(reason) => notes_blocked(reason),
        Notice::NoteSaved(path) => note_saved(path),
        Notice::NoteNotSaved(reason) => note_not_saved(reason),
        Notice::QuitWarning(n) => quit_warning(*n),
        Notice::AllSaved => ALL_SAVED.to_string(),
        Notice::PageWritten(path) => page_written(path),
        Notice::PageNotWritten(reason) => page_not_written(reason),
        Notice::ReviewState(s) => format!("Marked {}.", review_state(*s)),
        Notice::NoSearch => NO_SEARCH.to_string(),
        Notice::NoMoreMatches(true) => "No more matches after this prompt.".to_string(),
        Notice::NoMoreMatches(false) => "No more matches before this prompt.".to_string(),
        Notice::Both(first, then) => format!("{} {}", notice(first), notice(then)),
    }
}

/// After `--feedback=DIR`: how many files, where, and what the participant does with one.
pub fn feedback_written(files: usize, dir: &str) -> String {
    if files == 0 {
        return format!("No workbook has notes: no feedback file written in {dir}.");
    }
    format!(
        "Wrote {files} feedback file(s) in {dir}: send each to its participant, who opens it \
         with `convene open FILE` or puts it beside their workbook."
    )
}

/// `]` and `[` go from match to match of a search made on the cohort list.
pub const NO_SEARCH: &str = "No search to jump through: search the cohort list with / first.";

/// A review state in words (the cohort list, the filter, the summary).
pub fn review_state(s: crate::workbook::notes::ReviewState) -> &'static str {
    use crate::workbook::notes::ReviewState;
    match s {
        ReviewState::NotReviewed => "not reviewed",
        ReviewState::Reviewed => "reviewed",
        ReviewState::FollowUp => "follow up",
    }
}

/// A review state as one mark on the cohort list: nothing, `✓` or `⚑`.
pub fn review_mark(s: crate::workbook::notes::ReviewState) -> &'static str {
    use crate::workbook::notes::ReviewState;
    match s {
        ReviewState::NotReviewed => " ",
        ReviewState::Reviewed => "✓",
        ReviewState::FollowUp => "⚑",
    }
}

/// The status bar while notes are not saved: how many workbooks, and why (a note not tried
/// yet says so).
pub fn notes_not_saved(reasons: &[Option<&str>]) -> String {
    let reasons: Vec<&str> = reasons.iter().map(|r| r.unwrap_or(NOT_YET_SAVED)).collect();
    format!(
        "✗ Notes on {} workbook(s) NOT saved: {}",
        reasons.len(),
        reasons.join("; ")
    )
}

pub const NOTE_PLACEHOLDER: &str = "Write your note for the participant…";
pub const NOTE_FROM_WHERE: &str =
    "Notes are written on a participant: n on the cohort list, in the reader, or on Compare.";
pub const MAP_FROM_WHERE: &str =
    "A map is of one workbook: press m on the cohort list, in the reader, or on Compare.";
pub const NOT_YET_SAVED: &str = "not saved yet";
/// Why notes were not saved when writing them went wrong inside convene (a bug, not the
/// disk): the note stays on screen and Ctrl-S tries again.
pub const SAVE_INTERNAL_ERROR: &str = "internal error while saving (the note is kept here)";
pub const ALL_SAVED: &str = "Every note is saved.";
pub const NOT_ANSWERED: &str = "— not answered —";
pub const NO_WORKBOOK_SHOWN: &str =
    "No workbook matches. Esc clears the search; f changes the filter.";
pub const ORPHANS_TITLE: &str = "Answers the pack no longer asks";
pub const ORPHANS_INTRO: &str = "Written for another version of the pack; kept under their ids.";
pub const BEFORE: &str = "Before the session:";
pub const AFTER: &str = "After:";
pub const COACH_NOTE: &str = "Coach's note";
pub const WORKBOOK_NOTE: &str = "Coach's note on the whole workbook";
pub const NOT_READ: &str = "could not be read";

/// Above compare, when the cohort list's filter or search leaves some workbooks out.
pub fn compare_subset(shown: usize, total: usize) -> String {
    format!(
        "{shown} of {total} workbooks: those the cohort list shows (its filter and search apply; Esc there clears the search, f changes the filter)"
    )
}

pub fn notes_blocked(reason: &str) -> String {
    format!("The notes beside this workbook could not be read, so they are left alone: {reason}")
}

pub fn note_saved(path: &str) -> String {
    format!("✓ Note saved in {path}")
}

pub fn note_not_saved(reason: &str) -> String {
    format!("✗ Note NOT saved: {reason} — Ctrl-S tries again")
}

pub fn page_written(path: &str) -> String {
    format!("✓ Page written (to share and print): {path}")
}

pub fn page_not_written(reason: &str) -> String {
    format!("✗ Page NOT written: {reason}")
}

pub fn quit_warning(n: usize) -> String {
    format!(
        "Notes on {n} workbook(s) are NOT saved. Press q again to quit without them, or Ctrl-S to try again."
    )
}

pub fn moment_word(m: crate::content::Moment) -> &'static str {
    use crate::content::Moment;
    match m {
        Moment::Before => "before",
        Moment::After => "after",
        Moment::Any => "any",
    }
}

/// The keys of every screen, for the help overlay: (where, [(key, what)]).
pub const HELP: &[(&str, &[(&str, &str)])] = &[
    (
        "Everywhere",
        &[
            ("F1", "this help (Esc closes)"),
            ("Esc", "back one level"),
            (
                "q, Ctrl-Q, Ctrl-C",
                "quit (asks first if a note is not saved)",
            ),
            (
                "c",
                "compare one prompt across the cohort (pick it from a list)",
            ),
            (
                "m",
                "the map of this workbook: read-back and pictures (m or Esc returns)",
            ),
            ("Ctrl-S", "try again to save notes that could not be saved"),
            (
                "r",
                "review state of this workbook: not reviewed → reviewed (✓) → follow up (⚑)",
            ),
        ],
    ),
    (
        "Cohort list",
        &[
            ("↑ ↓, PageUp PageDown, Home End", "move"),
            ("Enter", "read this workbook"),
            ("s", "sort: name, progress, last change"),
            (
                "f",
                "filter: all, not started, in progress, complete, before, after, \
                 not reviewed, reviewed, follow up",
            ),
            (
                "/",
                "search names, answers and notes (Enter keeps it, Esc clears it; \
                 Enter on a workbook opens it at the first match)",
            ),
            (
                "n",
                "your note on the whole workbook (other coaches' notes stay theirs)",
            ),
            (
                "e",
                "export the workbook as a page to share and print (HTML)",
            ),
            (
                "▰▱",
                "answered prompts per theme; ⚠ written for another pack version; ✎ has notes; \
                 ✓ reviewed, ⚑ follow up",
            ),
        ],
    ),
    (
        "Reader",
        &[
            ("↑ ↓", "previous or next prompt"),
            ("Tab, Shift-Tab", "next or previous exercise"),
            ("PageUp PageDown", "scroll a page"),
            ("n", "your note on this prompt"),
            ("N", "your note on the whole workbook"),
            ("] [", "next or previous prompt the search found"),
            (
                "e",
                "export this workbook as a page to share and print (HTML)",
            ),
        ],
    ),
    (
        "Compare",
        &[
            ("↑ ↓", "previous or next participant (marked ▶)"),
            ("Home End", "first or last participant"),
            ("PageUp PageDown", "scroll a page"),
            ("← →", "previous or next prompt"),
            ("n", "note on this participant's answer"),
            ("N", "note on this participant's whole workbook"),
            (
                "Enter",
                "read this participant at this prompt (Esc returns)",
            ),
            ("m", "this participant's map"),
            ("c", "pick another prompt"),
        ],
    ),
    (
        "Map",
        &[
            ("Tab, → / Shift-Tab, ←", "next or previous picture"),
            ("1-9", "jump to a picture (1 is the read-back)"),
            ("↑ ↓, PageUp PageDown, Home End", "scroll"),
        ],
    ),
    (
        "Prompt picker",
        &[
            ("type", "narrow the list"),
            ("↑ ↓", "move"),
            ("Enter", "compare this prompt"),
        ],
    ),
    (
        "Note editor",
        &[
            ("type", "write; Enter starts a new line"),
            ("Esc, Ctrl-S", "close and save the note"),
            ("Ctrl-Z, Ctrl-Y", "undo, redo"),
        ],
    ),
];

/// Why a workbook may not match the pack it is reviewed against, as data (worded by
/// `pack_note_words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackNote {
    /// Written for another pack: its id and version, and this pack's id.
    OtherPack {
        pack: String,
        version: String,
        this: String,
    },
    /// Written for another version of this pack: that version, and this one.
    OtherVersion { version: String, this: String },
}

impl PackNote {
    /// How `wb` differs from `pack`, or `None` when it matches.
    pub fn of(wb: &crate::workbook::Workbook, pack: &crate::content::Pack) -> Option<PackNote> {
        if wb.meta.pack != pack.id {
            Some(PackNote::OtherPack {
                pack: wb.meta.pack.clone(),
                version: wb.meta.pack_version.clone(),
                this: pack.id.clone(),
            })
        } else if wb.meta.pack_version != pack.version {
            Some(PackNote::OtherVersion {
                version: wb.meta.pack_version.clone(),
                this: pack.version.clone(),
            })
        } else {
            None
        }
    }
}

/// A pack note in words.
pub fn pack_note_words(note: &PackNote) -> String {
    match note {
        PackNote::OtherPack {
            pack,
            version,
            this,
        } => format!("written for the pack \"{pack}\" {version}, not \"{this}\""),
        PackNote::OtherVersion { version, this } => {
            format!("written for version {version} of the pack (this is {this})")
        }
    }
}

/// Why a workbook may not match the pack it is reviewed against (another pack, or another
/// version of it), in words, or `None` when it matches.
pub fn pack_note(wb: &crate::workbook::Workbook, pack: &crate::content::Pack) -> Option<String> {
    PackNote::of(wb, pack).as_ref().map(pack_note_words)
}

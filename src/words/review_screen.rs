//! The review screens' labels and key tables: the cohort list's title and columns, compare's
//! heading and summaries, the overlays' titles and every footer's keys.
//!
//! Words only, one table per language later; never formats terminal codes, never touches a
//! file. The review's sentences and notices are in `review`.

/// What a key does, for the footer: (key, what).
pub type Key = (&'static str, &'static str);

pub const KEYS_HELP: &[Key] = &[("↑↓", "scroll"), ("Esc", "close")];
pub const KEYS_PICKER: &[Key] = &[
    ("type", "search"),
    ("↑↓", "move"),
    ("Enter", "compare"),
    ("Esc", "close"),
];
pub const KEYS_NOTE: &[Key] = &[
    ("Esc", "save and close"),
    ("Enter", "new line"),
    ("Ctrl-Z", "undo"),
];
pub const KEYS_SEARCH: &[Key] = &[
    ("type", "search names, answers, notes"),
    ("Enter", "keep"),
    ("Esc", "clear"),
];
pub const KEYS_COHORT: &[Key] = &[
    ("Enter", "read"),
    ("c", "compare"),
    ("/", "search"),
    ("s", "sort"),
    ("f", "filter"),
    ("m", "map"),
    ("n", "note"),
    ("r", "state"),
    ("q", "quit"),
    ("e", "export page"),
];
pub const KEYS_READER: &[Key] = &[
    ("↑↓", "prompt"),
    ("Tab", "exercise"),
    ("n", "note"),
    ("c", "compare"),
    ("m", "map"),
    ("e", "export"),
    ("Esc", "back"),
    ("r", "state"),
    ("] [", "match"),
    ("PgDn", "page"),
    ("N", "workbook note"),
    ("q", "quit"),
];
pub const KEYS_MAP: &[Key] = &[
    ("Tab/→", "next picture"),
    ("Shift-Tab/←", "previous"),
    ("1-9", "jump"),
    ("↑↓", "scroll"),
    ("Esc", "back"),
    ("q", "quit"),
];
pub const KEYS_COMPARE: &[Key] = &[
    ("↑↓", "participant"),
    ("n", "note"),
    ("Enter", "read"),
    ("←→", "prompt"),
    ("c", "pick prompt"),
    ("Esc", "back"),
    ("PgDn", "page"),
    ("m", "map"),
    ("q", "quit"),
];

pub const HELP_TITLE: &str = " Keys — Esc closes ";
pub const PICKER_TITLE: &str = " Compare which prompt? — type to search, Enter chooses ";
pub const NO_PROMPT_MATCHES: &str = "No prompt matches.";

/// The search line (the picker's, the cohort list's), with its cursor.
pub fn search(query: &str) -> String {
    format!("Search: {query}▏")
}

/// The note editor's title: on one prompt, or on the whole workbook.
pub fn note_title(name: &str, on_prompt: bool) -> String {
    if on_prompt {
        format!(" Note for {name} on this prompt — Esc saves and closes ")
    } else {
        format!(" Note for {name} on the whole workbook — Esc saves and closes ")
    }
}

/// Above a workbook's map: whose it is.
pub fn map_title(who: &str, initiative: &str) -> String {
    format!("Map — {who} · {initiative}")
}

/// The cohort list's title line, and what a search found.
pub fn cohort_title(shown: usize, total: usize, sort: &str, filter: &str) -> String {
    format!("Review · {shown} of {total} workbook(s) · sort: {sort} · filter: {filter}")
}

pub fn found(query: &str, answers: usize) -> String {
    format!(" · \"{query}\": {answers} answer(s)")
}

/// The cohort list's column headings.
pub const COL_PARTICIPANT: &str = "Participant";
pub const COL_INITIATIVE: &str = "Initiative";
pub const COL_MOMENT: &str = "Moment";
pub const COL_CHANGED: &str = "Changed";
pub const COL_ALL: &str = " All";
pub const COL_FOUND: &str = "       Found";

/// Files of the cohort that could not be read: the heading, and how many more.
pub fn not_read(n: usize) -> String {
    format!("{n} file(s) {}:", super::review::NOT_READ)
}

pub fn more_not_read(n: usize) -> String {
    format!("  … and {n} more (--summary lists them all)")
}

pub const SORT_NAME: &str = "name";
pub const SORT_PROGRESS: &str = "progress";
pub const SORT_DATE: &str = "last change";
pub const FILTER_ALL: &str = "all";
pub const FILTER_NOT_STARTED: &str = "not started";
pub const FILTER_IN_PROGRESS: &str = "in progress";
pub const FILTER_COMPLETE: &str = "complete";
pub const FILTER_BEFORE: &str = "before a session";
pub const FILTER_AFTER: &str = "after a session";
pub const FILTER_ANY: &str = "any time";

/// Compare's heading: where the prompt is.
pub fn compare_head(theme: &str, exercise: &str, n: usize, of: usize) -> String {
    format!("Compare · {theme} › {exercise} · prompt {n} of {of}")
}

/// What the cohort's answers add up to.
pub fn answered(n: usize, of: usize) -> String {
    format!("{n} of {of} answered")
}

pub fn named_most(answered: &str) -> String {
    format!("{answered} · named most often:")
}

pub fn and_more(n: usize) -> String {
    format!("  … and {n} more")
}

pub fn with_mean(answered: &str, mean: Option<f64>) -> String {
    match mean {
        Some(m) => format!("{answered} · mean {m:.1}"),
        None => answered.to_string(),
    }
}

pub fn column_mean(mean: f64, n: usize) -> String {
    format!("mean {mean:.1} (of {n})")
}

pub fn column_written(n: usize) -> String {
    format!("{n} written")
}

pub fn placed(counts: &[String]) -> String {
    format!("placed: {}", counts.join(", "))
}

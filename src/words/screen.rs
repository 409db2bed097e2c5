//! The participant's screens' labels and key tables: the header, the outline, the home
//! list, the footer's keys, the Map screen's keys and the small words beside answers.
//!
//! Words only, one table per language later; never formats terminal codes, never touches a
//! file. The sentences and the status line's notices are in `participant`.

use crate::content::Exercise;

/// The app's own name, where an initiative has none yet.
pub const APP_NAME: &str = "convene";

/// The header's progress: long (`7 of 20 answered`) or short (`7/20`).
pub fn answered(answered: usize, total: usize, long: bool) -> String {
    if long {
        format!("{answered} of {total} answered ")
    } else {
        format!("{answered}/{total} ")
    }
}

/// The header's progress with the time left on the path: `12 of 30 · 25 min left `.
pub fn answered_left(answered: usize, total: usize, minutes: u32) -> String {
    format!(
        "{answered} of {total} · {} left ",
        crate::words::paths::short_minutes(minutes)
    )
}

/// Under an exercise's title: its level and, when the pack says, about how long it takes.
pub fn level_and_time(exercise: &Exercise) -> String {
    format!(
        "{} · {}",
        exercise.level.label(),
        crate::words::paths::exercise_time(exercise)
    )
}

/// In the outline: an exercise's level, and its minutes when the pack says (`Today · 5 min`).
pub fn level_and_minutes(exercise: &Exercise) -> String {
    match exercise.minutes {
        Some(m) => format!("{} · {m} min", exercise.level.label()),
        None => exercise.level.label().to_string(),
    }
}

/// The sidebar's first line: the path followed.
pub fn path_line(title: &str) -> String {
    format!("Path: {title}")
}

/// In the paths overlay, after a path's size: ` · 25 min left`, ` · 3 h 52 min left`.
pub fn minutes_left(m: u32) -> String {
    format!(" · {} left", crate::words::paths::short_minutes(m))
}

/// The paths overlay's title.
pub const PATHS_TITLE: &str = " Paths — Enter follows, Esc closes ";
/// Beside the path followed now.
pub const PATH_NOW: &str = "  (now)";

pub const OUTLINE_TITLE: &str = " Outline — Enter jumps, Esc closes ";
pub const HELP_TITLE: &str = " Keys — Tab: about, Esc closes ";
pub const ABOUT_TITLE: &str = " About — Tab: keys, Esc closes ";
pub const HOME_ABOUT_TITLE: &str = " About — Esc closes ";
pub const HOME_HELP_TITLE: &str = " Keys — F2: about, Esc closes ";
pub const DONE: &str = "✓ done";
pub const PARTLY: &str = "◐ partly";
pub const NOT_STARTED: &str = "○ not started";
pub const YOU_ARE_HERE: &str = "  (you are here)";

/// Under the About text: the pack in use.
pub fn this_pack(title: &str, version: &str) -> String {
    format!("This content pack: {title} (version {version})")
}

/// The home list: a workbook without a name, its progress, when it changed and where.
pub const NO_NAME: &str = "(no name)";

pub fn home_answered(answered: usize, total: usize) -> String {
    format!("  {answered}/{total} answered")
}

pub fn home_changed(when: &str, path: &str) -> String {
    format!("changed {when} · {path}")
}

pub const HOME_KEYS: &str =
    "↑↓ choose   Enter open   n new workbook   F1 help   F2 about   Ctrl-Q quit";

/// The welcome's answers so far.
pub fn given_initiative(name: &str) -> String {
    format!("Initiative: {name}")
}

pub fn given_name(name: &str) -> String {
    format!("Your name: {name}")
}

/// Beside a quadrant row not rated on both axes.
pub const RATE_BOTH: &str = "  (rate both to place)";

/// A rating shown with its range: `4 (of 1–5)`.
pub fn of_range(n: i64, min: i64, max: i64) -> String {
    format!("{n} (of {min}–{max})")
}

/// A rating shown with what its ends mean: `→ 4 (from 1 “low” to 5 “high”)`.
pub fn rated(value: &str, min: i64, low: &str, max: i64, high: &str) -> String {
    format!("→ {value} (from {min} “{low}” to {max} “{high}”)")
}

/// Under a focused scale cell: the keys and what the ends mean.
pub fn scale_keys(min: i64, low: &str, max: i64, high: &str) -> String {
    format!("←/→ or a digit: {min} “{low}” … {max} “{high}”")
}

/// Under a focused levels cell: the keys and the levels.
pub fn choice_keys(labels: &[String]) -> String {
    format!("←/→: {}", labels.join(" · "))
}

/// Under a focused choice cell: the keys and the choices (letters find one past the
/// digits' reach).
pub fn choice_find_keys(labels: &[String]) -> String {
    format!("←/→ or letters: {}", labels.join(" · "))
}

/// After a focused multiple-choice cell's options.
pub const MULTI_KEYS: &str = "   (←/→ move, Space picks, letters find)";

/// What a key does, for the footer: (key, what).
pub type Key = (&'static str, &'static str);

pub const KEYS_OUTLINE: &[Key] = &[("↑↓", "move"), ("Enter", "go there"), ("Esc", "close")];
pub const KEYS_CONFIRM: &[Key] = &[("Enter", "start"), ("Esc", "not now")];
pub const KEYS_CONFLICT: &[Key] = &[("Enter", "open the copy"), ("Esc", "stay here")];
pub const KEYS_OVERLAY: &[Key] = &[("↑↓", "scroll"), ("Tab", "help/about"), ("Esc", "close")];
pub const KEYS_LINE: &[Key] = &[("Enter", "next")];
pub const KEYS_TEXT: &[Key] = &[("Enter", "new line"), ("Ctrl-Z", "undo")];
pub const KEYS_LIST: &[Key] = &[
    ("Enter", "add/next"),
    ("↑↓", "move"),
    ("Ctrl-D", "remove"),
    ("Alt-↑↓", "reorder"),
];
pub const KEYS_CHOICE: &[Key] = &[("↑↓", "move"), ("Space", "select")];
pub const KEYS_RANKING: &[Key] = &[("↑↓", "move"), ("Space", "rank"), ("Alt-↑↓", "order")];
pub const KEYS_SCALE: &[Key] = &[("←→", "rate"), ("0-9", "set")];
pub const KEYS_CELLS: &[Key] = &[("↑↓", "cell"), ("←→", "change"), ("Space", "pick")];
pub const KEY_CLEAR: Key = ("Ctrl-K", "clear");
/// On an answer from an earlier version of the pack (another shape): the one key that helps.
pub const KEY_CLEAR_EARLIER: Key = ("Ctrl-K", "clear the earlier answer");
pub const KEY_SEED: Key = ("Ctrl-R", "use earlier list");
/// After the two keys that matter most for the focus.
pub const KEYS_FIRST: &[Key] = &[
    ("F1", "help"),
    ("Tab", "next"),
    ("Ctrl-Q", "quit"),
    ("F3", "map"),
];
/// Ctrl-F's place in the list, then these.
pub const KEYS_LATER: &[Key] = &[
    ("PgDn", "next exercise"),
    ("Ctrl-S", "save"),
    ("Shift-Tab", "back"),
    ("PgUp", "previous exercise"),
];
pub const KEY_OUTLINE: Key = ("Ctrl-O", "outline");
pub const KEY_AFTER: Key = ("Ctrl-T", "after the session");
/// The help key, always at the footer's right.
pub const KEY_HELP: Key = ("F1", "help");

/// Ctrl-F in the footer: it chooses the path.
pub const KEY_PATH: Key = ("Ctrl-F", "path");
/// The paths overlay's keys.
pub const KEYS_PATHS: &[Key] = &[("↑↓", "choose"), ("Enter", "follow"), ("Esc", "close")];

/// The Map screen's keys, most useful first.
pub const KEYS_MAP: &[Key] = &[
    ("Tab/→", "next picture"),
    ("Esc", "back to answers"),
    ("↑↓", "scroll"),
    ("Shift-Tab/←", "previous"),
    ("1-9", "jump"),
    ("F3", "answers"),
    ("Ctrl-Q", "quit"),
];

/// The Map screen's title line.
pub fn map_title(initiative: &str) -> String {
    if initiative.is_empty() {
        super::participant::MAP_TITLE.to_string()
    } else {
        format!("{} — {initiative}", super::participant::MAP_TITLE)
    }
}

/// The welcome's and the home screen's keys, for their help (F1): (key, what it does); an
/// empty key is a section heading.
pub const WELCOME_HELP_KEYS: &[(&str, &str)] = &[
    ("", "Starting a workbook"),
    (
        "Enter",
        "next step (your own name may stay empty; the last step starts the workbook)",
    ),
    ("Esc", "back a step"),
    (
        "↑↓ or a digit",
        "choose a path, or before or after a session",
    ),
    ("←→ / Home / End", "move in a name"),
    ("Ctrl-Z / Ctrl-Y", "undo / redo in a name"),
    ("", "Your workbooks"),
    ("↑↓", "choose a workbook"),
    ("Enter", "open it"),
    ("n", "start a new workbook"),
    ("", "Anywhere"),
    ("F1", "this help"),
    ("F2", "about convene and its content"),
    ("Ctrl-Q", "quit"),
];

//! The sentences about paths through a pack, shared by the command line, plain mode and the
//! participant's screens: a path in one line, the question that chooses one, and what is
//! said when a path is unknown or changed.
//!
//! Words only: never formats terminal codes, never touches a file.

use crate::content::{Exercise, Pack, PathSpec};

/// `8 exercises, about 42 minutes` (or without the time when the pack gives none).
pub fn size(pack: &Pack, path: &str) -> String {
    let n = pack.path_exercises(path).count();
    let exercises = format!("{n} exercise{}", if n == 1 { "" } else { "s" });
    match pack.path_minutes(path) {
        Some(m) => format!("{exercises}, {}", about_minutes(m)),
        None => exercises,
    }
}

/// `about 42 minutes`, or in hours and minutes from two hours up (`about 4 h 35 min`).
pub fn about_minutes(m: u32) -> String {
    if m < 120 {
        format!("about {m} minute{}", if m == 1 { "" } else { "s" })
    } else if m.is_multiple_of(60) {
        format!("about {} hours", m / 60)
    } else {
        format!("about {} h {} min", m / 60, m % 60)
    }
}

/// How long an exercise takes by the pack's estimate (`about 5 minutes`), or else when it is
/// for (`before a session`).
pub fn exercise_time(exercise: &Exercise) -> String {
    match exercise.minutes {
        Some(m) => about_minutes(m),
        None => exercise.moment.label().to_string(),
    }
}

/// `Core, before a session: 8 exercises, about 42 minutes`.
pub fn summary(pack: &Pack, path: &PathSpec) -> String {
    format!("{}: {}", path.title, size(pack, &path.id))
}

/// The question plain mode asks when a workbook is started without `--path`.
pub const ASK_PATH: &str = "Which path will you follow? Type its number. An empty line takes \
    the whole workbook; you can change the path later with :path.";

/// The paths numbered from 1, one a line, the one followed now marked.
pub fn numbered(pack: &Pack, now: Option<&str>) -> Vec<String> {
    pack.paths
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mark = if now == Some(p.id.as_str()) {
                " (now)"
            } else {
                ""
            };
            format!("  {}. {}{mark}", i + 1, summary(pack, p))
        })
        .collect()
}

/// Plain mode's `:path` without a word: what it does.
pub const PATH_HOW: &str = "Type :path and a number or id to follow another path. Every answer \
    is kept whatever the path; the whole workbook shows them all.";

/// Said as each exercise begins in plain mode: `About 30 minutes of your path left.`
pub fn left_on_path(m: u32) -> String {
    let about = about_minutes(m);
    let mut words = about.chars();
    let first = words.next().map(|c| c.to_uppercase().collect::<String>());
    format!(
        "{}{} of your path left.",
        first.unwrap_or_default(),
        words.as_str()
    )
}

/// Said at the end of a path that is not the whole workbook.
pub fn end_of_path(title: &str) -> String {
    format!(
        "That is the end of the path \"{title}\". Type :path to follow another (:path full \
         for the whole workbook); every answer is kept."
    )
}

/// Said when `:go` names an exercise, theme or question that is not on the path followed.
pub fn not_on_path(target: &str, title: &str) -> String {
    format!(
        "\"{target}\" is not on the path \"{title}\". Type :path full to see the whole \
         workbook (every answer is kept), then :go again."
    )
}

/// Said when a number or id names no path.
pub fn no_such_path(given: &str, pack: &Pack) -> String {
    format!(
        "There is no path \"{given}\". The paths are: {}.",
        ids(pack)
    )
}

/// `core, after, revisit, full`.
pub fn ids(pack: &Pack) -> String {
    pack.paths
        .iter()
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Said when the path changes: `Path: Core, before a session (8 exercises, about 42
/// minutes; about 30 minutes left).`
pub fn now_on(pack: &Pack, path: &PathSpec, left: Option<u32>) -> String {
    let left = match left {
        Some(0) => "; all answered".to_string(),
        Some(m) => format!("; {} left", about_minutes(m)),
        None => String::new(),
    };
    format!("Path: {} ({}{left}).", path.title, size(pack, &path.id))
}

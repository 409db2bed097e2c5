//! The sentences about paths through a pack, shared by the command line, plain mode and the
//! participant's screens: a path in one line, the question that chooses one, and what is
//! said when a path is unknown, changed or ended. What is said about a path travels as data
//! (`PathFacts`), read from the pack when it happens and worded here.
//!
//! Words only: never formats terminal codes, never touches a file.

use crate::content::{Exercise, Pack, PathSpec};

/// A path as it is said: its title, its size and time, and (when it is followed) the time
/// left on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathFacts {
    pub title: String,
    pub exercises: usize,
    /// The pack's estimate for the whole path, if it gives one.
    pub minutes: Option<u32>,
    /// About how many minutes of the path are left, when that is said.
    pub left: Option<u32>,
}

impl PathFacts {
    /// The facts of `path` in `pack`, with the time left on it if given.
    pub fn of(pack: &Pack, path: &PathSpec, left: Option<u32>) -> PathFacts {
        PathFacts {
            title: path.title.clone(),
            exercises: pack.path_exercises(&path.id).count(),
            minutes: pack.path_minutes(&path.id),
            left,
        }
    }
}

/// What plain mode says about paths, as data (inside `words::plain::Say`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSay {
    /// The path followed: at the start, in the outline and when it changes.
    Now(PathFacts),
    /// As an exercise begins: about how many minutes of the path are left.
    TimeLeft(u32),
    /// `:path`: the list's head, each path (numbered from 1), and how to follow one.
    Head,
    Entry {
        n: usize,
        facts: PathFacts,
        now: bool,
    },
    How,
    /// A number or id that names no path, and the pack's path ids.
    NoSuch {
        given: String,
        ids: Vec<String>,
    },
    /// The end of a path that is not the whole workbook: its title.
    End(String),
    /// `:go` named something the pack has, off the path followed (its title).
    NotOn {
        target: String,
        title: String,
    },
}

/// The wording of a `PathSay`.
pub fn path_say(p: &PathSay) -> String {
    match p {
        PathSay::Now(facts) => now_on(facts),
        PathSay::TimeLeft(m) => left_on_path(*m),
        PathSay::Head => PATHS_HEAD.to_string(),
        PathSay::Entry { n, facts, now } => numbered(*n, facts, *now),
        PathSay::How => PATH_HOW.to_string(),
        PathSay::NoSuch { given, ids } => no_such_path(given, ids),
        PathSay::End(title) => end_of_path(title),
        PathSay::NotOn { target, title } => not_on_path(target, title),
    }
}

/// `8 exercises, about 42 minutes` (or without the time when the pack gives none).
pub fn size(facts: &PathFacts) -> String {
    let n = facts.exercises;
    let exercises = format!("{n} exercise{}", if n == 1 { "" } else { "s" });
    match facts.minutes {
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

/// A time in short: `25 min`, or in hours and minutes from two hours up (`3 h 52 min`, `4 h`),
/// as `about_minutes` counts them.
pub fn short_minutes(m: u32) -> String {
    if m < 120 {
        format!("{m} min")
    } else if m.is_multiple_of(60) {
        format!("{} h", m / 60)
    } else {
        format!("{} h {} min", m / 60, m % 60)
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
pub fn summary(facts: &PathFacts) -> String {
    format!("{}: {}", facts.title, size(facts))
}

/// The question plain mode asks when a workbook is started without `--path`.
pub const ASK_PATH: &str = "Which path will you follow? Type its number. An empty line takes \
    the whole workbook; you can change the path later with :path.";

/// A path in a numbered list (`  1. Core, before a session: 8 exercises, about 42 minutes`),
/// marked when it is the one followed now.
pub fn numbered(n: usize, facts: &PathFacts, now: bool) -> String {
    let mark = if now { " (now)" } else { "" };
    format!("  {n}. {}{mark}", summary(facts))
}

/// Over the list of paths that `:path` gives.
pub const PATHS_HEAD: &str = "The paths:";

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

/// Said when a number or id names no path; `ids` are the pack's.
pub fn no_such_path(given: &str, ids: &[String]) -> String {
    format!(
        "There is no path \"{given}\". The paths are: {}.",
        ids.join(", ")
    )
}

/// The ids of a pack's paths, in order, for `no_such_path`.
pub fn ids(pack: &Pack) -> Vec<String> {
    pack.paths.iter().map(|p| p.id.clone()).collect()
}

/// Said when the path changes or a session starts: `Path: Core, before a session (8
/// exercises, about 42 minutes; about 30 minutes left).`
pub fn now_on(facts: &PathFacts) -> String {
    let left = match facts.left {
        Some(0) => "; all answered".to_string(),
        Some(m) => format!("; {} left", about_minutes(m)),
        None => String::new(),
    };
    format!("Path: {} ({}{left}).", facts.title, size(facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_short_and_in_words_count_hours_alike() {
        assert_eq!(short_minutes(42), "42 min");
        assert_eq!(short_minutes(232), "3 h 52 min");
        assert_eq!(short_minutes(240), "4 h");
        assert_eq!(about_minutes(232), "about 3 h 52 min");
        assert_eq!(about_minutes(240), "about 4 hours");
    }
}

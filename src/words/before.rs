//! Words for what was written before a session, on screen and in plain mode: the label
//! above an earlier answer (with the day its snapshot was kept, and which of how many it
//! is), the key that looks further back, and what is said when there is nothing to show.
//!
//! Words only.

use crate::words::screen::Key;

/// The footer's key for looking back through the snapshots of a series of sessions.
pub const KEY_OLDER: Key = ("Ctrl-B", "earlier");

/// Ctrl-B (or `:before`) where no snapshot holds an answer to this question.
pub const NOTHING_BEFORE: &str =
    "Nothing was kept from before a session for this question (Ctrl-T keeps your answers).";

/// Ctrl-B where the earlier answer shown is the only one kept for this question.
pub const ONLY_BEFORE: &str =
    "That is the only answer kept from before a session for this question.";

/// `:before` in plain mode, where nothing was kept for this question.
pub const PLAIN_NOTHING_BEFORE: &str =
    "Nothing was kept from before a session for this question (:after keeps your answers).";

/// "Before the session you wrote", with the day the snapshot was kept when it is known.
fn before(day: Option<&str>) -> String {
    match day {
        Some(day) => format!("Before the session of {day} you wrote"),
        None => "Before the session you wrote".to_string(),
    }
}

/// The label above an earlier answer on screen.
pub fn earlier_label(day: Option<&str>) -> String {
    format!("{}:", before(day))
}

/// Under the label after a series of sessions: which snapshot this is (`at`, from 0, the
/// latest) of how many hold an answer here, and what Ctrl-B does next. Nothing for one.
pub fn earlier_count(at: usize, of: usize) -> Option<String> {
    match of {
        0 | 1 => None,
        _ if at + 1 >= of => Some(format!("({} of {of}; Ctrl-B: the latest)", at + 1)),
        _ => Some(format!("({} of {of}; Ctrl-B: older)", at + 1)),
    }
}

/// What plain mode says about answers from before a session, as data (worded by `plain`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BeforeSaid {
    /// The head of an earlier answer (its words follow): the day its snapshot was kept.
    Head(Option<String>),
    /// After the latest earlier answer: how many older ones `:before` reads too.
    More(usize),
    /// `:before` where nothing was kept for this question.
    Nothing,
}

/// Plain mode's line for a `BeforeSaid`.
pub fn plain(said: &BeforeSaid) -> String {
    match said {
        BeforeSaid::Head(day) => format!("{}:", before(day.as_deref())),
        BeforeSaid::More(n) => {
            format!("Kept before earlier sessions too ({n} more): type :before to read them.")
        }
        BeforeSaid::Nothing => PLAIN_NOTHING_BEFORE.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_says_the_day_and_where_ctrl_b_goes() {
        assert_eq!(earlier_label(None), "Before the session you wrote:");
        assert_eq!(
            earlier_label(Some("2026-12-04")),
            "Before the session of 2026-12-04 you wrote:"
        );
        assert_eq!(earlier_count(0, 1), None);
        assert_eq!(
            earlier_count(0, 2).as_deref(),
            Some("(1 of 2; Ctrl-B: older)")
        );
        assert_eq!(
            earlier_count(1, 2).as_deref(),
            Some("(2 of 2; Ctrl-B: the latest)")
        );
    }
}

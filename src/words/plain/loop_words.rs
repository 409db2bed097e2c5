//! What plain mode's line loops say themselves (not the machine): where the workbook is,
//! how saving went, and the list of workbooks when no command is given.
//!
//! Words only; the loops sanitise and write them.

/// The first line of a session.
pub fn workbook_file(path: &str) -> String {
    format!("Workbook file: {path}")
}

/// The coach's notes beside the workbook could not be read.
pub fn notes_not_shown(why: &str) -> String {
    format!("Your coach's notes are not shown: {why}")
}

/// The workbook had changed on disk, so the answers went beside it (said once).
pub fn saved_aside(path: &str) -> String {
    format!(
        "The workbook file was changed by someone else, so it was left alone; your answers are saved in {path} instead."
    )
}

/// A save failed; the session goes on.
pub fn not_saved(why: &str) -> String {
    format!("Not saved: {why}. Your answers are still here; convene will try again.")
}

/// The last line of a session.
pub fn saved_in(path: &str) -> String {
    format!("Your answers are saved in {path}.")
}

/// The error when the last answers could not be saved at the end.
pub fn last_not_saved(path: &str) -> String {
    format!("the last answers could not be saved to {path}")
}

/// `convene --plain` with no workbooks yet.
pub fn no_workbooks(dir: &str) -> String {
    format!("No workbooks yet in {dir}.")
}

pub const START_NEW: &str = "Start a new one with: convene --plain new \"My initiative\"";

pub fn your_workbooks(dir: &str) -> String {
    format!("Your workbooks in {dir}, newest first:")
}

/// One workbook of the list.
pub fn workbook_row(
    n: usize,
    initiative: &str,
    answered: usize,
    total: usize,
    path: &str,
) -> String {
    format!("  {n}. {initiative} ({answered} of {total} answered; {path})")
}

pub fn open_which(count: usize) -> String {
    format!("Type a number from 1 to {count} to open that workbook, or an empty line to stop.")
}

pub fn not_opened(why: &str, count: usize) -> String {
    format!(
        "Not opened: {why}. Type a number from 1 to {count} to open another, or an empty line to stop."
    )
}

pub fn not_a_workbook(word: &str, count: usize) -> String {
    format!(
        "\"{word}\" is not one of the workbooks. Type a number from 1 to {count}, or an empty line to stop."
    )
}

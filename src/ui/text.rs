//! User-facing strings of the participant's screens, in one place.
//!
//! Never holds content words (those live in the pack) and never formats terminal codes.

use crate::content::Scale;

pub const PLACEHOLDER: &str = "Type your answer here";
pub const QUIT_UNSAVED: &str =
    "Your changes are NOT saved. Press Ctrl-Q again to quit anyway, or Ctrl-S to retry.";
pub const SAVED: &str = "Saved";
pub const UNSAVED: &str = "Changes not saved yet";
pub const NOT_SAVED: &str = "Not saved";
pub const ENLARGE: &str = "Please enlarge the window";
pub const NO_PROMPTS: &str = "This exercise has no questions.";
pub const UNANSWERED: &str = "(not answered yet)";

pub fn scale_range(scale: &Scale) -> String {
    match scale {
        Scale::Numeric(n) => format!("Type a number from {} to {}", n.min, n.max),
        Scale::Levels(l) => format!("Type a number from 1 to {}", l.len()),
    }
}

pub fn at_most(max: u32) -> String {
    format!("Choose at most {max} — unselect one first")
}

pub fn at_most_items(max: u32) -> String {
    format!("This list takes at most {max} items")
}

pub fn removed(name: &str) -> String {
    if name.trim().is_empty() {
        "Removed an item — Ctrl-Z brings it back".to_string()
    } else {
        format!(
            "Removed “{}” — Ctrl-Z brings it back",
            super::sanitize::clean(name)
        )
    }
}

pub fn add_items_first(list_prompt: &str, exercise: &str) -> String {
    format!("Add items to “{list_prompt}” first (in {exercise})")
}

//! Every user-facing sentence of the participant's screens (`participant`, and their
//! labels and keys in `screen`), the review screens (`review`), plain mode (`plain`), the
//! paths through a pack (`paths`) and where the answers went after a conflict (`saving`), in
//! one place below the state machines and the renderers. The state machines hold what
//! happened as data (`participant::Notice`, `review::Notice`, `plain::Say`); the wording is
//! looked up here when a screen is drawn or a line is printed, so a second language is one
//! more set of these tables.
//!
//! Words only: never formats terminal codes, never touches a file.

pub mod before;
pub mod guide;
pub mod participant;
pub mod paths;
pub mod plain;
pub mod review;
pub mod review_screen;
pub mod saving;
pub mod screen;

/// An RFC 3339 time as it is shown beside notes and in lists: `2026-11-23T20:15:07+00:00`
/// as `2026-11-23 20:15` (the time as written, no time zone arithmetic); anything that is
/// not such a time as it is.
pub fn short_time(rfc3339: &str) -> String {
    let t = rfc3339.trim();
    match (t.get(..10), t.get(10..11), t.get(11..16)) {
        (Some(day), Some("T" | "t" | " "), Some(hm)) => format!("{day} {hm}"),
        _ => t.to_string(),
    }
}

/// Who wrote a note and when, as its label shows it: `Helen Ng, 2026-11-23 20:15`, or
/// `a coach, …` when they gave no name; without a time when it has none yet.
pub fn signature(by: &str, at: &str) -> String {
    let by = by.trim();
    let by = if by.is_empty() { "a coach" } else { by };
    if at.trim().is_empty() {
        by.to_string()
    } else {
        format!("{by}, {}", short_time(at))
    }
}

/// A note's label: `Coach's note (Helen Ng, 2026-11-23 20:15):`, or without the brackets
/// for a note neither signed nor dated; with `; the answer has changed since` inside them
/// when the answer it is about has changed since it was written.
pub fn note_head(label: &str, note: &crate::workbook::notes::Note, changed: bool) -> String {
    format!("{}:", note_label(label, note, changed))
}

/// `note_head` without its colon: `Coach's note (Helen Ng, 2026-11-23 20:15)`.
pub fn note_label(label: &str, note: &crate::workbook::notes::Note, changed: bool) -> String {
    let mut inside = if note.by.trim().is_empty() && note.at.trim().is_empty() {
        String::new()
    } else {
        signature(&note.by, &note.at)
    };
    if changed {
        if !inside.is_empty() {
            inside.push_str("; ");
        }
        inside.push_str(ANSWER_CHANGED);
    }
    if inside.is_empty() {
        label.to_string()
    } else {
        format!("{label} ({inside})")
    }
}

/// Beside a note whose answer has changed since it was written.
pub const ANSWER_CHANGED: &str = "the answer has changed since this note";

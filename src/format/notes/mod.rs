//! The coach's notes sidecar as text: `render` writes `NAME.coach.md`, `parse` reads it back.
//! Never touches a file (`store::notes` does), never drops a note, never guesses at a
//! damaged file.
//!
//! `NAME.coach.md` beside `NAME.md`: UTF-8, `\n` line ends, CommonMark that reads well on
//! its own (the participant may open it in any Markdown viewer).
//!
//! ```text
//! ---
//! convene: "coach-notes"                  required: what the file is
//! workbook: "sam.md"                      the workbook's file name (informational)
//! coach: "Jo"                             every string double-quoted, YAML escapes
//! updated: "2026-11-23T20:15:07+00:00"    left out when never saved
//! ---
//!
//! # Coach's notes on Dorset mental health     derived from here on, except inside markers
//!
//! ## On the whole workbook
//!
//! <!-- convene:note about="workbook" -->
//! The general note, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Theme title
//!
//! ### Exercise title
//!
//! **The prompt's wording?**
//!
//! <!-- convene:note id="exercise.prompt" -->
//! The note on that prompt, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Other notes                          notes on prompts the pack does not have
//!
//! ### old\.prompt
//!
//! <!-- convene:note id="old.prompt" -->
//! …
//! <!-- /convene:note -->
//! ```
//!
//! Only the front matter and what lies between the markers is read. A note's text is written
//! as the workbook writes a text answer (`format::markdown::text::write`): raw Markdown when that is
//! safe, otherwise a ```` ```convene-text ```` or ```` ```convene-escaped ```` fence. An empty
//! pair of markers is no note; the general note's pair is always written, so a coach can type
//! one by hand. Notes on prompts are grouped by the pack's themes and exercises when the pack
//! is known; otherwise (or for ids the pack lacks) they go under "Other notes".
//!

mod parse;
mod write;

pub use parse::{Failure, parse};
pub use write::render;

#[cfg(test)]
mod tests;

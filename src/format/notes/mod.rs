//! Coaches' notes as text: `render` writes `NAME.coach.md`, `render_feedback` the feedback
//! file sent back to a participant (the same file with their answers quoted), `parse` reads
//! either back. Never touches a file (`store::notes` does), never drops a note, never
//! guesses at a damaged file.
//!
//! `NAME.coach.md` beside `NAME.md`: UTF-8, `\n` line ends, CommonMark that reads well on
//! its own (the participant may open it in any Markdown viewer).
//!
//! ```text
//! ---
//! convene: "coach-notes"                  required: what the file is
//! workbook: "sam.md"                      the workbook's file name (informational)
//! workbook_id: "wb-3f9c…"                 the workbook's stable id (its front matter's
//!                                         `workbook_id`): how the participant's convene
//!                                         finds these notes whatever the files are called
//! review: "follow-up"                     reviewed / follow-up; left out: not reviewed
//! updated: "2026-11-23T20:15:07+00:00"    left out when never saved
//! ---
//!
//! # Coach's notes on Dorset mental health     derived from here on, except inside markers
//!
//! ## On the whole workbook
//!
//! ✎ _Helen Ng, 2026-11-23 20:15_           who and when, to read (not read back)
//!
//! <!-- convene:note about="workbook" by="Helen%20Ng" at="2026-11-23T20:15:07+00:00" -->
//! The note, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Theme title
//!
//! ### Exercise title
//!
//! **The prompt's wording?**
//!
//! _Your answer:_                          feedback files only: the answer, quoted
//!
//! > The participant's answer
//!
//! ✎ _Raj Singh, 2026-11-24 09:02_
//!
//! <!-- convene:note id="exercise.prompt" by="Raj%20Singh" at="…" answer="f6a7dd7aafdc39e6" -->
//! The note on that prompt, exactly as typed.
//! <!-- /convene:note -->
//!
//! ## Other notes                          notes on prompts the pack does not have
//!
//! ### old\.prompt
//!
//! <!-- convene:note id="old.prompt" by="…" -->
//! …
//! <!-- /convene:note -->
//! ```
//!
//! Only the front matter and what lies between the markers is read. Each note is signed
//! (`by`, the coach's name, may be absent for a coach who gave none), dated (`at`, when it
//! was last changed) and records `answer`, the mark (`workbook::notes::answer_mark`) of the
//! answer it was written about, so a changed answer can be flagged. Each coach has at most
//! one note on each prompt and one on the whole workbook; several coaches' notes on the same
//! prompt follow one another. A file from before notes were signed (a `coach:` and
//! `updated:` in the front matter, markers without `by`/`at`) reads as notes signed and
//! dated with those. A note's text is written as the workbook writes a text answer
//! (`format::markdown::text::write`): raw Markdown when that is safe, otherwise a
//! ```` ```convene-text ```` or ```` ```convene-escaped ```` fence. An empty pair of markers
//! is no note; when there is no note on the whole workbook an empty pair is written, so a
//! coach can type one by hand. Notes on prompts are grouped by the pack's themes and
//! exercises when the pack is known; otherwise (or for ids the pack lacks) they go under
//! "Other notes".

mod parse;
mod write;

pub use parse::{Failure, parse};
pub use write::{render, render_feedback};

#[cfg(test)]
mod tests;

//! Every user-facing sentence of the participant's screens (`participant`, and their
//! labels and keys in `screen`), the review screens (`review`), plain mode (`plain`), the
//! paths through a pack (`paths`) and where the answers went after a conflict (`saving`), in
//! one place below the state machines and the renderers. The state machines hold what
//! happened as data (`participant::Notice`, `review::Notice`, `plain::Say`); the wording is
//! looked up here when a screen is drawn or a line is printed, so a second language is one
//! more set of these tables.
//!
//! Words only: never formats terminal codes, never touches a file.

pub mod participant;
pub mod paths;
pub mod plain;
pub mod review;
pub mod review_screen;
pub mod saving;
pub mod screen;

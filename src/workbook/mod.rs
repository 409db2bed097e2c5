//! Workbooks: a participant's answers, the coach's notes on them, and a cohort of them.
//!
//! No terminal types, no files, no clock. `model` is pure data, `derive` computes what
//! follows from it, `edit` is the one editing core of both front ends, `moves` carries
//! answers to the prompts that replaced theirs, `notes` is the coach's notes, `cohort` the
//! workbooks a coach reviews. Their Markdown is `format::markdown`; `store` keeps the files.

pub mod cohort;
pub mod derive;
pub mod edit;
pub mod fields;
pub mod model;
pub mod moves;
pub mod notes;

pub use model::*;

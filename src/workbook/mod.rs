//! Workbooks: a participant's answers, their Markdown file, and the store that keeps it safe.
//!
//! No terminal types here. `model` is pure data, `derive` computes what follows from it,
//! `markdown` converts it to and from text, `store` is the only part that touches files.

pub mod derive;
pub mod markdown;
pub mod model;
pub mod notes;
pub mod rename;
pub mod store;

pub use model::*;

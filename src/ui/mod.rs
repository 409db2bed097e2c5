//! Rendering: pure functions from app state to a ratatui `Frame`.
//!
//! Never touches the filesystem and never changes state.

pub mod sanitize;
pub mod text;

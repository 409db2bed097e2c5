//! The participant's app state machine: `State`, `Msg`, `Effect` and a pure `update`.
//!
//! Never touches the terminal or the filesystem: effects are carried out by `tui`.

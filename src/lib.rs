//! convene: an offline terminal workbook for systems conveners.
//!
//! The module tree. The domain (`content`, `workbook`) has no terminal types; `app` is the
//! pure state machine; `ui` renders state and never touches the filesystem; `tui` and
//! `commands` are the edges where I/O happens.

pub mod app;
pub mod cli;
pub mod commands;
pub mod content;
pub mod format;
pub mod map;
pub mod plain;
pub mod review;
pub mod tui;
pub mod ui;
pub mod workbook;

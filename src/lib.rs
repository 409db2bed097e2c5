//! convene: an offline terminal workbook for systems conveners.
//!
//! The module tree, lowest first; each module imports only modules listed before it
//! (`tests/layering.rs` checks the table of allowed arrows and that no cycle runs between
//! top-level modules):
//!
//! - `cli`: the command line's definitions (clap).
//! - `text`: shared text geometry: the one sanitiser, wrap widths, the editor's rows.
//! - `content`: the pack model, parsed and validated from bytes, and the built-in pack.
//! - `workbook` (→ content): the workbook model and what derives from it, the
//!   coach's notes model, a cohort of workbooks and its aggregates.
//! - `map` (→ content, workbook): the map of an initiative drawn from its answers.
//! - `words` (→ content, workbook, text): every user-facing sentence of the screens, the
//!   review and plain mode.
//! - `format` (→ content, workbook, map, text, words): file formats: the workbook as
//!   Markdown, the notes sidecar, an answer as words, the cohort summary and CSV.
//! - `app` (→ content, workbook, map, text, words): the participant's pure state machine.
//! - `review` (→ app, content, workbook, map, format, text, words): the coach's review state
//!   machine.
//! - `ui` (→ app, review, content, workbook, map, format, text, words): pure ratatui
//!   rendering of `app` and `review`.
//! - `store` (→ content, workbook, format): THE I/O layer: files, the clock, the
//!   environment.
//! - `plain` (→ content, workbook, map, text, words, store): plain mode; its line loop is an
//!   edge.
//! - `tui` (→ app, review, ui, store, text, workbook): the terminal edge and its loops.
//! - `commands` (→ everything): the subcommands: command line → store → front ends.
//!
//! Not yet as the plan wants, and listed in the layering test's `KNOWN_EXCEPTIONS`:
//! `app::map` asks `ui::map::line_count` (so `app` → `ui`, the one cycle left), `review::app`
//! reuses `app`'s editor and map view, `ui` uses `format::answer`, three state-machine files
//! still build ratatui-textarea editors, and the autosave timer in `tui` reads the clock.

pub mod app;
pub mod cli;
pub mod commands;
pub mod content;
pub mod format;
pub mod map;
pub mod plain;
pub mod review;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod words;
pub mod workbook;

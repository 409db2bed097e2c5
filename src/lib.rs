//! convene: an offline terminal workbook for systems conveners.
//!
//! The module tree, lowest first; each module imports only modules listed before it
//! (`tests/layering.rs` checks the table of allowed arrows and that no cycle runs between
//! top-level modules):
//!
//! - `cli`: the command line's definitions (clap).
//! - `text`: shared text for every front end: the one sanitiser (and pastes), wrap widths,
//!   indented lines, the editor's rows.
//! - `content`: the pack model, parsed and validated from bytes, and the built-in pack.
//! - `workbook` (→ content, text): the workbook model and what derives from it, `edit`
//!   (the one editing core every front end changes answers through), the coach's notes
//!   model, a cohort of workbooks and its aggregates.
//! - `map` (→ content, workbook): the map of an initiative drawn from its answers.
//! - `words` (→ content, workbook, map, text): every user-facing sentence and label of the
//!   screens, the review and plain mode, and the data the state machines say them with.
//! - `format` (→ content, workbook, map, text, words): file formats: the workbook as
//!   Markdown, the notes sidecar, an answer as words, the cohort summary and CSV, the HTML
//!   page.
//! - `app` (→ content, workbook, map, text, words): the participant's pure state machine.
//! - `review` (→ content, workbook, map, format, text, words, and of `app` only its
//!   reusable editor and map view): the coach's review state machine.
//! - `ui` (→ app, review, content, workbook, map, format, text, words): pure ratatui
//!   rendering of `app` and `review`; each frame returns the layout it drew, which the
//!   loop sends back to `update` as a message.
//! - `store` (→ content, workbook, map, format, text, words): THE I/O layer: files, the
//!   clock, the environment.
//! - `plain` (→ the above and store): plain mode; its line loop is an edge.
//! - `tui` (→ app, review, ui, store, plain and the lower ones): the terminal edge, its
//!   keymaps and its loops.
//! - `commands` (→ everything): the subcommands: command line → store → front ends.
//!
//! Where the outside world is touched: files, the clock and the environment only in
//! `store` (and `main.rs`); the terminal in `tui`; standard input and output in plain mode's
//! line loop, `commands` and `main.rs`. Everything else takes data in and gives data back:
//! the state machines (`app`, `review`, `plain::machine`) return effects and what to say as
//! data (`words::participant::Notice`, `words::review::Notice`, `words::plain::Say`), worded
//! by `words` when a screen is drawn or a line printed; `ui` draws a state and returns the
//! layout it drew, which the loop sends back to `update` as a message.
//!
//! `ratatui` and `crossterm` appear only in `ui` and `tui`; the one exception is
//! `app::editor`, the state machines' text editor, which drives a `ratatui-textarea` for
//! its editing and undo history (no styles, no terminal). `tests/layering.rs` has no known
//! exceptions; `docs/ARCHITECTURE.md` draws the whole picture.

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

//! Plain mode: the workbook as a sequence of plain lines, for screen readers, scripts and
//! dumb terminals (`convene --plain`, or automatically off a terminal or with `TERM=dumb`).
//!
//! This file is the edge: it reads lines from a `BufRead`, writes lines to a `Write` and
//! saves through the store; `machine` decides everything and returns what to say as data,
//! which this loop words with `words::plain`. It never writes a control, zero-width or
//! direction character other than the line end (every line goes through
//! `text::sanitize::clean`, the one sanitiser), never moves a cursor, never uses colour, and
//! never ends without saving what was typed.

pub mod ask;
mod before;
mod edit;
mod home;
mod inputs;
pub mod machine;
mod map;
mod nav;
pub mod parse;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Context as _;

pub use home::run_home;
use inputs::Input;
pub use machine::{Plain, Reply};

use crate::store::Ctx;
use crate::store::{self, SaveOutcome, Session};
use crate::words::plain as words;
use crate::words::saving;
use crate::workbook::Workbook;

/// Whether to use plain mode: asked for, `TERM=dumb`, or standard input or output is not a
/// terminal.
pub fn wanted(asked: bool) -> bool {
    asked || store::env::term_is_dumb() || !store::env::stdio_is_terminal()
}

/// Writes lines, each made visible and ended with `\n` (`store::console`, where every line
/// convene prints is made safe).
pub use crate::store::console::write_lines;

/// Reads one line without its line end (`\n` or `\r\n`); `None` at the end of input. Bytes
/// that are not UTF-8 become `�`.
pub fn read_line(input: &mut impl BufRead) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    if input.read_until(b'\n', &mut buf)? == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

/// Runs one workbook in plain mode until `:quit`, the end of input or a signal to stop
/// (SIGTERM, SIGHUP, SIGINT), saving after every answer and once more at the end. A coach's notes beside the workbook are said with the
/// questions (or, when they cannot be read, why not). A save that fails is said at once; if the last one
/// failed, the run ends in an error (exit 1) after saying so.
pub fn run_session(
    ctx: &Ctx,
    mut session: Session,
    mut workbook: Workbook,
    input: impl BufRead + Send + 'static,
    mut output: impl Write,
) -> anyhow::Result<ExitCode> {
    let id = workbook.meta.stable_id();
    let found = crate::store::feedback::notes_for(session.path(), &id, &ctx.notes_also);
    let (notes, notes_problem) = match found {
        Ok(notes) => (notes, None),
        Err(err) => (None, Some(words::notes_not_shown(&err.to_string()))),
    };
    let mut plain = Plain::new(&ctx.pack).with_notes(notes);
    let mut saver = Saver::default();
    let mut first = vec![words::workbook_file(&session.path().display().to_string())];
    first.extend(notes_problem);
    let copies = store::conflict_copies(session.path());
    if let Some(copy) = copies.first() {
        let copy = copy.display().to_string();
        first.extend(saving::copy_found(&copy, copies.len() - 1));
        first.push(saving::copy_found_plain(&copy));
    }
    let mut shown = write_lines(&mut output, &first)
        .and_then(|()| write_lines(&mut output, &words::lines(&plain.start(&workbook).lines)));
    let inputs = inputs::start(input).context("cannot start reading standard input")?;
    loop {
        // A signal to stop is the end of input: what was typed is saved, the lock let go.
        let line = match inputs.recv().unwrap_or(Input::End) {
            Input::Line(line) => line,
            Input::End | Input::Stop => break,
            Input::Failed(err) => {
                saver.finish(&mut session, &mut workbook, ctx, &mut output)?;
                return Err(anyhow::Error::new(err).context("cannot read standard input"));
            }
        };
        let reply = plain.feed(&mut workbook, &line);
        let mut lines = Vec::new();
        if reply.save {
            saver.dirty = true;
            lines.extend(saver.save(&mut session, &mut workbook, ctx));
        }
        lines.extend(words::lines(&reply.lines));
        if shown.is_ok() {
            shown = write_lines(&mut output, &lines);
        }
        if reply.quit {
            break;
        }
    }
    saver.finish(&mut session, &mut workbook, ctx, &mut output)?;
    Ok(ExitCode::SUCCESS)
}

/// Saves and remembers whether the workbook on disk is behind.
#[derive(Default)]
struct Saver {
    /// Changed since the last successful save.
    dirty: bool,
    /// Saves go beside the workbook (someone else changed it); said once.
    aside_said: bool,
    /// Why the last save failed, with the system's reason.
    failed: Option<String>,
}

impl Saver {
    /// Saves now; returns lines to say (nothing when all is well).
    fn save(&mut self, session: &mut Session, wb: &mut Workbook, ctx: &Ctx) -> Vec<String> {
        match store::save_workbook(session, wb, &ctx.pack) {
            Ok(SaveOutcome::Saved) => {
                self.dirty = false;
                Vec::new()
            }
            Ok(SaveOutcome::SavedAside(aside)) => {
                self.dirty = false;
                if std::mem::replace(&mut self.aside_said, true) {
                    Vec::new()
                } else {
                    vec![words::saved_aside(&aside.display().to_string())]
                }
            }
            Err(err) => {
                let why = store::reason(&err);
                let said = words::not_saved(&why);
                self.failed = Some(why);
                vec![said]
            }
        }
    }

    /// The last save, at the end; an error when it fails.
    fn finish(
        &mut self,
        session: &mut Session,
        wb: &mut Workbook,
        ctx: &Ctx,
        output: &mut impl Write,
    ) -> anyhow::Result<()> {
        let mut lines = Vec::new();
        if self.dirty {
            lines = self.save(session, wb, ctx);
        }
        if self.dirty {
            let _ = write_lines(output, &lines);
            anyhow::bail!(
                "{}: {}",
                words::last_not_saved(&session.path().display().to_string()),
                self.failed.as_deref().unwrap_or("no reason given")
            );
        }
        lines.push(match session.aside() {
            Some(copy) => saving::saved_in_copy(
                &session.path().display().to_string(),
                &copy.display().to_string(),
                true,
            ),
            None => words::saved_in(&session.path().display().to_string()),
        });
        let _ = write_lines(output, &lines);
        Ok(())
    }
}

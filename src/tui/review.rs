//! The terminal edge of the coach's review: runs `review::app` on the terminal set up by
//! `tui` (same restore, input thread and signals), and carries out its effects — saving a
//! workbook's notes to their sidecar, on a thread of its own (`NoteSaver`) so the screen
//! never waits for a disk: the saves go one at a time in the order asked, each outcome
//! comes back as a message, and quitting waits for every save on its way.
//!
//! Never writes, locks or renames a participant's workbook: the only file it writes is
//! the notes sidecar, through `store::notes::save_notes_with`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};

use crossterm::event::{Event, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use super::review_keys as keys;
use super::{Inbox, Input, enter, inputs, queue};
use crate::content::Pack;
use crate::review::app::{Effect, Key, Msg, State, saves_pending, update};
use crate::store::notes::save_notes_with;
use crate::workbook::notes::CoachNotes;

/// Runs the review until the coach quits (taking the mouse when `mouse`, for the wheel).
/// Exit code 1 (with a message on stderr) when notes could not be saved.
pub fn run(mut state: State, mouse: bool) -> anyhow::Result<ExitCode> {
    state.color = crate::store::env::colour_wanted();
    let (mut terminal, guard) = enter(mouse)?;
    let rx = inputs();
    let mut saver = NoteSaver::spawn(state.pack.clone(), queue().tx.clone())?;
    let outcome = run_screen(&mut terminal, &mut state, &mut saver, &rx);
    drop(guard);
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(err)) => {
            // The notes were saved as the loop stopped (`run_screen`); any that could not
            // be are named.
            warn_unsaved(&state);
            return Err(err);
        }
        Err(_) => {
            // The hook has printed the panic (after restoring the terminal); the notes were
            // saved as the loop stopped (`run_screen`).
            anyhow::bail!("internal error in the review screens");
        }
    }
    if warn_unsaved(&state) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Names on stderr each workbook whose notes were not saved; whether there was one.
fn warn_unsaved(state: &State) -> bool {
    for (wb, reason) in &state.unsaved {
        let path = state
            .cohort
            .workbooks
            .get(*wb)
            .map(|l| l.path.display().to_string())
            .unwrap_or_default();
        crate::store::console::warn(&format!(
            "convene: notes on {path} were NOT saved: {}",
            reason
                .as_deref()
                .unwrap_or(crate::words::review::NOT_YET_SAVED)
                .replace('\n', "␊")
        ));
    }
    !state.unsaved.is_empty()
}

/// The loop, on any ratatui backend (the tests use one that fails on purpose). When it
/// stops on an error (a frame written to a terminal that has just closed, say) or a panic,
/// the notes typed are saved first, as on a signal, and the error or panic is passed on.
fn run_screen<B: Backend<Error = std::io::Error>>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    saver: &mut NoteSaver,
    rx: &impl Inbox,
) -> std::thread::Result<anyhow::Result<()>> {
    let outcome = catch_unwind(AssertUnwindSafe(|| event_loop(terminal, state, saver, rx)));
    if !matches!(outcome, Ok(Ok(()))) {
        let effects = update(state, Msg::Terminate);
        carry_out(state, saver, effects);
        finish(state, saver);
    }
    outcome
}

fn event_loop<B: Backend<Error = std::io::Error>>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    saver: &mut NoteSaver,
    rx: &impl Inbox,
) -> anyhow::Result<()> {
    loop {
        let mut drawn = crate::review::app::Layout::default();
        terminal.draw(|f| drawn = crate::ui::review::render(state, f))?;
        // Layout feedback: what was drawn goes back to `update` before the next key.
        update(state, Msg::Drawn(drawn));
        let mut msgs = Vec::new();
        msgs.extend(to_msg(rx.next()));
        // Whatever else is waiting (a fast typist, a paste) before drawing again.
        while let Some(i) = rx.ready() {
            msgs.extend(to_msg(i));
        }
        // Saves that came back (a wake brought them, or they arrived with a key).
        msgs.extend(saver.replies.try_iter());
        for msg in msgs {
            let effects = update(state, msg);
            if carry_out(state, saver, effects) {
                finish(state, saver);
                return Ok(());
            }
        }
    }
}

/// Quitting: waits for every save still on its way and takes its outcome, so what is
/// reported unsaved is exactly what is.
fn finish(state: &mut State, saver: &mut NoteSaver) {
    while saves_pending(state) {
        let Ok(reply) = saver.replies.recv() else {
            return;
        };
        let effects = update(state, reply);
        carry_out(state, saver, effects);
    }
}

/// The thread that writes notes sidecars, one job at a time, in the order sent; each
/// outcome comes back on `replies` and wakes the loop.
struct NoteSaver {
    jobs: Sender<(usize, PathBuf, CoachNotes)>,
    replies: Receiver<Msg>,
}

impl NoteSaver {
    /// `wake` is how an outcome wakes the loop.
    fn spawn(pack: Pack, wake: Sender<Input>) -> std::io::Result<NoteSaver> {
        let (jobs, inbox) = mpsc::channel::<(usize, PathBuf, CoachNotes)>();
        let (outbox, replies) = mpsc::channel();
        std::thread::Builder::new()
            .name("notes saver".into())
            .spawn(move || {
                for (wb, path, notes) in inbox {
                    let reply = catch_unwind(AssertUnwindSafe(|| {
                        match save_notes_with(&path, &notes, Some(&pack)) {
                            Ok(saved) => Msg::NotesSaved(
                                wb,
                                saved.path.display().to_string(),
                                Box::new(saved.notes),
                            ),
                            Err(err) => Msg::NotesFailed(wb, crate::store::reason(&err)),
                        }
                    }))
                    .unwrap_or_else(|_| {
                        Msg::NotesFailed(wb, crate::words::review::SAVE_INTERNAL_ERROR.to_string())
                    });
                    if outbox.send(reply).is_err() {
                        return;
                    }
                    let _ = wake.send(Input::Wake);
                }
            })?;
        Ok(NoteSaver { jobs, replies })
    }
}

/// Carries out effects (and those their answers bring); true when it is time to quit.
fn carry_out(state: &mut State, saver: &mut NoteSaver, effects: Vec<Effect>) -> bool {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    let mut quit = false;
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::SaveNotes(wb) => {
                // The notes as they stand now go to the saver; its outcome comes back later.
                let job = match (state.cohort.workbooks.get(wb), state.notes.get(wb)) {
                    (Some(loaded), Some(notes)) => (wb, loaded.path.clone(), notes.clone()),
                    _ => {
                        let reply = Msg::NotesFailed(
                            wb,
                            crate::words::review::SAVE_INTERNAL_ERROR.to_string(),
                        );
                        queue.extend(update(state, reply));
                        continue;
                    }
                };
                if saver.jobs.send(job).is_err() {
                    let reply =
                        Msg::NotesFailed(wb, crate::words::review::SAVE_INTERNAL_ERROR.to_string());
                    queue.extend(update(state, reply));
                }
            }
            Effect::ExportPage(wb) => {
                let (Some(loaded), notes) = (state.cohort.workbooks.get(wb), state.notes.get(wb))
                else {
                    continue;
                };
                let page =
                    crate::format::export::workbook_html(&state.pack, &loaded.workbook, notes);
                let reply = match crate::store::write_export_beside(&loaded.path, page.as_bytes()) {
                    Ok(path) => Msg::PageWritten(wb, path.display().to_string()),
                    Err(err) => Msg::PageFailed(wb, crate::store::reason(&err)),
                };
                queue.extend(update(state, reply));
            }
            Effect::Quit => quit = true,
        }
    }
    quit
}

fn to_msg(input: Input) -> Option<Msg> {
    match input {
        Input::Signal | Input::Closed => Some(Msg::Terminate),
        Input::Term(Event::Key(k)) => keys::key_for(k).map(Msg::Key),
        Input::Term(Event::Paste(text)) => Some(Msg::Paste(text)),
        // The wheel moves as the arrows do (the terminal's own scrolling is captured).
        Input::Term(Event::Mouse(m)) => match m.kind {
            MouseEventKind::ScrollDown => Some(Msg::Key(Key::Down)),
            MouseEventKind::ScrollUp => Some(Msg::Key(Key::Up)),
            _ => None,
        },
        Input::Term(_) | Input::Wake => None,
    }
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;

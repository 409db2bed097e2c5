//! The workbook screen's loop: keys to `app::update`, its effects carried out, saves sent to
//! the saver thread and their outcomes fed back, autosave, and leaving only once the last
//! save is done.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::Sender;

use crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;

use super::{
    AUTOSAVE_AFTER, Ended, Inbox, Input, Opened, Persist, SaveNote, enter, inputs, keymap, queue,
};
use crate::app::{Effect, Msg, SaveState, State, update};
use crate::store::Ctx;
use crate::store::saver::Saver;
use crate::ui::prompt::Target;
use crate::workbook::Workbook;

/// Runs the workbook screen until the participant quits or opens another file. Exit code 1
/// (with a message on stderr) when the last changes could not be saved.
///
/// Saves run on a thread of their own (`store::saver`), so a key pressed while one is
/// written is handled at once; leaving (quit, a signal, a panic, opening a copy) waits for
/// the last one.
pub fn run_session(
    ctx: &Ctx,
    persist: &mut (dyn Persist + Send),
    workbook: Workbook,
    path_label: String,
    opened: Opened,
) -> anyhow::Result<Ended> {
    let mut state = State::new(ctx.pack.clone(), workbook, path_label);
    state.color = crate::store::env::colour_wanted();
    state.show_coach_notes(opened.coach_notes);
    state.show_conflict_copies(&opened.conflict_copies);
    let (mut terminal, guard) = enter(ctx.settings.mouse.value)?;
    let rx = inputs();
    let outcome = run_screen(&mut terminal, &mut state, persist, &rx, queue().tx.clone());
    drop(guard);
    let open = match outcome? {
        Ok(result) => result?,
        Err(saved) => {
            // The panic's words are kept by main's hook, which names them with this error.
            anyhow::bail!(
                "internal error in the workbook screen; your answers {}",
                if saved {
                    "were saved"
                } else {
                    "could NOT be saved"
                }
            );
        }
    };
    if let SaveState::Failed(reason) = &state.save_state
        && state.dirty
    {
        crate::store::console::warn(&format!(
            "convene: your last changes were NOT saved: {reason}"
        ));
        return Ok(Ended::Quit(ExitCode::from(1)));
    }
    Ok(match open {
        Some(path) => Ended::Open(path),
        None => Ended::Quit(ExitCode::SUCCESS),
    })
}

/// What the screen's loop came to: `Ok` with the loop's own result, or `Err` after a panic
/// with whether the workbook as it was then could be saved.
type Outcome = Result<anyhow::Result<Option<PathBuf>>, bool>;

/// The loop with its saver thread, on any ratatui backend (the tests use one that fails on
/// purpose); `wake` is how the saver wakes the loop.
fn run_screen<B: Backend<Error = std::io::Error>>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    persist: &mut (dyn Persist + Send),
    rx: &impl Inbox,
    wake: Sender<Input>,
) -> anyhow::Result<Outcome> {
    std::thread::scope(|scope| {
        let saver = Saver::new(
            scope,
            move |job: Job| match job {
                Job::Save(wb) => persist.save(&wb),
                Job::Settle => persist
                    .settle()
                    .map(|()| SaveNote::Saved(Vec::new()))
                    .map_err(|err| format!("{err:#}")),
            },
            |why| Err(crate::words::saving::save_panicked(&why)),
            move || drop(wake.send(Input::Wake)),
        );
        let mut saving = Saving { saver, edits: 0 };
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            event_loop(terminal, state, &mut saving, rx)
        }));
        anyhow::Ok(match outcome {
            // The loop stopped on an error (a frame that could not be written because the
            // terminal has just gone, say): what was typed since the last save is saved
            // first, as when the loop is told to stop.
            Ok(Err(err)) if state.dirty => {
                let _ = update(state, Msg::Terminate);
                saving.send(state);
                Ok(Err(match saving.saver.wait_last() {
                    Some(Ok(_)) => anyhow::anyhow!("{err:#} (your answers were saved)"),
                    _ => anyhow::anyhow!("{err:#} (your last changes could NOT be saved)"),
                }))
            }
            Ok(result) => Ok(result),
            Err(_) => {
                // Whatever the last save was, the workbook as it is now.
                saving.send(state);
                Err(matches!(saving.saver.wait_last(), Some(Ok(_))))
            }
        })
    })
}

/// What the saver thread does: write a snapshot, or once, after the first frame, the work
/// that frame did not wait for (`Persist::settle`).
enum Job {
    Save(Box<Workbook>),
    Settle,
}

/// The saves a session sent: the saver thread, and how many changes the last snapshot sent
/// held (so its outcome says whether the changes made since are saved too).
struct Saving<'s> {
    saver: Saver<'s, Job, Result<SaveNote, String>>,
    edits: u64,
}

impl Saving<'_> {
    /// Sends the workbook as it is now to be written; returns at once.
    fn send(&mut self, state: &State) {
        self.edits = state.edits();
        self.saver
            .send(Job::Save(Box::new(state.to_save().into_owned())));
    }

    /// After the first frame: the persist's settling, waited for before any key (no save
    /// has been sent yet, so nothing is superseded); its error ends the screen.
    fn after_first_frame(&mut self) -> anyhow::Result<()> {
        self.saver.send(Job::Settle);
        match self.saver.wait_last() {
            Some(Err(reason)) => anyhow::bail!("{reason}"),
            _ => Ok(()),
        }
    }

    /// How the last save went, once it has come back (after the dates it wrote, if any).
    fn latest(&mut self, state: &State) -> Option<Vec<Msg>> {
        let result = self.saver.latest()?;
        Some(outcome(state, self.edits, result))
    }

    /// Waits for the last save and tells `update` how it went; when `update` asks for one
    /// more (changes made while it was written, before quitting), that one too.
    fn settle(&mut self, state: &mut State) {
        while let Some(result) = self.saver.wait_last() {
            let mut again = false;
            for msg in outcome(state, self.edits, result) {
                again = update(state, msg).contains(&Effect::Save);
            }
            if !(again && state.dirty) {
                return;
            }
            self.send(state);
        }
    }
}

/// A save's outcome as messages: the snapshots it dated, if any, then `Saved` only when no
/// change was made since its snapshot.
fn outcome(state: &State, edits: u64, result: Result<SaveNote, String>) -> Vec<Msg> {
    let all = state.edits() == edits;
    let (aside, dated) = match result {
        Ok(SaveNote::Saved(dated)) => (None, dated),
        Ok(SaveNote::SavedAside(p, dated)) => (Some(p.display().to_string()), dated),
        Err(reason) => return vec![Msg::SaveFailed(reason)],
    };
    let saved = match aside {
        None if all => Msg::Saved,
        Some(p) if all => Msg::SavedAside(p),
        aside => Msg::SavedEarlier(aside),
    };
    if dated.is_empty() {
        vec![saved]
    } else {
        vec![Msg::Dated(dated), saved]
    }
}

/// Runs until the participant quits (`None`) or chooses to open another file.
fn event_loop<B: Backend<Error = std::io::Error>>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    saving: &mut Saving<'_>,
    rx: &impl Inbox,
) -> anyhow::Result<Option<PathBuf>> {
    // Runs while changes wait to be saved.
    let mut pending = crate::store::clock::Timer::default();
    let mut first_frame = true;
    // What the frame before left on screen, for the next one (`ui::memo`).
    let mut frames = crate::ui::memo::Frames::default();
    loop {
        let mut drawn = crate::app::Layout::default();
        // The screen as drawn: what a click lands on (asking the terminal for its size on
        // every key would cost a system call or three).
        let mut area = Rect::default();
        terminal.draw(|f| {
            area = f.area();
            drawn = frames.draw(area, state.overlay.is_some(), || {
                crate::ui::render(state, f)
            });
        })?;
        // Layout feedback: what was drawn goes back to `update` before the next key.
        update(state, Msg::Drawn(drawn));
        if std::mem::take(&mut first_frame) {
            saving.after_first_frame()?;
        }
        let first = match pending.left(AUTOSAVE_AFTER) {
            Some(left) => rx.next_within(left),
            None => Some(rx.next()),
        };
        let mut msgs: Vec<Msg> = Vec::new();
        match first {
            None => msgs.push(Msg::Autosave),
            Some(i) => msgs.extend(to_msg(state, area, i)),
        }
        // Take whatever else is waiting (a fast typist, a large paste) before drawing again.
        while let Some(i) = rx.ready() {
            msgs.extend(to_msg(state, area, i));
        }
        if pending.passed(AUTOSAVE_AFTER) {
            msgs.push(Msg::Autosave);
        }
        // How the last save went, first: the keys above came after it was sent.
        if let Some(reply) = saving.latest(state) {
            if !super::ACTIVE.load(std::sync::atomic::Ordering::SeqCst) {
                // A panic on the saver thread: the panic hook gave the terminal back, so the
                // screen cannot go on. Its reason was reported; this ends the session.
                anyhow::bail!(
                    "{}; your last changes may NOT have been saved",
                    crate::words::saving::save_panicked("")
                );
            }
            msgs.splice(0..0, reply);
        }
        let mut quit = false;
        let mut open = None;
        let mut saved_now = false;
        for msg in msgs {
            for effect in update(state, msg) {
                match effect {
                    Effect::Save => {
                        saved_now = true;
                        saving.send(state);
                    }
                    Effect::Quit => quit = true,
                    Effect::Open(path) => open = Some(PathBuf::from(path)),
                }
            }
            if quit || open.is_some() {
                // Leaving waits for the last save, and never leaves changes it could not
                // write for another file.
                saving.settle(state);
                let open = open.take().filter(|_| !state.dirty);
                if quit || open.is_some() {
                    return Ok(open);
                }
            }
        }
        match (state.dirty, pending.is_running()) {
            (false, _) => pending.stop(),
            // A save was just sent: a full period before the next one.
            (true, true) if saved_now => pending.start(),
            (true, true) => {}
            (true, false) => pending.start(),
        }
    }
}

/// A terminal event as a message (keys through the keymap, mouse through the ui's hit tests).
fn to_msg(state: &State, area: Rect, input: Input) -> Option<Msg> {
    let event = match input {
        Input::Signal | Input::Closed => return Some(Msg::Terminate),
        Input::Wake => return None,
        Input::Term(e) => e,
    };
    match event {
        Event::Key(k) => keymap::msg_for_key(k),
        Event::Paste(text) => Some(Msg::Paste(text)),
        // Switching to another window is a good moment to save.
        Event::FocusLost => Some(Msg::Autosave),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                crate::ui::click_at(state, area, m.column, m.row).map(|c| match c.target {
                    Some(Target::Cell(i)) => Msg::FocusCell(i),
                    Some(Target::Option(i)) => Msg::ClickOption(i),
                    None => Msg::FocusPrompt {
                        exercise: c.exercise,
                        prompt: c.prompt,
                    },
                })
            }
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp if state.overlay.is_none() => {
                let (now, max) = crate::ui::scroll_offset(state, area);
                let to = if m.kind == MouseEventKind::ScrollDown {
                    (now + 3).min(max)
                } else {
                    now.saturating_sub(3)
                };
                Some(Msg::ScrollTo(u16::try_from(to).unwrap_or(u16::MAX)))
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;

//! The terminal edge: enter and restore the terminal, read events and signals, carry out
//! effects (save, quit), autosave.
//!
//! Entry points:
//! - `run_session(ctx, persist, workbook, path_label, opened) -> anyhow::Result<Ended>`
//!   runs the participant's workbook screen until the participant quits, or chooses to open
//!   a copy saved after a conflict instead (`opened`: the coach's notes beside the workbook
//!   or why they cannot be shown, and such copies). `persist` writes the workbook (the
//!   caller implements `Persist` with the store; it stamps `updated` and progress as it
//!   writes).
//! - `choose_workbook(ctx, entries: Vec<HomeEntry>) -> anyhow::Result<HomeChoice>` shows
//!   the home screen (workbooks newest first, "new workbook", About; a first-time welcome
//!   asking the initiative's name when there are none) and returns the choice.
//! - `review::run(state, mouse)` runs the coach's review screens (`tui/review.rs`), on the same
//!   terminal set-up, restore, input queue and signals.
//!
//! Guarantees: one idempotent `restore()` for every exit path (normal, error, panic,
//! SIGTERM/SIGHUP/SIGINT, a closed terminal); every change is saved within about 2 s, at
//! every move between prompts and at exit; a panic saves the workbook before reporting.
//! Never blocks without a reason: it waits for events, with a timeout only while unsaved
//! changes are pending. Never renders or decides anything itself: `ui` and `app` do.

use std::io::{self, Stdout};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::app::home::{HomeChoice, HomeEntry, HomeState, home_update};
use crate::app::{Effect, Msg, SaveState, State, update};
use crate::store::Ctx;
use crate::ui::prompt::Target;
use crate::workbook::Workbook;

pub mod keymap;
pub mod review;
mod review_keys;

/// How long a change may wait before it is saved by itself.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1500);

/// What a successful save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveNote {
    Saved,
    /// The file had changed on disk, so the workbook was written beside it, here.
    SavedAside(PathBuf),
}

/// Writes the workbook somewhere safe. Implemented by the caller (the store); the TUI
/// only calls it: after a change (within ~1.5 s), on every move between prompts, on
/// Ctrl-S, when the terminal loses focus, at exit, on SIGTERM/SIGHUP/SIGINT and after a
/// panic. The implementation stamps `meta.updated` (and progress) as it writes. The error
/// is a one-line reason shown to the participant ("Not saved: …").
///
/// A sketch with the store:
/// ```text
/// impl Persist for StoreSession {
///     fn save(&mut self, wb: &Workbook) -> Result<SaveNote, String> {
///         let text = markdown::write(wb, &self.pack, now());
///         match self.session.save(&text) {
///             Ok(SaveOutcome::Saved) => Ok(SaveNote::Saved),
///             Ok(SaveOutcome::SavedAside(p)) => Ok(SaveNote::SavedAside(p)),
///             Err(e) => Err(e.to_string()),
///         }
///     }
/// }
/// ```
pub trait Persist {
    fn save(&mut self, workbook: &Workbook) -> Result<SaveNote, String>;
}

/// The terminal in use, if any: `restore` acts only once.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call any number of times, from anywhere.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = disable_raw_mode();
        let _ = crossterm::execute!(
            io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            DisableFocusChange,
            LeaveAlternateScreen,
            crossterm::cursor::Show
        );
    }
}

/// Restores the terminal when dropped (error paths).
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

type Term = Terminal<CrosstermBackend<Stdout>>;

/// Takes the terminal: raw mode, the alternate screen, bracketed paste, focus changes, and
/// the mouse when `mouse` (without it, the terminal's own text selection works).
fn enter(mouse: bool) -> anyhow::Result<(Term, Guard)> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            hook(info);
        }));
    });
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    crossterm::execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableFocusChange
    )?;
    if mouse {
        crossterm::execute!(io::stdout(), EnableMouseCapture)?;
    }
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((terminal, guard))
}

/// What the loop waits for.
enum Input {
    Term(Event),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
    /// The terminal went away (read failed).
    Closed,
}

/// The process's one input queue, shared by every screen in turn (home, then a session),
/// so no screen's reader can swallow the next screen's first key.
fn inputs() -> MutexGuard<'static, Receiver<Input>> {
    static INPUTS: OnceLock<Mutex<Receiver<Input>>> = OnceLock::new();
    INPUTS
        .get_or_init(|| Mutex::new(spawn_inputs()))
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

/// The event and signal threads, started once.
fn spawn_inputs() -> Receiver<Input> {
    let (tx, rx) = mpsc::channel();
    let events: Sender<Input> = tx.clone();
    std::thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(e) => Input::Term(e),
                Err(_) => Input::Closed,
            };
            let closed = matches!(input, Input::Closed);
            if events.send(input).is_err() || closed {
                return;
            }
        }
    });
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) {
            std::thread::spawn(move || {
                for _ in signals.forever() {
                    if tx.send(Input::Signal).is_err() {
                        return;
                    }
                }
            });
        }
    }
    rx
}

/// How the workbook screen ended.
#[derive(Debug)]
pub enum Ended {
    /// The participant quit (exit code 1 when the last changes could not be saved).
    Quit(ExitCode),
    /// The participant chose to open this file instead (a copy saved after a conflict).
    Open(PathBuf),
}

/// What the workbook screen is told as it opens: the coach's notes beside the workbook (or
/// why they cannot be shown), and copies saved after a conflict that are beside it (full
/// paths, newest first).
pub struct Opened {
    pub coach_notes: Result<Option<crate::workbook::notes::CoachNotes>, String>,
    pub conflict_copies: Vec<String>,
}

/// Runs the workbook screen until the participant quits or opens another file. Exit code 1
/// (with a message on stderr) when the last changes could not be saved.
pub fn run_session(
    ctx: &Ctx,
    persist: &mut dyn Persist,
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
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut state, persist, &rx)
    }));
    drop(guard);
    let open = match outcome {
        Ok(result) => result?,
        Err(_) => {
            // The panic's words are kept by main's hook, which names them with this error.
            let saved = persist.save(&state.to_save()).is_ok();
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

/// Runs until the participant quits (`None`) or chooses to open another file.
fn event_loop(
    terminal: &mut Term,
    state: &mut State,
    persist: &mut dyn Persist,
    rx: &Receiver<Input>,
) -> anyhow::Result<Option<PathBuf>> {
    // Runs while changes wait to be saved.
    let mut pending = crate::store::clock::Timer::default();
    loop {
        let mut drawn = crate::app::Layout::default();
        // The screen as drawn: what a click lands on (asking the terminal for its size on
        // every key would cost a system call or three).
        let mut area = Rect::default();
        terminal.draw(|f| {
            area = f.area();
            drawn = crate::ui::render(state, f);
        })?;
        // Layout feedback: what was drawn goes back to `update` before the next key.
        update(state, Msg::Drawn(drawn));
        let first = match pending.left(AUTOSAVE_AFTER) {
            Some(left) => match rx.recv_timeout(left) {
                Ok(i) => Some(i),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => Some(Input::Closed),
            },
            None => Some(rx.recv().unwrap_or(Input::Closed)),
        };
        let mut msgs: Vec<Msg> = Vec::new();
        match first {
            None => msgs.push(Msg::Autosave),
            Some(i) => msgs.extend(to_msg(state, area, i)),
        }
        // Take whatever else is waiting (a fast typist, a large paste) before drawing again.
        while let Ok(i) = rx.try_recv() {
            msgs.extend(to_msg(state, area, i));
        }
        if pending.passed(AUTOSAVE_AFTER) {
            msgs.push(Msg::Autosave);
        }
        let mut quit = false;
        let mut open = None;
        let mut saved_now = false;
        for msg in msgs {
            let mut effects: std::collections::VecDeque<Effect> = update(state, msg).into();
            while let Some(effect) = effects.pop_front() {
                match effect {
                    Effect::Save => {
                        saved_now = true;
                        let reply = match persist.save(&state.to_save()) {
                            Ok(SaveNote::Saved) => Msg::Saved,
                            Ok(SaveNote::SavedAside(p)) => Msg::SavedAside(p.display().to_string()),
                            Err(reason) => Msg::SaveFailed(reason),
                        };
                        effects.extend(update(state, reply));
                    }
                    Effect::Quit => quit = true,
                    // Never away from changes the save before it could not write.
                    Effect::Open(path) if !state.dirty => open = Some(PathBuf::from(path)),
                    Effect::Open(_) => {}
                }
            }
            if quit || open.is_some() {
                return Ok(open);
            }
        }
        match (state.dirty, pending.is_running()) {
            (false, _) => pending.stop(),
            // After a failed attempt, wait a full period before trying again.
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

/// The home screen over `entries` (the store's list of workbooks): returns what the
/// participant chose — open one, start a new one (with the initiative's name), or quit.
/// With no entries it opens on the first-time welcome.
pub fn choose_workbook(ctx: &Ctx, entries: Vec<HomeEntry>) -> anyhow::Result<HomeChoice> {
    let paths = ctx.pack.paths.iter().map(|p| p.id.clone()).collect();
    let mut state = HomeState::new(entries)
        .with_paths(paths)
        .with_participant(ctx.settings.participant.value.clone().unwrap_or_default());
    state.color = crate::store::env::colour_wanted();
    let (mut terminal, guard) = enter(ctx.settings.mouse.value)?;
    let rx = inputs();
    let choice = loop {
        terminal.draw(|f| crate::ui::home::render(&state, &ctx.pack, f))?;
        let msg = match rx.recv().unwrap_or(Input::Closed) {
            Input::Term(Event::Key(k)) => keymap::msg_for_key(k),
            Input::Term(Event::Paste(p)) => Some(Msg::Paste(p)),
            Input::Term(_) => None,
            Input::Signal | Input::Closed => break HomeChoice::Quit,
        };
        if let Some(choice) = msg.and_then(|m| home_update(&mut state, m)) {
            break choice;
        }
    };
    drop(guard);
    Ok(choice)
}

//! The terminal edge: enter and restore the terminal, read events and signals, carry out
//! effects (save, quit), autosave.
//!
//! Entry points:
//! - `run_session(ctx, persist, workbook, path_label, opened) -> anyhow::Result<Ended>`
//!   runs the participant's workbook screen until the participant quits, or chooses to open
//!   a copy saved after a conflict instead (`opened`: the coach's notes beside the workbook
//!   or why they cannot be shown, and such copies). `persist` writes the workbook (the
//!   caller implements `Persist` with the store; it stamps `updated` and progress as it
//!   writes), on the session's saver thread (`store::saver`), never on the loop's.
//! - `choose_workbook(ctx, entries: Vec<HomeEntry>) -> anyhow::Result<HomeChoice>` shows
//!   the home screen (workbooks newest first, "new workbook", About; a first-time welcome
//!   asking the initiative's name when there are none) and returns the choice.
//! - `review::run(state, mouse)` runs the coach's review screens (`tui/review.rs`), on the same
//!   terminal set-up, restore, input queue and signals.
//!
//! Guarantees: one idempotent `restore()` for every exit path (normal, error, panic,
//! SIGTERM/SIGHUP/SIGINT, a closed terminal); every change is saved within about 2 s, at
//! every move between prompts and at exit; a panic saves the workbook before reporting.
//! A key pressed while a save is written is handled at once; leaving waits for the last
//! save (`tui/session.rs`).
//! Never blocks without a reason: it waits for events, with a timeout only while unsaved
//! changes are pending. Never renders or decides anything itself: `ui` and `app` do.

use std::io::{self, BufWriter, Stdout};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;

use crate::app::Msg;
use crate::app::home::{HomeChoice, HomeEntry, HomeState, home_update};
use crate::store::Ctx;
use crate::workbook::Workbook;

#[cfg(test)]
mod closing;
pub mod keymap;
mod quiet;
pub mod review;
mod review_keys;
mod session;

pub use session::run_session;

/// How long a change may wait before it is saved by itself.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1500);

/// What a successful save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveNote {
    /// Saved; the snapshots it dated for the first time (by their place in
    /// `Workbook::earlier`, with the date written), for the screen to show.
    Saved(Vec<(usize, String)>),
    /// The file had changed on disk, so the workbook was written beside it, here.
    SavedAside(PathBuf, Vec<(usize, String)>),
}

/// Writes the workbook somewhere safe. Implemented by the caller (the store); the TUI
/// only calls it, on the session's saver thread, with snapshots in the order they were
/// taken: after a change (within ~1.5 s), on every move between prompts, on Ctrl-S, when
/// the terminal loses focus, at exit, on SIGTERM/SIGHUP/SIGINT and after a panic. The implementation stamps `meta.updated` (and progress) as it writes. The error
/// is a one-line reason shown to the participant ("Not saved: …").
///
/// A sketch with the store:
/// ```text
/// impl Persist for StoreSession {
///     fn save(&mut self, wb: &Workbook) -> Result<SaveNote, String> {
///         let text = markdown::write(wb, &self.pack, now());
///         match self.session.save(&text) {
///             Ok(SaveOutcome::Saved) => Ok(SaveNote::Saved(dated)),
///             Ok(SaveOutcome::SavedAside(p)) => Ok(SaveNote::SavedAside(p, dated)),
///             Err(e) => Err(e.to_string()),
///         }
///     }
/// }
/// ```
pub trait Persist {
    fn save(&mut self, workbook: &Workbook) -> Result<SaveNote, String>;

    /// Work the first frame need not wait for (finding the participant's own text in the
    /// file), done on the saver thread once the frame is drawn and before the first key is
    /// handled; an error ends the screen with it (the file is left as it is). A save that
    /// comes first does it first.
    fn settle(&mut self) -> anyhow::Result<()> {
        Ok(())
    }
}

/// The terminal in use, if any: `restore` acts only once.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call any number of times, from anywhere.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = disable_raw_mode();
        // The screen's modes are only undone once they were sent (with the first frame).
        if ENTERED.swap(false, Ordering::SeqCst) {
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
}

/// Whether the terminal's modes (the alternate screen, pastes, focus, the mouse) have been
/// sent to it: they go out with the first frame (`quiet::Quiet`'s prelude).
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Restores the terminal when dropped (error paths).
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// The frame goes out in one write (standard output alone writes 1 KB at a time); ratatui
/// flushes at the end of every draw. A frame that changes nothing writes nothing
/// (`quiet::Quiet`).
type Term = Terminal<quiet::Quiet<BufWriter<Stdout>>>;

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
    // The modes go out in the same write as the first frame: the screen changes once, and
    // the terminal reads one piece instead of three.
    let mut modes = Vec::new();
    crossterm::queue!(
        modes,
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableFocusChange
    )?;
    if mouse {
        crossterm::queue!(modes, EnableMouseCapture)?;
    }
    let prepared = PREPARED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
        .and_then(|thread| thread.join().ok());
    let mut terminal = match prepared {
        Some(Ok(terminal)) => terminal,
        _ => new_term()?,
    };
    terminal.backend_mut().prelude(modes, || {
        ENTERED.store(true, Ordering::SeqCst);
    });
    Ok((terminal, guard))
}

/// A terminal object (its two screen buffers, its output buffer), not yet taken: nothing
/// is written and the terminal's modes are left alone.
fn new_term() -> io::Result<Term> {
    let out = BufWriter::with_capacity(1 << 16, io::stdout());
    Terminal::new(quiet::Quiet::new(out))
}

/// The terminal object being made on a thread of its own (`prepare`), for `enter`.
static PREPARED: Mutex<Option<std::thread::JoinHandle<io::Result<Term>>>> = Mutex::new(None);

/// Starts making the terminal object on another thread while the caller reads the
/// workbook (a screen's cells are a few hundred kilobytes of fresh memory): the first frame
/// comes sooner when the other core is free, as it is while a terminal waits for output.
/// Touches nothing on the terminal; `enter` takes it, or makes its own when there is none.
///
/// The same thread first has the standard library find out what the processor can do:
/// the searches that read the workbook (`memchr`) ask at their first use, and each of the
/// dozen questions (a `cpuid` instruction) took about 9 µs on a virtual machine measured.
pub fn prepare() {
    let make = || {
        #[cfg(target_arch = "x86_64")]
        let _ = std::arch::is_x86_feature_detected!("avx2");
        new_term()
    };
    if let Ok(thread) = std::thread::Builder::new().spawn(make) {
        *PREPARED.lock().unwrap_or_else(PoisonError::into_inner) = Some(thread);
    }
}

/// What the loop waits for.
enum Input {
    Term(Event),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
    /// The terminal went away (read failed).
    Closed,
    /// A save's outcome is ready (the saver thread wakes the loop with it).
    Wake,
}

/// The process's one input queue and a way into it. The threads that feed it (the
/// terminal's events, signals) start at the first wait on it (`Waiting`), so a screen's
/// first frame is drawn before either starts; a signal that comes before is kept and
/// delivered then.
struct Queue {
    rx: Mutex<Receiver<Input>>,
    tx: Sender<Input>,
    /// The threads' ends of the queue (and the signals caught since it was made), until
    /// they start.
    feeders: Mutex<Option<Feeders>>,
}

fn queue() -> &'static Queue {
    static QUEUE: OnceLock<Queue> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = mpsc::channel();
        Queue {
            rx: Mutex::new(rx),
            feeders: Mutex::new(Some(Feeders::new(tx.clone()))),
            tx,
        }
    })
}

/// The process's one input queue, shared by every screen in turn (home, then a session),
/// so no screen's reader can swallow the next screen's first key.
fn inputs() -> Waiting {
    Waiting(queue().rx.lock().unwrap_or_else(PoisonError::into_inner))
}

/// Where a screen's loop waits for its next input: the process's queue (`Waiting`), or a
/// plain channel in tests.
trait Inbox {
    /// The next input; `Closed` once none can come any more.
    fn next(&self) -> Input;
    /// The next input if one comes within `wait`.
    fn next_within(&self, wait: Duration) -> Option<Input>;
    /// An input that is waiting already, if any.
    fn ready(&self) -> Option<Input>;
}

impl Inbox for Receiver<Input> {
    fn next(&self) -> Input {
        self.recv().unwrap_or(Input::Closed)
    }

    fn next_within(&self, wait: Duration) -> Option<Input> {
        match self.recv_timeout(wait) {
            Ok(input) => Some(input),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Input::Closed),
        }
    }

    fn ready(&self) -> Option<Input> {
        self.try_recv().ok()
    }
}

/// The process's queue, held by the screen that waits on it; its threads start at the
/// first wait.
struct Waiting(MutexGuard<'static, Receiver<Input>>);

impl Waiting {
    fn started(&self) -> &Receiver<Input> {
        if let Some(feeders) = queue()
            .feeders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            feeders.start();
        }
        &self.0
    }
}

impl Inbox for Waiting {
    fn next(&self) -> Input {
        self.started().next()
    }

    fn next_within(&self, wait: Duration) -> Option<Input> {
        self.started().next_within(wait)
    }

    fn ready(&self) -> Option<Input> {
        self.started().ready()
    }
}

/// The event and signal threads' ends of the queue, before they start. The signals'
/// handlers are set up at once, so a signal that comes before the threads start is kept.
struct Feeders {
    tx: Sender<Input>,
    #[cfg(unix)]
    signals: Option<signal_hook::iterator::Signals>,
}

impl Feeders {
    fn new(tx: Sender<Input>) -> Feeders {
        Feeders {
            #[cfg(unix)]
            signals: {
                use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
                signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]).ok()
            },
            tx,
        }
    }

    /// Starts the threads (each once: `Feeders` is taken to start them).
    fn start(self) {
        let events = self.tx.clone();
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
        if let Some(mut signals) = self.signals {
            let tx = self.tx;
            std::thread::spawn(move || {
                for _ in signals.forever() {
                    if tx.send(Input::Signal).is_err() {
                        return;
                    }
                }
            });
        }
    }
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

/// The home screen over `entries` (the store's list of workbooks): returns what the
/// participant chose — open one, start a new one (with the initiative's name), or quit.
/// With no entries it opens on the first-time welcome. `not_opened`: the workbook chosen
/// the time before, which could not be opened, and why (shown, with the cursor on it).
pub fn choose_workbook(
    ctx: &Ctx,
    entries: Vec<HomeEntry>,
    not_opened: Option<(PathBuf, String)>,
) -> anyhow::Result<HomeChoice> {
    let paths = ctx.pack.paths.iter().map(|p| p.id.clone()).collect();
    let mut state = HomeState::new(entries)
        .with_paths(paths)
        .with_participant(ctx.settings.participant.value.clone().unwrap_or_default());
    if let Some((path, why)) = not_opened {
        state = state.not_opened(&path, why);
    }
    state.color = crate::store::env::colour_wanted();
    let (mut terminal, guard) = enter(ctx.settings.mouse.value)?;
    let rx = inputs();
    let choice = loop {
        terminal.draw(|f| crate::ui::home::render(&state, &ctx.pack, f))?;
        let msg = match rx.next() {
            Input::Term(Event::Key(k)) => keymap::msg_for_key(k),
            Input::Term(Event::Paste(p)) => Some(Msg::Paste(p)),
            Input::Term(_) | Input::Wake => None,
            Input::Signal | Input::Closed => break HomeChoice::Quit,
        };
        if let Some(choice) = msg.and_then(|m| home_update(&mut state, m)) {
            break choice;
        }
    };
    drop(guard);
    Ok(choice)
}

//! The app's vocabulary: the keys and messages `update` takes (`EditKey`, `Msg`), the work
//! it gives the edge (`Effect`), the windows over the workbook screen (`Overlay`) and what
//! the status line says about saving (`SaveState`).
//!
//! Data only: `update` (in `mod.rs`) gives them their meaning.

use super::Layout;

/// An editing key, already separated from navigation by the keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    Char(char),
    Enter,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    WordLeft,
    WordRight,
    Undo,
    Redo,
    /// Ctrl-K: clear the focused text answer or text cell (Ctrl-Z brings it back).
    ClearAnswer,
    /// Ctrl-D: remove the focused list item.
    RemoveItem,
    /// Ctrl-X: mark the focused grid or quadrant row "not relevant", or unmark it.
    SkipRow,
    /// Ctrl-R: start an empty list from the earlier list it is seeded from.
    UseEarlier,
    /// Alt-Up / Alt-Down: move the focused list item.
    MoveItemUp,
    MoveItemDown,
}

/// Everything that can happen to the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    NextPrompt,
    PrevPrompt,
    NextExercise,
    PrevExercise,
    OpenOutline,
    OpenHelp,
    OpenAbout,
    /// F3: show the map of the initiative (pictures and read-back), or go back to the answers.
    OpenMap,
    /// Ctrl-F: choose the path through the pack (the exercises shown and counted).
    ChoosePath,
    /// Ctrl-T: start reflecting after a session (asks first).
    StartAfter,
    /// Ctrl-B: show the focused question's answer from before an earlier session (the next
    /// snapshot back, then the latest again).
    OlderEarlier,
    /// Esc: close an overlay; never discards text.
    Escape,
    Save,
    /// Ctrl-Q / Ctrl-C: save and quit.
    Quit,
    /// SIGTERM, SIGHUP, a closed terminal: save and quit without asking.
    Terminate,
    Edit(EditKey),
    /// Bracketed paste: the text is inserted, never read as key presses.
    Paste(String),
    /// A mouse click on a prompt: (exercise position in pack order, prompt index).
    FocusPrompt {
        exercise: usize,
        prompt: usize,
    },
    /// A click on a cell of the focused list, grid or quadrant.
    FocusCell(usize),
    /// A click on an option of the focused choice: move there and select it.
    ClickOption(usize),
    /// The mouse wheel: show the exercise from this line.
    ScrollTo(u16),
    /// The autosave timer ran out: save if anything changed.
    Autosave,
    /// The result of `Effect::Save`.
    Saved,
    /// Saved, but beside the workbook (it had changed on disk): the path written.
    SavedAside(String),
    /// The result of an `Effect::Save` taken before the latest changes: that snapshot is on
    /// disk (beside the workbook when `Some(path)`), the latest changes still wait to be
    /// saved. (Saves run beside the screen, so keys may land while one is written.)
    SavedEarlier(Option<String>),
    /// A save dated snapshots taken in this sitting (by their place in
    /// `Workbook::earlier`): the screen says "Before the session of DATE" from then on.
    Dated(Vec<(usize, String)>),
    SaveFailed(String),
    /// What the screen just drew (layout feedback, sent by the loop after every drawing).
    Drawn(Layout),
    /// Ctrl-↑ / Ctrl-↓ (or Shift-): scroll the exercise pane by this many lines (up when
    /// negative), as the wheel does.
    ScrollLines(i32),
    /// Ctrl-U: show an exercise's guidance whole, or folded again (in a small window).
    ToggleGuidance,
}

/// Work for the edge to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the workbook now; answer with `Msg::Saved` or `Msg::SaveFailed`.
    Save,
    /// Leave the app.
    Quit,
    /// Leave the app and open this workbook file instead (a copy saved after a conflict).
    Open(String),
}

/// A window over the workbook screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every theme and exercise; `cursor` indexes `outline_rows`.
    Outline {
        cursor: usize,
    },
    Help {
        scroll: u16,
    },
    About {
        scroll: u16,
    },
    /// "Start reflecting after the session?": Enter or `y` confirms, Esc cancels.
    ConfirmAfter,
    /// The end of the participant's path (Tab on its last question): how much of it is
    /// answered and the workbook file's full path; Enter or Esc goes back.
    Finished,
    /// The paths through the pack (Ctrl-F); `cursor` indexes `pack.paths`.
    Paths {
        cursor: usize,
    },
    /// A copy saved after a conflict is beside the workbook (the newest, and how many older
    /// ones): Enter opens it instead, Esc stays (`conflict.rs`).
    Conflict {
        copy: String,
        others: usize,
    },
}

/// What the status line says about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the workbook was opened.
    Unchanged,
    /// The last save succeeded.
    Saved,
    /// The last save failed, with the reason.
    Failed(String),
}

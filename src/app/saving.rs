//! Saving as the state machine sees it: when to ask for a save, what its outcome changes,
//! and quitting once it is done.
//!
//! The edge writes snapshots beside the screen, so keys may land while one is written: an
//! outcome for a snapshot taken before the latest changes (`Msg::SavedEarlier`) leaves them
//! waiting, and a quit asked for meanwhile saves them too before it leaves.

use super::{Effect, Notice, SaveState, State, list};

/// A snapshot holding every change so far is on disk (beside the workbook: `aside`).
pub(super) fn saved(state: &mut State, aside: Option<String>) -> Vec<Effect> {
    if let Some(path) = aside {
        state.message = Some(Notice::SavedAside(path));
    }
    state.dirty = false;
    state.save_state = SaveState::Saved;
    if state.quit_pending {
        vec![Effect::Quit]
    } else {
        Vec::new()
    }
}

/// Snapshots taken in this sitting, dated by the save that first wrote them: the screen
/// shows their date from now on (not a change: nothing more to save).
pub(super) fn dated(state: &mut State, dates: Vec<(usize, String)>) -> Vec<Effect> {
    for (n, at) in dates {
        if let Some(s) = state.workbook.earlier.get_mut(n)
            && s.taken == crate::workbook::Taken::Pending
        {
            s.taken = crate::workbook::Taken::At(at);
        }
    }
    Vec::new()
}

/// A snapshot taken before the latest changes is on disk: those still wait.
pub(super) fn saved_earlier(state: &mut State, aside: Option<String>) -> Vec<Effect> {
    if let Some(path) = aside {
        state.message = Some(Notice::SavedAside(path));
    }
    state.save_state = SaveState::Saved;
    if state.quit_pending && state.dirty {
        // Changes made while it was written: those too, then quit.
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

pub(super) fn failed(state: &mut State, reason: String) -> Vec<Effect> {
    state.save_state = SaveState::Failed(reason);
    if state.quit_pending {
        state.quit_pending = false;
        state.quit_warned = true;
        state.message = Some(Notice::QuitUnsaved);
    }
    Vec::new()
}

pub(super) fn save_if_dirty(state: &State) -> Vec<Effect> {
    if state.dirty {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

pub(super) fn quit(state: &mut State) -> Vec<Effect> {
    // Leaving: blank list items are not worth writing.
    list::tidy(state);
    if state.quit_warned {
        // The second Ctrl-Q after a failed save: one more try, then leave anyway.
        return vec![Effect::Save, Effect::Quit];
    }
    if !state.dirty && !matches!(state.save_state, SaveState::Failed(_)) {
        return vec![Effect::Quit];
    }
    state.quit_pending = true;
    vec![Effect::Save]
}

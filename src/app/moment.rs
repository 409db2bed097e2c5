//! Before and after a session: starting to reflect after a session (the answers so far
//! kept as "before"). Which exercises show is the path's business (`paths.rs`).
//!
//! Pure, like the rest of `app`: the save this asks for is an `Effect`.

use super::{Effect, Overlay, State};
use crate::content::Moment;
use crate::words::participant::Notice;

/// Ctrl-T: ask before starting to reflect after the session.
pub(super) fn ask_after(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::ConfirmAfter);
    Vec::new()
}

/// Confirmed: every current answer is kept as it stands as the earlier answer (replacing
/// any earlier ones), the workbook is now "after a session", and it is saved. The current
/// answers stay as they are, so the participant edits from what they wrote before.
pub(super) fn start_after(state: &mut State) -> Vec<Effect> {
    state.overlay = None;
    super::list::tidy(state);
    state.workbook.earlier = state.workbook.answers.clone();
    state.workbook.meta.moment = Moment::After;
    state.mark_dirty();
    state.message = Some(Notice::AfterStarted);
    vec![Effect::Save]
}

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

/// Confirmed: every current answer is kept as it stands in a new snapshot (the ones before
/// it stay), the workbook is now "after a session", and it is saved (which dates it). The current
/// answers stay as they are, so the participant edits from what they wrote before.
pub(super) fn start_after(state: &mut State) -> Vec<Effect> {
    state.overlay = None;
    super::list::tidy(state);
    state.workbook.start_after();
    state.mark_dirty();
    state.message = Some(Notice::AfterStarted);
    vec![Effect::Save]
}

/// Which earlier answer the focused question shows after a session: its place in
/// `Workbook::earlier_answers` (0, the latest, unless Ctrl-B turned back), or `None` when
/// none is shown — before a session, when nothing was kept, or when the latest is what the
/// answer still says (and Ctrl-B has not asked for it).
pub fn earlier_shown(state: &State) -> Option<usize> {
    if state.workbook.meta.moment != Moment::After {
        return None;
    }
    let id = &state.focused_prompt()?.qualified_id;
    let kept = state.workbook.earlier_answers(id);
    let (_, latest) = kept.first()?;
    match &state.earlier_back {
        Some((at, n)) if at == id && *n < kept.len() => Some(*n),
        _ => (state.workbook.answers.get(id) != Some(*latest)).then_some(0),
    }
}

/// Ctrl-B: the next earlier answer back (after the oldest, the latest again); says so when
/// nothing was kept for this question.
pub(super) fn older(state: &mut State) -> Vec<Effect> {
    let Some(id) = state.focused_prompt().map(|p| p.qualified_id.clone()) else {
        return Vec::new();
    };
    let kept = state.workbook.earlier_answers(&id).len();
    if kept == 0 || state.workbook.meta.moment != Moment::After {
        state.message = Some(Notice::NothingBefore);
        return Vec::new();
    }
    // When the latest is not shown (the answer still says it), the one before it is news.
    let shown = earlier_shown(state);
    if kept == 1 && shown.is_some() {
        state.message = Some(Notice::OnlyBefore);
        return Vec::new();
    }
    let next = shown.map_or(usize::from(kept > 1), |n| (n + 1) % kept);
    state.earlier_back = Some((id, next));
    state.scroll = None;
    Vec::new()
}

//! Before and after a session: the filter of the outline and navigation by an exercise's
//! moment, and starting to reflect after a session (the answers so far kept as "before").
//!
//! Pure, like the rest of `app`: the save this asks for is an `Effect`.

use super::{Effect, OutlineRow, Overlay, State};
use crate::content::Moment;

impl State {
    /// The rows of the outline overlay: themes and their exercises, in pack order; only
    /// the exercises the filter shows, and only themes with one of them.
    pub fn outline_rows(&self) -> Vec<OutlineRow> {
        let mut rows = Vec::new();
        let mut ex = 0;
        for (t, theme) in self.pack.themes.iter().enumerate() {
            let shown: Vec<usize> = (ex..ex + theme.exercises.len())
                .filter(|&i| self.shown(i))
                .collect();
            if !shown.is_empty() {
                rows.push(OutlineRow::Theme(t));
                rows.extend(shown.into_iter().map(OutlineRow::Exercise));
            }
            ex += theme.exercises.len();
        }
        rows
    }

    /// Whether the exercise at this index (into `exercises`) passes the filter: every
    /// exercise with no filter (`Moment::Any`), and "any time" exercises always.
    pub fn shown(&self, ex: usize) -> bool {
        let Some(e) = self
            .exercises
            .get(ex)
            .and_then(|&(t, e)| self.pack.themes.get(t)?.exercises.get(e))
        else {
            return false;
        };
        self.filter == Moment::Any || e.moment == Moment::Any || e.moment == self.filter
    }

    /// Whether the filter shows any exercise at all.
    pub(crate) fn any_shown(&self) -> bool {
        (0..self.exercises.len()).any(|i| self.shown(i))
    }

    /// A filter that would show nothing shows everything instead.
    pub(crate) fn settle_filter(&mut self) {
        if !self.any_shown() {
            self.filter = Moment::Any;
        }
    }

    /// The nearest shown exercise after (or before) `ex`, not counting `ex` itself.
    pub(crate) fn next_shown(&self, ex: usize, forward: bool) -> Option<usize> {
        if forward {
            (ex + 1..self.exercises.len()).find(|&i| self.shown(i))
        } else {
            (0..ex.min(self.exercises.len()))
                .rev()
                .find(|&i| self.shown(i))
        }
    }
}

/// The filter after `current`: all → before → after → all.
pub fn next_filter(current: Moment) -> Moment {
    match current {
        Moment::Any => Moment::Before,
        Moment::Before => Moment::After,
        Moment::After => Moment::Any,
    }
}

/// Ctrl-F: the next filter. When the focused exercise is no longer shown, focus moves to
/// the next one that is (or the previous one).
pub(super) fn cycle_filter(state: &mut State) -> Vec<Effect> {
    state.filter = next_filter(state.filter);
    if !state.any_shown() {
        // Nothing for this moment in the pack: on to the next filter.
        state.filter = next_filter(state.filter);
        state.settle_filter();
    }
    state.message = Some(crate::words::participant::filter_note(state.filter));
    if state.shown(state.ex) {
        return Vec::new();
    }
    match state
        .next_shown(state.ex, true)
        .or_else(|| state.next_shown(state.ex, false))
    {
        Some(ex) => super::nav::focus(state, ex, 0),
        None => Vec::new(),
    }
}

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
    state.filter = Moment::After;
    state.settle_filter();
    state.mark_dirty();
    state.message = Some(crate::words::participant::AFTER_STARTED.to_string());
    if !state.shown(state.ex)
        && let Some(ex) = state
            .next_shown(state.ex, true)
            .or_else(|| state.next_shown(state.ex, false))
    {
        super::nav::focus(state, ex, 0);
    }
    vec![Effect::Save]
}

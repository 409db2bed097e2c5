//! Moving around: prompts, exercises, clicks, and the keys an open overlay takes.
//!
//! Never edits an answer's text: moving only tidies (drops empty list items) and asks for a
//! save when something changed.

use super::{EditKey, Effect, Msg, OutlineRow, Overlay, State};

/// Next or previous prompt, across exercises. Stops at the ends of the pack.
pub(super) fn move_prompt(state: &mut State, forward: bool) -> Vec<Effect> {
    let count = |s: &State, ex: usize| {
        s.exercises
            .get(ex)
            .and_then(|&(t, e)| s.pack.themes.get(t)?.exercises.get(e))
            .map_or(0, |e| e.prompts.len())
    };
    let (mut ex, mut prompt) = (state.ex, state.prompt);
    if forward {
        if prompt + 1 < count(state, ex) {
            prompt += 1;
        } else if let Some(next) = state.next_shown(ex, true) {
            ex = next;
            prompt = 0;
        }
    } else if prompt > 0 {
        prompt -= 1;
    } else if let Some(prev) = state.next_shown(ex, false) {
        ex = prev;
        prompt = count(state, ex).saturating_sub(1);
    }
    focus(state, ex, prompt)
}

/// Next or previous exercise; focus lands on its first prompt.
pub(super) fn move_exercise(state: &mut State, forward: bool) -> Vec<Effect> {
    // Only the exercises the filter shows.
    match state.next_shown(state.ex, forward) {
        Some(ex) => focus(state, ex, 0),
        None => Vec::new(),
    }
}

/// Focus a prompt (clamped to what exists). Saves when anything changed.
pub(super) fn focus(state: &mut State, ex: usize, prompt: usize) -> Vec<Effect> {
    let ex = ex.min(state.exercises.len().saturating_sub(1));
    let same_exercise = ex == state.ex;
    if same_exercise && prompt == state.prompt {
        return Vec::new();
    }
    super::list::tidy(state);
    state.ex = ex;
    let len = state.exercise().map_or(0, |e| e.prompts.len());
    state.prompt = prompt.min(len.saturating_sub(1));
    state.cell = 0;
    state.option = 0;
    state.undo_removal = false;
    if !same_exercise {
        state.scroll = None;
    } else if state.scroll.is_some() {
        // A prompt chosen by keyboard should be seen: go back to following the focus.
        state.scroll = None;
    }
    state.sync_editor();
    if state.dirty {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

/// Help and About are short: no need to scroll further than this.
const MAX_SCROLL: u16 = 60;

/// Whether a message is for the open overlay rather than the workbook.
pub(super) fn overlay_takes(msg: &Msg) -> bool {
    matches!(
        msg,
        Msg::Edit(_)
            | Msg::Paste(_)
            | Msg::NextPrompt
            | Msg::PrevPrompt
            | Msg::NextExercise
            | Msg::PrevExercise
            | Msg::FocusPrompt { .. }
            | Msg::FocusCell(_)
            | Msg::ClickOption(_)
            | Msg::ChoosePath
            | Msg::StartAfter
    )
}

/// Keys inside an overlay: arrows move or scroll, Enter jumps (outline), Tab switches
/// between help and about.
pub(super) fn overlay_update(state: &mut State, msg: &Msg) -> Vec<Effect> {
    let Some(overlay) = state.overlay.clone() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Paths { cursor } => return super::paths::key(state, cursor, msg),
        Overlay::ConfirmAfter => {
            if matches!(msg, Msg::Edit(EditKey::Enter | EditKey::Char('y' | 'Y'))) {
                return super::moment::start_after(state);
            }
        }
        Overlay::Conflict { copy, .. } => return super::conflict::update(state, msg, copy),
        Overlay::Outline { cursor } => {
            let rows = state.outline_rows();
            let last = rows.len().saturating_sub(1);
            let cursor = match msg {
                Msg::Edit(EditKey::Up | EditKey::Left) | Msg::PrevPrompt => {
                    cursor.saturating_sub(1)
                }
                Msg::Edit(EditKey::Down | EditKey::Right) | Msg::NextPrompt => {
                    (cursor + 1).min(last)
                }
                Msg::Edit(EditKey::Home) => 0,
                Msg::Edit(EditKey::End) => last,
                Msg::PrevExercise => cursor.saturating_sub(10),
                Msg::NextExercise => (cursor + 10).min(last),
                Msg::Edit(EditKey::Enter | EditKey::Char(' ')) => {
                    let target = match rows.get(cursor) {
                        Some(OutlineRow::Exercise(ex)) => Some(*ex),
                        Some(OutlineRow::Theme(t)) => state
                            .exercises
                            .iter()
                            .enumerate()
                            .position(|(i, (tt, _))| tt == t && state.shown(i)),
                        None => None,
                    };
                    state.overlay = None;
                    return match target {
                        Some(ex) if ex != state.ex => focus(state, ex, 0),
                        _ => Vec::new(),
                    };
                }
                _ => cursor,
            };
            state.overlay = Some(Overlay::Outline { cursor });
        }
        Overlay::Help { scroll } | Overlay::About { scroll } => {
            let is_help = matches!(overlay, Overlay::Help { .. });
            let scroll = match msg {
                Msg::Edit(EditKey::Up) => scroll.saturating_sub(1),
                // The overlay clamps what it shows; this only keeps Up responsive.
                Msg::Edit(EditKey::Down) => scroll.saturating_add(1).min(MAX_SCROLL),
                Msg::PrevExercise => scroll.saturating_sub(10),
                Msg::NextExercise => scroll.saturating_add(10).min(MAX_SCROLL),
                Msg::Edit(EditKey::Home) => 0,
                Msg::NextPrompt | Msg::PrevPrompt => {
                    state.overlay = Some(if is_help {
                        Overlay::About { scroll: 0 }
                    } else {
                        Overlay::Help { scroll: 0 }
                    });
                    return Vec::new();
                }
                _ => scroll,
            };
            state.overlay = Some(if is_help {
                Overlay::Help { scroll }
            } else {
                Overlay::About { scroll }
            });
        }
    }
    Vec::new()
}

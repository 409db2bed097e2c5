//! Ranking answers: the options shown ranked first (in the participant's order), then the
//! others; Space puts the option under the cursor next in the order or takes it out,
//! Alt-Up/Alt-Down move it up or down the order, Backspace clears the ranking.
//!
//! Pure: every change goes through the editing core (`workbook::edit::set_ranking`); never
//! drops a ranked id the pack no longer offers (the core keeps it at the end).

use super::{EditKey, Effect, State, nav};
use crate::content::{Options, Prompt};
use crate::workbook::{Answer, derive, edit};

/// The ids ranked now, in order (offered or not).
fn ranked(state: &State, prompt: &Prompt) -> Vec<String> {
    match state.workbook.answers.get(&prompt.qualified_id) {
        Some(Answer::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    }
}

/// A key on a ranking prompt.
pub(super) fn key(
    state: &mut State,
    prompt: &Prompt,
    options: &Options,
    key: EditKey,
) -> Vec<Effect> {
    let rows = derive::ranking_rows(&state.workbook, options, &ranked(state, prompt));
    let mut order: Vec<String> = rows
        .iter()
        .filter(|(_, place)| place.is_some())
        .map(|(o, _)| o.id.clone())
        .collect();
    let last = rows.len().saturating_sub(1);
    let at = state.option.min(last);
    let to = match key {
        EditKey::Up | EditKey::Left => {
            state.option = at.saturating_sub(1);
            return Vec::new();
        }
        EditKey::Down | EditKey::Right => {
            state.option = (at + 1).min(last);
            return Vec::new();
        }
        EditKey::Home => {
            state.option = 0;
            return Vec::new();
        }
        EditKey::End => {
            state.option = last;
            return Vec::new();
        }
        EditKey::Backspace | EditKey::Delete => {
            edit::clear(&mut state.workbook, prompt);
            state.mark_dirty();
            return Vec::new();
        }
        EditKey::Enter => return nav::move_prompt(state, true),
        // Space: ranked, it leaves the order (the cursor stays where it was); not yet
        // ranked, it comes next in the order and the cursor follows it.
        EditKey::Char(' ') if at < order.len() => {
            order.remove(at);
            at
        }
        EditKey::Char(' ') => match rows.get(at) {
            Some((o, _)) => {
                order.push(o.id.clone());
                order.len() - 1
            }
            None => return Vec::new(),
        },
        EditKey::MoveItemUp if at < order.len() && at > 0 => {
            order.swap(at, at - 1);
            at - 1
        }
        EditKey::MoveItemDown if at + 1 < order.len() => {
            order.swap(at, at + 1);
            at + 1
        }
        _ => return Vec::new(),
    };
    let result = edit::set_ranking(&mut state.workbook, prompt, &order);
    if result.is_ok() {
        state.option = to;
    }
    state.done(result);
    Vec::new()
}

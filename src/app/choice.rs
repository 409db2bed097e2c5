//! Choice, multi-choice and scale answers, at prompt level and in cells.
//!
//! Pure: turns keys into choices and ratings, and writes them through the editing core
//! (`workbook::edit`); never touches text answers.

use super::cells::{self, Cell, CellSlot};
use super::find::{self, FindKey};
use super::{EditKey, Effect, State, nav};
use crate::content::{FieldKind, Options, Prompt, Scale};
use crate::words::participant::Notice;
use crate::workbook::{Answer, Value, derive, edit};

/// What a key does to a scale value.
pub(super) enum ValueKey {
    /// Set (or clear, with `None`) the value.
    Set(Option<Value>),
    /// A digit outside the scale.
    Bad,
    /// Not a value key.
    Pass,
}

pub(super) fn value_key(scale: &Scale, current: Option<&Value>, key: EditKey) -> ValueKey {
    match key {
        EditKey::Left | EditKey::Right => {
            ValueKey::Set(cells::scale_step(scale, current, key == EditKey::Right))
        }
        EditKey::Char(c) if c.is_ascii_digit() => match cells::scale_digit(scale, c as u32 - 48) {
            Some(v) => ValueKey::Set(Some(v)),
            None => ValueKey::Bad,
        },
        EditKey::Backspace | EditKey::Delete | EditKey::ClearAnswer => ValueKey::Set(None),
        _ => ValueKey::Pass,
    }
}

/// Choices at prompt level: arrows move the cursor, Space (or a digit) selects, letters
/// find an option (the cursor goes there) and Enter then selects it.
pub(super) fn choice_key(
    state: &mut State,
    prompt: &Prompt,
    options: &Options,
    multi: bool,
    key: EditKey,
) -> Vec<Effect> {
    let opts = derive::options(&state.workbook, options);
    let last = opts.len().saturating_sub(1);
    let found = match find::key(state, &opts, false, key) {
        FindKey::Used => return Vec::new(),
        FindKey::Pick(i) => {
            state.option = i;
            Some(i)
        }
        FindKey::Pass => None,
    };
    let pick = match key {
        _ if found.is_some() => found,
        EditKey::Up | EditKey::Left => {
            state.option = state.option.saturating_sub(1);
            None
        }
        EditKey::Down | EditKey::Right => {
            state.option = (state.option + 1).min(last);
            None
        }
        EditKey::Home => {
            state.option = 0;
            None
        }
        EditKey::End => {
            state.option = last;
            None
        }
        EditKey::Char(' ') => Some(state.option),
        EditKey::Char(c) if c.is_ascii_digit() && c != '0' => {
            let i = c as usize - 49;
            (i < opts.len()).then(|| {
                state.option = i;
                i
            })
        }
        EditKey::Backspace | EditKey::Delete => {
            edit::clear(&mut state.workbook, prompt);
            state.mark_dirty();
            None
        }
        EditKey::Enter => return nav::move_prompt(state, true),
        _ => None,
    };
    let Some(opt) = pick.and_then(|i| opts.get(i)) else {
        return Vec::new();
    };
    let current = state.workbook.answers.get(&prompt.qualified_id);
    let result = if multi {
        let mut chosen = match current {
            Some(Answer::Choices(c)) => c.clone(),
            _ => Vec::new(),
        };
        match chosen.iter().position(|c| c == &opt.id) {
            Some(p) => {
                chosen.remove(p);
            }
            None => chosen.push(opt.id.clone()),
        }
        edit::set_choices(&mut state.workbook, prompt, &chosen)
    } else if current == Some(&Answer::Choice(opt.id.clone())) {
        edit::set_choice(&mut state.workbook, prompt, None)
    } else {
        edit::set_choice(&mut state.workbook, prompt, Some(&opt.id))
    };
    state.done(result);
    Vec::new()
}

/// Choice, multi-choice and scale cells. True when the key was used.
pub(super) fn value_cell_key(
    state: &mut State,
    prompt: &Prompt,
    cell: &Cell,
    key: EditKey,
) -> bool {
    let id = &prompt.qualified_id;
    let current = cells::get(&state.workbook, id, cell);
    let scale_owned;
    let (scale, options) = match &cell.slot {
        CellSlot::Axis(a) => {
            scale_owned = Scale::Numeric(a.scale.clone());
            (Some(&scale_owned), None)
        }
        CellSlot::Field(f) => match &f.kind {
            FieldKind::Scale(s) => (Some(s), None),
            FieldKind::Choice(o) => (None, Some((o, false))),
            FieldKind::MultiChoice(o) => (None, Some((o, true))),
            FieldKind::Line | FieldKind::Text => (None, None),
        },
        CellSlot::Name => (None, None),
    };
    let new = if let Some(scale) = scale {
        if key == EditKey::ClearAnswer {
            state.message = Some(match current {
                Some(_) => Notice::CellCleared,
                None => Notice::NothingToClear,
            });
        }
        match value_key(scale, current.as_ref(), key) {
            ValueKey::Set(v) => v,
            ValueKey::Bad => {
                state.message = Some(Notice::scale_range(scale));
                return true;
            }
            ValueKey::Pass => return false,
        }
    } else if let Some((options, multi)) = options {
        let opts = derive::options(&state.workbook, options);
        let pos = |id: &str| opts.iter().position(|o| o.id == id);
        let last = opts.len().saturating_sub(1);
        // Letters find an option (nothing changes); Enter then picks what they found.
        let found = match find::key(state, &opts, true, key) {
            FindKey::Used => return true,
            FindKey::Pick(i) => {
                state.option = i;
                true
            }
            FindKey::Pass => false,
        };
        // A digit picks (or, in a multiple choice, ticks) the option with that number.
        let digit = match key {
            EditKey::Char(c @ '1'..='9') => Some(c as usize - '1' as usize),
            _ => None,
        };
        if let Some(i) = digit {
            if i >= opts.len() {
                state.message = Some(Notice::PickRange(opts.len()));
                return true;
            }
            state.option = i;
        }
        match (multi, key) {
            (false, _) if found => opts.get(state.option).map(|o| Value::Choice(o.id.clone())),
            (_, EditKey::Backspace | EditKey::Delete) => None,
            (_, EditKey::ClearAnswer) if current.is_none() => {
                state.message = Some(Notice::NothingToClear);
                return true;
            }
            (_, EditKey::ClearAnswer) => {
                state.message = Some(Notice::CellCleared);
                None
            }
            (false, EditKey::Char(_)) if digit.is_some() => {
                opts.get(state.option).map(|o| Value::Choice(o.id.clone()))
            }
            (false, EditKey::Char(' ')) if current.is_some() => {
                // Typing a sentence here must not step through the options unseen.
                state.message = Some(Notice::ChoiceHow);
                return true;
            }
            (false, EditKey::Char(c)) if !c.is_ascii_digit() => {
                state.message = Some(Notice::ChoiceHow);
                return true;
            }
            (false, EditKey::Right | EditKey::Char(' ')) | (false, EditKey::Left) => {
                let cur = match &current {
                    Some(Value::Choice(c)) => pos(c),
                    _ => None,
                };
                let next = match (cur, key) {
                    (None, _) => 0,
                    (Some(i), EditKey::Left) => i.saturating_sub(1),
                    (Some(i), _) => (i + 1).min(last),
                };
                opts.get(next).map(|o| Value::Choice(o.id.clone()))
            }
            (true, EditKey::Left) => {
                state.option = state.option.saturating_sub(1);
                return true;
            }
            (true, EditKey::Right) => {
                state.option = (state.option + 1).min(last);
                return true;
            }
            (true, k) if found || k == EditKey::Char(' ') || digit.is_some() => {
                let Some(opt) = opts.get(state.option) else {
                    return true;
                };
                let mut chosen = match current {
                    Some(Value::Choices(c)) => c,
                    _ => Vec::new(),
                };
                if let Some(p) = chosen.iter().position(|c| c == &opt.id) {
                    chosen.remove(p);
                } else {
                    chosen.push(opt.id.clone());
                    chosen.sort_by_key(|c| pos(c).unwrap_or(usize::MAX));
                }
                (!chosen.is_empty()).then_some(Value::Choices(chosen))
            }
            _ => return false,
        }
    } else {
        return false;
    };
    let result = cells::write(&mut state.workbook, &state.pack, prompt, cell, new);
    state.done(result);
    true
}

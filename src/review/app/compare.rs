//! Compare as a place to work: a cursor on the participants whose answers are shown (those
//! the cohort list shows, in its order), moving between prompts, scrolling, and opening
//! the focused participant in the reader at this prompt.
//!
//! Pure; never changes the cohort. Notes written here go through `notes` like any other.

use super::{Compare, Key, Reader, Screen, Section, State, sections};

impl State {
    /// The workbooks Compare shows: those the cohort list shows, in its order.
    pub fn compare_shown(&self) -> Vec<usize> {
        self.list
            .view
            .iter()
            .copied()
            .filter(|&i| i < self.cohort.workbooks.len())
            .collect()
    }

    /// The workbook under Compare's cursor (the last shown when the cursor is past them).
    pub fn compare_focus(&self, c: &Compare) -> Option<usize> {
        let shown = self.compare_shown();
        let at = c.cursor.min(shown.len().checked_sub(1)?);
        shown.get(at).copied()
    }
}

/// Compare on `prompt`, the cursor on workbook `wb` if it is shown (else the first).
pub(super) fn at(state: &State, prompt: usize, wb: Option<usize>) -> Compare {
    let cursor = wb
        .and_then(|wb| state.compare_shown().iter().position(|&i| i == wb))
        .unwrap_or(0);
    Compare {
        prompt,
        cursor,
        scroll: 0,
    }
}

/// The reader on workbook `wb`, focused on prompt `prompt` (a flat index).
pub(super) fn reader_at(state: &State, wb: usize, prompt: usize) -> Reader {
    let (section, item) = sections(state, wb)
        .iter()
        .enumerate()
        .find_map(|(s, sec)| match sec {
            Section::Exercise { first, len, .. } if (*first..first + len).contains(&prompt) => {
                Some((s, prompt - first))
            }
            _ => None,
        })
        .unwrap_or((0, 0));
    Reader {
        wb,
        section,
        item,
        scroll: 0,
    }
}

/// Compare: ↑↓ participant by participant (the pane follows), PageUp/PageDown a page,
/// Home/End the first or last participant, ←→ (and Tab) the previous or next prompt,
/// Enter the focused participant in the reader at this prompt.
pub(super) fn key(state: &mut State, key: Key) {
    let view = state.view;
    let n = state.prompts.len();
    let shown = state.compare_shown().len();
    let Screen::Compare(c) = &state.screen else {
        return;
    };
    let mut c = c.clone();
    let last = shown.saturating_sub(1);
    c.cursor = c.cursor.min(last);
    match key {
        Key::Down | Key::Char('j') => {
            c.cursor = (c.cursor + 1).min(last);
            c.scroll = 0;
        }
        Key::Up | Key::Char('k') => {
            c.cursor = c.cursor.saturating_sub(1);
            c.scroll = 0;
        }
        // Home shows the top (the question and what the answers add up to); End the bottom.
        Key::Home => {
            c.cursor = 0;
            c.scroll = i32::MIN / 2;
        }
        Key::End => {
            c.cursor = last;
            c.scroll = i32::MAX / 2;
        }
        Key::PageDown | Key::PageUp | Key::Char(' ') => {
            let page = i64::from(view.height.saturating_sub(1).max(1));
            let max = view.max as i64;
            let now = (view.base as i64 + i64::from(c.scroll)).clamp(0, max);
            let to = if key == Key::PageUp {
                now - page
            } else {
                now + page
            };
            let to = to.clamp(0, max);
            c.scroll = i32::try_from(to - view.base as i64).unwrap_or(0);
        }
        Key::Right | Key::Tab if c.prompt + 1 < n => {
            c.prompt += 1;
            c.scroll = 0;
        }
        Key::Left | Key::BackTab if c.prompt > 0 => {
            c.prompt -= 1;
            c.scroll = 0;
        }
        Key::Enter => {
            let Some(wb) = state.compare_focus(&c) else {
                return;
            };
            let reader = reader_at(state, wb, c.prompt);
            state.back.push(Screen::Compare(c));
            state.screen = Screen::Reader(reader);
            return;
        }
        _ => return,
    }
    state.screen = Screen::Compare(c);
}

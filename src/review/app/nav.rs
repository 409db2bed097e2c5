//! Moving about the review: the reader's sections and prompts, the prompt picker, the
//! map, and Esc going back one level (Compare's own keys are in `compare`).
//!
//! Pure; never changes the cohort.

use super::{Key, Overlay, Screen, State};
use crate::words::review::Notice;

/// A part of the reader: one exercise of the pack (its prompts from `first` in the flat
/// list), or, at the end, the answers the pack no longer asks for (by id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Exercise {
        theme: usize,
        exercise: usize,
        first: usize,
        len: usize,
    },
    Orphans(Vec<String>),
}

impl Section {
    pub fn len(&self) -> usize {
        match self {
            Section::Exercise { len, .. } => *len,
            Section::Orphans(ids) => ids.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The reader's sections for workbook `wb`: every exercise, then its orphaned answers if
/// it has any.
pub fn sections(state: &State, wb: usize) -> Vec<Section> {
    let mut out = Vec::new();
    let mut first = 0;
    for (t, theme) in state.pack.themes.iter().enumerate() {
        for (e, ex) in theme.exercises.iter().enumerate() {
            out.push(Section::Exercise {
                theme: t,
                exercise: e,
                first,
                len: ex.prompts.len(),
            });
            first += ex.prompts.len();
        }
    }
    if let Some(loaded) = state.cohort.workbooks.get(wb) {
        let orphans: Vec<String> = loaded
            .workbook
            .answers
            .keys()
            .filter(|id| state.pack.prompt(id).is_none())
            .cloned()
            .collect();
        if !orphans.is_empty() {
            out.push(Section::Orphans(orphans));
        }
    }
    out
}

impl State {
    /// The prompts the picker's query matches (every word, in theme, exercise, question or
    /// id; case does not matter): indices into `prompts`.
    pub fn picker_matches(&self, query: &str) -> Vec<usize> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        (0..self.prompts.len())
            .filter(|&i| {
                if words.is_empty() {
                    return true;
                }
                let at = &self.prompts[i];
                let hay = format!(
                    "{} {} {} {}",
                    self.pack.themes[at.theme].title,
                    self.pack.themes[at.theme].exercises[at.exercise].title,
                    self.prompt(i).map_or("", |p| p.text.as_ref()),
                    at.id
                )
                .to_lowercase();
                words.iter().all(|w| hay.contains(w))
            })
            .collect()
    }
}

/// Esc: close the search, or go back to the screen before.
pub(super) fn back(state: &mut State) {
    if state.screen == Screen::Cohort {
        if !state.list.query.is_empty() {
            state.list.query.clear();
            super::cohort::refresh(state);
        }
        return;
    }
    state.screen = state.back.pop().unwrap_or(Screen::Cohort);
}

/// `c`: the picker, on the prompt in view (the reader's focus, compare's prompt).
pub(super) fn open_picker(state: &mut State) {
    let at = match &state.screen {
        Screen::Compare(c) => Some(c.prompt),
        Screen::Reader(_) => state.reader_prompt(),
        Screen::Cohort | Screen::Map(_) => None,
    };
    state.overlay = Some(Overlay::Picker {
        query: String::new(),
        cursor: at.unwrap_or(0),
    });
}

pub(super) fn picker_key(state: &mut State, key: Key) {
    let Some(Overlay::Picker { query, cursor }) = &state.overlay else {
        return;
    };
    let (mut query, mut cursor) = (query.clone(), *cursor);
    let len = state.picker_matches(&query).len();
    let last = len.saturating_sub(1);
    match key {
        Key::Esc => {
            state.overlay = None;
            return;
        }
        Key::Up => cursor = cursor.saturating_sub(1),
        Key::Down => cursor = (cursor + 1).min(last),
        Key::PageUp => cursor = cursor.saturating_sub(10),
        Key::PageDown => cursor = (cursor + 10).min(last),
        Key::Home => cursor = 0,
        Key::End => cursor = last,
        Key::Backspace => {
            query.pop();
            cursor = 0;
        }
        Key::Char(c) if !c.is_control() => {
            query.push(c);
            cursor = 0;
        }
        Key::Enter => {
            let Some(&prompt) = state.picker_matches(&query).get(cursor) else {
                return;
            };
            state.overlay = None;
            // The cursor starts on the workbook in front of the coach, when it is shown.
            let wb = match &state.screen {
                Screen::Compare(c) => state.compare_focus(c),
                Screen::Reader(r) => Some(r.wb),
                Screen::Map(m) => Some(m.wb),
                Screen::Cohort => state.selected(),
            };
            let compare = super::compare::at(state, prompt, wb);
            let here = std::mem::replace(&mut state.screen, Screen::Cohort);
            match here {
                // Another prompt from compare replaces this one: Esc still goes back out.
                Screen::Compare(_) => {}
                other => state.back.push(other),
            }
            state.screen = Screen::Compare(compare);
            return;
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Picker { query, cursor });
}

/// Reader: ↑↓ prompt by prompt (across exercises), Tab / Shift-Tab exercise by exercise,
/// PageUp/PageDown a page of the text.
pub(super) fn reader_key(state: &mut State, key: Key) {
    let view = state.view;
    let Screen::Reader(r) = &state.screen else {
        return;
    };
    let secs = sections(state, r.wb);
    let mut r = r.clone();
    let last_section = secs.len().saturating_sub(1);
    let len_of = |s: usize| secs.get(s).map_or(0, Section::len);
    match key {
        Key::Down | Key::Char('j') => {
            if r.item + 1 < len_of(r.section) {
                r.item += 1;
            } else if let Some(next) = (r.section + 1..secs.len()).find(|&s| len_of(s) > 0) {
                r.section = next;
                r.item = 0;
            }
            r.scroll = 0;
        }
        Key::Up | Key::Char('k') => {
            if r.item > 0 {
                r.item -= 1;
            } else if let Some(prev) = (0..r.section).rev().find(|&s| len_of(s) > 0) {
                r.section = prev;
                r.item = len_of(prev).saturating_sub(1);
            }
            r.scroll = 0;
        }
        Key::Tab | Key::Right => {
            r.section = (r.section + 1).min(last_section);
            r.item = 0;
            r.scroll = 0;
        }
        Key::BackTab | Key::Left => {
            r.section = r.section.saturating_sub(1);
            r.item = 0;
            r.scroll = 0;
        }
        Key::Home => {
            r.section = 0;
            r.item = 0;
            r.scroll = 0;
        }
        Key::End => {
            r.section = last_section;
            r.item = len_of(last_section).saturating_sub(1);
            r.scroll = 0;
        }
        Key::Char(']') => return next_match(state, true),
        Key::Char('[') => return next_match(state, false),
        Key::PageDown | Key::PageUp => {
            let page = i64::from(view.height.saturating_sub(1).max(1));
            let now = view.base as i64 + i64::from(r.scroll);
            let to = if key == Key::PageDown {
                now + page
            } else {
                now - page
            };
            let to = to.clamp(0, view.max as i64);
            r.scroll = i32::try_from(to - view.base as i64).unwrap_or(0);
        }
        _ => return,
    }
    state.screen = Screen::Reader(r);
}

/// `m`: the map of the workbook in front of the coach (the reader's, the one under the
/// cohort list's cursor, or Compare's focused participant).
pub(super) fn open_map(state: &mut State) {
    let wb = match &state.screen {
        Screen::Reader(r) => Some(r.wb),
        Screen::Cohort => state.selected(),
        Screen::Compare(c) => state.compare_focus(c),
        Screen::Map(_) => None,
    };
    let Some(wb) = wb else {
        state.message = Some(Notice::MapFromWhere);
        return;
    };
    let previous = std::mem::replace(
        &mut state.screen,
        Screen::Map(super::MapScreen {
            wb,
            view: crate::app::MapView::default(),
        }),
    );
    state.back.push(previous);
}

/// A key on the map: tabs and scrolling, as on the participant's Map screen.
pub(super) fn map_key(state: &mut State, key: Key) {
    use crate::app::map::MapMove;
    let Screen::Map(m) = &state.screen else {
        return;
    };
    let mv = match key {
        Key::Tab | Key::Right => MapMove::NextTab,
        Key::BackTab | Key::Left => MapMove::PrevTab,
        Key::Char(c @ '1'..='9') => MapMove::Tab(c.to_digit(10).map_or(0, |d| d as usize)),
        Key::Up => MapMove::Up,
        Key::Down => MapMove::Down,
        Key::PageUp => MapMove::PageUp,
        Key::PageDown => MapMove::PageDown,
        Key::Home => MapMove::Top,
        Key::End => MapMove::Bottom,
        _ => return,
    };
    let Some(loaded) = state.cohort.workbooks.get(m.wb) else {
        return;
    };
    let map = crate::map::map_of(&state.pack, &loaded.workbook);
    let view = crate::app::map::apply(m.view, mv, 1 + map.pictures.len());
    let view = crate::app::map::bounded(view, state.map_drawn);
    state.screen = Screen::Map(super::MapScreen { wb: m.wb, view });
}

/// `]` / `[` in the reader (and Enter on a searched cohort list, `first`): the next or
/// previous prompt whose answer or notes the search found (the first one, from the top,
/// when `first`); says so when there is none.
pub(super) fn next_match(state: &mut State, forward: bool) {
    next_match_from(state, forward, false);
}

pub(super) fn first_match(state: &mut State) {
    next_match_from(state, true, true);
}

fn next_match_from(state: &mut State, forward: bool, first: bool) {
    let Screen::Reader(r) = &state.screen else {
        return;
    };
    let found: Vec<String> = state
        .list
        .found_in(r.wb)
        .into_iter()
        .filter_map(|f| match f {
            super::cohort::Found::Prompt(id) => Some(id.clone()),
            _ => None,
        })
        .collect();
    if state.list.query.trim().is_empty() {
        state.message = Some(Notice::NoSearch);
        return;
    }
    // Every prompt of the reader in order, as (section, item, id).
    let secs = sections(state, r.wb);
    let mut spots: Vec<(usize, usize, &str)> = Vec::new();
    for (s, sec) in secs.iter().enumerate() {
        match sec {
            Section::Exercise { first, len, .. } => {
                for i in 0..*len {
                    if let Some(p) = state.prompts.get(first + i) {
                        spots.push((s, i, &p.id));
                    }
                }
            }
            Section::Orphans(ids) => {
                spots.extend(ids.iter().enumerate().map(|(i, id)| (s, i, id.as_str())));
            }
        }
    }
    let here = spots
        .iter()
        .position(|&(s, i, _)| s == r.section && i == r.item)
        .unwrap_or(0);
    let hit = |&(_, _, id): &(usize, usize, &str)| found.iter().any(|f| f == id);
    let to = if first {
        spots.iter().position(hit)
    } else if forward {
        spots
            .iter()
            .skip(here + 1)
            .position(hit)
            .map(|p| p + here + 1)
    } else {
        spots.iter().take(here).rposition(hit)
    };
    match to.and_then(|t| spots.get(t)) {
        Some(&(section, item, _)) => {
            let mut r = r.clone();
            r.section = section;
            r.item = item;
            r.scroll = 0;
            state.screen = Screen::Reader(r);
        }
        None if first => {}
        None => state.message = Some(Notice::NoMoreMatches(forward)),
    }
}

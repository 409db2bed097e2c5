//! The Map screen's state and keys: which tab (the read-back, then one per picture) is
//! shown, and how far it is scrolled.
//!
//! Never edits an answer: while the map is shown, typing keys move between tabs or are
//! ignored, so nothing typed is touched; the map itself is always recomputed from the
//! answers (`crate::map::map_of`), never stored.

use super::{EditKey, Effect, Msg, State};

/// Where the Map screen is: the tab (0 is the read-back, then the pictures in pack order)
/// and the first line shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MapView {
    pub tab: usize,
    pub scroll: u16,
}

impl MapView {
    /// The picture this tab shows (index into `Map::pictures`), or `None` for the read-back.
    pub fn picture(&self) -> Option<usize> {
        self.tab.checked_sub(1)
    }
}

/// How many lines PageUp / PageDown scroll.
const PAGE: u16 = 10;

/// Whether a message is for the Map screen rather than the answers behind it.
pub(super) fn takes(msg: &Msg) -> bool {
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
            | Msg::CycleFilter
            | Msg::StartAfter
            | Msg::ScrollTo(_)
            | Msg::Escape
            | Msg::OpenMap
    )
}

/// F3 on the answers: show the map at its first tab (the read-back).
pub(super) fn open(state: &mut State) -> Vec<Effect> {
    // A good moment to save, as when moving between questions; the focus stays put.
    state.map = Some(MapView::default());
    if state.dirty {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

/// A key on the Map screen. Esc or F3 go back to the answers, where typing carries on.
pub(super) fn update(state: &mut State, msg: &Msg) -> Vec<Effect> {
    let Some(view) = state.map else {
        return Vec::new();
    };
    let tabs = || tab_count(state);
    let next = match msg {
        Msg::Escape | Msg::OpenMap => {
            state.map = None;
            return Vec::new();
        }
        Msg::NextPrompt | Msg::Edit(EditKey::Right) => {
            let n = tabs();
            goto((view.tab + 1) % n)
        }
        Msg::PrevPrompt | Msg::Edit(EditKey::Left) => {
            let n = tabs();
            goto((view.tab + n - 1) % n)
        }
        Msg::Edit(EditKey::Char(c @ '1'..='9')) => {
            let want = c.to_digit(10).map_or(0, |d| d as usize - 1);
            if want < tabs() { goto(want) } else { view }
        }
        Msg::Edit(EditKey::Up) => scroll(view, view.scroll.saturating_sub(1)),
        Msg::Edit(EditKey::Down) => scroll(view, view.scroll.saturating_add(1)),
        Msg::PrevExercise => scroll(view, view.scroll.saturating_sub(PAGE)),
        Msg::NextExercise => scroll(view, view.scroll.saturating_add(PAGE)),
        Msg::Edit(EditKey::Home) => scroll(view, 0),
        Msg::Edit(EditKey::End) => scroll(view, u16::MAX),
        Msg::ScrollTo(line) => scroll(view, *line),
        // Typing, pasting and clicks on answers are not for the map: nothing is touched.
        _ => view,
    };
    let limit = scroll_limit(state, next.tab);
    state.map = Some(MapView {
        tab: next.tab,
        scroll: next.scroll.min(limit),
    });
    Vec::new()
}

fn goto(tab: usize) -> MapView {
    MapView { tab, scroll: 0 }
}

fn scroll(view: MapView, to: u16) -> MapView {
    MapView { scroll: to, ..view }
}

/// The read-back and one tab per picture.
fn tab_count(state: &State) -> usize {
    1 + crate::map::map_of(&state.pack, &state.workbook)
        .pictures
        .len()
}

/// How far a tab can scroll: its line count at the narrowest screen that shows it (the
/// drawing clamps further to what the real screen needs).
fn scroll_limit(state: &State, tab: usize) -> u16 {
    let map = crate::map::map_of(&state.pack, &state.workbook);
    let lines = crate::ui::map::line_count(&map, tab, crate::ui::MIN_WIDTH);
    u16::try_from(lines).unwrap_or(u16::MAX)
}

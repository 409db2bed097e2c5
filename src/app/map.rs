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

/// How the Map screen was drawn (layout feedback): the tab shown and the furthest its
/// text scrolls at that size (0 when it all fits, or a picture is drawn whole).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MapDrawn {
    pub tab: usize,
    pub max_scroll: u16,
}

/// How many lines PageUp / PageDown scroll.
const PAGE: u16 = 10;

/// Whether a message is for the Map screen rather than the answers behind it.
/// What an overlay takes, plus the wheel, Esc and F3.
pub(super) fn takes(msg: &Msg) -> bool {
    super::nav::overlay_takes(msg) || matches!(msg, Msg::ScrollTo(_) | Msg::Escape | Msg::OpenMap)
}

/// F3 on the answers: show the map at the tab last shown (at first, the read-back).
pub(super) fn open(state: &mut State) -> Vec<Effect> {
    // A good moment to save, as when moving between questions; the focus stays put.
    if state.overlay == Some(super::Overlay::Finished) {
        // "F3 shows the map", says the end of the path.
        state.overlay = None;
    }
    state.map = Some(MapView {
        tab: state.map_tab,
        scroll: 0,
    });
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
    if matches!(msg, Msg::Escape | Msg::OpenMap) {
        state.map = None;
        return Vec::new();
    }
    let moves_tab = matches!(
        msg,
        Msg::NextPrompt
            | Msg::PrevPrompt
            | Msg::Edit(EditKey::Right | EditKey::Left | EditKey::Char('1'..='9'))
    );
    let scrolls = matches!(
        msg,
        Msg::Edit(EditKey::Up | EditKey::Down | EditKey::Home | EditKey::End)
            | Msg::NextExercise
            | Msg::PrevExercise
            | Msg::ScrollTo(_)
    );
    if !moves_tab && !scrolls {
        // Typing, pasting and clicks on answers are not for the map: nothing is touched.
        return Vec::new();
    }
    // The map as the answers stand (they cannot change while it is shown).
    let map = crate::map::map_of(&state.pack, &state.workbook);
    let next = step(view, msg, 1 + map.pictures.len());
    state.map_tab = next.tab;
    state.map = Some(bounded(next, state.map_drawn));
    Vec::new()
}

/// Keeps a view's scroll within what its tab scrolled to when last drawn (layout
/// feedback); a tab not drawn yet is left as it is (the drawing clamps it, and the layout
/// it reports bounds it right after).
pub fn bounded(view: MapView, drawn: Option<MapDrawn>) -> MapView {
    match drawn {
        Some(d) if d.tab == view.tab => MapView {
            tab: view.tab,
            scroll: view.scroll.min(d.max_scroll),
        },
        _ => view,
    }
}

/// A move on the Map screen, whoever shows it (the participant, or a coach reviewing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMove {
    NextTab,
    PrevTab,
    /// A digit: tab `n` counted from 1.
    Tab(usize),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    To(u16),
}

/// Where a move takes the view, among `tabs` tabs (scroll not yet bounded).
pub fn apply(view: MapView, mv: MapMove, tabs: usize) -> MapView {
    let tabs = tabs.max(1);
    match mv {
        MapMove::NextTab => goto((view.tab + 1) % tabs),
        MapMove::PrevTab => goto((view.tab + tabs - 1) % tabs),
        MapMove::Tab(n) if (1..=tabs).contains(&n) => goto(n - 1),
        MapMove::Tab(_) => view,
        MapMove::Up => scroll(view, view.scroll.saturating_sub(1)),
        MapMove::Down => scroll(view, view.scroll.saturating_add(1)),
        MapMove::PageUp => scroll(view, view.scroll.saturating_sub(PAGE)),
        MapMove::PageDown => scroll(view, view.scroll.saturating_add(PAGE)),
        MapMove::Top => scroll(view, 0),
        MapMove::Bottom => scroll(view, u16::MAX),
        MapMove::To(line) => scroll(view, line),
    }
}

/// Where a participant's message moves the view, among `tabs` tabs.
fn step(view: MapView, msg: &Msg, tabs: usize) -> MapView {
    let mv = match msg {
        Msg::NextPrompt | Msg::Edit(EditKey::Right) => MapMove::NextTab,
        Msg::PrevPrompt | Msg::Edit(EditKey::Left) => MapMove::PrevTab,
        Msg::Edit(EditKey::Char(c @ '1'..='9')) => {
            MapMove::Tab(c.to_digit(10).map_or(0, |d| d as usize))
        }
        Msg::Edit(EditKey::Up) => MapMove::Up,
        Msg::Edit(EditKey::Down) => MapMove::Down,
        Msg::PrevExercise => MapMove::PageUp,
        Msg::NextExercise => MapMove::PageDown,
        Msg::Edit(EditKey::Home) => MapMove::Top,
        Msg::Edit(EditKey::End) => MapMove::Bottom,
        Msg::ScrollTo(line) => MapMove::To(*line),
        // Typing, pasting and clicks on answers are not for the map: nothing is touched.
        _ => return view,
    };
    apply(view, mv, tabs)
}

fn goto(tab: usize) -> MapView {
    MapView { tab, scroll: 0 }
}

fn scroll(view: MapView, to: u16) -> MapView {
    MapView { scroll: to, ..view }
}

#[cfg(test)]
mod tests {
    use super::super::testpack::state;
    use super::super::update;
    use super::*;

    fn view(tab: usize, scroll: u16) -> MapView {
        MapView { tab, scroll }
    }

    #[test]
    fn tabs_cycle_both_ways_and_digits_jump() {
        let v = view(0, 0);
        assert_eq!(step(v, &Msg::NextPrompt, 6), view(1, 0));
        assert_eq!(step(v, &Msg::Edit(EditKey::Right), 6), view(1, 0));
        assert_eq!(step(v, &Msg::PrevPrompt, 6), view(5, 0));
        assert_eq!(step(view(5, 0), &Msg::NextPrompt, 6), view(0, 0));
        assert_eq!(step(view(2, 7), &Msg::Edit(EditKey::Left), 6), view(1, 0));
        assert_eq!(step(v, &Msg::Edit(EditKey::Char('4')), 6), view(3, 0));
        assert_eq!(
            step(view(2, 3), &Msg::Edit(EditKey::Char('9')), 6),
            view(2, 3)
        );
        assert_eq!(step(v, &Msg::NextPrompt, 0), view(0, 0));
    }

    #[test]
    fn f3_opens_the_map_again_at_the_tab_last_shown() {
        let pack = crate::content::load_builtin().expect("built-in pack");
        let wb = crate::store::blank_workbook(&pack, "Map", "");
        let mut s = State::new(pack, wb, "map.md".into());
        update(&mut s, Msg::OpenMap);
        update(&mut s, Msg::NextPrompt);
        update(&mut s, Msg::NextPrompt);
        assert_eq!(s.map.map(|v| v.tab), Some(2));
        update(&mut s, Msg::Escape);
        assert_eq!(s.map, None);
        update(&mut s, Msg::OpenMap);
        assert_eq!(
            s.map,
            Some(view(2, 0)),
            "back where the participant left it"
        );
    }

    #[test]
    fn arrows_and_pages_scroll() {
        let v = view(1, 5);
        assert_eq!(step(v, &Msg::Edit(EditKey::Down), 6), view(1, 6));
        assert_eq!(step(v, &Msg::Edit(EditKey::Up), 6), view(1, 4));
        assert_eq!(step(v, &Msg::NextExercise, 6), view(1, 15));
        assert_eq!(step(v, &Msg::PrevExercise, 6), view(1, 0));
        assert_eq!(step(v, &Msg::Edit(EditKey::Home), 6), view(1, 0));
        assert_eq!(step(v, &Msg::ScrollTo(9), 6), view(1, 9));
        assert_eq!(step(v, &Msg::Edit(EditKey::Char('x')), 6), v);
        assert_eq!(step(v, &Msg::Paste("x".into()), 6), v);
    }

    #[test]
    fn f3_opens_esc_or_f3_goes_back_and_typing_carries_on() {
        let mut s = state();
        update(&mut s, Msg::Edit(EditKey::Char('a')));
        let before = s.workbook.answers.clone();
        let effects = update(&mut s, Msg::OpenMap);
        assert_eq!(s.map, Some(MapView::default()));
        assert_eq!(
            effects,
            vec![Effect::Save],
            "opening the map saves pending changes"
        );
        // Keys on the map never touch the answers.
        for m in [
            Msg::Edit(EditKey::Char('b')),
            Msg::Edit(EditKey::Backspace),
            Msg::Edit(EditKey::Enter),
            Msg::Paste("pasted".into()),
            Msg::NextPrompt,
            Msg::NextExercise,
            Msg::Edit(EditKey::End),
            Msg::FocusPrompt {
                exercise: 1,
                prompt: 0,
            },
            Msg::StartAfter,
        ] {
            update(&mut s, m);
        }
        assert_eq!(s.workbook.answers, before);
        assert!(s.map.is_some());
        assert_eq!((s.ex, s.prompt), (0, 0));
        update(&mut s, Msg::Escape);
        assert_eq!(s.map, None);
        update(&mut s, Msg::Edit(EditKey::Char('b')));
        assert_ne!(s.workbook.answers, before, "typing works again");
        update(&mut s, Msg::OpenMap);
        update(&mut s, Msg::OpenMap);
        assert_eq!(s.map, None, "F3 again goes back");
    }

    #[test]
    fn help_opens_over_the_map_and_esc_closes_it_first() {
        let mut s = state();
        update(&mut s, Msg::OpenMap);
        update(&mut s, Msg::OpenHelp);
        assert!(s.overlay.is_some() && s.map.is_some());
        update(&mut s, Msg::Escape);
        assert!(s.overlay.is_none() && s.map.is_some());
        update(&mut s, Msg::OpenOutline);
        assert!(
            s.map.is_none(),
            "the outline jumps to answers: it leaves the map"
        );
    }

    #[test]
    fn autosave_and_saves_work_while_the_map_is_shown() {
        let mut s = state();
        update(&mut s, Msg::Edit(EditKey::Char('a')));
        update(&mut s, Msg::OpenMap);
        assert_eq!(update(&mut s, Msg::Autosave), vec![Effect::Save]);
        update(&mut s, Msg::Saved);
        assert!(!s.dirty);
        assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Quit]);
    }

    fn drawn(tab: usize, max_scroll: u16) -> Msg {
        Msg::Drawn(crate::app::Layout {
            map: Some(MapDrawn { tab, max_scroll }),
            ..crate::app::Layout::default()
        })
    }

    #[test]
    fn scroll_is_bounded_by_what_the_tab_scrolled_to_when_drawn() {
        let mut s = state();
        update(&mut s, Msg::OpenMap);
        update(&mut s, drawn(0, 7));
        update(&mut s, Msg::Edit(EditKey::End));
        assert_eq!(s.map, Some(view(0, 7)));
        update(&mut s, Msg::Edit(EditKey::Up));
        assert_eq!(s.map, Some(view(0, 6)), "the first Up shows");
        // A smaller screen scrolls less: what was drawn bounds what is kept.
        update(&mut s, drawn(0, 4));
        assert_eq!(s.map, Some(view(0, 4)));
        // Another tab's drawing does not bound this one (it is drawn before the next key).
        update(&mut s, drawn(1, 0));
        update(&mut s, Msg::Edit(EditKey::Down));
        assert_eq!(s.map, Some(view(0, 5)));
    }

    #[test]
    fn drawing_changes_nothing_the_participant_did() {
        let mut s = state();
        update(&mut s, Msg::Edit(EditKey::Char('a')));
        update(&mut s, Msg::SavedAside("aside.md".into()));
        let message = s.message.clone();
        assert!(message.is_some());
        assert!(update(&mut s, drawn(0, 3)).is_empty());
        assert_eq!(s.message, message, "the status line still says it");
        assert_eq!(s.map, None, "a map drawing does not open the map");
    }
}

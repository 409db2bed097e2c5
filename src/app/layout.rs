//! Layout feedback: what `ui::render` drew, sent back by the loop with `Msg::Drawn`, so that
//! `update` knows the editor's wrapped view, how far the Map screen and the exercise pane
//! scroll, while rendering stays a pure function of the state; and the pane's scrolling by
//! keys, from where it was drawn.
//!
//! Pure, like the rest of `app`.

use super::{Effect, State, editor, map};
use crate::app::MapDrawn;

/// What `ui::render` drew, as it reports it: the loop sends it back with `Msg::Drawn`, so
/// `update` knows the editor's wrapped view (for Up/Down by screen row) and how far the
/// Map screen scrolls, while rendering stays a pure function of the state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// The focused editor's view, when an editor was drawn.
    pub editor: Option<editor::View>,
    /// The Map screen's tab and how far it scrolls, when the map was drawn.
    pub map: Option<MapDrawn>,
    /// How the exercise pane was scrolled, when it was drawn.
    pub pane: Option<PaneDrawn>,
}

/// The exercise pane as drawn: the first line shown and the furthest it can scroll.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaneDrawn {
    pub offset: usize,
    pub max: usize,
}

/// Layout feedback: keeps what the screen drew. Changes nothing else (no message cleared,
/// no warning reset): drawing is not something the participant did.
pub(super) fn drawn(state: &mut State, layout: Layout) {
    if let (Some(ed), Some(view)) = (state.editor.as_mut(), layout.editor) {
        ed.view = view;
    }
    state.map_drawn = layout.map;
    state.pane_drawn = layout.pane;
    if let Some(view) = state.map {
        state.map = Some(map::bounded(view, layout.map));
    }
}

/// Ctrl-↑ / Ctrl-↓: the pane scrolled by `by` lines from where it was last drawn, within
/// what there is (on the answers, not the map or an overlay).
pub(super) fn scroll_lines(state: &mut State, by: i32) -> Vec<Effect> {
    if let Some(pane) = state.pane_drawn
        && state.map.is_none()
        && state.overlay.is_none()
    {
        let to = pane
            .offset
            .saturating_add_signed(isize::try_from(by).unwrap_or(0))
            .min(pane.max);
        state.scroll = Some(u16::try_from(to).unwrap_or(u16::MAX));
    }
    Vec::new()
}

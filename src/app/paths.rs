//! Paths on the workbook screen: the outline and navigation show the exercises of the path
//! the workbook follows, and Ctrl-F chooses another path (widening to the whole workbook
//! loses nothing: answers are kept whatever the path).
//!
//! Pure, like the rest of `app`: a changed path is saved through the usual `Effect`.

use super::{EditKey, Effect, Msg, OutlineRow, Overlay, State};
use crate::workbook::derive;

impl State {
    /// The id of the path the workbook follows (`full` for a file without one).
    pub fn path(&self) -> &str {
        derive::chosen_path(&self.workbook, &self.pack)
    }

    /// The rows of the outline overlay: themes and their exercises, in pack order; only
    /// the exercises on the path, and only themes with one of them.
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

    /// Whether the exercise at this index (into `exercises`) is on the workbook's path. A
    /// path with no exercises at all shows every exercise.
    pub fn shown(&self, ex: usize) -> bool {
        let Some(e) = self
            .exercises
            .get(ex)
            .and_then(|&(t, e)| self.pack.themes.get(t)?.exercises.get(e))
        else {
            return false;
        };
        let path = self.path();
        self.pack.on_path(e, path) || self.pack.path_exercises(path).next().is_none()
    }

    /// Progress over a theme's exercises on the path.
    pub fn theme_progress(&self, theme: &crate::content::Theme) -> derive::Progress {
        let path = self.path();
        derive::exercises_progress(
            &self.workbook,
            theme
                .exercises
                .iter()
                .filter(|e| self.pack.on_path(e, path)),
        )
    }

    /// About how many minutes of the path are left, by the pack's estimates.
    pub fn minutes_left(&self) -> Option<u32> {
        derive::path_minutes_left(&self.workbook, &self.pack, self.path())
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

    /// When the focused exercise is not on the path, focus the next one that is (or the
    /// previous one).
    pub(crate) fn focus_shown(&mut self) -> Vec<Effect> {
        if self.shown(self.ex) {
            return Vec::new();
        }
        match self
            .next_shown(self.ex, true)
            .or_else(|| self.next_shown(self.ex, false))
        {
            Some(ex) => super::nav::focus(self, ex, 0),
            None => Vec::new(),
        }
    }
}

/// Ctrl-F: the paths, with the one followed now under the cursor.
pub(super) fn open(state: &mut State) -> Vec<Effect> {
    state.map = None;
    let cursor = state
        .pack
        .paths
        .iter()
        .position(|p| p.id == state.path())
        .unwrap_or(0);
    state.overlay = Some(Overlay::Paths { cursor });
    Vec::new()
}

/// A key in the paths overlay: arrows or a digit move, Enter follows the path chosen.
pub(super) fn key(state: &mut State, cursor: usize, msg: &Msg) -> Vec<Effect> {
    if matches!(msg, Msg::Edit(EditKey::Enter | EditKey::Char(' '))) {
        state.overlay = None;
        return match state.pack.paths.get(cursor).map(|p| p.id.clone()) {
            Some(id) => follow(state, id),
            None => Vec::new(),
        };
    }
    let cursor = super::welcome::pick(cursor, state.pack.paths.len(), msg, |_| None);
    state.overlay = Some(Overlay::Paths { cursor });
    Vec::new()
}

/// Follows the path `id`: the outline, progress and navigation count its exercises from
/// now on, and the file records it at the next save.
pub(super) fn follow(state: &mut State, id: String) -> Vec<Effect> {
    if id != state.workbook.meta.path {
        state.workbook.meta.path = id;
        state.mark_dirty();
    }
    let path = state.path().to_string();
    if let Some(spec) = state.pack.path(&path) {
        let left = derive::path_minutes_left(&state.workbook, &state.pack, &path);
        let facts = crate::words::paths::PathFacts::of(&state.pack, spec, left);
        state.message = Some(crate::words::participant::Notice::Path(facts));
    }
    state.focus_shown()
}

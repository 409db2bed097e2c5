//! The participant's app state machine: `State`, `Msg`, `Effect` and a pure `update`.
//!
//! Never touches the terminal or the filesystem: effects are carried out by `tui`, and
//! their results come back as messages (`Msg::Saved`, `Msg::SaveFailed`); what the screen
//! drew comes back the same way (`Msg::Drawn`), so nothing is written into the state while
//! drawing.

pub mod cells;
mod choice;
mod conflict;
mod edit;
pub mod editor;
pub mod find;
pub mod home;
mod layout;
mod list;
pub mod map;
mod moment;
mod msg;
mod nav;
mod notes;
mod path;
mod paths;
mod rank;
mod saving;
#[cfg(test)]
pub mod testpack;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_before;
#[cfg(test)]
mod tests_cells;
#[cfg(test)]
mod tests_evening;
#[cfg(test)]
mod tests_find;
#[cfg(test)]
mod tests_moment;
#[cfg(test)]
mod tests_old_answers;
#[cfg(test)]
mod tests_polish;
#[cfg(test)]
mod tests_props;
#[cfg(test)]
mod tests_rank;
#[cfg(test)]
mod tests_saving;
#[cfg(test)]
mod tests_walk;
pub mod welcome;

use crate::content::{Exercise, Pack, Prompt, Theme};
use crate::words::participant::Notice;
use crate::workbook::Workbook;

pub use cells::{Cell, CellSlot};
pub use layout::{Layout, PaneDrawn};
pub use map::{MapDrawn, MapView};
pub use moment::earlier_shown;
pub use msg::{EditKey, Effect, Msg, Overlay, SaveState};

/// The whole state of the participant's workbook screen.
#[derive(Debug)]
pub struct State {
    /// Shared with whoever else holds the pack (the command's `Ctx`): never copied.
    pub pack: std::sync::Arc<Pack>,
    pub workbook: Workbook,
    /// Where the workbook lives, as shown to the participant.
    pub path_label: String,
    /// (theme, exercise) of every exercise in pack order.
    pub exercises: Vec<(usize, usize)>,
    /// The focused exercise: an index into `exercises`.
    pub ex: usize,
    /// The focused prompt within the exercise.
    pub prompt: usize,
    /// The focused cell of a list, grid or quadrant (see `cells::cells`).
    pub cell: usize,
    /// The option cursor of a choice, multi-choice or multi-choice cell.
    pub option: usize,
    /// The editor of the focused text, line, item name or text cell.
    pub editor: Option<editor::Editor>,
    /// The earlier prompt whose answer the editor was pre-filled with (not yet the answer).
    pub prefilled_from: Option<String>,
    /// The name the focused list item's dependent answers (grid rows, choices) are keyed by.
    pub(crate) item_key: Option<String>,
    /// (list, name) typed into the focused item's name, not yet followed by its dependent
    /// answers (see `settle_name`).
    pub(crate) pending_name: Option<(String, String)>,
    pub overlay: Option<Overlay>,
    /// The Map screen, when shown instead of the answers (F3).
    pub map: Option<MapView>,
    /// The Map tab last shown: F3 opens the map there again.
    pub(crate) map_tab: usize,
    /// How the Map screen was last drawn (`Msg::Drawn`): bounds its scrolling.
    pub(crate) map_drawn: Option<MapDrawn>,
    /// Changes not yet saved.
    pub dirty: bool,
    /// How many changes were made so far (never goes down): the edge notes it with each
    /// snapshot it saves, to tell whether a save's outcome covers the latest changes.
    pub(crate) edits: u64,
    pub save_state: SaveState,
    /// A one-off note for the status line (cleared by the next key), as data: `ui` asks
    /// `words::participant::notice` for its wording.
    pub message: Option<Notice>,
    /// A line offset chosen with the mouse wheel; `None` keeps the focused prompt in view.
    pub scroll: Option<u16>,
    /// Colours allowed (false under `NO_COLOR`): styles then use modifiers only.
    pub color: bool,
    pub(crate) quit_pending: bool,
    pub(crate) quit_warned: bool,
    /// What Ctrl-D and Ctrl-K took out (items, an answer from an earlier pack), for Ctrl-Z.
    pub(crate) removed: Vec<crate::workbook::edit::Removal>,
    /// True while Ctrl-Z should bring back what was removed rather than undo typing.
    pub(crate) undo_removal: bool,
    /// A coach's notes on this workbook, shown beside the answers (read-only).
    pub coach_notes: Option<crate::workbook::notes::CoachNotes>,
    /// How the exercise pane was last drawn (`Msg::Drawn`): where keys scroll it from.
    pub(crate) pane_drawn: Option<PaneDrawn>,
    /// Whether a long guidance is shown whole in a small window (Ctrl-U), rather than
    /// folded to its first lines.
    pub guidance_open: bool,
    /// The earlier answer Ctrl-B turned to: (the question's id, its place in
    /// `Workbook::earlier_answers`); another question shows its latest.
    pub(crate) earlier_back: Option<(String, usize)>,
    /// Letters typed on a choice to find an option (`find.rs`).
    pub(crate) find: Option<find::Find>,
}

impl State {
    pub fn new(
        pack: impl Into<std::sync::Arc<Pack>>,
        workbook: Workbook,
        path_label: String,
    ) -> State {
        let pack = pack.into();
        let exercises = pack
            .themes
            .iter()
            .enumerate()
            .flat_map(|(t, theme)| (0..theme.exercises.len()).map(move |e| (t, e)))
            .collect();
        let mut state = State {
            pack,
            workbook,
            path_label,
            exercises,
            ex: 0,
            prompt: 0,
            cell: 0,
            option: 0,
            editor: None,
            prefilled_from: None,
            item_key: None,
            pending_name: None,
            overlay: None,
            map: None,
            map_tab: 0,
            map_drawn: None,
            dirty: false,
            edits: 0,
            save_state: SaveState::Unchanged,
            message: None,
            scroll: None,
            color: true,
            quit_pending: false,
            quit_warned: false,
            removed: Vec::new(),
            undo_removal: false,
            coach_notes: None,
            pane_drawn: None,
            guidance_open: false,
            earlier_back: None,
            find: None,
        };
        if !state.shown(0)
            && let Some(ex) = state.next_shown(0, true)
        {
            state.ex = ex;
        }
        state.resume();
        state.sync_editor();
        let orphans = crate::workbook::derive::orphans(&state.workbook, &state.pack).len();
        if orphans > 0 {
            state.message = Some(Notice::Orphans(orphans));
        }
        state
    }

    pub fn theme(&self) -> Option<&Theme> {
        let &(t, _) = self.exercises.get(self.ex)?;
        self.pack.themes.get(t)
    }

    pub fn exercise(&self) -> Option<&Exercise> {
        let &(t, e) = self.exercises.get(self.ex)?;
        self.pack.themes.get(t)?.exercises.get(e)
    }

    /// How many changes were made so far: a save of a snapshot taken at `edits()` covers
    /// everything when `edits()` is still the same as its outcome comes back.
    pub fn edits(&self) -> u64 {
        self.edits
    }

    pub fn focused_prompt(&self) -> Option<&Prompt> {
        self.exercise()?.prompts.get(self.prompt)
    }

    fn mark_dirty(&mut self) {
        self.dirty = true;
        self.edits += 1;
        self.quit_warned = false;
    }
}

/// One row of the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineRow {
    /// A theme, by index in the pack.
    Theme(usize),
    /// An exercise, by index into `State::exercises`.
    Exercise(usize),
}

/// The one place state changes. Pure: no I/O, no clock.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    if let Msg::Drawn(layout) = msg {
        layout::drawn(state, layout);
        return Vec::new();
    }
    if !matches!(
        msg,
        Msg::Saved
            | Msg::SavedAside(_)
            | Msg::SavedEarlier(_)
            | Msg::Dated(_)
            | Msg::SaveFailed(_)
            | Msg::Autosave
            | Msg::ScrollTo(_)
            | Msg::ScrollLines(_)
    ) {
        state.message = None;
    }
    if !matches!(
        msg,
        Msg::Quit
            | Msg::Saved
            | Msg::SavedAside(_)
            | Msg::SavedEarlier(_)
            | Msg::Dated(_)
            | Msg::SaveFailed(_)
            | Msg::Autosave
            | Msg::ScrollTo(_)
            | Msg::ScrollLines(_)
    ) {
        // Anything the participant does in between makes the next Ctrl-Q a first one again.
        state.quit_warned = false;
    }
    if matches!(msg, Msg::Edit(_) | Msg::Paste(_)) && state.overlay.is_none() {
        // Typing shows where it goes: back to following the focus after a wheel scroll.
        state.scroll = None;
    }
    if edit::ends_naming(&msg) {
        state.settle_name();
    }
    if state.overlay.is_some() && nav::overlay_takes(&msg) {
        return nav::overlay_update(state, &msg);
    }
    if state.overlay.is_none() && state.map.is_some() && map::takes(&msg) {
        return map::update(state, &msg);
    }
    // The count before an edit, for the word when it answers the last open question; not
    // taken when the edit cannot change what is answered (typing into an answer with words).
    let before = (matches!(msg, Msg::Edit(_) | Msg::Paste(_) | Msg::ClickOption(_))
        && !path::keeps_progress(state, &msg))
    .then(|| state.path_progress());
    let effects = match msg {
        Msg::NextPrompt => nav::move_prompt(state, true),
        Msg::PrevPrompt => nav::move_prompt(state, false),
        Msg::NextExercise => nav::move_exercise(state, true),
        Msg::PrevExercise => nav::move_exercise(state, false),
        Msg::FocusPrompt { exercise, prompt } => nav::focus(state, exercise, prompt),
        Msg::OpenMap => map::open(state),
        Msg::OpenOutline => {
            // The outline jumps to answers: it opens over them, not over the map.
            state.map = None;
            let cursor = state
                .outline_rows()
                .iter()
                .position(|r| *r == OutlineRow::Exercise(state.ex))
                .unwrap_or(0);
            state.overlay = Some(Overlay::Outline { cursor });
            Vec::new()
        }
        Msg::OpenHelp => {
            state.overlay = Some(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Msg::OpenAbout => {
            state.overlay = Some(Overlay::About { scroll: 0 });
            Vec::new()
        }
        Msg::ChoosePath => paths::open(state),
        Msg::StartAfter => moment::ask_after(state),
        Msg::OlderEarlier => moment::older(state),
        Msg::Escape => {
            state.overlay = None;
            state.find = None;
            Vec::new()
        }
        Msg::FocusCell(cell) => {
            let count = state
                .focused_prompt()
                .map_or(0, |p| cells::cells(&state.workbook, &state.pack, p).len());
            if cell < count {
                state.undo_removal = false;
                edit::move_cell(state, cell);
            }
            Vec::new()
        }
        Msg::ClickOption(option) => {
            state.option = option;
            edit::key(state, EditKey::Char(' '))
        }
        Msg::ScrollLines(by) => layout::scroll_lines(state, by),
        Msg::ToggleGuidance => {
            state.guidance_open = !state.guidance_open;
            state.scroll = None;
            Vec::new()
        }
        Msg::ScrollTo(line) => {
            state.scroll = Some(line);
            Vec::new()
        }
        Msg::Save => vec![Effect::Save],
        Msg::Autosave => saving::save_if_dirty(state),
        Msg::Quit => saving::quit(state),
        Msg::Terminate => {
            list::tidy(state);
            vec![Effect::Save, Effect::Quit]
        }
        Msg::Saved => saving::saved(state, None),
        Msg::SavedAside(path) => saving::saved(state, Some(path)),
        Msg::SavedEarlier(aside) => saving::saved_earlier(state, aside),
        Msg::Dated(dates) => saving::dated(state, dates),
        Msg::SaveFailed(reason) => saving::failed(state, reason),
        Msg::Edit(key) => edit::key(state, key),
        Msg::Paste(text) => edit::paste(state, &text),
        // Taken above, before anything else is touched.
        Msg::Drawn(_) => Vec::new(),
    };
    if let Some(before) = before {
        path::word_when_done(state, before);
    }
    // Ctrl-B's look back belongs to the question it was pressed on, a find to its choice.
    let focus = state.focused_prompt().map(|p| p.qualified_id.clone());
    if let Some((id, _)) = &state.earlier_back
        && focus.as_ref() != Some(id)
    {
        state.earlier_back = None;
    }
    if let Some(f) = &state.find
        && (focus.as_ref() != Some(&f.prompt) || f.cell.is_some_and(|c| c != state.cell))
    {
        state.find = None;
    }
    effects
}

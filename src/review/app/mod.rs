//! The coach's review screens as a pure state machine: `State`, `Msg`, `Effect` and
//! `update` — the cohort list, one workbook's reader, one prompt compared across the
//! cohort (with a cursor on its participants), the prompt picker, the note editor and help.
//!
//! Never touches the terminal or a file: saving notes is `Effect::SaveNotes`, carried out
//! by `tui::review`, whose result comes back as a message; what the screen drew comes back
//! the same way (`Msg::Drawn`). Never changes a participant's
//! workbook: the cohort is only read; notes live in their own map.

pub mod cohort;
mod compare;
#[cfg(test)]
mod compare_tests;
mod nav;
mod notes;
#[cfg(test)]
pub(crate) mod testcohort;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_saving;

use std::collections::BTreeMap;

use crate::app::MapDrawn;
use crate::app::editor::{Editor, View};
use crate::content::{Pack, Prompt};
use crate::words::review::Notice;
use crate::workbook::cohort::Cohort;
use crate::workbook::notes::CoachNotes;

pub use cohort::{Filter, RowInfo, Sort};
pub use nav::{Section, sections};

/// A key, already read from the terminal; what it means depends on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// A letter with Ctrl held (lower case).
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    WordLeft,
    WordRight,
    PageUp,
    PageDown,
    Home,
    End,
    Backspace,
    Delete,
    F1,
}

/// Everything that can happen to the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    /// Bracketed paste: text for the note editor, picker or search, never keys.
    Paste(String),
    /// SIGTERM, SIGHUP, a closed terminal: save the open note and quit without asking.
    Terminate,
    /// The result of `Effect::SaveNotes(workbook)`: saved, here, and the notes now in the
    /// file (dated, with any other coach's saved meanwhile).
    NotesSaved(usize, String, Box<CoachNotes>),
    NotesFailed(usize, String),
    /// The result of `Effect::ExportPage(workbook)`: written here, or why not.
    PageWritten(usize, String),
    PageFailed(usize, String),
    /// What the screen just drew (layout feedback, sent by the loop after every drawing).
    Drawn(Layout),
}

/// What `ui::review::render` drew, as it reports it; the loop sends it back with
/// `Msg::Drawn`, so rendering never writes into the state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// The scrolling pane of the reader or compare, when one was drawn.
    pub pane: Option<PaneView>,
    /// The note editor's view, when it was drawn.
    pub editor: Option<View>,
    /// The map's tab and how far it scrolls, when a map was drawn.
    pub map: Option<MapDrawn>,
}

/// Work for the edge to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the notes of this workbook (index into the cohort) to its sidecar; answer with
    /// `Msg::NotesSaved` or `Msg::NotesFailed`.
    SaveNotes(usize),
    /// Write this workbook (index into the cohort), with the notes as they stand, as an HTML
    /// page beside it (never over a file); answer with `Msg::PageWritten` or `PageFailed`.
    ExportPage(usize),
    Quit,
}

/// The screen under any overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Cohort,
    Reader(Reader),
    Compare(Compare),
    /// The map of one workbook (`m`): its pictures and read-back, as the participant sees
    /// them with F3.
    Map(MapScreen),
}

/// One workbook's map: which workbook (index into the cohort) and where the view is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapScreen {
    pub wb: usize,
    pub view: crate::app::MapView,
}

/// One workbook being read: which section (exercise, or the orphaned answers at the end)
/// and which prompt in it is focused, and how far the coach scrolled away from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    pub wb: usize,
    pub section: usize,
    pub item: usize,
    pub scroll: i32,
}

/// One prompt (index into `State::prompts`) across the cohort: which participant the
/// cursor is on (a position among those shown, `State::compare_shown`), and how far the
/// coach scrolled away from where the cursor puts the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    pub prompt: usize,
    pub cursor: usize,
    pub scroll: i32,
}

/// A window over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    /// Choosing a prompt to compare: typed words narrow the list; `cursor` indexes
    /// `picker_matches`.
    Picker {
        query: String,
        cursor: usize,
    },
    Note(Box<NoteEdit>),
}

/// The note being written: on a workbook, and on one of its prompts or on the whole of it.
#[derive(Debug, Clone)]
pub struct NoteEdit {
    pub wb: usize,
    /// The qualified prompt id, or `None` for the note on the whole workbook.
    pub prompt: Option<String>,
    pub editor: Editor,
}

/// Where a prompt is in the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromptAt {
    pub theme: usize,
    pub exercise: usize,
    pub prompt: usize,
    pub id: String,
}

/// What the scrolling pane looked like when last drawn (layout feedback, read by
/// PageUp/PageDown): its height, the line the focus puts first, and the last first line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaneView {
    pub height: u16,
    pub base: usize,
    pub max: usize,
}

/// The whole state of the review.
#[derive(Debug)]
pub struct State {
    pub pack: Pack,
    pub cohort: Cohort,
    /// The coach's notes, one per workbook (empty when there is no sidecar).
    pub notes: Vec<CoachNotes>,
    /// Workbooks whose sidecar could not be read, with why: their notes are never written
    /// (that would overwrite notes we could not read).
    pub notes_blocked: Vec<Option<String>>,
    /// Workbooks whose notes changed but are not saved: the last reason a save failed, or
    /// `None` while the first save is on its way.
    pub unsaved: BTreeMap<usize, Option<String>>,
    /// Per workbook, how many saves of its notes were asked for (`Effect::SaveNotes`) and
    /// have not come back yet: the edge writes them on another thread, and only the last
    /// one's outcome stands.
    pub(crate) saving: BTreeMap<usize, u32>,
    /// Per workbook, what the cohort list shows (progress per theme and so on).
    pub rows: Vec<RowInfo>,
    /// Every prompt of the pack, in pack order.
    pub prompts: Vec<PromptAt>,
    pub list: cohort::List,
    pub screen: Screen,
    /// The screens Esc goes back to, last on top.
    pub back: Vec<Screen>,
    pub overlay: Option<Overlay>,
    /// A one-off line for the status bar (cleared by the next key), as data: `ui` asks
    /// `words::review::notice` for its wording.
    pub message: Option<Notice>,
    /// Colours allowed (false under `NO_COLOR`).
    pub color: bool,
    /// The coach's name (`--coach`): notes written in this review are signed with it, and
    /// `n` opens this coach's own note (other coaches' notes are shown, never changed).
    pub coach: Option<String>,
    /// The scrolling pane as last drawn (`Msg::Drawn`).
    pub view: PaneView,
    /// How the map was last drawn (`Msg::Drawn`): bounds its scrolling.
    pub(crate) map_drawn: Option<MapDrawn>,
    pub(crate) quit_warned: bool,
    /// Quit once the note being saved is saved.
    pub(crate) quit_after_save: bool,
}

impl State {
    /// The review over a loaded cohort and the notes found beside each workbook (`Err`:
    /// the sidecar could not be read, and why).
    pub fn new(pack: Pack, cohort: Cohort, notes: Vec<Result<CoachNotes, String>>) -> State {
        let prompts = pack
            .themes
            .iter()
            .enumerate()
            .flat_map(|(t, theme)| {
                theme.exercises.iter().enumerate().flat_map(move |(e, ex)| {
                    ex.prompts
                        .iter()
                        .enumerate()
                        .map(move |(p, prompt)| PromptAt {
                            theme: t,
                            exercise: e,
                            prompt: p,
                            id: prompt.qualified_id.clone(),
                        })
                })
            })
            .collect();
        let mut blocked = Vec::with_capacity(notes.len());
        let notes = notes
            .into_iter()
            .map(|n| match n {
                Ok(n) => {
                    blocked.push(None);
                    n
                }
                Err(reason) => {
                    blocked.push(Some(reason));
                    CoachNotes::default()
                }
            })
            .collect::<Vec<CoachNotes>>();
        let rows = cohort::rows(&cohort, &pack, &notes);
        let mut state = State {
            pack,
            cohort,
            notes,
            notes_blocked: blocked,
            unsaved: BTreeMap::new(),
            saving: BTreeMap::new(),
            rows,
            prompts,
            list: cohort::List::default(),
            screen: Screen::Cohort,
            back: Vec::new(),
            overlay: None,
            message: None,
            color: true,
            coach: None,
            view: PaneView::default(),
            map_drawn: None,
            quit_warned: false,
            quit_after_save: false,
        };
        state
            .notes_blocked
            .resize(state.cohort.workbooks.len(), None);
        state
            .notes
            .resize(state.cohort.workbooks.len(), CoachNotes::default());
        cohort::refresh(&mut state);
        state
    }

    /// The prompt at a flat index.
    pub fn prompt(&self, at: usize) -> Option<&Prompt> {
        let p = self.prompts.get(at)?;
        self.pack
            .themes
            .get(p.theme)?
            .exercises
            .get(p.exercise)?
            .prompts
            .get(p.prompt)
    }

    /// The flat index of a prompt id.
    pub fn prompt_index(&self, id: &str) -> Option<usize> {
        self.prompts.iter().position(|p| p.id == id)
    }

    /// The name notes written here are signed with (empty when the coach gave none).
    pub fn coach_name(&self) -> &str {
        self.coach.as_deref().map_or("", str::trim)
    }

    /// The workbook under the cohort list's cursor.
    pub fn selected(&self) -> Option<usize> {
        self.list.view.get(self.list.cursor).copied()
    }

    /// The prompt the reader has focused (`None` on an orphaned answer or elsewhere).
    pub fn reader_prompt(&self) -> Option<usize> {
        let Screen::Reader(r) = &self.screen else {
            return None;
        };
        match sections(self, r.wb).get(r.section)? {
            Section::Exercise { first, .. } => Some(first + r.item),
            Section::Orphans(_) => None,
        }
    }
}

/// Applies a message; returns the effects for the edge to carry out. Each
/// `Effect::SaveNotes` asked for is counted until its outcome comes back.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let effects = apply(state, msg);
    for effect in &effects {
        if let Effect::SaveNotes(wb) = effect {
            *state.saving.entry(*wb).or_default() += 1;
        }
    }
    effects
}

/// Whether saves of notes are on their way (`State::saving`).
pub fn saves_pending(state: &State) -> bool {
    !state.saving.is_empty()
}

fn apply(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::NotesSaved(wb, path, saved) => notes::saved(state, wb, &path, *saved),
        Msg::NotesFailed(wb, reason) => notes::failed(state, wb, reason),
        Msg::Drawn(layout) => {
            drawn(state, layout);
            Vec::new()
        }
        Msg::PageWritten(_, path) => {
            state.message = Some(Notice::PageWritten(path));
            Vec::new()
        }
        Msg::PageFailed(_, reason) => {
            state.message = Some(Notice::PageNotWritten(reason));
            Vec::new()
        }
        Msg::Terminate => {
            let mut effects = notes::close(state);
            effects.push(Effect::Quit);
            effects
        }
        Msg::Paste(text) => {
            paste(state, &text);
            Vec::new()
        }
        Msg::Key(key) => {
            let was_warned = std::mem::take(&mut state.quit_warned);
            state.message = None;
            match key_msg(state, key) {
                KeyResult::Effects(e) => e,
                KeyResult::Quit => quit(state, was_warned),
            }
        }
    }
}

/// Layout feedback: keeps what the screen drew (nothing the coach did: no message is
/// cleared).
fn drawn(state: &mut State, layout: Layout) {
    if let Some(pane) = layout.pane {
        state.view = pane;
    }
    if let (Some(Overlay::Note(edit)), Some(view)) = (&mut state.overlay, layout.editor) {
        edit.editor.view = view;
    }
    state.map_drawn = layout.map;
    if let Screen::Map(m) = &mut state.screen {
        m.view = crate::app::map::bounded(m.view, layout.map);
    }
}

enum KeyResult {
    Effects(Vec<Effect>),
    Quit,
}

fn key_msg(state: &mut State, key: Key) -> KeyResult {
    use KeyResult::Effects;
    if matches!(key, Key::Ctrl('q' | 'c')) {
        return KeyResult::Quit;
    }
    match &mut state.overlay {
        Some(Overlay::Note(_)) => return Effects(notes::key(state, key)),
        Some(Overlay::Help { scroll }) => {
            match key {
                Key::Up => *scroll = scroll.saturating_sub(1),
                Key::Down => *scroll = scroll.saturating_add(1),
                Key::PageUp => *scroll = scroll.saturating_sub(10),
                Key::PageDown => *scroll = scroll.saturating_add(10),
                Key::Char('q') => return KeyResult::Quit,
                Key::Esc | Key::F1 | Key::Enter => state.overlay = None,
                _ => {}
            }
            return Effects(Vec::new());
        }
        Some(Overlay::Picker { .. }) => {
            nav::picker_key(state, key);
            return Effects(Vec::new());
        }
        None => {}
    }
    if state.list.typing && state.screen == Screen::Cohort {
        cohort::search_key(state, key);
        return Effects(Vec::new());
    }
    match key {
        Key::F1 => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Key::Char('q') => return KeyResult::Quit,
        Key::Ctrl('s') => return Effects(notes::retry(state)),
        Key::Char('c') => nav::open_picker(state),
        Key::Char('n') => notes::open(state, false),
        Key::Char('N') => notes::open(state, true),
        Key::Char('r') => return Effects(notes::cycle_state(state)),
        Key::Esc => nav::back(state),
        Key::Char('m') if matches!(state.screen, Screen::Map(_)) => nav::back(state),
        Key::Char('m') => nav::open_map(state),
        Key::Char('e') => return Effects(export_page(state)),
        _ => match state.screen {
            Screen::Cohort => cohort::key(state, key),
            Screen::Reader(_) => nav::reader_key(state, key),
            Screen::Compare(_) => compare::key(state, key),
            Screen::Map(_) => nav::map_key(state, key),
        },
    }
    Effects(Vec::new())
}

/// `e`: the workbook being read, or under the cohort list's cursor, as an HTML page.
fn export_page(state: &mut State) -> Vec<Effect> {
    let wb = match &state.screen {
        Screen::Reader(r) => Some(r.wb),
        Screen::Cohort => state.selected(),
        Screen::Compare(_) | Screen::Map(_) => None,
    };
    match wb {
        Some(wb) if wb < state.cohort.workbooks.len() => vec![Effect::ExportPage(wb)],
        _ => Vec::new(),
    }
}

/// q, Ctrl-Q, Ctrl-C: save an open note and quit; when notes could not be saved, warn
/// once and quit on the second press.
fn quit(state: &mut State, was_warned: bool) -> Vec<Effect> {
    if matches!(state.overlay, Some(Overlay::Note(_))) {
        let effects = notes::close(state);
        if !effects.is_empty() {
            state.quit_after_save = true;
            return effects;
        }
    }
    // A save still on its way: quit when it (and any other) has come back.
    if saves_pending(state) {
        state.quit_after_save = true;
        return Vec::new();
    }
    quit_now_or_warn(state, was_warned)
}

pub(crate) fn quit_now_or_warn(state: &mut State, was_warned: bool) -> Vec<Effect> {
    if state.unsaved.is_empty() || was_warned {
        return vec![Effect::Quit];
    }
    state.quit_warned = true;
    state.message = Some(Notice::QuitWarning(state.unsaved.len()));
    Vec::new()
}

fn paste(state: &mut State, text: &str) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    match &mut state.overlay {
        Some(Overlay::Note(edit)) => {
            edit.editor
                .insert_str(&crate::text::sanitize::pasted(&text));
        }
        Some(Overlay::Picker { query, cursor }) => {
            query.extend(text.chars().filter(|c| !c.is_control()));
            *cursor = 0;
        }
        Some(Overlay::Help { .. }) => {}
        None if state.list.typing => {
            for c in text.chars().filter(|c| !c.is_control()) {
                cohort::search_key(state, Key::Char(c));
            }
        }
        None => {}
    }
}

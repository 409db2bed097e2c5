//! Drawing the coach's review: the cohort list, the reader, compare, and the overlays
//! (help, prompt picker, note editor), with a status line and a footer of keys.
//!
//! Pure: reads `review::app::State`, never changes it; returns what it drew (the pane's
//! view for PageUp/PageDown, the note editor's view, the map's scroll) for the loop to send
//! back as `Msg::Drawn`. Every text from a participant's file is shown made visible; every
//! screen draws at any size.

pub mod answer;
pub mod cohort;
pub mod compare;
pub mod overlays;
pub mod reader;
#[cfg(test)]
mod tests;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::style::Theme;
use crate::app::MapDrawn;
use crate::review::app::{Layout as Drawn, Overlay, PaneView, Screen, State};
use crate::words::review_screen as words;

/// The widest a line of reading gets, however wide the screen.
pub const READING_WIDTH: u16 = 100;

/// Draws the review screen and any overlay; returns what it drew.
pub fn render(state: &State, frame: &mut Frame) -> Drawn {
    let theme = Theme::new(state.color);
    let area = frame.area();
    let mut drawn = Drawn::default();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(theme, frame, area);
        return drawn;
    }
    let [body, status_area, footer_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    match &state.screen {
        Screen::Cohort => cohort::render(state, theme, frame, body),
        Screen::Reader(r) => drawn.pane = reader::render(state, r, theme, frame, body),
        Screen::Compare(c) => drawn.pane = Some(compare::render(state, c, theme, frame, body)),
        Screen::Map(m) => drawn.map = map(state, m, theme, frame, body),
    }
    status(state, theme, frame, status_area);
    footer(state, theme, frame, footer_area);
    match &state.overlay {
        Some(Overlay::Help { scroll }) => overlays::help(theme, frame, *scroll),
        Some(Overlay::Picker { query, cursor }) => {
            overlays::picker(state, theme, frame, query, *cursor)
        }
        Some(Overlay::Note(edit)) => drawn.editor = Some(overlays::note(state, edit, theme, frame)),
        None => {}
    }
    drawn
}

/// The map of one workbook: a title naming whose it is, then the participant's Map screen
/// drawing (read-back and pictures), read-only.
fn map(
    state: &State,
    m: &crate::review::app::MapScreen,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) -> Option<MapDrawn> {
    let loaded = state.cohort.workbooks.get(m.wb)?;
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let who = crate::format::answer::participant_name(&loaded.workbook, &loaded.path);
    let line = words::map_title(
        &crate::text::sanitize::visible(&who).replace('\n', " "),
        &crate::text::sanitize::visible(&loaded.workbook.meta.initiative).replace('\n', " "),
    );
    let fitted = crate::text::wrap::fit(&line, usize::from(title.width));
    frame.render_widget(Paragraph::new(Line::styled(fitted, theme.bold())), title);
    let map = crate::map::map_of(&state.pack, &loaded.workbook);
    Some(super::map::render_map(
        frame.buffer_mut(),
        body,
        &map,
        &m.view,
        state.color,
    ))
}

/// Shows `lines` in `area` from line `skip`; returns the view drawn, for PageUp/PageDown.
pub(crate) fn scrolled(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    base: usize,
    skip: usize,
) -> PaneView {
    let max = lines.len().saturating_sub(usize::from(area.height));
    let skip = skip.min(max);
    let view = PaneView {
        height: area.height,
        base: base.min(max),
        max,
    };
    let shown: Vec<Line<'static>> = lines
        .into_iter()
        .skip(skip)
        .take(usize::from(area.height))
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
    view
}

fn status(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let (line, style) = if let Some(m) = &state.message {
        let style = if m.is_failure() || state.quit_warned {
            theme.error()
        } else {
            theme.ok()
        };
        let said = crate::words::review::notice(m);
        (crate::text::sanitize::clean(&said).into_owned(), style)
    } else if state.list.typing && state.screen == Screen::Cohort {
        (
            words::search(&crate::text::sanitize::clean(&state.list.query)),
            theme.focus(),
        )
    } else if !state.unsaved.is_empty() {
        let reasons: Vec<Option<&str>> = state.unsaved.values().map(Option::as_deref).collect();
        let said = crate::words::review::notes_not_saved(&reasons);
        (
            crate::text::sanitize::clean(&said).into_owned(),
            theme.error(),
        )
    } else {
        (String::new(), theme.dim())
    };
    let fitted = crate::text::wrap::fit(&line, usize::from(area.width));
    frame.render_widget(Paragraph::new(Line::styled(fitted, style)), area);
}

/// (key, what it does) for what is in front of the coach, most useful first.
pub fn keys(state: &State) -> Vec<(&'static str, &'static str)> {
    let keys = match (&state.overlay, &state.screen) {
        (Some(Overlay::Help { .. }), _) => words::KEYS_HELP,
        (Some(Overlay::Picker { .. }), _) => words::KEYS_PICKER,
        (Some(Overlay::Note(_)), _) => words::KEYS_NOTE,
        (None, Screen::Cohort) if state.list.typing => words::KEYS_SEARCH,
        (None, Screen::Cohort) => words::KEYS_COHORT,
        (None, Screen::Reader(_)) => words::KEYS_READER,
        (None, Screen::Map(_)) => words::KEYS_MAP,
        (None, Screen::Compare(_)) => words::KEYS_COMPARE,
    };
    keys.to_vec()
}

fn footer(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    // In the note editor F1 is not a key: Esc closes it first.
    let help = !matches!(state.overlay, Some(Overlay::Note(_)));
    super::footer::key_line(&keys(state), help, theme, frame, area);
}

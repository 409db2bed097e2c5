//! Drawing the coach's review: the cohort list, the reader, compare, and the overlays
//! (help, prompt picker, note editor), with a status line and a footer of keys.
//!
//! Pure: reads `review::app::State`, never changes it (except the pane view it records
//! for PageUp/PageDown, as the participant's editor records its own). Every text from a
//! participant's file is shown made visible; every screen draws at any size.

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
use crate::review::app::{Overlay, PaneView, Screen, State};

/// The widest a line of reading gets, however wide the screen.
pub const READING_WIDTH: u16 = 100;

/// Draws the review screen and any overlay.
pub fn render(state: &State, frame: &mut Frame) {
    let theme = Theme::new(state.color);
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(theme, frame, area);
        return;
    }
    let [body, status_area, footer_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    match &state.screen {
        Screen::Cohort => cohort::render(state, theme, frame, body),
        Screen::Reader(r) => reader::render(state, r, theme, frame, body),
        Screen::Compare(c) => compare::render(state, c, theme, frame, body),
        Screen::Map(m) => map(state, m, theme, frame, body),
    }
    status(state, theme, frame, status_area);
    footer(state, theme, frame, footer_area);
    match &state.overlay {
        Some(Overlay::Help { scroll }) => overlays::help(theme, frame, *scroll),
        Some(Overlay::Picker { query, cursor }) => {
            overlays::picker(state, theme, frame, query, *cursor)
        }
        Some(Overlay::Note(edit)) => overlays::note(state, edit, theme, frame),
        None => {}
    }
}

/// The map of one workbook: a title naming whose it is, then the participant's Map screen
/// drawing (read-back and pictures), read-only.
fn map(
    state: &State,
    m: &crate::review::app::MapScreen,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let Some(loaded) = state.cohort.workbooks.get(m.wb) else {
        return;
    };
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let who = crate::format::answer::participant_name(&loaded.workbook, &loaded.path);
    let line = format!(
        "Map — {} · {}",
        crate::text::sanitize::visible(&who).replace('\n', " "),
        crate::text::sanitize::visible(&loaded.workbook.meta.initiative).replace('\n', " ")
    );
    let fitted = crate::text::wrap::fit(&line, usize::from(title.width));
    frame.render_widget(Paragraph::new(Line::styled(fitted, theme.bold())), title);
    let map = crate::map::map_of(&state.pack, &loaded.workbook);
    super::map::render_map(frame.buffer_mut(), body, &map, &m.view, state.color);
}

/// Shows `lines` in `area` from line `skip`, and records the view for PageUp/PageDown.
pub(crate) fn scrolled(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    base: usize,
    skip: usize,
) {
    let max = lines.len().saturating_sub(usize::from(area.height));
    let skip = skip.min(max);
    state.view.set(PaneView {
        height: area.height,
        base: base.min(max),
        max,
    });
    let shown: Vec<Line<'static>> = lines
        .into_iter()
        .skip(skip)
        .take(usize::from(area.height))
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
}

fn status(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let (line, style) = if let Some(m) = &state.message {
        let style = if m.starts_with('✗') || state.quit_warned {
            theme.error()
        } else {
            theme.ok()
        };
        (crate::text::sanitize::clean(m).into_owned(), style)
    } else if state.list.typing && state.screen == Screen::Cohort {
        (
            format!(
                "Search: {}▏",
                crate::text::sanitize::clean(&state.list.query)
            ),
            theme.focus(),
        )
    } else if !state.unsaved.is_empty() {
        let reasons: Vec<&str> = state.unsaved.values().map(String::as_str).collect();
        (
            format!(
                "✗ Notes on {} workbook(s) NOT saved: {}",
                state.unsaved.len(),
                crate::text::sanitize::clean(&reasons.join("; "))
            ),
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
    match &state.overlay {
        Some(Overlay::Help { .. }) => return vec![("↑↓", "scroll"), ("Esc", "close")],
        Some(Overlay::Picker { .. }) => {
            return vec![
                ("type", "search"),
                ("↑↓", "move"),
                ("Enter", "compare"),
                ("Esc", "close"),
            ];
        }
        Some(Overlay::Note(_)) => {
            return vec![
                ("Esc", "save and close"),
                ("Enter", "new line"),
                ("Ctrl-Z", "undo"),
            ];
        }
        None => {}
    }
    match &state.screen {
        Screen::Cohort if state.list.typing => {
            vec![
                ("type", "search answers"),
                ("Enter", "keep"),
                ("Esc", "clear"),
            ]
        }
        Screen::Cohort => vec![
            ("Enter", "read"),
            ("c", "compare"),
            ("/", "search"),
            ("s", "sort"),
            ("f", "filter"),
            ("m", "map"),
            ("n", "note"),
            ("q", "quit"),
            ("e", "export page"),
        ],
        Screen::Reader(_) => vec![
            ("↑↓", "prompt"),
            ("Tab", "exercise"),
            ("n", "note"),
            ("c", "compare"),
            ("m", "map"),
            ("e", "export"),
            ("Esc", "back"),
            ("PgDn", "page"),
            ("N", "workbook note"),
            ("q", "quit"),
        ],
        Screen::Map(_) => vec![
            ("Tab/→", "next picture"),
            ("Shift-Tab/←", "previous"),
            ("1-9", "jump"),
            ("↑↓", "scroll"),
            ("Esc", "back"),
            ("q", "quit"),
        ],
        Screen::Compare(_) => vec![
            ("↑↓", "participant"),
            ("n", "note"),
            ("Enter", "read"),
            ("←→", "prompt"),
            ("c", "pick prompt"),
            ("Esc", "back"),
            ("PgDn", "page"),
            ("m", "map"),
            ("q", "quit"),
        ],
    }
}

fn footer(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    // In the note editor F1 is not a key: Esc closes it first.
    let help = !matches!(state.overlay, Some(Overlay::Note(_)));
    super::footer::key_line(&keys(state), help, theme, frame, area);
}

//! The participant's Map screen (F3): a header with the initiative's name, the map drawn
//! from the current answers, the save status and the keys.
//!
//! Pure: computes the map from the state's pack and workbook on every frame it is shown
//! (never while the answers are shown), and never changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::app::{MapView, State};
use crate::text::sanitize::clean;
use crate::ui::style::Theme;
use crate::ui::workbook;
use crate::words::participant as text;

/// The keys of the Map screen, most useful first.
pub const KEYS: &[(&str, &str)] = &[
    ("Tab/→", "next picture"),
    ("Esc", "back to answers"),
    ("↑↓", "scroll"),
    ("Shift-Tab/←", "previous"),
    ("1-9", "jump"),
    ("F3", "answers"),
    ("Ctrl-Q", "quit"),
];

pub fn render(state: &State, view: &MapView, theme: Theme, frame: &mut Frame) {
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    let name = if state.workbook.meta.initiative.is_empty() {
        String::new()
    } else {
        format!(" — {}", clean(&state.workbook.meta.initiative))
    };
    let title = crate::text::wrap::fit(
        &format!("{}{name}", text::MAP_TITLE),
        usize::from(header.width),
    );
    frame.render_widget(Paragraph::new(Span::styled(title, theme.title())), header);
    let map = crate::map::map_of(&state.pack, &state.workbook);
    super::render_map(frame.buffer_mut(), body, &map, view, theme.color);
    workbook::status(state, theme, frame, status);
    if state.overlay.is_some() {
        // Help or About open over the map: the footer gives that overlay's keys.
        crate::ui::footer::render(state, theme, frame, footer);
    } else {
        keys(theme, frame, footer);
    }
}

/// The footer: as many keys as fit, "F1 help" always at the right.
fn keys(theme: Theme, frame: &mut Frame, area: Rect) {
    crate::ui::footer::key_line(KEYS, true, theme, frame, area);
}

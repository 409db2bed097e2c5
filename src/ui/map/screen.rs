//! The participant's Map screen (F3): a header with the initiative's name, the map drawn
//! from the current answers, the save status and the keys.
//!
//! Pure: computes the map from the state's pack and workbook on every frame it is shown
//! (never while the answers are shown), and never changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::app::{MapDrawn, MapView, State};
use crate::text::sanitize::clean;
use crate::ui::style::Theme;
use crate::ui::workbook;
use crate::words::screen;

pub fn render(state: &State, view: &MapView, theme: Theme, frame: &mut Frame) -> MapDrawn {
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    let title = crate::text::wrap::fit(
        &screen::map_title(&clean(&state.workbook.meta.initiative)),
        usize::from(header.width),
    );
    frame.render_widget(Paragraph::new(Span::styled(title, theme.title())), header);
    let map = crate::map::map_of(&state.pack, &state.workbook);
    let drawn = super::render_map(frame.buffer_mut(), body, &map, view, theme.color);
    workbook::status(state, theme, frame, status);
    if state.overlay.is_some() {
        // Help or About open over the map: the footer gives that overlay's keys.
        crate::ui::footer::render(state, theme, frame, footer);
    } else {
        keys(theme, frame, footer);
    }
    drawn
}

/// The footer: as many keys as fit, "F1 help" always at the right.
fn keys(theme: Theme, frame: &mut Frame, area: Rect) {
    crate::ui::footer::key_line(screen::KEYS_MAP, true, theme, frame, area);
}

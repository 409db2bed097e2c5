//! Rendering: pure functions from app state to a ratatui `Frame`, each returning the
//! layout it drew (the editor's wrapped view, how far the map scrolls) for the loop to send
//! back to `update` as a message; and the hit tests the event loop needs for the mouse.
//!
//! Never touches the filesystem and never changes state. Every rectangle comes from
//! `Layout`; every screen renders at any size (0×0 included) without panicking.

mod ascii;
pub mod cells;
pub mod earlier;
pub mod editor;
pub mod footer;
mod head;
pub mod home;
pub mod map;
pub mod markdown;
pub mod memo;
pub mod notes;
pub mod overlay;
pub mod prompt;
pub mod ranking;
pub mod review;
mod split;
pub mod style;
pub mod workbook;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::Layout as Drawn;
use crate::app::State;
use crate::words::participant as text;
use style::Theme;

/// Below this the screen asks to be enlarged.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;

/// Draws the participant's workbook screen and any overlay; returns what it drew.
pub fn render(state: &State, frame: &mut Frame) -> Drawn {
    let theme = Theme::new(state.color);
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(theme, frame, area);
        return Drawn::default();
    }
    let drawn = match &state.map {
        Some(view) => Drawn {
            map: Some(map::screen::render(state, view, theme, frame)),
            ..Drawn::default()
        },
        None => {
            let (editor, pane) = workbook::render(state, theme, frame);
            Drawn {
                editor,
                pane,
                ..Drawn::default()
            }
        }
    };
    if let Some(o) = &state.overlay {
        overlay::render(state, theme, frame, o);
    }
    drawn
}

/// "Please enlarge the window", centred as far as it fits.
pub fn too_small(theme: Theme, frame: &mut Frame, area: Rect) {
    let [row] = Layout::vertical([Constraint::Length(area.height.min(3))])
        .flex(Flex::Center)
        .areas(area);
    let p = Paragraph::new(text::ENLARGE)
        .style(theme.warn())
        .centered()
        .wrap(Wrap { trim: true });
    frame.render_widget(p, row);
}

/// What a mouse click lands on: a prompt, and within the focused prompt maybe a cell or an
/// option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Click {
    pub exercise: usize,
    pub prompt: usize,
    pub target: Option<prompt::Target>,
}

/// The prompt (and cell or option) under a mouse click, for a screen of this size.
pub fn click_at(state: &State, area: Rect, column: u16, row: u16) -> Option<Click> {
    if state.overlay.is_some()
        || state.map.is_some()
        || area.width < MIN_WIDTH
        || area.height < MIN_HEIGHT
    {
        return None;
    }
    let pane = workbook::areas(area).pane;
    if !pane.contains(ratatui::layout::Position { x: column, y: row }) {
        return None;
    }
    let (parts, ranges) = workbook::pane_parts(
        state,
        Theme::new(state.color),
        usize::from(pane.width),
        usize::from(pane.height),
    );
    let line = workbook::offset(state, &parts, &ranges, usize::from(pane.height))
        + usize::from(row.saturating_sub(pane.y));
    let p = ranges
        .iter()
        .position(|&(top, bottom)| (top..bottom).contains(&line))?;
    let mut target = None;
    let mut y = 0;
    for part in &parts {
        if y > line {
            break;
        }
        if let prompt::Part::Mark(t) = part {
            target = Some(*t);
        }
        y += part.height();
    }
    let target = if p == state.prompt { target } else { None };
    Some(Click {
        exercise: state.ex,
        prompt: p,
        target,
    })
}

/// The prompt under a mouse click, as (exercise, prompt).
pub fn prompt_at(state: &State, area: Rect, column: u16, row: u16) -> Option<(usize, usize)> {
    click_at(state, area, column, row).map(|c| (c.exercise, c.prompt))
}

/// The line the exercise pane shows first now (for turning wheel steps into `ScrollTo`).
pub fn scroll_offset(state: &State, area: Rect) -> (usize, usize) {
    if let Some(view) = &state.map {
        let map = crate::map::map_of(&state.pack, &state.workbook);
        let lines = map::line_count(&map, view.tab, area.width);
        let max = lines.saturating_sub(usize::from(area.height.saturating_sub(5)));
        return (usize::from(view.scroll).min(max), max);
    }
    let pane = workbook::areas(area).pane;
    let (parts, ranges) = workbook::pane_parts(
        state,
        Theme::new(state.color),
        usize::from(pane.width),
        usize::from(pane.height),
    );
    let total: usize = parts.iter().map(prompt::Part::height).sum();
    let max = total.saturating_sub(usize::from(pane.height));
    (
        workbook::offset(state, &parts, &ranges, usize::from(pane.height)),
        max,
    )
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_earlier;
#[cfg(test)]
mod tests_editor;
#[cfg(test)]
mod tests_evening;
#[cfg(test)]
mod tests_keys;
#[cfg(test)]
mod tests_notes;
#[cfg(test)]
mod tests_paths;
#[cfg(test)]
mod tests_polish;
#[cfg(test)]
mod tests_rank;
#[cfg(test)]
mod tests_skip;
#[cfg(test)]
mod tests_walk;
#[cfg(test)]
mod tests_window;

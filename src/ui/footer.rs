//! The footer: the keys that matter for what is focused, most useful first.
//!
//! Pure; the full list of keys lives in the help overlay (`help.rs`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::style::Theme;
use crate::app::{Overlay, State};
use crate::content::{Moment, PromptKind};
use crate::words::screen::{self, Key};

/// (key, what it does) pairs for the current focus.
pub fn keys(state: &State) -> Vec<(&'static str, &'static str)> {
    if let Some(o) = &state.overlay {
        return match o {
            Overlay::Outline { .. } => screen::KEYS_OUTLINE.to_vec(),
            Overlay::ConfirmAfter => screen::KEYS_CONFIRM.to_vec(),
            _ => screen::KEYS_OVERLAY.to_vec(),
        };
    }
    let mut k: Vec<Key> = match state.focused_prompt().map(|p| &p.kind) {
        Some(PromptKind::Line { .. }) => screen::KEYS_LINE.to_vec(),
        Some(PromptKind::Text { .. }) => screen::KEYS_TEXT.to_vec(),
        Some(PromptKind::List { .. }) => screen::KEYS_LIST.to_vec(),
        Some(PromptKind::Choice { .. } | PromptKind::MultiChoice { .. }) => {
            screen::KEYS_CHOICE.to_vec()
        }
        Some(PromptKind::Scale(_)) => screen::KEYS_SCALE.to_vec(),
        Some(PromptKind::Grid { .. } | PromptKind::Quadrant { .. }) => screen::KEYS_CELLS.to_vec(),
        None => Vec::new(),
    };
    if state.prefilled_from.is_some() {
        // A long earlier answer offered as the start: clearing it is the likely wish.
        k.insert(0, screen::KEY_CLEAR);
    }
    if let Some(PromptKind::List {
        seed_from: Some(_), ..
    }) = state.focused_prompt().map(|p| &p.kind)
    {
        k.push(screen::KEY_SEED);
    }
    // The two keys that matter most here, then moving on and leaving, then the rest.
    let rest = k.split_off(k.len().min(2));
    k.extend(screen::KEYS_FIRST);
    k.extend(rest);
    k.push(screen::KEY_OUTLINE);
    k.push(screen::filter_key(state.filter));
    k.extend(screen::KEYS_LATER);
    if state.workbook.meta.moment != Moment::After {
        k.push(screen::KEY_AFTER);
    }
    k
}

pub fn render(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let keys: Vec<_> = keys(state)
        .into_iter()
        .filter(|k| *k != screen::KEY_HELP)
        .collect();
    key_line(&keys, true, theme, frame, area);
}

/// A footer of keys: as many `(key, what)` pairs as fit, in order, and (with `help`)
/// "F1 help" always at the right, where every other key is listed. Shared by every screen.
pub fn key_line(keys: &[(&str, &str)], help: bool, theme: Theme, frame: &mut Frame, area: Rect) {
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(8)]).areas(area);
    let mut spans = Vec::new();
    let mut used = 0usize;
    let width = usize::from(left.width);
    for (key, what) in keys {
        let w = key.chars().count() + what.chars().count() + 3;
        if used + w > width + 2 {
            break;
        }
        spans.push(Span::styled(key.to_string(), theme.key()));
        spans.push(Span::styled(format!(" {what}  "), theme.dim()));
        used += w;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    if help {
        let (key, what) = screen::KEY_HELP;
        let help = Line::from(vec![
            Span::styled(key, theme.key()),
            Span::styled(format!(" {what}"), theme.dim()),
        ]);
        frame.render_widget(Paragraph::new(help).right_aligned(), right);
    }
}

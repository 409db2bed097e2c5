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

/// (key, what it does) pairs for the current focus.
pub fn keys(state: &State) -> Vec<(&'static str, &'static str)> {
    if let Some(o) = &state.overlay {
        return match o {
            Overlay::Outline { .. } => {
                vec![("↑↓", "move"), ("Enter", "go there"), ("Esc", "close")]
            }
            Overlay::ConfirmAfter => vec![("Enter", "start"), ("Esc", "not now")],
            Overlay::Paths { .. } => {
                vec![("↑↓", "choose"), ("Enter", "follow"), ("Esc", "close")]
            }
            _ => vec![("↑↓", "scroll"), ("Tab", "help/about"), ("Esc", "close")],
        };
    }
    let mut k: Vec<(&str, &str)> = match state.focused_prompt().map(|p| &p.kind) {
        Some(PromptKind::Line { .. }) => vec![("Enter", "next")],
        Some(PromptKind::Text { .. }) => vec![("Enter", "new line"), ("Ctrl-Z", "undo")],
        Some(PromptKind::List { .. }) => vec![
            ("Enter", "add/next"),
            ("↑↓", "move"),
            ("Ctrl-D", "remove"),
            ("Alt-↑↓", "reorder"),
        ],
        Some(PromptKind::Choice { .. } | PromptKind::MultiChoice { .. }) => {
            vec![("↑↓", "move"), ("Space", "select")]
        }
        Some(PromptKind::Scale(_)) => vec![("←→", "rate"), ("0-9", "set")],
        Some(PromptKind::Grid { .. } | PromptKind::Quadrant { .. }) => {
            vec![("↑↓", "cell"), ("←→", "change"), ("Space", "pick")]
        }
        Some(PromptKind::Ranking { .. }) | None => Vec::new(),
    };
    if state.prefilled_from.is_some() {
        // A long earlier answer offered as the start: clearing it is the likely wish.
        k.insert(0, ("Ctrl-K", "clear"));
    }
    if let Some(PromptKind::List {
        seed_from: Some(_), ..
    }) = state.focused_prompt().map(|p| &p.kind)
    {
        k.push(("Ctrl-R", "use earlier list"));
    }
    // The two keys that matter most here, then moving on and leaving, then the rest.
    let rest = k.split_off(k.len().min(2));
    k.extend([
        ("F1", "help"),
        ("Tab", "next"),
        ("Ctrl-Q", "quit"),
        ("F3", "map"),
    ]);
    k.extend(rest);
    k.extend([
        ("Ctrl-O", "outline"),
        ("Ctrl-F", "path"),
        ("PgDn", "next exercise"),
        ("Ctrl-S", "save"),
        ("Shift-Tab", "back"),
        ("PgUp", "previous exercise"),
    ]);
    if state.workbook.meta.moment != Moment::After {
        k.push(("Ctrl-T", "after the session"));
    }
    k
}

pub fn render(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let keys: Vec<_> = keys(state)
        .into_iter()
        .filter(|(k, _)| *k != "F1")
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
        let help = Line::from(vec![
            Span::styled("F1", theme.key()),
            Span::styled(" help", theme.dim()),
        ]);
        frame.render_widget(Paragraph::new(help).right_aligned(), right);
    }
}
